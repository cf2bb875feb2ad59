"""A second reading of candidates the normaliser left without a value.

Speech and long documents give the model spans that hold a date but are not one whole
expression; read as a whole they get no value, although a plain part of them has one:

- two expressions the model joined at a comma ("today, tomorrow", "today, decades after the
  war"): each part is read alone;
- a stray determiner before a deictic phrase ("on this later today", a speaker's restart): the
  phrase without it;
- a clock time after "past", "after", "before" or "around" ("going past 8:00 p.m."): the time;
- "this last week", "this next week": the phrase without "this"; "ten years ago this week":
  the same week that many years before;
- a recurring part of the day ("every morning", "each evening"): a SET of one day, as "every
  night" already is;
- "February 29" without a year in a year that has none: the leap day nearest the anchor (the
  one before it, or the one after in a clause about the future).

Only parts whose value is None are touched, so nothing already resolved changes; the one
exception is "24/7" ("around the clock"), which is never a day of July: a candidate that starts
with it keeps only what follows ("24/7, 365 days a year" -> "365 days"), and nothing when that is
a bare unit ("24/7 hours").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Callable

from .calendar import iso_week
from .durations import number_value

__all__ = ["reread_unresolved"]

Part = tuple[int, int, str, "str | None"]

_STRAY_LEAD = re.compile(r"^(?:this|that)\s+(?=(?:later|earlier|last|next)\b)", re.I)
# "ten years ago this week": the same week (or month) that many years before the anchor
_AGO_THIS = re.compile(r"^(?P<n>\w+)\s+years?\s+ago\s+(?:this|that)\s+(?P<unit>week|month)$", re.I)
_CLOCK_LEAD = re.compile(r"^(?:past|after|before|around|about|until|by)\s+(?=\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)", re.I)
_DAY_PART_SET = re.compile(r"^(?:every|each)\s+(?:single\s+)?(?:morning|afternoon|evening)$", re.I)
_ROUND_THE_CLOCK = re.compile(r"^24\s*/\s*7(?![\d/])[\s,;:]*")
_BARE_UNIT = re.compile(r"^(?:hours|days|weeks|a\s+week|a\s+day)$", re.I)
_LEAP_DAY = re.compile(r"^(?:on\s+)?feb(?:ruary|\.)?\s+29(?:th)?$", re.I)


def _leap_day(anchor: dt.date, tense: str | None) -> str:
    """The 29 February nearest ``anchor``: the last one, or the next one in a future clause."""
    year = anchor.year
    step = 1 if tense == "future" else -1
    while not (calendar.isleap(year) and (dt.date(year, 2, 29) >= anchor if step == 1 else dt.date(year, 2, 29) <= anchor)):
        year += step
    return f"{year}-02-29"


def reread_unresolved(text: str, parts: list[Part], anchor: dt.date | None, tense: str | None,
                      interpret: Callable[[str, "dt.date | None", "str | None"], list[Part]]) -> list[Part]:
    """Parts of one candidate, with the unresolved ones read again by the rules above.

    Args:
        text: The candidate's text; offsets in ``parts`` are relative to it.
        parts: What :func:`.timex.interpret` (or the speech reader) made of ``text``.
        anchor: The publication date, or None.
        tense: "future", "past" or None, the tense of the candidate's clause.
        interpret: The normaliser, applied to the pieces.

    Returns:
        ``parts`` with each unresolved part replaced by what its pieces resolve to; a part that
        no rule resolves is kept as it was. A candidate the normaliser refused (no parts) gets
        only the lead-word and "years ago this week" readings.
    """
    clock = _ROUND_THE_CLOCK.match(text)
    if clock:
        rest = text[clock.end():]
        if not rest or _BARE_UNIT.match(rest.strip()):
            return []
        off = clock.end()
        parts = [(off + ps, off + pe, t, v) for ps, pe, t, v in interpret(rest, anchor, tense)]
    if not parts:
        return _reread(text, 0, len(text), "DATE", None, anchor, tense, interpret, keep=False)
    if all(value is not None for _, _, _, value in parts):
        return parts
    out: list[Part] = []
    for s, e, typ, value in parts:
        out.extend(_reread(text, s, e, typ, value, anchor, tense, interpret) if value is None else [(s, e, typ, value)])
    return out


def _reread(text: str, s: int, e: int, typ: str, value: str | None, anchor: dt.date | None, tense: str | None,
            interpret: Callable[[str, "dt.date | None", "str | None"], list[Part]], keep: bool = True) -> list[Part]:
    piece = text[s:e]
    if anchor is not None and (ago := _AGO_THIS.match(piece)) and (n := number_value(ago.group("n").lower())):
        back = _years_back(anchor, int(n))
        return [(s, e, "DATE", iso_week(back) if ago.group("unit").lower() == "week" else back.strftime("%Y-%m"))]
    if keep and _DAY_PART_SET.match(piece):
        return [(s, e, "SET", "P1D")]
    if keep and anchor is not None and _LEAP_DAY.match(piece.strip()):
        return [(s, e, "DATE", _leap_day(anchor, tense))]
    lead = _STRAY_LEAD.match(piece) or _CLOCK_LEAD.match(piece)
    if lead:
        rest = [(s + lead.end() + ps, s + lead.end() + pe, t, v) for ps, pe, t, v in interpret(piece[lead.end():], anchor, tense)]
        if rest and all(v is not None for *_, v in rest):
            return rest
    if keep and "," in piece:  # a candidate the normaliser refused is not split
        found: list[Part] = []
        pos = 0
        for chunk in piece.split(","):
            lead_ws = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                off = s + pos + lead_ws
                found.extend((off + ps, off + pe, t, v) for ps, pe, t, v in interpret(chunk.strip(), anchor, tense))
            pos += len(chunk) + 1
        resolved = [p for p in found if p[3] is not None]
        if resolved:
            return resolved
    return [(s, e, typ, value)] if keep else []


def _years_back(anchor: dt.date, n: int) -> dt.date:
    """The anchor's day ``n`` years before (28 February for a leap day)."""
    try:
        return anchor.replace(year=anchor.year - n)
    except ValueError:
        return anchor.replace(year=anchor.year - n, day=28)
