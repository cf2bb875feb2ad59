"""The phrase grammar of time expressions: compiled regular expressions over cleaned text.

Cleaned text is lower case with typographic quotes and dashes made plain (see
:func:`pipeline.dates.timex.clean`). Compiled once, at import. No spaCy.
"""

from __future__ import annotations

import re

from .. import numbers
from .calendar import HOLIDAYS
from .lexicon import MONTH_WORD, NUM_WORD, QUALIFIER, TZ_WORD, UNIT_WORD, VAGUE_NUMBERS, WEEKDAY_WORD, YEAR


LEAD_TRIM = re.compile(
    r"^(?:(?:no|not)\s+(?:later|earlier|sooner)\s+than|as\s+(?:of|early\s+as|late\s+as)|prior\s+to|ahead\s+of|"
    # "until at least Thursday": a bound on the time, not part of it
    r"least|"
    r"in|on|at|by|since|until|till|from|during|for|before|after|within|through|throughout|of|between|"
    r"starting|beginning|ending|effective|circa|c\.)\s+"
    # "just this week", "only yesterday", "about yesterday's attack": the focus word or the
    # preposition is not part of the expression
    r"|^(?:just|only|even|about)\s+(?=(?:this|last|next|today|tonight|yesterday|tomorrow|earlier|later)\b)"
    # "rose by a fifth last year": a fraction the model ran into the date it precedes is an amount
    r"|^(?:(?:a|one|two|three|four)\s+)?(?:half|thirds?|quarters?|fifths?|tenths?)\s+(?=(?:last|this|next|earlier|later)\b)",
    re.I,
)
TRAIL_TRIM = re.compile(r"[\s,;:.\-–—(]+$")
ISO = re.compile(rf"^{YEAR}-(\d\d)(?:-(\d\d))?$")
RANGE = re.compile(r"^(?P<a>.*?(?:\d(?:0'?s)?|\b(?:january|february|march|april|june|july|august|september|october|november|december)))\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*(?P<b>\d.*|" + MONTH_WORD + r".*)$", re.I)

PRESENT = re.compile(
    r"^(?:right\s+)?(?:now|nowadays|currently|presently|at\s+present|the\s+present(?:\s+day)?|present\s+day|"
    r"to\s+date|at\s+this\s+time|these\s+days|today'?s?\s+world|the\s+current\s+period|(?:for\s+)?the\s+time\s+being)$"
)
PAST = re.compile(r"^(?:recently|lately|previously|formerly|earlier|in\s+the\s+past|the\s+past|once|(?:in\s+)?recent\s+(?:years|months|weeks|decades|times)"
                  r"|the\s+other\s+(?:day|night|week|morning|evening))$")  # "the other night": some recent night
