"""A titled name the NER read as one organisation: "National Security Advisor Ajit Doval" tagged ORG.

The small model tags some runs of a title and a name as one body (the capitalised title words look
like a body's name). When the roles stage reads the same words as an office and its holder, the
entity is the holder, not a body: it becomes his PERSON entity under the name alone, each mention
cut to the name it ends with, so the article has no body of that name and the tokens of the name
stand for the person (events, quotes and tables read the entity at each token).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Entity, Role, Span

_NAMED_THINGS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LOC", "NORP"})
"""labels the NER gives a titled name it misreads (a day or an event named for someone is no holder)"""


def titled_name_entity(entities: list["Entity"], role: "Role", mention: "Span") -> "Entity | None":
    """The body entity whose name is the role's title words and then its holder's name, with a
    mention that ends where the holder's name does in the role's evidence; None when there is none."""
    name = role.person_name
    for e in entities:
        if e.label not in _NAMED_THINGS or not e.name.endswith(" " + name):
            continue
        prefix = e.name[: -len(name)].split()
        if not prefix or not role.title or prefix[-1].lower() != role.title.split()[-1].lower():
            continue  # the words before the name must end with the title's head word
        if any(m.end == mention.end and m.start < mention.start for m in e.mentions):
            return e
    return None


def as_person(entity: "Entity", name: str, mention: "Span", person_key: str | None) -> "Entity":
    """The body entity made the holder's PERSON entity: the name alone, mentions cut to it."""
    cut = []
    for m in entity.mentions:
        if m.text.endswith(name):
            start = m.end - len(name)
            cut.append(dataclasses.replace(m, start=start, text=name))
    cut.append(mention)
    mentions = tuple(sorted({(m.start, m.end): m for m in cut}.values(), key=lambda m: m.start))
    return dataclasses.replace(entity, label="PERSON", name=name, country=None, geo=None, person_key=person_key,
                               mentions=mentions)
