"""Offices of a national government, which an international organisation does not lend its name to.

A biography names one person with an office of an international organisation and offices of a
government ("Ambassador Jane Roe, the next Executive Director of UNICEF ... serves as Director of
the White House Office of Presidential Personnel ... Associate Deputy Attorney General at the
Department of Justice"). The resolver fills an office without its own country from the same
person's other offices; an organisation's office must not make the government posts the
organisation's. A post is a government's when its title names a national government's body or
office (the White House, a Department, the Senate, "U.S.", "Attorney General") or when it is an
ambassador's: a state accredits ambassadors (Vienna Convention on Diplomatic Relations, art. 14);
the European Union's heads of delegation, styled ambassadors, are the one organisation's.
"""

from __future__ import annotations

import re

__all__ = ["national_post"]

# Words of a title that name a national government's body or office (US federal style and the
# common forms of other governments: a ministry, a cabinet, a parliament).
_NATIONAL = re.compile(r"\b(?:U\.\s?S\.|United\s+States|White\s+House|Department\s+of|Ministry\s+of|Attorney\s+General|"
                       r"Senate|House\s+of\s+Representatives|Congress(?:ional)?|Parliament(?:ary)?|Cabinet|"
                       r"National\s+Security\s+Council|Federal)\b")
# Organisations whose heads of delegation are styled ambassadors.
_AMBASSADOR_ORGS = frozenset({"EU", "European Union"})


def national_post(title: str, role: str | None, organization: str | None) -> bool:
    """Whether an office belongs to a national government, so that ``organization`` (another
    office's international organisation) is not its owner.

    Args:
        title: The office as written ("Director of the White House Office of ...").
        role: Its category (``ambassador``, ``official_other``, ...).
        organization: The organisation another office of the same person would lend it.

    Returns:
        True for a title naming a government's body or office, and for an ambassador of any
        organisation but the European Union.
    """
    if role == "ambassador":
        return organization not in _AMBASSADOR_ORGS
    return _NATIONAL.search(title or "") is not None
