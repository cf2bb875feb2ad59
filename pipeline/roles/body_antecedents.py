"""Whose "the army" is: a national body written with the definite article names the one the story
named before.

A wire story filed from a regional bureau names a country's body once with its country ("Sudan's
army", "the Sudanese military") and then writes it with "the" alone: "The army's spokesman,
Brig. X, said ...", "the military's chief of staff, Gen. Y". The definite article refers back to
the body already named (an anaphoric definite noun phrase), so the official serves that body's
country, not the country the story was filed from. Only the countries the resolver fell back on
(the dateline's or the publisher's) give way; a country the text states stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.countries import country as country_code
from ..knowledge.wordlists import phrase_alternation

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["generic_body_countries"]

_BODIES = f"(?:{phrase_alternation('roles', 'generic_state_bodies')})"
"""the common nouns of a state's forces and ministries (data: word_lists.json)"""
_GENERIC = re.compile(rf"^(?:the\s+)?(?P<b>{_BODIES})(?:['’]s)?\s", re.IGNORECASE)
"""A title that opens with a national body ("army's spokesman", "military chief"): the body's official."""
_BEFORE = re.compile(rf"\bthe\s+(?P<b>{_BODIES})(?:['’]s)?\s+(?:(?:top|chief|senior|new)\s+)?$", re.IGNORECASE)
"""The body written right before the title with "the" ("the army's spokesman", "the military's top general")."""
_NAMED = re.compile(rf"\b(?P<c>(?:[A-Z][\w.-]+\s+){{0,2}}[A-Z][\w.-]+?)(?:['’]s)?\s+(?P<b>(?i:{_BODIES}))\b")
"""A body named with its country or the country's adjective ("Sudan's army", "the Sudanese military").
The country words are capitalised (proper names and their adjectives); the body is matched in any case,
as in :data:`_GENERIC` and :data:`_BEFORE`: a story writes it as a name the first time ("Israel's
Defence Ministry", "the Israeli Army") and in lower case when it refers back ("the defence ministry's
spokesman")."""
_FALLBACK_SOURCES = frozenset({"dateline", "publisher"})


def _norm(body: str) -> str:
    return re.sub(r"\s+", " ", body.lower()).replace("defense", "defence")


def generic_body_countries(text: str, out: list["Candidate"]) -> None:
    """Give an official of "the army" (written with the definite article alone) the country of the
    last body of that kind the text named with its country before, when the resolver gave the
    official only the dateline's or publisher's country (in place).

    Args:
        text: ``doc.text``.
        out: The resolved candidates.
    """
    for c in out:
        if c.country_source not in _FALLBACK_SOURCES or c.counterpart or c.organization or c.title_start < 0:
            continue
        title = c.title
        m = _GENERIC.match(title)
        if m is None or text[max(0, c.title_start - 4):c.title_start].lower().strip() not in ("the", ""):
            m = _BEFORE.search(text, max(0, c.title_start - 40), c.title_start)
            if m is None:
                continue
        elif not re.search(r"\bthe\s+$", text[max(0, c.title_start - 5):c.title_start], re.IGNORECASE):
            continue  # "army chief X" without "the": no reference back
        kind = _norm(m.group("b"))
        code = None
        for named in _NAMED.finditer(text, 0, c.title_start):
            if _norm(named.group("b")) != kind:
                continue
            words = named.group("c").split()
            # the country words closest to the body ("the Sudanese army", "Sudan's army")
            for n in range(min(3, len(words)), 0, -1):
                hit = country_code(" ".join(words[-n:]))
                if hit:
                    code = hit
                    break
        if code and code != c.country:
            c.country, c.country_source = code, "institution"  # the body named with its country
