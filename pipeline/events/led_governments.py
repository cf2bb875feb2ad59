"""Whose government "this Administration" or "the Biden-Harris Administration" is.

A government's statement speaks of itself with a demonstrative ("this Administration has
delivered ...", "this government will not rest"): "this" points at the speaker's own, as "my
Administration" does, so the phrase is the home government as a whole (its ISO3, the guide's
actor for a government). English also names a government by its leader ("the Biden
administration", "the Biden-Harris Administration", "the Netanyahu government", "the Modi
government"): the leader's country is the actor, not the leader in person. The leader must be a
person the article names whose roles give a country; a name with no country (a party leader, a
company's chief) and a name inside quotation marks settle nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import folded_name_key, load_offices
from ..knowledge.wordlists import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

GOVERNMENT_WORDS = frozenset({"government", "administration"})
"""nouns naming a government as a whole (the lemma)"""
REGIME_NOUNS = word_set("entities", "regime_nouns")
"""nouns naming a government by its ruler as illegitimate ("the Assad regime": :mod:`pipeline.entities.regime_names`)"""
_DEMONSTRATIVES = frozenset({"this"})
"""determiners that point at the speaker's own government ("this Administration"; "that
government" points away from it and is left alone)"""


def led_government(ctx: "Context", tok: "Token") -> "Party | None":
    """The government a demonstrative or a leader's name before a government noun stands for.

    Args:
        ctx: The Doc's argument context (home country, entities, roles).
        tok: The head of a noun phrase.

    Returns:
        A Party with the country's ISO3 as its name, or None.
    """
    from .context import Party  # (context imports this module)

    regime = tok.lower_ in REGIME_NOUNS
    if tok.lemma_.lower() not in GOVERNMENT_WORDS and not regime or tok.i in ctx.quoted:
        return None
    if ctx.home_country and any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in tok.children):
        return Party(entity=None, country=ctx.home_country, token=tok, name=ctx.home_country)
    leaders = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
    leaders += [g for c in leaders for g in c.children if g.dep_ in ("compound", "conj", "punct") and g.pos_ == "PROPN"]
    countries = set()
    for c in leaders:
        ent = ctx.entity_at.get(c.i)
        if ent is None or ent.label != "PERSON":
            continue
        code = ctx._country(ent, [], []) or (_table_country(ent.name) if regime else None)
        if code is None:
            return None  # a named leader of no known government: not settled
        countries.add(code)
    if len(countries) != 1:
        return None
    code = countries.pop()
    return Party(entity=None, country=code, token=tok, name=code)


def regime_ruler(head: "Token", tok: "Token", entity_at: dict) -> bool:
    """Whether ``tok``, a token of the phrase headed by ``head``, is the ruler's name right before a
    regime noun ("the Assad regime conducted an attack", "the Assad regime's forces attacked"): the
    regime acts, a government, not the man in person, so the name is no party of the phrase (the
    country is read as for "the regime" alone)."""
    ent = entity_at.get(tok.i)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (the regime heads the phrase, or owns its head: "the Assad regime's forces attacked")
    return nxt is not None and nxt.lower_ in REGIME_NOUNS and nxt.i <= head.i and ent is not None and ent.label == "PERSON"


def _table_country(name: str) -> str | None:
    """The one country the office-holder table gives a ruler of this name, on any date ("Erdogan":
    TUR); None when it lists none or several ("Kim")."""
    rows = load_offices().holders_named(folded_name_key(name))
    countries = {h.country for h in rows if h.country}
    return countries.pop() if len(countries) == 1 else None
