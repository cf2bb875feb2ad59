"""Days named by their date alone that stand for one event of one year ("9/11", "January 6th"),
read from ``pipeline/data/named_days.json`` (hand-kept, a source per entry)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def named_days() -> dict[str, tuple[str, "re.Pattern[str] | None"]]:
    """Lower-case form -> (ISO date of the event the form names, the pattern of the words an
    article must also contain for the form to name the event; None when the form alone does)."""
    raw = json.loads(resources.files("pipeline.data").joinpath("named_days.json").read_text("utf-8"))
    out = {}
    for entry in raw["days"]:
        words = entry.get("context")
        context = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None
        out.update((form, (entry["date"], context)) for form in entry["forms"])
    return out
