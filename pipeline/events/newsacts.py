"""Acts that general news reports in the words of another category.

* A public warning is no alert of forces: "the weather agency issued red alerts", "health
  authorities issued an alert" warn the public. PLOVER MOBILIZE's alert (CAMEO 151/152 increase
  police or military alert status) is raised, put or placed; an alert that is *issued* is a
  notice to others, no event.
* Relief sent in vehicles is aid: "dispatched two cargo planes carrying medical supplies",
  "sent three ships loaded with food". The vehicles read as a deployment (MOBILIZE), but what
  they carry is what is given (PLOVER AID: humanitarian goods, medicine, food, tents).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

NOTICE_VERBS = frozenset({"issue", "publish", "post", "send", "extend", "lift", "cancel"})
"""verbs whose "alert" is a notice to the public, not forces' readiness ("issued red alerts")"""
CARRY_WORDS = frozenset({"carry", "load", "laden", "bear", "bring", "transport", "fill"})
"""participles that say what a sent vehicle holds ("planes carrying supplies", "loaded with food")"""
RELIEF_GOODS = load().classes["relief_goods"]
"""the humanitarian part of the lexicon's "aid" class (PLOVER AID examples), plus water and goods:
arms carried by planes may be a deployment's own"""


def public_warning(trig: "Trigger") -> bool:
    """Whether a MOBILIZE "alert" noun is a warning issued to the public ("AEMET issued red
    alerts for Andalusia"), which is no event."""
    if trig.type != "MOBILIZE" or trig.token.lemma_.lower() not in ("alert", "warning"):
        return False
    verb = trig.clause if trig.clause is not None else trig.token.head
    return verb.lemma_.lower() in NOTICE_VERBS


