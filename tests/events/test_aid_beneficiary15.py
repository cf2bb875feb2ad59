"""The side aid to people or forces goes to (:mod:`pipeline.events.aid_beneficiary`), and a
document's participle under an issuing verb that is itself an agreement
(:class:`pipeline.events.filters.Factuality`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the country named in the object of an aid verb is whom the aid goes to
    ("Brazil trained Ukrainian pilots last year.", "AID", [("AID", "BRA", "UKR")]),
    ("Brazil trained Ukraine's pilots last year.", "AID", [("AID", "BRA", "UKR")]),
    # a promised one is AGREE with the same other side (the harmonised future rule)
    ("Brazil is going to train Paraguayan pilots next year.", "AGREE", [("AGREE", "BRA", "PRY")]),
    # one's own people, or people of no named side, leave the recipient null
    ("Brazil trained its own pilots.", "AID", [("AID", "BRA", None)]),
    ("Brazil trained pilots.", "AID", [("AID", "BRA", None)]),
    # a declaration's participle is the body's act, even when adopting it is an agreement
    ("The European Union adopted a declaration welcoming the ceasefire.", "SUPPORT",
     [("SUPPORT", "European Union", None)]),
    ("The European Union did not adopt a declaration welcoming the ceasefire.", "SUPPORT", []),
    ("The European Union will adopt a declaration welcoming the ceasefire.", "SUPPORT", []),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:48] for c in CASES])
def test_aid_beneficiary(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
