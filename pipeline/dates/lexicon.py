"""Words of English time expressions: months, weekdays, seasons, time units, counts.

Pure data and regular-expression fragments, no spaCy. Number words come from the leaf
:mod:`pipeline.numbers`; only the phrasings that count a time unit ("a year", "half a day",
"a couple of weeks") are composed here.
"""

from __future__ import annotations

import re

from .. import numbers

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# TIMEX3 season and part-of-day codes.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

# Counts of a time unit. "zero" is left out: "zero-day" names a software flaw, not a duration.
NUMBER_WORDS: dict[str, float] = {
    **{w: v for w, v in numbers.UNITS.items() if v},
    **numbers.TENS,
    "hundred": numbers.SCALES["hundred"],
    "dozen": numbers.DOZEN,
    "single": numbers.COUNT_WORDS["single"],
    # The indefinite article counts one unit: "a year ago", "an hour".
    "a": 1, "an": 1,
    "a hundred": numbers.SCALES["hundred"], "one hundred": numbers.SCALES["hundred"],
    "a dozen": numbers.DOZEN,
    "half a": 0.5, "half an": 0.5,
    "a couple of": numbers.COUNT_WORDS["couple"], "couple of": numbers.COUNT_WORDS["couple"],
}
# Counts with no definite value: "several years" is PXY.
VAGUE_NUMBERS = ("several", "a few", "few", "many", "multiple", "some", "numerous", "multi")
# unit word -> (TIMEX unit, multiplier into that unit, is a time-of-day unit)
TIME_UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("CE", 1, False),
    "millennium": ("ML", 1, False),
}
# Frequency adverbs and the period they repeat at (a SET value).
SET_ADVERBS = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "weekly": "P1W", "monthly": "P1M", "daily": "P1D",
    "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M", "biannual": "P6M", "biannually": "P6M",
    "semiannual": "P6M", "semi-annual": "P6M", "semiannually": "P6M", "semi-annually": "P6M",
    "biennial": "P2Y", "biennially": "P2Y",
}
# "the final quarter" is the fourth.
QUARTER_NUMBERS = {"final": 4, "last": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
                   "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# Words before a weekday that make it a date, never part of a name ("last Monday", not "Black Monday").
WEEKDAY_MODIFIERS = frozenset({
    "on", "last", "next", "this", "that", "every", "each", "coming", "past", "previous", "following", "early", "late",
    "by", "until", "till", "since", "from", "before", "after", "of", "late", "through", "same", "one", "a",
})
# Words before "May" (or a month that is also a name) that make it the month.
MONTH_CUES = frozenset(("in", "since", "until", "till", "of", "early", "late", "mid", "last", "next", "this", "through",
                        "during", "from", "by", "the", "before", "after"))
# Words before a bare four-digit number that make it a year ("by 2024", "post-2025").
PREP_YEAR = ("in", "by", "since", "until", "till", "from", "before", "after", "during", "of", "through", "to", "than",
             "and", "or", "-", "post", "pre", "as", "the", "between", "around", "about", "circa", "late", "early", "mid")
# Words before a bare four-digit number that make it a year even before a plural noun.
YEAR_CUES = frozenset({"the", "in", "by", "since", "until", "till", "before", "after", "during", "through"})
# Parts of speech that never join two adjacent candidates into one expression.
NO_JOIN_POS = frozenset(("ADP", "CCONJ", "PART", "SCONJ", "PUNCT"))
# Vague words that stand as their own expression next to another ("for a week now").
NO_JOIN_WORDS = frozenset(("now", "currently", "recently", "lately", "soon"))

# ---- regular-expression fragments --------------------------------------------------------

NUM_WORD = "|".join(sorted((re.escape(k) for k in NUMBER_WORDS), key=len, reverse=True))
UNIT_WORD = (r"(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|"
             r"millenni(?:um|a))s?")
MONTH_WORD = (r"(january|february|march|april|may|june|july|august|september|october|november|december|"
              r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
WEEKDAY_WORD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
YEAR = r"(1[5-9]\d\d|20\d\d|2100)"
# Hedges and determiners before a count: "nearly five years", "its first year".
QUALIFIER = (
    r"(?:(?:nearly|almost|about|around|approximately|roughly|some|over|under|more than|less than|fewer than|"
    r"at least|at most|up to|just over|just under|well over|an estimated|just|only|barely|merely|a\s+mere|exactly|precisely|"
    r"the|a|its|their|his|her|our|this)\s+)*"
)

# Time-zone abbreviations written after a clock time ("11:17 A.M. EST", "5:42 P.M. JST", "9 p.m.
# CEST"): the zones of US press releases' datelines and common world zones (tz database
# abbreviations). The value keeps the clock time as written and marks no zone.
TIME_ZONES = ("utc", "gmt", "z", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
              "akst", "akdt", "hst", "ast", "adt", "bst", "cet", "cest", "eet", "eest", "wat", "cat", "eat",
              "msk", "ist", "pkt", "jst", "kst", "hkt", "sgt", "aest", "aedt", "awst", "nzst", "nzdt",
              "brt", "amt", "art", "wib")
# US zone names written out after a clock time ("10:00 a.m. Eastern").
ZONE_NAMES = ("eastern", "central", "mountain", "pacific")
TZ_WORD = (r"(?:" + "|".join(TIME_ZONES) + r"|(?:" + "|".join(ZONE_NAMES) + r")(?:\s+(?:standard\s+|daylight\s+)?time)?"
           r"|local\s+time)")
