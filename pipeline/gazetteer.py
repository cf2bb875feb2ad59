"""Compatibility name for :mod:`pipeline.knowledge.countries` (country names -> ISO3).

Kept for code written against earlier versions (``pipeline.gazetteer.load().country("ROK")``);
the stages import :mod:`pipeline.knowledge.countries` directly.
"""

from __future__ import annotations

from .knowledge.countries import Gazetteer, key, load

__all__ = ["Gazetteer", "load", "key"]
