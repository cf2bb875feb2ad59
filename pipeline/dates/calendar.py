"""Calendar arithmetic for time expressions: holidays, fiscal years, ISO weeks, quarters.

Holiday dates come from the maintained `holidays <https://pypi.org/project/holidays/>`_
package (the actual day, never the "observed" weekday a holiday moves to) and from
dateutil's Western Easter computus. What that package does not give is kept in a small hand
table below, each entry with its reason. No spaCy here.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from dateutil.easter import easter

__all__ = [
    "HOLIDAYS", "at_unit", "current_period", "fiscal_year", "holiday_value", "iso_week", "pick_year", "quarter_of",
    "shift_months",
]


@dataclass(frozen=True, slots=True)
class Listed:
    """A holiday as the ``holidays`` package lists it for a country (English name, exact)."""

    country: str
    name: str
    categories: tuple[str, ...] = ("public",)


@dataclass(frozen=True, slots=True)
class Easter:
    """A feast a fixed number of days from Western Easter Sunday."""

    offset: int


@dataclass(frozen=True, slots=True)
class Fixed:
    """A hand-kept day of the year, for what the package lacks (see ``reason``)."""

    month: int
    day: int
    reason: str


@dataclass(frozen=True, slots=True)
class Unknown:
    """A name that is a time expression but has no single calendar value (see ``reason``)."""

    reason: str


Rule = Listed | Easter | Fixed | Unknown

_US_UNOFFICIAL = ("unofficial",)
_EID = Unknown("begins with the sighting of the new moon, so its day differs by a day or two between "
               "countries; the text rarely says which country's")

# Holiday names as written in news (lower case) -> where their date comes from. US federal
# holidays use the US calendar: the pipeline reads US-centred English news.
HOLIDAYS: dict[str, Rule] = {
    "christmas": Listed("US", "Christmas Day"),
    "christmas day": Listed("US", "Christmas Day"),
    "christmas eve": Listed("US", "Christmas Eve", _US_UNOFFICIAL),
    "new year's day": Listed("US", "New Year's Day"),
    "new year": Listed("US", "New Year's Day"),
    "new year's eve": Listed("US", "New Year's Eve", _US_UNOFFICIAL),
    "independence day": Listed("US", "Independence Day"),
    "fourth of july": Listed("US", "Independence Day"),  # its everyday name
    "veterans day": Listed("US", "Veterans Day"),
    "veterans' day": Listed("US", "Veterans Day"),
    "armistice day": Fixed(11, 11, "the anniversary of the 1918 armistice; the package lists national holidays only "
                                   "from the year they were first kept (France: 1922)"),
    "remembrance day": Listed("CA", "Remembrance Day", ("government",)),
    "halloween": Listed("US", "Halloween", _US_UNOFFICIAL),
    "valentine's day": Listed("US", "Valentine's Day", _US_UNOFFICIAL),
    "juneteenth": Fixed(6, 19, "the package lists it only since it became a federal holiday (2021); "
                               "the day has been kept on June 19 since 1866"),
    "flag day": Fixed(6, 14, "a national observance (36 U.S.C. 110), not a public holiday, so not in the package"),
    "boxing day": Listed("GB", "Boxing Day"),
    "memorial day": Listed("US", "Memorial Day"),
    "labor day": Listed("US", "Labor Day"),
    "labour day": Listed("CA", "Labor Day"),  # the Canadian spelling; the package's English name is "Labor Day"
    "thanksgiving": Listed("US", "Thanksgiving Day"),
    "thanksgiving day": Listed("US", "Thanksgiving Day"),
    "martin luther king jr. day": Listed("US", "Martin Luther King Jr. Day"),
    "martin luther king day": Listed("US", "Martin Luther King Jr. Day"),
    "mlk day": Listed("US", "Martin Luther King Jr. Day"),
    "presidents day": Listed("US", "Washington's Birthday"),
    "presidents' day": Listed("US", "Washington's Birthday"),
    "president's day": Listed("US", "Washington's Birthday"),
    "washington's birthday": Listed("US", "Washington's Birthday"),
    "columbus day": Listed("US", "Columbus Day"),
    "indigenous peoples' day": Listed("US", "Columbus Day"),  # kept on the same federal Monday
    "easter": Easter(0),
    "easter sunday": Easter(0),
    "good friday": Easter(-2),
    "lunar new year": Listed("CN", "Chinese New Year (Spring Festival)"),
    "chinese new year": Listed("CN", "Chinese New Year (Spring Festival)"),
    "diwali": Listed("IN", "Diwali"),
    "passover": Listed("IL", "Pesach"),
    "yom kippur": Listed("IL", "Yom Kippur"),
    "hanukkah": Listed("IL", "Hanukkah", ("school",)),  # a school holiday in Israel, not a public one
    "nowruz": Listed("IR", "Nowruz"),
    "ramadan": Unknown("a month of the Islamic calendar, across two Gregorian months: no single value"),
    "eid": Unknown("Eid al-Fitr or Eid al-Adha: which one is not said"),
    "eid al-fitr": _EID,
    "eid al-adha": _EID,
}


def holiday_value(name: str, year: str | None, anchor: dt.date | None, tense: str | None) -> str | None:
    """The date of a named holiday, in the year written or implied.

    Args:
        name: A key of :data:`HOLIDAYS`.
        year: The year written with the name ("Christmas 2019"), or None.
        anchor: The publication date, which places a holiday written without a year.
        tense: "past", "future" or None, the tense of the clause (see :func:`pick_year`).

    Returns:
        ``YYYY-MM-DD``; ``XXXX-MM-DD`` for a holiday on the same day every year when no year
        is known; None when the day is not known.
    """
    rule = HOLIDAYS[name]
    if isinstance(rule, Unknown):
        return None
    if year is not None:
        day = _holiday_in(rule, int(year))
        return day.isoformat() if day else None
    if anchor is None:
        fixed = _same_day_every_year(rule)
        return f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else None
    day = _holiday_in(rule, anchor.year)
    if day is None:
        return None
    y = pick_year(day.month, day.day, anchor, tense)
    if y != anchor.year:
        day = _holiday_in(rule, y)
    return day.isoformat() if day else None


def _holiday_in(rule: Rule, year: int) -> dt.date | None:
    if isinstance(rule, Fixed):
        return dt.date(year, rule.month, rule.day)
    if isinstance(rule, Easter):
        return easter(year) + dt.timedelta(days=rule.offset)
    if isinstance(rule, Listed):
        return _listed(rule, year)
    return None


@lru_cache(maxsize=512)
def _listed(rule: Listed, year: int) -> dt.date | None:
    import holidays

    if not 1 <= year <= 9999:
        return None
    with warnings.catch_warnings():
        # The package warns when a year lies outside the range it knows; that year gives no date.
        warnings.simplefilter("ignore")
        table = holidays.country_holidays(rule.country, years=year, observed=False, categories=rule.categories,
                                          language="en_US")
        days = table.get_named(rule.name, lookup="exact")
    return min(days) if days else None


@lru_cache(maxsize=64)
def _same_day_every_year(rule: Rule) -> tuple[int, int] | None:
    """(month, day) when the holiday falls on one day in every year of a full weekday cycle."""
    days = {(d.month, d.day) for d in (_holiday_in(rule, y) for y in range(2000, 2008)) if d}
    return days.pop() if len(days) == 1 else None


# ---- years, weeks, quarters ---------------------------------------------------------------

def pick_year(month: int, day: int | None, anchor: dt.date, tense: str | None) -> int:
    """The year of a date written without one: the anchor's, moved by the clause's tense."""
    year = anchor.year
    probe = dt.date(year, month, min(day or 1, 28))
    ref = anchor if day else anchor.replace(day=1)
    # reported speech ("said it would meet on June 3") puts near future dates under a past
    # verb, so only a date well on the wrong side of the anchor moves to the next/previous year
    if tense == "past" and (probe - ref).days > 60:
        return year - 1
    if tense == "future" and (ref - probe).days > 60:
        return year + 1
    if tense is None and (probe - ref).days > 180:
        return year - 1
    if tense is None and (ref - probe).days > 300:
        return year + 1
    return year


def fiscal_year(anchor: dt.date, step: int) -> str:
    """The US federal fiscal year ``step`` years from the anchor's: they run October to
    September and are named by the year they end in."""
    return str(anchor.year + (anchor.month >= 10) + step)


def iso_week(d: dt.date) -> str:
    """``YYYY-Www``: the ISO week a day falls in."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def shift_months(d: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` calendar months from the month of ``d``."""
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def quarter_of(month: int) -> int:
    """The calendar quarter (1-4) of a month."""
    return (month - 1) // 3 + 1


def current_period(unit: str, anchor: dt.date | None) -> str | None:
    """The day, week, month, quarter or year the anchor falls in (ISO weeks)."""
    if anchor is None:
        return None
    if unit in ("day", "session"):
        return anchor.isoformat()
    if unit == "week":
        return iso_week(anchor)
    if unit == "month":
        return f"{anchor.year}-{anchor.month:02d}"
    if unit == "quarter":
        return f"{anchor.year}-Q{quarter_of(anchor.month)}"
    return str(anchor.year)


def at_unit(value: str, unit: str) -> str | None:
    """A calendar value cut to a unit ("2021-03-05" as a week is "2021-W09"); None if coarser."""
    if unit == "year":
        return value[:4] if re.match(r"\d{4}(?:$|-)", value) else None
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return None
    if unit == "month":
        return value[:7] if m.group(2) else None
    if not m.group(3):
        return None
    return value if unit == "day" else iso_week(dt.date.fromisoformat(value))