def _cargo(vehicle: "Token") -> list["Token"]:
    """What a sent noun is said to carry: objects of a participle ("carrying X", "loaded with
    X") or of "with" ("ships with food") hanging on it."""
    out: list[Token] = []
    for c in vehicle.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in CARRY_WORDS:
            out += [g for g in c.children if g.dep_ in ("dobj", "obj")]
            out += [p for g in c.children if g.dep_ in ("prep", "agent") for p in g.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in ("with", "of"):
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def carried_aid(trig: "Trigger") -> bool:
    """Whether a MOBILIZE verb ("dispatched", "sent") sends vehicles or teams that carry relief
    goods ("two cargo planes carrying medical supplies"): the act is AID."""
    if trig.type != "MOBILIZE" or trig.token.pos_ != "VERB":
        return False
    sent = [c for c in trig.token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for noun in sent:
        for good in _cargo(noun):
            if good.lemma_.lower() in RELIEF_GOODS:
                return True
    return False


def aid_destination(trig: "Trigger") -> "Token | None":
    """Where relief sent in vehicles goes: the object of "to" on the sending verb or on the
    participle that says what they carry ("planes carrying supplies to Peru"), or None."""
    verb = trig.token
    heads = [verb, *(c for n in verb.children if n.dep_ in ("dobj", "obj", "nsubjpass")
                     for c in n.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CARRY_WORDS)]
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
            obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


STORM_WORDS = load().classes["storm_name"]
"""first words of a named storm ("Hurricane Milton", "Typhoon Haiyan", "Storm Ciaran"): weather is
no actor of PLOVER's political events"""
STAFF_WORDS = load().classes["fired_staff"]
"""people one fires from a job ("Tesla fired 200 workers", "fired the coach"): a dismissal"""


HAZARD_WORDS = load().classes["natural_hazard"]
"""natural hazards a report makes the subject of "killed", "struck", "hit" ("Monsoon floods have
killed 37", "an earthquake struck"): PLOVER ASSAULT is deliberate harm by an actor; nature is none"""


def natural_force(party) -> bool:
    """Whether an actor is a named storm ("Hurricane Milton struck the coast") or a name the
    parser took from a natural hazard's modifier ("Monsoon floods killed 37")."""
    ent = getattr(party, "entity", None)
    if ent is None or not ent.name:
        return False
    tok = getattr(party, "token", None)
    if tok is not None and (tok.lemma_.lower() in HAZARD_WORDS or (
            tok.dep_ == "compound" and tok.head.lemma_.lower() in HAZARD_WORDS)):
        return True
    return ent.name.split()[0].lower() in STORM_WORDS and len(ent.name.split()) >= 2


def dismissal(trig: "Trigger", entity_at) -> bool:
    """Whether "fire" is a dismissal: its direct object is a person or staff ("fired 200
    workers at its plant", "fired the minister"), whatever place an "at" phrase names."""
    tok = trig.token
    if trig.type != "ASSAULT" or tok.lemma_.lower() != "fire" or tok.pos_ != "VERB":
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return False
    ent = entity_at.get(obj.i)
    return (ent is not None and ent.label == "PERSON") or obj.lemma_.lower() in STAFF_WORDS


def state_protest(typ: str, trig: "Trigger", actor, roles_by_person) -> bool:
    """Whether a "protest" is a government's formal complaint ("Japan protested the launch",
    "the foreign ministry protested to Beijing"): PLOVER PROTEST is civil demonstration, and a
    state's protest through diplomatic channels is ACCUSE (CAMEO 114 complain officially), as
    "lodged a protest" is coded."""
    if typ != "PROTEST" or trig.token.lemma_.lower() != "protest" or actor is None:
        return False
    ent = actor.entity
    if ent is None:
        return actor.name is not None and actor.name == actor.country  # a country side ("the ministry")
    if ent.label == "GPE":
        return True
    return ent.label == "PERSON" and bool(roles_by_person.get(ent.id))


def suspended_member(trig: "Trigger", typ: str, entity_at) -> "Token | None":
    """The country a bloc suspends ("ECOWAS suspended Guinea from the bloc"): the named place
    that, as the direct object, made the verb a SANCTION (the entry's ``place_object``), or the
    named owner of the relations suspended ("suspended Mali's membership"), or None.
    The lexicon reads the object of "suspend" as what is suspended (ties, aid); a country
    suspended is the one whose relations are cut.

    Args:
        trig: The trigger.
        typ: The event type the trigger yields.
        entity_at: The named entity covering each token index.
    """
    e = trig.entry
    if typ != "SANCTION" or e is None or e.place_object != "SANCTION" or trig.token.pos_ != "VERB":
        return None
    obj = next((c for c in trig.token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.i in entity_at), None)
    if owner is not None and entity_at[owner.i].label in ("GPE", "ORG", "NORP"):
        return owner  # "suspended Mali's membership", "suspended Niger's aid": whose relations
    ent = entity_at.get(obj.i)
    return obj if ent is not None and ent.label == "GPE" else None


RECOGNITION_LEMMAS = frozenset({"recognise", "recognize"})


def recognised_polity(trig: "Trigger", typ: str, entity_at) -> "Token | None":
    """Whose government, state or independence a recognition is granted to: the named owner
    ("recognised Kosovo's independence") or the place named "in"/"of" ("the new government in
    Dhaka", "the independence of Kosovo") of the direct object, or None.

    Args:
        trig: The trigger.
        typ: The event type the trigger yields.
        entity_at: The named entity covering each token index.
    """
    tok = trig.token
    if typ not in ("SUPPORT", "AGREE") or tok.pos_ != "VERB" or tok.lemma_.lower() not in RECOGNITION_LEMMAS:
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)  # (or what "was recognized")
    if obj is None or obj.i in entity_at:  # ("recognized Palau": the state recognised is named)
        return obj if obj is not None and entity_at[obj.i].label in ("GPE", "ORG") else None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.i in entity_at), None)
    if owner is not None:
        return owner
    # a merit is a party's "of", "within" or "by" it ("the leadership of his host, President X"); a
    # place after it is where it was shown ("the service of troops in Afghanistan"), a polity's is its own
    merit = load().in_class(obj.lemma_.lower(), "merit")
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in (("of", "within", "by") if merit else ("in", "of"))):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            named = pobj if pobj.i in entity_at else next(
                (a for a in pobj.children if merit and a.dep_ == "appos" and a.i in entity_at), None)
            if named is not None:
                return named
    return None


def unowned_merit(trig: "Trigger", typ: str, entity_at) -> bool:
    """Whether a recognition praises a merit (class ``merit``: "recognized the contributions of
    small businesses") that no named party owns: praise of no one in particular, no event
    between parties (a recognition of "the leadership of President X" has X as its recipient)."""
    tok = trig.token
    if typ != "SUPPORT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in RECOGNITION_LEMMAS:
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)  # ("X's service was recognized")
    return obj is not None and load().in_class(obj.lemma_.lower(), "merit") and recognised_polity(trig, typ, entity_at) is None


MUTUAL_OBJECTS = frozenset({"tie", "relation", "relationship", "contact", "dialogue", "talk"})
"""what two parties have with each other: restoring, cutting or resuming them is one act
between the two ("Ethiopia and Eritrea restored diplomatic relations")"""


