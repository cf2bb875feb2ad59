"""Tests for pipeline.dates.calendar: holidays (from the holidays package and dateutil's Easter),
fiscal years, ISO weeks. No model."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import normalize
from pipeline.dates.calendar import HOLIDAYS, Unknown, at_unit, fiscal_year, holiday_value, iso_week
from pipeline.dates.patterns import HOLIDAY, HOLIDAY_CUE


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # US federal holidays: the actual day, never the "observed" weekday
        ("Memorial Day", "2024-06-15", None, "2024-05-27"),
        ("Thanksgiving 2023", None, None, "2023-11-23"),
        ("Presidents Day 2022", None, None, "2022-02-21"),
        ("Columbus Day 2021", None, None, "2021-10-11"),
        ("Independence Day", "2021-07-03", "future", "2021-07-04"),
        ("Christmas Day 2022", None, None, "2022-12-25"),  # a Sunday: observed on the 26th, said of the 25th
        # the historical rules: Veterans Day was the fourth Monday of October 1971-1977,
        # Memorial Day May 30 before 1971; MLK Day was first kept in 1986
        ("Veterans Day 1975", None, None, "1975-10-27"),
        ("Memorial Day 1968", None, None, "1968-05-30"),
        ("Martin Luther King Jr. Day 1980", None, None, None),
        # the tense of the clause places a holiday written without a year
        ("Labor Day", "2016-11-07", "future", "2017-09-04"),
        ("Labor Day", "2016-11-07", "past", "2016-09-05"),
        ("Halloween", "2022-11-02", "past", "2022-10-31"),
        ("New Year's Eve", "2023-12-01", None, "2023-12-31"),
        # Western Easter (dateutil)
        ("Easter 2024", None, None, "2024-03-31"),
        ("Easter", "2024-05-01", "past", "2024-03-31"),
        ("Good Friday", "2024-03-01", "future", "2024-03-29"),
        # other countries' calendars
        ("Boxing Day 2022", None, None, "2022-12-26"),
        ("Labour Day 2023", None, None, "2023-09-04"),
        ("Remembrance Day 2021", None, None, "2021-11-11"),
        ("Lunar New Year", "2024-01-20", "future", "2024-02-10"),
        ("Diwali 2023", None, None, "2023-11-12"),
        ("Passover 2024", None, None, "2024-04-23"),
        ("Yom Kippur 2023", None, None, "2023-09-25"),
        ("Nowruz 2024", None, None, "2024-03-20"),
        # the hand-kept days
        ("Juneteenth 2019", None, None, "2019-06-19"),
        ("Armistice Day 1918", None, None, "1918-11-11"),
        ("Flag Day", None, None, "XXXX-06-14"),
        # without a year or an anchor only a holiday on the same day every year has a value
        ("Christmas", None, None, "XXXX-12-25"),
        ("Memorial Day", None, None, None),
        # no single calendar value
        ("Eid al-Fitr 2024", None, None, None),
        ("Ramadan", "2024-03-01", None, None),
    ],
)
def test_holidays(text: str, published: str | None, tense: str | None, expected: str | None) -> None:
    assert normalize(text, published, tense=tense) == ("DATE", expected)


@pytest.mark.parametrize("name", sorted(HOLIDAYS))
def test_every_holiday_name_is_read(name: str) -> None:
    # the cue is a fast pre-filter: it must let every listed name through
    assert HOLIDAY_CUE.search(name) and HOLIDAY.match(name)


@pytest.mark.parametrize("name", sorted(n for n, rule in HOLIDAYS.items() if not isinstance(rule, Unknown)))
def test_every_dated_holiday_has_a_date_in_recent_years(name: str) -> None:
    # catches a holiday renamed in a new release of the holidays package (it would go null)
    for year in (2021, 2025, 2030):
        value = holiday_value(name, str(year), None, None)
        assert value is not None and value.startswith(str(year)), (name, year, value)


@pytest.mark.parametrize(
    ("anchor", "step", "expected"),
    [("2023-09-30", 0, "2023"), ("2023-10-01", 0, "2024"), ("2024-03-07", -1, "2023"), ("2024-11-05", 1, "2026")],
)
def test_fiscal_years_end_in_september(anchor: str, step: int, expected: str) -> None:
    assert fiscal_year(dt.date.fromisoformat(anchor), step) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [("2021-03-05", "week", "2021-W09"), ("2021-01-01", "week", "2020-W53"), ("2021-03-05", "month", "2021-03"),
     ("2021-03", "day", None), ("2021", "year", "2021"), ("PRESENT_REF", "year", None)],
)
def test_at_unit(value: str, unit: str, expected: str | None) -> None:
    assert at_unit(value, unit) == expected


def test_iso_week_crosses_the_year() -> None:
    assert iso_week(dt.date(2024, 12, 30)) == "2025-W01"
