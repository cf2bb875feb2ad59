"""Object-sense checks on release and host: releasing a document frees no one, even when a
person word modifies its name ("a National Strategy"); hosting refugees is shelter, no meeting.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a person word as a modifier of a thing: no release of persons
    ("The Ministry of Health of Ruritania released its first National Strategy on Rural Health.", "CONCEDE", []),
    ("Governor Ann Cole released a comprehensive national plan for water safety.", "CONCEDE", []),
    ("Prime Minister Tom Reed released the civilian budget on Monday.", "CONCEDE", []),
    # persons released stay a release
    ("Iran released two American citizens on Monday.", "CONCEDE", [("CONCEDE", "IRN", "USA")]),
    ("Venezuela released political prisoners on Friday.", "CONCEDE", [("CONCEDE", "VEN", None)]),
    # hosting refugees or migrants shelters them; hosting a visitor is a consultation
    ("Colombia has hosted millions of refugees from Venezuela.", "CONSULT", []),
    ("Jordan hosted thousands of Syrian migrants last year.", "CONSULT", []),
    ("President Ana Ruiz hosted Prime Minister Tom Reed in Lisbon on Monday.", "CONSULT",
     [("CONSULT", "Ana Ruiz", "Tom Reed")]),
]


@pytest.mark.parametrize(("text", "typ", "expected"), CASES)
def test_object_senses(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


GROUP_CASES = [
    # a counted plural without a definite determiner introduces new parties: no actor from before
    ("President Ana Ruiz met Prime Minister Tom Reed in Lisbon. More than 100 nations have signed the pledge.",
     "AGREE", []),
    ("President Ana Ruiz met Prime Minister Tom Reed in Lisbon. A hundred nations signed the pledge.", "AGREE", []),
    # "the two leaders" points back to the pair
    ("President Ana Ruiz met Prime Minister Tom Reed in Lisbon. The two leaders signed a pledge on fishing.",
     "AGREE", [("AGREE", "Ana Ruiz", "Tom Reed")]),
]


@pytest.mark.parametrize(("text", "typ", "expected"), GROUP_CASES)
def test_counted_plurals(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ and e.actor_name is not None], expected)
