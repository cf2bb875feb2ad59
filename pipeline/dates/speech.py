"""Time words of speech and of scheduled talk that one expression alone does not settle.

Remarks, briefings and press calls speak of time loosely: "a few weeks ago", "not long ago",
"by the end of the decade"; they point back with "that day" or "the year that ..." to a time
told earlier (or never told); they use time words in idioms ("at the end of the day", "by the
day") and in names ("the Good Friday Agreement", "Bloody Sunday"). This module holds:

- :func:`matcher_patterns`: token patterns for the vague past ("a few weeks ago", "many years
  ago", "a long time ago") and the edges of the current decade ("the end of the decade"), which
  the model leaves untagged;
- :func:`spoken_value`: their values (``PAST_REF``; the decade of the anchor);
- :func:`drop_unanchored`: the expressions to leave out: a demonstrative unit ("that day",
  "that year", "the same weekend") when no date is named just before it, so it would only take
  the publication date; idioms; a weekday or holiday that is part of a name; and a unit defined
  by its own clause in the past ("the day Russia invaded") loses the publication date it took;
- :func:`order_schedule`: the weekdays of a schedule, in order.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..knowledge.named_days import named_days
from ..knowledge.wordlists import word_set
from .calendar import at_unit
from .lexicon import WEEKDAYS
from .patterns import DAY_VALUE, SENTENCE_BREAK
from .timex import clean, interpret, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["drop_unanchored", "matcher_patterns", "order_schedule", "spoken_parts", "spoken_value"]

_PLURAL_UNITS = ("years", "months", "weeks", "days", "decades", "moments", "minutes", "hours")
_UNITS = (*_PLURAL_UNITS, "year", "month", "week", "day", "decade")


def matcher_patterns() -> list[tuple[str, list[list[dict]]]]:
    """Patterns (plain words only, so they go to the phrase matcher) for the vague past and the
    edges of the current decade."""
    def low(*words: str) -> dict:
        return {"LOWER": words[0]} if len(words) == 1 else {"LOWER": {"IN": list(words)}}

    return [
        # ("a couple of weeks ago" is two weeks: the AGO pattern's count)
        ("VAGUE_AGO", [[low("a"), low("few"), low(*_PLURAL_UNITS), low("ago")],
                       [low("several", "many", "some"), low(*_PLURAL_UNITS), low("ago")],
                       [low("many"), low(","), low("many"), low(*_PLURAL_UNITS), low("ago")],
                       [low("those"), low(*_PLURAL_UNITS), low("ago")],
                       [low(*_PLURAL_UNITS), low("ago")]]),
        # ("not long ago", "a long time ago", "a while ago" are left out: idioms of the told past,
        # which the annotation leaves uncoded)
        ("DECADE_EDGE", [[low("the"), low("end", "start", "beginning", "middle", "rest"), low("of"),
                          low("the", "this"), low("decade")]]),
        # the attacks of September 11, 2001, named by their date (the 9/11 Commission Report)
        ("NINE_ELEVEN", [[low("9/11")]]),
        # "these past several months", "the past year and a half", "the past decade": stretches up to now
        ("SPAN_NOW", [[low("these", "this"), low("past", "last", "next"), low("several", "few", "couple"),
                       {"LOWER": "of", "OP": "?"}, low(*_PLURAL_UNITS)],
                      [low("the"), low("past", "last"), low("year", "month", "week", "day"), low("and"), low("a"), low("half")],
                      [low("the"), low("past"), low("decade", "century")]]),
        # "by the fall", "in the fall": the season (the preposition is trimmed; "the fall of" is dropped)
        ("SEASON_THE", [[low("by", "in", "during", "until", "through", "before", "after"), low("the"),
                         low("fall", "autumn")]]),
    ]


# "a few weeks ago", "many, many years ago", "all those years ago", "months ago": some time
# before now, how long not said.
_VAGUE_AGO = re.compile(
    r"^(?:(?:just|only|so|all)\s+)*(?:(?:a\s+)?few\s+|several\s+|many,?\s+(?:many,?\s+)?|"
    r"some\s+|those\s+|(?:years|months|weeks|days)\s+and\s+)?"
    r"(?:years|months|weeks|days|decades|moments|minutes|hours)\s+ago$"
)
# "over a year ago", "more than two years ago": a bound, before some time not said ("nearly a year
# ago", "about two years ago" stay the year they come close to)
_BOUND_AGO = re.compile(r"^(?:just\s+|well\s+)?(?:over|more\s+than|at\s+least)\s+(?:a|an|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+ago$")
# "by the end of the decade": the decade of the anchor (TIMEX3 writes a decade by its first three digits)
_DECADE_EDGE = re.compile(r"^(?:the\s+)?(?:end|start|beginning|middle|rest)\s+of\s+(?:the|this)\s+decade$")


def spoken_parts(text: str, anchor: dt.date | None, tense: str | None = None, *,
                 doc_text: str = "") -> list[tuple[int, int, str, str | None]] | None:
    """:func:`spoken_value` as ``(start, end, type, value)`` parts of ``text``; two seasons joined
    ("this fall and winter") are two expressions, the second taking the first's modifier."""
    m = _TWO_SEASONS.match(text)
    if m:
        lead = m.group("lead")
        parts = [(m.start("lead"), m.end("a"), normalize(f"{lead} {m.group('a')}", published_of(anchor), tense=tense)),
                 (m.start("b"), m.end("b"), normalize(f"{lead} {m.group('b')}", published_of(anchor), tense=tense))]
        if all(p[2] for p in parts):
            return [(s, e, *res) for s, e, res in parts]
    res = spoken_value(text, anchor, tense, doc_text=doc_text)
    if res is None and (m := _AGO_TAIL.search(text)) and m.start("b") > 0 and not interpret(text, anchor, tense):
        return [(m.start("b"), m.end("b"), "DATE", "PAST_REF")]  # "a plan years ago" tagged whole: the time alone
    return None if res is None else [(0, len(text), *res)]


