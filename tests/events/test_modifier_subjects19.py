"""A subject name the small model hangs on its verb as a modifier is the verb's subject
(:mod:`pipeline.events.modifier_subjects`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # an agency's acronym opening the clause, read by the tagger as an adverb or adjective
    ("USAID is providing $20 million to Chad.", [("AID", "USAID", "TCD")]),
    ("USAID provided $12 million to Malawi.", [("AID", "USAID", "MWI")]),
    ("Last week, USAID delivered emergency food aid to Niger.", [("AID", "USAID", "NER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_modifier_name_is_the_subject(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "USAID was praised by the auditors for its work in Chad.",  # passive: the name is no doer
    "Quietly, officials met in Geneva.",  # a manner adverb names no one
])
def test_no_modifier_subject(event_inputs, text):
    from pipeline.events.modifier_subjects import modifier_subject

    doc, _, _, _ = event_inputs(text)
    assert all(modifier_subject(t) == [] for t in doc)
