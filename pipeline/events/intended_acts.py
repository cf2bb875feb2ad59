"""Cooperative acts announced as intended, planned or decided: AGREE by the party that will act.

PLOVER codes a cooperative act reported in the future as AGREE ("All cooperative actions reported
in future tense are also taken to imply intentions"; CAMEO 03 "express intent to cooperate"), and
the project's harmonised convention does so for "will", "is going to", "plans to", "intends to",
a reported "would" and "the decision to": "Chile will adopt a common policy with Peru", "Chile
plans to sell Peru three patrol boats", "the ministry said it would send instructors to Ghana".
Many such verbs (adopt, sell, extend, conduct, train ...) are no event trigger on their own: done,
they are trade or policy; announced towards another party, they are a promise to cooperate.

Two mechanisms:

- :func:`intended_acts`: a verb of the class in ``intended_acts.json`` (each with its CAMEO 03 /
  PLOVER source) under such a frame (also "will continue to", and the items of a list led in by
  "X will:"), with a named actor and another party named where it is written: an indirect
  object (or, for "train", "help", "provide X with", the object), a "with", "to", "for", "from",
  "between" phrase or "in partnership with", a co-subject ("X and Y will jointly buy"), an
  "in"/"at" place abroad, or a joint object ("a joint study", "a common policy"). It yields an
  AGREE trigger. No other side: a programme for one's own people or a place at home
  (:mod:`.ownprogrammes`), the home country's people, two bodies of no known country. A company's
  sale is business (:mod:`.commerce`); troops, bases and headquarters are a posture (MOBILIZE).
- :func:`planned_head`: "plans to" and "intends to" make the lexicon's filters read an act as a
  mere intention; a cooperative act so announced (``plan_verbs``, ``plan_nouns``) is the promise
  the convention codes, as "will" is. The extractor keeps it (:func:`planned_factual`) when the
  planning clause itself is factual (not negated, conditional or hypothetical) and the act names
  a party besides the planner, and codes it AGREE; :func:`planner` gives the actor of "X
  announced plans to ...", "the decision by X to ...".

Negation, questions, conditions and modal possibility ("could", "might", a "would" that is not a
reported "will") are left out, as the guide requires.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LEMMA, POS
from .aid_beneficiary import owner_words
from .arguments import subject_token
from .lexicon import load
from .relation_acts import intended_table, relation_object
from .filters import (COOPERATIVE, FUTURE_AUX, FUTURE_HEADS, has_modal, has_negation, is_conditional, reported_future,
                      unreal_noun)
from .triggers import VIA_LIGHT, VIA_OWN, VIA_SELF, Trigger
from .voice import lemma_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context, Party


_table = intended_table  # the one reading of intended_acts.json (:mod:`.relation_acts`)


@lru_cache(maxsize=1)
def act_verbs() -> frozenset[str]:
    """Lemmas of the cooperative and material acts of ``intended_acts.json``."""
    return frozenset(_table()["act_verbs"])


def relation_act(verb: "Token") -> bool:
    """Whether ``verb`` is an act verb of the ``relation`` kind with a relation as its object ("deepen our
    partnership"; :mod:`.relation_acts`); the other act verbs are cooperative by themselves."""
    return object_kind(verb.lemma_.lower()) == "relation" and relation_object(verb) is not None


def object_kind(lemma: str) -> str:
    """What the direct object of an act verb names: "theme", "party" or "thing" (the data's ``object``)."""
    return _table()["act_verbs"].get(lemma, {}).get("object", "theme")


@lru_cache(maxsize=1)
def _posture() -> tuple[frozenset[str], frozenset[str]]:
    spec = _table()["posture_objects"]
    return frozenset(spec["words"]), frozenset(spec["military_modifiers"])


def posture_object(verb: "Token") -> bool:
    """Whether the act's direct object is a military posture ("send troops", "establish a
    headquarters", "a military presence"): MOBILIZE, kept as it is, not a promise to cooperate."""
    words, mods = _posture()
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        if any(f in words for f in lemma_forms(o)) or any(
                c.dep_ in ("amod", "compound") and c.lower_ in mods for c in o.children):
            return True
    return False


@lru_cache(maxsize=1)
def _hostile() -> tuple[frozenset[str], frozenset[str]]:
    spec = _table()["hostile_objects"]
    return frozenset(spec["types"]), frozenset(spec["words"])


def hostile_object(verb: "Token") -> bool:
    """Whether the act's direct object is a hostile act ("will give Israel a harsh response",
    "will deliver a crushing blow"): a threat, not a promise to cooperate (data:
    ``hostile_objects``, with the lexicon's event nouns of those types)."""
    types, words = _hostile()
    nouns = load().nouns
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        for t in (o, *o.conjuncts):
            forms = lemma_forms(t)
            if any(f in words or (f in nouns and nouns[f].type in types) for f in forms):
                return True
    return False


@lru_cache(maxsize=1)
def plan_verbs() -> frozenset[str]:
    return frozenset(_table()["plan_verbs"])


@lru_cache(maxsize=1)
def plan_nouns() -> frozenset[str]:
    return frozenset(_table()["plan_nouns"])


DECIDED = load().classes["decided_word"]
"""(data: event_triggers.json) plan words the lexicon's filters already read as an act decided ("decided to send aid": AID)"""
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_MISPARSED_LABELS = frozenset({"GPE", "ORG"})
"""a country or body named right after the verb inside the object ("sell Australia three X" parsed as
"Australia three X"): the indirect object; a person's first name there is part of the object"""
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_HELD_OWNER_DEPS = frozenset({"amod", "compound", "poss"})
"""the modifiers of :func:`.aid_beneficiary.owner_words` read here (a nominal modifier is left out)"""
_PARTY_PREPS = frozenset({"with", "to", "for", "from", "between", "among", "alongside"})
"""prepositions whose object is the other party ("a common policy with X", "sell to X", "from X")"""
_PLACE_PREPS = frozenset({"in", "at", "into", "across"})
"""prepositions whose object is where the act happens: counts when the place is abroad"""
_JOINT = load().classes["joint"] | load().classes["shared_holding"]
"""modifiers of the object that make it an act with others ("a joint study", "a common policy"; data:
event_triggers.json ``joint`` and ``shared_holding``)"""
_GOING = frozenset({"going", "gon"})
_PARTNER_NOUNS = load().classes["partner_noun"]
"""(data: event_triggers.json) nouns of "in partnership with X", "in coordination with X": X is the other party"""
ANNOUNCING = load().classes["announcing_verb"]
"""(data: event_triggers.json) verbs whose subject is the one who plans or decides: "X announced plans to", "made the decision to",
"shared their intent to", "set out plans to" """


def _frame_head(verb: "Token") -> "Token | None":
    """The word announcing ``verb`` as intended, planned or decided: the verb itself for a
    future auxiliary or a reported "would", "plan"/"intend"/"decide" or "is set/due/going to" of
    which it is the infinitive, the noun of "the decision/plan to"; None otherwise."""
    cur = verb
    for _ in range(5):  # "will adopt X and establish Y": the second verb shares the first's frame
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in cur.children) or reported_future(cur):
            return cur
        head = cur.head
        if cur.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            forms = lemma_forms(head)
            if any(f in plan_verbs() for f in forms):
                return head
            if any(f in FUTURE_HEADS for f in forms) and (head.lemma_.lower() != "go" or head.lower_ in _GOING):
                return head  # "is set/due/going to"
            if "continue" in forms:
                cur = head  # "will continue to train X": the frame of "continue"
                continue
            return None
        if cur.dep_ == "acl" and planner(cur) is not None:
            return head  # "X's decision to ...", "announced plans to ..."
        if cur.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children) or head.i == cur.i:
            return None
        cur = head
    return None


