"""Round 56: events the stage missed.

* "looks forward to welcoming X to the White House on Friday, May 12 to deepen ...": a date that
  starts in the act's clause is its own even where the parser hangs its tail on "looks"
  (events/context.Context.date_in); a named party looked forward to working with or welcoming is a
  plan (AGREE) without a date too; "in the near future" is still a wish (events/extract.py).
* "the U.S. operation against the ISIS leader": an operation against someone is a use of force
  (data/event_triggers.json noun ``operation``, only with "against").
* "Bahrain joined the Artemis Accords": joining a treaty, accord or pledge is agreeing to it
  (data/event_triggers.json class ``joined_instrument``).
* "President Biden Statement on ...": a headline naming its issuer before the word says who "I"
  is, as "Statement by President Biden on ..." does (events/text.py).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from .rows import event_rows as _events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "recipient"), [
    ("President Biden looks forward to welcoming President Ana Roe of Spain to the White House on Friday, May 12 "
     "to further deepen the historic ties between the United States and Spain.", "ESP"),
    ("President Biden looks forward to welcoming Prime Minister Jan Doe of Norway to Washington for the summit.",
     "NOR"),
    ("President Biden looks forward to working with Prime Minister Kiyo Sato of Japan.", "JPN"),
])
def test_a_party_looked_forward_to_is_a_plan(text, recipient):
    events = _events(text)
    assert [(e[0], e[2], e[4]) for e in events if e[-1] in ("welcoming", "working")] == [("AGREE", "USA", recipient)], \
        events


def test_a_visit_in_the_near_future_is_a_wish():
    events = _events("President Biden looks forward to hosting President Luis Vega of Chile in the near future.")
    assert not [e for e in events if e[-1] == "hosting"], events


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The President welcomed the recent U.S. operation against the ISIS leader in northwestern Syria.", "USA", "ISIS"),
    ("Israel launched an operation against Hamas in Gaza on Friday.", "ISR", "Hamas"),
])
def test_an_operation_against_someone_is_an_assault(text, actor, recipient):
    events = _events(text)
    assert [(e[2], e[3]) for e in events if e[0] == "ASSAULT"] == [(actor, recipient)], events


@pytest.mark.parametrize("text", [
    "The peacekeeping operation in Mali ended last year.",
    "The hospital's operations expanded in the region.",
    # after the review: an operation against an activity or an unnamed group names no party attacked
    "The French Navy's operations against piracy off Somalia continued.",
    "Colombian police launched an operation against drug traffickers in Cali.",
])
def test_an_operation_against_no_one_is_no_assault(text):
    assert not [e for e in _events(text) if e[0] == "ASSAULT"], _events(text)


@pytest.mark.parametrize("text", [
    "Bahrain joined the Artemis Accords on Tuesday.",
    "The Vice President welcomed Bahrain joining the Artemis Accords.",
    "Nigeria joined the Global Methane Pledge last year.",
])
def test_joining_an_instrument_is_agreeing_to_it(text):
    events = _events(text)
    assert [(e[0], e[2]) for e in events if e[-1] in ("joined", "joining")] == [("AGREE", "BHR" if "Bahrain" in text
                                                                               else "NGA")], events


def test_joining_the_army_is_no_agreement():
    assert not [e for e in _events("He joined the Army in 1990 and served in Iraq.") if e[-1] == "joined"]


def test_an_issuer_first_statement_headline_says_who_i_is():
    text = ("President Biden Statement on the Truce in Ruritania\n\n"
            "I am grateful for the leadership role of Saudi Arabia and Oman in bringing this initiative to "
            "fruition.")
    support = [e for e in _events(text) if e[0] == "SUPPORT"]
    assert sorted((e[1], e[4]) for e in support) == [("Biden", "OMN"), ("Biden", "SAU")], support


_TRANSCRIPT = ("Remarks by President Biden and President Tomas Rivas of Angola Before Bilateral Meeting\n\n"
               "PRESIDENT RIVAS:  We welcome you to our capital.\n\n"
               "PRESIDENT BIDEN:  {}")


@pytest.mark.parametrize("said", [
    "Mr. President, thank you very much for your hospitality.",
    "And thank you for your position on the war against Ukraine.",
    "Thank you, Mr. President, for hosting this summit.",
])
def test_thanks_for_a_deed_in_a_turn_are_the_speakers_support(said):
    events = _events(_TRANSCRIPT.format(said))
    assert [(e[1], e[3]) for e in events if e[0] == "SUPPORT" and e[-1].lower() == "thank"] == [("Biden", "Tomas Rivas")], \
        events


@pytest.mark.parametrize("said", [
    "Thank you very much.",
    "Mr. President, thank you for being here.",
    "Thank you for your kind words about our two countries.",
    "So, thank you for that.",
    "He wants to thank you for your hospitality.",
    # after the review: thanks addressed to someone else, to the room, or for a chance given
    "Thank you for the work you have done on the bill, Senator Whitfield.",
    "Folks, thank you for your patience.",
    "Thank you for your service, and thank you to your families.",
    "Thank you for the opportunity to speak.",
    "Thank you for receiving me.",
])
def test_greetings_and_others_thanks_are_no_speakers_support(said):
    events = _events(_TRANSCRIPT.format(said))
    assert not [e for e in events if e[0] == "SUPPORT" and e[-1].lower() == "thank" and e[1] == "Biden"], events


def test_an_undated_group_of_a_party_looked_forward_to_is_no_plan():
    events = _events("President Biden looks forward to welcoming members of Congress to the Oval Office.")
    assert not [e for e in events if e[-1] == "welcoming"], events


@pytest.mark.parametrize("text", [
    "The United States strongly condemns the DPRK's launch using ballistic missile technology.",
    "The DPRK conducted a launch using ballistic missile technology on Tuesday.",
])
def test_a_launch_using_missile_technology_is_an_assault(text):
    events = _events(text)
    assert [(e[2], e[-1]) for e in events if e[0] == "ASSAULT"] == [("PRK", "launch")], events


def test_a_launch_using_no_weapon_is_no_assault():
    assert not [e for e in _events("The agency announced a launch using new software for its website.") if e[0] == "ASSAULT"]


@pytest.mark.parametrize(("text", "recipients"), [
    ("The United States imposed severe costs on Russia last year.", ["RUS"]),
    ("Today, the United States is imposing additional economic costs on Russia and Belarus.", ["BLR", "RUS"]),
])
def test_costs_imposed_on_a_party_are_a_sanction(text, recipients):
    events = _events(text)
    assert sorted(e[4] for e in events if e[0] == "SANCTION") == recipients, events


@pytest.mark.parametrize("text", [
    "The United States will impose severe costs on Russia.",
    "The United States stands ready to impose severe costs on Russia if it invades.",
])
def test_costs_promised_stay_a_threat(text):
    events = _events(text)
    assert [e[0] for e in events] == ["THREATEN"], events


def test_costs_on_ones_own_people_are_no_sanction():
    assert not [e for e in _events("The new tax imposed costs on American families.") if e[0] == "SANCTION"]