_AGO_TAIL = re.compile(r"(?i)(?:^|\s)(?P<b>(?:(?:a\s+)?few\s+|several\s+|many\s+|some\s+)?(?:years|months|weeks|days|decades)\s+ago)$")


_TWO_SEASONS = re.compile(r"(?i)^(?P<lead>this|the|next|last)\s+(?P<a>summer|winter|spring|fall|autumn)\s+and\s+(?:early\s+|late\s+)?"
                          r"(?P<b>summer|winter|spring|fall|autumn)$")


def spoken_value(text: str, anchor: dt.date | None, tense: str | None = None, *,
                 doc_text: str = "") -> tuple[str, str | None] | None:
    """Type and value of a vague past ("a few weeks ago" ``PAST_REF``), a part of the current
    decade ("the end of the decade" ``202``) or a spoken form of a usual expression: a word said
    twice ("this this summer"), "these past several months", "the past year and a half", "the
    summer months"; None for anything else (the usual normaliser reads it)."""
    t = clean(text)
    if _VAGUE_AGO.match(t) or _BOUND_AGO.match(t):
        return "DATE", "PAST_REF"
    if t in ("one day", "some day", "someday"):
        # "And one day, we went back to Scranton": in a clause told in the past, some day before now
        return "DATE", "PAST_REF" if tense == "past" else "FUTURE_REF"
    if (day := _named_day(t, anchor, tense, doc_text)) is not None:
        return "DATE", day
    if m := _MONTH_THE_DAY.match(t):
        return normalize(f"{m.group(1)} {m.group(2)}", published_of(anchor), tense=tense)  # "January the 6th"
    if _DECADE_EDGE.match(t):
        return "DATE", str(anchor.year // 10) if anchor else None
    published = anchor.isoformat() if anchor else None
    said_twice = _SAID_TWICE.sub(r"\1", t)
    if said_twice != t:
        return normalize(said_twice, published, tense=tense)
    if m := _THESE_PAST.match(t):
        return normalize(f"the {m.group(1)} {t[m.end():]}", published, tense=tense)
    if m := _PAST_AND_HALF.match(t):
        return normalize(f"a {m.group(1)} and a half", published, tense=tense)
    if m := _SEASON_MONTHS.match(t):
        return normalize(f"the {m.group(1)}", published, tense=tense)
    if (m := _FOCUS_LEAD.match(t)) and normalize(t, published, tense=tense) is None:
        return normalize(t[m.end():], published, tense=tense)  # "just the past decade": the focus word limits the claim
    return None


def published_of(anchor: dt.date | None) -> str | None:
    """The anchor as the ``published`` string :func:`normalize` takes."""
    return anchor.isoformat() if anchor else None


# How near the publication date a named day's form may fall and still be that day of this year
# ("on January 6th the Congress meets", written that January).
_NAMED_DAY_NEAR = 31


def _named_day(t: str, anchor: dt.date | None, tense: str | None, doc_text: str) -> str | None:
    """The event's day for a form that names one ("9/11", "January 6th"), once the event is past,
    in an article that speaks of the event (the entry's context words), and unless the text speaks
    of the coming day of that date or one near the publication date."""
    t = t[3:] if t.startswith("on ") else t
    found = named_days().get(t)
    if found is None or anchor is None or tense == "future":
        return None
    day, context = found
    if context is not None and not context.search(doc_text):
        return None
    event = dt.date.fromisoformat(day)
    if anchor <= event:
        return None
    if "/" not in t:
        this_year = event.replace(year=anchor.year)
        if abs((anchor - this_year).days) <= _NAMED_DAY_NEAR:
            return None
    return day


_MONTH_THE_DAY = re.compile(r"^(january|february|march|april|may|june|july|august|september|october|november|december)"
                            r"\s+the\s+(\d{1,2})(?:st|nd|rd|th)$")
# "this this summer": a word repeated in speech
_SAID_TWICE = re.compile(r"\b([a-z]+) \1\b")
# "these past several months", "this past several days": the stretch "the past ..." names
_THESE_PAST = re.compile(r"^(?:these|this)\s+(past|last|next|coming)\s+(?=(?:several|few|couple|\d|[a-z]+\s+(?:years|months|weeks|days)))")
_PAST_AND_HALF = re.compile(r"^(?:the\s+)?(?:past|last)\s+(year|month|week|day)\s+and\s+a\s+half$")
_FOCUS_LEAD = re.compile(r"^(?:just|only|even)\s+(?=the\s)")
_SEASON_MONTHS = re.compile(r"^(?:the\s+)?(summer|winter|spring|fall|autumn)\s+months$")


# A unit that points back to a time told before: "that day", "the same weekend", "that year".
_DEMONSTRATIVE = re.compile(r"^(?:that|the\s+same|the\s+very)\s+(?:day|night|week|weekend|month|year)$")
# A unit with the article, which a clause of its own or the sentence before must date.
_THE_UNIT = re.compile(r"^the\s+(?:day|week|month|year)$")
# Idioms: "at the end of the day" (in the end), "by the day" (steadily).
_IDIOM_BEFORE = re.compile(r"(?i)\b(?:at|in)\s+$")
_BY_BEFORE = re.compile(r"(?i)\bby\s+$")
_OF_BEFORE = re.compile(r"(?i)\bof\s+$")
_FLOOR_NOW = re.compile(r"(?i)\b(?:unmuted?|hear\s+me)\s+$")


def drop_unanchored(doc: "Doc", text: str, found: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """The expressions of ``found`` (sorted, values already refined by the sentence) less those
    that name no time of their own:

    - "that day", "that year", "the same weekend" with no date named in the sentence or the one
      before: the time pointed back to was told far earlier or not at all ("they had to march
      on this bridge on that day"), and the publication day it would otherwise take is wrong;
    - "the day" read as an era ("the David Broder of the day") with no date just before; "the
      day", "the year" dated by a clause of their own in the past ("the day Russia invaded")
      stay, without a value;
    - the idioms "at the end of the day" (in the end) and "by the day" (steadily);
    - a weekday or holiday that is part of a name ("the Good Friday Agreement", "Bloody Sunday
      marchers"): a capitalised noun it modifies follows it.
    """
    out = []
    for k, (start, end, typ, value) in enumerate(found):
        t = clean(text[start:end])
        before = text[max(0, start - 8):start]
        if typ == "DATE" and t.endswith("end of the day") and _IDIOM_BEFORE.search(before):
            continue
        if typ == "DATE" and t == "the day" and _BY_BEFORE.search(before):
            continue
        if t == "now" and _FLOOR_NOW.search(text, max(0, start - 16), start):
            continue  # a call's moderator handing the line over: "You should be unmuted now."
        if typ == "DATE" and (_DEMONSTRATIVE.match(t) or _THE_UNIT.match(t)) and not _has_antecedent(text, found, k):
            if _DEMONSTRATIVE.match(t) or t == "the day" and _OF_BEFORE.search(before):
                continue
            if _clause_defined(doc, start, end):
                value = None  # the day of the event its clause tells, which the words do not date (as surroundings.py)
        if typ == "DATE" and _in_name(doc, start, end):
            continue
        if re.fullmatch(r"(?:happy\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t) \
                and (t.startswith("happy") or re.search(r"(?i)\bhappy\s+$", before)):
            continue  # a greeting, as "Good afternoon"
        if t == "9/11" and re.search(r"(?i)\bthe\s+$", before):
            continue  # "the 9/11 families", "the 9/11 cases": the attacks' name modifying a noun
        if typ == "DATE" and _MONTH_ALONE.match(t) and _OF_NAME.match(text, end):
            continue  # "the March of Dimes": a month word opening a name
        if typ == "DATE" and _ORDINAL_ALONE.match(t) and _ranks(doc, start, end):
            continue  # "had the 13th best infrastructure": a rank, not a day of the month
        if typ == "DATE" and t in ("the fall", "fall", "the autumn") and re.match(r"\s+of\b", text[end:end + 4]):
            continue  # "the fall of Kabul": an event, not the season
        out.append((start, end, typ, value))
    return out


def _has_antecedent(text: str, found: list[tuple[int, int, str, str | None]], k: int) -> bool:
    """The nearest date before ``found[k]`` in its sentence or the one before is as fine as the
    unit ("that day": a day; "that year": a year); another pointing unit is no antecedent."""
    start = found[k][0]
    unit = _UNIT_OF.get(clean(text[start:found[k][1]]).split()[-1], "day")
    lo = max(0, start - 400)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, start)]
    lo = breaks[-2] if len(breaks) >= 2 else lo
    prev = next((f for f in reversed(found[:k]) if lo <= f[0] and f[1] <= start and f[2] in ("DATE", "TIME") and f[3]
                 and not (_DEMONSTRATIVE.match(clean(text[f[0]:f[1]])) or _THE_UNIT.match(clean(text[f[0]:f[1]])))), None)
    return prev is not None and at_unit(prev[3][:10], unit) is not None  # the nearest, as the sentence refines by it


_UNIT_OF = {"night": "day", "weekend": "week"}
_UNIT_OF.update((u, u) for u in ("day", "week", "month", "year"))


def _clause_defined(doc: "Doc", start: int, end: int) -> bool:
    """The unit's noun heads a clause in the past that says which one it is: "the day (that)
    Russia invaded" (a clause in the present, "the week we're having", is the current one)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(c.dep_ in ("relcl", "acl") and (c.tag_ == "VBD" or any(a.tag_ == "VBD" for a in c.children if a.dep_.startswith("aux")))
               for c in span.root.children)


_MONTH_ALONE = re.compile(r"^(?:january|february|march|april|june|july|august|september|october|november|december)$")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][a-z]")
_ORDINAL_ALONE = re.compile(r"^the\s+\d{1,2}(?:st|nd|rd|th)$")


def _ranks(doc: "Doc", start: int, end: int) -> bool:
    """The word after an ordinal ranks or counts ("the 13th best", "the 5th largest", "the 3rd
    time"): a superlative or a noun that is no month."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.tag_ in ("JJS", "RBS") or nxt.lower_ in ("most", "time", "times", "largest", "best")


# Nouns a capitalised weekday or holiday may modify and still name a time ("Friday Morning
# Prayer" aside, these are the day itself).
_TIME_HEADS = word_set("dates", "time_heads")


def _in_name(doc: "Doc", start: int, end: int) -> bool:
    """The span's last word is a weekday (or a holiday's last word, "Good Friday") that modifies a
    capitalised noun after it: "the Good Friday Agreement", "the Bloody Sunday inquiry"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    last = span[-1]
    if last.lower_ not in WEEKDAYS:
        return False
    nxt = doc[span.end]
    head = last.head
    return (last.dep_ in ("compound", "amod", "nmod") and head.i > last.i and head.is_title
            and head.pos_ in ("PROPN", "NOUN") and head.lower_ not in _TIME_HEADS and nxt.is_title)


def is_day_value(value: str | None) -> bool:
    """A value that names one day, with or without a time of day ("2024-04-10", "2024-04-10TMO")."""
    return bool(value) and DAY_VALUE.match(value) is not None


# A weekday written alone ("Thursday", "on Friday"), whose date the tense and the anchor chose.
_BARE_WEEKDAY = re.compile(r"^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_NEXT_WEEK = re.compile(r"^next\s+week$")
# How far (characters) one scheduled weekday still orders the next one of a schedule.
_SCHEDULE_REACH = 600


def order_schedule(text: str, found: list[tuple[int, int, str, str | None]], ahead: set[int], behind: set[int],
                   anchor: dt.date | None) -> None:
    """Weekdays of a schedule, in place: a weekday in a sentence about "next week" is that week's
    ("Next week, the President will ... travel on Thursday to Pittsburgh"), and in a run of days
    ahead each comes after the one before ("On Thursday, he will depart ... On Friday, he will
    travel ... On Sunday, he will travel": said on a Friday, that Friday and Sunday are the next
    ones, not today and the day after tomorrow). Days in a clause about the future start in
    ``ahead``, those in a clause about the past in ``behind`` (these keep their date: "Next week's
    talks, the minister said on Thursday")."""
    if anchor is None:
        return
    last: tuple[int, dt.date] | None = None  # (end offset, date) of the last weekday ahead
    for k, (start, end, typ, value) in enumerate(found):
        m = _BARE_WEEKDAY.match(clean(text[start:end])) if typ == "DATE" and value and DAY_VALUE.fullmatch(value) else None
        if m is None:
            continue
        day = dt.date.fromisoformat(value)
        sent_lo = max((b.end() for b in SENTENCE_BREAK.finditer(text, max(0, start - 400), start)), default=0)
        if start not in behind and any(_NEXT_WEEK.match(clean(text[f[0]:f[1]])) for f in found[:k] if f[0] >= sent_lo):
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=1)
            day = monday + dt.timedelta(days=WEEKDAYS[m.group(1)])
        elif start in ahead and last is not None and start - last[0] <= _SCHEDULE_REACH and day < last[1]:
            day += dt.timedelta(weeks=1 + (last[1] - day).days // 7)
        if start in ahead:
            last = (end, day)
        found[k] = (start, end, typ, day.isoformat())
