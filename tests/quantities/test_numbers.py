"""Number-word and numeral parsing."""

from __future__ import annotations

import pytest

from pipeline import numbers as num


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["28,500"], 28500),
        (["1.5", "million"], 1_500_000),
        (["2.5", "billion"], 2_500_000_000),
        (["61", "trillion"], 61_000_000_000_000),
        # a scale of a scale: South Asian "lakh crore" (10^5 x 10^7), the old British "thousand million"
        (["2.4", "lakh", "crore"], 2_400_000_000_000),
        (["a", "thousand", "million"], 1_000_000_000),
        (["one", "million", "two", "hundred", "thousand"], 1_200_000),
        (["twenty", "-", "five"], 25),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["one", "hundred", "and", "fifty"], 150),
        (["two", "thousand", "five", "hundred"], 2500),
        (["one", "billion"], 1_000_000_000),
        (["3bn"], 3_000_000_000),
        (["3k"], 3000),
        (["300", "m"], 300_000_000),
        (["1.25"], 1.25),
        (["half", "a", "million"], 500_000),
        (["half", "a", "dozen"], 6),
        (["quarter", "million"], 250_000),
        (["quarter", "of", "a", "million"], 250_000),
        (["half", "billion"], 500_000_000),  # "a half billion doses", "another half billion"
        (["Twenty", "-", "five"], 25),
        (["-36"], -36),
        (["-366.94"], -366.94),
    ],
)
def test_parse(words, value):
    assert num.parse(words) == value


@pytest.mark.parametrize("words", [["a"], ["5", "6"], ["troops"], [], ["half"], ["half", "dozen"], ["quarter"],
                                   ["quarter", "of"]])
def test_parse_rejects(words):
    assert num.parse(words) is None


@pytest.mark.parametrize(("text", "expected"), [("70th", True), ("21st", True), ("70", False), ("first", False)])
def test_is_ordinal(text, expected):
    assert num.is_ordinal(text) is expected


@pytest.mark.parametrize(("text", "expected"), [("28,500", True), ("2026", False), ("1,000,000", True), ("2,5", False)])
def test_is_comma_grouped(text, expected):
    assert num.is_comma_grouped(text) is expected


def test_whole_floats_become_ints():
    assert isinstance(num.parse(["1.5", "billion"]), int)


@pytest.mark.parametrize(("text", "expected"), [("F-35A", True), ("Su-57", True), ("B-52s", True), ("MQ-9", True),
                                                ("S-400", True), ("COVID-19", False), ("G7", False),
                                                ("2,500", False), ("two-way", False), ("A320s", True),
                                                ("A380", True), ("C130", True), ("FY2021", False), ("Q3", False),
                                                ("737", False)])
def test_is_designation(text, expected):
    assert num.is_designation(text) is expected
