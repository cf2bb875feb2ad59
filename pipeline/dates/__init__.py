"""Dates stage: time expressions (DATE, DURATION, SET, TIME) with TIMEX3-style values.

Modules, leaves first:

- :mod:`.lexicon`: month, weekday, season and time-unit words (number words from
  :mod:`pipeline.numbers`);
- :mod:`.calendar`: holidays (from the ``holidays`` package and dateutil's Easter), fiscal
  years, ISO weeks and quarters;
- :mod:`.patterns`: the phrase grammar, compiled;
- :mod:`.absolute` and :mod:`.timex`: the normaliser, text + anchor date + tense ->
  ``(type, value)``, usable without a spaCy model;
- :mod:`.candidates`: finding candidates in a parsed Doc;
- :mod:`.extract`: :func:`extract_dates`, the stage's one entry point.
"""

from __future__ import annotations

from .extract import extract_dates
from .timex import normalize

__all__ = ["extract_dates", "normalize"]
