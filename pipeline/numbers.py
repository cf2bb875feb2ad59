"""Number words and numerals as written in news: "12,000", "1.5 million", "twenty-five", "a dozen",
"half a million".

Pure string functions, no spaCy: the quantities stage decides which tokens form a number and
asks this module what the number is worth; the dates stage reads its number words (one place
defines them).

Values are computed exactly with :class:`decimal.Decimal` ("8.7 trillion" is 8700000000000, not
8699999999999.999) and handed to records by :func:`record_value`: an ``int`` when the value is
whole, else the ``float`` nearest the exact decimal (1.25 stays 1.25).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

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
    # South Asian scales ("Rs 500 crore", "two lakh"): 1 lakh = 100,000; 1 crore = 10,000,000.
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
    # Abbreviations written after a numeral ("£300m", "$3bn", "3k", "1.2 tn").
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "trln": 1_000_000_000_000,
}
# Scale abbreviations only count when glued to or right after a numeral, never on their own. The
# tokenizer keeps a sentence's full stop on them ("It cost $800m."): :func:`scale_word` strips it.
ABBREVIATED_SCALES = frozenset({"k", "m", "mn", "mln", "bn", "bln", "b", "tn", "trn", "trln"})
DOZEN = 12
HALF = "half"
QUARTER = "quarter"
# Words that count like a number before a noun ("a single day", "a couple of weeks").
COUNT_WORDS = {"single": 1, "couple": 2}
# Plural, vague number words ("dozens of", "hundreds of thousands"): no definite value. A record
# takes the smallest value the plural allows, two of the unit ("dozens" -> 24, "hundreds" -> 200,
# "hundreds of thousands" -> 200,000, "tens of thousands" -> 20,000), marked approximate.
VAGUE_SCALES = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
                "billions": 1_000_000_000, "trillions": 1_000_000_000_000, "tens": 10}
VAGUE = frozenset(VAGUE_SCALES)
COUPLE = "couple"
""""a couple hundred", "a couple of dozen": two, as written, but approximate"""

# A leading minus only reaches here as its own token ("fell to -36"): spaCy splits "2015-16" and keeps
# "COVID-19" whole.
_NUMERAL = re.compile(r"^[~≈]?([-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m|mn|mln|bn|bln|b|tn|trn|trln)?$",
                      re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_COMMA_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")

WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) - ABBREVIATED_SCALES | {"dozen"}
CARDINALS: dict[str, int] = {**UNITS, **TENS, "dozen": DOZEN,
                             **{w: v for w, v in SCALES.items() if w not in ABBREVIATED_SCALES}}
"""Every cardinal number word -> its value ("one" .. "ninety", "dozen", "hundred" .. "trillion", "lakh",
"crore"): the one table of number words (the dates stage reads it too)."""
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


def is_vague(words: list[str]) -> bool:
    """True when a number is written vaguely ("dozens", "hundreds of thousands", "a couple hundred")."""
    return any(w.lower() in VAGUE_SCALES or w.lower() == COUPLE for w in words)


def is_designation(text: str) -> bool:
    """True for a model designation such as "F-35A", "Su-57", "B-52s", "A320s" (a name with a number in it)."""
    return _DESIGNATION.match(text) is not None


def scale_word(text: str) -> str | None:
    """The scale a token names, lower case, without a sentence's full stop ("m." -> "m"), else None."""
    low = text.lower()
    if low in SCALES:
        return low
    if low.endswith(".") and low[:-1] in ABBREVIATED_SCALES:
        return low[:-1]
    return None


def numeral_decimal(text: str) -> Decimal | None:
    """Exact value of one numeral token: "12,000" -> 12000, "1.5" -> 1.5, "3bn" -> 3000000000."""
    m = _NUMERAL.match(text)
    if m is None:
        return None
    digits = m.group(2).replace(",", "") + (f".{m.group(3)}" if m.group(3) is not None else "")
    value = Decimal(digits)
    if m.group(4):
        value *= SCALES[m.group(4).lower()]
    return -value if m.group(1) else value


def numeral_value(text: str) -> float | int | None:
    """Value of one numeral token for a record: "12,000" -> 12000, "1.5" -> 1.5, "3bn" -> 3000000000."""
    value = numeral_decimal(text)
    return None if value is None else record_value(value)


