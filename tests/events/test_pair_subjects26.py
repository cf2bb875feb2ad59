"""A verb of talking whose subject refers back to a pair named before ("the two leaders spoke",
"The Chancellor and the King spoke") reports a talk between the two; an audience, a group of
its own or no pair before it gives none.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("President Ana Rojas of Chile hosted Prime Minister Luis Vega of Peru in Santiago. Both leaders spoke by "
     "phone again on Friday.", [("CONSULT", "Ana Rojas", "Luis Vega")]),
    ("Prime Minister Lena Holm of Norway met President Karl Berg of Austria in Oslo on Thursday. The two leaders "
     "spoke twice last month.", [("CONSULT", "Lena Holm", "Karl Berg")]),
    ("Chancellor Olaf Scholz of Germany received King Abdullah II of Jordan in Berlin on Tuesday. The Chancellor "
     "and the King spoke about the situation in Gaza.", [("CONSULT", "Olaf Scholz", "Abdullah II")]),
    ("Vice President Kamala Harris welcomed Prime Minister Keith Rowley of Trinidad and Tobago to Washington. The "
     "Vice President and Prime Minister talked about energy security.", [("CONSULT", "Kamala Harris", "Keith Rowley")]),
    # to an audience, a group naming its own members, no pair before: no talk between two parties
    ("Prime Minister Lena Holm of Norway met President Karl Berg of Austria in Oslo on Thursday. The two leaders "
     "spoke to reporters afterwards.", []),
    ("The summit opened in Brasilia on Monday. The leaders of more than 30 countries spoke about climate finance.", []),
    ("The two leaders spoke by phone on Monday.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][-48:] for c in CASES])
def test_talk_of_a_referred_pair(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.trigger.text in ("spoke", "talked")], expected)
