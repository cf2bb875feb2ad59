"""The WORK/CHECK split and the pooled counts of :mod:`evaluation.diagnostics.halves`."""

from __future__ import annotations

import json

from evaluation.diagnostics.halves import pooled, split


def test_split_alternates_by_sorted_stem(tmp_path) -> None:
    src = tmp_path / "unseen-x"
    src.mkdir()
    for stem in ("b_2", "a_1", "c_3"):
        (src / f"{stem}.txt").write_text("text", encoding="utf-8")
        (src / f"{stem}.gold.json").write_text(json.dumps({"file": f"{stem}.txt"}), encoding="utf-8")
    assert split(tmp_path / "out", [src]) == {"work": 2, "check": 1}
    assert sorted(p.name for p in (tmp_path / "out" / "work-unseen-x").glob("*.txt")) == ["a_1.txt", "c_3.txt"]
    assert [p.name for p in (tmp_path / "out" / "check-unseen-x").glob("*.txt")] == ["b_2.txt"]


def test_pooled_sums_counts_not_scores() -> None:
    results = [{"name": "check-a", "documents": 2, "pipeline": {"roles": {"tp": 1, "fp": 0, "fn": 1}}},
               {"name": "check-b", "documents": 3, "pipeline": {"roles": {"tp": 3, "fp": 1, "fn": 0}}},
               {"name": "work-a", "documents": 9, "pipeline": {"roles": {"tp": 0, "fp": 9, "fn": 9}}}]
    got = pooled(results, "check-")
    assert got["documents"]["n"] == 5
    assert got["roles"] == {"tp": 4, "fp": 1, "fn": 1, "f1": 0.8}
