"""Support for another party's war is material aid (:mod:`pipeline.events.war_support`).

Invented sentences (not copied from any gold text). Each row lists every event of the type the
text must yield: (type, actor, recipient), a side matching the event's recorded name or its ISO3
country.
"""

from __future__ import annotations

import pytest


from .test_event_classes import check_typed

CASES = [
    # support for another party's war, or for the industry arming it: AID
    ("The ministers denounced Eritrea's support for Ethiopia's war in Tigray.", "AID", [("AID", "ERI", "ETH")]),
    ("He raised concerns over Belarus's support for Iran's defense industrial base.", "AID",
     [("AID", "BLR", "IRN")]),
    # ... not SUPPORT as well
    ("The ministers denounced Eritrea's support for Ethiopia's war in Tigray.", "SUPPORT", []),
    # support for a party's sovereignty is still SUPPORT
    ("Chile reaffirmed its support for Peru's sovereignty.", "SUPPORT", [("SUPPORT", "CHL", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[f"{c[1]}: {c[0][:40]}" for c in CASES])
def test_war_support(event_inputs, text, typ, expected):
    check_typed(event_inputs, text, typ, expected)
