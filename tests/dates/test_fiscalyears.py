"""Fiscal years that the candidate sources miss (pipeline/dates/fiscalyears.py). Sentences are
invented."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates
from pipeline.dates.fiscalyears import fiscal_year_dates
from pipeline.dates.timex import interpret


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the FY 2022 President's Budget asks for more", [("FY 2022", "2022")]),
        ("the Fiscal 2023 Budget requests it", [("Fiscal 2023", "2023")]),
        ("lending rose in FY24.And then", [("FY24", "2024")]),
        ("in Fiscal Year 2019 spending fell", [("Fiscal Year 2019", "2019")]),
        # links and file names are not dates
        ("see https://example.gov/fiscal-year-2022/FY2022.pdf now", []),
        ("[report](https://example.gov/docs/FY2022-summary)", []),
        # not a fiscal year
        ("the FYI 2022 note", []),
    ],
)
def test_fiscal_year_dates(text, expected):
    got = fiscal_year_dates(text, [], None, interpret)
    assert [(text[s:e], v) for s, e, _, v in got] == expected


def test_covered_years_are_left_alone():
    text = "in FY 2022 funds"
    assert fiscal_year_dates(text, [(3, 10, "DATE", "2022")], None, interpret) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The agency will request $40 million in the FY 2025 President's Budget.", ("FY 2025", "DATE", "2025")),
        ("The city's Fiscal 2024 Budget adds two clinics.", ("Fiscal 2024", "DATE", "2024")),
    ],
)
def test_fiscal_years_in_text(make_doc, sentence, expected):
    got = {(d.text, d.type, d.value) for d in extract_dates(make_doc(sentence), published="2024-03-01")}
    assert expected in got
