"""An office a nomination names its holder to with "next": "As our next Chief of Naval Operations,
Admiral Jane Roe will bring 30 years of service", in a President's statement nominating her.

"The next X" of a named person is an office foreseen for him or her: hoped for in a campaign ("as
the next president") and then no role, or chosen for by a nomination and then a nominee's office
(annotation guide, status: "nominee"). A fronted "As the/our next TITLE, NAME" in a text that
nominates (a form of the verb "nominate": "I am nominating", "nominated") is the nominee's
office; the noun "nominee" is not enough ("the party's nominee").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["next_nominees"]

_FRONTED_NEXT = re.compile(r"(?:^|[.!?]\s+|\n\s*)As\s+(?:the|our|your|my|his|her|their)\s+next\s+$")
_NOMINATES = re.compile(r"\b[Nn]ominat(?:e|es|ed|ing)\b")


def next_nominees(body: str, cands: "list[Candidate]") -> None:
    """Mark as nominated the offices written "As our next TITLE, NAME" in a nominating text.

    Args:
        body: The Doc text.
        cands: The candidates, changed in place (status "current" -> "nominee").
    """
    if "next" not in body or not _NOMINATES.search(body):
        return
    for c in cands:
        if c.status == "current" and c.title_start > 0 and c.start <= c.title_start \
                and _FRONTED_NEXT.search(body, max(0, c.title_start - 24), c.title_start) \
                and "," in body[c.title_start:c.end]:
            c.status = "nominee"
