"""A weapon system's name the model took for a person's: "Javelin and Stinger missiles".

Aid announcements list weapons by their system names ("Patriot missile batteries", "Javelin and
TOW launchers"); written capitalised and alone, the model tags some as people. A word
of the counted-equipment lexicon (``units.json`` ``equipment``: "javelin", "stinger", "patriot",
"himars") followed by a noun of equipment or of a formation ("missile", "system", "battery"),
at once or as the common noun ending a short list of systems ("Stinger and TOW anti-armour
systems"), names the weapon, not a person: English names a person before no such noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.units import tables

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

__all__ = ["weapon_name"]

_LIST_WORDS = frozenset({"and", "or", ",", "-", "/"})
_REACH = 6  # tokens of a short list of systems before its shared noun


def _equipment_noun(tok: "Token") -> bool:
    """A noun of equipment or of a military formation, in the singular or the plural."""
    t = tables()
    low, lemma = tok.lower_, tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and any(w in t.equipment or w in t.formations for w in (low, lemma))


def weapon_name(span: "SpacySpan") -> bool:
    """True when the one-word PERSON span (or that word with lower-case modifiers the model ran on:
    "Javelin anti-tank") is an equipment word followed by an equipment noun (module docstring),
    directly or after a list of other systems joined by "and" or commas.

    Args:
        span: The PERSON span.
    """
    if span[0].lower_ not in tables().equipment or len(span) > 1 and not all(
            t.is_lower or t.text == "-" for t in span[1:]):
        return False  # (a lower-case modifier the model ran on: "Javelin anti-tank | missiles")
    doc, e = span.doc, span.end
    if e < len(doc) and _equipment_noun(doc[e]):
        return True  # "Patriot missile systems", "a Patriot battery"
    if e >= len(doc) or doc[e].lower_ not in _LIST_WORDS:
        return False
    for k in range(e + 1, min(len(doc), e + 1 + _REACH)):
        if doc[k].is_punct and doc[k].text not in _LIST_WORDS or doc[k].is_space:
            return False
        if _equipment_noun(doc[k]) and doc[k].pos_ == "NOUN":
            return True  # "Stinger and TOW launchers": a common noun shared by the list
    return False
