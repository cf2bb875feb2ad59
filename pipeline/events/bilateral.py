"""The other side of a two-sided relation a promise is about.

"reaffirmed the U.S. commitment to the U.S.-Chile Mutual Defense Treaty", "affirmed her commitment
to deepening the alliance between Norway and the United States": the promise names no one as its
object, but the relation it upholds has two sides, and one of them is the promiser's own. PLOVER's
AGREE is aimed at whom the commitment is made to: the other side of the alliance, partnership or
treaty (as the development gold codes these readouts). Only a relation noun counts, and only when
the promiser's side is known, so that the remaining side is unambiguous.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from .context import Context, Party
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATION_NOUNS = load().classes["standing_relation"]
"""nouns naming a standing relation between two parties ("the alliance between A and B", "the
A-B partnership"); a plan or a law has no second side"""
_PROMISED_PREPS = frozenset({"to", "for"})
_HYPHENS = ("-", "\u2013")


def _relation_nouns(tok: "Token") -> list["Token"]:
    """Nouns a promise ``tok`` is to: the object of its to/for ("commitment to the treaty"), the
    object of a verb there ("commitment to deepening the alliance"), or of an infinitive on it
    ("commitment to strengthen the partnership")."""
    out: list["Token"] = []
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "acl")]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _PROMISED_PREPS:
            for g in prep.children:
                if g.dep_ == "pobj":
                    out.append(g)
                elif g.dep_ == "pcomp":
                    acts.append(g)
    for act in acts:
        out += [c for c in act.children if c.dep_ == "dobj"]
    # "reaffirmed the alliance between A and B", "affirmed the strength of the partnership between
    # A and B": the relation affirmed is the verb's own object (or that object's "of")
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        out += [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
    return [n for n in out if n.lemma_.lower() in RELATION_NOUNS or n.lower_ in RELATION_NOUNS]


def _own_side(ctx: Context, actor: Party) -> str | None:
    return actor.country or ctx.home_country


def _between(ctx: Context, noun: "Token", own: str) -> Party | None:
    """ "the alliance between A and B": the member that is not the promiser's country."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        members = [g for g in prep.children if g.dep_ == "pobj"]
        members += [c for m in members for c in m.conjuncts]
        parties = [p for m in members for p in [ctx.party(m)] if p is not None and p.country]
        if len(parties) == 2 and own in {p.country for p in parties}:
            return next((p for p in parties if p.country != own), None)
    return None


def _hyphenated(noun: "Token", own: str) -> Party | None:
    """ "the U.S.-Chile treaty": a hyphenated pair of country names before the noun."""
    countries = load_countries()
    for t in noun.doc[noun.left_edge.i:noun.i]:
        text = t.text
        for h in _HYPHENS:
            if h in text:
                parts = text.split(h)
                if len(parts) != 2:
                    continue
                codes = [countries.country(p) for p in parts]
                if all(codes) and codes[0] != codes[1] and own in codes:
                    other = codes[1] if codes[0] == own else codes[0]
                    return Party(entity=None, country=other, token=t, name=other)
    return None


def relation_side(ctx: Context, tok: "Token", actor: Party) -> Party | None:
    """The other side of the relation a promise upholds, or None.

    Args:
        ctx: the document context.
        tok: the promise trigger ("commitment", "pledged").
        actor: who promises; its country (or the document's home country) is one side.

    Returns:
        The other side as a party (a country as a whole for a hyphenated pair), or None when no
        relation noun names two sides of which one is the promiser's.
    """
    own = _own_side(ctx, actor)
    if own is None:
        return None
    for noun in _relation_nouns(tok):
        side = _between(ctx, noun, own) or _hyphenated(noun, own)
        if side is not None:
            return side
    return None
