"""Where an event happened: the place a phrase on the trigger names (PLOVER's location).

* "in/at/across <place>" on the trigger, its clause's verb, or its direct object ("signed a
  treaty in Washington"; not on a topic: "discussed the strikes in Ukraine" were not discussed
  there); "to <place>" for visits and deployments ("travelled to Hanoi") and for hosting
  ("welcomed X to the White House");
* on a time adverbial of the trigger ("met X September 24 at UN Headquarters", "on March 3 at
  ..."), where the parser may hang it;
* on the counterpart of a meeting ("met with Foreign Minister X in New Delhi": the parser hangs
  the place on the one met, but those met in a meeting are where the meeting is), or on the
  object's "of" complement ("hosted a delegation of lawmakers in the Oval Office");
* a seat of government or institution stands in its country ("at the White House", "in the
  Oval Office", "at the Kremlin": the institutions table of :func:`.titles.institution_country`);
* a venue that names no country itself may say where it is ("at UN Headquarters in New York",
  "at the Chancellery in Berlin").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .positions import prep_object
from .titles import institution_country
from .triggers import VIA_PARTICIPANT, Trigger, direct_object

if TYPE_CHECKING:
    from spacy.tokens import Token

TOPIC_VERBS = frozenset({"discuss"})
"""consultation verbs whose direct object is what was talked about; whom with is a "with" phrase or
the other member of the pair that talked"""
_AT = ("in", "at", "across", "through", "near")
"""prepositions of where an act happens ("marched through central Nairobi", "clashed near Kherson")"""
_TO = ("in", "at", "across", "through", "near", "to")
_NP_WORDS = frozenset({"compound", "amod", "det", "nmod", "nummod"})


def location(ctx: Context, trig: Trigger) -> Party | None:
    """The place an event happened (a party whose ``country`` is its ISO3), or None."""
    tok = trig.token
    heads = [tok]
    if trig.clause is not None and trig.clause.i != tok.i and trig.via != VIA_PARTICIPANT:
        heads.append(trig.clause)
    obj = direct_object(tok) if tok.pos_ == "VERB" else None
    if trig.destination and obj is not None:  # "visited Hanoi"
        where = ctx.place(obj)
        if where is not None:
            return where
    if obj is not None and tok.lemma_.lower() not in TOPIC_VERBS:
        heads += [obj, *obj.conjuncts]  # ("welcomed X, Y and their delegation to the White House")
    if trig.type == "CONSULT":  # those met are where the meeting is (not so the praised: "praised
        # the dedication of their staff in Kabul" was not said in Kabul)
        # "met with X in New Delhi": on the one met
        heads += [p for h in heads[:2] for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in [prep_object(c)] if p is not None]
        # "hosted a delegation of lawmakers in the Oval Office": on the object's "of" complement
        heads += [p for h in heads[1:] for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in [prep_object(c)] if p is not None]
    # "met X September 24 at UN Headquarters", "met X on March 3 at ...": the parser may hang
    # the place on the time adverbial beside it
    heads += [t for h in heads[:2] for c in h.children for t in (
        [c] if c.dep_ == "npadvmod" else [prep_object(c)] if c.dep_ == "prep" and c.lower_ == "on" else [])
        if t is not None and _is_date(ctx, t)]
    words = _TO if trig.destination or trig.host else _AT
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in words:
                where = _place(ctx, prep_object(c), nested=True)
                if where is not None:
                    return where
    return None


def _is_date(ctx: Context, tok: "Token") -> bool:
    at = ctx.raw[tok.i][0]
    return any(lo <= at < hi for _, lo, hi in ctx.dates)


def _place(ctx: Context, tok: "Token | None", nested: bool) -> Party | None:
    """The place ``tok`` names: a place entity, a seat of government, or (once) a place named
    on it ("UN Headquarters in New York")."""
    if tok is None:
        return None
    where = ctx.place(tok)
    if where is not None:
        return where
    words = [c for c in tok.children if c.dep_ in _NP_WORDS and c.i < tok.i] + [tok]
    name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    code = institution_country(name)
    if code is not None:  # (a seat stands in its country: no entity, the country's code as name)
        return Party(entity=None, country=code, token=tok, name=code)
    if nested:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in _AT:
                where = _place(ctx, prep_object(c), nested=False)
                if where is not None:
                    return where
    return None
