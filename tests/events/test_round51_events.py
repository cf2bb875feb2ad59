"""Round 51: "affirmed unwavering U.S. support for X", where the parser reads the attributive
participle as the verb's complement and the act noun as its object (events/participle_objects.py);
"President A and Vice President B offered ...", where it gives the verb two subjects (the first
name heads the coordination: events/namelists.py).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-05-01") -> list[tuple]:
    record = pipeline.extract(text, published=published, country="USA").to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    return [(e["type"], (entities.get(e.get("actor")) or {}).get("name") or e.get("actor_name"),
             e["trigger"]["text"], (entities.get(e.get("recipient")) or {}).get("name") or e.get("recipient_name"))
            for e in record["events"]]


@pytest.mark.parametrize(("sentence", "recipient"), [
    ("The President confirmed unwavering U.S. support for Latvia.", "Latvia"),
    ("The President reaffirmed enduring U.S. support for Latvia as a partner.", "Latvia"),
    ("The President thanked Prime Minister Karins for his friendship, and affirmed unwavering U.S. support "
     "for Latvia.", "Latvia"),
])
def test_stance_verb_before_participle_and_act_noun(sentence: str, recipient: str) -> None:
    text = "President Biden met Prime Minister Karins of Latvia today. " + sentence
    events = _events(text)
    assert ("SUPPORT", "Biden", "support", recipient) in events, events


@pytest.mark.parametrize("sentence", [
    "The President kept growing concerns to himself.",       # an attributive participle, no stance verb
    "The President began reviewing U.S. support for Latvia.",  # a real complement: reviewing is the act
])
def test_no_support_without_a_stated_stance(sentence: str) -> None:
    events = _events("President Biden met Prime Minister Karins of Latvia today. " + sentence)
    assert not any(t == "SUPPORT" and trig == "support" for t, _, trig, _ in events), events


@pytest.mark.parametrize(("sentence", "actor"), [
    ("President Biden and Vice President Harris offered to host the summit next year.", "Biden"),
    ("Secretary Blinken and Deputy Secretary Campbell offered to host the talks in Washington.", "Blinken"),
])
def test_first_of_two_titled_subjects_heads_the_pair(sentence: str, actor: str) -> None:
    events = _events(sentence)
    assert [a for t, a, _, _ in events if t == "AGREE"] == [actor], events


@pytest.mark.parametrize("title", [
    "United States – Latvia Framework for Securing the Supply of Critical Minerals",
    "U.S.-Latvia Technology Prosperity Deal",
    "Memorandum of Understanding between the United States of America and Latvia on Critical Minerals",
])
@pytest.mark.parametrize("subject", ["The Participants", "The two countries", "Both sides"])
def test_plural_reference_with_no_pair_before_is_the_titles_pair(title: str, subject: str) -> None:
    events = _events(f"{title}\n\n{subject} intend to work together to map mineral resources.\n")
    assert [(t, a in ("USA", "United States")) for t, a, _, _ in events] == [("AGREE", True)], events


@pytest.mark.parametrize(("title", "body"), [
    # a pronoun is not read from the title
    ("U.S.-Latvia Technology Prosperity Deal", "They intend to work together to map mineral resources."),
    # two countries not joined as parties
    ("Statement on Russia's War in Ukraine", "The two countries intend to work together on reconstruction."),
])
def test_no_title_pair(title: str, body: str) -> None:
    events = _events(f"{title}\n\n{body}\n")
    assert not any(a in ("USA", "RUS", "United States", "Russia") for _, a, _, _ in events), events


def test_a_pair_named_in_the_body_comes_first() -> None:
    text = ("U.S.-Latvia Technology Prosperity Deal\n\nPresident Biden met President Macron of France today. "
            "The two leaders agreed to work together on energy.\n")
    events = _events(text)
    assert ("AGREE", "Biden") in [(t, a) for t, a, _, _ in events], events


@pytest.mark.parametrize(("title", "body"), [
    # the review's cases: a reference its own phrase places elsewhere
    ("Biden Signs Aid Package for Ukraine and Israel", "Both sides of the aisle have pledged to fund the package."),
    ("U.S.-Latvia Technology Prosperity Deal", "Both sides in Congress have agreed to work together on the bill."),
    # two countries a title is about or gives to, not its parties
    ("Statement on Israel and Ukraine Supplemental Funding", "Both sides have agreed to work together on the package."),
    # three parties: no pair
    ("Joint Statement of the United States, Japan and the Republic of Korea",
     "The Participants intend to work together on maritime security."),
    ("Japan-Philippines-United States Leaders' Joint Vision Statement",
     "The Participants intend to work together on maritime security."),
])
def test_title_pair_only_for_a_title_naming_two_parties(title: str, body: str) -> None:
    events = _events(f"{title}\n\n{body}\n")
    assert not any(a in ("UKR", "ISR", "JPN", "USA", "Ukraine", "Israel", "Japan", "United States")
                   for _, a, _, _ in events), events


@pytest.mark.parametrize("sentence", [
    "They called on the Houthis to cease their attacks on shipping.",
    "The leaders urged the militias to end their attacks on civilians.",
])
def test_their_in_an_object_controlled_infinitive_is_the_object(sentence: str) -> None:
    """"called on the Houthis to cease their attacks": the attacks are the Houthis', not the callers'."""
    events = _events("President Biden spoke with Emir Tamim of Qatar today. " + sentence)
    assert not any(t == "ASSAULT" and a in ("Biden", "Tamim") for t, a, _, _ in events), events


def test_their_after_a_subject_control_verb_is_still_the_subject() -> None:
    events = _events("President Biden spoke with Emir Tamim of Qatar today. "
                     "The two leaders pledged to continue their support for Ukraine.")
    # ("continue" is a light verb since round 59: the pledged support is one promise, AGREE, by the subject)
    assert any(t in ("SUPPORT", "AGREE") and a == "Biden" and r == "Ukraine" for t, a, _, r in events), events
