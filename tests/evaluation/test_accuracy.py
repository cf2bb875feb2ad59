"""Accuracy cannot silently regress: the dev statements and the seed are scored on every test
run and each F1 is compared with tests/data/accuracy_floor.json (a drop of more than 2 points
fails). After a deliberate improvement, refresh the floor with
``python scripts/update_accuracy_floor.py``."""

from __future__ import annotations

import json

import pytest

from conftest import DATA

pytestmark = pytest.mark.model

FLOOR = json.loads((DATA / "accuracy_floor.json").read_text(encoding="utf-8"))
TOLERANCE = 0.02


@pytest.fixture(scope="module")
def scores():
    from evaluation.run import evaluate_folder

    return {name: evaluate_folder(DATA / name, [], model=None, baseline=False)["pipeline"] for name in FLOOR}


@pytest.mark.parametrize("dataset, metric", [(d, m) for d, ms in FLOOR.items() for m in ms])
def test_f1_does_not_drop(scores, dataset, metric):
    now = scores[dataset][metric]["f1"] or 0.0
    floor = FLOOR[dataset][metric]
    assert now >= floor - TOLERANCE, f"{dataset} {metric} F1 fell from {floor:.3f} to {now:.3f}"
