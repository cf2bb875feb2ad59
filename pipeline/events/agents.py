"""Unnamed agents that news reports in two more shapes than a clause's subject.

* The by-phrase of a passive: "an aid worker was abducted by gunmen", "two teachers were
  kidnapped by armed men". The agent is the same unnamed armed group as in "gunmen abducted
  an aid worker" (:func:`unnamed_actor`, below): the event stands, with a null actor.
* The other names of a coordinated by-phrase: "was condemned by Germany and France": each is an
  actor of the act, as coordinated subjects are ("Germany and France condemned it").
* The host of a summons in the agentless passive: "the Russian ambassador was summoned to the
  foreign ministry in Warsaw": only a government summons an envoy; the ministry's place (or the
  country in context) is whose.
* Police officers named by their trade with a verb only the state's agents do: "Officers
  arrested a 24-year-old man", "detectives detained two suspects". As "police arrested X" (a
  state body, :mod:`.antecedents`), the act is the state's: the country in context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import local_country
from .clauses import clause_subject
from .lexicon import load
from .nominalacts import killed_people
from .positions import past_dateline
from .triggers import VIA_LIGHT, VIA_OWN, VIA_SELF
from .voice import agentless_passive as verb_agentless
from .context import Context, Party
from .repression import STATE_ONLY, crowd_control

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity

    from .lexicon import Lexicon
    from .triggers import Trigger

STATE_AGENTS = frozenset({"officer", "detective", "agent", "investigator", "gendarme", "constable", "trooper"})
"""people whose trade is policing, when the verb is one only the state does ("Officers arrested")"""
POLICE_WORDS = frozenset({"police", "security", "plainclothes", "undercover", "riot"})
"""modifiers that keep them the state's ("police officers", "plainclothes agents")"""
POLICE_ACTS = frozenset({"raid", "disperse"})
"""more police work, done by "officers" or "investigators" ("Officers raided the party's
offices", "investigators raided his home"): the state's as an arrest is; so is firing tear gas
or water cannon at a crowd (:func:`.repression.crowd_control`)"""


def _armed(lex: "Lexicon", noun: "Token") -> bool:
    forms = {noun.lemma_.lower(), noun.lower_}
    if forms & lex.unnamed_armed:
        return True
    return bool(forms & lex.armed_heads) and any(c.dep_ == "amod" and c.lower_ in lex.armed_modifiers
                                                 for c in noun.children)


def passive_unnamed(ctx: Context, lex: "Lexicon", trig: "Trigger") -> Party | None:
    """The null actor of "was abducted by gunmen" (an unnamed armed group as a passive's
    agent), or None."""
    tok = trig.token
    if trig.type not in lex.unnamed_types or tok.pos_ != "VERB":
        return None
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        for noun in (p for p in agent.children if p.dep_ == "pobj"):
            if noun.i not in ctx.entity_at and noun.i not in ctx.quoted and (_armed(lex, noun) or (
                    trig.type == "ASSAULT" and noun.lemma_.lower() in lex.unnamed_crowd)):
                # ("protesters were attacked by ruling party supporters": a crowd, as its subject)
                return Party(entity=None, country=None, token=noun, name=None)
    if trig.type == "ASSAULT" and trig.via == VIA_SELF and _named_victim(ctx, tok):
        # "Prime Minister X was assassinated", "thousands of Chilean civilians have been killed":
        # an attack the text reports on a named victim without saying whose (the guide: actor null)
        return Party(entity=None, country=None, token=tok, name=None)
    return None


_TARGET_PREPS = frozenset({"on", "in", "at", "against", "of"})
_TARGET_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})
"""(not an organisation: "the attack on Planned Parenthood" is most often a political one)"""
_MISHAPS = frozenset({"crash", "accident", "collision", "earthquake", "flood", "flooding", "fire", "wildfire", "storm",
                      "hurricane", "tornado", "typhoon", "cyclone", "tsunami", "avalanche", "landslide", "mudslide",
                      "disaster", "stampede", "eruption", "heatwave"})
"""accidents and natural disasters one is killed in (no attacker)"""
_STANDING_CONFLICTS = frozenset({"war", "conflict", "hostility", "hostilities", "aggression", "fighting", "warfare", "occupation"})
"""nouns of a conflict that lasts, not one attack ("the war in Ukraine" is its setting, coded by its acts)"""


