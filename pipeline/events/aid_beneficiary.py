"""Who receives aid given to another side's people or forces.

"Brazil trained Ukrainian pilots", "will equip Ukraine's army", "armed Kurdish fighters": the
direct object of an AID verb is the people or forces helped, and the country or group named in
that object (a possessive, a nationality adjective or a compound name) is the side the aid goes
to (PLOVER AID: "military and police assistance including arms and personnel"). A bare object
("trained pilots") names no one and leaves the recipient null.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
"""modifiers of an object noun that may name whose people or things it is"""
_OWNER_LABELS = frozenset({"GPE", "NORP", "ORG"})


def aided_side(trigger: "Token", entity_at, actor_entity=None) -> "Token | None":
    """The token naming whose people or forces the AID verb ``trigger`` acts on, or None.

    Args:
        trigger: The AID trigger verb ("trained", "equip").
        entity_at: Token index -> entity map of the document.
        actor_entity: The actor's entity, never its own beneficiary ("trained its own pilots").
    """
    if trigger.pos_ != "VERB":
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for c in owner_words(obj):
        if c.i >= obj.i:
            continue
        ent = entity_at.get(c.i)
        if ent is not None and ent.label in _OWNER_LABELS and ent is not actor_entity:
            return c
    return None


def owner_words(obj: "Token", deps: frozenset[str] = OWNER_DEPS) -> list["Token"]:
    """The modifiers of an object noun that may name whose people or things it is ("Ukrainian
    pilots", "Ukraine's forces", "Kurdish fighters"), in the order of the noun's children.

    Args:
        obj: The object noun.
        deps: The dependency labels that count (default :data:`OWNER_DEPS`).
    """
    return [c for c in obj.children if c.dep_ in deps]
