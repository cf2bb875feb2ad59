"""Events: attacks told with no attacker named (:func:`pipeline.events.nominalacts.targeted_attack`).

An attack noun whose relative clause tells whom it killed, or whose target is armed forces or a
military or diplomatic post, reports attacks that happened; the guide codes the unnamed attacker
as a null actor. A bare plural ("attacks on our personnel will be answered"), a supposed attack
("any attack on our forces"), a negated stance ("will not tolerate attacks on ...") and a figure
("attacks on democracy") report none.

Sentences are invented for these tests; the places are generic, none comes from the development
or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("Today's strikes answer the repeated attacks on our troops and bases in Syria.", [("ASSAULT", None, "Syria")]),
    ("The raid followed the attack that killed four of our sailors off the coast of Oman.",
     [("ASSAULT", None, None)]),
    ("There was an attack on the embassy in Tripoli last night.", [("ASSAULT", None, "Tripoli")]),
    ("We will respond to any attack on our forces in the region.", []),
    ("The United States will not tolerate attacks on its personnel.", []),
    ("Attacks on our troops will be met with force.", []),
    ("The senator decried the attacks on democracy at home.", []),
    # a military word whose "of" phrase names an idea is a figure too
    ("The senator decried the attacks on the forces of democracy at home.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_unattributed_attacks(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
