"""Round 55: events the stage missed.

* "The President reaffirmed the enduring partnership between the United States and X": a bond
  affirmed is support of the partner (data/event_triggers.json class ``affirmed_bond``), the
  partner being the other side named by "between" (events/bilateral.py); affirmed by two named
  together, the first affirms it to the second (events/argument_parts.mutual_bond).
* "Russian aggression in Ukraine": a state's war "in" another named country is waged on it
  (events/argument_parts._foreign_theatre); "in the region", "in Europe" name no victim.
* "President A spoke with President B of Y to express support. The President ...": the parser
  makes B the subject of the purpose infinitive; B is the one consulted, not an actor a later
  bare title can stand for (events/purposes.misparsed_subject).
* "I want to thank UN Deputy Secretary-General X": thanks in a speech to an official of an
  international body are said to another side, as to a foreign leader
  (events/foreign_courtesy.international_party).
* "discussed efforts to strengthen air defenses as Russia continues its attacks on Ukrainian
  cities": a present-tense clause of what goes on meanwhile is a fact, whatever aim or topic
  governs it (events/filters.ongoing_clause); a condition still rules it out.
* "Americans held hostage by Hamas", "an American held hostage by Hamas", "held captive by X",
  "held against their will by X": the by-phrase is the captor, the one held the recipient
  (events/captivity.py).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from .rows import event_rows as _events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Vice President reaffirmed the close and enduring bilateral relationship between the United States and "
     "Bahrain.", "USA", "BHR"),
    ("President Biden reaffirmed the strong alliance between the United States and Greece.", "USA", "GRC"),
    ("President Biden affirmed the strength of the alliance between the United States and Japan.", "USA", "JPN"),
    ("The United States and Israel reaffirm the unbreakable bonds between our two countries.", "USA", "ISR"),
    ("President Biden and Prime Minister Kishida reaffirmed the strength of the alliance.", "USA", "JPN"),
])
def test_an_affirmed_bond_is_support_of_the_partner(text, actor, recipient) -> None:
    events = _events(text)
    support = [e for e in events if e[0] == "SUPPORT" and e[-1] in ("reaffirmed", "reaffirm", "affirmed")]
    assert [(e[2], e[4]) for e in support] == [(actor, recipient)], events


@pytest.mark.parametrize("text", [
    "The President reaffirmed the values of democracy.",
    "These meetings reaffirm the very strong alliance between the United States and Poland.",
    "Prime Minister Kishida reaffirmed his invitation to the summit.",
    # a bond with no foreign side, or its values rather than the bond
    "Secretary Blinken reaffirmed the values of our alliance, including democracy.",
    "Secretary Raimondo reaffirmed the partnership with industry.",
    "We reaffirmed the relationship between the Federal Reserve and the Treasury Department.",
    "Coach Reid reaffirmed his relationship with quarterback Patrick Mahomes.",
])
def test_affirming_no_bond_or_no_party_affirming_is_no_support(text) -> None:
    assert not [e for e in _events(text) if e[0] == "SUPPORT"], _events(text)


def test_an_affirmed_bond_promised_for_later_is_a_commitment() -> None:
    events = _events("President Biden will reaffirm the partnership with Japan.")
    assert [(e[0], e[2], e[4]) for e in events] == [("AGREE", "USA", "JPN")], events


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian aggression in Ukraine continues.", ("ASSAULT", "RUS", "UKR")),
    ("They discussed the Russian war in Ukraine.", ("ASSAULT", "RUS", "UKR")),
])
def test_a_war_in_a_foreign_country_is_waged_on_it(text, expected) -> None:
    assert expected in [(e[0], e[2], e[4]) for e in _events(text)], _events(text)


@pytest.mark.parametrize("text", [
    "They discussed Chinese aggression in the region.",
    "NATO will deter Russian aggression in Europe.",
    "We must deter Russian aggression in Ukraine.",
])
def test_a_war_in_a_region_or_deterred_is_no_assault(text) -> None:
    assert not [e for e in _events(text) if e[0] == "ASSAULT"], _events(text)


_READOUT = """Readout of President Joseph R. Biden, Jr. Call with President Ivan Duarte of Colombia

President Joseph R. Biden Jr. spoke today with President Ivan Duarte of Colombia to express U.S. support following \
the attack. The President pledged support for Colombia's efforts to combat the pandemic.
"""


def test_the_one_called_to_express_support_is_not_the_president_who_pledged() -> None:
    pledged = [e for e in _events(_READOUT, "2021-07-01") if e[-1] == "pledged"]
    assert pledged and all(e[1] == "Joseph R. Biden Jr." for e in pledged), pledged


_SPEECH = """Remarks by Deputy Secretary Jane Roe at the Africa Forum

DEPUTY SECRETARY ROE: Thank you. I want to thank UN Deputy Secretary-General Amina Mohammed for her leadership. \
And I want to thank Governor Kathy Hochul for hosting us in New York.
"""


def test_thanks_to_an_international_official_are_an_act_and_to_ones_own_governor_courtesy() -> None:
    thanked = [e[3] for e in _events(_SPEECH, "2023-09-20") if e[0] == "SUPPORT"]
    assert thanked == ["Amina Mohammed"], thanked


@pytest.mark.parametrize(("text", "expected"), [
    ("They also discussed ongoing efforts to further strengthen Ukraine's air defenses as Russia continues its "
     "missile and drone attacks on Ukrainian cities.", ("ASSAULT", "RUS", "UKR")),
    ("We discussed how to respond as Russia attacks Ukraine.", ("ASSAULT", "RUS", "UKR")),
])
def test_what_goes_on_meanwhile_is_a_fact(text, expected) -> None:
    assert expected in [(e[0], e[2], e[4]) for e in _events(text)], _events(text)


def test_a_condition_still_rules_out_what_goes_on_meanwhile() -> None:
    events = _events("If Russia invades, we will respond as NATO deploys troops to Poland.")
    assert not [e for e in events if e[0] == "MOBILIZE"], events


@pytest.mark.parametrize(("text", "captor", "held"), [
    ("Americans held hostage by Hamas in Gaza were freed.", "Hamas", "Americans"),
    ("Keith Dolan, an American held hostage by Hamas for 484 days, was freed.", "Hamas", "Keith Dolan"),
    ("Marc was held against his will by Russia for three years.", "Russia", "Marc"),
    ("She was held captive by Hamas.", "Hamas", None),
    ("The Taliban has held him captive for two years.", "Taliban", None),
])
def test_the_by_phrase_of_a_captivity_is_the_captor(text, captor, held) -> None:
    coerce = [(e[1], e[3]) for e in _events(text, "2025-01-25") if e[0] == "COERCE"]
    assert coerce == [(captor, held)], coerce


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States and Angola are working closely to expand investments in the Lobito Corridor.",
     [("COOPERATE", "USA", "AGO")]),
    ("The United States and Angola worked closely on the evacuation.", [("COOPERATE", "USA", "AGO")]),
    ("Officials worked closely on the bill.", []),
    ("Our teams are working closely to finalize the text.", []),
])
def test_co_subjects_working_closely_cooperate_with_each_other(text, expected) -> None:
    assert [(e[0], e[2], e[4]) for e in _events(text, "2024-12-01") if e[0] == "COOPERATE"] == expected, _events(text)
