"""Review fixes of round 18 (helper reviewfix18b): what a government's own statement calls "ours",
the speaker of "It is an honor to V" and the counterpart of an unnamed "I" (:mod:`pipeline.events.demand_targets`,
:mod:`pipeline.events.unnamed_speaker`).

Each negative row is a sentence the round-18 rules read wrongly, with a positive counterpart
the rule must keep. Invented sentences, fictional names.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

STATEMENT = "Statement by NSC Spokesperson Jane Roe\n\nThe United States condemns the launch. "

CASES = [
    # "our allies", "our partners", "our neighbours": third parties named by their relation to us,
    # not the government that speaks
    (STATEMENT + "Russia threatened our allies in the region.", "THREATEN", [("THREATEN", "RUS", None)]),
    (STATEMENT + "Russia continues to attack our partners in Europe.", "ASSAULT", [("ASSAULT", "RUS", None)]),
    (STATEMENT + "Russia threatened our neighbours.", "THREATEN", [("THREATEN", "RUS", None)]),
    # (what is ours is still the speaking government's)
    (STATEMENT + "Russia threatened our troops in the region.", "THREATEN", [("THREATEN", "RUS", "USA")]),
    (STATEMENT + "Venezuela rejected our proposal.", "REJECT", [("REJECT", "VEN", "USA")]),
    # a question weighs an act, it does not report the speaker doing it
    (STATEMENT + "Is it good to negotiate with the Taliban?", "CONSULT", []),
    (STATEMENT + "Was it an honor to host President John Doe?", "CONSULT", []),
    # (the statement of it is the speaker's act)
    (STATEMENT + "It is an honor to host President John Doe.", "CONSULT", [("CONSULT", "Jane Roe", "John Doe")]),
    # an unnamed "I" (a columnist, a reporter) meeting someone who holds no public office, or a
    # firm, tells no act between political parties
    ("I met Chelsea manager Jurgen Lund after the match. He was calm.", "CONSULT", []),
    ("Last spring I visited Toyota Motor Corp. in Nagoya. The plant was quiet.", "CONSULT", []),
    # (an unnamed "I" meeting an office-holder is kept with a null actor)
    ("In May, I spent three days with Director Ana Ruiz in Geneva. Last weekend I met with Director Ana Ruiz "
     "in Hanoi.", "CONSULT", [("CONSULT", None, "Ana Ruiz")]),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0].replace(STATEMENT, "")[:60] for c in CASES])
def test_reviewfix18b(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
