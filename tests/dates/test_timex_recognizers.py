"""The TIMEX normaliser (no model) against Microsoft Recognizers-Text date cases.

The kept cases, the selection rules and the exclusions with their reasons are in
:mod:`evaluation.readers.recognizers_dates` (also reported in docs/accuracy.md). Each text goes
through :func:`pipeline.dates.timex.interpret` and must give exactly the expected expression;
the cases that do not pass yet are gaps in our grammar, marked xfail(strict) so that a fix shows up.
"""

from __future__ import annotations

import pytest
from conftest import shared_dir

from evaluation.readers.recognizers_dates import CASES, CONVENTION_EXCLUSIONS, DateCase, date_passes, load_dates

_GAP = pytest.mark.xfail(strict=True, reason="not covered by the grammar yet")


@pytest.mark.parametrize(
    ("text", "reference", "typ", "value"),
    [pytest.param(t, ref, typ, value, marks=() if ok else _GAP, id=f"{t}@{ref}") for t, ref, typ, value, ok in CASES],
)
def test_recognizers_case(text: str, reference: str, typ: str, value: str) -> None:
    assert date_passes(DateCase(text, reference, typ, value))


def test_table_matches_the_source_file() -> None:
    shared = shared_dir()
    if shared is None or not (shared / "dev" / "recognizers").is_dir():
        pytest.skip("shared/dev/recognizers is not available")
    cases, excluded = load_dates(shared / "dev" / "recognizers")
    assert len(cases) == len(CASES)
    assert "changed in the file" not in excluded
    # Every selected result not kept is one of the documented convention differences.
    assert excluded["convention differs"] == sum(n for _, n in CONVENTION_EXCLUSIONS)
