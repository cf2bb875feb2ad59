"""Round 58: events the stage missed.

* "The Israeli military carried out the operation that killed X": the verb of killing has the
  operation as its subject, and whoever conducted the operation did the killing
  (events/forceowners.py :func:`operation_conductor`).
* "The United States, Japan, and the ROK decided to establish a working group": a decision two
  or more parties take together is their agreement (events/joint_decisions.py); one party's
  decision, or "we"/"they" in speech, is not.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from .rows import event_rows as _events


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Israeli military carried out the operation that killed Yahya Sinwar in Rafah on Wednesday.",
     [("ASSAULT", "ISR")]),
    ("We thank the brave Israeli soldiers who carried out the operation that killed Sinwar.", [("ASSAULT", "ISR")]),
    ("Nigerian troops conducted a mission that killed 40 militants in Borno State last week.", [("ASSAULT", "NGA")]),
    ("The Pakistani army staged an operation that killed 20 terrorists in North Waziristan on Monday.",
     [("ASSAULT", "PAK")]),  # ("staged" may be lemmatised "stag")
    ("Ukrainian forces undertook a mission that killed dozens of Russian soldiers near Bakhmut.", [("ASSAULT", "UKR")]),
    ("An operation conducted by Israeli forces killed 10 fighters in Jenin.", [("ASSAULT", "ISR")]),
])
def test_whoever_conducted_an_operation_did_its_killing(text, expected):
    events = _events(text)
    assert [(e[0], e[2]) for e in events if e[0] == "ASSAULT"] == expected, events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The operation killed approximately 10 fighters, the spokesman said.",  # no one said to conduct it
    "The new coach carried out a mission that killed the team's momentum.",  # no people killed
])
def test_an_operation_no_one_conducted_has_no_actor(text):
    assert [e for e in _events(text) if e[0] == "ASSAULT" and e[2] is not None] == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "actors"), [
    ("The United States, Japan, and the Republic of Korea decided on a multi-year trilateral framework"
     " for maritime security.", {"USA"}),
    ("President Biden and Prime Minister Kishida decided to meet in person at least annually.", {"USA"}),
])
def test_a_decision_taken_together_is_an_agreement(text, actors):
    events = _events(text)
    assert {e[2] for e in events if e[0] == "AGREE" and e[5].startswith("decid")} == actors, events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "After an inspection, Airbus decided to remove both winglets and continue the flight.",
    "Mr. Lopez decided to cross the line in February.",
    "We decided to buy new fighter jets for our army.",
    "The United States and Japan have not decided whether to extend the agreement.",
])
def test_a_decision_of_one_party_or_of_we_is_no_agreement(text):
    assert [e for e in _events(text) if e[5].startswith("decid")] == []


@pytest.mark.model
def test_a_decided_act_of_force_stays_that_act():
    events = _events("Instead, Mr. Lopez and his representatives decided to use violent repression against protesters.")
    assert [e[0] for e in events if e[5].startswith("decid")] == [], events


@pytest.mark.model
@pytest.mark.parametrize(("text", "kept"), [
    ("The United States and Japan decided to send humanitarian aid to Sudan.", "AID"),
    ("The United States and Japan decided to withdraw their troops from the region.", "RETREAT"),
    ("The United States and Japan decided to impose sanctions on Ruritania for its missile tests.", "SANCTION"),
])
def test_a_decided_act_the_lexicon_codes_stays_that_act(text, kept):
    events = _events(text)
    assert kept in {e[0] for e in events} and not [e for e in events if e[5].startswith("decid")], events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Brazil, Argentina and Chile decided to use force against smugglers on the border.",
    "The United States and Japan decided not to hold a press conference.",
    "The United States, Japan and Korea will decide on the framework next month.",
    "The United States, Japan and Korea decided that the missile launches are a threat.",
])
def test_no_agreement_in_force_negation_a_decision_to_come_or_a_judgement(text):
    assert [e for e in _events(text) if e[5].startswith("decid")] == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Israeli military did not carry out the operation that killed Hamid Taleb, a spokesman said.",
    "The Israeli military will carry out an operation that kills the militants, the minister warned.",
    "Japanese engineers carried out a mission that killed 12 people in an accident.",
])
def test_no_conductor_for_a_denied_future_or_accidental_operation(text):
    assert [e for e in _events(text) if e[0] == "ASSAULT" and e[2] is not None] == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The United States reversed its withdrawal from the Paris Agreement.", [("CONCEDE", "USA")]),
    ("Russia rescinded its suspension of the treaty.", [("CONCEDE", "RUS")]),
    ("The court reversed the ruling.", []),
    ("The Supreme Court of Ghana reversed the ban on the opposition party.", []),  # another's ban
    ("Russia reversed its decision to join the treaty, the Kremlin said.", []),
    ("The President revoked the executive order on federal hiring.", []),
])
def test_an_act_reversed_is_retracted(text, expected):
    events = _events(text)
    assert [(e[0], e[2]) for e in events] == expected, events


@pytest.mark.model
def test_a_readout_names_an_official_by_a_hyphenated_title():
    events = _events("Readout of the Vice President's Call with WHO Director-General Dr. Ana Ruiz\n\n"
                     "Vice President Harris spoke today with WHO Director-General Dr. Ana Ruiz. The"
                     " Director-General thanked the Vice President for the call.")
    assert ("SUPPORT", "Ana Ruiz") in {(e[0], e[1]) for e in events}, events
