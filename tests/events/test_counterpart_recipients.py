"""Recipients in readouts of calls and meetings: the counterpart of a pair named with titles,
"spoke to" a named person, and the other side of a relation a promise upholds.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # "X and Prime Minister Y": the title parsed as the conjunct, the name as X's apposition
    ("President Jane Roe and Prime Minister Tomas Berg of Norway reaffirmed their commitment to the alliance.",
     "AGREE", [("AGREE", "Jane Roe", "Tomas Berg")]),
    ("President Jane Roe and Prime Minister Tomas Berg of Norway met in Oslo.",
     "CONSULT", [("CONSULT", "Jane Roe", "Tomas Berg")]),
    # "The President and Prime Minister": one article for two titles of two governments
    # (each president is named with a country: a head of state no word places is dropped as a
    # role - most such "Presidents" head a college or union - and the events stage resolves
    # "the President" through roles)
    ("President Jane Roe of Chile called Prime Minister Tomas Berg of Norway today. The President and Prime Minister "
     "reaffirmed their resolve to continue strengthening defense cooperation.",
     "AGREE", [("AGREE", "Jane Roe", "Tomas Berg")]),
    # "The President and President X": the bare title is the other president, not X
    ("President Jane Roe of Peru and President Tomas Berg Lopez of Chile spoke this morning about migration. The President "
     "and President Berg Lopez agreed that additional enforcement actions are urgently needed.",
     "AGREE", [("AGREE", "Jane Roe", "Tomas Berg Lopez")]),
    # ... but two officials of one government so joined are one side, not counterparts
    ("Today, U.S. President Jane Roe and Vice President Tom Green met with twelve business leaders. During the "
     "meeting, the President and Vice President reiterated their promise to invest in small businesses.",
     "AGREE", []),
    # "spoke to" a named person is a talk; to an audience or a topic it is none
    ("Vice President Jane Roe today spoke to President Tomas Berg of Norway.",
     "CONSULT", [("CONSULT", "Jane Roe", "Tomas Berg")]),
    ("The Secretary spoke to reporters after the meeting.", "CONSULT", []),
    ("President Jane Roe spoke to the American people on Tuesday.", "CONSULT", []),
    ("Officials spoke to the Administration's commitment to free college.", "CONSULT", []),
    # the other side of the alliance, partnership or treaty promised
    ("U.S. Vice President Jane Roe spoke today with Prime Minister Tomas Berg of Norway, and affirmed her "
     "commitment to deepening the strong alliance between Norway and the United States.",
     "AGREE", [("AGREE", "Jane Roe", "NOR")]),
    ("U.S. National Security Advisor Jane Smith reiterated the ironclad U.S. commitment to the U.S.-Chile "
     "Mutual Defense Treaty.", "AGREE", [("AGREE", "Jane Smith", "CHL")]),
    ("U.S. Secretary of State Jane Smith reaffirmed the United States' commitment to strengthen the "
     "U.S.-Peru partnership.", "AGREE", [("AGREE", "Jane Smith", "PER")]),
    # a relation between two others, or a plan, names no side of the promiser's
    ("Chile reaffirmed its commitment to the partnership between Peru and Bolivia.", "AGREE", [("AGREE", "CHL", None)]),
    ("U.S. Secretary of State Jane Smith reaffirmed the U.S. commitment to the clean energy plan.",
     "AGREE", [("AGREE", "Jane Smith", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_counterpart_recipient(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
