"""Candidates the normaliser leaves without a value, read again (pipeline/dates/unresolved.py):
two expressions joined at a comma, a stray determiner, a clock time after "past", a recurring
part of the day and a leap day without its year. Sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import extract_dates
from pipeline.dates.timex import interpret
from pipeline.dates.unresolved import reread_unresolved


def _read(text: str, published: str, tense: str | None = None) -> list[tuple[str, str, str | None]]:
    anchor = dt.date.fromisoformat(published)
    parts = reread_unresolved(text, interpret(text, anchor, tense), anchor, tense, interpret)
    return [(text[s:e], typ, value) for s, e, typ, value in parts]


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("today, tomorrow", "2023-06-14", None, [("today", "DATE", "2023-06-14"), ("tomorrow", "DATE", "2023-06-15")]),
        ("today, decades", "2023-06-14", None, [("today", "DATE", "2023-06-14"), ("decades", "DURATION", "PXDE")]),
        ("this later today", "2023-06-14", None, [("later today", "DATE", "2023-06-14")]),
        ("that earlier today", "2023-06-14", None, [("earlier today", "DATE", "2023-06-14")]),
        ("past 8:00 p.m", "2023-06-14", None, [("8:00 p.m", "TIME", "2023-06-14T20:00")]),
        ("every morning", "2023-06-14", None, [("every morning", "SET", "P1D")]),
        ("each evening", "2023-06-14", None, [("each evening", "SET", "P1D")]),
        ("February 29", "2025-03-10", None, [("February 29", "DATE", "2024-02-29")]),
        ("February 29", "2025-03-10", "future", [("February 29", "DATE", "2028-02-29")]),
        # resolved values are never touched
        ("February 29", "2024-03-10", None, [("February 29", "DATE", "2024-02-29")]),
        ("every night", "2023-06-14", None, [("every night", "SET", "P1D")]),
        ("this last week", "2023-06-14", None, [("last week", "DATE", "2023-W23")]),
        ("this next week", "2023-06-14", None, [("next week", "DATE", "2023-W25")]),
        ("Ten years ago this week", "2023-06-14", None, [("Ten years ago this week", "DATE", "2013-W24")]),
        ("two years ago this month", "2023-06-14", None, [("two years ago this month", "DATE", "2021-06")]),
        # a refused candidate is not split at its comma
        ("70th anniversary, today", "2023-06-14", None, []),
        # "24/7" is around the clock, never a day of July
        ("24/7, 365 days", "2023-06-14", None, [("365 days", "DURATION", "P365D")]),
        ("24/7 hours", "2023-06-14", None, []),
        ("24/7", "2023-06-14", None, []),
        # nothing to resolve: kept as it was
        ("a good weekend", "2023-06-14", None, [("a good weekend", "DATE", None)]),
    ],
)
def test_reread_unresolved(text, published, tense, expected):
    assert _read(text, published, tense) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The mayor said she stands with the families today, tomorrow and always.", "2023-06-14",
         {("today", "DATE", "2023-06-14"), ("tomorrow", "DATE", "2023-06-15")}),
        ("Farmers in the valley get up every morning before dawn.", "2023-06-14",
         {("every morning", "SET", "P1D")}),
        ("The clinic's staff answer the hotline 24/7 hours a week.", "2023-06-14", set()),
    ],
)
def test_unresolved_in_text(make_doc, sentence, published, expected):
    got = {(d.text, d.type, d.value) for d in extract_dates(make_doc(sentence), published=published)}
    assert expected <= got
    assert expected or not got
