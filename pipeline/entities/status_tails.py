"""A body the model read over the status word of a title: "on the Passing of Former United States
Senator X" tagged "Passing of Former" as an ORG.

Title Case headlines capitalise every word, and the small model then takes a run of capitalised
words for a body's name. When such an ORG span ends in a status word of the office ontology
("Former", "Late", "Acting", ``offices.json`` ``status_words``) and the next word begins an office
(a title head or modifier of the ontology: "Senator", "United", "Secretary"), the status word
belongs to the title after it and the span is no body at all: it is dropped, so the roles stage
reads "Former United States Senator X" whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices

if TYPE_CHECKING:
    from spacy.tokens import Doc

Item = tuple[int, int, str]


def status_tail_orgs(doc: "Doc", items: list[Item]) -> list[Item]:
    """``items`` without the ORG spans that end in a status word written before a title."""
    off = load_offices()
    n = len(doc)
    out: list[Item] = []
    for s, e, label in items:
        if label == "ORG" and e < n and doc[e - 1].lower_ in off.status_words and doc[e - 1].is_title \
                and (_office_word(doc[e], off) or doc[e].ent_type_ in ("GPE", "NORP") and e + 1 < n
                     and _office_word(doc[e + 1], off)):
            continue  # ("Former | U.S. Senator X": the country written first in the title)
        out.append((s, e, label))
    return out


def _office_word(tok, off) -> bool:
    return tok.lower_ in off.heads or tok.lower_ in off.modifiers or tok.lower_ == "united"
