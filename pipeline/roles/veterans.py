"""Service members a text calls veterans hold their rank no more.

Speeches tell the stories of soldiers with the rank they held, and an apposition that they have
left the service: "Sergeant Jane Roe, a decorated World War Two veteran, came home ...". A
veteran is one who served (Merriam-Webster: "a former member of the armed forces"): the rank
written with the name is a former office (the annotation guide's status "former").
"""

from __future__ import annotations

import re

__all__ = ["veterans"]

# ", a decorated World War Two veteran", ", an Army veteran", ", a veteran for whom ..."
_VETERAN = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,5}veteran\b", re.IGNORECASE)


def veterans(body: str, cands: list) -> None:
    """Mark, in place, the current military ranks whose holder's name is followed by the
    apposition "a ... veteran" as former.

    Args:
        body: The document text the candidates' offsets point into.
        cands: The resolved candidates.
    """
    for c in cands:
        if c.role == "military_commander" and c.status == "current" and _VETERAN.match(body, c.end):
            c.status = "former"
