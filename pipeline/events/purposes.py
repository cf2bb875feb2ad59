"""What a call, meeting or visit was for: "spoke with X to congratulate him".

A bare purpose infinitive has no subject of its own; English gives it the subject of the verb it
modifies (subject control: "Biden called X to congratulate him" - Biden congratulates). When the
modified verb is a consultation (a call, a meeting, a visit), a verbal act it was held for took
place in it: readouts state the purpose of a call in place of its content ("spoke today with X
to congratulate him on his re-election", "travelled to Y to underscore U.S. commitment"), and
the project's development gold codes that act. Purposes of other verbs ("work together to
provide assistance", "partner with Y to support reopening") are aims, and material acts in a
purpose clause ("met to send aid") are plans: both are left to their own clause, which names
no actor, so they stay out.

The small model often parses "spoke with Prime Minister X of Japan to congratulate him" as if X
did the congratulating ("with" a subordinator, X the infinitive's subject): after a verb of
consultation that reading is repaired (:func:`misparsed_with`): the call names X, its caller acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

CONSULTATION_VERBS = load().classes["consultation_verb"]
"""verbs of a call, a meeting, a visit or a letter (PLOVER CONSULT: all consultations, meetings,
visits; CAMEO 04 consult) whose purpose infinitive was done in it"""
HELD = frozenset({"hold", "have"})
HELD_OBJECTS = frozenset({"call", "meeting", "talk", "conversation", "discussion", "videoconference", "summit"})
"""light verbs of a consultation noun ("held a phone call to reaffirm ...", "had a meeting to ...")"""
VERBAL_TYPES = frozenset({"SUPPORT", "AGREE", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT"})
"""verbal categories (PLOVER's verbal cooperation and conflict): said in a call, they happen in
it; material ones (AID, MOBILIZE, ...) in a purpose clause are only planned"""


def misparsed_with(verb: "Token") -> "Token | None":
    """The "with" the small model makes a subordinator of a purpose infinitive: "spoke with
    Prime Minister X of Japan to congratulate him" parsed as "spoke [with X to congratulate
    him]", X the infinitive's subject. English has that absolute construction ("with prices
    to rise"), but after a verb of consultation the "with" names whom one consults and the
    infinitive is the purpose; returns the "with" (or None)."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.dep_ == "prep" \
            and verb.head.head.lemma_.lower() in CONSULTATION_VERBS:
        return verb.head  # "spoke with [X to express gratitude]"
    if verb.dep_ != "advcl" or verb.head.lemma_.lower() not in CONSULTATION_VERBS:
        return None
    with_ = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "with" and c.i > verb.head.i), None)
    return with_ if with_ is not None and any(c.dep_ == "nsubj" and c.i > with_.i for c in verb.children) else None


def misparsed_subject(tok: "Token") -> bool:
    """Whether ``tok`` is the subject the parser gave a purpose infinitive after a consultation's
    "with" ("spoke with President X of Y [to express support]"): the one consulted, not an actor
    (:func:`misparsed_with`)."""
    return tok.dep_ == "nsubj" and misparsed_with(tok.head) is not None


def with_marks(verb: "Token") -> list["Token"]:
    """The "with" of ``verb`` the parser hung on its purpose infinitive (:func:`misparsed_with`)."""
    return [w for c in verb.children if c.dep_ == "advcl" for w in [misparsed_with(c)] if w is not None and w.dep_ == "mark"]


def consulted(verb: "Token") -> "Token | None":
    """Whom a consultation verb names in a misparsed "with X to VERB" (X), else None."""
    return next((s for w in with_marks(verb) for s in w.head.children if s.dep_ == "nsubj"), None)


def purpose_infinitive(verb: "Token") -> bool:
    """Whether ``verb`` is a bare to-infinitive clause of purpose ("to congratulate him"), not
    one with its own subject ("for Russia to withdraw")."""
    return verb.tag_ == "VB" and verb.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "for") for c in verb.children)


