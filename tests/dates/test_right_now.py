""""Right now" opening a sentence names the present; "All right, now" and "Now," that only order
the talk do not (pipeline/dates/candidates.py). "The coming weeks and months" is the time to come
(pipeline/dates/patterns.py FUTURE). Sentences are invented."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Right now, the port is handling record traffic.", [("now", "DATE", "PRESENT_REF")]),
        ("The council met.  Right now, two plans are on the table.", [("now", "DATE", "PRESENT_REF")]),
        ("And right now, that market has largely disappeared.", [("now", "DATE", "PRESENT_REF")]),
        ("All right now, let's get started.", []),
        ("Now, the committee is ready to vote.", []),
    ],
)
def test_right_now(make_doc, sentence, expected):
    got = [(d.text, d.type, d.value) for d in extract_dates(make_doc(sentence), published="2023-05-10")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the coming weeks and months", ("DATE", "FUTURE_REF")),
        ("the coming months and years", ("DATE", "FUTURE_REF")),
        ("in the next few days", ("DATE", "FUTURE_REF")),
        ("the next five days", ("DURATION", "P5D")),
    ],
)
def test_time_to_come(text, expected):
    from pipeline.dates import normalize

    assert normalize(text, "2023-05-10") == expected
