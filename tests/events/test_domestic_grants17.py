"""Aid a government gives at home is no AID event in a statement or fact sheet either.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a grant to the government's own communities, businesses or cities: a programme at home
    ("The Chilean Ministry of Housing provided $40 million in grants to local communities and small businesses "
     "after the floods.", []),
    ("The Chilean Ministry of Housing will provide technical assistance to the participating cities.", []),
    # a grant abroad, or with a word of foreign aid, stays an AID event
    ("The Chilean Ministry of Housing provided $40 million in grants to communities in Peru after the floods.",
     [("AID", "CHL", "PER")]),
    ("The Chilean Ministry of Housing provided $40 million in humanitarian assistance to families displaced by "
     "the floods.", [("AID", "CHL", None)]),
    ("Chile provided $40 million to Peru after the floods.", [("AID", "CHL", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_home_programme_is_no_aid(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
