"""Events: who held a meeting English names around it (:mod:`pipeline.events.convened_talks`,
:mod:`pipeline.events.participle_partners`, :mod:`pipeline.events.officials_from`, "their
ministers" in :mod:`pipeline.events.references`): a meeting's passive convener, the traveller
"for talks", a promise told in a participle clause of a meeting, officials "from" two countries,
and "their" officials as the pair named before.

Sentences are invented for these tests; the people and bodies are fictional or generic, none
comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    # a passive verb of convening: its agent held the meeting, before the forum's own name
    ("The inaugural Harbour Council meeting was convened by Foreign Minister Lena Varga of Hungary.",
     "CONSULT", "Lena Varga", None),
    ("The ministerial meeting was hosted by Japan on Monday.", "CONSULT", "JPN", None),
    ("The summit was chaired by Prime Minister Ivo Brandt of Denmark.", "CONSULT", "Ivo Brandt", None),
    # the forum named again is the same meeting, not a new one by the forum
    ("The inaugural Harbour Council meeting was convened by Foreign Minister Lena Varga of Hungary. "
     "This inaugural Harbour Council meeting gave both sides a chance to talk.", "CONSULT", "Lena Varga", 1),
    # "for talks" on a verb of going or leading: the traveller holds them; future -> AGREE
    ("Foreign Minister Lena Varga of Hungary will lead a delegation to Vienna on May 14 for talks with Austria.",
     "AGREE", "Lena Varga", None),
    ("Foreign Minister Lena Varga of Hungary flew to Vienna on Monday for talks with Austria.",
     "CONSULT", "HUN", None),
    # a verb of asking: the talks are sought, not held
    ("Foreign Minister Lena Varga of Hungary called for talks with Austria.", "CONSULT", None, 0),
    # a trip one comes back from was made by who comes back; a visit's host is the one visited
    ("President Ana Ruiz of Chile, who returned on Monday from a visit to Sweden, praised the talks.",
     "CONSULT", "Ana Ruiz", None),
    ("The visit was hosted by Sweden.", "CONSULT", None, 0),
    # people "from" countries are theirs, as "of" says; a source "from" is not
    ("Officials from Chile and Peru met in Lima on Monday.", "CONSULT", "CHL", None),
    ("Defense officials from Chile and Peru held talks in Lima on Monday.", "CONSULT", "CHL", None),
    ("A delegation from Chile met Peruvian officials in Lima.", "CONSULT", "CHL", None),
    ("Experts from two universities met on Monday.", "CONSULT", None, 0),
    # "their" officials: the pair named before
    ("Chile and Peru signed a fisheries pact on Monday. Their foreign ministers met in Lima on Tuesday.",
     "CONSULT", "CHL", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actor, count", CASES, ids=[f"{i}-{c[1]}-{c[2]}" for i, c in enumerate(CASES)])
def test_meeting_holder(event_inputs, text, typ, actor, count):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == typ]
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.trigger.text) for e in events]
    if count is not None:
        assert len(events) == count, shown
    if actor is not None:
        assert any(actor in (e.actor_name, e.actor_country) for e in events), shown


PARTNER_CASES = [
    # a promise in a participle clause of a meeting is made to the one met
    ("President Ana Ruiz of Chile met today with President Tomas Lind of Sweden, highlighting the "
     "growth of trade and reaffirming their joint commitment to continue working together.",
     "AGREE", "Tomas Lind"),
    ("President Ana Ruiz of Chile spoke with President Tomas Lind of Sweden, agreeing to deepen "
     "cooperation on energy.", "AGREE", "Tomas Lind"),
    # a third party named by the clause keeps it
    ("President Ana Ruiz of Chile met with President Tomas Lind of Sweden, reaffirming the Chilean "
     "commitment to the United Nations.", "AGREE", "United Nations"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, recipient", PARTNER_CASES, ids=[f"{i}-{c[2]}" for i, c in enumerate(PARTNER_CASES)])
def test_meeting_partner(event_inputs, text, typ, recipient):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == typ]
    shown = [(e.type, e.actor_name, e.recipient_name, e.trigger.text) for e in events]
    assert any(recipient in (e.recipient_name or "") for e in events), shown
