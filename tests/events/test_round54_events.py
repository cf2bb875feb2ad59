"""Round 54: events the stage missed.

* A transcript's label with the first word of a two-word surname ("PRESIDENT VARELA:" for
  "Tomás Varela Mora") names that speaker, so "you" in the other's turn is him and "I want
  to thank you for deepening our security cooperation" is SUPPORT between two governments; a
  later "THE PRESIDENT:" is the president labelled first (events/turns.py).
* "will stay in touch with X", "keep in contact with X": consultation to come, as "remain in
  contact" (data/event_triggers.json).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from .rows import event_rows as _events

pytestmark = pytest.mark.model


_TRANSCRIPT = """Remarks by President Biden and President Tomás Varela Mora of Costa Rica Before Bilateral Meeting

Oval Office

PRESIDENT BIDEN:  Mr. President, it is great to see you again.

I want to thank you for deepening our security cooperation.

PRESIDENT VARELA:  Thank you very much, Mr. President.

Q    Mr. President, what about the storm in Florida?

THE PRESIDENT:  I spoke with the governor last night.
"""


def test_a_label_with_the_first_of_two_surnames_names_the_speaker() -> None:
    events = _events(_TRANSCRIPT)
    assert ("SUPPORT", "Biden", "USA", "Tomás Varela Mora", "CRI", "thank") in events, events
    spoke = [e for e in events if e[-1] == "spoke"]
    assert spoke and all(e[1] == "Biden" for e in spoke), spoke


@pytest.mark.parametrize(("text", "kind", "recipient"), [
    ("We will stay in touch with our Israeli counterparts throughout the negotiations.", "AGREE", "ISR"),
    ("Sullivan stayed in touch with his Egyptian counterpart throughout the week.", "CONSULT", "EGY"),
    ("Secretary Blinken will keep in contact with the Qatari mediators.", "AGREE", "QAT"),
])
def test_staying_in_touch_is_contact(text, kind, recipient) -> None:
    events = _events(text, "2024-04-04")
    assert any(e[0] == kind and e[4] == recipient for e in events), events


@pytest.mark.parametrize(("text", "kind", "recipients"), [
    ("We spoke with both the Israelis and Palestinians on the issue on this trip.", "CONSULT", {"ISR", "PSE"}),
    ("I want to thank the Egyptians and the Qataris for their mediation.", "SUPPORT", {"EGY", "QAT"}),
])
def test_each_people_of_a_coordinated_object_is_a_party(text, kind, recipients) -> None:
    events = _events(text, "2022-07-15")
    assert {e[4] for e in events if e[0] == kind} == recipients, events


@pytest.mark.parametrize("text", [
    "We are grateful to both the Israelis and Lebanese government in working tirelessly.",
    "Airbus has also inked recent deals with the Royal Australian Air Force, the United Arab Emirates and Saudi Arabia.",
])
def test_a_peoples_adjective_lists_no_peoples(text) -> None:
    events = _events(text, "2022-07-15")
    assert not {"LBN", "ARE", "SAU"} & {e[4] for e in events}, events


@pytest.mark.parametrize(("text", "kept"), [
    ("Since my first day, I have had no higher priority than seeking the release of Evan and all Americans "
     "wrongfully detained and held hostage abroad.", set()),
    ("Russia invaded Ukraine and attacked civilians in Kharkiv.", {"invaded", "attacked"}),
    ("Russian forces shelled the villages and killed dozens of civilians.", {"shelled", "killed"}),
])
def test_a_participle_after_its_noun_is_no_act_of_the_subject(text, kept) -> None:
    events = _events(text, "2024-07-19")
    assert {e[-1] for e in events if e[0] in ("COERCE", "ASSAULT")} == kept, events


def test_a_party_or_faith_is_no_people_of_a_country() -> None:
    # the review's cases: a people counts only when it maps to a country
    events = _events("The President spoke with Democrats and Republicans about the budget.", "2023-05-01")
    events += _events("Pope Francis met with Christians and Muslims in Baghdad.", "2023-05-01")
    assert not any(e[0] == "CONSULT" and e[3] in ("Republicans", "Muslims") for e in events), events


_HOST_FIRST = """Remarks by President Biden and President Amadou Keita of Senegal in Joint Press Conference

Presidential Palace, Dakar

PRESIDENT KEITA:  Welcome to Dakar, Mr. President.

PRESIDENT BIDEN:  Thank you, Mr. President.

Q    Mr. President, will you speak with the Ghanaians?

THE PRESIDENT:  We will stay in touch with our partners in Ghana.
"""


def test_the_president_label_is_the_leader_the_title_names_first() -> None:
    # the review's case: the host speaks first, the transcript's publisher names its own leader first
    stay = [e for e in _events(_HOST_FIRST, "2024-05-01") if e[-1] == "stay"]
    assert stay and all(e[1] == "Biden" for e in stay), stay


_OPENINGS = """Remarks by President Biden and President Lee Jae-sung of Korea Before Bilateral Meeting

Oval Office

PRESIDENT BIDEN:  Mr. President, welcome.  I'd like to begin by thanking you for your leadership on climate.

PRESIDENT LEE:  Allow me, Mr. President, to thank you for your support of our people.
"""


def test_opening_and_leave_asking_thanks_are_the_speakers_act() -> None:
    events = _events(_OPENINGS, "2023-05-01")
    support = {(e[2], e[4]) for e in events if e[0] == "SUPPORT"}
    assert {("USA", "KOR"), ("KOR", "USA")} <= support, events


@pytest.mark.parametrize("text", [
    "They allow me to thank the workers every year.",
    "Let me start by thanking my staff for their hard work.",
])
def test_thanks_to_no_foreign_party_stay_courtesy(text) -> None:
    events = _events(text, "2023-05-01")
    assert not any(e[0] == "SUPPORT" and e[4] not in (None, "USA") for e in events), events
