"""Dates as wire stories write them: AP's abbreviated months ("Jan. 19"), race and match times
in several units, lengths "another"/"the first N months of the year", and spans the model runs
together ("on Monday to 12 years", "Monday, days after", "a fifth last year")."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates, normalize


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an abbreviated month with its full stop is a month, not a document number ("S. 1605")
        ("Jan. 19", "2026-05-02", ("DATE", "2026-01-19")),
        ("Aug. 3", "2021-09-10", ("DATE", "2021-08-03")),
        # a length written in several units is one value, larger units first
        ("3 hours 41 minutes", "2020-06-01", ("DURATION", "PT3H41M")),
        ("1 hour, 58 minutes and 7 seconds", "2020-06-01", ("DURATION", "PT1H58M7S")),
        ("two years and three months", "2020-06-01", ("DURATION", "P2Y3M")),
        # a season named by two years, the second cut short: the year it starts in
        ("the 2022-23 season", "2024-01-01", ("DATE", "2022")),
        ("1987-88", "2024-01-01", ("DATE", "1987")),
        # more of a length, the first part of a year
        ("another three days", "2020-06-01", ("DURATION", "P3D")),
        ("a further six months", "2020-06-01", ("DURATION", "P6M")),
        ("the first nine months of the year", "2020-06-01", ("DURATION", "P9M")),
    ],
)
def test_wire_normalisation(text: str, published: str, expected: tuple[str, str]) -> None:
    assert normalize(text, published) == expected


@pytest.mark.parametrize("text", ["S. 1605", "No. 2021", "5 minutes 2 hours", "2 hours 3 hours"])
def test_not_compound_lengths_or_months(text: str) -> None:
    got = normalize(text, "2020-06-01")
    assert got is None or got[0] != "DURATION" or got[1] not in ("PT5M2H", "PT2H3H")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The truce took effect on Feb. 4, mediators said.", "2026-05-02", [("Feb. 4", "DATE", "2026-02-04")]),
        ("She crossed the line in 2 hours 19 minutes 12 seconds, a course record.", "2025-04-27",
         [("2 hours 19 minutes 12 seconds", "DURATION", "PT2H19M12S")]),
        ("A judge on Thursday sentenced him to 15 years in prison.", "2024-03-09",
         [("Thursday", "DATE", "2024-03-07"), ("15 years", "DURATION", "P15Y")]),
        ("Exports fell by a quarter last year, the ministry said.", "2024-03-09", [("last year", "DATE", "2023")]),
        ("The levee held for over a decade.", "2024-03-09", [("over a decade", "DURATION", "P10Y")]),
        # a season that modifies a noun is a kind of thing, not a time
        ("A winter storm knocked out power across the state on Sunday.", "2024-01-15",
         [("Sunday", "DATE", "2024-01-14")]),
    ],
)
def test_wire_dates_in_text(make_doc, sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(d.text, d.type, d.value) for d in extract_dates(make_doc(sentence), published=published)]
    assert got == expected
