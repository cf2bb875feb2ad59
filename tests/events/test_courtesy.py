"""Events: a speaker's words to the room report no event (:mod:`pipeline.events.courtesy`).

The sentences are invented for these tests (fictional speakers and places).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.turns import find_turns
from pipeline.records import Entity, Role, Span

from .test_event_classes import _check

HEAD = "Remarks by President Ana Reyes\n\nPRESIDENT REYES:  "

CASES = [
    # vouching for what one says promises nothing; a promise says what is promised
    (HEAD + "I promise you. And I pledge to you, this state deserves better.", []),
    (HEAD + "I promise you that's what's going to happen. I promise you they hear you.", []),
    ("President Ana Reyes promised to cut the fuel tax.", [("AGREE", "Ana Reyes", None)]),
    # (signing one's own bill is no agreement with a second party: :mod:`pipeline.events.talk`)
    (HEAD + "I promise you I will sign the bill.", []),
    # the speaker asking the listeners, or himself, or asking a question: no request between parties
    (HEAD + "So, Ohio, today I ask you to talk to your neighbours. I ask myself why.", []),
    (HEAD + "I am asking for your vote. Let me ask you a question.", []),
    ("The reporter asked a question about the budget.", []),
    # ... while asking a party, or reporting an earlier request, is a request
    (HEAD + "I asked the Secretary of Labor, Tom Hale, to visit the plant.",
     [("REQUEST", "Reyes", "Tom Hale")]),
    # excusing one's own words is no concession
    (HEAD + "I apologize for repeating it. I apologize.", []),
    # "fighting" that names a kind of force reports no fighting
    ("Ruritania has the finest fighting force in the region.", []),
    # meeting a goal or a responsibility is fulfilling it, not meeting anyone
    ("Ruritania met its climate goals last year. Japan will meet its global responsibility.", []),
    ("President Maria Lopez met Prime Minister Kenji Sato of Japan in Geneva on Monday.",
     [("CONSULT", "Maria Lopez", "Kenji Sato")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[f"c{i}" for i in range(len(CASES))])
def test_speaker_courtesy(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


def _person(pid: str, name: str) -> Entity:
    return Entity(id=pid, label="PERSON", name=name, country=None, mentions=(Span(start=0, end=1, text="x"),))


def test_label_keeps_its_speaker():
    """A later "THE PRESIDENT:" is the speaker of the first, not another president a question named."""
    text = ("THE PRESIDENT:  Good evening.\n\nQ    What about President Tomas Berg of Iceland?\n\n"
            "THE PRESIDENT:  I spoke with him.")
    at = text.index("President Tomas")
    roles = (
        Role(id="R1", person="E1", person_name="Ana Novak", title="President", role="head_of_state", country="ATL",
             organization=None, evidence=Span(start=0, end=13, text="THE PRESIDENT")),
        Role(id="R2", person="E2", person_name="Tomas Berg", title="President", role="head_of_state", country="ISL",
             organization=None, evidence=Span(start=at, end=at + 20, text="President Tomas Berg")),
    )
    turns = find_turns(text, (_person("E1", "Ana Novak"), _person("E2", "Tomas Berg")), roles,
                       frozenset({"president"}))
    assert [(t.label, t.speaker.name if t.speaker else None) for t in turns] == [
        ("THE PRESIDENT", "Ana Novak"), ("Q", None), ("THE PRESIDENT", "Ana Novak")]
