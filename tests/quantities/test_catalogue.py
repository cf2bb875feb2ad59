"""The generated unit catalogue and the leaf lookups on it (no model needed)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.knowledge.units import currency_code, currency_named, currency_unit, physical_unit

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(any(importlib.util.find_spec(m) is None for m in ("pint", "babel", "pycountry")),
                    reason="the catalogue's sources (pip install .[catalogue]) are not installed")
def test_generated_catalogue_is_up_to_date():
    script = ROOT / "scripts" / "build_units_catalogue.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(("text", "glued", "expected"), [
    ("km", False, ("kilometre", "length")),
    ("kilometers", False, ("kilometre", "length")),
    ("MW", False, ("megawatt", "power")),
    ("mW", True, ("milliwatt", "power")),
    ("Mbps", True, ("megabit per second", "data rate")),
    ("W", False, ("watt", "power")),
    ("g", False, None),  # a lone letter apart from its number is a label
    ("Tesla", False, None),  # a firm, not the unit
    ("hertz", False, ("hertz", "frequency")),
    ("points", False, None),  # scores and index moves
    ("years", False, None),  # durations belong to the dates stage
])
def test_physical_units(text, glued, expected):
    assert physical_unit(text, glued=glued) == expected


@pytest.mark.parametrize(("text", "glued", "expected"), [
    ("$", False, "USD"), ("A$", False, "AUD"), ("Rs", False, "INR"), ("₹", False, "INR"),
    ("MXN", True, "MXN"), ("MXN", False, None), ("TOP", False, None),
])
def test_currency_codes(text, glued, expected):
    assert currency_code(text, glued=glued) == expected


@pytest.mark.parametrize(("words", "code", "unit"), [
    ("Swiss francs", "CHF", "franc"), ("South Korean won", "KRW", "won"), ("Polish zlotys", "PLN", "zloty"),
    ("Russian rubles", "RUB", "ruble"),
])
def test_currency_names(words, code, unit):
    assert currency_named(words) == code
    assert currency_unit(code) == unit
