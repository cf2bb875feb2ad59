"""Lengths of time written in several units: "2 hours 16 minutes 16 seconds" (a race time),
"one year and six months" (a sentence), "3 hours, 30 minutes".

TIMEX3 writes one value with each unit in order, the clock units after ``T``: ``PT2H16M16S``,
``P1Y6M`` (Recognizers-Text writes "3 hours 30 minutes" ``PT3H30M``). No spaCy.
"""

from __future__ import annotations

from .lexicon import NUMBER_WORDS, TIME_UNITS
from .patterns import COMPOUND_PART

__all__ = ["SMALLER_UNIT", "compound_duration", "duration_value", "fmt_number", "number_value", "unit_of"]

# TIMEX units from the largest down, date part then clock part: the order a value lists them in.
_DATE_ORDER = ("Y", "M", "W", "D")
_CLOCK_ORDER = ("H", "M", "S")


def compound_duration(t: str) -> str | None:
    """The TIMEX value of a cleaned text that is only two or more "count unit" parts, each unit
    named once and larger before smaller ("2 hours 16 minutes"); None for anything else (one
    part is an ordinary duration; "5 minutes 2 hours" is no way to write a length)."""
    pos = 0
    date: dict[str, float] = {}
    clock: dict[str, float] = {}
    order: list[tuple[bool, int]] = []
    while pos < len(t):
        m = COMPOUND_PART.match(t, pos)
        if m is None:
            return None
        word = m.group("n")
        n = float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else float(word)
        base = m.group(2).rstrip("s")
        base = "century" if base.startswith("centur") else base
        if base not in TIME_UNITS:
            return None
        unit, mult, is_clock = TIME_UNITS[base]
        if unit not in (_CLOCK_ORDER if is_clock else _DATE_ORDER):
            return None  # quarters, centuries: not written in compound lengths
        parts = clock if is_clock else date
        if unit in parts:
            return None
        parts[unit] = n * mult
        order.append((is_clock, (_CLOCK_ORDER if is_clock else _DATE_ORDER).index(unit)))
        pos = m.end()
    if len(order) < 2 or order != sorted(order):
        return None

    def fmt(n: float) -> str:
        return str(int(n)) if n.is_integer() else f"{n:g}"

    value = "P" + "".join(f"{fmt(date[u])}{u}" for u in _DATE_ORDER if u in date)
    if clock:
        value += "T" + "".join(f"{fmt(clock[u])}{u}" for u in _CLOCK_ORDER if u in clock)
    return value


def number_value(word: str | None) -> float | None:
    """The number a count word or numeral writes ("three", "1,200"), else None."""
    if word is None:
        return None
    word = word.replace(",", "")
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word)
    except ValueError:
        return None


def fmt_number(n: float) -> str:
    """A number as TIMEX writes it: no trailing ".0"."""
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def unit_of(word: str) -> tuple[str, int, bool]:
    """(TIMEX unit, multiplier, is a clock unit) of a unit word, singular or plural."""
    base = word.rstrip("s")
    if base.startswith("centur"):
        base = "century"
    elif base.startswith("millenni"):
        base = "millennium"
    return TIME_UNITS[base]


def duration_value(n: float | None, unit_word: str) -> str:
    """The TIMEX value of ``n`` of a unit word ("years" -> ``P{n}Y``); ``PX..`` when n is None."""
    unit, mult, clock = unit_of(unit_word)
    prefix = "PT" if clock else "P"
    if n is None:
        if unit_word.startswith("decade"):
            return "PXDE"
        return f"{prefix}X{unit}"
    value = n * mult
    smaller = SMALLER_UNIT.get((unit, clock))
    if smaller is not None and (value == 0.5 or unit == "Y" and 1 < value < 2) \
            and float(value * smaller[1]).is_integer():
        # Half a unit and "a year and a half" are said, and written in the gold, in whole numbers of
        # the next smaller unit: "half an hour" PT30M, "half a year" P6M, "a year and a half"
        # P18M. Longer fractions keep their decimal ("two and a half years" P2.5Y, "one and a
        # half hours" PT1.5H, as Recognizers-Text writes them).
        unit, value = smaller[0], value * smaller[1]
        prefix = "PT" if unit in ("H", "M", "S") and (clock or smaller[0] == "H") else "P"
    return f"{prefix}{fmt_number(value)}{unit}"


# (TIMEX unit, is a clock unit) -> (the next smaller unit, how many of it make one)
SMALLER_UNIT = {("Y", False): ("M", 12), ("CE", False): ("Y", 100), ("W", False): ("D", 7), ("D", False): ("H", 24),
                ("H", True): ("M", 60), ("M", True): ("S", 60)}
