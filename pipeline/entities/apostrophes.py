"""Irish and Romance surnames written with an apostrophe ("O’Connell", "D’Amato") that the small
model leaves out of the name before them: "Dawn | O’Connell" comes out as the PERSON "Dawn" and
an untagged word, so the person splits in two ("Dawn" and, from a speaker label, "O’Connell").

A capitalised prefix of one or two letters, an apostrophe (straight or curly) and a capitalised
word right after a PERSON span on the same line is the rest of that name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "O’Connell", "O'Rourke", "D’Amato", "N’Diaye"; not "I’m", "It’s" (lower case after the apostrophe)
_APOSTROPHE_SURNAME = re.compile(r"^[A-Z][a-z]?['’][A-Z][a-z]{2,}$")


def apostrophe_surnames(doc: "Doc", items: list[Item]) -> list[Item]:
    """``items`` with each PERSON span extended over an apostrophe surname the model left out
    right after it ("Dawn | O’Connell" -> "Dawn O’Connell")."""
    n = len(doc)
    starts = {s for s, _, _ in items}
    out: list[Item] = []
    for s, e, label in items:
        if (label == "PERSON" and e < n and e not in starts and doc[e - 1].whitespace_ == " "
                and _APOSTROPHE_SURNAME.match(doc[e].text)):
            e += 1
        out.append((s, e, label))
    return out
