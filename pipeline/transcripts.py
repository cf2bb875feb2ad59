"""Turn labels of transcripts: where each speaker's turn starts, and which turns are questions.

White House transcripts of remarks, briefings and press calls open each turn with its speaker in
capitals and a colon at the start of a line ("THE PRESIDENT:  Thank you.", "MS. PSAKI:  Good
afternoon.", "PRIME MINISTER KISHIDA:  (As interpreted.)") and a reporter's question with "Q"
and a colon or a run of spaces ("Q    Thanks, Jen."; one space once the text is normalised). Three stages read them, each for its own
question (entities: a named label is a person mention; roles: who speaks, and the offices a
speaker states in the first person; events: who "I" and "we" are, and that a question reports
no event), so the label grammar lives here, once. A leaf module: it imports no stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The capital letters of a label: a name in capitals keeps its accents ("PRIME MINISTER CHÍNH:",
# "PRESIDENT LÓPEZ OBRADOR:"), so the Latin-1 and Latin Extended capitals count with A-Z.
_CAPS = "A-Z" + "".join(c for k in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if (c := chr(k)).isupper())

TURN_LABEL = re.compile(
    r"^[ \t]*(?:(?P<q>Q)(?::[ \t]*|[ \t]+(?=[A-Z\u201c\"'(\[\u2014\u2013]))"
    rf"|(?P<label>(?:[{_CAPS}][{_CAPS}.'\u2019-]*[ \t]+){{0,5}}[{_CAPS}][{_CAPS}.'\u2019-]+):(?=\s|$))",
    re.MULTILINE)
"""A label at the start of a line: up to six words in capitals and a colon followed by a space,
a line break or the end of the text; or the "Q" of a questioner followed by a colon, or by
spaces and a capital letter, a quotation mark, a bracket or a dash (a question resumed after the
speaker broke in: "Q    — or next week?"; text normalisation collapses the
transcripts' run of spaces to one; a line opening "Q and A" is no question)."""

QUESTION = "Q"


@dataclass(frozen=True, slots=True)
class TurnLabel:
    """One turn label: the label's start, the end of the label with its colon or spaces, and its
    text ("MS. PSAKI", or :data:`QUESTION` for a reporter's question)."""

    start: int
    end: int
    text: str

    @property
    def question(self) -> bool:
        """Whether the turn is a reporter's question."""
        return self.text == QUESTION


# The last text read and its labels: the stages ask for the labels of the same text three or four
# times per article. One tuple, replaced whole, so a reader never sees a text with another's labels.
_LAST: tuple[str | None, tuple[TurnLabel, ...]] = (None, ())


def turn_labels(text: str) -> list[TurnLabel]:
    """The turn labels of ``text`` in order (character offsets into it); which of them name a
    speaker is for the caller to decide (a label of capitals before a colon may be a heading)."""
    global _LAST
    last = _LAST
    if last[0] is text or last[0] == text:
        return list(last[1])
    out = []
    for m in TURN_LABEL.finditer(text):
        if m.group("q"):
            out.append(TurnLabel(m.start("q"), m.end(), QUESTION))
        else:
            out.append(TurnLabel(m.start("label"), m.end(), m.group("label")))
    _LAST = (text, tuple(out))
    return out
