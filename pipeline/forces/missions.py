"""Multinational missions that own the forces news counts for them ("UNIFIL, which has about
10,000 troops"): ``pipeline/data/force_missions.json``, hand-kept with a source per entry."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def _key(name: str) -> str:
    low = " ".join(name.split()).lower()
    return low[4:] if low.startswith("the ") else low


@lru_cache(maxsize=1)
def _missions() -> dict[str, str]:
    raw = json.loads(resources.files("pipeline.data").joinpath("force_missions.json").read_text("utf-8"))
    return {_key(name): owner for name, (owner, _why) in raw["missions"].items()}


def mission_owner(name: str) -> str | None:
    """The organisation that owns a mission's forces ("UNIFIL" -> "UN", "KFOR" -> "NATO"), or None."""
    return _missions().get(_key(name))
