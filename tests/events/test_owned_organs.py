"""Whose forces, officials or organs of state a possessive pronoun names
(:mod:`pipeline.events.owned_organs`).

Invented sentences (not copied from any gold text). Each row lists every event of the given type
the text must yield: (type, actor, recipient), a side matching the event's recorded name or its
ISO3 country. The texts are a government's own ("we" are the home country, USA).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # "our" forces, troops, military and diplomats act for the speaker's government
    ("Our forces are working alongside Iraqi troops to defeat ISIS in the north.", "COOPERATE",
     [("COOPERATE", "USA", "IRQ")]),
    ("Last month our troops trained Ukrainian pilots in Germany.", "AID", [("AID", "USA", "UKR")]),
    ("Our diplomats met with Chinese officials in Beijing on Tuesday.", "CONSULT", [("CONSULT", "USA", "CHN")]),
    # "his" army is the government of the person "he" stands for
    ("President Ivanov of Russia said his army shelled Kharkiv overnight.", "ASSAULT", [("ASSAULT", "RUS", "UKR")]),
    # "our people" is no organ of the state, and "our respective ministries" are several governments'
    ("Our people support Ukraine.", "SUPPORT", []),
    # a title in apposition names its holder, who acts in person
    ("Today our Ambassador to the United Nations, Jane Roe, announced $50 million in aid for Sudan.", "AID",
     [("AID", "Jane Roe", "SDN")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_owned_organs(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, possessed", [
    ("Our forces crossed the river.", True),
    ("Our respective ministries will meet.", False),
    ("Our partners crossed the river.", False),
    ("His troops crossed the river.", True),
])
def test_organ_possessor(nlp, text, possessed):
    from pipeline.events.owned_organs import organ_possessor

    doc = nlp(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert (organ_possessor(subject) is not None) is possessed