FUTURE = re.compile(
    r"^(?:soon|shortly|(?:in\s+)?the\s+(?:near\s+|foreseeable\s+|distant\s+|not\s+too\s+distant\s+)?future|"
    # "the coming weeks and months": two vague spans joined are still the time to come
    r"(?:in\s+)?the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years)(?:\s+and\s+(?:weeks|months|years|decades))?|"
    r"one\s+day|someday|eventually|"
    # "the weeks ahead", "the months and years ahead": the time to come, no length given
    r"(?:in\s+)?the\s+(?:days|weeks|months|years)(?:\s+and\s+(?:weeks|months|years|decades))?\s+ahead|"
    r"in\s+due\s+course|later|(?:in\s+|over\s+|for\s+)?the\s+(?:near|short|medium|long|longer)[\s-]+term)$"
)
SET = re.compile(
    r"^(?:(?P<adv>annual(?:ly)?|yearly|weekly|monthly|daily|nightly|hourly|quarterly|biannual(?:ly)?|biennial(?:ly)?|semi-?annual(?:ly)?)|"
    r"(?:every|each|per)\s+(?:(?P<n>\d+|" + NUM_WORD + r")\s+)?" + UNIT_WORD + r")$"
)
DECADE = re.compile(r"(?:^|\s|-)(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(\d\d\d)0'?s|'?(\d)0'?s)$")
SHORT_YEAR = re.compile(r"^(?:(?:since|in|of|from)\s+)?'(\d\d)$")
QUOTED_YEAR = re.compile(r"'\d\d$")
CENTURY_ORD = re.compile(r"\b\d+\s*(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|last)\s+(?:century|anniversary)")
AGO = re.compile(r"^(?:" + QUALIFIER + r")(?P<n>\d+(?:\.\d+)?|" + NUM_WORD + r")?\s*" + UNIT_WORD + r"\s+(?:ago|earlier|before)$")
DURATION = re.compile(
    # "another two weeks", "a further six months": more of a length already running
    r"^(?P<lead>(?:another|a\s+further|an\s+(?:additional|extra))\s+"
    r"|(?:the\s+)?(?:last|past|next|coming|previous|following|first|final|remaining|better\s+part\s+of(?:\s+the)?)\s+)?"
    + QUALIFIER
    + r"(?P<n>\d+(?:\.\d+)?(?:,\d{3})*|" + NUM_WORD + r"|" + "|".join(VAGUE_NUMBERS) + r")?[\s-]*"
    r"(?:(?:more|additional|consecutive|straight|full|long|short|successive|further|trading|business|working|calendar|school)\s+)*"
    + UNIT_WORD
    + r"(?P<tail>\s+(?:to\s+come|ahead|long|old|on\s+end|or\s+(?:so|more)|and\s+counting|running|in\s+a\s+row|to\s+the\s+day|(?:of\s+(?:the\s+)?\w+)))?$"
)
DURATION_ADJ = re.compile(r"^(?P<n>\d+|" + NUM_WORD + r"|multi|many|several)-" + UNIT_WORD + r"(?:-long)?$")
RELATIVE = re.compile(
    r"^(?:(?P<mod>earlier|later|early|late|mid|the\s+end\s+of|end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|"
    r"the\s+rest\s+of|the\s+remainder\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+)?"
    r"(?:the\s+)?(?P<rel>this|last|next|past|coming|previous|current|this\s+past|this\s+coming|the\s+same|that)\s+"
    r"(?P<unit>week(?:end)?|month|year|decade|century|quarter|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|"
    + WEEKDAY_WORD + r")$"
)
# A day named twice, the relative word then the calendar date: "Tomorrow, November 28th, will mark ...".
DEICTIC_APPOSITION = re.compile(r"^(?P<a>today|tonight|yesterday|tomorrow)(?P<sep>\s*,\s*)(?P<b>\S.*)$", re.I)
# A length of time, then the day it falls on: "about eight hours tomorrow" is a duration and a date.
DURATION_ON_DAY = re.compile(r"^(?P<a>.*\b(?:seconds?|minutes?|hours?|days?|weeks?))\s+(?P<b>today|tonight|tomorrow|yesterday)$", re.I)
DEICTIC = re.compile(
    r"^(?:(?P<mod>earlier|later|late|early)\s+)?(?P<day>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?$"
)
CLOCK = re.compile(
    r"\b(?:at\s+)?(?:(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?)|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)"
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:utc|gmt|hours|hrs|z)\b)|(?P<word>noon|midday|midnight))"
    r"(?:\s*(?P<tz>" + TZ_WORD + r")\b)?(?:\s*\((?:utc|gmt)\))?"
)
# "all summer" and "the summer season" name the season as "the summer" does
SEASON_ONLY = re.compile(r"^(?:all\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+season)?"
                         r"(?:\s+(?:of\s+)?" + YEAR + r")?$")