def planned_head(verb: "Token") -> "Token | None":
    """The "plan"/"intend" verb or the "plan"/"intention" noun of which ``verb`` is the
    infinitive ("Chile plans to host talks", "announced plans to provide aid"), else None: the
    frames the lexicon's filters read as a mere intention."""
    if verb.dep_ not in ("xcomp", "acl", "conj"):
        return None  # (only an infinitive or its conjunct has a planning head)
    head = _frame_head(verb)
    if head is None or head.i == verb.i or any(f in DECIDED for f in lemma_forms(head)):
        return None
    forms = lemma_forms(head)
    return head if any(f in plan_verbs() or f in plan_nouns() for f in forms) else None


def _unreal(verb: "Token", head: "Token") -> bool:
    """Negated, questioned, conditional or merely possible ("will not sell", "could sell")."""
    root = verb
    while root.head.i != root.i:
        root = root.head
    end = root.right_edge.i  # (the sentence's last word or its final mark: cheaper than ``Token.sent``)
    if any(t.text == "?" for t in verb.doc[end:end + 2]):
        return True
    for tok in {verb, head}:
        if has_negation(tok) or is_conditional(tok) or (has_modal(tok) and not reported_future(tok)
                                                         and not any(c.lower_ in FUTURE_AUX for c in tok.children)):
            return True
    return False


