"""Whom aid goes to when the clause names no one: the one foreign country the report is about
at that point ("Floods have displaced thousands in Peru. ... Spain announced 10 million euros
in humanitarian aid", "Hurricane X hit Jamaica. Canada pledged $5 million in assistance").

Aid is always given to someone (PLOVER's AID has a target: who receives it). When the clause
does not say who, news and statements name the receiving country in the sentences just before
(or in the same sentence outside the clause). The rule takes that country only when it is the
only foreign country named in the nearest sentence that names one, within the trigger's
sentence and the two before it; with two or more, who receives the aid is not told and it
stays null. A nationality adjective counts only for people ("Sudanese refugees", "the
Sudanese"): on a thing ("the Chinese economy", "Russian gas", "German carmakers") it says where
the thing is from, not who is in need. The actor's own country is never its own aid's recipient here (spending at home
is left to :mod:`.talk`). Nor does the rule fire when the clause itself says who gets the aid
in a "to" or "for" phrase that no party was read from: a named body or person ("aid to the
World Food Programme", "support to a carmaker") or the giver's own people ("for local farmers",
"to its own regions", "for Australian farmers") receive it, not the country named nearby; so
too when its purpose is spending at home ("allocated the funds to replenish American stocks").

Pure helper of :mod:`.implied_recipients` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .context import Context, Party
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

AID_TYPES = frozenset({"AID"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
_NAMED_RECEIVERS = frozenset({"ORG", "PERSON"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "parataxis"})
"""dependencies that start another clause, whose phrases say nothing of this aid's receiver"""
HOME_WORDS = load().classes["home_beneficiary"]
PEOPLE_WORDS = load().classes["people_in_need"] | load().classes["displaced"]
WINDOW = 3
"""sentences searched: the trigger's own and the two before it"""


def nearby_aid_recipient(ctx: Context, tok: "Token", typ: str, actor: Party | None) -> Party | None:
    """The only foreign country named nearest before (or in the sentence of) an aid trigger
    with no recipient (rules in the module docstring).

    Args:
        ctx: The Doc's argument context.
        tok: The trigger token.
        typ: The event's PLOVER category.
        actor: The event's actor.

    Returns:
        That country, or None.
    """
    if typ not in AID_TYPES or actor is None or tok.i in ctx.quoted:
        return None
    own = actor.country or ctx.home_country
    if own is None or _told_receiver(ctx, tok, own):
        return None
    k = bisect_right(ctx.sent_starts, tok.i) - 1
    for n in range(k, max(k - WINDOW, -1), -1):
        lo = ctx.sent_starts[n]
        hi = ctx.sent_starts[n + 1] if n + 1 < len(ctx.sent_starts) else len(ctx.doc)
        found: dict[str, Party] = {}
        seen = set()
        for i in range(lo, hi):
            ent = ctx.entity_at.get(i)
            if ent is None or ent.label not in _COUNTRY_LABELS or id(ent) in seen or i in ctx.quoted:
                continue
            if ent.label == "NORP" and _provenance(ctx, i, ent):
                continue  # "the Chinese economy", "Russian gas": where a thing is from, no one in need
            seen.add(id(ent))
            party = ctx.party(ctx.doc[i])
            if party is None or party.country is None or party.country == own:
                continue
            found.setdefault(party.country, party)
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            return None
    return None


def _clause_tokens(tok: "Token") -> list["Token"]:
    """The tokens of the clause of ``tok`` (from its verb down, not into other clauses)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ not in _CLAUSE_DEPS:
        verb = verb.head
    out, todo = [], [verb]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in _CLAUSE_DEPS]
    return out


def _told_receiver(ctx: Context, tok: "Token", own: str) -> bool:
    """Whether the aid's clause names who receives it in a "to" or "for" phrase (a named body or
    person, or the giver's own people), or spends it at home by its purpose ("allocated the funds
    to replenish American stocks", "to support local schools"): module docstring."""
    clause = _clause_tokens(tok)
    for prep in clause:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ not in ("to", "for"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(_home(ctx, t, own) or getattr(ctx.entity_at.get(t.i), "label", None) in _NAMED_RECEIVERS
                   for t in obj.subtree):
                return True
    purposes = [c for t in clause for c in t.children if c.dep_ in ("xcomp", "advcl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return any(_home(ctx, t, own) for p in purposes for o in p.children if o.dep_ in ("dobj", "prep")
               for t in o.subtree)


def _home(ctx: Context, t: "Token", own: str) -> bool:
    """Whether ``t`` marks what it belongs to as the giver's own: a home word ("local",
    "domestic", "own") or a mention of the giver's own country ("American stocks")."""
    if t.lower_ in HOME_WORDS:
        return True
    ent = ctx.entity_at.get(t.i)
    if ent is None or ent.label not in _COUNTRY_LABELS:
        return False
    party = ctx.party(t)
    return party is not None and party.country == own


def _provenance(ctx: Context, i: int, ent: object) -> bool:
    """Whether the nationality mention starting at token ``i`` modifies a noun that is no
    people (module docstring)."""
    j = i
    while j + 1 < len(ctx.doc) and ctx.entity_at.get(j + 1) is ent:
        j += 1
    word = ctx.doc[j]
    if word.dep_ not in ("amod", "compound", "nmod") or word.head.i == word.i:
        return False
    return word.head.lemma_.lower() not in PEOPLE_WORDS and word.head.lower_ not in PEOPLE_WORDS
