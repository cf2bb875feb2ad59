"""Regular expressions for the names written in nomination and appointment lists and headings:
a person's name, the titles and ranks written before it (shared by :mod:`.nominations` and
:mod:`.nomination_bios`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..knowledge.wordlists import word_set

__all__ = ["H", "HONORIFIC", "JOINED_BODY", "NAME", "NAME_LAZY", "RANK", "ranked_surnames"]

H = r"[^\S\n]"  # horizontal white space (the text keeps one paragraph or list item per line)
_TOK = r"(?:[A-ZÀ-ÞĀ-Ž][a-zà-ÿA-ZĀ-žḀ-ỿ'’‘ʻ\-]*[a-zà-ÿā-žḁ-ỿ]\.?|[A-Z]\.(?:-?[A-Z]\.)*|[A-Z][a-z]?\.?)"
"""A word of a name: Latin letters with their accents (Latin-1, Extended-A and the Vietnamese
Extended Additional), apostrophes and the Hawaiian ʻokina, often typed as a turned comma ("Kaʻai",
"Ka‘ai"), ending in a small letter; an initial; a short capitalised word."""
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|la|las|los|le|bin|al|di|du|dos|das)"
NAME = (rf"{_TOK}(?:{H}+(?:[“\"][A-Z][\w.]*[”\"]|\([A-Z][\w.]*\)))?(?:{H}+(?:{_PARTICLE}{H}+){{0,2}}{_TOK}){{1,5}}"
        rf"(?:,?{H}+(?:Jr\.?|Sr\.?|II|III|IV))?")
"""A person's name as written in a list entry: capitalised words and initials (with up to two particles
before one: "María de la Cruz", "Anna van der Berg"), a suffix; a familiar name in quotes or brackets may
follow the first name ('Robert "Bob" Doe', "Robert (Bob) Doe")."""
NAME_LAZY = (rf"{_TOK}(?:{H}+(?:[“\"][A-Z][\w.]*[”\"]|\([A-Z][\w.]*\)))?(?:{H}+(?:{_PARTICLE}{H}+){{0,2}}{_TOK}){{1,5}}?"
             rf"(?:,?{H}+(?:Jr\.?|Sr\.?|II|III|IV))?")
""":data:`NAME` taking as few words as it can (a name followed by a rank or by itself again)."""

HONORIFIC = (r"(?:(?:The\s+)?(?:Honorable|Hon\.)|Congress(?:wo)?man|Senator|Sen\.|Representative|Rep\.|Governor|Gov\."
             r"|Mayor|Ambassador|Judge|Justice|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)")
"""An office or courtesy title written before a nominee's name in a heading ("Congresswoman Jane
Doe, Nominee for X", "The Honorable Jane Doe"): not part of the name."""
RANK = (r"(?:(?:Vice|Rear|Lt\.?|Lieutenant|Maj\.?|Major|Brig\.?|Brigadier)\s+)?"
         r"(?:Adm\.|Admiral|Gen\.|General|Col\.|Colonel|Capt\.|Captain|Cmdr\.|Commander|Commodore)")
"""A military rank written before an officer's name ("Vice Adm.", "Lt. Gen.")."""
_RANK_WORD = re.compile(rf"\b{RANK}\s")
_GENERAL_COMPOUNDS = word_set("roles", "general_compounds")
_RANK_AT = re.compile(rf"(?=\b{RANK}\s)")
_RANK_SPACE = re.compile(rf"\b{RANK}\s+")
JOINED_BODY = (rf"the{H}+(?:White{H}+House|Administration|(?:U\.S\.{H}+)?(?:Department|Office|Bureau|Agency|"
               rf"National{H}+Security{H}+Council)(?:{H}+(?:of|for|on)(?:{H}+the)?(?:{H}+[A-Z][\w.’'&-]*)+)?)")
"""The government body an appointee "will join ... as" a post ("will join the White House as Special
Assistant to the President", "will join the Department of Commerce as Senior Advisor")."""


def ranked_surnames(text: str, surnames: Iterable[str]) -> frozenset[str]:
    """The surnames (each escaped for a pattern) that ``text`` writes after a military rank.

    The rank before the name, perhaps with a nickname in quotes ('Vice Adm. Jane T. “Sky” Doe'); a
    full stop only after an initial: "the General Counsel. Doe ..." ends a sentence, names no officer.
    Each surname is tried once however many sections name it, only where a rank ends, and not at
    all in a text that writes no rank (most biographies).
    """
    if not _RANK_WORD.search(text):
        return frozenset()
    # Where a rank and its white space end, found once: a rank matches one way only at a
    # position, so a name after one is a match of the short per-name pattern there, and the
    # rank alternation is not compiled again for each surname. The "General" of a civilian
    # office ("Inspector General Doe") is no rank.
    ends = sorted({(_RANK_SPACE.match(text, m.start()).end(), m.start()) for m in _RANK_AT.finditer(text)})
    ends = [e for e, start in ends if not _civil_general(text, start)]
    found = set()
    for s in set(surnames):
        after = re.compile(rf"(?:[“\"]?[A-Z](?:\.|[\w“”\"]*)\s+){{0,3}}{s}\b")
        if any(after.match(text, e) for e in ends):
            found.add(s)
    return frozenset(found)


def _civil_general(text: str, at: int) -> bool:
    """Whether the rank word at ``at`` is the "General" of a civilian office ("Inspector General
    Jane Doe", "Attorney General Doe"): the adjective of the office before it, no rank."""
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, at - 30):at])
    return bool(before) and text.startswith("General", at) and before.group(1).lower() in _GENERAL_COMPOUNDS
