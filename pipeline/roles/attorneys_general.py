"""A state's attorney general or secretary of state written without the state before the title:
"President Biden called Governor Jane Roe of Massachusetts and Attorney General Ann Lee",
"Secretary of State Al Roe of Michigan".

Every US state elects or appoints an attorney general (National Association of Attorneys General)
and almost every one a secretary of state (National Association of Secretaries of State), and a
White House text often names one next to the state's governor without writing the state before the
title. The office ontology reads a bare "Attorney General" as the national cabinet office
(``minister_other``) and "Secretary of State" as the foreign minister. The dated office-holder
table lists the US cabinet and secretaries of state in full for the period it covers
(:data:`.not_home.FULL_TABLE`), so such an office of the United States (or of no country read)
whose holder it does not know on a date it covers, in a paragraph that names a US state, is that
state's: an ``official_other`` of the United States (annotation guide: state and local offices are
public offices of the nation). The text's region qualifiers ("Texas Attorney General") are read by
:mod:`.state_offices`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import folded_name_key, load_offices
from .state_offices import region_nation

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["state_attorneys_general"]

_HOME = "USA"
# the title of a state office a national one shares, and the national office's category
_TITLES = ((re.compile(r"^(?:the\s+)?attorney[- ]general$", re.IGNORECASE), "minister_other"),
           (re.compile(r"^(?:the\s+)?secretary of state$", re.IGNORECASE), "foreign_minister"))
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


def _cabinet(role: str, date: str) -> tuple[bool, frozenset[str]]:
    """(whether the table gives the home government a holder of ``role`` on ``date``, the name
    tokens of every home holder of it that it lists)."""
    rows = [h for h in load_offices().holders if h.country == _HOME and h.role == role
            and (h.start is not None or h.end is not None)]
    return any(h.held_on(date) for h in rows), frozenset(t for h in rows for t in h.key)


def _names_state(body: str, pos: int) -> bool:
    """Whether the paragraph around ``pos`` names a US state (a region of the United States)."""
    lo = body.rfind("\n\n", 0, pos) + 1
    hi = body.find("\n\n", pos)
    para = body[lo:hi if hi >= 0 else len(body)]
    for m in _CAPITALISED.finditer(para):
        words = m.group(0).split()
        if any(region_nation(" ".join(words[i:j])) == _HOME for i in range(len(words)) for j in range(len(words), i, -1)):
            return True
    return False


def state_attorneys_general(body: str, cands: "list[Candidate]", date: str | None) -> None:
    """Make a US "Attorney General" or "Secretary of State" the table does not know a state's
    ``official_other``, in place, when its paragraph names a US state (see the module docstring).

    Args:
        body: The Doc text.
        cands: The resolved candidates.
        date: The publication date (YYYY-MM-DD), or None (then nothing changes).
    """
    if not date:
        return
    for c in cands:
        if c.country not in (_HOME, None) or c.status != "current" or c.organization or c.counterpart \
                or not any(c.role == role and pattern.match(c.title.strip()) for pattern, role in _TITLES):
            continue
        covered, known = _cabinet(c.role, date)
        surname = folded_name_key(c.name.split()[-1]) if c.name.split() else frozenset()
        if not covered or not surname or surname & known:
            continue
        if _names_state(body, c.start):
            c.role = "official_other"
            if c.country is None:
                c.country, c.country_source = _HOME, "institution"
