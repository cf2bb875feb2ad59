"""The accuracy report's pooled held-out table: counts summed over the frozen sets, not F1 averaged."""

from __future__ import annotations

from evaluation.report import markdown, pooled_frozen_rows


def _set(name: str, frozen: bool, roles: tuple[int, int, int], documents: int = 10) -> dict:
    tp, fp, fn = roles
    return {"kind": "statements", "name": name, "frozen": frozen, "documents": documents,
            "pipeline": {"roles": {"tp": tp, "fp": fp, "fn": fn}}}


def test_counts_are_summed_over_frozen_sets_only():
    results = [_set("dev", False, (100, 0, 0)), _set("f1", True, (9, 1, 0)), _set("f2", True, (1, 0, 9))]
    row = next(r for r in pooled_frozen_rows(results) if r.startswith("| roles |"))
    # pooled: 10 right, 1 wrong, 9 missed -> P 0.909, R 0.526, F1 20/30 = 0.667 (the mean of the two
    # sets' F1, 0.947 and 0.182, would be 0.565; the development set is not counted)
    assert row == "| roles | 0.90 | 0.909 | 0.526 | 0.667 | 10 | 1 | 9 | no |"


def test_no_frozen_sets_no_table():
    assert pooled_frozen_rows([_set("dev", False, (1, 0, 0))]) == []


def test_table_sits_in_the_report():
    text = markdown([_set("f1", True, (9, 0, 1), documents=4)], model="m")
    assert "All 1 frozen sets pooled (4 documents" in text
    assert "| roles | 0.90 | 1.000 | 0.900 | 0.947 | 9 | 0 | 1 | yes |" in text
