"""An office a nomination names its holder to with "next": "As our next Chief of Naval Operations,
Admiral Jane Roe will bring 30 years of service", in a President's statement nominating her.

"The next X" of a named person is an office foreseen for him or her: hoped for in a campaign ("as
the next president") and then no role, or chosen for by a nomination and then a nominee's office
(annotation guide, status: "nominee"). A fronted "As the/our next TITLE, NAME" in a text that
nominates (a form of the verb "nominate": "I am nominating", "nominated") is the nominee's
office; the noun "nominee" is not enough ("the party's nominee").

The nominator's own word for the person, "my nominee to be the next TITLE, NAME" or "the President's
nominee for TITLE, NAME", names the office the nomination is for (annotation guide, status: "X, the
nominee for"); only a nominator's possessive (my, our, his, her, the President's) or the infinitive
"to be" makes it one: a party's nominee for an elected office ("the Democratic nominee for Congress")
is a candidacy, no nomination.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["next_nominees"]

_FRONTED_NEXT = re.compile(r"(?:^|[.!?]\s+|\n\s*)As\s+(?:the|our|your|my|his|her|their)\s+next\s+$")
_NOMINATES = re.compile(r"\b[Nn]ominat(?:e|es|ed|ing)\b")
_NOMINEE_FOR = re.compile(
    r"(?:\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]he[ \t]+President(?:’s|'s))[ \t]+nominees?[ \t]+(?:to[ \t]+be|for|as)"
    r"|\bnominees?[ \t]+to[ \t]+be)[ \t]+(?:(?:the|our)[ \t]+)?(?:next[ \t]+)?$")
"""A nominator's "my nominee to be the next", "the President's nominee for" right before a title."""


def next_nominees(body: str, cands: "list[Candidate]") -> None:
    """Mark as nominated the offices written "As our next TITLE, NAME" in a nominating text, and
    those written "my nominee to be the next TITLE, NAME" or "the President's nominee for TITLE, NAME".

    Args:
        body: The Doc text.
        cands: The candidates, changed in place (status "current" -> "nominee").
    """
    fronted = "next" in body and _NOMINATES.search(body) is not None
    if not fronted and "nominee" not in body:
        return
    for c in cands:
        if c.status == "current" and c.title_start > 0 and c.start <= c.title_start \
                and "," in body[c.title_start:c.end] \
                and (fronted and _FRONTED_NEXT.search(body, max(0, c.title_start - 24), c.title_start)
                     or _NOMINEE_FOR.search(body, max(0, c.title_start - 48), c.title_start)):
            c.status = "nominee"
