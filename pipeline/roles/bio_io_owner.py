"""The international organisation that owns an office a biography writes with a possessive.

"She served as the United Nations Human Rights Council's Special Rapporteur on X", "he was NATO's
Deputy Assistant Secretary General": the office is the organisation's, whose officials serve it
rather than a government (annotation guide: an international organisation official has country
null and the organisation's code). Only the possessive form is read: "Executive Director of the
World Bank" in a nominee's biography may be the government's seat on the Bank's board.
"""

from __future__ import annotations

import re

from ..knowledge.countries import load as load_gazetteer

__all__ = ["io_owner"]

_OWNER = re.compile(r"^(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,6}?[A-Z][\w.-]*)[’']s\s+(?=[A-Z])")


def io_owner(title: str) -> str | None:
    """The code of the international organisation named as the owner of ``title`` ("United Nations
    Human Rights Council's Special Rapporteur" -> "UN"), else None.

    The owner's name is read from its full length down to its first word, so an organ of an
    organisation ("the United Nations Human Rights Council") finds the organisation.
    """
    m = _OWNER.match(title)
    if m is None:
        return None
    words = m.group(1).split()
    gaz = load_gazetteer()
    for k in range(len(words), 0, -1):
        org = gaz.organization(" ".join(words[:k]))
        if org is not None:
            return org
    return None
