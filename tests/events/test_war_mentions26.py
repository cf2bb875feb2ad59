"""A state's war named again in one document is coded once (:mod:`pipeline.events.war_mentions`);
single strikes, another target or another date are other acts.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.war_mentions import one_war_each
from pipeline.records import Event, Span

from .test_event_classes import _check

CASES = [
    ("Russia's brutal war against Ukraine has raised food prices. Shortly before Russia launched this "
     "invasion, the leaders met in Rome. Russia's assault on Ukraine only heightens the stakes.",
     [("ASSAULT", "Russia", "Ukraine")]),
    ("Since Putin announced his war, fuel prices have risen. Americans should not be subsidizing Putin's war.",
     [("ASSAULT", "Putin", None)]),
    # another target, another date: other wars
    ("Russia invaded Georgia in 2008. Russia's war against Ukraine began in 2022.",
     [("ASSAULT", "Russia", "Georgia"), ("ASSAULT", "Russia", "Ukraine")]),
    # single strikes are separate acts
    ("Russian missiles struck Kharkiv on Monday. Russian drones struck Kyiv on Tuesday.",
     [("ASSAULT", "RUS", "Kharkiv"), ("ASSAULT", "RUS", "Kyiv")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:48] for c in CASES])
def test_war_mentions(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "ASSAULT"], expected)


def _event(n: int, word: str, *, recipient: str | None = "E2", date: str | None = None, typ: str = "ASSAULT") -> Event:
    span = Span(start=n * 10, end=n * 10 + len(word), text=word)
    return Event(id=f"V{n}", type=typ, actor="E1", recipient=recipient, actor_name="Russia",
                 recipient_name="Ukraine" if recipient else None, actor_country="RUS",
                 recipient_country="UKR" if recipient else None, location=None, date=None,
                 date_value=date, trigger=span, evidence=span)


@pytest.mark.parametrize("events,kept", [
    ([_event(1, "war"), _event(2, "invasion"), _event(3, "war", recipient=None)], ["V1"]),
    ([_event(1, "war", date="2014"), _event(2, "invasion", date="2022")], ["V1", "V2"]),
    ([_event(1, "strike"), _event(2, "strike")], ["V1", "V2"]),
    ([_event(1, "war", recipient=None), _event(2, "war")], ["V1", "V2"]),
    ([_event(1, "war"), _event(2, "talks", typ="CONSULT"), _event(3, "war")], ["V1", "V2"]),
], ids=["same-war", "two-dates", "strikes", "target-named-later", "renumbered"])
def test_one_war_each(events, kept):
    out = one_war_each(events)
    assert [e.id for e in out] == kept
    assert [e.trigger.start for e in out] == sorted(e.trigger.start for e in out)
