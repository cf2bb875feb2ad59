"""The speaker a one-speaker text's title names: "Remarks by President Biden at ...".

A speech, statement or address is titled after the one who speaks ("Remarks by Vice President
Harris on ...", "Statement from President X"): the name after "by"/"of"/"from", before the subject
("... on the Passing of Senator Y") or the place ("... at a Rally | Reno, NV"). Inside the speech
the speaker says "I"; a "he" or "she" of the speech is someone else ("the President asked me ...
the work he did when he was Vice President"), so the title's speaker is no antecedent of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..transcripts import turn_labels

__all__ = ["AFTER_SPEAKER", "BY", "SPOKEN_TITLE", "title_speaker_span"]

SPOKEN_TITLE = re.compile(r"^(?:Remarks|Statement|Message|Address|Op-Ed|Letter|Interview|Memorandum|Proclamation)\b")
"""Titles of one speaker's words ("Remarks by President Biden at ...", "Statement from ...")."""
BY = re.compile(r"\b(?:by|of|from) ")
AFTER_SPEAKER = re.compile(r" (?:on|at|in|to|for|regarding|before|after|during|upon|aboard|following|en route)\b|[|,:(]",
                           re.IGNORECASE)


@lru_cache(maxsize=8)
def title_speaker_span(body: str) -> tuple[int, int, int] | None:
    """(start, end) of the speaker's words in the title line of a one-speaker address, and the
    offset where the address begins (after its one label "THE PRESIDENT:"); None for another text
    (no such title, or a transcript of several labels)."""
    end = body.find("\n")
    if end <= 0 or not SPOKEN_TITLE.match(body):
        return None
    labels = turn_labels(body)
    if len(labels) != 1 or not labels[0].text.startswith("THE "):
        return None
    by = BY.search(body, 0, end)
    if by is None:
        return None
    stop = AFTER_SPEAKER.search(body, by.end(), end)
    return by.end(), stop.start() if stop else end, labels[0].end
