"""Absolute calendar expressions as written: "April 2, 2021", "May '99", "Q3 2023", "3 p.m.".

dateparser is used only as a fallback for calendar formats the grammar does not cover
("03/05/2021", "the 5th of March"). It is not the main normaliser because it always returns
a full ``datetime`` (it fills missing parts from ``RELATIVE_BASE``, so "2031" comes back as a
day), it knows no durations, sets, seasons, decades or vague references, and its
``PREFER_DATES_FROM`` is a global past/future switch where news needs the tense of the
clause. So the granularity of every value is decided here: from dateparser's ``period`` and
from which parts the text actually writes.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .calendar import iso_week, pick_year
from .lexicon import MONTH_WORD, MONTHS, QUARTER_NUMBERS, WEEKDAYS
from .patterns import (
    CLOCK, DAY_AFTER_MONTH, DAY_BEFORE_MONTH, FISCAL, HALF, ISO, MONTH, MONTH_QUARTER, NAMED_TIME, NUMERIC_DATE, ORDINAL_DAY,
    QUARTER, REL_YEAR,
    WEEKDAY, YEAR_RE,
)

__all__ = ["calendar_date", "clock_value", "dateparser_fallback"]


# A month named relative to now: "last September", "next March" (not "last year in March").
_REL_MONTH = re.compile(r"^(?:the\s+)?(last|past|previous|next|coming)\s+" + MONTH_WORD + r"$")


def calendar_date(t: str, anchor: dt.date | None, tense: str | None) -> tuple[str, str | None] | None:
    """A calendar date, month, year, quarter or weekday as written, with an optional clock time.

    Args:
        t: Cleaned text (see :func:`pipeline.dates.timex.clean`).
        anchor: The publication date, or None.
        tense: "past", "future" or None, which places a date written without a year.

    Returns:
        ``(type, value)``, or None when the text writes no calendar date.
    """
    m = ISO.match(t)
    if m:
        return "DATE", t
    if (m := ORDINAL_DAY.match(t)) is not None:
        return "DATE", _ordinal_day(int(m.group(2)), m.group(1), anchor, tense)
    if NUMERIC_DATE.search(t):
        return dateparser_fallback(t, anchor)
    year_m = YEAR_RE.search(t)
    month_m = MONTH.search(t)
    fy = FISCAL.search(t)
    clock = CLOCK.search(t) if re.search(r"\d\s*[ap]\.?\s?m\b|noon|midday|midnight|\d:\d\d", t) else None
    day: int | None = None
    month = MONTHS[month_m.group(1)] if month_m else None
    if month_m:
        dm = DAY_AFTER_MONTH.search(t) or DAY_BEFORE_MONTH.search(t)
        if dm:
            g = [x for x in dm.groups() if x and x.isdigit()]
            if g and 1 <= int(g[0]) <= 31:
                day = int(g[0])
    year: int | None = int(year_m.group(1)) if year_m else None
    if (mq := MONTH_QUARTER.search(t)) is not None and (first := MONTHS[mq.group(1)]) % 3 == 1 \
            and MONTHS[mq.group(2)] == first + 2 and (year is not None or anchor is not None):
        # a calendar quarter by its months; one that does not start a calendar quarter is a
        # company's fiscal quarter and keeps the month reading below
        return "DATE", f"{year or pick_year(first + 2, None, anchor, tense)}-Q{(first + 2) // 3}"
    if year is None and month_m and (short := re.search(r"'(\d\d)$", t)):
        yy = int(short.group(1))
        year = (1900 if yy > (anchor.year % 100 + 10 if anchor else 30) else 2000) + yy  # "May '99"
    rel_year = REL_YEAR.search(t)
    if year is None and rel_year and anchor is not None:
        year = anchor.year + {"this": 0, "last": -1, "next": 1, "previous": -1}[rel_year.group(1)]
    if fy and year is None:
        y = fy.group(1)
        year = int(y) if len(y) == 4 else 2000 + int(y)
    if month is None and year is None:
        wd = WEEKDAY.search(t)
        if wd and anchor is not None:
            target = WEEKDAYS[wd.group(1)]
            delta = (target - anchor.weekday()) % 7
            # a bare weekday is the nearest one on the side the clause's tense points to
            if delta > 0 and (tense == "past" or tense is None and delta > 3):
                delta -= 7
            if clock:
                return "TIME", f"{(anchor + dt.timedelta(days=delta)).isoformat()}{clock_value(clock)}"
            return "DATE", (anchor + dt.timedelta(days=delta)).isoformat()
        if clock:
            return "TIME", (f"{anchor.isoformat()}{clock_value(clock)}" if anchor else f"XXXX-XX-XX{clock_value(clock)}")
        return dateparser_fallback(t, anchor)
    q = QUARTER.search(t)
    h = HALF.search(t)
    if year is not None and month is None:
        if q:
            n = QUARTER_NUMBERS.get(q.group(1) or "", 0) or int(q.group(2))
            return "DATE", f"{year}-Q{n}"
        if h:
            return "DATE", f"{year}-H{1 if h.group(1) == 'first' else 2}"
        return "DATE", str(year)
    assert month is not None
    if year is None:
        rel_month = _REL_MONTH.match(t)
        if anchor is None:
            year_s = "XXXX"
        elif rel_month and day is None:
            # "last September" is the latest September before the month of publication, "next
            # March" the first one after it, whatever the tense says
            back = rel_month.group(1) in ("last", "past", "previous")
            year_s = str(anchor.year - (month >= anchor.month) if back else anchor.year + (month <= anchor.month))
        else:
            year_s = str(pick_year(month, day, anchor, tense))
    else:
        year_s = str(year)
    if day is None:
        return "DATE", f"{year_s}-{month:02d}"
    try:
        if year_s != "XXXX":
            dt.date(int(year_s), month, day)
    except ValueError:
        return "DATE", None
    value = f"{year_s}-{month:02d}-{day:02d}"
    if clock:
        return "TIME", value + clock_value(clock)
    return "DATE", value


def _ordinal_day(day: int, weekday: str | None, anchor: dt.date | None, tense: str | None) -> str | None:
    """The date of "the 21st" (or "Tuesday the 4th"): that day in the month of publication or the
    month either side, the one nearest publication on the side the tense points to (a written
    weekday decides alone)."""
    if anchor is None:
        return None
    options = []
    for step in (-1, 0, 1):
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        try:
            d = dt.date(year, month + 1, day)
        except ValueError:
            continue  # "the 31st" in a 30-day month
        if weekday is not None and d.weekday() != WEEKDAYS[weekday]:
            continue
        if weekday is None and (tense == "past" and d > anchor or tense == "future" and d < anchor):
            continue
        options.append(d)
    return min(options, key=lambda d: abs((d - anchor).days)).isoformat() if options else None


def clock_value(m: re.Match[str]) -> str:
    """``Thh:mm`` from a match of :data:`~.patterns.CLOCK`: the clock as written, in the zone the
    text names. No zone is marked, UTC included: the value is the same for every zone, as the
    annotation guide and the gold write it ("16:08 UTC" -> ``T16:08``, as "8:00pm ET" -> ``T20:00``)."""
    if m.group("word"):
        value = "T12:00" if m.group("word") in ("noon", "midday") else "T24:00"
    else:
        h = int(m.group("h") or m.group("h2") or m.group("h3"))
        mins = int(m.group("m") or m.group("m2") or m.group("m3") or 0)
        ap = (m.group("ap") or "").replace(".", "").replace(" ", "")
        if ap == "pm" and h < 12:
            h += 12
        elif ap == "am" and h == 12:
            h = 0
        value = f"T{h:02d}:{mins:02d}"
    return value


@lru_cache(maxsize=256)
def _date_parser(anchor: dt.date | None):  # noqa: ANN202 - dateparser has no public type
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_fallback(t: str, anchor: dt.date | None) -> tuple[str, str | None] | None:
    """Formats outside the grammar ("03/05/2021"); the granularity comes from ``period``."""
    if not re.search(r"\d", t):
        if NAMED_TIME.search(t):
            return "DATE", None  # a named time whose value is not known: kept, value null
        return None  # a unit word alone ("fiscal year") refers to no particular time
    if not re.search(r"\d[/.]\d", t):
        return None  # bare numbers ("12,000", "S. 1605") are not dates
    data = _date_parser(anchor).get_date_data(t)
    if data is None or data.date_obj is None:
        return "DATE", None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return "DATE", str(d.year)
    if period == "month":
        return "DATE", f"{d.year}-{d.month:02d}"
    if period == "week":
        return "DATE", iso_week(d)
    return "DATE", d.isoformat()
