"""Microsoft Recognizers-Text date cases (MIT; ``shared/dev/recognizers/DateTime_DateTimeModel.json``,
English, 985 inputs, each with a ReferenceDateTime used as the anchor) in our conventions.

Each kept case is (text, reference date, our type, expected TIMEX value). The text goes through
:func:`pipeline.dates.timex.interpret` (the path a candidate takes in the dates stage: leading
prepositions trimmed, ranges split; no spaCy model) and must give exactly one expression.

Selection, applied to every result of the file (:func:`load_dates` counts each rule):

- type date, daterange, duration or set with a single timex value (time, datetime, timerange,
  datetimerange and results with several readings are left out);
- deduplicated by (text, reference date);
- not a range ``(a,b,P..)``: we split a range into its two ends;
- no unresolved year ``XXXX-..``: we resolve the year from the anchor and tense.

Of what remains, the cases in :data:`CASES` are kept; the others (:data:`CONVENTION_EXCLUSIONS`,
classified by hand when the table was made, with their counts then) differ from our
conventions (TimeML/TIMEX3 as used for news) or are not news style. The ``passes`` column is the
state when the table was last updated: the date tests mark the others xfail(strict) so that a
fix shows up (gaps in our grammar: ISO week numbers, "the week after next", "year to date",
compound durations, sets of times of day, a holiday's weekend).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATETIME_FILE = "DateTime_DateTimeModel.json"
TYPES = {"date": "DATE", "daterange": "DATE", "duration": "DURATION", "set": "SET"}
"""Recognizers result type -> our date type (the other types are left out)."""

SELECTION_RULES = {
    "time or several readings": "time, datetime, timerange or datetimerange results, or several readings",
    "duplicate": "the same text and reference date again",
    "range": "a range (a,b,P..): we split a range into its two ends",
    "unresolved year": "a value with an unresolved year XXXX-..: we resolve the year from the anchor and tense",
}

CONVENTION_EXCLUSIONS = (
    ("chat style and abbreviations (\"tmrw\", \"3h\", \"eoy\", \"otd\", \"sy18\", \"dec/2018\", \"everyday\")", 48),
    ("offsets from another date (\"3 days after January 12th\", \"two weeks from tomorrow\"): we mark the "
     "duration and the date separately, as TimeML does with a signal", 31),
    ("weekdays with last/next/this (\"last Wednesday\" said on a Thursday): they take the weekday of the "
     "previous/next calendar week, we take the nearest one on that side", 21),
    ("ordinal days in words (\"the 18th of the month\", \"second of Aug\"): not how news writes dates", 18),
    ("spelled-out years (\"nineteen ninety six\", \"January first 2000\"): not how news writes dates", 16),
    ("anaphoric \"the next day\", \"3 weeks later\": dated from the sentence by extract_dates, not by the "
     "normaliser alone", 9),
    ("holidays we do not list (Black Friday, Earth Day, Saint Patrick's) and \"last/next Easter\"", 9),
    ("\"in two weeks\": a duration for us, a date for them", 8),
    ("weekend and weekday units P3WE, P1WD: not TIMEX3 units", 8),
    ("FY2018/SY2019 prefixes: fiscal years are plain years for us (US fiscal years, named by their end)", 6),
    ("the same period written another way: \"semiannual\" P6M for P0.5Y, \"each quarter\" P1Q for P3M", 5),
    ("vague counts \"a few hours\": PTXH for us (TIMEX3 X), PT3H for them", 4),
    ("\"two months ago\" at day precision: we keep the granularity of the unit (2018-08)", 4),
    ("compact numerals \"20161016\"", 4),
    ("seasons without a year", 3),
    ("a rate's count \"once a week\": the count is not part of the expression", 3),
    ("invalid days \"feb 30 2019\"", 2),
    ("a year after 2100", 1),
)
"""(rule, number of selected results it left out when the table was made)."""

# (text, reference date, type, TIMEX value, passes today)
CASES = [
    ('today', '2016-11-07', 'DATE', '2016-11-07', True),
    ('tomorrow', '2016-11-07', 'DATE', '2016-11-08', True),
    ('yesterday', '2016-11-07', 'DATE', '2016-11-06', True),
    ('this september', '2016-11-07', 'DATE', '2016-09', True),
    ('this summer', '2016-11-07', 'DATE', '2016-SU', True),
    ('since tomorrow', '2016-11-07', 'DATE', '2016-11-08', True),
    ('since this august', '2016-11-07', 'DATE', '2016-08', True),
    ('3 minutes', '2016-11-07', 'DURATION', 'PT3M', True),
    ('twenty and four hours', '2016-11-07', 'DURATION', 'PT24H', False),
    ('an hour', '2016-11-07', 'DURATION', 'PT1H', True),
    ('weekly', '2016-11-07', 'SET', 'P1W', True),
    ('every day', '2016-11-07', 'SET', 'P1D', True),
    ('annually', '2016-11-07', 'SET', 'P1Y', True),
    ('each two days', '2016-11-07', 'SET', 'P2D', True),
    ('every three week', '2016-11-07', 'SET', 'P3W', True),
    ('1 hour', '2018-03-14', 'DURATION', 'PT1H', True),
    ('today', '2018-03-14', 'DATE', '2018-03-14', True),
    ('2 hours', '2018-03-25', 'DURATION', 'PT2H', True),
    ('next month', '2018-03-25', 'DATE', '2018-04', True),
    ('last week', '2018-03-25', 'DATE', '2018-W11', True),
    ('each week', '2018-05-20', 'SET', 'P1W', True),
    ('this week', '2018-05-20', 'DATE', '2018-W20', True),
    ('45 minutes', '2018-05-20', 'DURATION', 'PT45M', True),
    ('the day', '2018-05-22', 'DATE', '2018-05-22', True),
    ('the year', '2018-05-24', 'DATE', '2018', True),
    ('the week', '2018-05-24', 'DATE', '2018-W21', True),
    ('the day', '2018-05-24', 'DATE', '2018-05-24', True),
    ('april 2017', '2018-05-24', 'DATE', '2017-04', True),
    ('2017 april', '2018-05-24', 'DATE', '2017-04', True),
    ('earlier in the week', '2018-05-31', 'DATE', '2018-W22', True),
    ('earlier this month', '2018-05-28', 'DATE', '2018-05', True),
    ('earlier this year', '2018-05-28', 'DATE', '2018', True),
    ('later this week', '2018-05-28', 'DATE', '2018-W22', True),
    ('after 2016', '2015-11-07', 'DATE', '2016', True),
    ('before 2018', '2015-11-07', 'DATE', '2018', True),
    ('before 2019', '2015-11-07', 'DATE', '2019', True),
    ('later this month', '2018-05-28', 'DATE', '2018-05', True),
    ('later this year', '2018-05-28', 'DATE', '2018', True),
    ('later in the year', '2018-05-28', 'DATE', '2018', True),
    ('dec. 31 , 1994', '2018-05-01', 'DATE', '1994-12-31', True),
    ('dec31 , 1994', '2018-05-01', 'DATE', '1994-12-31', True),
    ('before 2010', '2018-05-31', 'DATE', '2010', True),
    ('after 2018', '2018-05-31', 'DATE', '2018', True),
    ('after 2010', '2018-05-31', 'DATE', '2010', True),
    ('before 2018', '2018-05-31', 'DATE', '2018', True),
    ('before 2000', '2018-05-31', 'DATE', '2000', True),
    ('1998', '2018-05-31', 'DATE', '1998', True),
    ('more than 4 days', '2018-05-31', 'DURATION', 'P4D', True),
    ('less than 1 week', '2018-05-31', 'DURATION', 'P1W', True),
    ('more than 1 hour and 30 minutes', '2018-06-20', 'DURATION', 'PT1H30M', False),
    ('3 minutes', '2018-05-29', 'DURATION', 'PT3M', True),
    ('today', '2018-05-29', 'DATE', '2018-05-29', True),
    ('2 nights', '2018-06-22', 'DURATION', 'P2D', True),
    ('2 days', '2018-06-22', 'DURATION', 'P2D', True),
    ('after 2018', '2018-05-29', 'DATE', '2018', True),
    ('after feb 2018', '2018-05-29', 'DATE', '2018-02', True),
    ('next week', '2018-06-26', 'DATE', '2018-W27', True),
    ('2007', '2018-06-26', 'DATE', '2007', True),
    ('2009', '2018-06-26', 'DATE', '2009', True),
    ('year 2008', '2018-06-28', 'DATE', '2008', True),
    ('the year', '2018-06-28', 'DATE', '2018', True),
    ('the week', '2018-07-02', 'DATE', '2018-W27', True),
    ('the week after next', '2018-07-02', 'DATE', '2018-W29', False),
    ('week 31', '2018-07-02', 'DATE', '2018-W31', False),
    ('week 1', '2019-03-02', 'DATE', '2019-W01', False),
    ('week 1', '2011-07-02', 'DATE', '2011-W01', False),
    ('friday 2018-7-6', '2018-07-06', 'DATE', '2018-07-06', False),
    ('less than 2 hours', '2018-07-09', 'DURATION', 'PT2H', True),
    ('more than 4 days', '2018-07-09', 'DURATION', 'P4D', True),
    ('less than 30 minutes', '2018-07-09', 'DURATION', 'PT30M', True),
    ('2008', '2016-11-07', 'DATE', '2008', True),
    ('the year', '2018-07-17', 'DATE', '2018', True),
    ('independence day of this year', '2018-07-17', 'DATE', '2018-07-04', False),
    ('following week', '2018-07-31', 'DATE', '2018-W32', False),
    ('this week', '2018-08-17', 'DATE', '2018-W33', True),
    ('as late as tomorrow', '2018-08-17', 'DATE', '2018-08-18', True),
    ('15 minute', '2018-08-29', 'DURATION', 'PT15M', True),
    ('tomorrow', '2018-08-31', 'DATE', '2018-09-01', True),
    ('year greater than 2012', '2018-08-31', 'DATE', '2012', True),
    ('year 2016 and greater', '2018-08-31', 'DATE', '2016', True),
    ('1/1/2016 and after', '2018-08-31', 'DATE', '2016-01-01', True),
    ('1/1/2016', '2018-08-31', 'DATE', '2016-01-01', True),
    ('year to date', '2018-09-07', 'DATE', '2018', False),
    ('later than 2020', '2018-09-07', 'DATE', '2020', True),
    ('later than 2018', '2018-09-25', 'DATE', '2018', True),
    ('dec, 2018', '2018-11-01', 'DATE', '2018-12', True),
    ('30 minutes', '2018-11-28', 'DURATION', 'PT30M', True),
    ('end of year', '2018-11-23', 'DATE', '2018', False),
    ('end of the week', '2018-11-29', 'DATE', '2018-W48', True),
    ('last week of 2016', '2018-11-29', 'DATE', '2016-W52', False),
    ('last week of dec 2016', '2018-11-29', 'DATE', '2016-12-W05', False),
    ('last week of 2019', '2019-03-02', 'DATE', '2019-W52', False),
    ('earlier previous week', '2018-11-30', 'DATE', '2018-W47', True),
    ('later this week', '2018-11-30', 'DATE', '2018-W48', True),
    ('one hour and half', '2018-12-05', 'DURATION', 'PT1.5H', False),
    ('one hour and a half', '2018-12-05', 'DURATION', 'PT1.5H', True),
    ('one and a half hour', '2018-12-05', 'DURATION', 'PT1.5H', True),
    ('one and half hour', '2018-12-05', 'DURATION', 'PT1.5H', False),
    ('one and a half hours', '2018-12-05', 'DURATION', 'PT1.5H', True),
    ('one and a quarter year', '2018-12-05', 'DURATION', 'P1.25Y', False),
    ('one year and a quarter', '2018-12-05', 'DURATION', 'P1.25Y', False),
    ('monday 21', '2019-01-21', 'DATE', '2019-01-21', True),
    ('january 18, 2019', '2019-02-28', 'DATE', '2019-01-18', True),
    ('30 minutes', '2019-05-27', 'DURATION', 'PT30M', True),
    ('later this week', '2019-05-27', 'DATE', '2019-W22', True),
    ('28 june in 2020', '2019-05-30', 'DATE', '2020-06-28', True),
    ('easter 2018', '2016-11-07', 'DATE', '2018-04-01', True),
    ('this calendar year', '2019-06-18', 'DATE', '2019', False),
    ('calendar year 2008', '2019-06-18', 'DATE', '2008', True),
    ('cy 2008', '2019-06-18', 'DATE', '2008', True),
    ('=2019', '2019-06-28', 'DATE', '2019', True),
    ('> = 2019', '2019-06-28', 'DATE', '2019', True),
    ('< =2019', '2019-06-28', 'DATE', '2019', True),
    ('this week', '2019-07-11', 'DATE', '2019-W28', True),
    ('week 10', '2019-07-11', 'DATE', '2019-W10', False),
    ('next week', '2019-07-17', 'DATE', '2019-W30', True),
    ('next week', '2019-08-01', 'DATE', '2019-W32', True),
    ('this week', '2019-08-08', 'DATE', '2019-W32', True),
    ('3 years', '2019-08-12', 'DURATION', 'P3Y', True),
    ('august 2019', None, 'DATE', '2019-08', True),
    ('30 minutes', '2019-09-09', 'DURATION', 'PT30M', True),
    ('this week', '2019-09-09', 'DATE', '2019-W37', True),
    ('last week', '2019-09-09', 'DATE', '2019-W36', True),
    ('one second', '2019-09-09', 'DURATION', 'PT1S', True),
    ('today', '2019-11-07', 'DATE', '2019-11-07', True),
    ('end of 2000', '2020-04-24', 'DATE', '2000', True),
    ('middle of 2000', '2020-04-24', 'DATE', '2000', True),
    ('beginning of 2000', '2020-04-24', 'DATE', '2000', True),
    ('since the end of 1989', '2020-04-27', 'DATE', '1989', True),
    ('end of 1989', '2020-04-27', 'DATE', '1989', True),
    ('mid 1989', '2020-04-27', 'DATE', '1989', True),
    ('2002-10-09', '2020-05-14', 'DATE', '2002-10-09', True),
    ('two days', '2016-11-07', 'DURATION', 'P2D', True),
    ('two nights', '2016-11-07', 'DURATION', 'P2D', True),
    ('1 night', '2016-11-07', 'DURATION', 'P1D', True),
    ('june of 1992', '2016-11-07', 'DATE', '1992-06', True),
    ('three month', '2016-11-07', 'DURATION', 'P3M', True),
    ('1865', '2020-06-12', 'DATE', '1865', True),
    ('every year', '2020-06-12', 'SET', 'P1Y', True),
    ('tomorrow', '2020-06-12', 'DATE', '2020-06-13', True),
    ('next week', '2020-06-12', 'DATE', '2020-W25', True),
    ('annual', '2020-06-12', 'SET', 'P1Y', True),
    ('bi-monthly', '2020-06-12', 'SET', 'P2M', False),
    ('two hours', '2020-06-15', 'DURATION', 'PT2H', True),
    ('this week', '2020-06-16', 'DATE', '2020-W25', True),
    ('today', '2020-06-16', 'DATE', '2020-06-16', True),
    ('before end of this year', '2016-11-07', 'DATE', '2016', True),
    ('end of this year', '2016-11-07', 'DATE', '2016', True),
    ('to date', '2016-11-07', 'DATE', 'PRESENT_REF', True),
    ('weekend', '2016-11-11', 'DATE', '2016-W45-WE', True),
    ('the weekend', '2016-11-11', 'DATE', '2016-W45-WE', True),
    ('2014', '2016-11-07', 'DATE', '2014', True),
    ('2015', '2016-11-07', 'DATE', '2015', True),
    ('2016', '2016-11-07', 'DATE', '2016', True),
    ('after january 1, 2007', '2019-12-15', 'DATE', '2007-01-01', True),
    ('no later than january 1, 2010', '2019-12-15', 'DATE', '2010-01-01', True),
    ('since january 1, 2010', '2019-12-15', 'DATE', '2010-01-01', True),
    ('no later than january 1, 2007', '2019-12-15', 'DATE', '2007-01-01', True),
    ('every day at 7:13 p.m.', '2016-11-07', 'SET', 'T19:13', False),
    ('every evening at 7:13 p.m.', '2016-11-07', 'SET', 'T19:13', False),
    ('the year', '2018-11-08', 'DATE', '2018', True),
    ('before 2015', '2018-11-08', 'DATE', '2015', True),
    ('2/29/2020', '2020-03-22', 'DATE', '2020-02-29', True),
    ('03/18/40', '2016-11-07', 'DATE', '1940-03-18', False),
    ('daily', '2018-05-22', 'SET', 'P1D', True),
    ('the hour', '2021-05-20', 'DURATION', 'PT1H', False),
    ('daily', '2021-05-20', 'SET', 'P1D', True),
    ('last month', '2016-11-07', 'DATE', '2016-10', True),
    ('next week', '2016-11-07', 'DATE', '2016-W46', True),
    ('2 weeks', '2016-11-07', 'DURATION', 'P2W', True),
    ('halloween weekend 2021', '2021-11-09', 'DATE', '2021-W43-WE', False),
    ('labor day 2021 weekend', '2021-11-09', 'DATE', '2021-W35-WE', False),
    ('weekend of thanksgiving 2023', '2021-11-09', 'DATE', '2023-W47-WE', False),
    ('april of 1987', '2018-01-07', 'DATE', '1987-04', True),
    ('in 3 days on friday', '2016-11-09', 'DATE', '2016-11-11', True),
    ('every week', '2022-01-10', 'SET', 'P1W', True),
    ('starting next week', '2022-01-10', 'DATE', '2022-W03', True),
    ('mornings', '2016-11-07', 'SET', 'TMO', False),
    ('starting on sep 2019', '2016-11-07', 'DATE', '2019-09', True),
    ('greater than 2015', '2022-01-10', 'DATE', '2015', True),
    ('week 3 of 2027', '2018-07-02', 'DATE', '2027-W03', False),
    ('week 27 of last year', '2018-07-02', 'DATE', '2017-W27', False),
    ('week 23', '2018-07-02', 'DATE', '2018-W23', False),
    ('before 2000', '2018-06-26', 'DATE', '2000', True),
    ('2020-07-01', '2016-11-07', 'DATE', '2020-07-01', True),
    ('2018-09-23', '2016-11-07', 'DATE', '2018-09-23', True),
    ('2020', '2016-11-07', 'DATE', '2020', True),
    ('14 nov 2023', '2016-11-07', 'DATE', '2023-11-14', True),
    ('tomorrow', '2022-07-27', 'DATE', '2022-07-28', True),
    ('next month', '2022-04-29', 'DATE', '2022-05', True),
    ('next year', '2022-04-29', 'DATE', '2023', True),
    ('every night', '2022-08-22', 'SET', 'TNI', False),
    ('every morning', '2022-08-22', 'SET', 'TMO', False),
    ('every other day', '2022-08-22', 'SET', 'P2D', False),
    ('weekly', '2022-08-22', 'SET', 'P1W', True),
]


@dataclass(frozen=True)
class DateCase:
    """A kept date case: the text, its anchor (``YYYY-MM-DD`` or None), our type and TIMEX value."""

    text: str
    reference: str | None
    type: str
    value: str


def _selected(directory: Path) -> tuple[dict[tuple[str, str | None], tuple[str, str]], Counter]:
    """Results left after the selection rules, keyed by (text, reference), and the count per rule."""
    raw = json.loads((directory / DATETIME_FILE).read_text("utf-8-sig"))
    out: dict[tuple[str, str | None], tuple[str, str]] = {}
    excluded: Counter = Counter()
    seen: set[tuple[str, str | None]] = set()
    for item in raw:
        ref = ((item.get("Context") or {}).get("ReferenceDateTime") or "")[:10] or None
        for r in item.get("Results") or []:
            kind = r.get("TypeName", "").rsplit(".", 1)[-1]
            values = (r.get("Resolution") or {}).get("values") or []
            if kind not in TYPES or len(values) != 1:
                excluded["time or several readings"] += 1
                continue
            key = (r["Text"].lower(), ref)
            if key in seen:
                excluded["duplicate"] += 1
                continue
            seen.add(key)
            timex = values[0].get("timex", "")
            if timex.startswith("("):
                excluded["range"] += 1
            elif "XXXX" in timex:
                excluded["unresolved year"] += 1
            else:
                out[key] = (TYPES[kind], timex)
    return out, excluded


def load_dates(directory: Path) -> tuple[list[DateCase], Counter]:
    """The kept date cases as the file states them, and the results left out per rule.

    A kept case is taken from :data:`CASES` only when the file still holds it with the same
    type and value, so the table cannot drift from its source; selected results not in the
    table are counted under ``"convention differs"`` (the rules of :data:`CONVENTION_EXCLUSIONS`).
    """
    selected, excluded = _selected(directory)
    cases = []
    for text, ref, typ, value, _ in CASES:
        if selected.pop((text, ref), None) == (typ, value):
            cases.append(DateCase(text, ref, typ, value))
        else:
            excluded["changed in the file"] += 1
    excluded["convention differs"] += len(selected)
    return cases, excluded


def date_passes(case: DateCase) -> bool:
    """Whether the TIMEX normaliser gives exactly the expected expression for ``case``."""
    from pipeline.dates.timex import interpret, parse_published

    got = interpret(case.text, parse_published(case.reference), None)
    return [(g[2], g[3]) for g in got] == [(case.type, case.value)]
