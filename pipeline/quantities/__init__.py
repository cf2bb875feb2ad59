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
- coordinated hyphenated modifiers share the noun of the last one: "four-, five- and six-cylinder
  engines" is three quantities (4, 5 and 6, unit "cylinder"), as "a 3-inch gun" is 3 inches; a
  chain of durations ("10-, 20- and 30-year bonds") is dates, and a lone compound adjective
  ("two-way", "six-cylinder") stays no quantity;
- money takes its currency from a symbol ("$", "€", "C$") or a currency word ("61 trillion won");
- owner and location: see :mod:`pipeline.quantities.attach`.

A number without a noun is kept when it plainly counts or measures: a level or move ("fell
344.65", "down 100", "to -36"), the object of a verb ("eliminate 789"), an elided noun ("the
government will appoint six"), or an amount whose currency the amount before it gives ("US$5
billion on top of the four billion it received").

Value conventions:

- values are exact (parsed as decimals): an ``int`` when whole ("8.7 trillion yen" ->
  8700000000000, "It cost $800m." -> 800000000), else the nearest ``float`` (1.25);
- a range is one quantity: ``value`` the low end, ``high`` the high end ("$3 billion to $5
  billion", "5-7%", "between 4% and 5%"; the low end takes the high end's scale: "$300 to 350
  million"); a move between two levels ("rose from 5% to 7%") stays two quantities;
- ``change`` is "increase"/"decrease" when the number is the amount a verb or noun of change
  reports ("rose 2%", "a cut of 300 troops", "a 2% rise"), not a level reached ("fell to 5%");
- vague counts are approximate with the smallest value the plural allows, two of the unit:
  "dozens" 24, "scores" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000,
  "hundreds of thousands" 200,000; "a couple hundred" 200;
- physical units have one canonical name from the catalogue (pint's, spelled the British way):
  "km", "kilometres" and "kilometers" are all "kilometre"; areas and volumes keep "square"/
  "cubic"; a rate names its numerator in ``unit`` and its denominator in ``per`` ("barrels per
  day" -> barrel/day, "km/h" -> kilometre/hour, "30Mbps" -> megabit/second);
- money carries the ISO 4217 code; minor units keep the value in the minor unit and say so in the
  unit ("118.5p" -> 118.5 penny GBP, "10 sen" -> 10 sen MYR).

Modules: :mod:`.lexicon` (vocabulary), :mod:`.detect` (finding numbers), :mod:`.measures`
(physical units, glued forms), :mod:`.units` (what is counted, currencies), :mod:`.candidate`
(one candidate), :mod:`.values` (ranges, changes), :mod:`.attach` (owner and location),
:mod:`.extract` (the stage).
"""

from __future__ import annotations

from ..knowledge.units import singular
from .attach import location_of, owner_of
from .extract import extract_quantities
from .lexicon import category_of

__all__ = ["category_of", "extract_quantities", "location_of", "owner_of", "singular"]
