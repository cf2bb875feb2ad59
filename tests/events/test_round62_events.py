"""Round 62: a met holder named by an appositive after the title; the opening meeting's counterpart.

"met Prime Minister K. of Japan": before an "of" phrase the parser may make the title the verb's
object and hang the name on it as an appositive; the object then names a party through its
appositive (events/triggers.py ``_Finder._names``), as through a compound name, and the meeting
is an event. A common noun's appositive that names no one ("met a man, a farmer from Ohio") still
gives none.

A text that opens with a meeting or a call ("President X spoke today with Prime Minister Y")
then tells what its principal did in it with no other side named ("President X reaffirmed her
commitment to ..."): those cooperative acts are addressed to the opening's counterpart
(events/lead_counterparts.py), until the text tells another meeting or call. Hostile acts, acts of
others, meetings (an independent review: "Separately, she met with X" whose X the parser missed
took the first counterpart) and acts after the next meeting keep no recipient. An act whose other
side is written but no party ("the commitment of the United States to South America") takes the
counterpart too: the development gold codes readouts' "reaffirmed their commitment to X's
sovereignty" with the counterpart as recipient, and a guard for such phrases cost 5 right recipients
on the development sets and WORK.

The names in the appositive tests are those of a Secretary of State and a Prime Minister of Japan
of the publication date (the parse depends on the name: an invented one is read as a compound).
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.events.lead_counterparts import lead_counterparts
from pipeline.records import Event, Span


def _rows(text: str, published: str = "2023-05-01") -> set[tuple]:
    record = pipeline.extract(text, published=published).to_dict()
    return {(e["type"], e["actor_country"], e["recipient_country"], e["trigger"]["text"]) for e in record["events"]}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Secretary Blinken met Prime Minister Kishida of Japan.", ("CONSULT", "USA", "JPN", "met")),
    ("President Biden met Prime Minister Kishida of Japan on Tuesday.", ("CONSULT", "USA", "JPN", "met")),
])
def test_met_holder_named_by_an_appositive(text, expected):
    assert expected in _rows(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Secretary met the requirements of the law.",
    "He met a man, a farmer from Ohio.",
])
def test_met_nothing_named(text):
    assert not any(r[0] == "CONSULT" for r in _rows(text))


def _event(eid: str, typ: str, start: int, actor: str | None, recipient: str | None = None,
           actor_country: str | None = "NOR", recipient_country: str | None = None) -> Event:
    return Event(id=eid, type=typ, actor=actor, recipient=recipient, actor_name=actor, recipient_name=recipient,
                 actor_country=actor_country, recipient_country=recipient_country, location=None, date=None,
                 date_value=None, trigger=Span(start=start, end=start + 5, text="xxxxx"),
                 evidence=Span(start=start, end=start + 5, text="xxxxx"))


_LEAD = _event("V1", "CONSULT", 60, "E1", "E2", recipient_country="EST")


@pytest.mark.parametrize(("event", "expected"), [
    (_event("V2", "AGREE", 200, "E1"), ("E2", "EST")),
    (_event("V2", "SUPPORT", 200, "E1"), ("E2", "EST")),
    (_event("V2", "ACCUSE", 200, "E1"), (None, None)),  # told about a third party
    (_event("V2", "AGREE", 200, "E3"), (None, None)),  # someone else's act
    (_event("V2", "AGREE", 200, "E1", "E4", recipient_country="LVA"), ("E4", "LVA")),  # its own other side
    (_event("V2", "CONSULT", 200, "E1"), (None, None)),  # a meeting whose other side the parser missed
])
def test_opening_counterpart(event, expected):
    out = lead_counterparts([_LEAD, event], lead_end=150)
    assert (out[1].recipient, out[1].recipient_country) == expected
    assert out[0] is _LEAD


def test_next_meeting_ends_the_opening_scope():
    events = [_LEAD, _event("V2", "AGREE", 200, "E1"), _event("V3", "CONSULT", 300, "E1", "E5", recipient_country="NOR"),
              _event("V4", "SUPPORT", 400, "E1")]
    out = lead_counterparts(events, lead_end=150)
    assert [(e.recipient, e.recipient_country) for e in out] == [
        ("E2", "EST"), ("E2", "EST"), ("E5", "NOR"), (None, None)]


def test_meeting_told_after_the_opening_gives_no_counterpart():
    late = _event("V1", "CONSULT", 400, "E1", "E2", recipient_country="EST")
    out = lead_counterparts([_event("V2", "AGREE", 200, "E1"), late], lead_end=150)
    assert out[0].recipient is None


_READOUT = """Readout of President Vell's Call with Prime Minister Tarr

President Ana Vell of Norway spoke today with Prime Minister Jon Tarr of Estonia. President Vell \
reaffirmed her commitment to a strong partnership. President Vell condemned the attack on a hospital in Kharkiv."""


@pytest.mark.model
def test_readout_acts_take_the_call_counterpart():
    record = pipeline.extract(_READOUT, published="2023-05-01").to_dict()
    rows = {(e["type"], e["actor_name"], e["recipient_name"], e["trigger"]["text"]) for e in record["events"]}
    assert ("AGREE", "Ana Vell", "Jon Tarr", "commitment") in rows
    assert ("ACCUSE", "Ana Vell", None, "condemned") in rows
