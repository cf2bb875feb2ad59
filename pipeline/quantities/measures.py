"""Physical measures and glued forms: "30Mbps", "USD10m", "118.5p", "minus-5", "3,900 square
kilometres", "barrels per day", "km/h".

Units come from the generated catalogue (pint's registry plus the project's additions, see
:mod:`pipeline.knowledge.units`); a unit is recorded by its canonical name ("km" and "kilometres"
are both "kilometre"), a rate by its numerator with ``per`` naming the denominator ("barrels per
day" -> unit "barrel", per "day"; "km/h" -> "kilometre" per "hour").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import numbers as num
from ..knowledge.units import catalogue, currency_code, physical_unit, singular, tables

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

# A numeral with a currency code glued before it ("USD10", "EUR5bn"), a written minus ("minus-5"),
# or a unit glued after it ("30Mbps", "120Hz", "118.5p").
_GLUED = re.compile(r"^(?P<code>[A-Z]{3})?(?P<minus>minus-)?"
                    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<rest>[^\d.,].*)?$", re.IGNORECASE)
_AREA = {"square": "square", "sq": "square", "sq.": "square", "cubic": "cubic", "cu": "cubic"}
_RATE_KINDS_NOT_SPLIT = frozenset({"concentration"})  # "parts per billion" is a ratio, not a rate


@dataclass(frozen=True)
class Glued:
    """The parts of one token that glues a numeral to a currency code, a minus or a unit."""

    numeral: str
    """the numeral to parse ("10", "5bn", "-5")"""
    currency: str | None = None
    unit: str | None = None
    per: str | None = None


def split_rate(name: str, kind: str) -> tuple[str, str | None]:
    """("kilometre per hour", "speed") -> ("kilometre", "hour"); ratios stay whole."""
    if " per " in name and kind not in _RATE_KINDS_NOT_SPLIT:
        unit, per = name.split(" per ", 1)
        return unit, per
    return name, None


def glued_parts(text: str) -> Glued | None:
    """The parts of a glued token ("USD10" -> 10 USD, "EUR5bn", "30Mbps", "118.5p", "minus-5"), or
    None for a plain numeral or a token that is not a glued number ("6G", "COVID-19")."""
    if num.is_numeral(text):
        return None
    m = _GLUED.match(text)
    if m is None:
        return None
    code, minus, core, rest = m.group("code"), m.group("minus"), m.group("num"), m.group("rest")
    currency = unit = per = None
    if code is not None:
        currency = currency_code(code, glued=True) if code.isupper() else None
        if currency is None:
            return None
        # An unfamiliar code needs an amount's form ("MXN2.5bn"): "COP26", "CAT5" are names.
        if code not in tables().currency_symbols and not ("." in core or "," in core or rest):
            return None
    if rest:
        minor = tables().minor_units.get(rest)
        if num.scale_word(rest) is not None and num.is_numeral(core + rest):
            core += rest  # "EUR5bn"
        elif (hit := physical_unit(rest, glued=True)) is not None:
            unit, per = split_rate(*hit)
        elif minor is not None and currency is None:
            unit, currency = minor  # "118.5p": the value stays in pence
        else:
            return None
    if code is None and minus is None and unit is None:
        return None
    return Glued(numeral=("-" if minus else "") + core, currency=currency, unit=unit, per=per)


def is_measure_word(tok: "Token", *, glued: bool) -> bool:
    """True when ``tok`` names a physical unit ("km", "MW", "kilometres", "inch") or a measure of the
    project's own table ("degree", "magnitude")."""
    if tok.lower_ in num.SCALES:
        return False
    return physical_unit(tok.text, glued=glued) is not None or tok.lower_ in tables().measures \
        or (tok.is_alpha and singular(tok) in tables().measures)


def area_word(tok: "Token") -> str | None:
    """ "square" or "cubic" for the words that make a length an area or volume ("sq km")."""
    return _AREA.get(tok.lower_)


def is_physical(unit: str) -> bool:
    """True for a canonical unit name of the catalogue ("kilometre", "square mile", "megawatt")."""
    names = catalogue().physical_names
    words = unit.split(" ", 1)
    return unit in names or (words[0] in ("square", "cubic") and len(words) > 1 and words[1] in names)


def measure(doc: "Doc", head: "Token", glued: bool) -> tuple[str, str | None, int] | None:
    """(canonical unit, per, last token index) when the counted noun ``head`` is a physical unit:
    with "square"/"cubic" before it and "per <noun>", "/<unit>" or "a <time unit>" after it.
    None when ``head`` is no unit of the catalogue (the caller keeps its own lemma)."""
    hit = physical_unit(head.text, glued=glued)
    two = None
    if head.i > 0 and doc[head.i - 1].is_alpha and doc[head.i - 1].is_lower:
        two = catalogue().physical_names.get(f"{doc[head.i - 1].lower_} {head.lower_}")  # "metric tons"
    hit = two or hit
    if hit is None:
        return None
    unit, per = split_rate(*hit)
    if head.i > 0 and (area := area_word(doc[head.i - 1])) is not None and hit[1] == "length":
        unit = f"{area} {unit}"
    last = head.i
    n = len(doc)
    k = head.i + 1
    if per is None and k + 1 < n:
        nxt, after = doc[k], doc[k + 1]
        if nxt.lower_ == "per" and after.lower_ != "cent" and after.is_alpha:
            per_hit = physical_unit(after.text)
            per, last = (split_rate(*per_hit)[0] if per_hit else singular(after)), k + 1
        elif nxt.text == "/" and nxt.whitespace_ == "" and after.is_alpha:
            per_hit = physical_unit(after.text, glued=True)
            time = tables().time_symbols.get(after.text) or (singular(after) if singular(after) in
                                                              tables().time_units else None)
            if per_hit is not None or time is not None:
                per, last = (split_rate(*per_hit)[0] if per_hit else time), k + 1
        elif nxt.lower_ in ("a", "an") and singular(after) in tables().time_units:
            per, last = singular(after), k + 1  # "5 km a day"
    return unit, per, last
