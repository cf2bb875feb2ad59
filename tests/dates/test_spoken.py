"""Dates in transcripts, briefings and fact sheets: a discourse "now", idioms of being current, a
header date line, halves of units, vague spans ahead and behind, and expressions written together
("Tomorrow, November 28th"; "eight hours tomorrow")."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import normalize
from pipeline.dates.extract import header_date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("half an hour", "2023-05-02", ("DURATION", "PT30M")),
        ("half a day", "2023-05-02", ("DURATION", "PT12H")),
        ("half a year", "2023-05-02", ("DURATION", "P6M")),
        ("a year and a half", "2023-05-02", ("DURATION", "P18M")),
        ("two and a half years", "2023-05-02", ("DURATION", "P2.5Y")),
        ("the other night", "2023-05-02", ("DATE", "PAST_REF")),
        ("the weeks ahead", "2023-05-02", ("DATE", "FUTURE_REF")),
        ("the months and years ahead", "2023-05-02", ("DATE", "FUTURE_REF")),
        ("the Labor Day holiday", "2023-05-02", ("DATE", "2023-09-04")),
        ("six weeks to the day", "2023-05-02", ("DURATION", "P6W")),
        ("later in the week", "2023-05-02", ("DATE", "2023-W18")),
        # "this past week" on a Friday is the week now ending; on a Monday the one before
        ("this past week", "2023-05-05", ("DATE", "2023-W18")),
        ("this past week", "2023-05-01", ("DATE", "2023-W17")),
    ],
)
def test_normalize_spoken_forms(text, published, expected):
    assert normalize(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Harbour Talks\n\nMay 4, 2023\n\n9:02 A.M. EDT\n\nMR. LEE: Thanks.", "2023-05-05", dt.date(2023, 5, 4)),
        ("Remarks at a Rally\n\n(October 2, 2022)\n\nTHE GOVERNOR: Hello!", "2022-10-03", dt.date(2022, 10, 2)),
        # a date far from the publication date is a date in the text, not the day it took place
        ("Timeline\n\nJanuary 3, 2019\n\nThe law passed.", "2023-05-05", None),
        ("A statement.\n\nWe met today.", "2023-05-05", None),
    ],
)
def test_header_date(text, published, expected):
    assert header_date(text, dt.date.fromisoformat(published)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a discourse "now" orders the talk; a temporal "now" stays
        ("Now, the agency is opening new offices.", "2023-05-02", []),
        ("Now — now my opponent says otherwise.", "2023-05-02", []),
        ("I will now turn the call over to the deputy.", "2023-05-02", []),
        ("And now I'm going to turn it back to the mayor.", "2023-05-02", []),
        ("The ministry has now paid every claim.", "2023-05-02", [("now", "DATE", "PRESENT_REF")]),
        ("Let me bring you up to date on the storm.", "2023-05-02", []),
        # two expressions written together
        ("Tomorrow, June 3rd, will mark a year since the flood.", "2023-06-02",
         [("Tomorrow", "DATE", "2023-06-03"), ("June 3rd", "DATE", "2023-06-03"), ("a year", "DURATION", "P1Y")]),
        ("The crews think the repair will take about six hours tomorrow.", "2023-06-02",
         [("about six hours", "DURATION", "PT6H"), ("tomorrow", "DATE", "2023-06-03")]),
        # a clock whose sentence names no day takes the day of the sentence before
        ("The governor will speak tomorrow. The address starts at 7:00pm ET.", "2023-06-02",
         [("tomorrow", "DATE", "2023-06-03"), ("7:00pm ET", "TIME", "2023-06-03T19:00")]),
        ("The board met on Monday. Later in the week, the chair resigned.", "2023-06-02",
         [("Monday", "DATE", "2023-05-29"), ("Later in the week", "DATE", "2023-W22")]),
        ("We spoke with the mayor this weekend about the floods.", "2023-06-05",
         [("this weekend", "DATE", "2023-W22-WE")]),
        ("We will speak with the mayor this weekend.", "2023-06-05", [("this weekend", "DATE", "2023-W23-WE")]),
        # the day written before the month, inside a noun phrase
        ("The ministers endorsed the 14 June 2022 declaration.", "2023-06-05", [("14 June 2022", "DATE", "2022-06-14")]),
    ],
)
def test_extract_spoken(dates_of, text, published, expected):
    assert dates_of(text, published) == expected


@pytest.mark.model
def test_header_date_anchors_relative_dates(dates_of):
    text = "Background Call on the Talks\n\nMay 4, 2023\n\n9:02 A.M. EDT\n\nMR. LEE: Today we met; tomorrow we sign."
    got = dates_of(text, "2023-05-05")
    assert ("Today", "DATE", "2023-05-04") in got
    assert ("tomorrow", "DATE", "2023-05-05") in got