MONTH = re.compile(r"\b" + MONTH_WORD + r"(?=\s|$|,|\d)")
# "the day" the article reports on ("ended the day down"), the week/month/year it falls in
ANCHOR_UNIT = re.compile(
    r"^(?:(?:the\s+)?(?:start|beginning|end|rest|remainder|middle|close|course|balance)\s+of\s+|(?:later|earlier)\s+in\s+)?"
    r"(?:the|that)\s+(?:same\s+|entire\s+|whole\s+|full\s+)?(?P<unit>day|week|month|year)$"
)
# "a second consecutive day", "the fifth straight week", "fourth week in a row": the current one
RUN = re.compile(
    r"^(?:(?:a|the|its|their)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?P<adj>consecutive|straight|successive)\s+)?(?:trading\s+)?(?P<unit>day|session|week|month|quarter|year)"
    r"(?P<row>\s+in\s+a\s+row|\s+running)?$"
)
# "the same period last year", "the same month a year ago": a year before a date said nearby
SAME_AGO = re.compile(
    r"^(?:the\s+)?same\s+(?:period|time|day|week|month|quarter|season)\s+(?:of\s+|in\s+)?"
    r"(?:(?:the\s+)?(?:last|previous|prior)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before))$"
)
# "two and a half years", "a year and a half"
AND_HALF = re.compile(
    r"^" + QUALIFIER + r"(?:(?P<n>\d+|" + NUM_WORD + r")\s+and\s+a\s+half\s+" + UNIT_WORD
    + r"|(?:a|an|one)\s+(?P<unit>second|minute|hour|day|week|month|year|decade)\s+and\s+a\s+half)$"
)
PART_OF_DAY = re.compile(r"^(?:the\s+)?(?:(?:early|late)\s+)?(?P<part>morning|afternoon|evening|night)$")
# A weekday that is part of a name: "Black Monday", "Super Tuesday", "Good Friday".
NAMED_WEEKDAY = re.compile(r"^(?P<w>[a-z]+)\s+" + WEEKDAY_WORD + r"$")
HOLIDAY = re.compile(
    r"^(?:the\s+)?(?P<name>" + "|".join(sorted((re.escape(k) for k in HOLIDAYS), key=len, reverse=True)) + r")"
    r"(?:\s+holidays?)?(?:\s+(?:of\s+)?" + YEAR + r")?$"  # "the Thanksgiving holiday": the day itself
)
# A fast test that a text may name a holiday: the start of every name in HOLIDAYS (tests keep them in step).
HOLIDAY_CUE = re.compile(r"\b(?:christmas|new year|independence|fourth of july|veterans|armistice|remembrance|"
                         r"halloween|valentine|juneteenth|"
                          r"flag day|boxing|memorial|labou?r day|thanksgiving|luther king|mlk|president|washington's|"
                          r"columbus|indigenous|easter|good friday|ramadan|eid|hanukkah|passover|yom kippur|diwali|nowruz)")
# "June 17, two days before ...": a date and a duration the model joined at a comma
COMMA_DURATION = re.compile(
    r"^(?P<a>.+?),\s+(?P<b>(?:(?:\d+|" + NUM_WORD + r"|several|a\s+few|few)\s+)?" + UNIT_WORD + r")\b.*$", re.I
)
# "sentenced on Monday to 12 years": a day and a length the model joined at "to" (the head is no
# number, so this is not a range such as "5 to 10 years")
TO_DURATION = re.compile(
    r"^(?P<a>.*[a-z].*?)\s+(?:to|for)\s+(?P<b>(?:\d+(?:\.\d+)?|" + NUM_WORD + r")\s+" + UNIT_WORD + r")$", re.I
)
# A season or fiscal year written as two years, the second cut to two digits: "the 2024-25 school
# year", "2026/27", "1998-99" (one period named by the year it starts in, not a range or a month)
SPLIT_YEAR = re.compile(r"\b(?P<y>1[5-9]\d\d|20\d\d)\s*[-/]\s*(?P<yy>\d\d)(?![\d/-])")
# A count of time units at the end of a span whose head the model ran in ("the rubble 40 hours")
COUNT_TAIL = re.compile(r"(?:^|\s)(?P<b>(?:\d+(?:\.\d+)?|" + NUM_WORD + r")[\s-]+" + UNIT_WORD + r"(?:\s+ago)?)$", re.I)
# Lengths written in several units: "2 hours 16 minutes 16 seconds", "one year and six months"
COMPOUND_PART = re.compile(r"(?P<n>\d+(?:\.\d+)?|" + NUM_WORD + r")[\s-]+" + UNIT_WORD + r"(?:\s*,?\s*(?:and\s+)?|$)")
LEAD_COUNT = re.compile(r"^[\d.,]+\s+(?=(?:a|an|per)\s+(?:year|month|week|day|hour)$)", re.I)
BARE_CLOCK = re.compile(r"^(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|\d{1,2}:\d\d|\d{4})(?:\s*" + TZ_WORD + r")?$", re.I)
# Approximations around a clock time: "around 3 p.m.", "shortly after 10:00 GMT".
CLOCK_LEAD = re.compile(r"^(?:(?:at\s+)?(?:around|about|approximately|roughly|some|nearly|almost|just|shortly|sometime|"
                         r"before|after|until|till|by|from)(?:\s+|$))+")
