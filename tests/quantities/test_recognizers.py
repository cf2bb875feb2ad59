"""Recognizers-Text number, range, currency and dimension cases as a wide table of forms.

Only the results whose conventions match ours are checked (see ``recognizers.EXCLUDED`` for what
is left out and why). The pass rate is printed and must not fall below the floor recorded here;
raise the floor when the rate improves.
"""

from __future__ import annotations

import math
from collections import Counter

import pytest
from conftest import shared_dir
from recognizers import EXCLUDED, load

pytestmark = pytest.mark.model

# Pass rates measured when the test was written (2026-11-29), rounded down.
FLOORS = {"Number_NumberModel": 0.45, "Number_NumberRangeModel": 0.51, "NumberWithUnit_CurrencyModel": 0.69,
          "NumberWithUnit_DimensionModel": 0.63, "all": 0.63}


def _close(a, b) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def _found(expected, quantities, text) -> bool:
    for q in quantities:
        if q.evidence.end <= expected.start or q.evidence.start >= expected.end:
            continue
        # A range is one quantity with us ("eight to 10 feet"): either end answers for an end.
        if not _close(q.value, expected.value) and not (expected.high is None and _close(q.high, expected.value)):
            continue
        if expected.high is not None and not _close(q.high, expected.high):
            continue
        if expected.currency is not None and q.currency != expected.currency:
            continue
        if expected.unit is not None and q.unit != expected.unit:
            continue
        return True
    return False


def test_recognizers_pass_rate(nlp, capsys):
    shared = shared_dir()
    if shared is None or not (shared / "dev" / "recognizers").is_dir():
        pytest.skip("shared/dev/recognizers is not available")
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.quantities import extract_quantities
    from pipeline.records import Article

    cases, excluded = load(shared / "dev" / "recognizers")
    articles = [Article(id=str(i), text=c.text) for i, c in enumerate(cases)]
    passed: Counter = Counter()
    total: Counter = Counter()
    failures: list[str] = []
    for (article, doc), case in zip(N.pipe(nlp, articles, batch_size=64), cases):
        quantities = extract_quantities(doc, EntityIndex.build(extract_entities(doc)))
        ok = all(_found(e, quantities, case.text) for e in case.expected)
        total[case.model] += 1
        passed[case.model] += ok
        if not ok:
            failures.append(f"{case.model}: {case.text!r} -> {[(q.text, q.value, q.high, q.unit) for q in quantities]}")
    rates = {m: passed[m] / total[m] for m in total}
    rates["all"] = sum(passed.values()) / sum(total.values())
    with capsys.disabled():
        print("\nRecognizers-Text pass rate (cases in our conventions):")
        for m in sorted(total):
            print(f"  {m}: {passed[m]}/{total[m]} = {rates[m]:.3f}")
        print(f"  all: {sum(passed.values())}/{sum(total.values())} = {rates['all']:.3f}")
        print("  results left out: " + ", ".join(f"{k} {v}" for k, v in excluded.most_common()))
    assert set(excluded) <= set(EXCLUDED)
    for model, floor in FLOORS.items():
        assert rates.get(model, 0.0) >= floor, (model, rates.get(model), failures[:200])
