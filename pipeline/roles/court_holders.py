"""The country of a judge named with the court: "Justice John Roe on the Texas Supreme Court".

A biography names the judges its subject clerked for, or served under, with their court after the
name ("she clerked two years for Chief Judge Jane Doe of the U.S. Tax Court",
"Judge Ann Roe on the Guam Superior Court"). The court is the judge's government's
judiciary, so the nation its name starts with (or the nation of the state or territory it starts
with) is the country the judge serves, written in the sentence. The other readers leave such a
judge without a country when the text names no seat of government (a slate of biographies).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import countries
from .state_offices import region_nation
from .territories import sovereign

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["court_countries"]

# the titles of a court's members (the last word of the title: "Chief Judge", "Associate Justice",
# "Magistrate Judge", "Presiding Criminal Judge")
_JUDICIAL = frozenset({"judge", "justice", "magistrate"})
_COURT_AFTER = re.compile(r"\s*,?\s+(?:on|of)\s+the\s+(?P<words>(?:[A-Z][\w.’'-]*\s+){1,5})Courts?\b")


def _leading_nation(words: str) -> str | None:
    """The nation named by the longest run of first words ("United States District" -> USA,
    "Pennsylvania Superior" -> USA, "Puerto Rico" -> USA), or None."""
    split = words.split()
    for i in range(len(split), 0, -1):
        head = " ".join(split[:i])
        code = countries.country(head) or region_nation(head)
        if code:
            return sovereign(code)
    return None


def court_countries(text: str, cands: "list[Candidate]") -> None:
    """Give a judge without a country the nation of the court written after the name (in place).

    Args:
        text: The Doc text.
        cands: The candidates; a judge's evidence ends with the name.
    """
    for c in cands:
        if c.country or c.organization or not c.title or c.title.split()[-1].lower() not in _JUDICIAL:
            continue
        m = _COURT_AFTER.match(text, c.end)
        code = _leading_nation(m.group("words")) if m else None
        if code:
            c.country, c.country_source = code, "title"
