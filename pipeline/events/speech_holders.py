"""Who "the President" is in a government's own briefing or fact sheet when no role in the text
says: the holder of the office on the day of publication, by the dated office-holder table
(``pipeline/data/offices.json``, "Wikipedia: List of presidents of the United States").

A White House press secretary says "The President spoke with the Governor this morning" without
naming him, and the text may name only a predecessor ("as President Obama did"): the office is
the sitting one's, not the former holder's.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Entity

_HEAD_TITLE = ("president",)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})


@lru_cache(maxsize=256)
def _sitting(home: str, date: str) -> str | None:
    """The name of ``home``'s head of state on ``date`` by the dated rows, or None (no dated row
    covers it, or two different persons do)."""
    names = {h.name for h in load_offices().holders
             if h.country == home and h.role == "head_of_state" and h.start is not None and h.held_on(date)}
    surnames = {_surname(n) for n in names}
    return min(names, key=len) if len(surnames) == 1 else None


@lru_cache(maxsize=256)
def _first_names(home: str, date: str) -> frozenset[str]:
    return frozenset(h.name.lower().split()[0] for h in load_offices().holders
                     if h.country == home and h.role == "head_of_state" and h.start is not None and h.held_on(date))


def _surname(name: str) -> str:
    words = [w for w in name.lower().replace(",", " ").split() if w not in _SUFFIXES]
    return words[-1] if words else ""


def published_on(doc: "Doc") -> str | None:
    """The publication date the context stage read (YYYY-MM-DD), or None."""
    ctx = getattr(doc._, "newsie_context", None) if doc.has_extension("newsie_context") else None
    date = getattr(ctx, "published", None)
    return date[:10] if isinstance(date, str) and len(date) >= 10 else None


def sitting_head(words: tuple[str, ...], home: str | None, date: str | None,
                 persons: "dict[str, Entity]") -> "tuple[Entity | None, str] | None":
    """The sitting head of state a bare "the President" of ``home``'s own text refers to: the
    article's person of that surname if it names him, else only his name; None for another
    title, no home government or date, or no dated holder.

    Args:
        words: The title words, lower case.
        home: ISO3 of the government whose text it is.
        date: Publication date (YYYY-MM-DD).
        persons: The article's entities by id.
    """
    if words != _HEAD_TITLE or not home or not date:
        return None
    name = _sitting(home, date)
    if name is None:
        return None
    surname = _surname(name)
    firsts = _first_names(home, date)
    named = [e for e in persons.values() if e.label == "PERSON" and _surname(e.name) == surname
             and (len(e.name.split()) == 1 or e.name.lower().split()[0] in firsts)]  # (not "Jill Biden")
    return (named[0] if len(named) == 1 else None), name
