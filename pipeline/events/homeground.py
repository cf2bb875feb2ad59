"""A state's force used at home names no state as its target: "police fired tear gas at
protesters in Quito", "the army bombed villages in Sagaing". The place phrase tells where the
unnamed people acted on were (the arguments stage reads the place of an unnamed target as the
recipient, right for "strikes on targets in Lebanon"); when it is in the actor's own country,
the recipient is the people, not named, so null.

A delegation led or sent is a visit only abroad: the lexicon codes leading or sending a delegation
to a country as a visit (PLOVER CONSULT mode visit; CAMEO 042 make a visit), whose other side is a
foreign government or party. A delegation taken somewhere at home ("led a delegation of farmers to
the state fair in Iowa") or to no named side visits no one, so no event. The entries concerned
are the lexicon's light-only destination nouns ("delegation"), read from their fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Party
    from .triggers import Trigger

_FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "across", "around", "throughout"})


def home_ground(typ: str, actor: "Party | None", recipient: "Party | None") -> bool:
    """Whether the recipient is only the place, in the actor's own country, where an unnamed
    target of force was."""
    if typ not in _FORCE_TYPES or actor is None or recipient is None or recipient.token is None:
        return False
    tok = recipient.token
    if recipient.label not in _PLACES or tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
        return False
    return actor.country is not None and actor.country == recipient.country


def home_delegation(trig: "Trigger", actor: "Party | None", recipient: "Party | None") -> bool:
    """Whether a delegation visit names no foreign side (module docstring): no recipient, a place
    of no known country ("the state fair in Iowa"), or a side of the actor's own country.

    Args:
        trig: The trigger.
        actor: Its actor, if found.
        recipient: Its recipient, if found.
    """
    entry = trig.entry
    if trig.type != "CONSULT" or entry is None or not (entry.light_only and entry.destination):
        return False
    if recipient is None:
        return True
    if recipient.country is None:
        return recipient.entity is None or recipient.label in _PLACES
    return actor is not None and actor.country == recipient.country
