"""A status written after the office: "United States Ambassador to France Nominee".

Delegation lists and headings write the holder's status as the last word of the office ("Mr. X,
United States Ambassador to France Nominee", "Secretary of Commerce Nominee Y"; news writes "OMB
Director nominee Y" in lower case), where English
prose puts it first ("the nominee for Ambassador to France"). The office is the words before
it; the status is the word's (dev/README.md, roles status: "X, the nominee for" -> nominee; a
"Designate" written apart is read as the office ontology reads "-designate": elect).
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["trailing_status"]

# (the hyphenated "President-elect" is the office ontology's written form, kept whole)
_SUFFIX = re.compile(r"^(?P<office>.*?\S),?\s+(?P<word>[Nn]ominee|Designate)$")
_STATUS = {"nominee": "nominee", "designate": "elect"}
# An award's category is written "Best" + the work it honours ("Best Director", "Best Supporting
# Actor": the Academy Awards', BAFTAs', Golden Globes' category names); its "nominee" was named for
# an award, no office.
_AWARD_BEFORE = re.compile(r"\bBest\s+$")


def trailing_status(cands: list, text: str = "") -> list:
    """The candidates with an office ending in a status word cut to the office, with that status;
    an award category's nominee ("Best Director nominee Jane Roe") left out.

    Args:
        cands: The stage's readings (anything with ``title``, ``title_start`` and ``status``).
        text: The Doc text the readings' offsets are in ("" reads no award category).

    Returns:
        The readings, in order.
    """
    out = []
    for c in cands:
        if text and re.search(r"\snominee$", c.title or "") and c.title_start > 0 \
                and _AWARD_BEFORE.search(text, max(0, c.title_start - 12), c.title_start):
            continue
        m = _SUFFIX.match(c.title or "")
        if m is not None and len(m.group("office").split()) >= 2 and c.status in ("current", "nominee", "elect"):
            c = replace(c, title=m.group("office"), status=_STATUS[m.group("word").lower()])
        out.append(c)
    return out
