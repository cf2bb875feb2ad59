"""Refresh tests/data/accuracy_floor.json from the current pipeline (after a deliberate change).

Usage (repository root): PYTHONPATH=. python scripts/update_accuracy_floor.py
"""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.run import evaluate_folder
from evaluation.scorers import METRICS

DATA = Path("tests/data")


def main() -> None:
    floor = {}
    for name in ("statements", "seed"):
        scores = evaluate_folder(DATA / name, [], model=None, baseline=False)["pipeline"]
        floor[name] = {m: round(scores[m]["f1"] or 0.0, 3) for m in METRICS if scores.get(m, {}).get("f1") is not None}
    path = DATA / "accuracy_floor.json"
    path.write_text(json.dumps(floor, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}: {floor}")


if __name__ == "__main__":
    main()
