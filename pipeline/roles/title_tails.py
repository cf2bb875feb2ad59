"""The last word of a title that the name reader took for the first word of the name.

The statistical NER may end a body's name early ("the Office of Public" for "the Office of Public
Engagement") and find the person's name correctly after it ("Tom Alder"); the capitalised
word left between them ("Engagement") then reads as the first word of the name, and the title
loses it. A word that is no given name, written right before a person's name the NER begins
with a given name, belongs to the title before it. So do two or three such words, a body's whole
name after "of the United States" ("Commissioner of the United States | Parole Commission | Jane Roe");
the first of them may be a given name as well ("Forest Service"), the last never. When the NER
read the whole run as one body, a first word that is an English common noun and no name
(:func:`pipeline.entities.portfolio_glue.glued_office_word`: "International Economics | Daleep
Singh") is the title's too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lemmas import glued_office_word
from ..names import is_given_name

if TYPE_CHECKING:
    from .reader import Reader


def title_word_before_name(rd: "Reader", name: tuple[int, int]) -> int:
    """How many first tokens of a name run are the last words of the title before it (0 to 3).

    One for "Director of the Office of Public Engagement Tom Alder" read as the name
    "Engagement Tom Alder": the NER's person starts at the next token with a given name,
    and "Engagement" is no given name. Two for "Chief of the United States Forest Service Tom
    Alder". None when the run is the NER's person from its first token, or when the next token
    is no given name (a name the NER split: "Kishida Fumio").

    Args:
        rd: The shared reader of the Doc.
        name: The token range the name reader found after the title.
    """
    doc = rd.doc
    i, j = name
    if j - i >= 3 and glued_office_word(doc[i]):
        return 1  # "Advisor for International Economics | Daleep Singh", the run read as one body (:mod:`..entities.portfolio_glue`)
    for n in range(1, 4):
        if j - i < n + 2:
            return 0  # a title word with a one-word name would leave no name to tell apart
        last, second = doc[i + n - 1], doc[i + n]
        if last.ent_type_ == "PERSON" or not last.is_title or last.is_punct or len(last.text) < 3:
            return 0
        if second.ent_type_ == "PERSON" and second.ent_iob_ == "B":
            return n if not is_given_name(last.text) and is_given_name(second.text) else 0
    return 0
