""""Newly elected President X will be sworn in": elected, not yet in office.

"Newly elected" (also "recently elected", "just-elected") before a title says the holder won the
office; whether the holder is in it yet the sentence says: a taking of office still to come
("will be sworn in", "will take office", "is due to be inaugurated", "ahead of his inauguration")
leaves the office-holder elected but not serving, the guide's status "elect" ("President-elect":
chosen but not yet in office). Without such words the status stays as read ("the newly elected
president took office on Monday" holds the office).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["newly_elected"]

_NEWLY = re.compile(r"\b(?:newly|recently|just)[- ]elected\s+(?:(?:U\.S\.|[A-Z][a-z]+(?:n|an|ese|ish|i|ic))\s+)?$",
                    re.IGNORECASE)
_TO_COME = re.compile(
    r"\b(?:will|would|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled|expected)\s+to)\s+"
    r"(?:be\s+)?(?:formally\s+)?(?:sworn\s+in|take\s+(?:office|power|the\s+oath)|inaugurated|assume\s+(?:office|power|the\s+presidency))"
    r"|\b(?:ahead\s+of|before)\s+(?:his|her|their|the)\s+(?:inauguration|swearing[- ]in)\b",
    re.IGNORECASE)


def newly_elected(text: str, out: list["Candidate"]) -> None:
    """Mark "elect" the current offices written after "newly elected" whose sentence says the
    holder has still to take office (in place).

    Args:
        text: ``doc.text``.
        out: The roles' candidates.
    """
    for c in out:
        if c.status != "current" or c.title_start <= 0:
            continue
        if not _NEWLY.search(text, max(0, c.title_start - 40), c.title_start):
            continue
        stop = re.search(r"[.!?](?:\s|$)", text[c.title_start:])
        sentence = text[c.title_start:c.title_start + (stop.start() if stop else 300)]
        if _TO_COME.search(sentence):
            c.status = "elect"
