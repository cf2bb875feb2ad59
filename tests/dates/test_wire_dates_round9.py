"""Dates in business and wire copy: quarters written "Q3" or by their months, ordinal days of the
month ("on the 21st", "Friday the 7th"), "end-2027", a year that is part of a name ("Expo 2025",
"Agenda 2063"), a focus adverb after a date ("in the third quarter alone"), and quarters that label
figures already published whatever the verb's tense."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates, normalize


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # an ordinal day alone: that day in the month around publication, on the tense's side
        ("the 21st", "2025-11-14", None, ("DATE", "2025-11-21")),
        ("the 21st", "2025-11-14", "past", ("DATE", "2025-10-21")),
        ("the 3rd", "2025-11-14", "future", ("DATE", "2025-12-03")),
        ("the 31st", "2025-11-14", None, ("DATE", "2025-10-31")),  # November has no 31st
        # a weekday with its ordinal picks the month whatever the tense
        ("Friday the 7th", "2025-11-14", "future", ("DATE", "2025-11-07")),
        ("monday, the 1st", "2025-11-14", None, ("DATE", "2025-12-01")),
        # a calendar quarter named by its months
        ("the January-March quarter", "2025-11-14", "past", ("DATE", "2025-Q1")),
        ("the October-December quarter", "2024-06-01", "future", ("DATE", "2024-Q4")),
        # "end-" before a year, like "mid-" and "late-"
        ("end-2027", "2025-11-14", None, ("DATE", "2027")),
    ],
)
def test_normalisation(text, published, tense, expected):
    assert normalize(text, published, tense=tense) == expected


@pytest.mark.parametrize("text", ["the 21st century", "the 47th", "the 5th anniversary"])
def test_ordinals_that_are_not_days(text):
    got = normalize(text, "2025-11-14")
    assert got is None or got[1] is None or not got[1].startswith("2025-1")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a year after a capitalised name word belongs to the name
        ("Ministers met at the Expo 2025 site in Osaka and backed Agenda 2063.", "2025-06-02", []),
        ("The council adopted Vision 2040 in Riyadh on Monday.", "2025-06-04",
         [("Monday", "DATE", "2025-06-02")]),
        # ... but not after a calendar word
        ("The fund was set up in May 2024 and paid out at Christmas 2024.", "2025-06-02",
         [("May 2024", "DATE", "2024-05"), ("Christmas 2024", "DATE", "2024-12-25")]),
        # business shorthand for quarters
        ("Q2 revenue beat forecasts, the chipmaker said.", "2025-08-20", [("Q2", "DATE", "2025-Q2")]),
        # a focus adverb is not part of the date
        ("Exports fell 4% in the third quarter alone.", "2025-11-20", [("the third quarter", "DATE", "2025-Q3")]),
        # figures published for a past quarter, announced with a future verb
        ("The carmaker will publish second-quarter earnings on Thursday.", "2025-07-28",
         [("second-quarter", "DATE", "2025-Q2"), ("Thursday", "DATE", "2025-07-31")]),
        # a weekday completed by its ordinal
        ("The court sat on Monday the 10th and adjourned.", "2025-11-14",
         [("Monday the 10th", "DATE", "2025-11-10")]),
        ("Talks resume on the 19th, officials said.", "2025-11-14", [("the 19th", "DATE", "2025-11-19")]),
        ("Imports rose in the April-June quarter.", "2025-09-01", [("April-June quarter", "DATE", "2025-Q2")]),
        # a day coordinated with a dated one takes its month, and gives it its year
        ("The envoys spoke on October 8 and 9, 2024, about the ceasefire.", "2024-10-20",
         [("October 8", "DATE", "2024-10-08"), ("9, 2024", "DATE", "2024-10-09")]),
    ],
)
def test_in_text(make_doc, sentence, published, expected):
    got = [(d.text, d.type, d.value) for d in extract_dates(make_doc(sentence), published=published)]
    assert got == expected
