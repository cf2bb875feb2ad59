"""Events, round 33: the arguments of an act. A repeated preposition after a gap ("spoke twice with A and
twice with B") lists one counterpart each (:func:`pipeline.events.object_lists.repeated_preposition_objects`);
a reciprocal object ("each other") names no party of its own (:func:`pipeline.events.verbparts.reciprocal`);
the border "between X and Y" gives a clash there its sides; a
government's bare "the President" is its own (:meth:`pipeline.events.context.Context._titled`); arms the
aid class lacked (helicopters, howitzers) are military aid.

Sentences are invented; none comes from a development, evaluation or stress text.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.verbparts import direct_object


@pytest.mark.model
@pytest.mark.parametrize("text, recipients", [
    ("Chancellor Scholz has spoken twice with President Macron and twice with Prime Minister Meloni.",
     ["Macron", "Meloni"]),
    ("Chancellor Scholz has spoken three times with President Macron and once with Prime Minister Meloni.",
     ["Macron", "Meloni"]),
    # a second verb with its own object is another clause, no gap
    ("Chancellor Scholz spoke with President Macron and then called the press.", ["Macron"]),
])
def test_gapped_counterparts(event_inputs, text, recipients):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [e.recipient_name for e in events if e.type == "CONSULT"] == recipients


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Indian troops reported clashes at the border between India and China on Tuesday.", ("India", "China")),
    ("The clashes along the frontier between Armenia and Azerbaijan killed two soldiers.", ("Armenia", "Azerbaijan")),
    # an act with its own actor keeps it: not the frontier's states (review, round 33)
    ("Israeli airstrikes on the border between Lebanon and Syria hit a weapons convoy.", ("Israeli", None)),
])
def test_frontier_sides(event_inputs, text, pair):
    """The "between" pair of the border where an act happened are its sides (round 33)."""
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [(e.actor_name, e.recipient_name) for e in events if e.type == "ASSAULT"] == [pair]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chancellor Scholz and President Macron last met each other in Paris.",
    "Chancellor Scholz and President Macron met one another in Paris.",
])
def test_reciprocal_meeting(event_inputs, text):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [(e.type, e.actor_name, e.recipient_name) for e in events] == [("CONSULT", "Scholz", "Macron")]


@pytest.mark.model
def test_reciprocal_is_no_object(event_inputs):
    doc, *_ = event_inputs("Scholz and Macron met each other.")
    met = next(t for t in doc if t.lower_ == "met")
    assert direct_object(met) is None

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Canada has provided Ukraine helicopters since 2022.",
    "Canada has provided Ukraine howitzers since 2022.",
])
def test_arms_provided(event_inputs, text):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [(e.type, e.actor_country, e.recipient_country) for e in events] == [("AID", "CAN", "UKR")]

TEXT = ("Press Briefing by the Press Secretary\n\n"
        "This evening President Biden will travel to New York for the General Assembly. "
        "Neither President Xi nor President Putin is attending this year. "
        "Throughout the day, the President will hold meetings with Prime Minister Sunak of the United Kingdom.")


@pytest.mark.model
def test_bare_president_is_the_home_one(event_inputs):
    doc, ents, roles, dates = event_inputs(TEXT, country="USA")
    events = extract_events(doc, entities=ents, roles=roles, dates=dates, home_country="USA")
    meetings = [e for e in events if e.trigger.text == "meetings"]
    assert [(e.actor_name, e.recipient_name) for e in meetings] == [("Biden", "Sunak")]


@pytest.mark.model
def test_bare_president_after_a_foreign_one_just_named(event_inputs):
    """A foreign president named in the sentence before is who "the President" is (review, round 33)."""
    text = ("Statement by the Press Secretary\n\nPresident Biden congratulated President Zelenskyy on Monday. In Kyiv "
            "on Tuesday, President Zelenskyy addressed the Ukrainian parliament. The President urged lawmakers to pass "
            "the anti-corruption reform and thanked Poland for its support.")
    doc, ents, roles, dates = event_inputs(text, country="USA")
    events = extract_events(doc, entities=ents, roles=roles, dates=dates, home_country="USA")
    assert [e.actor_name for e in events if e.trigger.text == "thanked"] == ["Zelenskyy"]
