"""The target of a war named once in a document and referred to again without it.

"Russia's invasion of Ukraine ... Russia's illegal and unprovoked war": a news text or a
statement names whom a state's war is against once and then speaks of "the war", "the
invasion", "its aggression" alone. PLOVER's ASSAULT target is the one attacked, and the
document has already said who that is. The rule reads only war words (not single strikes or
launches, which may hit anyone), and only when every war act of the same state that names a
foreign target in the document names the same country, so that the reference is unambiguous.
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
                and ev.recipient_country != ev.actor_country and _word(ev) in WAR_WORDS:
            targets.setdefault(ev.actor_country, {}).setdefault(ev.recipient_country, ev)
    if not targets:
        return events
    out = []
    for ev in events:
        known = targets.get(ev.actor_country or "")
        if ev.type == "ASSAULT" and known is not None and len(known) == 1 and ev.recipient is None \
                and not ev.recipient_name and not ev.recipient_country and _word(ev) in WAR_WORDS:
            src = next(iter(known.values()))
            ev = replace(ev, recipient=src.recipient, recipient_name=src.recipient_name,
                         recipient_country=src.recipient_country)
        out.append(ev)
    return out
