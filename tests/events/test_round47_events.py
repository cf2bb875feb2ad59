"""Round 47: a possessive before coordinated nouns names the owner of each of them ("Iran's missile
and drone attack", which the parser reads as "missile" and "attack"), unless it is a pronoun
("our diplomacy and foreign assistance": the speaker's means at large) (``argument_parts._own_actor``);
a year before a hosted meeting ("will host the 2025 Quad Leaders Summit") is no head count of a
sheltered population (``senses.hosted_population``); a hyphenated pair before a meeting noun
("hosted the U.S.-Japan summit") names the meeting's other side (``nominal_parties.hyphen_counterpart``);
"hostages held by Hamas" under "efforts to secure the release of" are held (a reduced relative's state).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-05-01") -> list[tuple]:
    record = pipeline.extract(text, published=published).to_dict()
    return [(e["type"], e.get("actor_country"), e["trigger"]["text"]) for e in record["events"]]


@pytest.mark.parametrize(("sentence", "typ", "country", "trigger"), [
    ("Iran's unprecedented missile and drone attack last week failed.", "ASSAULT", "IRN", "attack"),
    ("The ministers discussed Syria's brazen and unprovoked attack on the convoy.", "ASSAULT", "SYR", "attack"),
    ("Officials met after Russia's rocket and artillery strikes hit the port on Monday.", "ASSAULT", "RUS", "strikes"),
])
def test_a_possessive_owns_each_coordinated_noun(sentence: str, typ: str, country: str, trigger: str) -> None:
    events = _events("Readout\n\n" + sentence)
    assert (typ, country, trigger) in events, events


def test_a_pronoun_possessive_is_no_owner_of_the_next_noun() -> None:
    events = _events("Statement\n\nThe U.S. government is doing everything it can through our diplomacy and "
                     "foreign assistance to protect reporters.")
    assert not any(t == "AID" for t, _, _ in events), events


@pytest.mark.parametrize(("sentence", "country"), [
    ("India will host the 2025 Quad Leaders Summit.", "IND"),
    ("Vietnam will host the 2025 iteration of the ASEAN Regional Forum.", "VNM"),
    ("The United States will host the 2026 G20 Leaders' Summit in Miami.", "USA"),
])
def test_a_year_before_a_hosted_meeting_is_no_head_count(sentence: str, country: str) -> None:
    events = _events("Fact Sheet\n\n" + sentence)
    assert any(t == "AGREE" and c == country for t, c, _ in events), events


@pytest.mark.parametrize("sentence", [
    "Jordan hosts 2,000 refugees from Syria.",
    "Jordan is hosting 1990 Syrian families this winter.",  # a number like a year, counting people
    "France will host the 2024 Summer Olympics in Paris.",  # a sporting event consults no one
    "The United States will host the 2026 FIFA World Cup with Canada and Mexico.",
])
def test_hosting_people_or_a_sporting_event_is_no_meeting(sentence: str) -> None:
    events = _events("Statement\n\n" + sentence)
    assert not any(t in ("AGREE", "CONSULT") for t, _, _ in events), events


@pytest.mark.parametrize(("sentence", "recipient"), [
    ("President Biden hosted the U.S.-Japan summit at Camp David on Friday.", "JPN"),
    ("Secretary Blinken attended the U.S.-India Ministerial Dialogue in New Delhi.", "IND"),
    ("Prime Minister Kishida hosted the Japan-U.S. summit in Tokyo.", "USA"),
])
def test_a_hyphenated_pair_names_the_other_side_of_a_meeting(sentence: str, recipient: str) -> None:
    record = pipeline.extract("Readout\n\n" + sentence, published="2024-05-01").to_dict()
    assert any(e["type"] == "CONSULT" and e.get("recipient_country") == recipient for e in record["events"]), \
        record["events"]


def test_a_meeting_talked_over_gets_no_side_from_its_name() -> None:
    record = pipeline.extract("Readout\n\nPresident Biden discussed the upcoming U.S.-ROK summit with his staff.",
                              published="2024-05-01").to_dict()
    assert not any(e.get("recipient_country") == "KOR" for e in record["events"]), record["events"]


def test_hostages_held_by_a_group_are_held_whatever_the_clause_does_with_them() -> None:
    # the reduced relative tells a state of its noun's referents (``filters.Factuality.factual``)
    events = _events("Readout\n\nThe leaders discussed efforts to secure the release of the remaining hostages "
                     "held by Hamas terrorists.")
    assert any(t == "COERCE" and trig == "held" for t, _, trig in events), events

