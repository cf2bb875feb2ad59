"""Bare-apostrophe possessives the small model does not parse as possessives.

"Hamas' attacks", "the Philippines' protest": the apostrophe after a name ending in "s" hangs on
the verb as punctuation, and the noun phrase has no ``poss`` child; the name right before the
apostrophe that opens the phrase is its owner (moved out of :mod:`.arguments` unchanged).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity

_APOSTROPHES = frozenset({"'", "\u2019"})


def apostrophe_owner(entity_at: "dict[int, Entity]", noun: "Token") -> "Token | None":
    """The owner of a bare-apostrophe possessive the small model does not parse as one
    ("Hamas' attacks", "the Philippines' protest": the apostrophe hangs on the verb as
    punctuation): a named entity ending in "s" right before the apostrophe that opens the
    noun phrase.

    Args:
        entity_at: Token index -> the Entity it belongs to.
        noun: The event noun.
    """
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text not in _APOSTROPHES:
        return None
    owner = noun.doc[start - 2]
    return owner if owner.i in entity_at and owner.lower_.endswith("s") else None
