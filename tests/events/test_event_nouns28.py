"""An amount of money counted before an aid noun (round 28).

"a $25 million contribution from X", "its $500 million contribution": the amount is the noun's
number modifier (``nummod``), read as a modifier of the noun as "joint" or "military" are, so a
monetary contribution is aid as "a contribution of $40 million" already was. A count that is no
money ("two contributions to the debate") classifies nothing.

Sentences are invented for these tests in the style of wire reports and readouts; the people are
fictional, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a money amount before the noun makes a contribution aid
    ("The fund received a $25 million contribution from Norway last week.", [("AID", "NOR", None)]),
    ("Canada made a $20 million contribution to the World Food Programme on Monday.",
     [("AID", "CAN", "World Food Programme")]),
    # ... as the of-complement does
    ("Norway announced a contribution of $40 million to the World Food Programme.",
     [("AID", "NOR", "World Food Programme")]),
    # a count of contributions that is no money, or a contribution to a debate, is none
    ("Chile made two contributions to the debate on Monday.", []),
    ("The minister praised the 30-year contribution of the late scholar to science.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_money_modified_aid_nouns(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
