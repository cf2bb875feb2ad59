"""Dates in wire copy, second pass of round 9: a day written without its year in a clause about
the future keeps the year its tense gives it, however recently the story named an earlier year
("will hold a memorial on 9 March"); the time of a "to"-infinitive under a present verb of
expectation or intention lies ahead ("expects to break even in the second quarter")."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a future clause is not part of a story told about an earlier year
        ("The dam burst in March 2023. The town will hold a memorial on 9 March.", "2025-11-20",
         [("March 2023", "DATE", "2023-03"), ("9 March", "DATE", "2026-03-09")]),
        # ... while a past one is
        ("The dam burst in March 2023. Rescuers found the last survivor on 9 March.", "2025-11-20",
         [("March 2023", "DATE", "2023-03"), ("9 March", "DATE", "2023-03-09")]),
        # present verbs of expectation and intention look ahead
        ("The retailer expects to break even in the second quarter.", "2025-10-02",
         [("the second quarter", "DATE", "2026-Q2")]),
        ("The carrier plans to resume flights in the first quarter.", "2025-09-15",
         [("the first quarter", "DATE", "2026-Q1")]),
        ("The mine is expected to reopen in the second quarter.", "2025-11-03",
         [("the second quarter", "DATE", "2026-Q2")]),
        ("The refinery is due to restart in the first quarter.", "2025-11-03",
         [("the first quarter", "DATE", "2026-Q1")]),
        # a past verb of expectation says nothing of its own
        ("The miner said in July it expected to resume output in the second quarter.", "2025-11-03",
         [("July", "DATE", "2025-07"), ("the second quarter", "DATE", "2025-Q2")]),
        # a quarter still to come this year is this year's
        ("The bank expects growth to pick up in the fourth quarter.", "2025-08-04",
         [("the fourth quarter", "DATE", "2025-Q4")]),
    ],
)
def test_in_text(make_doc, sentence, published, expected):
    got = [(d.text, d.type, d.value) for d in extract_dates(make_doc(sentence), published=published)]
    assert got == expected
