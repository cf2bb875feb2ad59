"""Aid told by a past participle of giving (:func:`pipeline.events.verbparts.participle_noun`):
the noun the participle modifies is what was given, the "by" phrase who gave it, the "to"
phrase who received it; an aid noun the participle modifies is coded once.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("The funds provided by Germany to Jordan will help refugees.", "AID", [("AID", "DEU", "JOR")]),
    ("Relief supplies delivered by Canada to Haiti reached the capital on Monday.", "AID",
     [("AID", "CAN", "HTI")]),
    # financing is money given, as funding and loans are
    ("The new financing provided by Japan to Kenya will build a railway.", "AID", [("AID", "JPN", "KEN")]),
    # an aid noun under the participle: one event, not one for the noun and one for the verb
    ("The security assistance provided by Norway to Ukraine has saved lives.", "AID",
     [("AID", "NOR", "UKR")]),
    # a participle of giving whose noun is no aid gives nothing
    ("The answers provided by Germany to the committee were brief.", "AID", []),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:48] for c in CASES])
def test_given_participles(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
