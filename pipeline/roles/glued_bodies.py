"""A body's last word the NER read into the name of its office holder.

Readouts name foreign officials with the body they lead written before the name: "President of
the Palestinian Authority Mahmoud Abbas", "Prime Minister of the Palestinian Authority Jane Roe",
"Chairperson of the Executive Commission Jane Roe". The statistical NER often takes the body's
last word with the name ("Authority Mahmoud Abbas"). That word is a body's noun (the office
ontology's unit and government-body words), written after a capitalised word of the body's name
that an "of/for (the)" begins; no person's name starts with it. The person is the rest of the
name, and the office the roles stage reads then ends with the whole body.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices
from ..names import is_given_name
from ..nlp import raw_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Entity

__all__ = ["unglue_body_words"]

# "... of the Palestinian ", "... for the Central American ": the body's name before its last word
_BODY_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}$")


def unglue_body_words(doc: "Doc", entities: "tuple[Entity, ...]") -> "tuple[Entity, ...]":
    """The entities with each PERSON name that starts with a glued body word cut after it.

    Args:
        doc: The article's Doc (its raw text is the mentions' text).
        entities: The entities stage's entities.

    Returns:
        ``entities`` itself when no name is glued, else a new tuple (ids and order kept).
    """
    off = None
    out = None
    text = None
    for k, ent in enumerate(entities):
        if ent.label != "PERSON" or len(words := ent.name.split()) < 3 or not words[0][:1].isupper():
            continue
        off = off or load_offices()
        first = words[0].lower()
        if first not in off.unit_words and first not in off.gov_body_words or is_given_name(words[0]):
            continue
        text = text if text is not None else raw_text(doc)
        glued = [m.text.startswith(words[0] + " ") for m in ent.mentions]
        if not any(glued) or not all(_BODY_BEFORE.search(text, max(0, m.start - 80), m.start)
                                     for m, g in zip(ent.mentions, glued) if g):
            continue
        cut = len(words[0]) + 1
        name = " ".join(words[1:])
        mentions = tuple(dataclasses.replace(m, start=m.start + cut, text=m.text[cut:]) if g else m
                         for m, g in zip(ent.mentions, glued))
        out = out or list(entities)
        out[k] = dataclasses.replace(ent, name=name, mentions=mentions, person_key=_person_key(name))
    return entities if out is None else tuple(out)


def _person_key(name: str) -> str | None:
    from ..entities import person_key  # the entities stage's key, read lazily

    return person_key(name)
