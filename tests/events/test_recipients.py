"""Recipients: a promise made together is for whom the promised act names; a document, a law,
a programme or a region is no recipient; a reaction to an act on a thing is not aimed at the thing.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a pair that promises support together promises it to whom the promised act names
    ("President Gabriel Boric met President Dina Boluarte of Peru in Lima on Monday. Both leaders pledged to "
     "continue their support for Bolivia.", "AGREE", [("AGREE", "Gabriel Boric", "BOL")]),
    ("Chilean Foreign Minister Ana Torres spoke with Argentine Foreign Minister Diego Ruiz. The two ministers "
     "reaffirmed their commitment to help Uruguay rebuild its ports.", "AGREE", [("AGREE", "Ana Torres", "URY")]),
    ("Kenya and Tanzania reaffirmed their resolve to keep supporting Somalia.", "AGREE", [("AGREE", "KEN", "SOM")]),
    # an agreement between the two stays between them, whatever the agreed act names
    ("Kenya and Tanzania agreed to work with Uganda on the railway.", "AGREE", [("AGREE", "KEN", "TZA")]),
    # a region with no country, a document or a law is no party
    ("Japanese Prime Minister Taro Sato underscored Japan's commitment to the Indo-Pacific region.", "AGREE",
     [("AGREE", "Taro Sato", None)]),
    ("President Lula signed the Amazon Protection Act on Friday.", "AGREE", [("AGREE", "Lula", None)]),
    # ... but a party named beside the document is
    ("Indonesia signed the Maritime Boundary Agreement with Malaysia on Tuesday.", "AGREE", [("AGREE", "IDN", "MYS")]),
    # a body named after its programme is still a party when the name only modifies a common noun
    ("Canadian Prime Minister Anne Roy conveyed her full support for the NATO agenda.", "SUPPORT",
     [("SUPPORT", "Anne Roy", "NATO")]),
    # an attack's target hangs on its "of" noun, or is told by what it did
    ("Russian President Ivan Petrov launched his war of aggression against the people of Georgia in 2008.",
     "ASSAULT", [("ASSAULT", "Ivan Petrov", "GEO")]),
    ("Iran's drone strikes that killed dozens of Iraqi civilians drew condemnation.", "ASSAULT",
     [("ASSAULT", "IRN", "IRQ")]),
    ("A Turkish air strike that killed nine people near Qamishli in northern Syria drew protests.", "ASSAULT",
     [("ASSAULT", "TUR", "SYR")]),
    ("Canada condemned the attack launched by Iran that also threatened Jordan.", "ASSAULT",
     [("ASSAULT", "IRN", None)]),
    ("North Korea launched a ballistic missile over Japan on Tuesday.", "ASSAULT", [("ASSAULT", "PRK", "JPN")]),
    ("North Korea fired two missiles over the weekend.", "ASSAULT", [("ASSAULT", "PRK", None)]),
    # a visit made to meet someone is a consultation with that one; so is a visit a host received
    ("In 2019 Foreign Minister Anne Leclerc visited Hanoi for talks with her Vietnamese counterpart, Nguyen Van An.",
     "CONSULT", [("CONSULT", "Anne Leclerc", "Nguyen Van An")]),
    ("King Carl hosted the first visit by a Finnish head of state, President Mika Virtanen, to Sweden.", "CONSULT",
     [("CONSULT", "Carl", "Mika Virtanen")]),
    # a reaction to the launch or renewal of a body is not aimed at the body
    ("Germany welcomed the launch of the European Sky Shield Initiative by its partners.", "SUPPORT",
     [("SUPPORT", "DEU", None)]),
    ("Norway welcomed the creation of the Arctic Monitoring Group last week.", "SUPPORT", [("SUPPORT", "NOR", None)]),
    # unnamed officials of a nationality stand for their country as a whole (no name recorded)
    ("The French envoy, Paul Martin, met Malian officials in Bamako on Monday.", "CONSULT",
     [("CONSULT", "Paul Martin", "MLI")]),
    ("Turkey sanctioned 40 Syrian officials on Friday.", "SANCTION", [("SANCTION", "TUR", "SYR")]),
    # a person named there is who the reaction is about
    ("Australia welcomed the appointment of Jane Roe as the new envoy.", "SUPPORT", [("SUPPORT", "AUS", "Jane Roe")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_recipient(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The French envoy, Paul Martin, met Malian officials in Bamako on Monday.",
    "Egypt will host Libyan leaders in Cairo next week.",
])
def test_officials_are_their_country(event_inputs, text):
    doc, entities, roles, dates = event_inputs(text)
    (event,) = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert event.recipient is None and event.recipient_name == event.recipient_country, event


@pytest.mark.model
def test_named_delegation_keeps_its_name(event_inputs):
    doc, entities, roles, dates = event_inputs("Finland welcomed the Ukrainian delegation to Helsinki.")
    (event,) = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert event.recipient is not None and event.recipient_country == "UKR", event


@pytest.mark.model
def test_pair_after_a_beneficiary(event_inputs):
    """Whom a pair promised support does not become one of the pair "they" stand for next."""
    doc, entities, roles, dates = event_inputs(
        "President Gabriel Boric met President Dina Boluarte of Peru in Lima on Monday. They pledged to continue "
        "their support for Bolivia. They agreed to expand trade.")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    agreed = [e for e in events if e.trigger.text == "agreed"]
    _check(agreed, [("AGREE", "Gabriel Boric", "Dina Boluarte")])
