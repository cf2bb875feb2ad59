"""Lists of titled names whose titles have an "of/for" complement before the name
(:func:`pipeline.events.listed_names.complement_holders`): each person is a member.

Invented sentences in the style of government readouts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("Dr. Philip Gordon met with President Isaac Herzog, National Security Advisor Tzachi Hanegbi, Minister "
     "for Strategic Affairs Ron Dermer, and Chairman of the National Unity Party Benny Gantz.", "CONSULT",
     [("CONSULT", "Philip Gordon", "Isaac Herzog"), ("CONSULT", "Philip Gordon", "Tzachi Hanegbi"),
      ("CONSULT", "Philip Gordon", "Ron Dermer"), ("CONSULT", "Philip Gordon", "Benny Gantz")]),
    ("Secretary Laura Grant met with Prime Minister Ola Berg and Minister for Foreign Affairs Kari Lund.", "CONSULT",
     [("CONSULT", "Laura Grant", "Ola Berg"), ("CONSULT", "Laura Grant", "Kari Lund")]),
    # a title with no name in its complement describes the person before it
    ("Secretary Laura Grant met with Ola Berg, Minister of Defense, and Kari Lund.", "CONSULT",
     [("CONSULT", "Laura Grant", "Ola Berg"), ("CONSULT", "Laura Grant", "Kari Lund")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_complement_holders(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
