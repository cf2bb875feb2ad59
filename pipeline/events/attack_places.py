"""Where an attack happened: in the country or town it was aimed at; a withdrawal, where it left.

"Russia's invasion of Ukraine", "the war against Ukraine", "rocket attacks against Mosul",
"Hamas' attacks against Israel": an attack on a place is fought on that place, so the text
that names its target has stated where it happened (the guide's ``location``: ISO3 of where
the event happened). Only a target that is a place (a GPE entity: a country, a region of
one or a town) with a country says so; an attack on people, ships or a group ("strikes on
the Houthis") leaves the place unstated, and a place the clause itself names is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..records import Entity, Event

PLACE_LABELS = frozenset({"GPE"})
PLACED_BY_TARGET = frozenset({"ASSAULT", "RETREAT"})
"""acts that happen in the place they are aimed at or leave"""


def attacked_place(events: tuple[Event, ...], entities: Mapping[str, Entity]) -> tuple[Event, ...]:
    """Events with an attack's (or withdrawal's) location set to the country of the place it was
    aimed at (or left), when its clause names no place.

    Args:
        events: The document's events.
        entities: The document's entities by id.
    """
    out = []
    for ev in events:
        target = entities.get(ev.recipient or "")
        if ev.type in PLACED_BY_TARGET and ev.location is None and target is not None \
                and target.label in PLACE_LABELS and target.country:
            ev = replace(ev, location=target.country)
        out.append(ev)
    return tuple(out)
