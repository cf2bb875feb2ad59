"""Dates read with the words around them (round 8 stress classes): period-on-period comparisons,
part-of-day and lower-case month words that are not times, "one day" as a length, "over the next
year", "every Sunday", the verb "last", ages in decades, bare unit words; and the normaliser's
"N ago today", seasons just gone or still ahead, "all summer", "Q3", stacked lead words."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates, normalize


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "N ago today": that very day
        ("six months ago today", "2022-09-14", ("DATE", "2022-03-14")),
        ("ten years ago today", "2025-05-02", ("DATE", "2015-05-02")),
        ("two weeks ago today", "2025-05-02", ("DATE", "2025-04-18")),
        # a season just gone is of this year once it has ended; one still ahead is of this year
        ("last summer", "2023-11-20", ("DATE", "2023-SU")),
        ("last summer", "2023-04-20", ("DATE", "2022-SU")),
        ("last autumn", "2024-12-02", ("DATE", "2024-FA")),
        ("next spring", "2024-01-09", ("DATE", "2024-SP")),
        ("next spring", "2024-10-09", ("DATE", "2025-SP")),
        ("last winter", "2024-08-01", ("DATE", "2023-WI")),
        # the season named with "all" or "season"
        ("all summer", "2022-10-03", ("DATE", "2022-SU")),
        ("the summer season", "2021-05-05", ("DATE", "2021-SU")),
        # a quarter written Q3 alone
        ("Q2", "2021-05-05", ("DATE", "2021-Q2")),
        ("the Fourth of July", "2024-05-06", ("DATE", "2024-07-04")),
    ],
)
def test_normalisation(text: str, published: str, expected: tuple[str, str]) -> None:
    assert normalize(text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # "year on year" compares two periods: no time named
        ("Retail sales climbed 4.1% year on year, the bureau said.", "2025-02-11", []),
        ("Output slipped 0.6% month-on-month.", "2025-02-11", []),
        # a part of the day modifying a noun, a lower-case month (a verb)
        ("Thousands attended the evening vigil outside the cathedral.", "2025-02-11", []),
        ("Veterans march past the memorial every year.", "2025-02-11", [("every year", "SET", "P1Y")]),
        # "one day" as a length; the vague future only alone
        ("The minister stayed for one day and left.", "2025-02-11", [("one day", "DURATION", "P1D")]),
        ("With one day left, the campaigns made a final push.", "2025-02-11", [("one day", "DURATION", "P1D")]),
        ("One day, the border will reopen.", "2025-02-11", [("One day", "DATE", "FUTURE_REF")]),
        # "over the next year": the stretch ahead
        ("Prices should ease over the next year, the governor said.", "2025-02-11",
         [("the next year", "DURATION", "P1Y")]),
        # "every Sunday": a weekly set, span over the quantifier
        ("The market opens every Sunday near the harbour.", "2025-02-11", [("every Sunday", "SET", "XXXX-WXX-7")]),
        # "last" as a verb is not part of the length
        ("The inquiry could last 18 months, lawyers said.", "2025-02-11", [("18 months", "DURATION", "P18M")]),
        # a decade of life after a possessive is an age
        ("In her late 50s, she retrained as a nurse.", "2025-02-11", []),
        # lead words stacked in front of the expression
        ("The heat will persist until at least Friday.", "2024-05-06", [("Friday", "DATE", "2024-05-10")]),
        ("Did you ask him about yesterday's vote?", "2024-05-06", [("yesterday", "DATE", "2024-05-05")]),
        # "the day" a clause follows is the day of that event, undated
        ("Help began the day the levee broke, the mayor said.", "2024-05-06", [("the day", "DATE", None)]),
        # a unit word alone counts nothing
        ("When that dreaded day arrived, the village was empty.", "2025-02-11", []),
    ],
)
def test_dates_in_context(make_doc, sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(d.text, d.type, d.value) for d in extract_dates(make_doc(sentence), published=published)]
    assert got == expected
