"""Trigger words read in a sense that reports no political event (review 16 findings).

Each is a rule of English usage, with its words in the lexicon's classes
(``pipeline/data/event_triggers.json``):

- an army's "march" begun, started or led is an advance, not a protest march ("Israeli forces
  began their march on Rafah"; "thousands of troops started the march toward the border"): the
  subject or possessor is a force (``advancing_force``);
- "control" tightened or imposed is a sanction only as a restriction on trade or money ("export
  controls", "capital controls": ``controlled_trade``) or imposed "on" a named party; "tightened
  control over the media" is rule over one's own ground;
- a promise to destroy one's own things ("pledged to destroy its chemical weapons stockpile")
  disarms, it threatens no one; "destroy" threatens a named party or forces ("vowed to destroy
  Hamas", "... the enemy's troops");
- a consultation with the press is news gathering: a verb of contact or talk whose subject or
  other party is a news organisation or a journalist ("Reuters reached out to the Kremlin",
  "sat down with CNN's Jake Tapper"), or done "for comment" / "for an interview";
- a passive participle right after the noun it describes is a reduced relative clause ("the
  release of all Americans wrongfully detained and held hostage abroad"), though the parser may
  coordinate it with the main verb before the noun: with no subject, object or auxiliary of its
  own it reports no act of the main verb's subject (who did it is not said).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import load
from .triggers import VIA_LIGHT, VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=None)
def _classes(*names: str) -> frozenset[str]:
    """The union of the lexicon's word classes ``names`` (built once per combination)."""
    lex = load()
    return frozenset().union(*(lex.classes[n] for n in names))


def _in(tok: "Token", words: frozenset[str]) -> bool:
    """The token's lemma or form is in ``words`` (a capitalised name's lemma may stay plural)."""
    low = tok.lower_
    return tok.lemma_.lower() in words or low in words or (low.endswith("s") and low[:-1] in words)


def misread(trig: Trigger) -> bool:
    """Whether a trigger is one of the misreadings of the module docstring."""
    tok = trig.token
    lemma = tok.lemma_.lower()
    if trig.type == "PROTEST" and lemma == "march" and trig.via == VIA_LIGHT:
        return _advance(tok, trig.clause)
    if trig.type == "SANCTION" and lemma == "control":
        return not _trade_control(tok)
    if trig.type == "THREATEN" and trig.via == VIA_SELF:
        return _own_disarmament(tok)
    if trig.type == "CONSULT" and trig.via == VIA_SELF and tok.pos_ in ("VERB", "AUX"):
        return _press_contact(tok)
    return trig.via == VIA_SELF and reduced_relative(tok)


_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def reduced_relative(verb: "Token") -> bool:
    """Whether a past form the parser coordinated with an earlier verb follows the noun it describes
    ("had no higher priority than ... all Americans wrongfully detained and held hostage"): nothing
    but adverbs between the noun and it, the noun inside the earlier verb's phrase, and no subject,
    object or auxiliary of its own. A conjunct of such a participle is one too ("and held hostage")."""
    while verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
        head, k = verb.head, verb.i - 1
        while k > head.i and verb.doc[k].tag_ == "RB":
            k -= 1
        noun = verb.doc[k]
        if k > head.i and noun.tag_ in ("NNS", "NNPS") and noun.head.i != verb.i and head in noun.ancestors \
                and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return True
        if head.dep_ != "conj" or noun.lower_ not in ("and", "or"):
            return False
        verb = head
    return False


def _advance(noun: "Token", verb: "Token | None") -> bool:
    """Whether a march's possessor or its light verb's subject is a force ("their" forces
    included: the subject is who "their" refers to)."""
    force = _classes("advancing_force")
    who = [c for c in noun.children if c.dep_ == "poss"]
    if verb is not None:
        who += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for w in who:  # ("thousands of Russian troops": the "of" phrase says who)
        heads = [w] + [g for p in w.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                       if g.dep_ == "pobj"] + [c for c in w.children if c.dep_ == "compound"]
        if any(_in(h, force) for h in heads):
            return True
    return False


def _trade_control(noun: "Token") -> bool:
    """Whether "control(s)" is a trade or money restriction or is imposed on a named party."""
    kinds = _classes("controlled_trade")
    if any(c.dep_ in ("compound", "amod", "nmod") and _in(c, kinds) for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_) for g in c.children) for c in noun.children)


def _own_disarmament(verb: "Token") -> bool:
    """Whether a promise's infinitive destroys the subject's own things ("its stockpile"), or
    "destroy" has an object that is neither named nor a force."""
    own, reprisal = _classes("own_possessive"), _classes("reprisal")
    targets = _classes("force", "personnel", "advancing_force")
    for xc in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in reprisal):
        obj = next((c for c in xc.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        if any(c.dep_ == "poss" and c.lower_ in own for c in obj.children):
            return True  # "pledged to destroy its chemical weapons"
        if xc.lemma_.lower() == "destroy" and obj.pos_ != "PROPN" and not obj.ent_type_ and not _in(obj, targets):
            return True  # "vowed to destroy the evidence": no party threatened
    return False


def _press_contact(verb: "Token") -> bool:
    """Whether a consultation verb's subject or other party is the press, or it is done for comment."""
    outlets, purposes = _classes("news_outlet"), _classes("press_purpose")
    parties = [c for c in verb.children if c.dep_ == "nsubj"]
    for p in verb.children:
        if p.dep_ == "prep":
            if p.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in purposes for g in p.children):
                return True  # "reached out to X for comment"
            parties += [g for g in p.children if g.dep_ == "pobj"]
    parties += [c for c in verb.children if c.dep_ == "dobj"]
    for party in parties:  # the head names who ("The Washington Post", "Reuters"); a possessor
        # whose person it is ("CNN's Jake Tapper"); compounds are left ("Guardian Council")
        if _press_party(party, outlets) or any(c.dep_ == "poss" and _in(c, outlets) for c in party.children):
            return True
    return False


def _press_party(party: "Token", outlets: frozenset[str]) -> bool:
    """Whether ``party`` is a news outlet or a journalist. A "host" is one only when its phrase says
    broadcasting ("the talk show host", "the host of a radio programme", "CNN's host"): otherwise it
    is who receives a visit or a summit ("our hosts for the summit"), a party to the meeting."""
    if party.lemma_.lower() != "host" and party.lower_ != "hosts":
        return _in(party, outlets)
    cues = _classes("broadcast_cue", "news_outlet") - {"host"}
    return any(_in(t, cues) for t in party.subtree if t.i != party.i)
