"""A strike by workers is a labour strike: "a strike by Kenyan doctors", "the 48-hour strike by
rail workers" (PLOVER PROTEST modes strike-gen, strike-lim). The noun's entry types a strike
by its modifiers, its subject and its light verb ("went on strike"); its by-phrase names the
strikers in the same way, and a military strike is "by" an air force or a country, never by a
trade.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .verbparts import counted_members

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon

_STRIKE_NOUNS = frozenset({"strike", "walkout", "stoppage"})


def labour_strike(noun: "Token", lex: "Lexicon") -> bool:
    """Whether a strike noun's by-phrase names workers or a crowd ("a strike by nurses",
    "a strike by thousands of dockers")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _STRIKE_NOUNS:
        return False
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            who = counted_members(obj)
            forms = {who.lemma_.lower(), who.lower_}
            if any(lex.in_class(f, "labour") for f in forms) or forms & lex.unnamed_crowd:
                return True
    return False
