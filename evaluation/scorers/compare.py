"""Name, unit, value and span comparisons shared by the scorers.

* Two person names match when the tokens of one are all among the tokens of the other
  ("Yoon" ~ "Yoon Suk Yeol"; "Joe Biden" does not match "Joseph R. Biden Jr.").
* Units match when their normalised forms (lower case, simple singular forms, currency symbols
  and codes to their word) are equal or share the last word ("electric battery park" ~ "park").
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pipeline.knowledge import countries

_TOKEN = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n")


def name_tokens(name: str | None) -> frozenset[str]:
    """Lower-cased word tokens of a name, accents and possessive ``'s`` removed."""
    if not name:
        return frozenset()
    plain = unicodedata.normalize("NFKD", _POSSESSIVE.sub("", name))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return frozenset(_TOKEN.findall(plain.lower()))


def names_match(a: str | None, b: str | None) -> bool:
    """True when all tokens of one name are among the tokens of the other ("Yoon" ~ "Yoon Suk Yeol")."""
    ta, tb = name_tokens(a), name_tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def any_names_match(golds: Iterable[str | None], preds: Iterable[str | None]) -> bool:
    """True when any gold name matches any predicted name (:func:`names_match`)."""
    preds = tuple(preds)
    return any(names_match(g, p) for g in golds for p in preds)


_UNIT_WORDS = {
    "$": "dollar", "us$": "dollar", "usd": "dollar", "€": "euro", "eur": "euro", "£": "pound",
    "gbp": "pound", "¥": "yen", "jpy": "yen", "%": "percent", "per cent": "percent", "pct": "percent",
    "people": "person", "personnel": "personnel", "men": "man", "women": "woman", "children": "child",
    "aircraft": "aircraft", "series": "series", "species": "species",
}


def _singular(word: str) -> str:
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalize_unit(unit: str | None) -> str | None:
    """A comparable form of a unit: lower case, currency/percent words, singular words."""
    if unit is None:
        return None
    u = " ".join(unit.lower().replace("-", " ").split())
    if not u:
        return None
    if u in _UNIT_WORDS:
        return _UNIT_WORDS[u]
    return " ".join(_singular(w) for w in u.split())


def units_match(a: str | None, b: str | None) -> bool:
    """Same normalised unit, or the same last word ("electric battery park" ~ "park")."""
    na, nb = normalize_unit(a), normalize_unit(b)
    if na is None or nb is None:
        return na is None and nb is None
    return na == nb or na.split()[-1] == nb.split()[-1]


def values_match(a: Any, b: Any) -> bool:
    """Numbers equal up to float noise."""
    if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


_DURATION_YEARS = re.compile(r"P(\d+)(DE|CE|ML)")
_YEARS_PER = {"DE": 10, "CE": 100, "ML": 1000}


def timex_equal(a: Any, b: Any) -> bool:
    """Same TIMEX3 value, case and spacing aside; a duration in decades, centuries or millennia
    equals the same duration in years ("P2DE" = "P20Y": both spellings are valid TIMEX3)."""
    def norm(v: Any) -> str:
        text = str(v).strip().upper()
        m = _DURATION_YEARS.fullmatch(text)
        return f"P{int(m.group(1)) * _YEARS_PER[m.group(2)]}Y" if m else text

    return norm(a) == norm(b)


def spans_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """True when two half-open ranges share at least one character (None never overlaps)."""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def place(item: dict | None) -> str | None:
    """Country, else organisation, upper-cased (roles and force owners).

    An organisation is compared by the gazetteer's short name, so gold written out in full
    ("African Union") and a record's short form ("AU") are the same place.
    """
    if not item:
        return None
    if item.get("country"):
        return str(item["country"]).upper()
    org = item.get("organization")
    if not org:
        return None
    return str(countries.load().organization(str(org)) or org).upper()


_FORCE_CATEGORIES = (
    ("naval", ("ship", "vessel", "submarine", "ssn", "carrier", "destroyer", "frigate", "warship",
               "cruiser", "boat", "fleet", "navy", "naval", "corvette")),
    ("air", ("aircraft", "jet", "fighter", "bomber", "plane", "helicopter", "drone", "squadron",
             "airplane", "f-35", "f-16", "uav")),
    ("missile", ("missile", "rocket", "launcher", "battery", "himars", "interceptor", "thaad", "patriot")),
)


def force_category(unit: str | None) -> str:
    """Coarse category of a force unit: ``naval``, ``air``, ``missile`` or ``personnel``."""
    words = {_singular(w) for w in re.findall(r"[\w-]+", (unit or "").lower())}
    for cat, keys in _FORCE_CATEGORIES:
        if words & set(keys):
            return cat
    return "personnel"


def force_categories(unit: str | None) -> frozenset[str]:
    """The categories a force unit may be read as: :func:`force_category`'s, and both ``air``
    and ``personnel`` for a bare "fighter" (English news writes it for a combatant, "3,000
    fighters and another 2,000 personnel", and for a fighter jet; the annotation guide's forces
    rule lists both troops and aircraft, so either reading is allowed)."""
    cat = force_category(unit)
    words = {_singular(w) for w in re.findall(r"[\w-]+", (unit or "").lower())}
    air = set(dict(_FORCE_CATEGORIES)["air"])
    if cat == "air" and words & air == {"fighter"}:
        return frozenset({"air", "personnel"})
    return frozenset({cat})


def evidence_span(ev: Any) -> tuple[int, int] | None:
    """``(start, end)`` of a record evidence dict, or None."""
    if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
        return ev["start"], ev["end"]
    return None


class Sentences:
    """Sentence index of a character offset, from a light punctuation-based split of a text."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]

    def index(self, offset: int | None) -> int | None:
        """0-based sentence number of ``offset`` (None for None)."""
        return None if offset is None else bisect.bisect_right(self.starts, offset) - 1


def uncertain_excuse(optional: Sequence[dict], *, names: Callable[[dict], Iterable[str | None]],
                      spans: Callable[[dict], Iterable[tuple[int, int] | None]]) -> Callable[[dict], bool]:
    """An uncertain item excuses a prediction whose evidence overlaps it or whose name it contains."""

    def excused(p: dict) -> bool:
        for u in optional:
            if any(spans_overlap(u.get("span"), s) for s in spans(p)):
                return True
            utoks = name_tokens(u.get("person") or u.get("text"))
            if utoks and any(name_tokens(n) and name_tokens(n) <= utoks for n in names(p)):
                return True
        return False

    return excused


def entity_names(record: dict) -> dict[str, str]:
    """Entity id -> canonical name of a record."""
    return {e["id"]: e["name"] for e in record.get("entities", ()) if e.get("id")}
