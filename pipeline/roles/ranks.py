"""A military rank of several words written between an office and its holder's name.

"Russia's defence ministry spokesman, Lieutenant General Pavel Sokolov", "the former defence
minister, retired General Walter Netto", "Navy chief Vice Adm. Jose Ramirez": the rank is how the
holder is styled (AP Stylebook, military titles), not another office; the office is the one
written before it, and the name starts after the rank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from .titles import classify

if TYPE_CHECKING:
    from .reader import Reader

__all__ = ["RANK_PREFIXES", "rank_run_end", "same_rank_word"]

# Words that begin a rank of several words ("Vice Admiral", "Rear Adm.", "Lieutenant General",
# "Major General", "Brigadier General", "Air Marshal"): Wikipedia, Military rank
RANK_PREFIXES = word_set("roles", "rank_prefixes")
_RANK_WORDS = RANK_PREFIXES | frozenset({"general", "gen", "admiral", "adm", "colonel", "col", "marshal", "captain",
                                         "capt", "commodore", "commander", "sergeant", "sgt"})
# "retired General X", "former General X" (AP: "retired" is written before a rank, lower case)
_LEADS = frozenset({"retired"})


def rank_run_end(rd: "Reader", i: int, sent_end: int) -> int:
    """The token after a rank of several words (or "retired" and a rank) that starts at token
    ``i`` right after an office or its comma and is followed by a person's name; ``i`` itself
    otherwise (a one-word rank alone is read by the callers' own test)."""
    doc = rd.doc
    if i == 0 or i >= sent_end:
        return i
    low = doc[i].lower_
    if low == "ambassador" and _envoy_style(rd, i, sent_end):
        return i + 1
    if low not in _LEADS and low.rstrip(".") not in RANK_PREFIXES:
        return i  # most names start with no rank word: the cheap test first
    prev = doc[i - 1]
    if not (prev.text == "," or rd.is_head(prev) and classify(prev.text) != "military_commander"):
        return i
    k = i + 1 if doc[i].lower_ in _LEADS else i
    j = k
    words = []
    while j < sent_end and len(words) < 3 and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") in _RANK_WORDS:
        words.append(doc[j].text.rstrip("."))
        j += 1
        if j < sent_end and doc[j].text == "." and not doc[j - 1].whitespace_:
            j += 1  # "Adm" "." split by the tokenizer
    if not words or len(words) < 2 and k == i:
        return i
    if j >= sent_end or not rd.is_person(doc[j]) or classify(" ".join(words)) != "military_commander":
        return i
    return j


# Connectors of a diplomatic title written before its comma ("Permanent Representative of Japan")
_GLUE = frozenset({"of", "the", "to", "for", "and", "'s", "’s"})


def _envoy_style(rd: "Reader", i: int, sent_end: int) -> bool:
    """Whether "Ambassador" at token ``i`` styles the name after it in apposition to a diplomatic
    office written before the comma ("the Permanent Representative of Japan, Ambassador Jane Roe";
    diplomats keep the courtesy "Ambassador", US Department of State Protocol: forms of address):
    the office is the one written first, and the name starts after the style."""
    doc = rd.doc
    if i < 2 or doc[i - 1].text != "," or i + 1 >= sent_end or not rd.is_person(doc[i + 1]):
        return False
    k = i - 2
    while k >= 0 and i - 2 - k < 8 and (doc[k].text[:1].isupper() or doc[k].lower_ in _GLUE):
        k -= 1
    words = doc[k + 1:i - 1]
    return len(words) > 0 and any(rd.is_head(t) for t in words) and classify(words.text) == "ambassador"


def same_rank_word(x: str, y: str) -> bool:
    """Whether two title words are one, a word and its abbreviation included ("Adm." ~ "Admiral", "Sgt."
    ~ "Sergeant", "Cmdr." ~ "Commander"): the short form keeps the first letter and some later ones in order."""
    x, y = x.rstrip(".").lower(), y.rstrip(".").lower()
    if x == y:
        return True
    short, full = sorted((x, y), key=len)
    if not short or len(short) > 4 or short[0] != full[0]:
        return False
    if full.startswith(short):
        return True  # "Adm." ~ "Admiral", "Col." ~ "Colonel"
    # a contraction of consonants keeps the first and the last letter ("Sgt." ~ "Sergeant", "Cmdr." ~
    # "Commander"; not "Col." ~ "Corporal", "Cmdr." ~ "Commodore")
    it = iter(full)
    return not set(short) & set("aeiou") and short[-1] == full[-1] and all(ch in it for ch in short)
