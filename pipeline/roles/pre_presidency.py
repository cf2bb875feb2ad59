"""The elected offices a US president held before the presidency are former ones after it began.

Biographies name a president by an earlier office ("worked in the office of Senator Joe Biden",
"an advisor to Senator Barack Obama"); the text does not say the office ended, but the
office-holder table of US presidents (:mod:`pipeline.knowledge.offices`, "List of presidents of
the United States") does: a person who became President before the publication date sits in no
legislature and governs no state now (the Constitution, art. I sec. 6: no person holding an
office under the United States is a member of either House while in office; a president leaves a
governorship or a seat to take the oath). The vice presidency ends with the presidency's start too.
"""

from __future__ import annotations

from dataclasses import replace

from ..names import first_names_match
from .reader import Candidate
from .us_presidents import presidents_by_surname, surname_of

__all__ = ["pre_presidency"]

# First words of the offices a president may have held before ("Senator", "Representative",
# "Congressman", "Governor", "Vice President", "Lieutenant Governor", "Mayor").
_EARLIER = frozenset({"senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "governor", "gov.",
                      "vice", "lieutenant", "mayor", "state"})


def pre_presidency(cands: list[Candidate], published: str | None) -> list[Candidate]:
    """The candidates with each current elected office of a person whose presidency began on or
    before ``published`` made former.

    Args:
        cands: The stage's readings.
        published: The publication date (YYYY-MM-DD), or None (then nothing changes).

    Returns:
        The readings, in order.
    """
    if not published:
        return cands
    table = presidents_by_surname()
    out = []
    for c in cands:
        words = (c.name or "").split()
        title = c.title.lower().split()
        if c.status == "current" and c.role != "head_of_state" and c.country in ("USA", None) and len(words) > 1 \
                and title and title[0] in _EARLIER and any(
                    h.start and h.start <= published and first_names_match(words[0], h.name.split()[0])
                    for h in table.get(surname_of(c.name), ())):
            c = replace(c, status="former")
        out.append(c)
    return out
