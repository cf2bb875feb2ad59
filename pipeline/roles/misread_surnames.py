"""A surname the NER took for a body or a product, written as a whole mention after a title.

The small English model often tags the second and later surnames of a thanks list as ORG or PRODUCT
("Senators Manchin and Sinema": "Sinema" ORG; "Secretaries Buttigieg, Raimondo, and Vilsack":
"Raimondo" ORG, "Vilsack" PRODUCT). The roles stage drops a one-word holder that lies inside a
body's name ("Analysis" of "the Office of Africa Analysis"); a holder that *is* the whole mention,
capitalised as a surname, is the NER's slip on a name a title introduces, not a word of a longer
name: that entity is the person.
"""

from __future__ import annotations

import re

from ..records import Entity
from .holder_names import looks_like_holder_name

__all__ = ["misread_surname", "named_thing_holder"]

# "Sinema", "McConnell", "DeLauro": a capitalised word, perhaps with a short capitalised prefix;
# an acronym ("NASA", "NATO") or a word with digits is a body's name
_SURNAME = re.compile(r"(?:[A-Z][a-z]{1,2})?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# the labels of things the NER gives a lone surname (a place or a nationality is no slip of this kind)
_SLIP_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW"})


def misread_surname(name: str, start: int, end: int, entities) -> Entity | None:
    """The entity whose mention is exactly the one-word holder ``name`` at ``start:end`` when the
    NER labelled it a body or a thing (see the module docstring); None otherwise.

    Args:
        name: The holder's name as the roles stage read it.
        start: Its first character in the text.
        end: The character after it.
        entities: The article's entities.
    """
    if " " in name.strip() or not _SURNAME.fullmatch(name.strip()):
        return None
    return next((e for e in entities if e.label in _SLIP_LABELS
                 and any(m.start == start and m.end == end for m in e.mentions)), None)


def named_thing_holder(name: str, start: int, entities, labels: frozenset[str]) -> Entity | None:
    """The entity of a body, work or nationality that is in fact the office holder written at
    ``start``: a full name of several words the entities stage took for one ("the visit of Kishida
    Fumio" tagged ORG), by its name; one word, the misread surname of :func:`misread_surname`."""
    if " " in name.strip():
        if not looks_like_holder_name(name):
            return None  # "Special Prosecutor Against Impunity": the NER's body is the office's remit
        return next((e for e in entities if e.label in labels and e.name == name), None)
    return misread_surname(name, start, start + len(name), entities)
