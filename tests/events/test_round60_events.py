"""Round 60: support for an armed body, naval formations, forces moved or directed.

- Support given to a listed armed group, an armed force's proper name or a country's military is
  material backing, PLOVER AID, not words of approval (events/war_support.py): "Iran continues to
  support Hamas", "we are continuing to support Israel's military", "has given support to the Israel
  Defense Forces". Support for a force's aims, for troops or police with no country named, for a
  task force, or for a country stays SUPPORT (after an independent review's traps).
- A force word before a formation's head ("two carrier strike groups", "a naval task force")
  names the formation (events/verbparts.py ``FORMATION_HEADS``), and an act word before one
  ("strike") is only its kind: "sent two carrier strike groups to X" is a deployment, not a strike.
- "move" and "reposition" with a military force as object (class moved_force) are MOBILIZE
  (event_triggers.json); moving a meeting, a headquarters, an airline's planes or a bank's reserve
  assets is no act, and "directed the military to halt strikes" is an order, not a deployment.
- A sanctions designation of a named party (events/designations.py): "as" a listed kind of party
  ("as a Foreign Terrorist Organization", "as a military end user") or, with no "as", by a sanctions
  authority itself ("the Department of the Treasury designated X"); the named party is the
  recipient. "as a Major Non-NATO Ally", "as having failed demonstrably", "as an act of domestic
  terrorism", a Chamber of Commerce's or a Treasury's other designations are no sanction.
- Thanks said in joint remarks to a guest by title alone ("Thank you very much, Mr. President",
  "Thank you, Madam Vice President") go to the one holder of that title the headline bills who
  serves another government (events/thanked_guests.py); to one's own side they stay courtesy.
- A consultation with a frequency told as contact kept up ("has spoken regularly with", "continue to
  speak every day with", "is in constant contact with") is no habit (events/habitual.py); a simple
  present routine and "every time ..." still are (tests/events/test_habitual.py).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from .rows import event_rows as _events


def _typed(text: str) -> set[tuple]:
    return {(r[0], r[1], r[3]) for r in _events("Statement\n\n" + text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Syria continues to support Hamas and Hezbollah.", {("AID", "Syria", "Hamas"), ("AID", "Syria", "Hezbollah")}),
    ("The United States is continuing to support Israel's military.", {("AID", "United States", "Israel")}),
    ("Canada has given support to the Israel Defense Forces.", {("AID", "Canada", "Israel")}),
    ("Iran supports the Houthis in Yemen.", {("AID", "Iran", "Houthis")}),
    ("China is providing support to the Russian military.", {("AID", "China", "Russian")}),
    ("Norway supports Ukraine's armed forces.", {("AID", "Norway", "Ukraine")}),
])
def test_support_for_an_armed_body_is_aid(text, expected):
    assert expected <= _typed(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "kept"), [
    ("Norway supports Ukraine and its people.", ("SUPPORT", "Norway", "Ukraine")),
    ("Norway supports the peace talks between Colombia and the rebels.", None),
])
def test_support_for_a_country_or_an_aim_stays_support(text, kept):
    rows = _typed(text)
    assert not any(t == "AID" for t, _, _ in rows)
    if kept is not None:
        assert kept in rows


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "We support Israel's legitimate military objectives.",
    "Norway supports its own troops in Latvia and our troops too.",
    "The senator said Americans support the troops regardless of their view of the war.",
    "Israel fully supports its soldiers and commanders.",
    "Rishi Sunak expressed support for the police after the riots.",
    "Germany supports the new EU rapid reaction force.",
])
def test_support_for_aims_or_own_forces_is_no_aid(text):
    assert not any(t == "AID" for t, _, _ in _typed(text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor"), [
    ("Secretary Ana Roe sent two carrier strike groups to the eastern Mediterranean.", "Ana Roe"),
    ("The Pentagon sent a carrier strike group to the region.", "Pentagon"),
    ("The United Kingdom sent a strike force to the Gulf.", "United Kingdom"),
    ("The Navy repositioned two destroyers to the eastern Mediterranean.", "Navy"),
    ("The United States moved military assets into the region.", "United States"),
    ("Belarus moved troops to the border with Lithuania.", "Belarus"),
    ("Venezuelan military assets have been moved along the border.", "Venezuelan"),
])
def test_forces_sent_moved_or_directed_are_mobilize(text, actor):
    rows = _typed(text)
    assert any(t == "MOBILIZE" and a == actor for t, a, _ in rows), rows
    assert not any(t == "ASSAULT" for t, _, _ in rows)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In response, I directed this military action to protect United States personnel.",
    "The company moved its headquarters to Texas.",
    "We moved the meeting to Tuesday.",
    "Secretary Ana Roe directed the agencies to review the program.",
    "President Ana Roe directed the military to halt strikes on the energy grid.",
    "Delta moved its aircraft to Atlanta to avoid the hurricane.",
    "The central bank moved its reserve assets out of dollars.",
    "Boeing moved its defense division to Arlington, Virginia.",
])
def test_moving_or_directing_no_force_is_no_mobilize(text):
    assert not any(t == "MOBILIZE" for t, _, _ in _typed(text))


@pytest.mark.model
def test_a_directed_withdrawal_keeps_its_noun():
    rows = _typed("On April 14, 2021, I directed the withdrawal of United States forces from Afghanistan.")
    assert any(t == "RETREAT" for t, _, _ in rows) and not any(t == "MOBILIZE" for t, _, _ in rows)


@pytest.mark.model
def test_a_missile_strike_is_still_a_strike():
    assert ("ASSAULT", "Russia", "Kyiv") in _typed("Russia launched a missile strike on Kyiv.")
    assert not any(t == "AGREE" for t, _, _ in _typed("Russia launched a strike group of Shahed drones at Kyiv overnight."))


@pytest.mark.model
@pytest.mark.parametrize(("text", "recipient"), [
    ("The Department of the Treasury designated Hezbollah.", "Hezbollah"),
    ("The Department of the Treasury will be designating Wagner as a transnational criminal organization.", "Wagner"),
    ("The Department of Commerce designated Wagner as a military end user.", "Wagner"),
    ("Secretary Ana Roe designated Hezbollah as a Foreign Terrorist Organization.", "Hezbollah"),
    ("The State Department designated Cuba as a State Sponsor of Terrorism.", "Cuba"),
])
def test_a_named_party_designated_is_sanctioned(text, recipient):
    assert any(t == "SANCTION" and r == recipient for t, _, r in _typed(text)), _typed(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "President Ana Roe will designate Qatar as a major non-NATO ally.",
    "President Ana Roe hereby designates Bolivia and Burma as having failed demonstrably.",
    "Secretary Ana Roe designated Jane Moreno as the coordinator.",
    "The FBI designated the shooting in Jacksonville as an act of domestic terrorism.",
    "Hamas designated Israel as a terrorist state in its charter.",
    "The Greater Boston Chamber of Commerce designated Jane Porter as its Citizen of the Year.",
    "The Treasury designated JPMorgan Chase as a depositary for federal funds.",
    "The Commerce Department designated Pittsburgh as a regional technology hub.",
])
def test_other_designations_are_no_sanction(text):
    assert not any(t == "SANCTION" for t, _, _ in _typed(text))


def _speech(title: str, text: str) -> set[tuple]:
    return {(r[0], r[1], r[3]) for r in _events(title + "\n\n" + text)}


_JOINT = "Remarks by President Biden and President Macron of France in Joint Press Conference"


@pytest.mark.model
@pytest.mark.parametrize(("title", "text", "expected"), [
    (_JOINT, "PRESIDENT BIDEN: Thank you very much, Mr. President. It is good to be in Paris.", ("SUPPORT", "Biden", "Macron")),
    (_JOINT, "PRESIDENT MACRON: Thank you, Mr. President, for your friendship.", ("SUPPORT", "Macron", "Biden")),
    ("Remarks by Vice President Harris and President Ruto of Kenya", "PRESIDENT RUTO: Thank you, Madam Vice President.",
     ("SUPPORT", "Ruto", "Harris")),
])
def test_thanks_to_a_titled_guest(title, text, expected):
    assert expected in _speech(title, text)


@pytest.mark.model
@pytest.mark.parametrize(("title", "text"), [
    ("Remarks by President Biden at a Campaign Event", "THE VICE PRESIDENT: Thank you, Mr. President. It is great to be here in Ohio."),
    (_JOINT, "PRESIDENT BIDEN: Thank you all. Thank you, all of you, for coming."),
])
def test_thanks_to_ones_own_side_or_the_room_are_courtesy(title, text):
    assert not any(t == "SUPPORT" for t, _, _ in _speech(title, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("President Ana Roe has spoken regularly with President Zelenskyy.", ("CONSULT", "Ana Roe", "Zelenskyy")),
    ("Secretary Ana Roe is in constant contact with Ukrainian officials.", ("CONSULT", "Ana Roe", "UKR")),
    ("Secretary Ana Roe continues to speak every day with her Israeli counterparts.", ("CONSULT", "Ana Roe", "ISR")),
])
def test_contact_kept_up_is_a_consultation(text, expected):
    assert expected in _typed(text), _typed(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Every time I land in Wisconsin, Governor Tom Hale meets me at the airport.",
    "Every morning, President Ana Roe meets with her chief of staff, Tom Hale.",
])
def test_routines_stay_habits(text):
    assert not any(t == "CONSULT" for t, _, _ in _typed(text))
