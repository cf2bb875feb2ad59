"""A participle clause set off after its main clause is a second act of the main subject, not the
content of the main verb (:mod:`pipeline.events.free_adjuncts`, used by the factuality filter).

Invented sentences (not copied from any gold text). Each row lists every event of the given type
the text must yield: (type, actor, recipient), a side matching the event's recorded name or its
ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # after a criticism or a rejection, ", calling on/urging Y to ..." is a demand of its own
    ("Canada condemned the shelling of the port, calling on Moscow to halt its attacks.", "REQUEST",
     [("REQUEST", "CAN", "RUS")]),
    ("Germany criticized the verdict, urging Iran to release the prisoners.", "REQUEST", [("REQUEST", "DEU", "IRN")]),
    # the complement of an accusation stays its content, not an act
    ("Japan accused China of violating its airspace.", "ASSAULT", []),
    # a main verb of intention still makes its adjunct a plan
    ("Chancellor Weber plans a trip to Kyiv next month, meeting with President Zelenskyy there.", "CONSULT", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_free_adjuncts(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, word, free", [
    ("Canada condemned the attack, calling on Russia to stop.", "calling", True),
    ("While calling on Russia to stop, Canada condemned the attack.", "calling", False),
    ("Canada condemned the attack while calling on Russia to stop.", "calling", False),
])
def test_free_adjunct(nlp, text, word, free):
    from pipeline.events.free_adjuncts import free_adjunct

    doc = nlp(text)
    assert free_adjunct(next(t for t in doc if t.text == word)) is free
