"""The other side of acts in a text that opens with a meeting or a call.

A readout, a joint statement or a trip report opens with the meeting or call it reports
("President X spoke today with Prime Minister Y of Z") and then tells what its principal did in
it with no other side named ("The President reaffirmed his commitment to ...", "They agreed to
continue close coordination", "He welcomed the progress ..."): those acts are addressed to the
counterpart of the opening meeting, as an annotator reads them and as the text means them. Only
the cooperative acts of the opening meeting's own actor take the counterpart, and only until the
text reports another meeting or call (a second meeting, "Separately, she met with ...", opens
another scope); an act of anyone else, a hostile act (told about a third party), a meeting (whose
other side the text names or leaves open), or an act that names its own other side is left as
it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp import evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Event

ADDRESSED_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
"""acts told of a meeting's principal that are done with its counterpart"""
LEAD_SENTENCES = 2
"""the title line and the opening sentence: where a readout names its meeting or call"""


def lead_end(doc: "Doc") -> int:
    """Offset (in the text as ingested, as the events' spans) where the text's opening sentences end."""
    end = 0
    for k, sent in enumerate(doc.sents):
        if k >= LEAD_SENTENCES:
            break
        end = sent.end_char
    return evidence(doc, 0, end).end if end else 0


def _same_side(event: "Event", lead: "Event") -> bool:
    if event.actor is not None or lead.actor is not None:
        return event.actor == lead.actor
    return event.actor_country is not None and event.actor_country == lead.actor_country


def lead_counterparts(events: list["Event"], lead_end: int) -> list["Event"]:
    """``events`` with the opening meeting's counterpart as the recipient of its actor's later
    acts that name no other side.

    Args:
        events: A Doc's events (in any order: the opening meeting and the next one are found by offset).
        lead_end: Offset (in the text the events' spans point into) where the opening ends.
    """
    leads = [e for e in events if e.type == "CONSULT" and e.trigger.start < lead_end
             and (e.recipient is not None or e.recipient_name) and (e.actor is not None or e.actor_country)]
    if not leads:
        return events
    lead = min(leads, key=lambda e: e.trigger.start)
    later = [e.trigger.start for e in events if e.type == "CONSULT" and e.trigger.start > lead.trigger.start]
    scope_end = min(later, default=None)  # the next meeting or call told opens another scope
    return [replace(e, recipient=lead.recipient, recipient_name=lead.recipient_name, recipient_country=lead.recipient_country)
            if e is not lead and e.type in ADDRESSED_TYPES and e.recipient is None and not e.recipient_name
            and e.recipient_country is None and (scope_end is None or e.trigger.start < scope_end)
            and _same_side(e, lead) else e for e in events]
