"""Compatibility re-export of :mod:`pipeline.knowledge.countries` (country names -> ISO3).

Still imported by roles, forces and quantities (``gazetteer.load()``, ``gazetteer._key``,
``gazetteer.Gazetteer``); new code imports :mod:`pipeline.knowledge.countries` directly.
"""

from __future__ import annotations

from .knowledge.countries import Gazetteer, key, load

_key = key

__all__ = ["Gazetteer", "load", "key", "_key"]
