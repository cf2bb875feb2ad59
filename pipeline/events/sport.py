"""Sports reports: the game's verbs of force are no events.

A match report "attacks", "strikes", "shoots" and "beats" ("City attacked relentlessly",
"Riley struck from 20 yards", "Australia beat India"): play, not PLOVER ASSAULT. A text is a
sports report when it names at least two distinct terms of the game (goals, wickets,
innings, leagues, tournaments...); in one, a force verb of play is no assault. Violence
reported in other words ("fans clashed with police", "a bomb exploded") is untouched.
"""

from __future__ import annotations

import re

from .lexicon import load

SPORT_TERMS = re.compile(
    r"\b(goals?|wickets?|innings|league|tournament|championship|grand slam|penalty|penalties|striker|"
    r"midfielder|goalkeeper|touchdown|quarterback|half-?time|semi-?finals?|quarter-?finals?|olympics|"
    r"world cup|premier league|grand prix|marathon|world record|break point|tie-?break)\b",
    re.IGNORECASE)
"""terms that only a report of a game or race uses"""
PLAY_VERBS = load().classes["play_verb"]
"""verbs of force that describe play in a match report"""


def sports_report(text: str) -> bool:
    """Whether a text names two or more distinct terms of a game (one regex pass)."""
    return len({m.group(0).lower() for m in SPORT_TERMS.finditer(text)}) >= 2


class Play:
    """Whether an ASSAULT trigger is a move of play in a sports report; the text is read only
    when a verb of play first asks (most texts have none)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sporty: bool | None = None

    def __call__(self, typ: str, lemma: str) -> bool:
        if typ != "ASSAULT" or lemma not in PLAY_VERBS:
            return False
        if self.sporty is None:
            self.sporty = sports_report(self.text)
        return self.sporty
