"""Clock times with a time zone or written out zone ("4:05 P.M. CDT", "9:30pm PT", "11:00 a.m.
Eastern"), and a transcript header's clock dated by the date line just above it."""

from __future__ import annotations

import pytest

from pipeline import nlp as N
from pipeline.dates import extract_dates
from pipeline.records import Article

pytestmark = pytest.mark.model


def _dates(nlp, text: str, published: str):
    return extract_dates(N.process(nlp, Article(id="t", text=text, published=published)), published=published)


CASES = [
    ("Briefing Room\n\n4:05 P.M. CDT\n\nMS. SMITH: Thanks for coming, everyone.", "2022-03-04",
     [("4:05 P.M. CDT", "TIME", "2022-03-04T16:05")]),
    ("The address will air from the Rose Garden at 9:30pm PT.", "2021-06-10",
     [("9:30pm PT", "TIME", "2021-06-10T21:30")]),
    ("Tokyo, Japan\n\n2:10 P.M. JST\n\nTHE PRESIDENT: Thank you.", "2023-05-21",
     [("2:10 P.M. JST", "TIME", "2023-05-21T14:10")]),
    ("The briefing begins at 11:00 a.m. Eastern tomorrow morning.", "2024-02-12",
     [("11:00 a.m. Eastern tomorrow morning", "TIME", "2024-02-13T11:00")]),
    ("(March 3, 2022)\n\n7:12 P.M. CST\n\nTHE VICE PRESIDENT: Hello, Texas.", "2022-03-04",
     [("March 3, 2022", "DATE", "2022-03-03"), ("7:12 P.M. CST", "TIME", "2022-03-03T19:12")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_clock_times(nlp, text, published, expected):
    got = _dates(nlp, text, published)
    assert [(d.evidence.text, d.type, d.value) for d in got] == expected


GREETINGS = [
    ("MS. SMITH: Good afternoon, everyone. The schedule is full this afternoon.", "2022-03-04",
     [("this afternoon", "TIME", "2022-03-04TAF")]),
    ("Good morning. We met this morning with the governors.", "2022-03-04",
     [("this morning", "TIME", "2022-03-04TMO")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), GREETINGS, ids=[c[0][:30] for c in GREETINGS])
def test_greetings_name_no_time(nlp, text, published, expected):
    got = _dates(nlp, text, published)
    assert [(d.evidence.text, d.type, d.value) for d in got] == expected
