"""Events: recall on the remarks and statements annotated blind in round 22.

- A subject "he"/"she" continues the same pronoun as subject of the sentences before it, back to
  the person named as a subject ("President X landed ... She will open ... She will then tour ...
  And she will also meet Y"), when no person is named in its own window
  (:meth:`pipeline.events.references.References.antecedent`); a person named only as an object
  is not reached through the chain.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the chain of subject pronouns leads back to the person named as a subject
    ("President Ana Novak of Chile landed in Lima on Monday. She will open a trade fair. She will then tour "
     "the port. And she will also meet with President Luis Ortega of Peru.",
     [("AGREE", "Ana Novak", "Luis Ortega")]),
    # ... not to a person named only as an object
    ("Reporters asked about Luis Ortega on Monday. He will open a trade fair. He will then tour the port. "
     "And he will also meet with President Ana Novak of Chile.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=["chained subject", "object not chained"])
def test_chained_subject_pronoun(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
