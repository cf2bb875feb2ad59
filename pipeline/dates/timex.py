"""The TIMEX normaliser: the text of one time expression + anchor date + tense -> (type, value).

Pure string and date arithmetic, testable without a spaCy model. The anchor is the article's
publication date (the TIMEX3 document creation time):

- calendar dates "April 2, 2021" -> ``2021-04-02``; "May 20" takes the year of publication,
  moved one year back or forward when the governing verb's tense says the date is past or
  future; a bare year never gets a month or day (see :mod:`.absolute`);
- relative dates ("last month", "this week", "This past Sunday", "75 years ago") are resolved
  by calendar arithmetic, at the granularity the words name (ISO weeks, seasons ``-SU``,
  decades ``202``);
- holidays ("Memorial Day" -> the last Monday of May) and fiscal years (named by the year
  they end in, US October start) come from :mod:`.calendar`;
- durations "five years" -> ``P5Y``, "two and a half years" -> ``P2.5Y``, "the past three
  decades" -> ``P30Y``, "multi-year" -> ``PXY``; sets "annually" -> ``P1Y``; vague words ->
  ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.

Without an anchor, what the text itself fixes is kept ("2031", "April 2, 2021", ``XXXX-05-20``
for "May 20"); relative expressions get a vague reference ("today" -> ``PRESENT_REF``) or a
null value. Spans with no temporal word at all ("S. 1605", "12,000"), ordinals ("70th
anniversary") and numbers inside names ("COVID-19") are not time expressions: None.
"""

from __future__ import annotations

import datetime as dt
import re

from .absolute import calendar_date, clock_value
from .calendar import current_period, fiscal_year, holiday_value, iso_week, shift_months
from .durations import compound_duration, duration_value, number_value, unit_of
from .lexicon import (
    MONTHS, NUM_WORD, PARTS_OF_DAY, QUARTER_NUMBERS, SEASONS, SET_ADVERBS, UNIT_WORD,
    VAGUE_NUMBERS, WEEKDAYS, WEEKDAY_MODIFIERS,
)
from .patterns import (
    AGO, ANCHOR_UNIT, AND_HALF, CENTURY_ORD, CLOCK, CLOCK_LEAD, COMMA_DURATION, COUNT_TAIL, DECADE, DEICTIC, DEICTIC_APPOSITION,
    DOC_NUMBER, DURATION, DURATION_ON_DAY, DURATION_ADJ, FUTURE, HALF, HAS_CLOCK, HOLIDAY, HOLIDAY_CUE, ISO, LEAD_COUNT, LEAD_TRIM, MONTH,
    MONTH_QUARTER, NAMED_WEEKDAY, NEXT_DAY, NUMERIC_CUE, ORDINAL_DAY, PART_OF_DAY, PAST, PRESENT, QUARTER, QUARTER_EXPR, QUOTED_YEAR,
    RANGE, RELATIVE, REL_FISCAL, RUN, SAME_AGO, SEASON_ONLY, SET, SHORT_YEAR, SPLIT_YEAR, TEMPORAL_CUE, TO_DURATION, TRAIL_TRIM,
    WEEKDAY, WEEKDAY_PART, YEAR_RE,
)

__all__ = ["clean", "interpret", "normalize", "parse_published"]


def normalize(text: str, published: str | None, *, tense: str | None = None) -> tuple[str, str | None] | None:
    """Type and TIMEX3 value of one time expression, or None when it is not one.

    Args:
        text: The expression as written ("last month", "April 2, 2021", "five years").
        published: Anchor date ``YYYY-MM-DD`` or None.
        tense: "past", "future" or None: the tense of the clause, used to place a date that
            writes no year ("May 20") before or after the anchor.

    Returns:
        ``(type, value)``: type DATE, TIME, DURATION or SET; value a TIMEX3 value or None
        when the expression names a time whose value is not known.
    """
    return _normalize(clean(text), parse_published(published), tense)


