"""Who a word stands for when the clause does not name him: references an event's actor is
read from (:mod:`.arguments` uses them).

* the object of a praise verb does the act of its "for" gerund ("thanked X for hosting");
* "its" before an event noun is the nearest country or organisation named before it;
* a by-phrase the parser hangs on an event noun's "of" object is the noun's agent;
* "we" of a joint statement is the pair its opening sentences name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .lexicon import load
from .triggers import lemma_forms

if TYPE_CHECKING:
    from spacy.tokens import Token


def _pobj(prep: "Token") -> "Token | None":
    """The object of a preposition."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def for_controller(prep: "Token") -> "Token | None":
    """Who does the gerund of a "for" phrase on a verb of praise: its object ("thanked X for
    hosting the summit", "commended X for leading the talks"; object control, as in English
    generally). Praise takes the act as done; blame and punishment ("blamed X for shelling the
    port", "arrested X for organising the protest") only allege it, and "called for ending the
    war" asks for it: their gerunds name no actor. A second "for" coordinated with the first
    ("for hosting ... and for attending ...") hangs on the same verb."""
    while prep.dep_ == "conj" and prep.head.lower_ == "for":
        prep = prep.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    entries = load().verbs
    if not any((e := entries.get(f)) is not None and e.type == "SUPPORT" for f in lemma_forms(verb)):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def its_antecedent(ctx: Context, its: "Token") -> "Token | None":
    """The country or organisation "its" stands for before an event noun: the nearest one
    named before it in its sentence ("sanctions on Russia for its attack on Ukraine", "Canada
    said its troops would stay"); English "its" takes a singular non-person antecedent, and the
    nearest such name is the usual one. None when the sentence names none before it."""
    for i in range(its.i - 1, its.sent.start - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is not None and ent.label in ("GPE", "ORG"):
            return its.doc[i]
    return None


def by_on_of_object(noun: "Token") -> "Token | None":
    """The by-agent of "the seizure of the tanker by Iran", "the bailout of the insurer AIG by
    the Federal Reserve": the small model hangs "by" on the "of" object (or its apposition), but
    a by-phrase right on the object of an event noun names who did the act."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = _pobj(of) if of is not None else None
    if obj is None:
        return None
    for head in (obj, *(c for c in obj.children if c.dep_ == "appos")):
        for c in head.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                return _pobj(c)
    return None


WE = frozenset({"we", "us"})
"""first-person plural subjects :func:`signatories` resolves"""
OPENING_SENTENCES = 3
"""how far into a text a joint statement names who signs it"""


def signatories(ctx: Context, we: "Token") -> tuple[Party, Party, int] | None:
    """Who "we" are in a text with no author, no home country and no speaker turn: a joint
    statement opens by naming its parties together ("Australia, the United Kingdom and the
    United States announced ...", "Today, the leaders of A, B and C met ... We reaffirmed ..."),
    so "we" is the first pair the text names in its opening sentences (the first member is the
    actor, the second the other side of a joint act, as for "they"). None when the opening
    names no pair."""
    if we.i in ctx.quoted or not ctx.pairs:
        return None
    at, first, second = ctx.pairs[0]
    if at >= we.i:
        return None
    doc = we.doc
    limit = len(doc)
    for k, sent in enumerate(doc.sents):
        if k == OPENING_SENTENCES:
            limit = sent.start
            break
    if at >= limit:
        return None
    # the first two parties of that kind the sentence names, in text order: the parser may pair
    # the second and third of a list ("Prime Minister A of X, Prime Minister B of Y, and
    # President C of Z")
    named: list[Party] = []
    for t in doc[at].sent:
        ent = ctx.entity_at.get(t.i)
        nxt = ctx.entity_at.get(t.i + 1) if t.i + 1 < len(doc) else None
        if ent is None or ent.label != first.label or nxt is ent or any(p.entity is ent for p in named):
            continue  # (one party per entity, looked up at the last token of its mention)
        party = ctx.party(t)
        if party is not None and party.entity is ent:
            named.append(party)
        if len(named) == 2:
            return named[0], named[1], at
    return first, second, at
