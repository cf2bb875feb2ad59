"""Type decisions by the words around a trigger: a transitive "rally" appeals to others (REQUEST)
and "rally behind X" backs X (SUPPORT), only a rally on its own is a demonstration (PROTEST);
warships and bombers visiting a port, and "port visits", are a naval presence (MOBILIZE), not
consultations; a tabletop exercise moves no forces (no MOBILIZE). "Target" is a use of force only
when weapons or forces target, or a place or military site is targeted; "hit/target X with
sanctions" is SANCTION on X; "attacked X over Y / for doing Y" is criticism (ACCUSE). Mobilising
or deploying an effort, a response, citizens or clean energy moves no military or police force.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

RALLY_CASES = [
    ("The United States has rallied the world to support Ukraine.", [("REQUEST", "USA", None)]),
    ("President Joe Biden rallied allies to provide air defence systems to Ukraine.",
     [("REQUEST", "Joe Biden", None)]),
    ("Germany rallied behind Ukraine on Tuesday.", [("SUPPORT", "DEU", "UKR")]),
    ("NATO allies rallied around Poland after the attack.", [("SUPPORT", "NATO", "POL")]),
    # an intransitive rally is still a demonstration
    ("Thousands of students rallied in Paris on Sunday.", [("PROTEST", "FRA", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RALLY_CASES)
def test_rally_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("REQUEST", "SUPPORT", "PROTEST")], expected)


VISIT_CASES = [
    ("Two Russian warships visited Havana on Wednesday.", [("MOBILIZE", "RUS", None)]),
    ("A Russian nuclear submarine visited Cuba on Wednesday.", [("MOBILIZE", "RUS", None)]),
    ("The aircraft carrier USS Nimitz made a port visit to Da Nang on Friday.", [("MOBILIZE", "USS Nimitz", None)]),
    # officials visit to consult, military ones too
    ("Japanese military officials visited Manila on Monday.", [("CONSULT", "JPN", "Manila")]),
    ("President Ana Ruiz visited Japan on Monday.", [("CONSULT", "Ana Ruiz", "JPN")]),
]


@pytest.mark.parametrize(("text", "expected"), VISIT_CASES)
def test_visit_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("MOBILIZE", "CONSULT")], expected)


EXERCISE_CASES = [
    ("Japan held a tabletop exercise on cyber incidents on Monday.", []),
    ("Japan held a table-top exercise on cyber incidents on Monday.", []),
    ("France held a military exercise near the border on Monday.", [("MOBILIZE", "FRA", None)]),
]


@pytest.mark.parametrize(("text", "expected"), EXERCISE_CASES)
def test_exercise_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "MOBILIZE"], expected)


TARGET_CASES = [
    ("The new development fund targets small farmers in Kenya.", []),
    ("So we are targeting specific groups with conversations.", []),
    ("The United States targeted Russian banks with sanctions on Friday.", [("SANCTION", "USA", "RUS")]),
    ("The United States hit Russia with new sanctions on Friday.", [("SANCTION", "USA", "RUS")]),
    ("The European Union hit Iran with an oil embargo in 2012.", [("SANCTION", "European Union", "IRN")]),
    ("Russia hit Kyiv with missiles and drones overnight.", [("ASSAULT", "RUS", "Kyiv")]),
    ("Russia targeted Kharkiv with glide bombs on Monday.", [("ASSAULT", "RUS", "Kharkiv")]),
    ("Russia targeted Ukraine's power grid on Monday.", [("ASSAULT", "RUS", "UKR")]),
    ("Israel targeted Hezbollah weapons depots near Khiam.", [("ASSAULT", "ISR", "Hezbollah")]),
    ("Russian drones targeted the port of Odesa on Monday.", [("ASSAULT", "RUS", None)]),
    # a weapon word inside a name names a body
    ("The President launched a new Strike Force on unfair prices on Monday.", []),
    ("North Korea launched a Hwasong-18 missile on Monday.", [("ASSAULT", "PRK", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TARGET_CASES)
def test_target_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


ATTACK_CASES = [
    ("Republicans attacked Biden for pulling troops out of Afghanistan.", [("ACCUSE", "Republicans", "Biden")]),
    ("Former President Donald Trump attacked Kamala Harris over immigration on Monday.",
     [("ACCUSE", "Donald Trump", "Kamala Harris")]),
    # force: a time or place after "over", a state as the motive
    ("Israel attacked Iran over the weekend.", [("ASSAULT", "ISR", "IRN")]),
    ("Russian forces attacked the village for hours on Monday.", [("ASSAULT", "RUS", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ATTACK_CASES)
def test_attack_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check([e for e in extract_events(doc, entities=entities, roles=roles, dates=dates)
            if e.type in ("ACCUSE", "ASSAULT")], expected)


MOBILIZE_CASES = [
    ("The President mobilized a whole-of-government response to the storm.", []),
    ("The campaign is mobilizing grassroots efforts to register voters.", []),
    ("Last month, the President mobilized American farmers to feed the country.", []),
    ("The Department of Energy announced the deployment of clean energy in Puerto Rico.", []),
    ("Russia mobilized 300,000 reservists in September.", [("MOBILIZE", "RUS", None)]),
    ("Pakistan deployed additional troops to its border with Afghanistan on Saturday.", [("MOBILIZE", "PAK", None)]),
    ("France ordered the deployment of 2,000 soldiers to Estonia.", [("MOBILIZE", "FRA", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MOBILIZE_CASES)
def test_mobilize_senses(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check([e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "MOBILIZE"],
           expected)


PARTICLE_CASES = [
    # a fronted "In X," is an adjunct, not the particle of "give in"
    ("In the journal, John Moore gave a nice description of the results.", []),
    ("In Kyiv, Russia gave in to pressure from China.", [("CONCEDE", "RUS", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLE_CASES)
def test_phrase_particles_follow_the_verb(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check([e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "CONCEDE"],
           expected)


PARTICIPLE_CASES = [
    # support one provides is material (AID), in a participle as with the finite light verb
    ("The security support provided by the United States to Ukraine was crucial.", [("AID", "USA", "UKR")]),
    ("Ruritania welcomed the support expressed by the United States.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_CASES)
def test_participle_light_verbs(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check([e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "AID"], expected)
