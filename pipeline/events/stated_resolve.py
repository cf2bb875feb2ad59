"""A stated resolve to act, or an announced continuation of an act: AGREE by the party stating it.

"He reaffirmed the readiness of the United States to provide assistance", "The minister reaffirmed
her country's willingness to ease the restrictions", "The leaders expressed their determination
to work together", "The two ministers announced the resumption of naval talks", "She confirmed
the continuation of joint exercises with X". A verb of stating one's own course (affirm, confirm,
express, announce ...) whose object is a disposition to act (willingness, readiness,
determination, resolve, intent) with a to-infinitive of a cooperative act, or the continuation or
resumption of a cooperative act, states a promise: PLOVER codes cooperative acts stated as intended
as AGREE (CAMEO 03 "express intent to cooperate"), and the project's harmonised convention codes
"affirmed their resolve to continue supporting X" as AGREE. The trigger is the stating verb; its
subject is the actor.

Left out: a disposition with no verb of an act ("commitment to Article 5" is the lexicon's own
noun, support for a principle), an act that is not cooperative ("readiness to respond",
"determination to retaliate": conflictual acts keep their type and are no promise), a resolve
whose act is already a trigger of its own, passives and modifiers of the stating verb (nobody
states), and anything the extractor's filters find negated, conditional or hypothetical.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..syntax import found_tokens
from .filters import COOPERATIVE
from .intended_acts import act_verbs, hostile_object, object_kind, relation_act
from .lexicon import load
from .triggers import VIA_SELF, Trigger
from .voice import lemma_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PROMISED = COOPERATIVE | {"AGREE"}
_JOINT = load().classes["joint"]
_PARTY_PREPS = frozenset({"to", "with", "for", "alongside"})
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("pipeline.data").joinpath("stated_resolve.json").read_text("utf-8"))
    return {k: frozenset(v["words"]) for k, v in raw.items() if isinstance(v, dict)}


@lru_cache(maxsize=1)
def _cue() -> "re.Pattern[str]":
    """A text search for the object nouns first: most stories state no resolve. Lower case and
    no word boundaries keep the search cheap (a noun object is never capitalised mid-sentence);
    the token found is checked against the lists."""
    words = sorted(_table()["resolve_nouns"] | _table()["continuation_nouns"], key=len)
    stems = [w for w in words if not any(w != v and w.startswith(v) for v in words)]
    return re.compile("|".join(stems))


def _cooperative_verb(verb: "Token") -> bool:
    """Whether a verb names a cooperative act: a lexicon verb of a cooperative category (or with a
    preposition or object of one: "work with", "provide aid") or an act verb of intended_acts.json,
    through aspect verbs ("to continue supporting", "to keep working with")."""
    seen = 0
    while verb.lemma_.lower() in _table()["going_on_verbs"] and seen < 3:
        nxt = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            return False
        verb, seen = nxt, seen + 1
    lemma = verb.lemma_.lower()
    entry = load().verbs.get(lemma)
    if entry is not None and {entry.type, *entry.prep.values(), *entry.object.values()} & _PROMISED:
        return True  # ("to ease the restrictions": conceding, whatever the object names)
    return lemma in act_verbs() and not hostile_object(verb) and (object_kind(lemma) != "relation" or relation_act(verb))


cooperative_verb = _cooperative_verb
"""(public name for :mod:`.committed_states`)"""


def _cooperative_noun(noun: "Token") -> bool:
    """Whether a noun names a cooperative act (the lexicon's cooperative nouns, or joint work and
    contact: "collaboration", "communication", "talks")."""
    nouns = load().nouns
    for t in (noun, *noun.conjuncts):
        if any(c.dep_ == "amod" and c.lower_ in _JOINT for c in t.children):
            return True  # "the continuation of joint exercises" (a joint act is cooperation)
        for f in lemma_forms(t):
            if f in _table()["continued_acts"] or (f in nouns and nouns[f].type in _PROMISED):
                return True
    return False


def _infinitive(noun: "Token") -> "Token | None":
    """The to-infinitive of a disposition noun ("readiness ... to provide"), whether the parser
    hangs it on the noun or on the stating verb."""
    for c in (*noun.children, *noun.head.children):
        if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and c.i > noun.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def _of_object(noun: "Token") -> "Token | None":
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def stated_resolves(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """AGREE triggers of a stating verb whose object is a resolve to a cooperative act or the
    continuation of one.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    table = _table()
    out: list[Trigger] = []
    for noun in found_tokens(doc, _cue()):
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "conj") or noun.i in taken:
            continue  # (a resolve noun the lexicon codes itself: "expressed their determination to")
        verb = noun.head
        while verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN"):
            verb = verb.head  # "reaffirmed the commitment and readiness to ..."
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in table["stating_verbs"] or verb.i in taken or \
                verb.i in skip or verb.dep_ in ("amod", "acl") or any(
                c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        if not any(c.dep_ in ("nsubj", "csubj") for c in verb.children) and verb.dep_ != "conj":
            continue
        lemma = noun.lemma_.lower()
        particle = None
        resolve = lemma in table["resolve_nouns"] or noun.lower_ in table["resolve_nouns"]
        if not resolve and lemma not in table["continuation_nouns"]:
            continue  # ("unresolved", "intentional": a longer word found by the search)
        if resolve:
            act = _infinitive(noun)
            if act is None or not _cooperative_verb(act):
                continue
            # the other party is the act's ("readiness to provide aid to X", "to work with X"), not the
            # holder of the resolve ("the readiness of the United States", "Austria's willingness")
            particle = next((c for c in act.children if c.dep_ in ("prep", "dative") and c.lower_ in _PARTY_PREPS
                             and any(o.dep_ == "pobj" and o.ent_type_ in _PARTY_LABELS for o in c.children)), None)
        else:
            obj = _of_object(noun)
            if obj is None or not _cooperative_noun(obj):
                continue
        out.append(Trigger(token=verb, type="AGREE", entry=None, via=VIA_SELF, clause=verb, particle=particle,
                           theme_object=particle is None and lemma not in table["continuation_nouns"]))
        taken.add(verb.i)
    return out
