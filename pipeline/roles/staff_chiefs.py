"""A "chief of staff" written with a general's or admiral's rank, or with a military service as
its owner, is the head of a military staff, not a civilian aide.

The office ontology reads "chief of staff" alone as an official's post (a White House or
minister's chief of staff: ``official_other``) and "army chief of staff" as a military one.
Wire copy also writes the service as a possessive or leaves it to the rank that styles the
holder: "the Air Force's chief of staff General Jane Roe", "chief of staff Admiral Jane Roe".
A civilian chief of staff holds no general's rank, and a service's staff is military.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["military_chiefs_of_staff"]

_CHIEF_OF_STAFF = re.compile(r"\bchief of staff$", re.IGNORECASE)
# General and flag ranks (and their wire abbreviations) styling the holder after the title
_FLAG_RANK = re.compile(
    r",?\s+(?:(?:Lieutenant|Lt\.|Major|Maj\.|Brigadier|Brig\.)\s+)?(?:General|Gen\.)\s"
    r"|,?\s+(?:(?:Vice|Rear)\s+)?(?:Admiral|Adm\.)\s|,?\s+Air\s+(?:Chief\s+|Vice\s+)?Marshal\s")
# A military service written as the owner before the title ("the Air Force's chief of staff")
_SERVICE_OWNER = re.compile(
    r"\b(?:army|navy|air\s+force|marine\s+corps|armed\s+forces|military|USAF|IDF)(?:['’]s)?\s+$", re.IGNORECASE)


def military_chiefs_of_staff(body: str, cands: "list[Candidate]") -> None:
    """Give a chief of staff styled with a general's or admiral's rank, or owned by a military
    service, the category ``military_commander`` (in place).

    Args:
        body: The Doc text.
        cands: The resolved candidates; ``title_start`` locates each title in ``body``.
    """
    for c in cands:
        m = _CHIEF_OF_STAFF.search(c.title) if c.role == "official_other" and not c.organization else None
        if m is None or c.title_start < 0 or body.find(c.title, c.title_start) != c.title_start:
            continue
        end = c.title_start + len(c.title)
        at = c.title_start + m.start()  # the owner may be written in the title ("Army's chief of staff") or before it
        if _FLAG_RANK.match(body, end) or _SERVICE_OWNER.search(body, max(0, at - 20), at):
            c.role = "military_commander"
