"""The dates stage: time expressions (DATE, DURATION, SET, TIME) of a parsed article.

Each candidate (see :mod:`.candidates`) is trimmed (leading prepositions such as "by", "in",
"no later than" are not part of the expression), split when it is a range ("July 25-28"
gives "July 25" and "28", the end inheriting the month), and normalised against the
article's publication date (see :mod:`.timex`). Then the sentence refines what one
expression cannot say alone: "the day", "the same period last year", "the next day" and bare
clock times take the date named just before in the sentence (or the one before it), else
the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .. import nlp as N
from ..records import TimeExpression
from .calendar import at_unit
from .lexicon import MONTH_WORD, MONTHS
from .candidates import find_candidates
from .surroundings import refine_by_surroundings
from .speech import drop_unanchored, is_day_value, order_schedule, spoken_parts
from .patterns import (
    AFTER_COUNT, ANCHOR_UNIT, BARE_CLOCK, CONTEXT_WORDS, DAY_VALUE, GREETING, NEXT_DAY, RATE_UNIT, SAME_AGO, SENTENCE_BREAK,
    YEAR_RE,
)
from .timex import clean, interpret, parse_published
from .unresolved import reread_unresolved
from .fiscalyears import fiscal_year_dates

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_dates", "header_date"]


def extract_dates(doc: "Doc", *, published: str | None) -> tuple[TimeExpression, ...]:
    """Find the time expressions of a processed article and normalise them.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process`.
        published: The article's publication date (``YYYY-MM-DD``, longer ISO strings are cut
            to the date), the anchor for relative expressions; None when unknown.

    Returns:
        TimeExpressions ``D1``, ``D2``, ... in text order.
    """
    anchor = parse_published(published)
    doc_text = N.text(doc)  # kept on the Doc: doc.text joins every token on each access
    anchor = header_date(doc_text, anchor) or anchor
    found: list[tuple[int, int, str, str | None]] = []
    ahead: set[int] = set()  # starts of expressions in a clause about the future
    behind: set[int] = set()  # ... and about the past
    for start, end, tense in find_candidates(doc, doc_text):
        text = doc_text[start:end]
        if (greeting := GREETING.search(doc_text, max(0, start - 6), end)) is not None and greeting.end() == end:
            continue  # "Good afternoon, everyone": a greeting names no time
        spoken = spoken_parts(text, anchor, tense, doc_text=doc_text)
        parts = reread_unresolved(text, spoken or interpret(text, anchor, tense), anchor, tense, interpret)
        for s, e, typ, value in parts:
            if typ == "DURATION" and RATE_UNIT.match(text, s) and AFTER_COUNT.search(doc_text, max(0, start + s - 40), start + s):
                typ = "SET"  # "15 a year", "twice per month": a frequency
            found.append((start + s, start + e, typ, value))
            if tense == "future":
                ahead.add(start + s)
            elif tense == "past":
                behind.add(start + s)
    found.extend(fiscal_year_dates(doc_text, found, anchor, interpret))
    found.sort()
    found = refine_by_surroundings(doc, doc_text, found)
    _refine_from_context(doc_text, found)
    _narrative_years(doc_text, found, ahead)
    found = drop_unanchored(doc, doc_text, found)
    order_schedule(doc_text, found, ahead, behind, anchor)
    out: list[TimeExpression] = []
    last_end = -1
    for start, end, typ, value in found:
        if start < last_end:
            continue
        last_end = end
        ev = N.evidence(doc, start, end)
        out.append(TimeExpression(id=f"D{len(out) + 1}", text=ev.text, type=typ, value=value, evidence=ev))
    return tuple(out)


# A line that is only a full date, as a transcript's or a call's header writes the day it took place
# ("June 11, 2021", "(August 8, 2023)").
_HEADER_DATE = re.compile(r"^[ \t]*\(?(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\)?[ \t]*$", re.M)
# How many lines from the top a header date may stand, and how many days before the publication date.
_HEADER_LINES = 8
_HEADER_LAG_DAYS = 3


def header_date(text: str, published: dt.date | None) -> dt.date | None:
    """The day a transcript or call took place, from a date line in its header, when it differs
    from the publication date: a briefing held on June 11 and posted on June 12 says "today"
    of June 11. None when the header names no day, or one far from the publication date
    (then it is not the day of the text itself).
    """
    head = "\n".join(text.split("\n", _HEADER_LINES)[:_HEADER_LINES])
    m = _HEADER_DATE.search(head)
    if m is None:
        return None
    month = MONTHS.get(m.group("month").lower())
    try:
        day = dt.date(int(m.group("year")), month, int(m.group("day"))) if month else None
    except ValueError:
        return None
    if day is None or published is not None and not 0 <= (published - day).days <= _HEADER_LAG_DAYS:
        return None
    return day


def _refine_from_context(text: str, found: list[tuple[int, int, str, str | None]]) -> None:
    """Values that the rest of the sentence makes finer, in place.

    "in February, compared to the same period last year" is February of the year before; "the
    day" and "the next day" are the day just named ("On Friday the Dow ... ending the day
    down"); a clock time is on the day the sentence names ("on Tuesday ... at 18:00 UTC", "at
    16:15 UTC, June 1"), not on the publication day.
    """
    for k, (start, end, typ, value) in enumerate(found):
        if typ == "TIME":
            if value and BARE_CLOCK.match(clean(text[start:end])):
                _date_the_clock(text, found, k)
            continue
        if typ != "DATE" or not CONTEXT_WORDS.search(text, start, end):
            continue
        cleaned = clean(text[start:end])
        if value and (unit := ANCHOR_UNIT.match(cleaned)):
            prev = _previous_date(text, found, k)
            finer = at_unit(prev, unit.group("unit")) if prev else None
            if finer:
                found[k] = (start, end, typ, finer)
        elif value is None and (nd := NEXT_DAY.match(cleaned)):
            prev = _previous_date(text, found, k)
            if prev and DAY_VALUE.fullmatch(prev):
                forward = (nd.group("rel") or nd.group("rel2")) in ("next", "following", "after", "later")
                day = dt.date.fromisoformat(prev) + dt.timedelta(days=1 if forward else -1)
                found[k] = (start, end, typ, day.isoformat())
        elif value and SAME_AGO.match(cleaned):
            prev_f = next((f for f in reversed(found[:k]) if f[1] <= start), None)
            if prev_f and prev_f[3] and re.match(r"\d{4}-", prev_f[3]) and not SENTENCE_BREAK.search(text, prev_f[1], start):
                found[k] = (start, end, typ, f"{int(prev_f[3][:4]) - 1}{prev_f[3][4:]}")


def _previous_date(text: str, found: list[tuple[int, int, str, str | None]], k: int) -> str | None:
    """The value of the nearest DATE before ``found[k]`` in its sentence or the one before."""
    start = found[k][0]
    lo = max(0, start - 400)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, start)]
    lo = breaks[-2] if len(breaks) >= 2 else lo
    return next((f[3] for f in reversed(found[:k]) if lo <= f[0] and f[1] <= start and f[2] == "DATE" and f[3]), None)


def _date_the_clock(text: str, found: list[tuple[int, int, str, str | None]], k: int) -> None:
    start, end, typ, value = found[k]
    lo = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    hi_m = SENTENCE_BREAK.search(text, end, end + 300)
    hi = hi_m.start() if hi_m else end + 300
    # "tomorrow morning at 5:00 a.m.": a part of a named day dates the clock as the day does
    days = [(min(abs(f[0] - end), abs(start - f[1])), f[3][:10]) for f in found
            if f[0] >= lo and f[1] <= hi and f[2] in ("DATE", "TIME") and f is not found[k] and is_day_value(f[3])]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    alone = text[line_start:start].strip() in ("", "END") and not text[end:len(text) if line_end < 0 else line_end].strip()
    if not days and alone:
        # A clock alone on its line under a date line, a transcript's header ("(August 8, 2023)"
        # then "6:38 P.M. MDT"): the time of that day, not of the publication day.
        # (only a full date that ends its line, "Reception (March 18, 2024)": "We'll be back on
        # Monday.  Thank you." or "Let's do this again tomorrow." is no header)
        prev_start = text.rfind("\n", 0, max(0, len(text[:line_start].rstrip(" \t\n.")))) + 1
        days = [(0, f[3]) for f in found if f[0] >= prev_start and f[1] <= line_start and f[2] == "DATE"
                and f[3] and DAY_VALUE.fullmatch(f[3]) and not text[f[1]:line_start].strip(" \t\n().")
                and YEAR_RE.search(text, f[0], f[1])]
        # else a transcript's opening or closing time stamp: the day of the transcript (the anchor),
        # not a day its last sentence speaks of ("We'll be back on Monday." then "10:48 A.M. EDT")
    if not days and lo > 0 and not alone:
        # "Tomorrow, the President will address the nation. The speech will be delivered at 8:00pm
        # ET.": a clock whose sentence names no day is on the day the sentence before names.
        prev_lo = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, lo - 300), max(0, lo - 1))),
                      default=max(0, lo - 300))
        days = [(lo - f[1], f[3]) for f in found
                if f[0] >= prev_lo and f[1] <= lo and f[2] == "DATE" and f[3] and DAY_VALUE.fullmatch(f[3])]
    if days and value:
        found[k] = (start, end, typ, min(days)[1] + value[value.index("T"):])


# How far back (characters) a story's dated month still sets the year of the days that follow it.
_NARRATIVE_REACH = 1500
_CALENDAR_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?")
# A day written without its year ("August 31", "the 3rd of May"); a month alone ("in November") is
# left to the publication date, news's usual reference.
_YEARLESS = re.compile(r"^(?:(?:on|by|until|the)\s+)*" + MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?$"
                       r"|^(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_WORD + r"$")
# Words before a dated expression that make it a point of comparison, not the time a story is
# told in: "the lowest since October 9, 2002", "Since February 24, 2022, ...".
_NOT_STORY = re.compile(r"(?i)\b(?:since|than|until|till|before)\s+(?:late\s+|early\s+|mid-?)?$")


def _narrative_years(text: str, found: list[tuple[int, int, str, str | None]], ahead: set[int]) -> None:
    """Days written without a year inside a story told about another year take the story's year,
    in place: "In late August 1950, the battalion held the river. On August 31, ... on September
    1" are days of 1950, not of the year of publication. A yearless day follows the nearest
    calendar date before it (within :data:`_NARRATIVE_REACH` characters) that writes its year (or
    took it this way) when it falls in the same month or the two after it; a date that is only
    a point of comparison ("the lowest since October 9, 2002") sets no story's year, and a day in a
    clause about the future ("will mark the anniversary on 24 February", starts in ``ahead``)
    keeps the year its tense gave it: a story told in the past does not reach it.
    """
    story: tuple[int, int, int] | None = None  # (end offset, year, month) of the last dated month
    for k, (start, end, typ, value) in enumerate(found):
        m = _CALENDAR_VALUE.fullmatch(value or "") if typ == "DATE" else None
        if m is None:
            continue
        year, month = int(m.group(1)), int(m.group(2))
        if YEAR_RE.search(clean(text[start:end])):
            if not _NOT_STORY.search(text, max(0, start - 12), start):
                story = (end, year, month)
            continue
        if story is None or start in ahead or not _YEARLESS.match(clean(text[start:end])) \
                or start - story[0] > _NARRATIVE_REACH:
            continue
        if 0 <= month - story[2] <= 2:
            if year != story[1]:
                found[k] = (start, end, typ, f"{story[1]}{value[4:]}")
            story = (end, story[1], month)
