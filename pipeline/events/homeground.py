"""A state's force used at home names no state as its target: "police fired tear gas at
protesters in Quito", "the army bombed villages in Sagaing". The place phrase tells where the
unnamed people acted on were (the arguments stage reads the place of an unnamed target as the
recipient, right for "strikes on targets in Lebanon"); when it is in the actor's own country,
the recipient is the people, not named, so null.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Party

_FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "across", "around", "throughout"})


def home_ground(typ: str, actor: "Party | None", recipient: "Party | None") -> bool:
    """Whether the recipient is only the place, in the actor's own country, where an unnamed
    target of force was."""
    if typ not in _FORCE_TYPES or actor is None or recipient is None or recipient.token is None:
        return False
    tok = recipient.token
    if recipient.label not in ("GPE", "LOC", "FAC") or tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
        return False
    return actor.country is not None and actor.country == recipient.country
