"""Round 41: an office named by a definite title ("met the President", "briefed the Prime Minister",
"looks forward to meeting the Chancellor tomorrow") is a party one meets or briefs, as a name is
(:func:`pipeline.events.titles.office_holder_object`); a thing met ("met the requirements") or an
indefinite title ("met a leader of the protests") is not.

The sentences are written for these tests; the people and places are fictional, none comes from
the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from .test_event_classes import check_typed

TITLE = "Readout of Foreign Minister Ana Novak's Visit to Bolivia"
OPEN = "Foreign Minister Ana Novak of Chile arrived in La Paz on Monday. "

CASES = [
    (OPEN + "She met the President on Tuesday.", "CONSULT", [("CONSULT", "Ana Novak", None)]),
    (OPEN + "She briefed the President on the talks.", "CONSULT", [("CONSULT", "Ana Novak", None)]),
    (OPEN + "She met the ministers of trade and finance.", "CONSULT", [("CONSULT", "Ana Novak", None)]),
    # a dated wish to meet is a scheduled meeting (AGREE), an undated one a wish
    ("Foreign Minister Ana Novak of Chile looks forward to meeting the President tomorrow to discuss trade.",
     "AGREE", [("AGREE", "Ana Novak", None)]),
    ("Foreign Minister Ana Novak of Chile looks forward to meeting the President one day.", "AGREE", []),
    # no office holder: a thing met, an indefinite title
    (OPEN + "She met the requirements for entry.", "CONSULT", []),
    (OPEN + "She met a leader of the protests.", "CONSULT", []),
    # review of the round: a body described, not a state's office ("of the company", "of the university")
    (OPEN + "She met the chairman of the company on Tuesday.", "CONSULT", []),
    (OPEN + "She met the president of the university on Tuesday.", "CONSULT", []),
    (OPEN + "She met the President of Bolivia on Tuesday.", "CONSULT", [("CONSULT", "Ana Novak", "BOL")]),
    # a call to an office held: "called the Secretary of Defense"; "called the president a liar" names him
    (OPEN + "On Tuesday she called the Secretary of Defense.", "CONSULT", [("CONSULT", "Ana Novak", None)]),
    (OPEN + "She called the president a liar.", "CONSULT", []),
    # joining calls for something is joining a demand, not a phone call ("joined the call with X" is one)
    (OPEN + "She joined calls for a ceasefire in the region.", "CONSULT", []),
    (OPEN + "She joined calls for a ceasefire in the region.", "REQUEST", [("REQUEST", "Ana Novak", None)]),
    (OPEN + "She joined the call with President Luis Arce of Bolivia.", "CONSULT", [("CONSULT", "Ana Novak", "Luis Arce")]),
    # review of the round: "for" a length of time or for the people a call is held for asks nothing
    (OPEN + "She joined a call for nearly two hours with President Luis Arce of Bolivia.", "REQUEST", []),
    (OPEN + "She joined a call for Andean leaders hosted by President Luis Arce of Bolivia.", "REQUEST", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0].split(". ")[-1][:60] for c in CASES])
def test_office_title_object(event_inputs, text, typ, expected):
    check_typed(event_inputs, text, typ, expected, title=TITLE)