def unnamed_attacker(ctx: Context, trig: "Trigger") -> Party | None:
    """The null actor of one attack the text names by its target or place and not by its author
    ("the terrorist attack on the central market", "the acts of violence in the capital", "the assassination
    of President X"): a definite, singular attack (or "acts of" one kind), or None. Attacks in
    general ("attacks on our bases") and an author's own are left to the other readers."""
    noun = trig.token
    if trig.type != "ASSAULT" or trig.via != VIA_OWN or noun.pos_ != "NOUN" or noun.is_title \
            or noun.lemma_.lower() in _STANDING_CONFLICTS or noun.i in ctx.entity_at:
        return None  # "the war in Ukraine": a state of war, not one act; "the Violence Against Women Act"
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "acts":
        head = noun.head.head  # "the acts of violence in the capital": the acts are the one event
    elif noun.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("poss", "agent") for c in noun.children):
        return None
    for prep in (c for h in {head, noun} for c in h.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS):
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            ent = ctx.entity_at.get(obj.i)
            if ent is not None and ent.label in _TARGET_LABELS and (prep.lower_ != "of" or ent.label == "PERSON"):
                return Party(entity=None, country=None, token=noun, name=None)
    return None


def _named_victim(ctx: Context, verb: "Token") -> bool:
    """Whether a passive verb with no agent has a named subject: a person, or people of a named
    side ("Chilean civilians", "thousands of Peruvian civilians")."""
    if any(c.dep_ in ("agent", "nsubj") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i in ctx.quoted or any(
            c.dep_ == "prep" and any(w.lemma_.lower() in _MISHAPS for w in c.children if w.dep_ == "pobj")
            for c in verb.children):
        return False  # "killed in a plane crash", "in the earthquake": no attack
    if subj.lower_ in ("thousands", "hundreds", "dozens", "millions", "scores"):  # "thousands of X"
        subj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"), subj)
    ent = ctx.entity_at.get(subj.i)
    if ent is not None:
        return ent.label == "PERSON"
    return subj.tag_ == "NNS" and any(ctx.entity_at.get(c.i) is not None and ctx.entity_at[c.i].label in ("NORP", "GPE")
                                      for c in subj.children if c.dep_ in ("amod", "compound"))


def state_agent(ctx: Context, verb: "Token") -> Party | None:
    """The country whose police "officers" or "detectives" arrested or detained someone, or
    None."""
    low = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (low in STATE_ONLY or low in POLICE_ACTS or (
            low in ("fire", "use") and crowd_control(verb))):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in ctx.entity_at or subj.lemma_.lower() not in STATE_AGENTS:
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in POLICE_WORDS for c in subj.children):
        return None  # "company officers", "his agents", "FBI agents": someone's own, left to the arguments
    country = local_country(ctx, subj)
    return Party(entity=None, country=country, token=subj, name=country) if country else None


CAPTIVES = load().classes["captive"]
"""people a release frees (with no name: "two hostages were released")"""
CUSTODY = frozenset({"prison", "jail", "gaol", "custody", "detention"})
"""places of the state's custody: a release from them is the state's"""


def released_by(ctx: Context, verb: "Token") -> Party | None:
    """The side of an agentless release of people ("was released from prison": the state in
    context; "the aid worker has been freed": not stated, a null side), or None when the verb
    is no such release (a report, a film or data "released" are published, no event)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("release", "free") \
            or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ == "relcl" and (subj is None or subj.lower_ in ("who", "that")):
        subj = verb.head  # "Faye, who was released from prison"
    if subj is None or subj.i in ctx.quoted:
        return None
    ent = ctx.entity_at.get(subj.i)
    person = (ent is not None and ent.label == "PERSON") or (ent is None and subj.lemma_.lower() in CAPTIVES)
    if not person:
        return None
    custody = any(p.lemma_.lower() in CUSTODY for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children if p.dep_ == "pobj")
    if custody:
        country = local_country(ctx, verb)
        return Party(entity=None, country=country, token=None, name=country) if country else None
    return Party(entity=None, country=None, token=None, name=None)


def agent_conjuncts(ctx: Context, verb: "Token", actor: Party | None) -> list[Party]:
    """The named parties coordinated with a passive's agent after the first ("was condemned by
    Germany and France": France), each an actor of the act too; [] when there is no by-phrase
    or only one name.

    Args:
        ctx: The argument-finding context of the Doc.
        verb: The passive verb.
        actor: The party of the by-phrase's first name, or None.
    """
    if actor is None or actor.entity is None or verb.pos_ != "VERB":
        return []
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if agent is None or ctx.entity_at.get(agent.i) is not actor.entity:
        return []
    out: list[Party] = []
    for conj in agent.conjuncts:
        party = ctx.party(conj) if conj.i in ctx.entity_at else None
        if party is not None and party.entity is not None and party.entity is not actor.entity \
                and all(party.entity is not p.entity for p in out):
            out.append(party)
    return out


SUMMONED_TO = frozenset({"ministry", "office", "department", "chancellery", "palace", "capital"})
"""where an envoy is summoned to: a government's own building"""


