"""Microsoft Recognizers-Text test cases (MIT; ``shared/dev/recognizers``) as expectations in our
conventions, and the pipeline's pass rate on them (docs/accuracy.md, tests/quantities).

Number, number-range, currency and dimension cases are read here; date cases in
:mod:`evaluation.readers.recognizers_dates`. Each kept result becomes an :class:`Expected` (a
character span of the input, a value, and for ranges the upper end, for money the ISO 4217 code,
for dimensions our canonical unit). Results whose conventions differ from ours are left out,
each kind with its reason in :data:`EXCLUDED`. A case passes when every kept result of it is
found among the quantities the pipeline extracts from the input (:func:`found`).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pipeline.knowledge.units import currency_named, physical_unit, tables

MODELS = ("Number_NumberModel", "Number_NumberRangeModel", "NumberWithUnit_CurrencyModel",
          "NumberWithUnit_DimensionModel")

LABELS = {"Number_NumberModel": "Number", "Number_NumberRangeModel": "NumberRange",
          "NumberWithUnit_CurrencyModel": "Currency", "NumberWithUnit_DimensionModel": "Dimension",
          "DateTime_DateTimeModel": "DateTime"}
"""Recognizers model file -> the short name the report uses."""

EXCLUDED = {
    "bare number": "a number with no counted noun after it is a reference or a label in news (\"sec. 2\", "
                   "\"SCP-173\"), not a quantity; Recognizers returns every number",
    "fraction or power": "fractions, powers and ordinal fractions (\"3/4\", \"one twenty first\") are not counts",
    "duration or age": "\"in 3 years\", \"five years old\": durations and ages belong to the dates stage",
    "open or inclusive bound": "\"or more\", \"less than or equal to\", \"<=\", \"equals to\": we record a "
                               "bound as the number with its qualifier only for the words of our lexicon",
    "bound pair": "\"above 1000 and below 1500\", \"at most 100 and at least 20\": two bounds, not one range",
    "unit without mapping": "a unit or currency name we do not map to a catalogue unit or an ISO 4217 code "
                            "(\"Bitcoin\", \"Cent\" of an unstated currency)",
}

_BOUND_WORDS = ("more than", "less than", "fewer than", "at least", "at most", "over", "under", "above", "below",
                "up to", "no more than")
_TIME_WORDS = re.compile(r"^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|old)\b", re.I)
_RANGE = re.compile(r"^([\[(])(-?[\d.E+-]*),(-?[\d.E+-]*)([\])])$")


@dataclass(frozen=True)
class Expected:
    """One Recognizers result in our conventions: ``[start, end)`` of the input and what we must find there."""

    start: int
    end: int  # exclusive
    value: Decimal
    high: Decimal | None = None
    currency: str | None = None
    unit: str | None = None


@dataclass
class Case:
    """One input of a Recognizers model with its kept results."""

    model: str
    text: str
    expected: list[Expected] = field(default_factory=list)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except (InvalidOperation, TypeError):
        return None


def _currency(unit: str) -> str | None:
    words = tables().currency_words
    low = unit.lower()
    if low in ("dollar", "united states dollar"):
        return "USD"
    return currency_named(low) or (words[low][1] if low in words else None) or currency_named(low + "s")


def _unit(unit: str) -> str | None:
    hit = physical_unit(unit.lower()) or physical_unit(unit.lower().replace(" ", ""))
    if hit is None:
        return None
    name = hit[0]
    return name.split(" per ")[0] if " per " in name and hit[1] != "concentration" else name


def _number_result(text: str, r: dict) -> tuple[Expected | None, str | None]:
    res = r["Resolution"]
    if res.get("subtype") not in ("integer", "decimal", None):
        return None, "fraction or power"
    end = r["End"] + 1
    rest = text[end:]
    if not re.match(r"^\s*[A-Za-z]", rest) or r["Text"].strip() == text.strip():
        return None, "bare number"
    if _TIME_WORDS.match(rest):
        return None, "duration or age"
    value = _decimal(res.get("value"))
    if value is None:
        return None, "fraction or power"
    return Expected(r["Start"], end, value), None


def _range_result(r: dict) -> tuple[Expected | None, str | None]:
    m = _RANGE.match(r["Resolution"].get("value", ""))
    low_text = r["Text"].lower()
    if m is None:
        return None, "open or inclusive bound"
    low, high = _decimal(m.group(2)), _decimal(m.group(3))
    if low is not None and high is not None:
        if low == high or any(w in low_text for w in (" and below", " and less", " and at", "and greater")):
            return None, "bound pair" if low != high else "open or inclusive bound"
        if "or equal" in low_text or "<" in low_text or ">" in low_text:
            return None, "open or inclusive bound"
        return Expected(r["Start"], r["End"] + 1, low, high), None
    bound = low if low is not None else high
    if bound is None or not any(low_text.startswith(w + " ") for w in _BOUND_WORDS) or "or equal" in low_text:
        return None, "open or inclusive bound"
    return Expected(r["Start"], r["End"] + 1, bound), None


def _unit_result(model: str, r: dict) -> tuple[Expected | None, str | None]:
    res = r["Resolution"]
    value = _decimal(res.get("value"))
    if value is None:
        return None, "fraction or power"
    unit = res.get("unit") or ""
    if model.endswith("CurrencyModel"):
        code = _currency(unit)
        if code is None:
            return None, "unit without mapping"
        return Expected(r["Start"], r["End"] + 1, value, currency=code), None
    if res.get("subtype") in ("Duration", "Age") or unit.lower() in ("year", "day", "hour", "minute", "second"):
        return None, "duration or age"
    name = _unit(unit)
    if name is None:
        return None, "unit without mapping"
    return Expected(r["Start"], r["End"] + 1, value, unit=name), None


def load(directory: Path) -> tuple[list[Case], Counter]:
    """Cases with at least one result in our conventions, and the count of results left out by reason.

    Args:
        directory: The ``shared/dev/recognizers`` folder (``<Model>.json`` files).
    """
    cases: list[Case] = []
    excluded: Counter = Counter()
    for model in MODELS:
        for raw in json.loads((directory / f"{model}.json").read_text("utf-8-sig")):
            results = raw.get("Results") or []
            case = Case(model, raw["Input"])
            for r in results:
                if model == "Number_NumberModel":
                    exp, why = _number_result(raw["Input"], r)
                elif model == "Number_NumberRangeModel":
                    exp, why = _range_result(r)
                else:
                    exp, why = _unit_result(model, r)
                if exp is None:
                    excluded[why] += 1
                else:
                    case.expected.append(exp)
            if case.expected:
                cases.append(case)
    return cases, excluded


def _close(a: Any, b: Any) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def found(expected: Expected, quantities: list) -> bool:
    """Whether a quantity overlapping ``expected``'s span has its value (and high, currency, unit)."""
    for q in quantities:
        if q.evidence.end <= expected.start or q.evidence.start >= expected.end:
            continue
        # A range is one quantity with us ("eight to 10 feet"): either end answers for an end.
        if not _close(q.value, expected.value) and not (expected.high is None and _close(q.high, expected.value)):
            continue
        if expected.high is not None and not _close(q.high, expected.high):
            continue
        if expected.currency is not None and q.currency != expected.currency:
            continue
        if expected.unit is not None and q.unit != expected.unit:
            continue
        return True
    return False


