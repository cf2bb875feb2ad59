"""Dates stage: time expressions (DATE, DURATION, SET, TIME) with TIMEX3-style values.

Modules, leaves first:

- :mod:`.lexicon`: month, weekday, season and time-unit words (number words from
  :mod:`pipeline.numbers`);
- :mod:`.calendar`: holidays (from the ``holidays`` package and dateutil's Easter), fiscal
  years, ISO weeks and quarters;
- :mod:`.patterns`: the phrase grammar, compiled;
- :mod:`.durations`: lengths of time as TIMEX values ("five years" ``P5Y``, "2 hours 16
  minutes" ``PT2H16M``);
- :mod:`.absolute` and :mod:`.timex`: the normaliser, text + anchor date + tense ->
  ``(type, value)``, usable without a spaCy model;
- :mod:`.candidates`: finding candidates in a parsed Doc;
- :mod:`.surroundings`: what the words just outside an expression say of it ("year on year",
  "the morning sermon", "for one day", "every Sunday");
- :mod:`.extract`: :func:`extract_dates`, the stage's one entry point.
"""

from __future__ import annotations

from .extract import extract_dates
from .timex import normalize

__all__ = ["extract_dates", "normalize"]