def summoned_by(ctx: Context, verb: "Token") -> Party | None:
    """The government that summoned someone, in the agentless passive ("was summoned to the
    foreign ministry in Warsaw": Poland), or None.

    Args:
        ctx: The argument-finding context of the Doc.
        verb: The passive "summon" verb.
    """
    if verb.lemma_.lower() != "summon" or verb.pos_ != "VERB" or not verb_agentless(verb):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        where = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if where is None:
            continue
        place = ctx.party(where) if where.i in ctx.entity_at else None
        if place is None and where.lemma_.lower() in SUMMONED_TO:
            place = next((ctx.party(p) for q in where.children if q.dep_ == "prep" and q.lower_ == "in"
                          for p in q.children if p.dep_ == "pobj" and p.i in ctx.entity_at), None)
            country = place.country if place is not None else local_country(ctx, verb)
        else:
            country = place.country if place is not None else None
        if country:
            return Party(entity=None, country=country, token=where, name=country)
    return None


def _active_participle(verb) -> bool:
    """Whether a verb of harm the parser hung from a noun as a participle has a direct object:
    "Islamist militants killed 80 people" read as "militants [who were] killed"; a passive
    participle of such a verb takes no object, so the noun is its subject."""
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and load().in_class(
        verb.lemma_.lower(), "victim_only_verb") and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _own_subject(verb):
    """A verb's own subject as :func:`unnamed_actor` reads it: the nearest active subject before
    the verb (a wire dateline may be parsed as a second one), or the noun an active participle
    of harm hangs from ("Islamist militants killed 80 people" parsed as a noun and its participle)."""
    subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and _active_participle(verb):
        return verb.head
    return subj


def unnamed_actor(ctx: Context, lex: Lexicon, trig: Trigger) -> Party | None:
    """The null actor of a violent, coercive or protest act whose subject is an unnamed armed
    group or crowd ("Gunmen abducted two aid workers", "Protesters stormed the police
    station"): the guide codes an actor the text does not name as null, and the event stands.
    An armed group gets no country (whom it fights for is not stated); a crowd gets the country
    in context, as a protest's does."""
    verb = trig.token if trig.via == VIA_SELF else trig.clause if trig.via == VIA_LIGHT else None
    if trig.type not in lex.unnamed_types or verb is None or verb.pos_ != "VERB":
        return None  # (a light verb's subject does its noun: "Activists staged a sit-in", "Gunmen carried out an attack")
    subj = clause_subject(verb, _own_subject, limit=4)  # ("Protesters stormed the building and set cars on fire")
    if subj is not None and subj.i in ctx.dateline:  # "JOS, Nigeria (Reuters) - Gunmen killed ...": the
        # parser may make the dateline the subject and the real one its apposition
        subj = next((c for c in subj.subtree if c.dep_ == "appos" and c.i not in ctx.dateline), None) or (
            None if past_dateline(subj, ctx.dateline).i in ctx.dateline else past_dateline(subj, ctx.dateline))
    named = ctx.entity_at.get(subj.i) if subj is not None else None
    if subj is None or (named is not None and not common_noun_name(named, lex)) or subj.i in ctx.quoted \
            or subj.pos_ not in ("NOUN", "PROPN"):
        return None  # (a capitalised first word, "Gunmen ...", may be tagged a proper noun)
    if subj.lemma_.lower() in lex.group_quantifiers:  # "hundreds of protesters"
        subj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), subj)
    movement = subj if subj.lower_ in lex.named_movements else next(
        (c for c in subj.children if c.dep_ in ("compound", "amod") and c.lower_ in lex.named_movements), None)
    if movement is not None:  # "Houthi rebels": a movement the tagger took for a nationality word
        return Party(entity=None, country=None, token=movement, name=movement.text)
    if any(c.dep_ in ("compound", "amod", "poss") and c.i in ctx.entity_at and (
            ctx.entity_at[c.i].label != "NORP" or ctx.entity_at[c.i].country) for c in subj.children):
        return None  # "Hamas gunmen", "Israeli settlers": a named side, the arguments' business
        # ("Islamist militants": a creed names no side)
    forms = {subj.lemma_.lower(), subj.lower_, subj.lower_[:-1] if subj.lower_.endswith("s") else subj.lower_}
    if forms & lex.armed_heads and any(c.dep_ == "amod" and c.lower_ in lex.armed_modifiers for c in subj.children):
        return Party(entity=None, country=None, token=subj, name=None)  # "armed men", "masked men"
    if forms & lex.unnamed_armed or (trig.type == "ASSAULT" and forms & lex.classes["attack_subject"]
                                     and killed_people(verb, ctx)):
        return Party(entity=None, country=None, token=subj, name=None)  # ("a car bomb killed 12 people")
    if forms & lex.unnamed_crowd:
        return Party(entity=None, country=local_country(ctx, subj), token=subj, name=None)
    return None


def common_noun_name(entity: Entity, lex: Lexicon) -> bool:
    """Whether an entity is only a capitalised common noun of an unnamed group ("Gunmen" at
    the start of a sentence, taken for a name)."""
    low = entity.name.lower()
    return low in lex.unnamed_armed or low.rstrip("s") in lex.unnamed_armed or low.rstrip("s") in lex.unnamed_crowd
