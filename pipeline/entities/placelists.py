"""Lists of places named by their kind: "the counties of Carver, Cass, and Rice", "Lyon, Meade
and Warren counties".

Many county, parish and town names are also surnames or given names (Carver, Murray, Warren,
Shelby, Spencer), so the statistical NER tags a run of them as persons. Disaster declarations,
election results and weather reports list them this way; the kind word before ("the counties
of") or after ("... and Warren counties") says every item of the list is a place.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["PlaceLists"]

# Plural nouns for kinds of administrative or populated places (and the singular where a list
# is "the county of X and Y" is rare, so plurals only).
_KINDS = (r"counties|parishes|boroughs|municipalities|districts|provinces|prefectures|regions|oblasts|"
          r"governorates|cantons|departments|townships|towns|cities|villages|communes|islands|states|territories")
# One list item: up to three capitalised words, with the abbreviations and lower-case particles
# of place names ("St. Louis", "Le Sueur", "Lac qui Parle"); a sentence's full stop ends it.
_WORD = r"(?:St\.|Ste\.|Mt\.|Ft\.|[A-Z][\w'’-]*)"
_ITEM = rf"{_WORD}(?:[ \t]+(?:{_WORD}|qui|de|du|la|le|des)){{0,2}}"
_SEP = r"(?:[ \t]*,[ \t\n]*(?:and[ \t\n]+|or[ \t\n]+)?|[ \t\n]+(?:and|or)[ \t\n]+)"
_LIST = rf"{_ITEM}(?:{_SEP}{_ITEM})*"
# The lookahead on the first letters drops most word starts after one test instead of trying
# all the alternatives at each (same matches: every alternative starts with one of them).
_KIND_FIRST = "".join(sorted({k[0] for k in _KINDS.split("|")} | {k[0].upper() for k in _KINDS.split("|")}))
_KIND = re.compile(rf"\b(?=[{_KIND_FIRST}])(?:{_KINDS}|{'|'.join(k.capitalize() for k in _KINDS.split('|'))})\b")
_OF = re.compile(r"[ \t\n]+of[ \t\n]+")
_LIST_AT = re.compile(_LIST)
_LIST_BEFORE = re.compile(rf"(?<![\w'’-])({_ITEM}(?:{_SEP}{_ITEM})+)[ \t\n]+$")
# How far before a kind word a list may start.
_WINDOW = 600


class PlaceLists:
    """The character ranges of a text's place lists; asks whether a span lies inside one.

    Args:
        text: The Doc's text (offsets of the ranges are into it).
    """

    def __init__(self, text: str) -> None:
        ranges = []
        for k in _KIND.finditer(text):
            of = _OF.match(text, k.end())
            if of is not None and k.group()[0].islower():
                m = _LIST_AT.match(text, of.end())
                if m is not None:
                    ranges.append(m.span())
                continue
            if not k.group()[0].islower():
                continue  # a capitalised kind word ends a name: "United States", "Cook Islands"
            lo = max(0, k.start() - _WINDOW)
            m = _LIST_BEFORE.search(text, lo, k.start())
            if m is not None:
                ranges.append(m.span(1))
        ranges.sort()
        self._starts = [s for s, _ in ranges]
        self._ends = [e for _, e in ranges]

    def __contains__(self, span: tuple[int, int]) -> bool:
        i = bisect_right(self._starts, span[0]) - 1
        return i >= 0 and span[1] <= self._ends[i]

