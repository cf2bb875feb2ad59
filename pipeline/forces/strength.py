"""Force sizes written as "N-strong": "the roughly 7,000-strong U.S. contingent", "a 900-strong
battalion", "the 1,200-strong Dutch contingent left Mali". The compound adjective gives a force's
head count; the noun it modifies is the force (its owner and place as for any force noun). The
quantities stage does not count "7,000-strong" (it is an adjective, not a counted noun), so the
force has no supporting quantity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import text as text_of
from ..numbers import CARDINALS, numeral_value
from ..tokenarrays import LOWER, token_indices
from .draft import Draft
from .owners import Voice, clause_owner, left_place, owner_codes, place_of
from .status import governing_verb, is_negated, is_unreal, status_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..entities import EntityIndex

# Nouns an "N-strong" adjective sizes as a military force (a "12-strong fleet" counts ships).
STRONG_BODIES = {"contingent": "troop", "force": "troop", "army": "troop", "brigade": "troop", "battalion": "troop",
                 "unit": "troop", "mission": "troop", "garrison": "troop", "division": "troop", "corps": "troop",
                 "regiment": "troop", "battlegroup": "troop", "detachment": "troop", "deployment": "troop",
                 "fleet": "ship", "flotilla": "ship", "squadron": "aircraft"}
_APPROXIMATE = frozenset({"about", "around", "roughly", "some", "approximately", "nearly", "almost", "estimated"})


def _size(tok: "Token") -> tuple[float | int | None, bool]:
    """Value and approximateness of the number before "strong" ("7,000", "five", "1.2 million")."""
    num = next((c for c in tok.children if c.pos_ == "NUM" or c.like_num), None)
    if num is None:
        return None, False
    value = numeral_value(num.text)
    if value is None:
        value = CARDINALS.get(num.lower_)
    scale = next((c for c in num.children if c.lower_ in ("thousand", "million")), None)
    if value is not None and scale is not None:
        value = value * (1000 if scale.lower_ == "thousand" else 1_000_000)
    approx = any(c.lower_ in _APPROXIMATE for c in num.children)
    return value, approx


def strong_forces(doc: "Doc", entities: "EntityIndex", voice: Voice) -> list[Draft]:
    """Forces sized by an "N-strong" adjective whose owner is known."""
    out: list[Draft] = []
    if "strong" not in text_of(doc).lower():
        return out  # the usual case: no token loop
    for i in token_indices(doc, LOWER, ("strong",)):  # the tokens "strong", without a loop over every token
        tok = doc[i]
        if tok.lower_ != "strong" or tok.dep_ != "amod" or tok.i == 0 or doc[tok.i - 1].text not in ("-", "‐", "–"):
            continue
        noun = tok.head
        unit = STRONG_BODIES.get(noun.lemma_.lower())
        if unit is None:
            continue
        size, approx = _size(tok)
        if not size or size < 2:
            continue
        verb = governing_verb(noun)
        if verb is not None and (is_negated(verb) or is_unreal(verb)):
            continue
        codes = set(owner_codes(doc, noun, entities, voice))
        owner = codes.pop() if len(codes) == 1 else clause_owner(doc, noun, verb, entities, voice)
        if owner is None:
            continue
        status = status_of(verb)
        location = place_of(doc, noun, entities, leaving=status == "withdrawn")
        if location is None and status == "withdrawn" and verb is not None:
            location = left_place(doc, verb, entities)  # "the 1,200-strong contingent left Mali"
        out.append(Draft(owner=owner, size=size, approximate=approx, unit=unit, location=location,
                         status=status, first=tok.idx))
    return out
