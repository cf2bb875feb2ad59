"""A state's war named again in one document is one event, coded at its first mention.

Statements and briefings speak of an ongoing war many times: "Russia's brutal war against
Ukraine ... since Russia launched this invasion ... Russia's assault on Ukraine only heightens
...". Each mention names the same act, one campaign of one state against one enemy, not a new
attack; the annotation guide asks for one entry per act, and the development gold codes such a
war once per document. A single strike, shelling or raid is a separate act each time and is
not touched: only the words that name a campaign as a whole (:data:`.war_targets.WAR_WORDS`).

Two mentions are the same war when the same actor (entity, or country when no entity) wages it
against the same target, or the later one names no target (its own target, if it names another,
makes it another war: "Russia's war in Georgia" after "Russia's war against Ukraine"), and the
two are not dated differently ("the 2014 invasion" and "the 2022 invasion" are two acts).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .war_targets import WAR_WORDS

if TYPE_CHECKING:
    from ..records import Event


def _word(ev: "Event") -> str:
    """The last word of an event's trigger, lower-cased ("war" of "brutal war")."""
    words = (ev.trigger.text or "").lower().split()
    return words[-1] if words else ""


def _side(ev: "Event") -> tuple[str | None, str | None, str | None]:
    """Who wages the war: the actor's entity, or the name and country when it has none."""
    return (ev.actor, None, ev.actor_country) if ev.actor is not None else (None, ev.actor_name, ev.actor_country)


def _same_war(first: "Event", later: "Event") -> bool:
    """Whether ``later`` names the war ``first`` named (module docstring)."""
    if _side(first) != _side(later) or _side(first) == (None, None, None):
        return False
    if later.recipient is not None or later.recipient_name is not None or later.recipient_country is not None:
        # (one target named twice, or by its people: "against Ukraine", "against the Ukrainian people")
        same = (later.recipient is not None and later.recipient == first.recipient) or (
            later.recipient_country is not None and later.recipient_country == first.recipient_country)
        if not same:
            return False
    return not (first.date_value and later.date_value and first.date_value != later.date_value)


def one_war_each(events: "tuple[Event, ...] | list[Event]") -> tuple["Event", ...]:
    """The events without the later mentions of a war already coded, renumbered "V1", "V2", ...

    Args:
        events: The document's events in text order.
    """
    wars: list["Event"] = []
    kept: list["Event"] = []
    for ev in events:
        if ev.type == "ASSAULT" and _word(ev) in WAR_WORDS:
            if any(_same_war(w, ev) for w in wars):
                continue
            wars.append(ev)
        kept.append(ev)
    if len(kept) == len(events):
        return tuple(events)
    return tuple(replace(ev, id=f"V{i}") for i, ev in enumerate(kept, 1))
