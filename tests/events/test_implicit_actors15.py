"""Events: actors English leaves implicit (:mod:`pipeline.events.implicit_actors`): a gerund
listed under "including", a text's participle read as its issuer's act, an event noun carried
out by the subject of a verb of wielding, and "he"/"she" with one person named further back.

Sentences are invented for these tests; the people and bodies are fictional or generic, none
comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    # a gerund listed under "including" is done by the subject of the clause it hangs on
    ("The minister announced new steps Canada is taking to help farmers, including providing "
     "$2 million to the World Food Programme.", "AID", "CAN"),
    ("The minister announced new steps Canada is taking to help farmers, including providing "
     "$2 million to the World Food Programme and requesting $5 million from Parliament.", "REQUEST", "CAN"),
    # a negated or modal host does nothing; only an infinitive aim ("to help") passes its subject on
    ("Canada did not help farmers, including providing 2 million dollars to the World Food Programme.", "AID", None),
    ("Canada could help farmers, including providing 2 million dollars to the World Food Programme.", "AID", None),
    ("Canada helped farmers, including providing 2 million dollars to the World Food Programme.", "AID", "CAN"),
    # a general role, told in the simple present, is no act done
    ("Canada plays a key role in the region, including supporting farmers with aid.", "SUPPORT", None),
    # what a resolution or statement demands, its issuer demands; a vetoed one is another's
    ("Yesterday the European Parliament adopted a resolution demanding the rebels end attacks on ships.",
     "REQUEST", "European Parliament"),
    ("Yesterday Norway vetoed a resolution demanding the rebels end attacks on ships.", "REQUEST", None),
    # an event noun carried out by a verb's subject is its act; a topic talked about is not
    ("Last week Canada leveraged new sanctions on officials in the region.", "SANCTION", "CAN"),
    ("Last week Canada outlined the sanctions on officials in the region.", "SANCTION", None),
    ("Canada did not use sanctions on officials in the region.", "SANCTION", None),
    ("Last month Chile received new military aid from Canada.", "AID", "CAN"),
    # he/she with the only person named a few sentences before
    ("I spent an hour on the phone with President Marta Kovacs. It was a long call. My staff was with me. "
     "The line was poor. And she agreed to open the crossing.", "AGREE", "Marta Kovacs"),
    # two people named before: the pronoun stays open
    ("I spoke with Marta Kovacs and then with Ivan Petrov. It was a long day. My staff was with me. "
     "The line was poor. And he agreed to open the crossing.", "AGREE", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actor", CASES, ids=[f"{i}-{c[1]}-{c[2]}" for i, c in enumerate(CASES)])
def test_implicit_actor(event_inputs, text, typ, actor):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == typ]
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    if actor is None:
        assert not events, shown
    else:
        assert any(actor in (e.actor_name, e.actor_country) for e in events), shown


TEXT_CASES = [
    ("On Monday Canada issued a statement that condemned the attack on the convoy.", "ACCUSE", "CAN"),
    ("A statement by Canada's foreign ministry condemned the attack on the convoy.", "ACCUSE", "CAN"),
    ("Norway welcomed a statement condemning the attack on the convoy.", "ACCUSE", None),
    # a law enacts, it does not condemn; a resolution says what its author says
    ("Kenya passed a law condemning Uganda.", "ACCUSE", None),
    ("Kenya passed a resolution condemning Uganda.", "ACCUSE", "KEN"),
    # "they" with no pair named before: the nearest plural subject, if it names a party
    ("Israeli soldiers entered the village on Monday. They arrested three men.", "COERCE", "ISR"),
    ("Chilean officials said they had expelled two diplomats.", "SANCTION", "CHL"),
    ("The soldiers entered the village on Monday. They arrested three men.", "COERCE", None),
    # a subject "it" continues the subject before it when that names a country or body
    ("Chile launched new patrols on Monday. It also deployed more troops to the border.", "MOBILIZE", "CHL"),
    ("The new plan was approved in May. It deployed more troops to the border.", "MOBILIZE", None),
    # ... the main clause's subject, not one inside what it reports
    ("Chile said Peru seized a fishing boat. It also expelled two diplomats.", "SANCTION", "CHL"),
    ("Peru seized a fishing boat. It also expelled two diplomats.", "SANCTION", "PER"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actor", TEXT_CASES, ids=[f"text{i}-{c[2]}" for i, c in enumerate(TEXT_CASES)])
def test_text_author(event_inputs, text, typ, actor):
    test_implicit_actor(event_inputs, text, typ, actor)