def consultation_purpose(verb: "Token", typ: str) -> "Token | None":
    """The consultation verb whose purpose ``verb`` states, when the act is verbal, else None.

    Args:
        verb: The trigger verb, or a light verb's clause ("express" of "to express gratitude").
        typ: The trigger's category.

    Returns:
        The head verb ("spoke", "called", "met", "travelled"), whose subject does ``verb``.
    """
    if typ not in VERBAL_TYPES or not (purpose_infinitive(verb) or misparsed_with(verb) is not None):
        return None
    with_ = misparsed_with(verb)
    head = with_.head if with_ is not None and with_.dep_ == "prep" else verb.head
    if head.i == verb.i or head.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children):
        return None  # "did not go to Lima to meet X", "never travelled there to meet X": no meeting
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) and not scheduled_meeting(verb, typ):
        return None  # "will travel to Munich to attend ...": a plan, its purpose too
    lemma = head.lemma_.lower()
    if lemma in CONSULTATION_VERBS or (lemma in HELD and any(
            c.dep_ == "dobj" and c.lemma_.lower() in HELD_OBJECTS for c in head.children)):
        return head
    return None


def scheduled_meeting(verb: "Token", typ: str) -> bool:
    """Whether a purpose infinitive of a trip announced for the future is a meeting with a named
    party ("will travel to Lima to meet with President X", "will visit Tokyo to meet Prime
    Minister Y"): the meeting is scheduled as the trip is, so it is coded as the trip (AGREE, a
    cooperative act in the future: :func:`.filters.coded_type`), by who travels. A purpose with
    no named party ("to attend the conference", "to discuss trade") stays part of the plan, and so
    does one of a trip that is not announced but negated or merely possible ("will not travel to
    Lima to meet X", "could travel to Lima to meet X"): no meeting is scheduled."""
    if typ != "CONSULT" or not _announced_future(verb.head):
        return False
    parties = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for o in c.children if o.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for o in parties for t in o.subtree)


FUTURE_MODALS = frozenset({"will", "shall", "'ll"})
"""modals that announce a trip ("will travel"); "could", "may", "might", "would" make it possible"""


def _announced_future(head: "Token") -> bool:
    """Whether a verb is announced for the future: under "will" or "shall", not negated ("will
    not travel", "won't travel"), with no other modal."""
    modals = [c.lower_ for c in head.children if c.dep_ == "aux" and c.tag_ == "MD"]
    return bool(modals) and all(m in FUTURE_MODALS for m in modals) and not any(c.dep_ == "neg" for c in head.children)


AIM_VERBS = frozenset({"support"})
"""verbs of backing whose to-infinitive of purpose states what an act is for ("deployed personnel to
support the training of police", "a dialogue to support efforts to uphold the order"): an aim,
not a statement of support made to someone (PLOVER SUPPORT is approval expressed to an actor)"""
PARTY_LABELS = frozenset({"PERSON", "NORP", "GPE", "ORG"})
"""entity labels that name a party: "to support Ukraine", "to support the Ukrainian people" back
someone, and are left to the other rules"""


def supported_aim(verb: "Token") -> bool:
    """Whether a verb of backing is the aim of another clause and backs no named party.

    True for a bare to-infinitive of purpose ("deployed personnel to support the training of
    police"), one modifying a noun ("a new dialogue to support efforts"), or the complement of
    a verb with its own object, whose object is to do it ("mobilized 40 countries to support our
    guidelines": the countries are to support them), when the infinitive's object names no
    person, people, country or organisation ("travelled to Kyiv to support Ukraine" backs one).
    """
    if verb.lemma_.lower() not in AIM_VERBS or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "for") for c in verb.children):
        return False  # "for Russia to support ...": a clause with its own subject
    head = verb.head
    if verb.dep_ == "xcomp":
        if not any(c.dep_ == "dobj" for c in head.children):
            return False  # "continue to support", "pledged to support": the subject's own act
    elif verb.dep_ not in ("advcl", "acl") or head.i == verb.i:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and not any(t.ent_type_ in PARTY_LABELS for t in obj.subtree)