# "the current fiscal year": US federal fiscal years run October to September, named by their end.
REL_FISCAL = re.compile(r"^(?:the\s+)?(?P<rel>this|current|next|last|previous|coming|upcoming|prior)\s+(?:fiscal|financial|budget)\s+year$")
# "the next day", "the previous day": a day next to one the text has named
NEXT_DAY = re.compile(r"^the\s+(?:(?P<rel>next|following|previous|preceding|prior)\s+day|day\s+(?P<rel2>prior|before|after|earlier|later))$")
CONTEXT_WORDS = re.compile(r"(?i)\b(?:day|week|month|year|same)\b")
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n+")
YEAR_RE = re.compile(r"(?<![\d,.$])" + YEAR + r"(?![\d,%])")
DAY_AFTER_MONTH = re.compile(MONTH_WORD + r"\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!,\d)")
DAY_BEFORE_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_WORD)
WEEKDAY = re.compile(r"\b" + WEEKDAY_WORD + r"\b")
# A day of the month named by its ordinal alone, in wire copy's style: "on the 21st", "Tuesday the
# 4th" (the month is the one around publication; the weekday, when written, picks it).
ORDINAL_DAY = re.compile(r"^(?:" + WEEKDAY_WORD + r",?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)$")
# A calendar quarter named by its months: "the April-June quarter", "the July-September quarter".
MONTH_QUARTER = re.compile(MONTH_WORD + r"\s*-\s*" + MONTH_WORD + r"\s+quarter\b")
QUARTER = re.compile(r"\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q([1-4]))\b")
HALF = re.compile(r"\b(first|second)\s+half\b")
FISCAL = re.compile(r"\b(?:fiscal(?:\s+year)?|fy)\s*'?(\d{2,4})\b")
TEMPORAL_CUE = re.compile(
    r"\b(?:" + MONTH_WORD + r"|" + WEEKDAY_WORD + r"|" + UNIT_WORD + r"|today|tonight|yesterday|tomorrow|now|"
    r"recent(?:ly)?|soon|future|past|present|annual(?:ly)?|yearly|weekly|monthly|daily|quarterly|morning|afternoon|"
    r"evening|night|noon|midnight|spring|summer|autumn|fall|winter|weekend|fiscal|fy|currently|to\s+date|ago)\b|\bfy\s*'?\d\d|\bq[1-4]\b"
    r"|\d{3}0'?s\b|'?\b\d0s\b|'\d\d\b|(?<![\d,.$])" + YEAR + r"(?![\d,%])|\d\s*[ap]\.?m\b|\d:\d\d|\d{4}\s*(?:utc|gmt)"
)
NUMERIC_CUE = re.compile(r"\b(?:\d{1,2}/\d{1,2}/(?:\d\d|\d{4})|\d{1,2}\.\d{1,2}\.\d{4})\b")
NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b")
DOC_NUMBER = re.compile(r"^(?!(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s?\d)(?:[a-z]{1,3}\.\s?)+\d|^(?:no|nos|section|sec|art|article|resolution|title|chapter|rule|law|ch)\.?\s+\d")
NAMED_TIME = re.compile(r"\b(?:" + MONTH_WORD + r"|" + WEEKDAY_WORD + r"|spring|summer|autumn|fall|winter|weekend|morning|afternoon|evening|night|today|tomorrow|yesterday)\b")
HAS_CLOCK = re.compile(r"\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidday\b|\bmidnight\b|\d:\d\d|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:utc|gmt|hours|hrs)\b")
QUARTER_EXPR = re.compile(
    r"^(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+quarter"
    r"(?:\s+(?:of\s+)?(?P<rest>.+))?$|^q(?P<qn>[1-4])\s*(?P<rest2>.+)?$"
)
WEEKDAY_PART = re.compile(r"^(?:on\s+)?(?P<wd>" + WEEKDAY_WORD + r")\s+(?P<part>morning|afternoon|evening|night)$")
REL_YEAR = re.compile(r"\b(this|last|next|previous)\s+year\b")
RATE_UNIT = re.compile(r"(?:a|an|per)\s+(?:year|month|week|day|hour)\b", re.I)
# A count before "a year" makes a frequency ("15 a year", "twice per month").
AFTER_COUNT = re.compile(
    r"(?:\d(?:[.,]\d+)*\s*(?:bn|mn|m|k|tn|b)?|\b(?:once|twice|times|" + "|".join(sorted(numbers.WORDS, key=len, reverse=True)) + r"))\s+$", re.I
)
URL = re.compile(r"https?://|www\.|\.(?:pdf|html?|aspx?|php|com|org|gov|net|int|edu)\b|/[a-z][\w-]*/", re.I)
# A greeting ("Good morning", "good evening, everyone") names no time of day.
GREETING = re.compile(r"(?i)\bgood\s+(?:morning|afternoon|evening|night)\b")
