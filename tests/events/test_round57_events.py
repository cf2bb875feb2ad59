"""Round 57: events the stage missed.

* "USAID intends to contribute $25 million to the Facility": aid or money planned ("plans to",
  "intends to") is a promise whoever receives it, as "will provide" is (events/intended_acts.py).
* "we eliminated the leader of al-Qaeda": eliminating fighters or a group's leader is killing them
  (data/event_triggers.json class ``killed_combatant``); eliminating tariffs eases them, an
  obstacle or a post eliminated is no attack.
* "working closely with the IAEA", "with the Government of the Republic of Yemen": an
  international organisation, and a body the text calls a state's government, are states'
  partners (events/triggers.py); a foundation or a firm is not.
* "United States Armed Forces are deployed to X": a state's armed services named as one body are
  the state's forces (events/forceowners.py; events/titles.institution_country).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.events.titles import institution_country

from .rows import event_rows as _events


@pytest.mark.parametrize(("name", "code"), [
    ("United States Armed Forces", "USA"), ("the armed forces of Ukraine", "UKR"), ("Sudanese Armed Forces", "SDN"),
    ("Indian Navy", "IND"), ("Government of the Republic of Yemen", "YEM"), ("Kenya's military", "KEN"),
    ("Salvation Army", None), ("Irish Republican Army", None), ("Free Syrian Army", None), ("Army", None),
])
def test_a_states_armed_services_stand_for_it(name, code):
    assert institution_country(name) == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor"), [
    ("USAID intends to contribute $25 million to the Facility.", "USAID"),
    ("The United States intends to provide $1.5 million to support the bank's efforts.", "USA"),
    ("Mexico plans to provide humanitarian aid.", "MEX"),
])
def test_planned_aid_is_a_promise(text, actor):
    events = _events(text)
    assert [(e[0], e[1] if e[2] is None else e[2]) for e in events] == [("AGREE", actor)], events


@pytest.mark.model
def test_a_plan_with_no_one_named_stays_an_aim():
    assert _events("The ministry plans to keep speaking with leaders of both parties.") == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Last month, in Kabul, the United States eliminated the leader of al-Qaeda.", [("ASSAULT", "USA")]),
    ("The Nigerian army eliminated 40 terrorists in the northeast on Sunday.", [("ASSAULT", "NGA")]),
    ("Canada eliminated tariffs on American steel on Monday.", [("CONCEDE", "CAN")]),
    ("The reform eliminated the chief obstacle to growth.", []),
])
def test_eliminating_fighters_is_an_attack(text, expected):
    events = _events(text)
    assert [(e[0], e[2]) for e in events] == expected, events


@pytest.mark.model
@pytest.mark.parametrize(("text", "recipient"), [
    ("The United States is working closely with the International Atomic Energy Agency on safeguards.", "IAEA"),
    ("The United States is also working with the Inter-American Development Bank to establish a new fund.", "IDB"),
    ("The United States military continues to work closely with the Government of the Republic of Yemen.",
     "Government of the Republic of Yemen"),
])
def test_an_international_body_or_a_government_is_a_partner(text, recipient):
    events = _events(text)
    assert [(e[0], e[2], e[3]) for e in events] == [("COOPERATE", "USA", recipient)], events


@pytest.mark.model
def test_a_foundation_is_no_states_partner():
    assert _events("Acme Corp worked with the Ford Foundation on the project.") == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor"), [
    ("United States Armed Forces are deployed to the Kingdom of Saudi Arabia to protect United States interests.",
     "USA"),
    ("The Sudanese Armed Forces were deployed to Khartoum on Monday.", "SDN"),
])
def test_armed_services_named_as_a_body_are_the_states_forces(text, actor):
    events = _events(text)
    assert [(e[0], e[2]) for e in events] == [("MOBILIZE", actor)], events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "My administration has brought home dozens of Americans who were wrongfully detained or held hostage abroad.",
    "Today we remember the other Americans that are being held hostage and wrongfully detained in Iran.",
])
def test_a_participle_sharing_a_passive_is_not_done_by_its_patient(text):
    events = _events(text)
    assert not [e for e in events if e[1] == "Americans"], events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # (the review's cases) a post abolished, an official removed; a career step; a plan another fears
    "The ministry eliminated the post of deputy chief of staff in a reorganization.",
    "The Army eliminated the head of its recruiting command after the scandal, reassigning him to Korea.",
    "Mr. Kofi Dane worked with the Government of Ghana as an advisor from 2010 to 2015.",
    "Dr. Omar Said worked with NATO as a civilian analyst for six years.",
    "Ms. Ana Ruiz previously worked with the World Health Organization in Geneva as a consultant.",
    "Ms. Ruel worked with the United Nations Development Programme in Liberia from 2008 to 2012.",
    "Ukraine fears that Russia plans to provide drones to Iran-backed militias.",
])
def test_no_attack_job_or_reported_plan(text):
    assert _events(text) == []
