"""Recipients named beside the trigger's own phrase (:mod:`pipeline.events.recipient_args`): an
attack's target told by a "targeting" participle or by a relative clause the parser hung on the
reacting verb, the country a promised act happens in, and support promised after a thanks.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a participle says what the attack was aimed at; a nationality on unnamed things is its country
    ("On Monday, Houthi fighters launched their largest attack yet, directly targeting British tankers.", "ASSAULT",
     [("ASSAULT", "Houthi", "GBR")]),
    ("Russia launched a missile attack on Friday targeting Ukrainian power plants.", "ASSAULT",
     [("ASSAULT", "RUS", "UKR")]),
    # a relative clause of the attack hung on the reacting verb still tells where it struck
    ("Canada condemned a Turkish drone strike on Sunday that killed four civilians near Zakho in northern Iraq.",
     "ASSAULT", [("ASSAULT", "TUR", "IRQ")]),
    ("Minister Anna Berg condemned an Iranian air strike on Tuesday that killed nine people near a village in "
     "eastern Iraq.", "ASSAULT", [("ASSAULT", "IRN", "IRQ")]),
    # a promise to support an act in a country is made to that country
    ("Mr. Okafor expressed the administration's commitment to support the democratic transition in Mali.", "AGREE",
     [("AGREE", "Okafor", "MLI")]),
    ("Japan pledged to support the reconstruction of schools in Haiti.", "AGREE", [("AGREE", "JPN", "HTI")]),
    # ... but not in a region with no country, nor at home
    ("Canada committed to support economic development in Africa.", "AGREE", [("AGREE", "CAN", None)]),
    ("Australia pledged to support job creation in Australia.", "AGREE", [("AGREE", "AUS", None)]),
    # support promised right after a thanks goes to the one thanked
    ("Canadian Prime Minister Anne Roy thanked President Piotr Nowak and the people of Poland for sheltering refugees, and she "
     "pledged continued Canadian support to these humanitarian efforts.", "AGREE", [("AGREE", "Anne Roy", "Piotr Nowak")]),
    ("Chancellor Olaf Weber praised the Kenyan police for their work and pledged support for the mission.", "AGREE",
     [("AGREE", "Olaf Weber", "KEN")]),
    # ... unless the promise names its own party
    ("Prime Minister Anne Roy thanked President Luis Vega for his help and pledged support for Ukraine.", "AGREE",
     [("AGREE", "Anne Roy", "UKR")]),
    # attending a gathering named after two sides consults the side that is not the actor's own
    ("Prime Minister Tom Kali of Fiji attended the U.S.-Pacific Islands Summit in Washington.", "CONSULT",
     [("CONSULT", "Tom Kali", "USA")]),
    ("Prime Minister Tom Kali of Fiji attended the September U.S.-Pacific Islands Forum Summit in Washington.",
     "CONSULT", [("CONSULT", "Tom Kali", "USA")]),
    ("Prime Minister Tom Kali of Fiji attended the summit in Tokyo.", "CONSULT", [("CONSULT", "Tom Kali", None)]),
    # co-subjects that act on each other: one event each way
    ("Kenya and Uganda expelled each other's ambassadors on Monday.", "SANCTION",
     [("SANCTION", "KEN", "UGA"), ("SANCTION", "UGA", "KEN")]),
    ("Kenya and Uganda each expelled six of the other's diplomats.", "SANCTION",
     [("SANCTION", "KEN", "UGA"), ("SANCTION", "UGA", "KEN")]),
    ("NAIROBI/KAMPALA, May 3 (Reuters) - Kenya and Uganda expelled each other's top diplomats on Monday as a "
     "row deepened.", "SANCTION", [("SANCTION", "KEN", "UGA"), ("SANCTION", "UGA", "KEN")]),
    ("Kenya and Uganda expelled two Russian diplomats.", "SANCTION", [("SANCTION", "KEN", "RUS"), ("SANCTION", "UGA", "RUS")]),
    # a coup coerces the country's own government
    ("Mali's military rulers, who seized power in a coup in 2021, expelled the French ambassador.", "COERCE",
     [("COERCE", "MLI", "MLI")]),
    ("The army seized power in Gabon on Wednesday.", "COERCE", [("COERCE", "GAB", "GAB")]),
    # two titles joined by "and" before one name are that person's
    ("Secretary Anne Roy met Deputy Prime Minister and Foreign Minister Jan Novak of Czechia in Prague.", "CONSULT",
     [("CONSULT", "Anne Roy", "Jan Novak")]),
    ("President Tom Baker spoke today with Crown Prince and Prime Minister Faisal bin Hamad about the region.",
     "CONSULT", [("CONSULT", "Tom Baker", "Faisal bin Hamad")]),
    # ... but two people joined by "and" stay two
    ("Vice President Ana Lopez met Prime Minister Tom Kali of Fiji. The Vice President and Prime Minister Kali "
     "signed a new trade agreement.", "AGREE", [("AGREE", "Ana Lopez", "Tom Kali")]),
    ("Prime Minister Anne Roy met King Carl and Queen Silvia of Sweden.", "CONSULT",
     [("CONSULT", "Anne Roy", "Carl"), ("CONSULT", "Anne Roy", "Silvia")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_recipient_beside_the_phrase(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
