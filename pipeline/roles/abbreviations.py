"""Two-word abbreviated titles cut at their first full stop ("Lt. Gov. Mary Hale" read as "Lt").

"Lt." is the first word of several offices: "Lt. Gov." (a lieutenant governor, a state's
official, no military rank), "Lt. Gen.", "Lt. Col.", "Lt. Cmdr." (ranks). The title reader stops
at the first abbreviation's full stop and keeps "Lt": this module reads the second word written
after it and gives the office its full name and category.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..knowledge.offices import title_abbreviations
from .reader import Candidate
from .titles import classify

__all__ = ["expand_abbreviated_titles", "expand_lieutenant"]

# the second word after "Lt." and the office it makes (AP style abbreviations)
_SECOND = {
    "gov": ("Lieutenant Governor", "official_other"),
    "governor": ("Lieutenant Governor", "official_other"),
    "gen": ("Lieutenant General", "military_commander"),
    "col": ("Lieutenant Colonel", "military_commander"),
    "cmdr": ("Lieutenant Commander", "military_commander"),
    "cdr": ("Lieutenant Commander", "military_commander"),
}
# "Atty. Gen." is AP style for Attorney General before a name (AP Stylebook: "attorney general";
# "Atty." the abbreviation of attorney in titles): the reader keeps "Gen." alone, a military rank
_ATTY = re.compile(r"\bAtty\.?\s*$")
# a time of day before "PM" ("at 5 PM", "2:30 PM,")
_CLOCK = re.compile(r"\d\s*$")
_LT = re.compile(r"Lt\.?\s+(?:[Gg]ov|[Gg]overnor|[Gg]en|[Cc]ol|[Cc]mdr|[Cc]dr)\b\.?")


def expand_lieutenant(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with a title "Lt" read as the two-word office written ("Lt. Gov." ->
    "Lieutenant Governor", official_other; "Lt. Gen." -> "Lieutenant General").

    Args:
        text: ``doc.text``.
        cands: The candidates.
    """
    out = []
    for c in cands:
        if c.title.rstrip(".") != "Lt":
            out.append(c)
            continue
        lo = c.title_start if c.title_start >= 0 else c.start
        m = _LT.match(text, lo) or _LT.search(text, c.start, c.end)
        if m is None:
            out.append(c)
            continue
        title, role = _SECOND[m.group().split()[-1].rstrip(".").lower()]
        out.append(replace(c, title=title, role=role))
    return out


def expand_abbreviated_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with an abbreviated title read as the title it stands for
    (``offices.json`` ``title_abbreviations``): "Pres." -> "President", "Supt." ->
    "Superintendent", and "Gen." written after "Atty." -> "Attorney General", not a general's rank;
    a "PM" after a time of day is the clock's and names no office.

    Args:
        text: ``doc.text``.
        cands: The candidates.
    """
    full = title_abbreviations()
    out = []
    for c in cands:
        lo = c.title_start if c.title_start >= 0 else c.start
        if c.title.startswith("PM") and _CLOCK.search(text, max(0, lo - 8), lo):
            continue  # "at 2:30 PM, Dr. Roe will host": the clock's post meridiem, no prime minister
        key = c.title.rstrip(".").lower()
        atty = _ATTY.search(text, max(0, lo - 8), lo) if key == "gen" else None
        if atty is not None:
            c = replace(c, title=full["atty gen"], role=classify(full["atty gen"]), title_start=atty.start())
        elif key in full and " " not in key:
            c = replace(c, title=full[key], role=classify(full[key]))
        out.append(c)
    return out
