"""The missed-event classes of :mod:`evaluation.diagnostics.events_missdiag` (invented text)."""

from __future__ import annotations

import pytest

from evaluation.diagnostics.events_missdiag import classify
from evaluation.scorers.events import Side

TEXT = "Chile condemned the raid on Monday. Peru met Bolivia in Lima."
GOLD = {"type": "CONSULT", "trigger": "met", "evidence": {"text": "Peru met Bolivia", "occurrence": 0}}
MET = TEXT.index("met")


def _side(name=None, code=None):
    return Side(name=name, country=code, code=code)


@pytest.mark.parametrize("preds, expected", [
    ([], "no_event_in_evidence"),
    ([("ACCUSE", 6, 15, _side(code="CHL"))], "no_event_in_evidence"),
    ([("CONSULT", MET, MET + 3, _side(code="BOL"))], "same_trigger_type_actor_wrong"),
    ([("CONSULT", MET, MET + 3, _side())], "same_trigger_type_actor_null"),
    ([("AGREE", MET, MET + 3, _side(code="PER"))], "same_trigger_other_type"),
    ([("CONSULT", MET + 4, MET + 11, _side(code="PER"))], "other_trigger_in_evidence_same_type"),
])
def test_classify(preds, expected):
    assert classify(TEXT, GOLD, preds) == expected