def mutual_relations(trig: "Trigger") -> bool:
    """Whether a verb's direct object is a relation two parties hold with each other ("restored
    diplomatic relations", "cut ties", "resumed talks"): coordinated subjects are then the two
    sides of one act, recorded with the first as actor and the second as recipient (as the
    guide records "X and Y met"), not each a source of its own."""
    tok = trig.token
    if tok.pos_ != "VERB":
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and obj.lemma_.lower() in MUTUAL_OBJECTS and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in (*tok.children, *obj.children))


def custody_patient(trig: "Trigger", typ: str) -> "Token | None":
    """The person a phrase of custody acts on ("placed President X under house arrest", "took
    X into custody"): the direct object of the verb, whose preposition's object names the
    custody, not a party; None otherwise.

    Args:
        trig: The trigger.
        typ: The event type the trigger yields.
    """
    tok, part = trig.token, trig.particle
    if typ != "COERCE" or part is None or part.dep_ != "prep" or tok.pos_ != "VERB":
        return None
    return next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)


HARM_VERBS = load().classes["harm_verb"] | load().classes["razing_verb"]
"""what an attack, as its subject, does to its target ("an Israeli strike killed three Hamas fighters")"""


def harmed_by_noun(trig: "Trigger", typ: str) -> "Token | None":
    """The direct object of the verb an attack noun is the subject of ("An Israeli air strike
    killed a Hezbollah commander": the commander, whose side is Hezbollah), or None.

    Args:
        trig: The trigger.
        typ: The event type the trigger yields.
    """
    tok = trig.token
    if typ != "ASSAULT" or tok.pos_ != "NOUN":
        return None
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


HANDOVER_LEMMAS = frozenset({"extradite", "hand", "transfer", "repatriate"})
"""verbs of handing a person over to another state (PLOVER COOPERATE, judicial cooperation)"""


def handed_to(trig: "Trigger", typ: str, entity_at) -> "Token | None":
    """The state a person is extradited or handed over to ("extradited X to the United
    States"): the other party of the cooperation, not the person handed over; None otherwise.

    Args:
        trig: The trigger.
        typ: The event type the trigger yields.
        entity_at: The named entity covering each token index.
    """
    tok = trig.token
    if typ != "COOPERATE" or tok.pos_ != "VERB" or tok.lemma_.lower() not in HANDOVER_LEMMAS:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"):
        obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        ent = entity_at.get(obj.i) if obj is not None else None
        if ent is not None and ent.label in ("GPE", "ORG"):
            return obj
    return None


def owned_target(trig: "Trigger", typ: str) -> "Token | None":
    """The possessive "its" of an attack's object ("Chinese vessels had rammed its boat"),
    whose referent (in a reported clause, the one who reports: :func:`reporter_of`) owns what
    was hit, or None.

    Args:
        trig: The trigger.
        typ: The event type the trigger yields.
    """
    tok = trig.token
    if typ not in ("ASSAULT", "COERCE") or tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or any(c.lower_ == "own" for c in obj.children):  # ("shelled its own city": the actor's)
        return None
    return next((c for c in obj.children if c.dep_ == "poss" and c.lower_ == "its"), None)


REPORTING_VERBS = load().classes["news_reporting_verb"]


def reporter_of(verb: "Token") -> "Token | None":
    """The subject of the reporting verb whose clause a verb is in ("The Philippines said
    Chinese vessels had rammed its boat": The Philippines), or None."""
    c = verb
    for _ in range(4):
        if c.dep_ == "ccomp" and c.head.lemma_.lower() in REPORTING_VERBS:
            return next((s for s in c.head.children if s.dep_ == "nsubj"), None)
        if c.dep_ not in ("conj", "ccomp", "advcl") or c.head.i == c.i:
            return None
        c = c.head
    return None


def people_as_crowd(typ: str, actor) -> bool:
    """Whether a protest's actor is a people named by its plural demonym ("Thousands of Israelis
    protested", "Kenyans marched"): a crowd, which the guide codes as a null actor of that
    country, not the state.

    Args:
        typ: The event type the trigger yields.
        actor: The protest's actor party, or None.
    """
    ent = getattr(actor, "entity", None)
    tok = getattr(actor, "token", None)
    return typ == "PROTEST" and ent is not None and ent.label == "NORP" and tok is not None \
        and tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s")
