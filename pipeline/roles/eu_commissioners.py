"""A European Commissioner written by portfolio alone ("Trade Commissioner X", "Competition
Commissioner X") in a story on the European Union: the Commission's official, not Belgium's.

Wire copy filed from Brussels names a member of the European Commission by portfolio without
"EU" once the story has named the Commission or the Union. The dateline then gives the title
Belgium, whose government has no portfolio commissioners. The annotation guide gives an
international organisation's official the organisation (country null). Titles with a national
or local commissioner's own words ("Police Commissioner", "County Commissioner", "High
Commissioner") keep their reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["eu_commissioners"]

# "Trade Commissioner", "Home Affairs Commissioner", "Commissioner for Justice", "Commissioner"
_PORTFOLIO_COMMISSIONER = re.compile(r"(?:(?:[A-Z][a-z]+|and)\s+){0,3}Commissioner(?:\s+for\s+[A-Z][\w ,&-]*)?")
# Commissioners of police, counties, elections, refugees (UN) and the like: not the Commission's
_OTHER_COMMISSIONERS = re.compile(
    r"\b(?:police|county|high|election|electoral|information|children's|tax|fire|insurance|city|state|deputy|assistant"
    r"|parliamentary|prisons?|border|human rights|refugees)\b", re.IGNORECASE)
_UNION = re.compile(r"\bEuropean\s+Commission\b|\bEuropean\s+Union\b|\bEU\b")


def eu_commissioners(body: str, cands: "list[Candidate]") -> None:
    """Give a portfolio commissioner the dateline made Belgian (or left without a country) the
    organisation "EU", when the text names the European Commission or Union (in place).

    Args:
        body: The Doc text.
        cands: The resolved candidates.
    """
    if not any("ommissioner" in c.title for c in cands) or not _UNION.search(body):
        return  # no commissioner (the common case) is decided before the text is read
    for c in cands:
        if c.organization or c.country not in (None, "BEL") or c.country_source not in (None, "dateline", "publisher"):
            continue
        if not _PORTFOLIO_COMMISSIONER.fullmatch(c.title) or _OTHER_COMMISSIONERS.search(c.title):
            continue
        c.organization, c.country, c.country_source, c.role = "EU", None, "institution", "official_other"
