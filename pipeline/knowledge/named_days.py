"""Days named by their date alone that stand for one event of one year ("9/11", "January 6th"),
read from ``pipeline/data/named_days.json`` (hand-kept, a source per entry)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def named_days() -> dict[str, str]:
    """Lower-case form -> ISO date of the event the form names."""
    raw = json.loads(resources.files("pipeline.data").joinpath("named_days.json").read_text("utf-8"))
    return {form: entry["date"] for entry in raw["days"] for form in entry["forms"]}