def record_value(value: Decimal | float | int) -> float | int:
    """The record form of an exact value: an int when whole (8.7 trillion -> 8700000000000), else the
    float nearest the decimal (1.25 -> 1.25)."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    return normalize(value)


def normalize(value: float | int) -> float | int:
    """Return an int when a float value is whole (1.5e9 -> 1500000000)."""
    if isinstance(value, float):
        rounded = round(value, 6)
        if rounded.is_integer():
            return int(rounded)
        return rounded
    return value


def parse(words: list[str]) -> float | int | None:
    """Value of a sequence of number tokens: ["1.5", "million"], ["twenty", "-", "five"], ["a", "dozen"],
    ["half", "a", "million"], ["800", "m."].

    Returns None when the words do not form one number.
    """
    value = parse_decimal(words)
    return None if value is None else record_value(value)


def parse_phrase(text: str) -> float | int | None:
    """Value of a written number ("twenty-five", "a dozen", "one hundred and fifty", "1.5 million")."""
    return parse(re.findall(r"[^\s-]+|-", text.replace("–", "-")))


# Scales "half" may stand right before without "a" ("a half billion doses", "another half million").
_HALF_SCALES = frozenset({"thousand", "million", "billion", "trillion"})


def parse_decimal(words: list[str]) -> Decimal | None:
    """Exact value of a sequence of number tokens (see :func:`parse`), or None."""
    factor = Decimal(1)
    if len(words) >= 5 and [w.lower() for w in words[-4:-1]] == ["and", "a", HALF] \
            and words[-1].lower() in _HALF_SCALES:
        base = parse_decimal(words[:-4])  # "four and a half million": (4 + 0.5) million
        return None if base is None else (base + Decimal("0.5")) * parse_decimal(["a", words[-1]])
    if words and words[0].lower() == HALF:
        if len(words) == 2 and words[1].lower() in _HALF_SCALES:
            words = [words[0], "a", words[1]]  # "a half billion", "another half million": half a billion
        if len(words) < 3 or words[1].lower() not in ("a", "an"):
            return None
        factor = Decimal("0.5")  # "half a million", "half a dozen"
        words = words[1:]
    elif len(words) > 1 and words[0].lower() == QUARTER:
        # "quarter million", "quarter of a million" (after "a"): a quarter of a round scale only
        factor = Decimal("0.25")
        words = words[2:] if words[1].lower() == "of" else words[1:]
        if not words or not any(scale_word(w) is not None for w in words):
            return None
    total = Decimal(0)
    current: Decimal | None = None
    seen = False
    last_scale: str | None = None
    prev = ""
    for raw in words:
        w = raw.lower()
        if w in ("-", "and", ",") or (w == "of" and (prev in VAGUE_SCALES or prev == COUPLE)):
            prev = w if w != "of" else prev
            continue
        prev = w
        if w in VAGUE_SCALES:  # "hundreds" -> 200, "hundreds of thousands" -> 200,000
            current = (current if current is not None and seen else Decimal(2)) * VAGUE_SCALES[w]
            seen = True
            continue
        if w == COUPLE:
            current = Decimal(2)
            continue
        if w in ("a", "an"):
            if current is None:
                current = Decimal(1)  # "a dozen", "a million"
            continue
        try:
            num = numeral_decimal(raw)
        except InvalidOperation:
            return None
        scale = scale_word(raw)
        if num is not None:
            if current is not None:
                return None  # two numerals in a row ("5 6") are not one number
            current = num
            seen = True
        elif w in UNITS:
            current = (current or 0) + UNITS[w]
            seen = True
        elif w in TENS:
            current = (current or 0) + TENS[w]
            seen = True
        elif w == "dozen":
            current = (current if current is not None else Decimal(1)) * DOZEN
            seen = True
        elif scale is not None:
            base = current if current is not None else Decimal(1)
            if current is None and total and last_scale is not None and SCALES[scale] > SCALES[last_scale] > 100:
                total *= SCALES[scale]  # a scale of a scale: "1.2 lakh crore" (1.2e12), "a thousand million"
                last_scale = scale
                continue
            last_scale = scale
            if SCALES[scale] == 100:
                current = base * 100
            else:
                total += base * SCALES[scale]
                current = None
            seen = True
        else:
            return None
    if not seen:
        return None
    return (total + (current or 0)) * factor