def score_recognizers(directory: Path, nlp: Any = None, *, batch_size: int = 64) -> dict[str, Any]:
    """Run the pipeline's quantity stage on the number/unit/range cases and the TIMEX normaliser on
    the date cases; count the cases that pass.

    Args:
        directory: The ``shared/dev/recognizers`` folder.
        nlp: A loaded spaCy pipeline (None: load the pipeline's default model).
        batch_size: Texts per ``nlp.pipe`` batch.

    Returns:
        ``{"models": {label: {"source", "kept", "passed", "rate"}}, "all": {...}, "excluded": {reason:
        count}, "dates_excluded": {rule: count}, "failures": [str]}``; labels are the ``LABELS``
        values and ``DateTime``.
    """
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.quantities import extract_quantities
    from pipeline.records import Article

    from .recognizers_dates import date_passes, load_dates

    if nlp is None:
        nlp = N.load()
    cases, excluded = load(directory)
    passed: Counter = Counter()
    total: Counter = Counter()
    failures: list[str] = []
    articles = [Article(id=str(i), text=c.text) for i, c in enumerate(cases)]
    for (_, doc), case in zip(N.pipe(nlp, articles, batch_size=batch_size), cases):
        quantities = extract_quantities(doc, EntityIndex.build(extract_entities(doc)))
        ok = all(found(e, quantities) for e in case.expected)
        total[case.model] += 1
        passed[case.model] += ok
        if not ok:
            failures.append(f"{case.model}: {case.text!r} -> "
                            f"{[(q.text, q.value, q.high, q.unit) for q in quantities]}")
    date_cases, dates_excluded = load_dates(directory)
    for case in date_cases:
        ok = date_passes(case)
        total["DateTime_DateTimeModel"] += 1
        passed["DateTime_DateTimeModel"] += ok
        if not ok:
            failures.append(f"DateTime_DateTimeModel: {case.text!r} @ {case.reference} -> expected {case.value}")
    models = {}
    for source in (*MODELS, "DateTime_DateTimeModel"):
        if total[source]:
            models[LABELS[source]] = {"source": source, "kept": total[source], "passed": passed[source],
                                      "rate": passed[source] / total[source]}
    kept, ok = sum(total.values()), sum(passed.values())
    return {"models": models, "all": {"kept": kept, "passed": ok, "rate": ok / kept if kept else None},
            "excluded": dict(excluded.most_common()), "dates_excluded": dict(dates_excluded.most_common()),
            "failures": failures}
