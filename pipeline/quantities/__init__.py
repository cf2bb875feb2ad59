"""Quantities stage: every number that counts or measures something, with what it counts.

Candidates are numerals ("12,000", "3bn", "~300") and cardinal number words ("two",
"twenty-five", "a dozen", "one billion") found by token patterns; spaCy's entity labels and the
dependency parse decide what is *not* a quantity (dates, durations, times, ordinals, numbers in
names, list numbering, phone numbers, hyphenated modifiers such as "two-way") and what is
counted (a number inside a product or index name is not a count: "Boeing 737", "five new 737
aircraft" counts five aircraft, "iPhone 4 owners", "the FTSE 100 index", "the 787 Dreamliner"; a
measure glued to the number is its unit: "500km", "30GB", "a 3.5-inch display"):

- the counted noun is the head of the noun phrase the number starts ("4,000 U.S. soldiers" ->
  "soldier", "48 F-35A fighter jets" -> "fighter jet", "two of its allies" -> "ally"); a number
  without a noun borrows one: from the next number in a range or partition ("between 5,000 and
  7,000 troops", "23 of 25 drones"), from the noun it is coordinated with ("900 troops in Syria
  and 2,500 in Iraq") or from the previous quantity ("up to two more");
- money takes its currency from a symbol ("$", "€", "C$") or a currency word ("61 trillion won");
- owner and location: see :mod:`pipeline.quantities.attach`.

A number without a noun is kept when it plainly counts or measures: a level or move ("fell
344.65", "down 100", "to -36"), the object of a verb ("eliminate 789"), an elided noun ("the
government will appoint six"), or an amount whose currency the amount before it gives ("US$5
billion on top of the four billion it received").

Modules: :mod:`.lexicon` (vocabulary), :mod:`.detect` (finding numbers), :mod:`.units` (what is
counted), :mod:`.candidate` (one candidate), :mod:`.attach` (owner and location),
:mod:`.extract` (the stage).
"""

from __future__ import annotations

from ..knowledge.units import singular
from .attach import location_of, owner_of
from .extract import extract_quantities
from .lexicon import category_of

__all__ = ["category_of", "extract_quantities", "location_of", "owner_of", "singular"]
