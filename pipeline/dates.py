"""Dates stage: time expressions (DATE, DURATION, SET, TIME) with TIMEX3-style values.

Candidates come from two sources, merged where they overlap:

- spaCy's ``DATE``/``TIME`` entities;
- a token :class:`~spacy.matcher.Matcher` for what the small model misses or mislabels:
  sentence-initial "Today", vague references ("now", "recently", "soon", "the future"),
  frequency words ("annual", "every year", "weekly"), decades ("the 2020s"), years after a
  preposition ("by 2024"), month names that are proper nouns (never the modal "may").

Each candidate is trimmed (leading prepositions such as "by", "in", "no later than" are not
part of the expression), split when it is a range ("July 25-28" gives "July 25" and "28",
the end inheriting the month), and normalised by the grammar in this module against the
article's publication date (the TIMEX3 document creation time):

- calendar dates "April 2, 2021" -> ``2021-04-02``; "May 20" takes the year of publication,
  moved one year back or forward when the governing verb's tense says the date is past or
  future; a bare year never gets a month or day;
- relative dates ("last month", "this week", "This past Sunday", "75 years ago") are resolved
  by calendar arithmetic, at the granularity the words name (ISO weeks, seasons ``-SU``,
  decades ``202``);
- holidays ("Memorial Day" -> the last Monday of May, US federal dates; lunar and church
  feasts keep a null value), fiscal years (named by the year they end in, US October start);
- "the day", "the same period last year", "the next day" and bare clock times take the date
  named just before in the sentence (or the one before it), else the anchor;
- durations "five years" -> ``P5Y``, "two and a half years" -> ``P2.5Y``, "the past three decades"
  -> ``P30Y``, "multi-year" -> ``PXY``;
  sets "annually" -> ``P1Y``; vague words -> ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.

dateparser is used only as a fallback for calendar formats the grammar does not cover
("03/05/2021", "the 5th of March"). It is not the main normaliser because it always returns
a full ``datetime`` (it fills missing parts from ``RELATIVE_BASE``, so "2031" comes back as a
day), it knows no durations, sets, seasons, decades or vague references, and its
``PREFER_DATES_FROM`` is a global past/future switch where news needs the tense of the
clause. So the granularity of every value is decided here: from dateparser's ``period`` and
from which parts the text actually writes.

Without a publication date, what the text itself fixes is kept ("2031", "April 2, 2021",
``XXXX-05-20`` for "May 20"); relative expressions get a vague reference ("today" ->
``PRESENT_REF``) or a null value.

Spans that carry no temporal word at all (spaCy's occasional ``DATE`` on "S. 1605" or
"12,000"), ordinals ("70th anniversary", "the 21st century") and numbers inside names
("COVID-19") are not time expressions and are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import nlp as N
from .knowledge.units import counted_nouns
from .records import TimeExpression

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab
    from spacy.tokens import Doc, Token

__all__ = ["extract_dates", "normalize"]

# ---- vocabulary ------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "single": 1, "half a": 0.5,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
_VAGUE_NUMBERS = ("several", "a few", "few", "many", "multiple", "some", "numerous", "multi")
# unit word -> (TIMEX unit, multiplier into that unit, is a time-of-day unit)
_UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("CE", 1, False),
    "millennium": ("ML", 1, False),
}
_VAGUE_UNIT = {"Q": "Q", "Y": "Y", "M": "M", "W": "W", "D": "D", "CE": "CE", "ML": "ML", "S": "S", "H": "H"}

_NUM_WORD = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))
_UNIT_WORD = r"(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))s?"
_MONTH_WORD = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_WEEKDAY_WORD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR = r"(1[5-9]\d\d|20\d\d|2100)"
_QUALIFIER = (
    r"(?:(?:nearly|almost|about|around|approximately|roughly|some|over|under|more than|less than|fewer than|"
    r"at least|at most|up to|just over|just under|well over|an estimated|just|only|barely|merely|a\s+mere|exactly|precisely|"
    r"the|a|its|their|his|her|our|this)\s+)*"
)

# ---- compiled grammar (module-level: compiled once) ----------------------------------

_LEAD_TRIM = re.compile(
    r"^(?:(?:no|not)\s+(?:later|earlier|sooner)\s+than|as\s+(?:of|early\s+as|late\s+as)|prior\s+to|ahead\s+of|"
    r"in|on|at|by|since|until|till|from|during|for|before|after|within|through|throughout|of|between|"
    r"starting|beginning|ending|effective|circa|c\.)\s+",
    re.I,
)
_TRAIL_TRIM = re.compile(r"[\s,;:.\-–—(]+$")
_ISO = re.compile(rf"^{_YEAR}-(\d\d)(?:-(\d\d))?$")
_RANGE = re.compile(r"^(?P<a>.*?(?:\d(?:0'?s)?|\b(?:january|february|march|april|june|july|august|september|october|november|december)))\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*(?P<b>\d.*|" + _MONTH_WORD + r".*)$", re.I)

_PRESENT = re.compile(
    r"^(?:right\s+)?(?:now|nowadays|currently|presently|at\s+present|the\s+present(?:\s+day)?|present\s+day|"
    r"to\s+date|at\s+this\s+time|these\s+days|today'?s?\s+world|the\s+current\s+period|(?:for\s+)?the\s+time\s+being)$"
)
_PAST = re.compile(r"^(?:recently|lately|previously|formerly|earlier|in\s+the\s+past|the\s+past|once|(?:in\s+)?recent\s+(?:years|months|weeks|decades|times))$")
_FUTURE = re.compile(
    r"^(?:soon|shortly|(?:in\s+)?the\s+(?:near\s+|foreseeable\s+|distant\s+|not\s+too\s+distant\s+)?future|"
    r"(?:in\s+)?the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years)|one\s+day|someday|eventually|"
    r"in\s+due\s+course|later|(?:in\s+|over\s+|for\s+)?the\s+(?:near|short|medium|long|longer)[\s-]+term)$"
)
_SET = re.compile(
    r"^(?:(?P<adv>annual(?:ly)?|yearly|weekly|monthly|daily|nightly|hourly|quarterly|biannual(?:ly)?|biennial(?:ly)?|semi-?annual(?:ly)?)|"
    r"(?:every|each|per)\s+(?:(?P<n>\d+|" + _NUM_WORD + r")\s+)?" + _UNIT_WORD + r")$"
)
_SET_ADV = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "weekly": "P1W", "monthly": "P1M", "daily": "P1D",
    "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M", "biannual": "P6M", "biannually": "P6M",
    "semiannual": "P6M", "semi-annual": "P6M", "semiannually": "P6M", "semi-annually": "P6M",
    "biennial": "P2Y", "biennially": "P2Y",
}
_DECADE = re.compile(r"(?:^|\s|-)(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(\d\d\d)0'?s|'?(\d)0'?s)$")
_SHORT_YEAR = re.compile(r"^(?:(?:since|in|of|from)\s+)?'(\d\d)$")
_QUOTED_YEAR = re.compile(r"'\d\d$")
_CENTURY_ORD = re.compile(r"\b\d+\s*(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|last)\s+(?:century|anniversary)")
_AGO = re.compile(r"^(?:" + _QUALIFIER + r")(?P<n>\d+(?:\.\d+)?|" + _NUM_WORD + r")?\s*" + _UNIT_WORD + r"\s+(?:ago|earlier|before)$")
_DURATION = re.compile(
    r"^(?P<lead>(?:the\s+)?(?:last|past|next|coming|previous|following|first|final|remaining|better\s+part\s+of(?:\s+the)?)\s+)?"
    + _QUALIFIER
    + r"(?P<n>\d+(?:\.\d+)?(?:,\d{3})*|" + _NUM_WORD + r"|" + "|".join(_VAGUE_NUMBERS) + r")?[\s-]*"
    r"(?:(?:more|additional|consecutive|straight|full|long|short|successive|further|trading|business|working|calendar|school)\s+)*"
    + _UNIT_WORD
    + r"(?P<tail>\s+(?:to\s+come|ahead|long|old|on\s+end|or\s+(?:so|more)|and\s+counting|running|in\s+a\s+row|(?:of\s+\w+)))?$"
)
_DURATION_ADJ = re.compile(r"^(?P<n>\d+|" + _NUM_WORD + r"|multi|many|several)-" + _UNIT_WORD + r"(?:-long)?$")
_RELATIVE = re.compile(
    r"^(?:(?P<mod>earlier|later|early|late|mid|the\s+end\s+of|end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|"
    r"the\s+rest\s+of|the\s+remainder\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+)?"
    r"(?:the\s+)?(?P<rel>this|last|next|past|coming|previous|current|this\s+past|this\s+coming|the\s+same|that)\s+"
    r"(?P<unit>week(?:end)?|month|year|decade|century|quarter|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|"
    + _WEEKDAY_WORD + r")$"
)
_DEICTIC = re.compile(
    r"^(?:(?P<mod>earlier|later|late|early)\s+)?(?P<day>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?$"
)
_CLOCK = re.compile(
    r"\b(?:at\s+)?(?:(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?)|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)"
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:utc|gmt|hours|hrs|z)\b)|(?P<word>noon|midday|midnight))"
    r"(?:\s*(?P<tz>utc|gmt|z|et|est|edt|pt|pst|pdt|local\s+time)\b)?(?:\s*\((?:utc|gmt)\))?"
)
_SEASON_ONLY = re.compile(r"^(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?" + _YEAR + r")?$")
_MONTH = re.compile(r"\b" + _MONTH_WORD + r"(?=\s|$|,|\d)")
# "the day" the article reports on ("ended the day down"), the week/month/year it falls in
_ANCHOR_UNIT = re.compile(
    r"^(?:(?:the\s+)?(?:start|beginning|end|rest|remainder|middle|close|course|balance)\s+of\s+)?"
    r"(?:the|that)\s+(?:same\s+|entire\s+|whole\s+|full\s+)?(?P<unit>day|week|month|year)$"
)
# "a second consecutive day", "the fifth straight week", "fourth week in a row": the current one
_RUN = re.compile(
    r"^(?:(?:a|the|its|their)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?P<adj>consecutive|straight|successive)\s+)?(?:trading\s+)?(?P<unit>day|session|week|month|quarter|year)"
    r"(?P<row>\s+in\s+a\s+row|\s+running)?$"
)
# "the same period last year", "the same month a year ago": a year before a date said nearby
_SAME_AGO = re.compile(
    r"^(?:the\s+)?same\s+(?:period|time|day|week|month|quarter|season)\s+(?:of\s+|in\s+)?"
    r"(?:(?:the\s+)?(?:last|previous|prior)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before))$"
)
# "two and a half years", "a year and a half"
_AND_HALF = re.compile(
    r"^" + _QUALIFIER + r"(?:(?P<n>\d+|" + _NUM_WORD + r")\s+and\s+a\s+half\s+" + _UNIT_WORD
    + r"|(?:a|an|one)\s+(?P<unit>second|minute|hour|day|week|month|year|decade)\s+and\s+a\s+half)$"
)
_PART_OF_DAY = re.compile(r"^(?:the\s+)?(?:(?:early|late)\s+)?(?P<part>morning|afternoon|evening|night)$")
# A weekday that is part of a name: "Black Monday", "Super Tuesday", "Good Friday".
_NAMED_WEEKDAY = re.compile(r"^(?P<w>[a-z]+)\s+" + _WEEKDAY_WORD + r"$")
_WEEKDAY_MODIFIERS = frozenset({
    "on", "last", "next", "this", "that", "every", "each", "coming", "past", "previous", "following", "early", "late",
    "by", "until", "till", "since", "from", "before", "after", "of", "late", "through", "same", "one", "a",
})
# Public holidays: fixed (month, day) or (month, weekday, nth; -1 = last).
_HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int] | None] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "veterans day": (11, 11), "veterans' day": (11, 11),
    "armistice day": (11, 11), "remembrance day": (11, 11), "halloween": (10, 31), "valentine's day": (2, 14),
    "juneteenth": (6, 19), "flag day": (6, 14), "boxing day": (12, 26), "new year": (1, 1),
    "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "labour day": (9, 0, 1), "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4), "martin luther king jr. day": (1, 0, 3), "martin luther king day": (1, 0, 3),
    "mlk day": (1, 0, 3), "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "president's day": (2, 0, 3),
    "washington's birthday": (2, 0, 3), "columbus day": (10, 0, 2), "indigenous peoples' day": (10, 0, 2),
    "easter": None, "easter sunday": None, "good friday": None, "ramadan": None, "eid": None, "eid al-fitr": None,
    "eid al-adha": None, "hanukkah": None, "passover": None, "yom kippur": None, "diwali": None,
    "lunar new year": None, "chinese new year": None, "nowruz": None,
}
_HOLIDAY = re.compile(
    r"^(?:the\s+)?(?P<name>" + "|".join(sorted((re.escape(k) for k in _HOLIDAYS), key=len, reverse=True)) + r")"
    r"(?:\s+(?:of\s+)?" + _YEAR + r")?$"
)
_HOLIDAY_CUE = re.compile(r"\b(?:christmas|new year|independence|veterans|armistice|remembrance|halloween|valentine|juneteenth|"
                          r"flag day|boxing|memorial|labou?r day|thanksgiving|luther king|mlk|president|washington's|"
                          r"columbus|indigenous|easter|good friday|ramadan|eid|hanukkah|passover|yom kippur|diwali|nowruz)")
# "June 17, two days before ...": a date and a duration the model joined at a comma
_COMMA_DURATION = re.compile(
    r"^(?P<a>.+?),\s+(?P<b>(?:\d+|" + _NUM_WORD + r"|several|a\s+few|few)\s+" + _UNIT_WORD + r")\b.*$", re.I
)
_LEAD_COUNT = re.compile(r"^[\d.,]+\s+(?=(?:a|an|per)\s+(?:year|month|week|day|hour)$)", re.I)
_BARE_CLOCK = re.compile(r"^(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|\d{1,2}:\d\d|\d{4})(?:\s*(?:utc|gmt|z|local\s+time))?$", re.I)
# Approximations around a clock time: "around 3 p.m.", "shortly after 10:00 GMT".
_CLOCK_LEAD = re.compile(r"^(?:(?:at\s+)?(?:around|about|approximately|roughly|some|nearly|almost|just|shortly|sometime|"
                         r"before|after|until|till|by|from)(?:\s+|$))+")
# "the current fiscal year": US federal fiscal years run October to September, named by their end.
_REL_FISCAL = re.compile(r"^(?:the\s+)?(?P<rel>this|current|next|last|previous|coming|upcoming|prior)\s+(?:fiscal|financial|budget)\s+year$")
# "the next day", "the previous day": a day next to one the text has named
_NEXT_DAY = re.compile(r"^the\s+(?P<rel>next|following|previous|preceding|prior)\s+day$")
_CONTEXT_WORDS = re.compile(r"(?i)\b(?:day|week|month|year|same)\b")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n+")
_YEAR_RE = re.compile(r"(?<![\d,.$])" + _YEAR + r"(?![\d,%])")
_DAY_AFTER_MONTH = re.compile(_MONTH_WORD + r"\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!,\d)")
_DAY_BEFORE_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD)
_WEEKDAY = re.compile(r"\b" + _WEEKDAY_WORD + r"\b")
_QUARTER = re.compile(r"\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q([1-4]))\b")
_HALF = re.compile(r"\b(first|second)\s+half\b")
_FISCAL = re.compile(r"\b(?:fiscal(?:\s+year)?|fy)\s*'?(\d{2,4})\b")
_TEMPORAL_CUE = re.compile(
    r"\b(?:" + _MONTH_WORD + r"|" + _WEEKDAY_WORD + r"|" + _UNIT_WORD + r"|today|tonight|yesterday|tomorrow|now|"
    r"recent(?:ly)?|soon|future|past|present|annual(?:ly)?|yearly|weekly|monthly|daily|quarterly|morning|afternoon|"
    r"evening|night|noon|midnight|spring|summer|autumn|fall|winter|weekend|fiscal|fy|currently|to\s+date|ago)\b|\bfy\s*'?\d\d"
    r"|\d{3}0'?s\b|'?\b\d0s\b|'\d\d\b|(?<![\d,.$])" + _YEAR + r"(?![\d,%])|\d\s*[ap]\.?m\b|\d:\d\d|\d{4}\s*(?:utc|gmt)"
)
_NUMERIC_CUE = re.compile(r"\b(?:\d{1,2}/\d{1,2}/(?:\d\d|\d{4})|\d{1,2}\.\d{1,2}\.\d{4})\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b")
_DOC_NUMBER = re.compile(r"^(?:[a-z]{1,3}\.\s?)+\d|^(?:no|nos|section|sec|art|article|resolution|title|chapter|rule|law|ch)\.?\s+\d")
_NAMED_TIME = re.compile(r"\b(?:" + _MONTH_WORD + r"|" + _WEEKDAY_WORD + r"|spring|summer|autumn|fall|winter|weekend|morning|afternoon|evening|night|today|tomorrow|yesterday)\b")
_HAS_CLOCK = re.compile(r"\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidday\b|\bmidnight\b|\d:\d\d|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:utc|gmt|hours|hrs)\b")
_QUARTER_EXPR = re.compile(
    r"^(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+quarter"
    r"(?:\s+(?:of\s+)?(?P<rest>.+))?$|^q(?P<qn>[1-4])\s*(?P<rest2>.+)?$"
)
_WEEKDAY_PART = re.compile(r"^(?:on\s+)?(?P<wd>" + _WEEKDAY_WORD + r")\s+(?P<part>morning|afternoon|evening|night)$")
_REL_YEAR = re.compile(r"\b(this|last|next|previous)\s+year\b")
_RATE_UNIT = re.compile(r"(?:a|an|per)\s+(?:year|month|week|day|hour)\b", re.I)
_AFTER_COUNT = re.compile(r"(?:\d|\b(?:once|twice|times|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))\s+$", re.I)
_URL = re.compile(r"https?://|www\.|\.(?:pdf|html?|aspx?|php|com|org|gov|net|int|edu)\b|/[a-z][\w-]*/", re.I)
_NO_JOIN_POS = frozenset(("ADP", "CCONJ", "PART", "SCONJ", "PUNCT"))
# Vague words that stand as their own expression next to another ("for a week now").
_NO_JOIN_WORDS = frozenset(("now", "currently", "recently", "lately", "soon"))
_QUARTER_N = {"final": 4, "last": 4, "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_MONTH_CUES = frozenset(("in", "since", "until", "till", "of", "early", "late", "mid", "last", "next", "this", "through", "during", "from", "by", "the", "before", "after"))
_PREP_YEAR = ("in", "by", "since", "until", "till", "from", "before", "after", "during", "of", "through", "to", "than", "and", "or", "-", "post", "pre", "as", "the", "between", "around", "about", "circa", "late", "early", "mid")


# ---- matcher ---------------------------------------------------------------------------

def _matcher_patterns() -> list[tuple[str, list[list[dict]]]]:
    def low(*words: str) -> dict:
        # one word is tested in C; a set of words is a Python call per token tried
        return {"LOWER": words[0]} if len(words) == 1 else {"LOWER": {"IN": list(words)}}

    month_names = [m for m in _MONTHS if len(m) > 3] + ["sept"]
    return [
        ("DEICTIC", [[low("today", "tonight", "yesterday", "tomorrow")]]),
        ("DEICTIC", [[low("earlier", "later"), low("today", "tonight")]]),
        ("VAGUE", [[{"LOWER": "now", "POS": {"IN": ["ADV", "NOUN", "ADJ", "SCONJ"]}}],
                   [low("recently", "lately", "currently", "soon", "nowadays")],
                   [low("to"), low("date")],
                   [low("the"), low("near", "foreseeable", "distant"), low("future")],
                   [low("the"), {"LOWER": "future", "POS": "NOUN"}],
                   [low("the"), {"LOWER": "past", "POS": "NOUN"}],
                   [low("in"), low("recent"), low("years", "months", "weeks")],
                   [low("the"), low("coming"), low("days", "weeks", "months", "years")],
                   *([low("the"), low(w), low("term")] for w in ("near", "short", "medium", "long", "longer")),
                   [low("the"), low("time"), low("being")]]),
        ("HALF", [[{"LIKE_NUM": True}, low("and"), low("a"), low("half"),
                   low("years", "months", "weeks", "days", "hours", "minutes", "decades")],
                  [low("a", "an", "one"), low("year", "month", "week", "day", "hour", "minute", "decade"),
                   low("and"), low("a"), low("half")]]),
        ("SET", [[low("annual", "annually", "yearly", "weekly", "monthly", "quarterly", "biennial", "biannual")],
                 [low("every", "each"), {"LIKE_NUM": True, "OP": "?"},
                  low("year", "years", "month", "months", "week", "weeks", "day", "days")]]),
        ("DECADE", [[{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["early", "mid", "late"]}, "OP": "?"},
                     {"SHAPE": {"IN": ["ddddx", "dddd'x"]}}],
                    [low("this", "the", "last", "next"), low("decade", "century")]]),
        ("DURATION", [[low("decades", "years", "months", "generations"), low("to"), low("come")],
                      [{"LOWER": {"IN": ["for", "over"]}}, {"LOWER": "the", "OP": "?"},
                       low("years", "decades", "months", "weeks")]]),
        # the year alone: the preposition before it is checked by _year_ok (see there)
        ("YEAR", [[{"SHAPE": "dddd", "TAG": "CD"}]]),
        ("FISCAL", [[{"SHAPE": {"IN": ["XXdd", "XXdddd"]}}]]),  # "FY25", checked in _candidates
        ("PREFIXED", [[{"SHAPE": {"IN": ["xxxx-dddd", "xxx-dddd", "Xxxx-dddd", "Xxx-dddd"]}}],
                      [{"LOWER": {"IN": ["post", "pre", "mid"]}}, {"TEXT": "-"}, {"SHAPE": "dddd"}]]),
        ("MONTH", [[{"LOWER": {"IN": month_names}, "TAG": "NNP", "OP": "+"}]]),
        ("RELATIVE", [[low("this", "last", "next", "past"),
                       low("week", "month", "year", "weekend", "summer", "winter", "spring", "autumn", "fall",
                           "morning", "afternoon", "evening", "night", *_WEEKDAYS)]]),
        ("WEEKDAY", [[{"LOWER": {"IN": list(_WEEKDAYS)}}, low("morning", "afternoon", "evening", "night", "noon")],
                     [{"LOWER": {"IN": list(_WEEKDAYS)}}]]),
        ("NUMERIC", [[{"SHAPE": {"IN": ["dd/dd/dddd", "d/dd/dddd", "dd/d/dddd", "d/d/dddd", "d/d/dd", "dd/dd/dd",
                                        "dddd-dd-dd", "dd.dd.dddd"]}}]]),
        ("RATE", [[{"LIKE_NUM": True}, low("a", "per"), low("year", "month", "week", "day")],
                  [low("once", "twice", "thrice"), low("a", "per"), low("year", "month", "week", "day")]]),
        ("COUNT", [[{"LIKE_NUM": True, "OP": "+"}, {"TEXT": "-", "OP": "?"},
                    low("years", "months", "weeks", "days", "decades", "hours", "centuries", "year", "month", "week", "day", "decade", "hour")]]),
        ("QUARTER", [[low("first", "second", "third", "fourth", "last", "final"), {"TEXT": "-", "OP": "?"}, low("quarter")]]),
        ("CLOCK", [[{"SHAPE": {"IN": ["d:dd", "dd:dd", "dddd"]}}, low("utc", "gmt", "z", "et", "est", "edt", "pt", "pst")]]),
        ("AGO", [[{"LIKE_NUM": True}, low("years", "months", "weeks", "days", "decades"), low("ago")]]),
    ]


def _native_start(pattern: list[dict]) -> list[list[dict]]:
    """The same pattern as alternatives whose leading tokens test plain attribute values.

    The Matcher tries every pattern at every token and evaluates ``IN`` sets in Python, so an
    ``IN`` on a token a match can start with costs a Python call per token of the document;
    one alternative per value is tested in C. ``IN`` further on runs only after a start matched.
    """
    heads: list[list[dict]] = [[]]
    for i, spec in enumerate(pattern):
        op = spec.get("OP")
        rest = pattern[i + 1:]
        if op in ("+", "*"):
            # A+ is A A*; only the first A can start a match (A* cannot be split by value)
            if op == "*":
                raise ValueError("a leading '*' token cannot be expanded")
            rest = [dict(spec, OP="*"), *rest]
            spec = {k: v for k, v in spec.items() if k != "OP"}
        variants = [spec]
        for key, value in spec.items():
            if isinstance(value, dict) and set(value) == {"IN"}:
                variants = [dict(v, **{key: x}) for v in variants for x in value["IN"]]
        heads = [h + [v] for h in heads for v in variants]
        if spec.get("OP") != "?":
            return [h + rest for h in heads]
    return heads


@lru_cache(maxsize=4)
def _matcher(vocab: "Vocab") -> "Matcher":
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for key, patterns in _matcher_patterns():
        matcher.add(key, [alt for pattern in patterns for alt in _native_start(pattern)])
    return matcher


# ---- public API ------------------------------------------------------------------------

def extract_dates(doc: "Doc", *, published: str | None) -> tuple[TimeExpression, ...]:
    """Find the time expressions of a processed article and normalise them.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process`.
        published: The article's publication date (``YYYY-MM-DD``, longer ISO strings are cut
            to the date), the anchor for relative expressions; None when unknown.

    Returns:
        TimeExpressions ``D1``, ``D2``, ... in text order.
    """
    anchor = _parse_published(published)
    found: list[tuple[int, int, str, str | None]] = []
    doc_text = doc.text  # built on each access
    for start, end, tense in _candidates(doc, doc_text):
        text = doc_text[start:end]
        for s, e, typ, value in _interpret(text, anchor, tense):
            if typ == "DURATION" and _RATE_UNIT.match(text, s) and _AFTER_COUNT.search(doc_text, max(0, start + s - 40), start + s):
                typ = "SET"  # "15 a year", "twice per month": a frequency
            found.append((start + s, start + e, typ, value))
    found.sort()
    _refine_from_context(doc_text, found)
    out: list[TimeExpression] = []
    last_end = -1
    for start, end, typ, value in found:
        if start < last_end:
            continue
        last_end = end
        ev = N.evidence(doc, start, end)
        out.append(TimeExpression(id=f"D{len(out) + 1}", text=ev.text, type=typ, value=value, evidence=ev))
    return tuple(out)


def _refine_from_context(text: str, found: list[tuple[int, int, str, str | None]]) -> None:
    """Values that the rest of the sentence makes finer, in place.

    "in February, compared to the same period last year" is February of the year before; "the
    day" and "the next day" are the day just named ("On Friday the Dow ... ending the day
    down"); a clock time is on the day the sentence names ("on Tuesday ... at 18:00 UTC", "at
    16:15 UTC, June 1"), not on the publication day.
    """
    for k, (start, end, typ, value) in enumerate(found):
        if typ == "TIME":
            if value and _BARE_CLOCK.match(_clean(text[start:end])):
                _date_the_clock(text, found, k)
            continue
        if typ != "DATE" or not _CONTEXT_WORDS.search(text, start, end):
            continue
        cleaned = _clean(text[start:end])
        if value and (unit := _ANCHOR_UNIT.match(cleaned)):
            prev = _previous_date(text, found, k)
            finer = _at_unit(prev, unit.group("unit")) if prev else None
            if finer:
                found[k] = (start, end, typ, finer)
        elif value is None and (nd := _NEXT_DAY.match(cleaned)):
            prev = _previous_date(text, found, k)
            if prev and _DAY_VALUE.fullmatch(prev):
                day = dt.date.fromisoformat(prev) + dt.timedelta(days=1 if nd.group("rel") in ("next", "following") else -1)
                found[k] = (start, end, typ, day.isoformat())
        elif value and _SAME_AGO.match(cleaned):
            prev_f = next((f for f in reversed(found[:k]) if f[1] <= start), None)
            if prev_f and prev_f[3] and re.match(r"\d{4}-", prev_f[3]) and not _SENTENCE_BREAK.search(text, prev_f[1], start):
                found[k] = (start, end, typ, f"{int(prev_f[3][:4]) - 1}{prev_f[3][4:]}")


def _previous_date(text: str, found: list[tuple[int, int, str, str | None]], k: int) -> str | None:
    """The value of the nearest DATE before ``found[k]`` in its sentence or the one before."""
    start = found[k][0]
    lo = max(0, start - 400)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
    lo = breaks[-2] if len(breaks) >= 2 else lo
    return next((f[3] for f in reversed(found[:k]) if lo <= f[0] and f[1] <= start and f[2] == "DATE" and f[3]), None)


def _date_the_clock(text: str, found: list[tuple[int, int, str, str | None]], k: int) -> None:
    start, end, typ, value = found[k]
    lo = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    hi_m = _SENTENCE_BREAK.search(text, end, end + 300)
    hi = hi_m.start() if hi_m else end + 300
    days = [(min(abs(f[0] - end), abs(start - f[1])), f[3]) for f in found
            if f[0] >= lo and f[1] <= hi and f[2] == "DATE" and f[3] and _DAY_VALUE.fullmatch(f[3])]
    if days and value:
        found[k] = (start, end, typ, min(days)[1] + value[value.index("T"):])


def _at_unit(value: str, unit: str) -> str | None:
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
    return value if unit == "day" else _iso_week(dt.date.fromisoformat(value))


def normalize(text: str, published: str | None, *, tense: str | None = None) -> tuple[str, str | None] | None:
    """Type and TIMEX3 value of one time expression, or None when it is not one.

    Args:
        text: The expression as written ("last month", "April 2, 2021", "five years").
        published: Anchor date ``YYYY-MM-DD`` or None.
        tense: "past", "future" or None: the tense of the clause, used to place a date that
            writes no year ("May 20") before or after the anchor.
    """
    return _normalize(_clean(text), _parse_published(published), tense)


# ---- candidates ------------------------------------------------------------------------

def _candidates(doc: "Doc", text: str) -> list[tuple[int, int, str | None]]:
    """Character ranges of ``text`` (``doc.text``) to interpret: sources merged, calendar parts joined."""
    spans: list[tuple[int, int]] = []  # token ranges
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not _counts_something(doc, ent.start, ent.end):
            spans.append((ent.start, ent.end))
    for match_id, s, e in _matcher(doc.vocab)(doc):
        key = doc.vocab.strings[match_id]
        if key == "YEAR" and not _year_ok(doc, s, e):
            continue
        if key == "RATE":
            s += 1  # the count only licenses the expression; it is not part of it
        elif key == "VAGUE" and not _vague_ok(doc, s, e):
            continue
        elif key == "MONTH" and not _month_ok(doc, s, e):
            continue
        elif key == "FISCAL" and not doc[s].lower_.startswith("fy"):
            continue
        spans.append((s, e))
    tokens: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and doc[s].is_space:
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        if s < e and not _in_name(doc, s, e):
            tokens.append(_extend(doc, s, e))
    tokens.sort()
    merged: list[list[int]] = []
    for s, e in tokens:
        # overlapping, or directly adjacent ("June" + "8, 2010", "Friday" + "morning")
        if merged and (s < merged[-1][1] or s == merged[-1][1] and doc[s].pos_ not in _NO_JOIN_POS
                       and doc[s].lower_ not in _NO_JOIN_WORDS):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out = []
    for s, e in merged:
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        if not _in_url(text, start, end):
            out.append((start, end, _tense(doc, s, e)))
    return out


# Words before a bare four-digit number that make it a year even before a plural noun.
_YEAR_CUES = frozenset({"the", "in", "by", "since", "until", "till", "before", "after", "during", "through"})


def _counts_something(doc: "Doc", s: int, e: int) -> bool:
    """A bare number the model tagged DATE that counts a plural noun ("a force of 2000 soldiers",
    "2000 new jobs") is a quantity, not a year."""
    if not all(t.like_num for t in doc[s:e]):
        return False
    if s > 0 and doc[s - 1].lower_ in _YEAR_CUES:
        return False  # "the 2000 elections", "In 2000 troops left": the year reading wins
    n = len(doc)
    head = doc[e] if e < n and doc[e].tag_ in ("NNS", "NNPS") else (
        doc[e + 1] if e + 1 < n and doc[e].tag_ in ("JJ", "VBN") and doc[e + 1].tag_ in ("NNS", "NNPS") else None)
    if head is None:
        return False
    # Right after a verb the number opens its object ("create 2000 new jobs"); otherwise only
    # people and military hardware are counted this way ("2050 goals" names a year).
    return (s > 0 and doc[s - 1].pos_ in ("VERB", "AUX")) or _is_counted_force_noun(head.lemma_.lower())


def _is_counted_force_noun(lemma: str) -> bool:
    return lemma in counted_nouns()


def _in_url(text: str, start: int, end: int) -> bool:
    """Dates written inside a link ("/uploads/2022/07/", "...-6-june-2022") are not in the prose."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("(", 0, start)) + 1
    right_space = [i for i in (text.find(" ", end), text.find("\n", end), text.find(")", end)) if i >= 0]
    right = min(right_space) if right_space else len(text)
    return _URL.search(text, left, right) is not None


def _in_name(doc: "Doc", s: int, e: int) -> bool:
    """A lone number between capitalised words is part of a name ("Russell 2000 Index")."""
    if e - s <= 2 and s > 0 and doc[s].text[0] == "'" and _QUOTED_YEAR.fullmatch(doc[s:e].text) and doc[s - 1].pos_ == "PROPN" \
            and doc[s - 1].lower_.rstrip(".") not in _MONTHS:
        return True  # a version named by its year: "iLife '11", "Windows '95"
    if e - s != 1 or not doc[s].is_digit or s == 0 or e >= len(doc):
        return False
    before, after = doc[s - 1], doc[e]
    return before.pos_ == "PROPN" and before.is_title and after.pos_ == "PROPN" and after.is_title and not after.lower_ in _MONTHS


def _is_day_number(tok: "Token") -> bool:
    return tok.is_digit and 1 <= len(tok.text) <= 2 and 1 <= int(tok.text) <= 31


def _is_year(tok: "Token") -> bool:
    return tok.is_digit and len(tok.text) == 4 and 1500 <= int(tok.text) <= 2100


def _extend(doc: "Doc", s: int, e: int) -> tuple[int, int]:
    """Take in the calendar parts next to a span that the sources left out ("October" + "6, 2011")."""
    n = len(doc)
    if doc[e - 1].lower_.rstrip(".") in _MONTHS and doc[e - 1].tag_ == "NNP":
        if e < n and _is_day_number(doc[e]):
            e += 1
        elif e + 1 < n and doc[e].lower_ == "of" and _is_year(doc[e + 1]):
            e += 2
    if _is_day_number(doc[e - 1]) and e + 1 < n and doc[e].text == "," and _is_year(doc[e + 1]):
        e += 2
    if s >= 2 and doc[s - 1].text == "," and doc[s - 2].lower_ in _WEEKDAYS and doc[s].lower_.rstrip(".") in _MONTHS:
        s -= 2
    elif e - s == 1 and doc[s].lower_ in _WEEKDAYS and s > 0 and doc[s - 1].is_title and doc[s - 1].pos_ in ("PROPN", "ADJ") \
            and not doc[s - 1].is_sent_start and doc[s - 1].ent_type_ in ("", "DATE", "EVENT") and doc[s - 1].lower_ not in _WEEKDAY_MODIFIERS and doc[s - 1].lower_ not in _MONTHS:
        s -= 1  # a named day: "Black Monday", "Super Tuesday"
    return s, e


def _year_ok(doc: "Doc", s: int, e: int) -> bool:
    """A bare year counts after a preposition ("by 2024"), not before a plural ("of 2000 troops").

    The preposition licenses the year but is not part of the expression. It is checked here
    rather than in the pattern because a Matcher pattern starting with a word set is slow.
    """
    if s == 0 or e < len(doc) and doc[e].tag_ in ("NNS", "NNPS"):
        return False
    before = doc[s - 1]
    return before.lower_ in _PREP_YEAR or before.pos_ in ("ADP", "SCONJ")


def _vague_ok(doc: "Doc", s: int, e: int) -> bool:
    """Vague words that are manner or compounds, not times: "as soon as", "now-cancelled"."""
    word = doc[s].lower_
    nxt = doc[e] if e < len(doc) else None
    if nxt is not None and nxt.text == "-" and not doc[e - 1].whitespace_:
        return False
    if word == "soon" and (s > 0 and doc[s - 1].lower_ == "as" or nxt is not None and nxt.lower_ in ("as", "after", "thereafter")):
        return False
    return True


def _month_ok(doc: "Doc", s: int, e: int) -> bool:
    """A month name alone is a date only where it cannot be the modal "may" or a person's name."""
    tok = doc[s]
    if tok.lower_ != "may" and tok.ent_type_ != "PERSON":
        return True
    nxt = doc[e] if e < len(doc) else None
    prv = doc[s - 1] if s > 0 else None
    if nxt is not None and (nxt.like_num or nxt.lower_ == "of"):
        return True
    return prv is not None and prv.lower_ in _MONTH_CUES


def _tense(doc: "Doc", start: int, end: int) -> str | None:
    """Past or future for the clause holding a span, from its governing verb."""
    head = doc[start:end].root
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    words = [c for c in head.children if c.dep_ in ("aux", "auxpass")] + [head]
    lowers = {w.lower_ for w in words}
    if lowers & {"will", "shall", "'ll", "wo"} or head.lower_ in ("going",) or any(w.tag_ == "VBG" and w.lower_ == "going" for w in words):
        return "future"
    if any(w.tag_ == "VBD" for w in words) or (lowers & {"has", "have", "had"} and any(w.tag_ == "VBN" for w in words)):
        return "past"
    if head.tag_ == "VBN" and any(w.lower_ in ("was", "were") for w in words):
        return "past"
    return None


# ---- interpretation --------------------------------------------------------------------

def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _clean(text: str) -> str:
    # " 's" is how tokenised text writes "1980's"
    return " ".join(text.lower().replace("’", "'").replace("–", "-").replace("—", "-").replace(" 's", "'s").split())


def _interpret(text: str, anchor: dt.date | None, tense: str | None) -> list[tuple[int, int, str, str | None]]:
    """Trim, split ranges and normalise one candidate; offsets are relative to ``text``."""
    start, end = 0, len(text)
    while True:
        m = _LEAD_TRIM.match(text, start)
        if not m or m.end() >= end:
            break
        start = m.end()
    m = _TRAIL_TRIM.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    while start < end and text[start] in " \n\t,;:(\"'“" and not _QUOTED_YEAR.match(text, start, end):
        start += 1
    if start >= end:
        return []
    part = text[start:end]
    m = _COMMA_DURATION.match(part)
    if m and _MONTH.search(_clean(m.group("a"))):
        # A date and a duration joined at a comma: "June 17, two days before the launch".
        out = []
        for off, piece in ((0, m.group("a")), (m.start("b"), m.group("b"))):
            out.extend((start + off + ps, start + off + pe, typ, value) for ps, pe, typ, value in _interpret(piece, anchor, tense))
        return out
    m = _LEAD_COUNT.match(part)
    if m:
        start += m.end()
        part = text[start:end]
    cleaned = _clean(part)
    rng = None if _ISO.match(cleaned) else _RANGE.match(part)
    if rng and not _DURATION_ADJ.match(cleaned):
        a_text, b_text = rng.group("a"), rng.group("b")
        a, b = _clean(a_text), _clean(b_text)
        a_full, b_full = _complete_range(a, b)
        out = []
        for s_off, piece, full in ((0, a_text, a_full), (rng.start("b"), b_text, b_full)):
            res = _normalize(full, anchor, tense)
            if res is not None:
                ps = start + s_off
                pe = ps + len(piece.rstrip(" ,.;:-"))
                out.append((ps, pe, res[0], res[1]))
        if out:
            return out
    res = _normalize(cleaned, anchor, tense)
    return [] if res is None else [(start, end, res[0], res[1])]


def _complete_range(a: str, b: str) -> tuple[str, str]:
    """Give each end of a range the parts written only on the other ("July 25-28")."""
    bm = _MONTH.search(b)
    am = _MONTH.search(a)
    b_full, a_full = b, a
    if re.fullmatch(r"\d{1,2}", b) and am:
        b_full = f"{am.group(0)} {b}"
        ay = _YEAR_RE.search(a)
        if ay:
            b_full += f", {ay.group(1)}"
    elif re.fullmatch(r"\d{2}", b) and re.fullmatch(r"\d{4}", a):
        b_full = a[:2] + b
    elif re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", a) and bm:
        a_full = f"{bm.group(0)} {a}"
    by = _YEAR_RE.search(b)
    if by and not _YEAR_RE.search(a_full) and _MONTH.search(a_full):
        a_full += f", {by.group(1)}"
    unit = re.search(_UNIT_WORD + r".*$", b)
    if unit and re.fullmatch(r"[\d.,]+|" + _NUM_WORD, a):
        a_full = f"{a} {unit.group(0)}"
    return a_full, b_full


def _number(word: str | None) -> float | None:
    if word is None:
        return None
    word = word.replace(",", "")
    if word in _NUMBERS:
        return float(_NUMBERS[word])
    try:
        return float(word)
    except ValueError:
        return None


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _unit_of(word: str) -> tuple[str, int, bool]:
    base = word.rstrip("s")
    if base.startswith("centur"):
        base = "century"
    elif base.startswith("millenni"):
        base = "millennium"
    return _UNITS[base]


def _duration_value(n: float | None, unit_word: str) -> str:
    unit, mult, clock = _unit_of(unit_word)
    prefix = "PT" if clock else "P"
    if n is None:
        if unit_word.startswith("decade"):
            return "PXDE"
        return f"{prefix}X{_VAGUE_UNIT[unit]}"
    return f"{prefix}{_fmt(n * mult)}{unit}"


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_months(d: dt.date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def _normalize(t: str, anchor: dt.date | None, tense: str | None) -> tuple[str, str | None] | None:  # noqa: C901
    if not t or not (
        _TEMPORAL_CUE.search(t) or _NUMERIC_CUE.search(t) or _HOLIDAY_CUE.search(t) or t.endswith((" term", "time being"))
    ):
        return None
    m = _RUN.match(t)
    if m and (m.group("adj") or m.group("row")):
        return "DATE", _current(m.group("unit"), anchor)
    if "-" in t and re.search(r"[a-z]-\d", t) and not re.search(r"\b(?:mid|post|pre|early|late)-\d", t):
        return None  # a number inside a name: "COVID-19", "F-35"
    if _DOC_NUMBER.match(t):
        return None  # bill and document numbers: "S. 1605", "No. 2021"
    if _CENTURY_ORD.search(t) and not _MONTH.search(t) and not _QUARTER.search(t) and not _HALF.search(t):
        return None  # ordinals: "70th anniversary", "the 21st century", "its 73rd year"
    if t.endswith("-old") or re.search(r"\byears?\s+old\b|-year-old", t):
        return None  # ages are attributes of people, not time expressions

    if _PRESENT.match(t):
        return "DATE", "PRESENT_REF"
    m = _HOLIDAY.match(t)
    if m:
        return "DATE", _holiday(m.group("name"), m.group(2), anchor, tense)
    m = _NAMED_WEEKDAY.match(t)
    if m and m.group("w") not in _WEEKDAY_MODIFIERS and m.group("w") not in _MONTHS:
        return "DATE", None  # a named day ("Black Monday", "Super Tuesday"): which one is not said
    if _SAME_AGO.match(t):
        return "DATE", str(anchor.year - 1) if anchor else None  # made finer by extract_dates
    m = _ANCHOR_UNIT.match(t)
    if m:
        return "DATE", _current(m.group("unit"), anchor)
    if _NEXT_DAY.match(t):
        return "DATE", None  # made a date by extract_dates when the day it follows is named
    m = _REL_FISCAL.match(t)
    if m:
        if anchor is None:
            return "DATE", None
        step = {"this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1}.get(m.group("rel"), -1)
        return "DATE", str(anchor.year + (anchor.month >= 10) + step)
    m = _AND_HALF.match(t)
    if m:
        if m.group("n"):
            n = _number(m.group("n"))
            return "DURATION", _duration_value(None if n is None else n + 0.5, re.search(_UNIT_WORD + r"$", t).group(0))
        return "DURATION", _duration_value(1.5, m.group("unit"))
    m = _PART_OF_DAY.match(t)
    if m:
        return "TIME", f"{anchor.isoformat()}T{_PARTS_OF_DAY[m.group('part')]}" if anchor else None
    if _PAST.match(t):
        return "DATE", "PAST_REF"
    if _FUTURE.match(t):
        return "DATE", "FUTURE_REF"

    m = _SET.match(t)
    if m:
        if m.group("adv"):
            return "SET", _SET_ADV.get(m.group("adv"), "P1Y")
        n = _number(m.group("n")) if m.group("n") else 1.0
        return "SET", _duration_value(n, re.search(_UNIT_WORD, t).group(0))

    if _HAS_CLOCK.search(t):
        res = _with_clock(t, anchor, tense)
        if res is not None:
            return res

    m = _QUARTER_EXPR.match(t)
    if m:
        return _quarter(m, anchor, tense)

    m = _WEEKDAY_PART.match(t)
    if m:
        res = _calendar(m.group("wd"), anchor, tense)
        if anchor is None or res is None or res[1] is None:
            return "TIME", None
        return "TIME", f"{res[1]}T{_PARTS_OF_DAY[m.group('part')]}"

    # deictic days and parts of days
    m = _DEICTIC.match(t)
    if m:
        day = m.group("day")
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(day, -2 if "before" in day else 2)
        part = m.group("part") or ("night" if day == "tonight" else None)
        if anchor is None:
            return ("TIME" if part else "DATE"), ("PRESENT_REF" if offset == 0 and not part else None)
        d = anchor + dt.timedelta(days=offset)
        if part:
            return "TIME", f"{d.isoformat()}T{_PARTS_OF_DAY[part]}"
        return "DATE", d.isoformat()

    m = _RELATIVE.match(t)
    if m:
        return _relative(m.group("rel"), m.group("unit"), m.group("mod"), anchor, tense)

    m = _AGO.match(t)
    if m:
        n = _number(m.group("n")) if m.group("n") else 1.0
        unit_word = re.search(_UNIT_WORD, t).group(0)
        unit, mult, _ = _unit_of(unit_word)
        if anchor is None or n is None or not float(n).is_integer():
            return "DATE", None
        k = int(n * mult)
        if unit == "Y":
            if unit_word.startswith("decade"):
                return "DATE", str(anchor.year - k)[:3]
            return "DATE", str(anchor.year - k)
        if unit == "CE":
            return "DATE", str(anchor.year // 100 - k)
        if unit == "M":
            y, mo = _shift_months(anchor, -k)
            return "DATE", f"{y}-{mo:02d}"
        if unit == "W":
            return "DATE", _iso_week(anchor - dt.timedelta(weeks=k))
        if unit == "D":
            return "DATE", (anchor - dt.timedelta(days=k)).isoformat()
        return "TIME", None

    # decades and centuries
    m = _DECADE.search(t)
    if m and not _MONTH.search(t):
        if m.group(1):
            return "DATE", m.group(1)
        # two-digit decades: "the '90s", "the 70s"; the 2000s are written with four digits
        return "DATE", f"19{m.group(2)}" if m.group(2) != "0" else "200"
    m = _SHORT_YEAR.match(t)
    if m:
        yy = int(m.group(1))
        cutoff = (anchor.year % 100 + 10) if anchor else 30
        return "DATE", str((1900 if yy > cutoff else 2000) + yy)
    m = re.fullmatch(r"(?:the\s+)?(this|last|next|past|previous|current|coming)\s+(decade|century)", t)
    if m:
        rel, unit = m.groups()
        if rel in ("past", "coming") or (rel == "next" and t.startswith("the")) or (rel == "last" and t.startswith("the")):
            return "DURATION", "P10Y" if unit == "decade" else "P1CE"
        if anchor is None:
            return "DATE", None
        step = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[rel]
        if unit == "decade":
            return "DATE", str(anchor.year // 10 + step)
        return "DATE", str(anchor.year // 100 + step)

    m = _DURATION_ADJ.match(t)
    if m:
        n = None if m.group("n") in ("multi", "many", "several") else _number(m.group("n"))
        return "DURATION", _duration_value(n, re.search(_UNIT_WORD, t).group(0))

    if not _MONTH.search(t) and not _YEAR_RE.search(t):
        m = _DURATION.match(t)
        if m:
            n_word = m.group("n")
            n = None if n_word in _VAGUE_NUMBERS else _number(n_word)
            unit_word = re.search(_UNIT_WORD, t).group(0)
            plural = unit_word.endswith("s") and not unit_word.startswith("centuries") or unit_word.endswith("ies")
            if n_word is None:
                lead = (m.group("lead") or "").strip()
                if not plural and not lead and t.split()[0] in ("this", "that", "the"):
                    return None
                n = None if plural else 1.0
            tail = (m.group("tail") or "").strip()
            if unit_word.startswith("quarter") and n_word in (None, "a", "an", "one") and not m.group("lead"):
                return None  # "about a quarter of its dealers" is a fraction
            if tail == "to come" and n_word is None:
                return "DURATION", _duration_value(None, unit_word)
            return "DURATION", _duration_value(n, unit_word)

    if t in ("the weekend", "weekend", "over the weekend"):
        if anchor is None:
            return "DATE", None
        back = tense == "past" or (tense is None and anchor.weekday() < 2)
        return "DATE", _iso_week(anchor - dt.timedelta(weeks=1 if back else 0)) + "-WE"

    m = _SEASON_ONLY.match(t)
    if m:
        code = _SEASONS[m.group("s")]
        year = m.group(2) if m.lastindex and m.lastindex >= 2 and m.group(2) else None
        if year:
            return "DATE", f"{year}-{code}"
        return "DATE", (f"{anchor.year}-{code}" if anchor else None)

    return _calendar(t, anchor, tense)


def _current(unit: str, anchor: dt.date | None) -> str | None:
    """The day, week, month, quarter or year the anchor falls in (ISO weeks)."""
    if anchor is None:
        return None
    if unit in ("day", "session"):
        return anchor.isoformat()
    if unit == "week":
        return _iso_week(anchor)
    if unit == "month":
        return f"{anchor.year}-{anchor.month:02d}"
    if unit == "quarter":
        return f"{anchor.year}-Q{(anchor.month - 1) // 3 + 1}"
    return str(anchor.year)


def _holiday(name: str, year: str | None, anchor: dt.date | None, tense: str | None) -> str | None:
    """The date of a public holiday (US federal dates for the US ones), in the year written or implied."""
    rule = _HOLIDAYS[name]
    if rule is None:
        return None  # a lunar or church calendar date: kept, value unknown
    month = rule[0]
    if year is None and anchor is None:
        return f"XXXX-{month:02d}-{rule[1]:02d}" if len(rule) == 2 else None
    if len(rule) == 2:
        y = int(year) if year else _pick_year(month, rule[1], anchor, tense)
        return f"{y}-{month:02d}-{rule[1]:02d}"
    y = int(year) if year else _pick_year(month, 15, anchor, tense)
    _m, weekday, nth = rule
    if nth > 0:
        first = dt.date(y, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return day.isoformat()


def _relative(rel: str, unit: str, mod: str | None, anchor: dt.date | None, tense: str | None) -> tuple[str, str | None]:
    rel = " ".join(rel.split())
    if rel in ("past", "coming") and unit in ("week", "month", "year", "decade", "century", "quarter"):
        # "the past year" names a stretch of time ending now, not a calendar year
        return "DURATION", _duration_value(1.0, unit)
    if anchor is None:
        return ("TIME" if unit in _PARTS_OF_DAY else "DATE"), None
    step = {"this": 0, "current": 0, "the same": 0, "that": 0, "last": -1, "previous": -1, "this past": -1,
            "next": 1, "this coming": 1, "coming": 1, "past": -1}[rel]
    if unit in _WEEKDAYS:
        target = _WEEKDAYS[unit]
        delta = (target - anchor.weekday()) % 7
        if step < 0 or (step == 0 and tense == "past"):
            delta = delta - 7 if delta > 0 else -7
        elif step > 0 and delta == 0:
            delta = 7
        return "DATE", (anchor + dt.timedelta(days=delta)).isoformat()
    if unit in ("morning", "afternoon", "evening", "night"):
        d = anchor + dt.timedelta(days=min(step, 0) if rel != "next" else 1)
        return "TIME", f"{d.isoformat()}T{_PARTS_OF_DAY[unit]}"
    if unit in ("week", "weekend"):
        w = _iso_week(anchor + dt.timedelta(weeks=step))
        return "DATE", w + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, mo = _shift_months(anchor, step)
        return "DATE", f"{y}-{mo:02d}"
    if unit == "year":
        return "DATE", str(anchor.year + step)
    if unit == "quarter":
        y, mo = _shift_months(anchor, 3 * step)
        return "DATE", f"{y}-Q{(mo - 1) // 3 + 1}"
    if unit == "decade":
        return "DATE", str(anchor.year // 10 + step)
    if unit == "century":
        return "DATE", str(anchor.year // 100 + step)
    if unit in _SEASONS:
        code = _SEASONS[unit]
        year = anchor.year + step
        return "DATE", f"{year}-{code}"
    return "DATE", None


def _quarter(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> tuple[str, str | None]:
    q = _QUARTER_N[m.group("q")] if m.group("q") else int(m.group("qn"))
    rest = m.group("rest") or m.group("rest2")
    if m.group("q") in ("last", "final") and not rest:
        return _relative("last", "quarter", None, anchor, tense)
    if rest:
        res = _normalize(rest.strip(), anchor, tense)
        if res is not None and res[1] and re.fullmatch(r"\d{4}", res[1]):
            return "DATE", f"{res[1]}-Q{q}"
        return "DATE", None
    if anchor is None:
        return "DATE", f"XXXX-Q{q}"
    year = anchor.year
    current = (anchor.month - 1) // 3 + 1
    if tense == "past" and q >= current:
        year -= 1
    elif tense == "future" and q < current:
        year += 1
    return "DATE", f"{year}-Q{q}"


def _pick_year(month: int, day: int | None, anchor: dt.date, tense: str | None) -> int:
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


def _calendar(t: str, anchor: dt.date | None, tense: str | None) -> tuple[str, str | None] | None:
    m = _ISO.match(t)
    if m:
        return "DATE", t
    if _NUMERIC_DATE.search(t):
        return _dateparser_fallback(t, anchor)
    year_m = _YEAR_RE.search(t)
    month_m = _MONTH.search(t)
    fy = _FISCAL.search(t)
    clock = _CLOCK.search(t) if re.search(r"\d\s*[ap]\.?\s?m\b|noon|midday|midnight|\d:\d\d", t) else None
    day: int | None = None
    month = _MONTHS[month_m.group(1)] if month_m else None
    if month_m:
        dm = _DAY_AFTER_MONTH.search(t) or _DAY_BEFORE_MONTH.search(t)
        if dm:
            g = [x for x in dm.groups() if x and x.isdigit()]
            if g and 1 <= int(g[0]) <= 31:
                day = int(g[0])
    year: int | None = int(year_m.group(1)) if year_m else None
    if year is None and month_m and (short := re.search(r"'(\d\d)$", t)):
        yy = int(short.group(1))
        year = (1900 if yy > (anchor.year % 100 + 10 if anchor else 30) else 2000) + yy  # "May '99"
    rel_year = _REL_YEAR.search(t)
    if year is None and rel_year and anchor is not None:
        year = anchor.year + {"this": 0, "last": -1, "next": 1, "previous": -1}[rel_year.group(1)]
    if fy and year is None:
        y = fy.group(1)
        year = int(y) if len(y) == 4 else 2000 + int(y)
    if month is None and year is None:
        wd = _WEEKDAY.search(t)
        if wd and anchor is not None:
            target = _WEEKDAYS[wd.group(1)]
            delta = (target - anchor.weekday()) % 7
            # a bare weekday is the nearest one on the side the clause's tense points to
            if delta > 0 and (tense == "past" or tense is None and delta > 3):
                delta -= 7
            if clock:
                return "TIME", f"{(anchor + dt.timedelta(days=delta)).isoformat()}{_clock_value(clock)}"
            return "DATE", (anchor + dt.timedelta(days=delta)).isoformat()
        if clock:
            return "TIME", (f"{anchor.isoformat()}{_clock_value(clock)}" if anchor else f"XXXX-XX-XX{_clock_value(clock)}")
        return _dateparser_fallback(t, anchor)
    q = _QUARTER.search(t)
    h = _HALF.search(t)
    if year is not None and month is None:
        if q:
            n = _QUARTER_N.get(q.group(1) or "", 0) or int(q.group(2))
            return "DATE", f"{year}-Q{n}"
        if h:
            return "DATE", f"{year}-H{1 if h.group(1) == 'first' else 2}"
        return "DATE", str(year)
    assert month is not None
    if year is None:
        if anchor is None:
            year_s = "XXXX"
        else:
            year_s = str(_pick_year(month, day, anchor, tense))
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
        return "TIME", value + _clock_value(clock)
    return "DATE", value


def _clock_value(m: re.Match[str]) -> str:
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
    return value + ("Z" if m.group("tz") in ("utc", "gmt", "z") else "")


def _with_clock(t: str, anchor: dt.date | None, tense: str | None) -> tuple[str, str | None] | None:
    """A clock time, dated by the rest of the expression ("16:00 UTC today") or the anchor."""
    m = _CLOCK.search(t)
    if m is None:
        return None
    rest = (t[: m.start()] + " " + t[m.end():]).strip(" ,")
    rest = _CLOCK_LEAD.sub("", rest)
    rest = re.sub(r"^(?:on|at|of)\s+|\s+(?:on|at|of)$", "", rest).strip(" ,")
    clock = _clock_value(m)
    if not rest:
        return "TIME", (anchor.isoformat() if anchor else "XXXX-XX-XX") + clock
    res = _normalize(rest, anchor, tense)
    if res is None or res[1] is None:
        return "TIME", None
    value = res[1]
    if re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d", value):
        return "TIME", value + clock
    if re.fullmatch(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)", value):
        return "TIME", value[:10] + clock
    if value == "PRESENT_REF" and anchor:
        return "TIME", anchor.isoformat() + clock
    return "TIME", None


@lru_cache(maxsize=256)
def _date_parser(anchor: dt.date | None):  # noqa: ANN202 - dateparser has no public type
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser_fallback(t: str, anchor: dt.date | None) -> tuple[str, str | None] | None:
    """Formats outside the grammar ("03/05/2021"); the granularity comes from ``period``."""
    if not re.search(r"\d", t):
        if _NAMED_TIME.search(t):
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
        return "DATE", _iso_week(d)
    return "DATE", d.isoformat()
