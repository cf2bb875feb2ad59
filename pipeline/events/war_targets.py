"""The target of a war named once in a document and referred to again without it.

"Russia's invasion of Ukraine ... Russia's illegal and unprovoked war": a news text or a
statement names whom a state's war is against once and then speaks of "the war", "the
invasion", "its aggression" alone. PLOVER's ASSAULT target is the one attacked, and the
document has already said who that is. The rule reads only war words (not single strikes or
launches, which may hit anyone, nor a figurative war, "trade war", nor a war that names its own
object, "war on corruption"), and only when every war act of the same state that names a foreign
target in the document names the same country, so that the reference is unambiguous.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Event

WAR_WORDS = frozenset({"war", "wars", "invasion", "invasions", "aggression", "assault", "offensive"})
"""trigger words that name a state's campaign against one enemy as a whole"""


def _word(ev: "Event") -> str:
    words = (ev.trigger.text or "").lower().split()
    return words[-1] if words else ""


_OWN_OBJECT = ("on ", "against ", "with ", "between ", "in ", "of ")
"""words after a war word that say what this war is on or with ("war on corruption", "trade war with X"): it
names its own object, even when no party was found in it"""


NOT_ARMED = frozenset({"trade", "tariff", "price", "economic", "cold", "culture", "information", "propaganda",
                       "bidding", "talent", "currency", "legal", "political"})
"""words before "war" that make it no armed attack ("a trade war", "a price war"): neither a source nor a target"""


def _armed(ev: "Event") -> bool:
    """Whether the war word is not one of a figurative war ("trade war", "price war")."""
    before = ev.evidence.text[:max(0, ev.trigger.start - ev.evidence.start)].lower().split()
    return not (before and before[-1].strip("-") in NOT_ARMED)


def _names_object(ev: "Event") -> bool:
    """Whether the clause goes on right after the war word with what the war is on or with."""
    after = ev.evidence.text[max(0, ev.trigger.end - ev.evidence.start):].lstrip().lower()
    return after.startswith(_OWN_OBJECT)


def war_targets(events: "list[Event]") -> "list[Event]":
    """Fill the missing target of a state's war from the document's other war acts of that state.

    Args:
        events: The document's events in text order.

    Returns:
        The events, a war act with no recipient given the one target its state's other war acts
        name (when they name exactly one foreign country); all other events unchanged.
    """
    targets: dict[str, dict[str, "Event"]] = {}
    for ev in events:
        if ev.type == "ASSAULT" and ev.actor_country and ev.recipient_country \
                and ev.recipient_country != ev.actor_country and _word(ev) in WAR_WORDS and _armed(ev):
            targets.setdefault(ev.actor_country, {}).setdefault(ev.recipient_country, ev)
    if not targets:
        return events
    out = []
    for ev in events:
        known = targets.get(ev.actor_country or "")
        if ev.type == "ASSAULT" and known is not None and len(known) == 1 and ev.recipient is None \
                and not ev.recipient_name and not ev.recipient_country and _word(ev) in WAR_WORDS \
                and not _names_object(ev) and _armed(ev):
            src = next(iter(known.values()))
            ev = replace(ev, recipient=src.recipient, recipient_name=src.recipient_name,
                         recipient_country=src.recipient_country)
        out.append(ev)
    return out
