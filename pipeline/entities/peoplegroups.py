"""Names of peoples and tribal nations the small model tags as a person.

"the Hopi Tribe", "Zuni Tribes", "Tribal Nations", "Alaska Natives", "Indigenous Peoples":
a name of two or more capitalised words that ends in a noun for a people or a tribal government
names that group (an organisation in law: a federally recognised tribe is a government), never
one person. Words that are also surnames ("Band": Doug Band) are left out, and the singular
heads that are surnames too ("Laurence Tribe", "Carry Nation") count only after a first word that
is no given name, or in a name of three words or more ("Cheyenne and Arapaho Tribes" passes,
"Cheyenne Tribe" stays as the model tagged it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import is_given_name

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

# Nouns that end the name of a people or a tribal nation (US federal usage: "Tribe", "Nation",
# "Tribal Nations", "Alaska Natives", "Indigenous Peoples").
_PEOPLE_HEADS = frozenset({"tribe", "tribes", "nation", "nations", "natives", "peoples"})
_SURNAME_HEADS = frozenset({"tribe", "nation"})


def people_group(span: "SpacySpan") -> bool:
    """Whether the PERSON ``span`` is a people's or tribal nation's name (module docstring)."""
    if len(span) < 2 or span[-1].lower_ not in _PEOPLE_HEADS or not all(t.is_title or t.is_punct for t in span):
        return False
    return span[-1].lower_ not in _SURNAME_HEADS or len(span) >= 3 or not is_given_name(span[0].text)
