"""Support for a process, an aim or a programme that names no party is no SUPPORT event
(round 25, :func:`pipeline.events.policystances.partyless_support`); support that names its
party, or a pronoun that may stand for one, stays; a promise to support ("will support") is
still AGREE. Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a process or an aim, no party named: a stance
    ("President Ana Ruiz voiced U.S. support for a civilian-led transition.", "SUPPORT", []),
    ("The United States and Peru support drafting national plans against human trafficking.",
     "SUPPORT", []),
    ("Tom Reed supports charities throughout Los Angeles.", "SUPPORT", []),
    ("The United States continues to support the ongoing peace process in the region.", "SUPPORT", []),
    # a party named in what is supported, or supported directly: kept
    ("The United States supports the holistic approach being taken by Ghana and Togo.", "SUPPORT",
     [("SUPPORT", "USA", None)]),
    ("The United States strongly supports Ukraine.", "SUPPORT", [("SUPPORT", "USA", "UKR")]),
    ("The United States strongly supports IORA as the premier forum of the Indian Ocean region.", "SUPPORT",
     [("SUPPORT", "USA", None)]),
    ("Prime Minister Tom Reed expressed support for the democratic aspirations of the people of Burma.", "SUPPORT",
     [("SUPPORT", "Tom Reed", None)]),
]


@pytest.mark.parametrize(("text", "typ", "expected"), CASES)
def test_partyless_support(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


def test_promised_support_stays_agree(event_inputs):
    doc, entities, roles, dates = event_inputs("The United States will support the rebuilding of the port, "
                                                "President Ana Ruiz said on Monday.")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e.type for e in events if e.trigger.text == "support"] == ["AGREE"], [
        (e.type, e.actor_name, e.trigger.text) for e in events]
