"""Number words and numerals as written in news: "12,000", "1.5 million", "twenty-five", "a dozen",
"half a million".

Pure string functions, no spaCy: the quantities stage decides which tokens form a number and
asks this module what the number is worth.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # Abbreviations written after a numeral ("£300m", "$3bn", "3k", "1.2 tn").
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}
# Scale abbreviations only count when glued to or right after a numeral, never on their own.
ABBREVIATED_SCALES = frozenset({"k", "m", "mn", "mln", "bn", "b", "tn", "trn"})
DOZEN = 12
HALF = "half"
# Words that count like a number before a noun ("a single day", "a couple of weeks").
COUNT_WORDS = {"single": 1, "couple": 2}
# Plural, vague number words ("dozens of", "hundreds of thousands"): no definite value.
VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens"})

# A leading minus only reaches here as its own token ("fell to -36"): spaCy splits "2015-16" and keeps
# "COVID-19" whole.
_NUMERAL = re.compile(r"^[~≈]?([-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m|mn|mln|bn|b|tn|trn)?$", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_COMMA_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")

WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) - ABBREVIATED_SCALES | {"dozen"}
# Weapon and aircraft designations ("F-35A", "Su-57", "B-52s", "MQ-9", "S-400", and unhyphenated
# "A320s", "C130"): names, not numbers.
_DESIGNATION = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}-\d+|[A-Z]{1,2}\d{2,3})[A-Z]{0,2}(?:s|'s|’s)?$")


def is_numeral(text: str) -> bool:
    """True for digit numerals with optional sign, grouping, decimals and a glued scale ("3bn", "-36")."""
    return _NUMERAL.match(text) is not None


def is_ordinal(text: str) -> bool:
    """True for "70th", "21st" (ordinals are not quantities)."""
    return _ORDINAL.match(text) is not None


def is_comma_grouped(text: str) -> bool:
    """True for "12,000": a comma-grouped numeral is never a year."""
    return _COMMA_GROUPED.match(text) is not None


def is_number_word(text: str) -> bool:
    """True for a cardinal number word or scale ("five", "twenty", "million", "dozen")."""
    return text.lower() in WORDS


def is_designation(text: str) -> bool:
    """True for a model designation such as "F-35A", "Su-57", "B-52s", "A320s" (a name with a number in it)."""
    return _DESIGNATION.match(text) is not None


def numeral_value(text: str) -> float | int | None:
    """Value of one numeral token: "12,000" -> 12000, "1.5" -> 1.5, "3bn" -> 3e9."""
    m = _NUMERAL.match(text)
    if m is None:
        return None
    whole = int(m.group(2).replace(",", ""))
    value: float | int = whole if m.group(3) is None else float(f"{whole}.{m.group(3)}")
    if m.group(4):
        value = value * SCALES[m.group(4).lower()]
    return normalize(-value if m.group(1) else value)


def normalize(value: float | int) -> float | int:
    """Return an int when the value is whole (1.5 billion -> 1500000000)."""
    if isinstance(value, float):
        rounded = round(value, 6)
        if rounded.is_integer():
            return int(rounded)
        return rounded
    return value


def parse(words: list[str]) -> float | int | None:
    """Value of a sequence of number tokens: ["1.5", "million"], ["twenty", "-", "five"], ["a", "dozen"],
    ["half", "a", "million"].

    Returns None when the words do not form one number.
    """
    factor = 1.0
    if words and words[0].lower() == HALF:
        if len(words) < 3 or words[1].lower() not in ("a", "an"):
            return None
        factor = 0.5  # "half a million", "half a dozen"
        words = words[1:]
    total: float | int = 0
    current: float | int | None = None
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("-", "and", ","):
            continue
        if w in ("a", "an"):
            if current is None:
                current = 1  # "a dozen", "a million"
            continue
        num = numeral_value(raw)
        if num is not None:
            if current is not None:
                return None  # two numerals in a row ("5 6") are not one number
            current = (current or 0) + num
            seen = True
        elif w in UNITS:
            current = (current or 0) + UNITS[w]
            seen = True
        elif w in TENS:
            current = (current or 0) + TENS[w]
            seen = True
        elif w == "dozen":
            current = (current if current is not None else 1) * DOZEN
            seen = True
        elif w in SCALES:
            scale = SCALES[w]
            base = current if current is not None else 1
            if scale == 100:
                current = base * 100
            else:
                total += base * scale
                current = None
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + (current or 0)
    return normalize(value * factor if factor != 1.0 else value)

