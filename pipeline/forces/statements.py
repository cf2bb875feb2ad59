"""Size-less statements about a named country's forces ("Russian deployments in Ukraine")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.units import singular, tables
from ..knowledge.wordlists import word_set
from ..tokenarrays import POS, token_indices
from .draft import Draft
from .owners import Voice, owner_codes, place_of, subject_country, subjects_of
from .status import (
    DEPLOYED,
    FORCE_NOUNS,
    STATIONED,
    STATUS_NOUNS,
    UNIT_ALIASES,
    WITHDRAWN,
    governing_verb,
    is_planned,
    is_unreal,
    status_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex

# Verbs whose subject owns the forces they act on ("Russia increased its deployments").
_SUBJECT_OWNS = DEPLOYED | STATIONED | WITHDRAWN | {"increase", "begin", "start", "expand", "conduct"}

# Service members named by what they are, beside "troops" and "forces": a size-less presence or
# movement of them is a force statement ("Russian military instructors arrived in Niger"). Words
# for irregulars are left out: their owners are groups, not states.
_IRREGULAR = word_set("forces", "service_member_words")
# Roles that are military only with "military" on them ("military instructors", "military advisers").
_ADVISERS = frozenset({"instructor", "adviser", "advisor", "trainer", "observer"})
# Ships and aircraft: a military's own platforms, whose movement is a deployment. Weapons, munitions
# and ground vehicles named without a size are left out: sent somewhere they are mostly aid ("weapons
# that the United States can send to Ukraine").
_PLATFORMS = word_set("forces", "platforms")


def _named_force(tok, lemma: str, t) -> str | None:
    """Unit of a size-less mention of service members or military equipment ("instructors",
    "Tornado jets", "an A400M tanker aircraft"), or None. Equipment needs a military word in
    its own list, a platform noun, or "military"/"naval" on it."""
    if tok.tag_ == "NNS" and lemma in t.personnel and lemma not in _IRREGULAR:
        return lemma
    adviser = tok.tag_ == "NNS" and lemma in _ADVISERS
    platform = lemma in _PLATFORMS
    if not (adviser or platform):
        return None  # called for every noun: the children are read only for the few that can match
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
    if adviser and mods & {"military", "defence", "defense", "army"}:
        return lemma
    if platform and (tok.tag_ == "NNS" or mods):
        return lemma
    return None


def _direct_verb(tok):
    """The verb a named force is itself the subject or object of, or the participle on it ("troops
    stationed in"); not a verb further up ("committed to the defense of our ships")."""
    for _ in range(2):
        for child in tok.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                return child
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if tok.dep_ != "conj":
            return None
        tok = tok.head
    return None


def sizeless_statements(doc: "Doc", entities: "EntityIndex", quantity_heads: set[int], voice: Voice) -> list[Draft]:
    """Size-less force statements whose owner is written ("Russian deployments in Ukraine")."""
    out: list[Draft] = []
    t = tables()
    for i in token_indices(doc, POS, ("NOUN",)):  # the nouns, without a Python loop over every token
        tok = doc[i]
        if i in quantity_heads:
            continue
        lemma = tok.lemma_.lower()
        named = _named_force(tok, lemma, t)
        if lemma != "visit" and lemma not in STATUS_NOUNS and not (lemma in ("troop", "force") and tok.tag_ == "NNS") \
                and named is None:
            continue  # no branch below can apply: skip the look at the children
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
        if lemma == "visit" and "port" in mods:
            status = "deployed"
        else:
            status = STATUS_NOUNS.get(lemma)
        if status is not None:
            objects = [singular(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            objects += [singular(c) for c in tok.children if c.dep_ == "compound"]
            forceish = [o for o in objects if o in FORCE_NOUNS or o in t.equipment_military]
            if lemma == "presence" and not (mods & {"military", "troop", "naval", "force", "army", "forward"}):
                continue
            if lemma != "presence" and not (forceish or mods & {"military", "naval"}
                                            or any(c.ent_type_ == "NORP" and c.dep_ == "amod" for c in tok.children)):
                continue
            if objects and not forceish and lemma != "presence":
                continue  # "the deployment of strategic assets", "visits of officials"
            unit = UNIT_ALIASES.get(forceish[0], forceish[0]) if forceish else (
                "military presence" if lemma == "presence" else "force")
        elif named is not None:
            status = status_of(_direct_verb(tok))
            if status is None:
                continue
            unit = named
        elif lemma in ("troop", "force") and tok.tag_ == "NNS":
            status = status_of(governing_verb(tok))
            if status is None:
                continue
            if lemma == "force" and not mods & {"military", "armed", "ground", "land", "air", "naval", "maritime",
                                                "combat", "special"} \
                    and not any(c.ent_type_ in ("NORP", "GPE") for c in tok.children):
                continue
            unit = lemma
        else:
            continue
        if is_unreal(tok) or (governing_verb(tok) is not None and is_unreal(governing_verb(tok))):
            continue  # "halting the withdrawal of troops", "called on Russia to remove its troops"
        owners = owner_codes(doc, tok, entities, voice)
        if not owners:
            verb = governing_verb(tok)
            if verb is not None and tok.dep_ == "dobj" and verb.lemma_.lower() in _SUBJECT_OWNS:
                owners = [c for c in (subject_country(doc, s, entities, voice) for s in subjects_of(verb)) if c]
        if not owners:
            continue
        verb = governing_verb(tok) or (tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else None)
        vstatus = status_of(verb)
        if vstatus is not None:
            status = vstatus
        elif verb is not None and verb.lemma_.lower() in ("wind", "end", "reduce", "scale") and status == "stationed":
            status = "withdrawn"
        elif verb is not None and is_planned(verb):
            status = "planned"
        place = place_of(doc, tok, entities, leaving=status == "withdrawn")
        for owner in dict.fromkeys(owners):
            if owner != place:
                out.append(Draft(owner=owner, size=None, approximate=False, unit=unit, location=place,
                                  status=status, first=tok.idx, kind=lemma))
    return out

