"""A title kept before a surname is left out when the surname is that of a person named in full.

The model keeps some titles inside the name ("Archbishop Tutu", "Agent Camarena", "Bishop
Curry"): after "Archbishop Desmond Tutu" was named in full, "Archbishop Tutu" is the same man,
and his mentions belong together. English writes a title before the surname alone for the
person it has introduced (news style: the full name first, then title and surname), so the
title is dropped when the word after it is the last word of a fuller person's name. Royal titles
are left alone: "King Charles" is a given name after the title and never joins "Charles Michel"
(:func:`pipeline.entities.persons.group_persons` reads those).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import HONORIFICS, OFFICE_WORDS
from .lexicon import TITLE_HEADS, TITLE_WORDS
from .styles import ROYAL_TITLES, TITLE_OR_NAME

if TYPE_CHECKING:
    from ..records import Span

__all__ = ["titled_surnames"]


def _title(word: str) -> bool:
    low = word.lower().rstrip(".")
    if low in ROYAL_TITLES or low in TITLE_OR_NAME:
        return False
    return low in TITLE_WORDS or low in OFFICE_WORDS or word.lower() in TITLE_HEADS or low in HONORIFICS


def titled_surnames(persons: list[tuple[str, "Span", int]]) -> list[tuple[str, "Span", int]]:
    """Person mentions ``(name, evidence, order)`` with a leading title dropped from "Title
    Surname" when the surname ends a fuller name of the article that starts with no title."""
    surnames = {words[-1] for words in (name.split() for name, _, _ in persons)
                if len(words) >= 2 and not _title(words[0])}
    if not surnames:
        return persons
    out = []
    for name, span, order in persons:
        words = name.split()
        if len(words) == 2 and _title(words[0]) and words[1] in surnames:
            name = words[1]
        out.append((name, span, order))
    return out
