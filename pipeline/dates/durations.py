"""Lengths of time written in several units: "2 hours 16 minutes 16 seconds" (a race time),
"one year and six months" (a sentence), "3 hours, 30 minutes".

TIMEX3 writes one value with each unit in order, the clock units after ``T``: ``PT2H16M16S``,
``P1Y6M`` (Recognizers-Text writes "3 hours 30 minutes" ``PT3H30M``). No spaCy.
"""

from __future__ import annotations

from .lexicon import NUMBER_WORDS, TIME_UNITS
from .patterns import COMPOUND_PART

__all__ = ["compound_duration"]

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