def parse_published(published: str | None) -> dt.date | None:
    """The anchor date from a publication date (``YYYY-MM-DD``, longer ISO strings cut to the date)."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def clean(text: str) -> str:
    """Lower case, plain quotes and dashes, single spaces: the form the grammar reads."""
    # " 's" is how tokenised text writes "1980's"
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").replace(" 's", "'s").split())


def interpret(text: str, anchor: dt.date | None, tense: str | None) -> list[tuple[int, int, str, str | None]]:
    """Trim, split ranges and normalise one candidate; offsets are relative to ``text``."""
    start, end = 0, len(text)
    while True:
        # matched on the rest of the text, so that "^" finds a second lead word ("until at least")
        m = LEAD_TRIM.match(text[start:end])
        if not m or start + m.end() >= end:
            break
        start += m.end()
    m = TRAIL_TRIM.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    while start < end and text[start] in " \n\t,;:(\"'“" and not QUOTED_YEAR.match(text, start, end):
        start += 1
    if start >= end:
        return []
    part = text[start:end]
    m = COMMA_DURATION.match(part)
    if m is None or not (MONTH.search(clean(m.group("a"))) or WEEKDAY.search(clean(m.group("a")))):
        m = TO_DURATION.match(part) if (" to " in part or " for " in part) else None  # "on Monday to 12 years"
        m = m if m and (a_res := _normalize(clean(m.group("a")), anchor, tense)) and a_res[0] == "DATE" else None
    if m:
        # A date and a duration joined at a comma: "June 17, two days before the launch",
        # "Monday, days after the attack".
        out = []
        for off, piece in ((0, m.group("a")), (m.start("b"), m.group("b"))):
            out.extend((start + off + ps, start + off + pe, typ, value) for ps, pe, typ, value in interpret(piece, anchor, tense))
        return out
    m = DEICTIC_APPOSITION.match(part)
    m = m if m and MONTH.search(clean(m.group("b"))) else DURATION_ON_DAY.match(part)
    if m:
        # "Tomorrow, November 28th" (one day named twice), "eight hours tomorrow" (a length and its
        # day): two expressions, each with its own span
        out = []
        for off, piece in ((0, m.group("a")), (m.start("b"), m.group("b"))):
            out.extend((start + off + ps, start + off + pe, typ, value) for ps, pe, typ, value in interpret(piece, anchor, tense))
        return out
    m = LEAD_COUNT.match(part)
    if m:
        start += m.end()
        part = text[start:end]
    cleaned = clean(part)
    rng = None if ISO.match(cleaned) or _split_year(cleaned) != cleaned or MONTH_QUARTER.search(cleaned) else RANGE.match(part)
    if rng and not DURATION_ADJ.match(cleaned):
        a_text, b_text = rng.group("a"), rng.group("b")
        a, b = clean(a_text), clean(b_text)
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
    if res is None and (m := COUNT_TAIL.search(part, max(0, len(part) - 40))) and m.start("b") > 0:
        off = start + m.start("b")  # "the rubble 40 hours": the count of hours alone
        return [(off + ps, off + pe, typ, value) for ps, pe, typ, value in interpret(m.group("b"), anchor, tense)]
    return [] if res is None else [(start, end, res[0], res[1])]


def _complete_range(a: str, b: str) -> tuple[str, str]:
    """Give each end of a range the parts written only on the other ("July 25-28")."""
    bm = MONTH.search(b)
    am = MONTH.search(a)
    b_full, a_full = b, a
    if re.fullmatch(r"\d{1,2}(?:,?\s+\d{4})?", b) and am:  # "July 25-28", "June 4 and 5, 2023"
        b_full = f"{am.group(0)} {b}"
        ay = YEAR_RE.search(a)
        if ay and not YEAR_RE.search(b):
            b_full += f", {ay.group(1)}"
    elif re.fullmatch(r"\d{2}", b) and re.fullmatch(r"\d{4}", a):
        b_full = a[:2] + b
    elif re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", a) and bm:
        a_full = f"{bm.group(0)} {a}"
    by = YEAR_RE.search(b)
    if by and not YEAR_RE.search(a_full) and MONTH.search(a_full):
        a_full += f", {by.group(1)}"
    unit = re.search(UNIT_WORD + r".*$", b)
    if unit and re.fullmatch(r"[\d.,]+|" + NUM_WORD, a):
        a_full = f"{a} {unit.group(0)}"
    return a_full, b_full


def _split_year(t: str) -> str:
    """The text with a season's second year cut ("the 2024-25 season" -> "the 2024 season"): one
    period named by the year it starts in, neither a range of years nor a month ("2020-21")."""
    m = SPLIT_YEAR.search(t) if ("-" in t or "/" in t) else None
    if m and int(m.group("yy")) == (int(m.group("y")) + 1) % 100:
        return t[:m.end("y")] + t[m.end():]
    return t


def _normalize(t: str, anchor: dt.date | None, tense: str | None) -> tuple[str, str | None] | None:  # noqa: C901
    t = _split_year(t)
    m = re.fullmatch(r"(?:a\s+)?(year|month|week|day|decade)-?long", t)
    if m:
        return "DURATION", duration_value(1.0, m.group(1))  # "a yearlong dispute", "a weeklong visit"
    if not t or not (
        TEMPORAL_CUE.search(t) or NUMERIC_CUE.search(t) or HOLIDAY_CUE.search(t) or t.endswith((" term", "time being"))
        or ORDINAL_DAY.match(t)
    ):
        return None
    m = RUN.match(t)
    if m and (m.group("adj") or m.group("row")):
        return "DATE", current_period(m.group("unit"), anchor)
    if "-" in t and re.search(r"[a-z]-\d", t) and not re.search(r"\b(?:mid|post|pre|early|late|end|start)-\d", t):
        return None  # a number inside a name: "COVID-19", "F-35"
    if DOC_NUMBER.match(t):
        return None  # bill and document numbers: "S. 1605", "No. 2021"
    if CENTURY_ORD.search(t) and not MONTH.search(t) and not QUARTER.search(t) and not HALF.search(t) \
            and not ORDINAL_DAY.match(t):
        return None  # ordinals: "70th anniversary", "the 21st century", "its 73rd year"
    if t.endswith("-old") or re.search(r"\byears?\s+old\b|-year-old", t):
        return None  # ages are attributes of people, not time expressions

    if PRESENT.match(t):
        return "DATE", "PRESENT_REF"
    m = HOLIDAY.match(t)
    if m:
        return "DATE", holiday_value(m.group("name"), m.group(2), anchor, tense)
    m = NAMED_WEEKDAY.match(t)
    if m and m.group("w") not in WEEKDAY_MODIFIERS and m.group("w") not in MONTHS:
        return "DATE", None  # a named day ("Black Monday", "Super Tuesday"): which one is not said
    if SAME_AGO.match(t):
        return "DATE", str(anchor.year - 1) if anchor else None  # made finer by extract_dates
    m = ANCHOR_UNIT.match(t)
    if m:
        return "DATE", current_period(m.group("unit"), anchor)
    if NEXT_DAY.match(t):
        return "DATE", None  # made a date by extract_dates when the day it follows is named
    m = REL_FISCAL.match(t)
    if m:
        if anchor is None:
            return "DATE", None
        step = {"this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1}.get(m.group("rel"), -1)
        return "DATE", fiscal_year(anchor, step)
    m = AND_HALF.match(t)
    if m:
        if m.group("n"):
            n = number_value(m.group("n"))
            return "DURATION", duration_value(None if n is None else n + 0.5, re.search(UNIT_WORD + r"$", t).group(0))
        return "DURATION", duration_value(1.5, m.group("unit"))
    m = PART_OF_DAY.match(t)
    if m:
        return "TIME", f"{anchor.isoformat()}T{PARTS_OF_DAY[m.group('part')]}" if anchor else None
    if PAST.match(t):
        return "DATE", "PAST_REF"
    if FUTURE.match(t):
        return "DATE", "FUTURE_REF"

    m = SET.match(t)
    if m:
        if m.group("adv"):
            return "SET", SET_ADVERBS.get(m.group("adv"), "P1Y")
        n = number_value(m.group("n")) if m.group("n") else 1.0
        return "SET", duration_value(n, re.search(UNIT_WORD, t).group(0))

    if HAS_CLOCK.search(t):
        res = _with_clock(t, anchor, tense)
        if res is not None:
            return res

    m = QUARTER_EXPR.match(t)
    if m:
        return _quarter(m, anchor, tense)

    m = WEEKDAY_PART.match(t)
    if m:
        res = calendar_date(m.group("wd"), anchor, tense)
        if anchor is None or res is None or res[1] is None:
            return "TIME", None
        return "TIME", f"{res[1]}T{PARTS_OF_DAY[m.group('part')]}"

    # deictic days and parts of days
    m = DEICTIC.match(t)
    if m:
        day = m.group("day")
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(day, -2 if "before" in day else 2)
        part = m.group("part") or ("night" if day == "tonight" else None)
        if anchor is None:
            return ("TIME" if part else "DATE"), ("PRESENT_REF" if offset == 0 and not part else None)
        d = anchor + dt.timedelta(days=offset)
        if part:
            return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}"
        return "DATE", d.isoformat()

    m = RELATIVE.match(t)
    if m:
        if t.startswith("the ") and not m.group("mod") and (
                m.group("rel") == "last" and m.group("unit") in ("week", "month", "year", "decade", "century")
                or m.group("rel") in ("next", "coming") and m.group("unit") in ("decade", "century")):
            # With the article the words name a stretch of time reaching to now: "fighting
            # intensified in the last month" (P1M), "spend $5bn over the next decade" (P10Y);
            # "last month" alone is the calendar month. "the next year" stays the year after
            # the one just told ("The next year, he moved to Paris").
            return "DURATION", duration_value(1.0, m.group("unit"))
        return _relative(m.group("rel"), m.group("unit"), m.group("mod"), anchor, tense)

    if t.endswith(" ago today") and (res := _ago_today(t[:-6], anchor)) is not None:
        return "DATE", res  # "six months ago today": that very day
    m = AGO.match(t)
    if m:
        n = number_value(m.group("n")) if m.group("n") else 1.0
        unit_word = re.search(UNIT_WORD, t).group(0)
        unit, mult, clock = unit_of(unit_word)  # "10 minutes ago": "M" is the minute here, not the month
        if anchor is None or n is None or not float(n).is_integer() or clock:
            return ("TIME" if clock else "DATE"), None
        k = int(n * mult)
        if unit == "Y":
            if unit_word.startswith("decade"):
                return "DATE", str(anchor.year - k)[:3]
            return "DATE", str(anchor.year - k)
        if unit == "CE":
            return "DATE", str(anchor.year // 100 - k)
        if unit == "M":
            y, mo = shift_months(anchor, -k)
            return "DATE", f"{y}-{mo:02d}"
        if unit == "W":
            return "DATE", iso_week(anchor - dt.timedelta(weeks=k))
        if unit == "D":
            return "DATE", (anchor - dt.timedelta(days=k)).isoformat()
        return "TIME", None

    # decades and centuries
    m = DECADE.search(t)
    if m and not MONTH.search(t):
        if m.group(1):
            return "DATE", m.group(1)
        # two-digit decades: "the '90s", "the 70s"; the 2000s are written with four digits
        return "DATE", f"19{m.group(2)}" if m.group(2) != "0" else "200"
    m = SHORT_YEAR.match(t)
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

    m = DURATION_ADJ.match(t)
    if m:
        n = None if m.group("n") in ("multi", "many", "several") else number_value(m.group("n"))
        return "DURATION", duration_value(n, re.search(UNIT_WORD, t).group(0))

    if not MONTH.search(t) and not YEAR_RE.search(t):
        if (compound := compound_duration(t)) is not None:
            return "DURATION", compound
        m = DURATION.match(t)
        if m:
            n_word = m.group("n")
            n = None if n_word in VAGUE_NUMBERS else number_value(n_word)
            unit_word = re.search(UNIT_WORD, t).group(0)
            plural = unit_word.endswith("s") and not unit_word.startswith("centuries") or unit_word.endswith("ies")
            if n_word is None:
                lead = (m.group("lead") or "").strip()
                if not plural and not lead and t.split()[0] in ("this", "that", "the"):
                    return None
                n = None if plural else 1.0
            tail = (m.group("tail") or "").strip()
            if n_word is None and tail.count(" ") >= 2:
                return None  # "the first day of the year", "the last month of the year": one calendar unit, not a length
            if unit_word.startswith("quarter") and n_word in (None, "a", "an", "one") and not m.group("lead"):
                return None  # "about a quarter of its dealers" is a fraction
            if tail == "to come" and n_word is None:
                return "DURATION", duration_value(None, unit_word)
            return "DURATION", duration_value(n, unit_word)

    if t in ("the weekend", "weekend", "over the weekend"):
        if anchor is None:
            return "DATE", None
        # the nearest weekend when the tense does not say: from Monday to Wednesday the one
        # just gone is nearer (as for a bare weekday)
        back = tense == "past" or (tense is None and anchor.weekday() < 3)
        return "DATE", iso_week(anchor - dt.timedelta(weeks=1 if back else 0)) + "-WE"

    m = SEASON_ONLY.match(t)
    if m:
        code = SEASONS[m.group("s")]
        year = m.group(2) if m.lastindex and m.lastindex >= 2 and m.group(2) else None
        if year:
            return "DATE", f"{year}-{code}"
        return "DATE", (f"{anchor.year}-{code}" if anchor else None)

    return calendar_date(t, anchor, tense)


def _relative(rel: str, unit: str, mod: str | None, anchor: dt.date | None, tense: str | None) -> tuple[str, str | None]:
    rel = " ".join(rel.split())
    if rel in ("past", "coming") and unit in ("week", "month", "year", "decade", "century", "quarter"):
        # "the past year" names a stretch of time ending now, not a calendar year
        return "DURATION", duration_value(1.0, unit)
    if anchor is None:
        return ("TIME" if unit in PARTS_OF_DAY else "DATE"), None
    step = {"this": 0, "current": 0, "the same": 0, "that": 0, "last": -1, "previous": -1, "this past": -1,
            "next": 1, "this coming": 1, "coming": 1, "past": -1}[rel]
    if unit in WEEKDAYS:
        target = WEEKDAYS[unit]
        delta = (target - anchor.weekday()) % 7
        if step < 0 or (step == 0 and tense == "past"):
            delta = delta - 7 if delta > 0 else -7
        elif step > 0 and delta == 0:
            delta = 7
        return "DATE", (anchor + dt.timedelta(days=delta)).isoformat()
    if unit in ("morning", "afternoon", "evening", "night"):
        d = anchor + dt.timedelta(days=min(step, 0) if rel != "next" else 1)
        return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[unit]}"
    if unit in ("week", "weekend"):
        if rel == "this past":
            # the week (weekend) just gone: the current one once it is mostly over, else the one before
            step = 0 if anchor.weekday() >= (3 if unit == "week" else 5) else -1
        elif rel == "this" and unit == "weekend" and tense == "past" and anchor.weekday() < 5:
            step = -1  # "we met this weekend", said on a Monday: the weekend just gone
        w = iso_week(anchor + dt.timedelta(weeks=step))
        return "DATE", w + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, mo = shift_months(anchor, step)
        return "DATE", f"{y}-{mo:02d}"
    if unit == "year":
        return "DATE", str(anchor.year + step)
    if unit == "quarter":
        y, mo = shift_months(anchor, 3 * step)
        return "DATE", f"{y}-Q{(mo - 1) // 3 + 1}"
    if unit == "decade":
        return "DATE", str(anchor.year // 10 + step)
    if unit == "century":
        return "DATE", str(anchor.year // 100 + step)
    if unit in SEASONS:
        code = SEASONS[unit]
        year = anchor.year + step
        first, last = _SEASON_MONTHS.get(code, (0, 13))
        if step < 0 and anchor.month > last or step > 0 and anchor.month < first:
            # "last summer" said in November is the summer just gone, of this year; "next spring"
            # said in January is the spring to come, of this year
            year = anchor.year
        return "DATE", f"{year}-{code}"
    return "DATE", None


# First and last month of the seasons that fall inside one calendar year (northern, as US and
# European news count them); winter spans the turn of the year and keeps the plain year step.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _ago_today(t: str, anchor: dt.date | None) -> str | None:
    """The day "N units ago today" names: the publication day moved back N units."""
    m = AGO.match(t)
    if m is None or anchor is None:
        return None
    n = number_value(m.group("n")) if m.group("n") else 1.0
    unit, mult, clock = unit_of(re.search(UNIT_WORD, t).group(0))
    if n is None or clock or not float(n).is_integer():
        return None
    k = int(n * mult)
    if unit in ("D", "W"):
        return (anchor - dt.timedelta(days=k * (7 if unit == "W" else 1))).isoformat()
    months = {"M": k, "Y": 12 * k}.get(unit)
    if months is None:
        return None
    y, mo = shift_months(anchor, -months)
    try:
        return dt.date(y, mo, anchor.day).isoformat()
    except ValueError:
        return None  # "a month ago today" said on March 31: no such day


def _quarter(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> tuple[str, str | None]:
    q = QUARTER_NUMBERS[m.group("q")] if m.group("q") else int(m.group("qn"))
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


def _with_clock(t: str, anchor: dt.date | None, tense: str | None) -> tuple[str, str | None] | None:
    """A clock time, dated by the rest of the expression ("16:00 UTC today") or the anchor."""
    m = CLOCK.search(t)
    if m is None:
        return None
    rest = (t[: m.start()] + " " + t[m.end():]).strip(" ,")
    rest = CLOCK_LEAD.sub("", rest)
    rest = re.sub(r"^(?:on|at|of)\s+|\s+(?:on|at|of)$", "", rest).strip(" ,")
    clock = clock_value(m)
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
