"""The last word of a title that the name reader took for the first word of the name.

The statistical NER may end a body's name early ("the Office of Public" for "the Office of Public
Engagement") and find the person's name correctly after it ("Tom Alder"); the capitalised
word left between them ("Engagement") then reads as the first word of the name, and the title
loses it. A word that is no given name, written right before a person's name the NER begins
with a given name, belongs to the title before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import is_given_name

if TYPE_CHECKING:
    from .reader import Reader


def title_word_before_name(rd: "Reader", name: tuple[int, int]) -> bool:
    """Whether the first token of a name run is the last word of the title before it.

    True for "Director of the Office of Public Engagement Tom Alder" read as the name
    "Engagement Tom Alder": the NER's person starts at the next token with a given name,
    and "Engagement" is no given name. False when the run is the NER's person from its first
    token, or when the next token is no given name (a name the NER split: "Kishida Fumio").

    Args:
        rd: The shared reader of the Doc.
        name: The token range the name reader found after the title.
    """
    doc = rd.doc
    i, j = name
    if j - i < 3:
        return False  # a title word with a one-word name would leave no name to tell apart
    first, second = doc[i], doc[i + 1]
    if first.ent_type_ == "PERSON" or second.ent_type_ != "PERSON" or second.ent_iob_ != "B":
        return False
    if not first.is_title or first.is_punct or len(first.text) < 3:
        return False
    return not is_given_name(first.text) and is_given_name(second.text)
