"""A one-word "person" that the same article writes as the first word of a place's name.

The statistical NER may read a town or region's name as a surname when it stands alone ("in
support of Lobito") while it tags the same word as a place inside a longer name in the same
article ("the Lobito Corridor", "the Rafah Governorate"). A writer does not use one word for a
place and, unmarked, for a person in the same text; when the word is also a place the gazetteer
knows and nothing in the article shows a person by that name (no title, no given name, no
"said": :func:`pipeline.entities.placecontexts` ``bare``), the lone word is the place too.

A facility named after a person ("the Reagan National Airport", "the Lincoln Memorial") is a
facility (FAC), not a place of that name, so its first word is no evidence here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..knowledge import places as P

if TYPE_CHECKING:
    from spacy.tokens import Doc

Item = tuple[int, int, str]

__all__ = ["place_word_persons"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_DETERMINERS = frozenset({"the", "a", "an", "that", "this"})


def place_word_persons(doc: "Doc", items: list[Item], bare: Callable[[int, int], bool]) -> list[Item]:
    """``items`` with each one-word PERSON relabelled GPE when the article writes the word as the
    first word of a place's name of two words or more, the gazetteer knows it as a place and
    ``bare`` finds no sign of a person.

    Args:
        doc: The parsed article.
        items: Entity spans ``(start token, end token, label)`` in text order.
        bare: Whether a span is a name with no sign of a person in the article.
    """
    if not any(lab == "PERSON" and e - s == 1 for s, e, lab in items):
        return items
    firsts = set()
    for s, e, lab in items:
        if lab in _PLACE_LABELS:
            if doc[s].lower_ in _DETERMINERS:
                s += 1
            if e - s >= 2 and doc[s].is_title:
                firsts.add(doc[s].text)
    if not firsts:
        return items
    out = []
    for s, e, lab in items:
        if lab == "PERSON" and e - s == 1 and doc[s].text in firsts and P.candidates(doc[s].text) and bare(s, e):
            lab = "GPE"
        out.append((s, e, lab))
    return out
