"""Round 49: support with a word of material help before it ("financial support", "health
security support") is aid (PLOVER AID), backing in words stays SUPPORT; sharing information is
COOPERATE and sharing things is no aid; talks named with "in" as the occasion of another verb are held
by its subject, once; committing an attack is the attack.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-05-01") -> list[tuple]:
    record = pipeline.extract(text, published=published).to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    return [(e["type"], e.get("actor_country"), e["trigger"]["text"],
             (entities.get(e.get("recipient")) or {}).get("name")) for e in record["events"]]


@pytest.mark.parametrize(("sentence", "country"), [
    ("Japan has expanded its bilateral health security support to Vietnam.", "JPN"),
    ("Canada is increasing its financial support for Ukraine's energy grid.", "CAN"),
    ("Congress approved military support for Israel.", "USA"),
])
def test_material_support_is_aid(sentence: str, country: str) -> None:
    events = _events("Statement\n\n" + sentence)
    assert ("AID", country, "support") in [(t, c, trig) for t, c, trig, _ in events], events
    assert "SUPPORT" not in [t for t, _, _, _ in events], events


@pytest.mark.parametrize("sentence", [
    "Japan reaffirmed its political support for Taiwan's democracy.",
    "France expressed its strong support for Ukraine.",
])
def test_backing_in_words_is_no_aid(sentence: str) -> None:
    events = _events("Statement\n\n" + sentence)
    assert "AID" not in [t for t, _, _, _ in events], events


@pytest.mark.parametrize("sentence", [
    "Japan shared intelligence with South Korea.",  # information: cooperation
    "Germany shares the burden with its allies.",  # no aid thing
    "Russia and China share weapons technology.",  # a thing both have, not given
])
def test_sharing_other_things_is_no_aid(sentence: str) -> None:
    events = _events("Statement\n\n" + sentence)
    assert "AID" not in [t for t, _, _, _ in events], events


@pytest.mark.parametrize(("sentence", "actor", "trigger"), [
    ("President Lula raised the issue in recent phone calls with President Petro.", "BRA", "calls"),
    ("Chancellor Scholz raised the issue in a call with President Macron.", "DEU", "call"),
])
def test_talks_named_as_the_occasion_are_held(sentence: str, actor: str, trigger: str) -> None:
    events = _events("Readout\n\n" + sentence)
    assert ("CONSULT", actor, trigger) in [(t, c, trig) for t, c, trig, _ in events], events


def test_a_manner_of_cooperation_is_no_event_of_its_own() -> None:
    events = _events("Statement\n\nThe bridge is being built by Japan in cooperation with Vietnam.")
    assert "COOPERATE" not in [t for t, _, _, _ in events], events


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Russian forces committed atrocities in Bucha.", "atrocities"),
    ("The militants perpetrated a massacre in the village.", "massacre"),
])
def test_committing_an_attack_is_assault(sentence: str, trigger: str) -> None:
    events = _events("Statement\n\n" + sentence)
    assert ("ASSAULT", trigger) in [(t, trig) for t, _, trig, _ in events], events
    assert "AGREE" not in [t for t, _, _, _ in events], events


def test_committing_to_cooperate_is_still_agree() -> None:
    events = _events("Statement\n\nJapan committed to working with South Korea on energy.")
    assert ("AGREE", "JPN", "committed") in [(t, c, trig) for t, c, trig, _ in events], events


def test_talks_named_with_a_meeting_verb_are_one_event() -> None:
    events = _events("Readout\n\nPresident Macron discussed Ukraine in talks with Chancellor Scholz in Berlin.")
    assert [t for t, _, _, _ in events].count("CONSULT") == 1, events
