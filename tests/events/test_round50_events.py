"""Round 50: in a transcript of two speakers, "your" before a praised or welcomed thing is the other
speaker ("I appreciate your leadership"), as a named possessor is; a greeting said to a guest by name
or title ("Mr. Prime Minister, welcome.") is hosting (PLOVER CONSULT), a greeting to the room is not;
a label shortened to the office ("THE PRESIDENT:") is the speaker of the earlier full label, not the
holder of another presidency named since.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model

_TITLE = "Remarks by President Joe Biden and Prime Minister Jan Novak of Slovakia Before Bilateral Meeting\n\n"


def _events(text: str, published: str = "2024-05-01") -> list[tuple]:
    record = pipeline.extract(text, published=published).to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    return [(e["type"], (entities.get(e.get("actor")) or {}).get("name") or e.get("actor_name"),
             e["trigger"]["text"], (entities.get(e.get("recipient")) or {}).get("name")) for e in record["events"]]


@pytest.mark.parametrize(("turns", "expected"), [
    ("PRESIDENT BIDEN:  Mr. Prime Minister, I commend your courage.",
     ("SUPPORT", "Joe Biden", "commend", "Jan Novak")),
    ("PRESIDENT BIDEN:  We welcome your decision to join the coalition.",
     ("SUPPORT", "Joe Biden", "welcome", "Jan Novak")),
    ("PRIME MINISTER NOVAK:  Mr. President, I appreciate your leadership in support of Ukraine.",
     ("SUPPORT", "Jan Novak", "appreciate", "Joe Biden")),
])
def test_your_is_the_other_speaker(turns: str, expected: tuple) -> None:
    text = _TITLE + "PRESIDENT BIDEN:  Good afternoon.\n\nPRIME MINISTER NOVAK:  Thank you.\n\n" + turns
    assert expected in _events(text), _events(text)


def test_your_in_a_speech_names_no_one() -> None:
    text = ("Remarks by President Biden at a Rally\n\nTHE PRESIDENT:  I appreciate your patience. "
            "We welcome your support for the bill.")
    assert all(recipient is None for _, _, _, recipient in _events(text)), _events(text)


@pytest.mark.parametrize("greeting", [
    "Well, Mr. Prime Minister, welcome.",
    "Welcome, Mr. Prime Minister.",
    "Prime Minister Novak, welcome back.",
    "Mr. Prime Minister, welcome to the White House.",
])
def test_greeting_a_guest_by_name_or_title_is_hosting(greeting: str) -> None:
    text = _TITLE + f"PRESIDENT BIDEN:  {greeting}  It's good to see you.\n\nPRIME MINISTER NOVAK:  Thank you."
    events = _events(text)
    assert ("CONSULT", "Joe Biden", "welcome", "Jan Novak") in [(t, a, g.lower(), r) for t, a, g, r in events], events


@pytest.mark.parametrize("greeting", [
    "Welcome, everybody.",
    "Welcome to the White House.",
    "Well, Mr. President and Mr. Prime Minister, welcome.",  # two guests: no one addressed alone
    "Welcome, Slovakia.",  # a country
    "Mr. Prime Minister, welcome to NATO.",  # an accession
    "Prime Minister Novak, welcome to reality.",  # a taunt
    "You're welcome, Mr. Prime Minister.",  # a reply to thanks
    "Secretary Blinken, welcome back.",  # one's own official
    "Welcome, Mrs. Novak.",  # a guest's spouse
])
def test_greeting_the_room_is_no_event(greeting: str) -> None:
    text = _TITLE + f"PRESIDENT BIDEN:  {greeting}  It's good to see you.\n\nPRIME MINISTER NOVAK:  Thank you."
    assert "welcome" not in [trigger.lower() for _, _, trigger, _ in _events(text)], _events(text)


def test_a_label_shortened_to_the_office_is_the_earlier_speaker() -> None:
    text = (_TITLE + "PRESIDENT BIDEN:  Good afternoon.\n\n"
            "PRIME MINISTER NOVAK:  In 1990 President Havel visited Bratislava.\n\n"
            "THE PRESIDENT:  Yes.\n\n"
            "PRIME MINISTER NOVAK:  Mr. President, I appreciate your leadership in support of Ukraine.")
    events = _events(text)
    assert ("SUPPORT", "Jan Novak", "appreciate", "Joe Biden") in events, events


def _typed(text: str) -> list[tuple]:
    record = pipeline.extract(text, published="2024-05-01", country="USA").to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    return [(e["type"], e.get("actor_name") or (entities.get(e.get("actor")) or {}).get("name"),
             e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Today, I've approved several steps, including the expulsion of several Russian diplomats.",
     ("SANCTION", "Biden", "expulsion")),
    ("The European Union adopted new measures, including the expulsion of Russian diplomats.",
     ("SANCTION", "European Union", "expulsion")),
])
def test_acts_listed_under_steps_taken_are_the_takers(sentence: str, expected: tuple) -> None:
    events = _typed("Remarks by President Biden\n\nTHE PRESIDENT: " + sentence)
    assert expected in events, events


def test_acts_listed_under_steps_discussed_are_not_the_speakers() -> None:
    events = _typed("Remarks by President Biden\n\nTHE PRESIDENT: We discussed several steps, including the "
                    "expulsion of Russian diplomats.")
    assert "Biden" not in [actor for _, actor, trigger in events if trigger == "expulsion"], events


_DINNER = "Remarks by President Biden and President Macron of France at the State Dinner\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mr. President, I appreciate your leadership.", ("SUPPORT", "Biden", "appreciate")),
    ("Mr. President, welcome to the White House.", ("CONSULT", "Biden", "welcome")),
])
def test_an_address_by_title_is_the_one_other_holder(sentence: str, expected: tuple) -> None:
    record = pipeline.extract(_DINNER + "PRESIDENT BIDEN:  " + sentence, published="2022-12-01",
                              country="USA").to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    events = [(e["type"], e.get("actor_name") or entities[e["actor"]]["name"], e["trigger"]["text"],
               (entities.get(e.get("recipient")) or {}).get("name")) for e in record["events"]]
    assert (*expected, "Macron") in events, events


def test_an_address_by_a_title_two_others_hold_names_no_one() -> None:
    text = ("Remarks by President Biden, President Macron and President Yoon\n\n"
            "PRESIDENT BIDEN:  Mr. President, I appreciate your leadership.")
    events = _events(text)
    assert all(recipient is None for _, _, _, recipient in events), events


def test_your_after_a_reporters_question_is_no_one() -> None:
    text = (_TITLE + "PRESIDENT BIDEN:  Good afternoon.\n\nPRIME MINISTER NOVAK:  Thank you.\n\n"
            "Q:  Mr. President, will you send more aid?\n\nPRESIDENT BIDEN:  I appreciate your question. "
            "I reject your premise.")
    events = _events(text)
    assert all(recipient is None for _, _, _, recipient in events), events


def test_a_label_shortened_to_the_office_is_not_the_vice_presidents() -> None:
    text = ("Remarks by Vice President Harris and President Biden\n\n"
            "VICE PRESIDENT HARRIS:  It is my honor to introduce the President of the United States, Joe Biden.\n\n"
            "THE PRESIDENT:  Yesterday I spoke with President Volodymyr Zelenskyy of Ukraine.")
    events = _events(text)
    assert ("CONSULT", "Joe Biden", "spoke", "Volodymyr Zelenskyy") in events, events


def test_gratitude_adjectives_are_still_read() -> None:
    events = _typed("Statement by National Security Advisor Jake Sullivan\n\nWe are grateful to President Duda. "
                    "We are grateful for Prime Minister Kishida's leadership.")
    assert [t for t, _, trigger in events if trigger == "grateful"] == ["SUPPORT", "SUPPORT"], events


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I called it genocide.", "ACCUSE"),
    ("I called President Putin a war criminal.", "ACCUSE"),
    ("Chancellor Scholz called the agreement a historic milestone.", "SUPPORT"),
])
def test_an_unquoted_epithet_after_call_is_a_verbal_act(sentence: str, expected: str) -> None:
    events = _typed("Remarks by President Biden\n\nTHE PRESIDENT: " + sentence)
    assert expected in [t for t, _, trigger in events if trigger == "called"], events


@pytest.mark.parametrize("sentence", [
    "President Macron called President Xi on Tuesday.",  # a phone call
    "We called it a day.",  # no judgement
])
def test_call_without_an_epithet_is_no_verbal_act(sentence: str) -> None:
    events = _typed("Remarks by President Biden\n\nTHE PRESIDENT: " + sentence)
    assert not {"ACCUSE", "SUPPORT"} & {t for t, _, trigger in events if trigger == "called"}, events
