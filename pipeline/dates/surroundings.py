"""What the words around a normalised time expression say about it.

:func:`~pipeline.dates.timex.interpret` reads one expression alone; a few readings depend on
the words just outside it, in the sentence:

- "year on year", "month-on-month", "quarter over quarter" compare two periods of a series:
  neither word names a time;
- a lone part of the day that modifies the noun after it names a kind of thing ("the morning
  sermon", "an evening class"), as a season does ("a winter storm");
- a month name written in lower case is the verb or modal ("nationalists march", "it may"):
  English always capitalises months;
- "one day" is a length after "for", "only", "just", "in", "within" or before "left" ("we have
  one day left"), the vague future only alone ("one day we will return");
- "the next year", "the coming month" after "over", "for", "during", "within" or "throughout"
  is the stretch of time ahead ("over the next year" P1Y), not the calendar year after this;
- "every Sunday", "each Friday" happen once a week: a SET ``XXXX-WXX-7``, span widened over the
  quantifier;
- "in his early 30s", "women in their 40s": a decade of life after a possessive is an age;
- a unit word alone ("that fateful day came") counts nothing: no length;
- "the day" that a clause follows ("the day the fire started", "the day he died") is the day
  of that event, which the words do not date: no value, not the publication day;
- "last" that is a verb ("the pause would last 42 days") is not part of the expression.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["refine_by_surroundings"]

Found = list[tuple[int, int, str, "str | None"]]

# "year on year", "month-on-month", "quarter over quarter", "week-on-week"
_PERIOD_ON_PERIOD = re.compile(r"\b(year|quarter|month|week|day)s?[\s-]+(?:on|over|to)[\s-]+\1\b", re.I)
_PART_OF_DAY = re.compile(r"(?i)(?:the\s+)?(morning|afternoon|evening|night)")
# Words before "one day" that make it a length: "for one day", "only one day", "in one day"
_LENGTH_BEFORE = re.compile(r"(?i)\b(?:for|only|just|in|within|than|nearly|almost|about|over|spend|spent|"
                            r"take|takes|took|lasted|lasts)\s+$")
_LENGTH_AFTER = re.compile(r"(?i)^\s+(?:left|to\s+go|remaining|long|away|off)\b")
# "over the next year", "for the coming month": the stretch of time ahead
_STRETCH_BEFORE = re.compile(r"(?i)\b(?:over|for|during|within|throughout)\s+$")
_NEXT_UNIT = re.compile(r"(?i)^the\s+(?:next|coming)\s+(year|month|week|decade)$")
_UNIT_CODE = {"year": "P1Y", "month": "P1M", "week": "P1W", "decade": "P10Y"}
_AGE_DECADE = re.compile(r"(?i)^(?P<poss>(?:his|her|their|my|your|our|its)\s+)?(?:(?:early|mid|late)[\s-]+)?[1-9]0'?s$")
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:his|her|their|my|your|our|its)\s+$")
_BARE_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "night", "decade"})
_CLAUSE_AFTER = re.compile(r"(?i)^\s+(?:that\s+|when\s+)?(?:the|a|an|he|she|they|we|i|it|you|his|her|their|our|my)\s")
_EVERY_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+$")
# "last" as a verb: after a modal, "to" or an auxiliary ("would last 42 days", "to last a week")
_VERB_LAST = re.compile(r"(?i)^last\s+(?=\S)")
_BEFORE_VERB = re.compile(r"(?i)\b(?:will|would|could|can|may|might|should|must|to|did|does|do|not|n't|'ll|’ll)\s+$")


def refine_by_surroundings(doc: "Doc", text: str, found: Found) -> Found:
    """The expressions of ``found`` (sorted ``(start, end, type, value)``) as their surroundings
    in ``text`` read them: some dropped, some retyped, some spans moved (see the module doc)."""
    out: Found = []
    for start, end, typ, value in found:
        span = text[start:end]
        low = " ".join(span.lower().split())
        left = text[max(0, start - 24):start]
        right = text[end:end + 16]
        if low in ("year", "quarter", "month", "week", "day", "years", "months") and _period_on_period(text, start, end):
            continue
        if _PART_OF_DAY.fullmatch(low) and _modifies_next_noun(doc, start, end):
            continue
        if (m := _AGE_DECADE.match(low)) and (m.group("poss") or _POSSESSIVE_BEFORE.search(left)):
            continue  # "in his early 30s": an age
        if typ == "DURATION" and low in _BARE_UNITS:
            continue
        if low in MONTHS and span.islower() and len(low) > 3:
            continue  # "white nationalists march", "it may": a lower-case month is a verb
        if low == "the day" and typ == "DATE" and _CLAUSE_AFTER.match(right):
            value = None
        if low == "one day" and (_LENGTH_BEFORE.search(left) or _LENGTH_AFTER.match(right)):
            typ, value = "DURATION", "P1D"
        elif typ == "DATE" and (m := _NEXT_UNIT.match(low)) and _STRETCH_BEFORE.search(left):
            typ, value = "DURATION", _UNIT_CODE[m.group(1)]
        elif low in WEEKDAYS and (m := _EVERY_BEFORE.search(left)):
            start -= len(left) - m.start()
            typ, value = "SET", f"XXXX-WXX-{WEEKDAYS[low] + 1}"
        if typ == "DURATION" and (m := _VERB_LAST.match(span)) and _BEFORE_VERB.search(left):
            start += m.end()
        out.append((start, end, typ, value))
    return out


def _period_on_period(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is one half of "year on year" and the like."""
    lo = max(0, start - 20)
    return any(m.start() <= start - lo and end - lo <= m.end() for m in _PERIOD_ON_PERIOD.finditer(text[lo:end + 20]))


def _modifies_next_noun(doc: "Doc", start: int, end: int) -> bool:
    """A part-of-day word that is a modifier of the noun right after it ("morning sermon")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    tok, nxt = span[-1], doc[span.end]
    return nxt.pos_ in ("NOUN", "PROPN") and nxt.is_lower and tok.head.i == nxt.i \
        and tok.dep_ in ("compound", "amod", "nmod")