def _other(ctx: "Context", tok: "Token", actor: "Party") -> bool:
    """Whether ``tok`` names (a name written there, not "the institution" or "them") a party
    other than the actor and the actor's own country."""
    if tok.i not in ctx.entity_at:
        return False
    party = ctx.party(tok)
    if party is None or party.entity is None or party.entity.label not in _PARTY_LABELS:
        return False
    if not any(ch.isupper() for ch in party.entity.name):
        return False  # ("the state senate": a common noun taken for a name)
    if actor.entity is not None and party.entity is actor.entity:
        return False
    if actor.country is None and party.country is not None and party.country == ctx.home_country:
        return False  # ("Google will help 100,000 Americans" in a US statement): the home side
    if party.country is None and actor.country is None and party.label == "ORG" and actor.label == "ORG":
        return False  # ("the Office of X and the Y Foundation will develop ..."): two bodies of no known side
    return not (actor.country and party.country == actor.country)


def _abroad(ctx: "Context", tok: "Token", actor: "Party") -> bool:
    ent = ctx.entity_at.get(tok.i)
    return (ent is not None and ent.label in _PLACE_LABELS and actor.country is not None and ent.country is not None
            and ent.country != actor.country)


def _party_tokens(ctx: "Context", verb: "Token", actor: "Party") -> list["Token"]:
    """The words naming the other party of the act, nearest first: an indirect or direct
    object, a party phrase ("with", "to", "for" ...) or a place abroad ("in", "at"), on the verb
    or on its object ("a common policy with X", "its mission in Y", "a presence at the embassy
    in Z")."""
    objs = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    kind = object_kind(verb.lemma_.lower())
    party_object = kind == "party" or (kind == "theme" and any(c.dep_ == "prep" and c.lower_ == "with"
                                                             for c in verb.children))
    # ("train X's pilots", "provide X with Y"; not "sell X", "adopt X")
    out = [o for o in sorted(objs, key=lambda o: o.dep_ != "dative") if (o.dep_ == "dative" or party_object)
           and _other(ctx, o, actor)]
    if party_object:  # "train Ukrainian pilots", "equip Ukraine's forces": whose people; "help X rebuild"
        helped = [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
        out += [c for o in objs + helped for c in ([o] if o in helped else []) + owner_words(o, _HELD_OWNER_DEPS)
                if _other(ctx, c, actor)]
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.dep_ in ("nmod", "compound") and _other(ctx, nxt, actor) and any(
            nxt in o.subtree and ctx.entity_at.get(o.i) is not ctx.entity_at[nxt.i] for o in objs) \
            and ctx.entity_at[nxt.i].label in _MISPARSED_LABELS:
        out.insert(0, nxt)  # "sell Australia three submarines" parsed as a modifier of the object
    for holder in [verb, *[o for o in objs if o.dep_ == "dobj"]]:
        for c in holder.children:
            if c.dep_ != "prep" and not (c.dep_ == "dative" and c.pos_ == "ADP"):
                continue  # ("send 500 tents to Turkey": the parser may call the "to" a dative)
            low = c.lower_
            for p in (g for g in c.children if g.dep_ == "pobj"):
                if low in _PARTY_PREPS:  # ("with X", "with X's national utility")
                    out += [q for q in (p, *[g for g in p.children if g.dep_ == "poss"]) if _other(ctx, q, actor)]
                elif low == "in" and p.lemma_.lower() in _PARTNER_NOUNS:  # "in partnership with X"
                    out += [g for pp in p.children if pp.dep_ == "prep" and pp.lower_ == "with"
                            for g in pp.children if g.dep_ == "pobj" and _other(ctx, g, actor)]
                elif low in _PLACE_PREPS:
                    out += [q for q in (p, *[g for pp in p.children if pp.dep_ == "prep" and pp.lower_ in _PLACE_PREPS
                                              for g in pp.children if g.dep_ == "pobj"]) if _abroad(ctx, q, actor)]
    subj = subject_token(verb)  # "X and Y intend to extend their agreement": each other's party
    out += [c for c in (subj.conjuncts if subj is not None else ()) if _other(ctx, c, actor)]
    return out


def _joint_object(verb: "Token") -> bool:
    """Whether the act's object is done with others ("a joint study", "a common policy")."""
    return any(o.dep_ == "dobj" and any(c.dep_ in ("amod", "compound") and c.lower_ in _JOINT for c in o.children)
               for o in verb.children)


def planner(verb: "Token") -> "Token | None":
    """Who plans or decides an act named as "X's decision to ...", "the decision by X to ..." or
    "X announced plans to ...": the plan noun's possessor, its "by" agent, or the subject of a
    verb announcing it; None otherwise ("welcomed the new river plan to ..." names a plan, not
    whose act is planned)."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "NOUN" or head.lemma_.lower() not in plan_nouns() or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    for c in head.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if head.dep_ == "dobj" and any(f in ANNOUNCING for f in lemma_forms(head.head)):
        return subject_token(head.head)
    return None


def planner_of(trig: Trigger) -> "Token | None":
    """The planner (:func:`planner`) of a trigger the intended-act rules keep: a cooperative act
    under "announced plans to", or an act :func:`intended_acts` found; None for any other."""
    verb = trig.clause if trig.clause is not None else trig.token
    if verb.dep_ != "acl" or (planned_head(verb) is None and not _own(trig) and not (
            trig.via != VIA_OWN and _decided(verb))):  # (a noun the decided verb governs is not
        # its act: "the decision to end the war" ends a war, it wages none)
        return None
    return planner(verb)


def _decided(verb: "Token") -> bool:
    """Whether ``verb`` is the act of a decision taken ("Canada took the decision to withdraw its
    troops", "the government's decision to expel two diplomats"): the filters read a decision to
    act as the act decided, as "decided to" (the guide: events "happened, happening or decided"),
    so its owner is the act's actor. A decision made unreal ("a possible decision to") or under a
    negated, conditional or merely possible verb ("did not take the decision to", "could make a
    decision to") decides nothing."""
    noun = verb.head
    if not any(f in DECIDED for f in lemma_forms(noun)) or unreal_noun(noun) or has_negation(noun):
        return False
    gov = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    return gov is None or not (has_negation(gov) or is_conditional(gov) or (
        has_modal(gov) and not reported_future(gov)))


def _own(trig: Trigger) -> bool:
    """Whether :func:`intended_acts` made ``trig``."""
    return trig.entry is None and trig.type == "AGREE" and trig.via == VIA_SELF and \
        trig.token.lemma_.lower() in act_verbs()


def _listed_future(ctx: "Context", verb: "Token") -> bool:
    """Whether ``verb`` opens an item of a list led in by "X will:" ("The United States and
    Japan will: - Establish ..."): the lead-in's future is the item's."""
    if not ctx.leads:
        return False
    lead = ctx.leads.get(verb.sent.start)
    return lead is not None and lead[1] and ctx.lead_subject(verb) is not None


def _actor(ctx: "Context", verb: "Token") -> "Party | None":
    actor = ctx.party(subject_token(verb) or planner(verb) or ctx.lead_subject(verb))
    if actor is None or (actor.entity is None and actor.country is None) or (
            actor.entity is not None and actor.entity.label not in _PARTY_LABELS):
        return None
    return actor


def intended_parties(ctx: "Context", trig: Trigger) -> list["Token"]:
    """The other party's words of an AGREE trigger :func:`intended_acts` made ("will sell Peru
    four boats": Peru), nearest first; [] for any other trigger."""
    if not _own(trig):
        return []
    actor = _actor(ctx, trig.token)
    return _party_tokens(ctx, trig.token, actor) if actor is not None else []


def _act_verb_indices(doc: "Doc") -> list[int]:
    """Indices of the verbs whose lemma is an act verb: the verbs picked by POS in one array
    comparison, their lemmas looked up in a set of string ids (cheaper than ``np.isin`` of
    every lemma against the class)."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([POS, LEMMA])
    rows = np.flatnonzero(arr[:, 0] == strings["VERB"])
    if not len(rows):
        return []
    ids = _lemma_ids(strings)
    return [i for i, lem in zip(rows.tolist(), arr[rows, 1].tolist()) if lem in ids]


def _lemma_ids(strings) -> frozenset[int]:
    """String ids of the act verbs (a string's id is its hash, the same in every store)."""
    global _IDS
    if _IDS is None:
        _IDS = frozenset(strings.add(v) for v in act_verbs())
    return _IDS


_IDS: frozenset[int] | None = None


def intended_acts(doc: "Doc", ctx: "Context", triggers: list[Trigger], skip,
                  company_ids=None) -> list[Trigger]:
    """AGREE triggers of cooperative acts announced as intended, planned or decided.

    Args:
        doc: The parsed Doc.
        ctx: The extractor's context (entities, parties).
        triggers: The triggers found so far: their words and clauses are not looked at again.
        skip: Token indices to leave out (headline, quotations, reporters' questions).
        company_ids: Entity ids of companies (the extractor's resolved ones); None reads the
            Doc's ``newsie_companies``.
    """
    firms = frozenset(getattr(doc._, "newsie_companies", ()) if company_ids is None else company_ids)
    taken: set[int] | None = None
    out = []
    for i in _act_verb_indices(doc):
        verb = doc[i]
        if i in skip or verb.tag_ == "VBN":
            continue
        head = _frame_head(verb) or (verb if _listed_future(ctx, verb) else None)
        if head is None:
            continue
        if taken is None:
            taken = {t.token.i for t in triggers} | {t.clause.i for t in triggers if t.clause is not None}
        if i in taken or head.i in taken or _unreal(verb, head) or posture_object(verb) or hostile_object(verb):
            continue  # ("will give X a harsh response": a threat, no promise to cooperate)
        actor = _actor(ctx, verb)
        if actor is None or (actor.entity is not None and actor.entity.id in firms):
            continue  # (a company's sale or delivery is business, :mod:`.commerce`)
        if relation_act(verb) if object_kind(verb.lemma_.lower()) == "relation" else (
                _joint_object(verb) or _party_tokens(ctx, verb, actor)):  # ("will deepen our partnership": :mod:`.relation_acts`)
            out.append(Trigger(token=verb, type="AGREE", entry=None, via=VIA_SELF, clause=verb))
    return out


DECIDED_TYPES = frozenset({"MOBILIZE", "SANCTION"})
"""Measures a government decides on and announces ahead: a deployment or a posture, sanctions. The
guide codes an event "decided" as well as done, and a conflictual act announced ahead keeps its
own type (PLOVER's future-tense AGREE is for cooperative acts only): "Chile plans to
send two frigates to X" is MOBILIZE, "We intend to impose sanctions on X" SANCTION."""


def planned_factual(trig: Trigger, walk, ctx: "Context") -> bool:
    """Whether a cooperative act or a decided measure (:data:`DECIDED_TYPES`) under "plans
    to"/"intends to" is announced as a fact: the
    planning clause is walked by the extractor's factuality (``walk``, from its head), and the
    cooperative act names a party besides the planner ("plans to visit Peru", "plans to host an
    IPEF round"; not "plans to keep speaking with leaders of both parties": no one named, an aim);
    a decided measure needs none ("plans to deploy a brigade")."""
    if (trig.type not in COOPERATIVE and trig.type not in DECIDED_TYPES and trig.type != "AGREE") \
            or trig.via not in (VIA_SELF, VIA_LIGHT):
        return False  # (a bare noun's clause is not its own: "plans to increase port visits")
    verb = trig.clause if trig.clause is not None else trig.token
    head = planned_head(verb)
    if head is None or _unreal(verb, head) or not walk(head):
        return False
    if trig.type in DECIDED_TYPES:
        # "plans to deploy a brigade to X": the decided measure, told by the text itself; a plan
        # another says, fears or warns of ("Ukraine fears that Russia plans to deploy") is theirs
        return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
    actor = _actor(ctx, verb)
    if actor is None:
        return True  # (the planner of "announced plans to": the extractor finds it)
    if trig.type == "AID" and (head.dep_ == "ROOT" or head.dep_ == "conj" and head.head.dep_ == "ROOT" or (
            head.dep_ == "ccomp" and any(f in ANNOUNCING for f in lemma_forms(head.head)))):
        # a transfer of aid or money the text announces is a promise whoever receives it ("intends to
        # provide $1.5 million", as "will provide"); a plan another fears or reports is theirs
        return True
    return bool(_party_tokens(ctx, verb, actor)) or _joint_object(verb) or any(
        t.i in ctx.entity_at and _other(ctx, t, actor) for o in verb.children if o.dep_ == "dobj" for t in o.subtree)
