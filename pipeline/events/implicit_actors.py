"""Actors left implicit by English syntax, read when argument finding named none.

The argument finder (:mod:`.arguments`) takes an event's actor from its subject, an agent, a
possessor or a controller. Some constructions leave the doer unwritten though English fixes
who it is; an event dropped for want of an actor there is lost recall:

- a gerund listed under "including", "through", "besides" does what the clause it hangs on does
  ("the steps the government is taking, including providing $1 billion to the Fund and requesting
  $500 million from the legislature": the government provides and requests);
- a participle describing a text is its author's act ("the Council passed a resolution
  demanding that X stop", "issued a statement condemning the attack"): what a resolution demands,
  the body that passed it demands (PLOVER codes the issuing party);
- an event noun that is the object of a verb of wielding or carrying out ("has leveraged new
  sanctions on X", "implemented export controls", "continued its strikes") is the verb's
  subject's act; verbs of talking about ("outlined the sanctions", "discussed the attack") are
  not in the list: their object is a topic, someone else's act;
- "he"/"she" with no person named in the three sentences before (the window of
  :meth:`.references.References.antecedent`) stands for the one person named further back in
  the passage when that person is the only candidate ("... on the phone with X. It was half an
  hour. My team was with me. And he agreed ...").

Negated or modal governing verbs ("did not use sanctions", "could impose") give no actor: the
event is not reported as done (the annotation guide's exclusions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import subject_token
from .lexicon import load
from .triggers import VIA_OWN

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party
    from .triggers import Trigger

_CLASSES = load().classes
LISTING_PREPS = frozenset({"including", "through", "besides"})
"""prepositions whose gerund names one of the acts of the clause they hang on (its subject's)"""
WIELDING_VERBS = _CLASSES["wielding_verb"]
"""verbs whose object event noun is carried out by their subject (data: event_triggers.json)"""
_TEXT_NOUNS = _CLASSES["legal_instrument"] | _CLASSES["authored_text"]
"""texts whose participle ("a resolution demanding", "a statement condemning") says what their
author does"""
ISSUING_VERBS = _CLASSES["issuing_verb"]
"""verbs by which a party issues a text as its own ("passed a resolution"; not "vetoed" one)"""
_TEXT_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"})
"""what a text can do for its author: ask, condemn, praise, refuse, warn"""
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "will", "shall"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_PRONOUN_REACH = 8
"""sentences (this one included) a he/she reaches back for a sole candidate"""


def _asserted(verb: "Token") -> bool:
    """The verb is stated as done: no negation, no modal, not an infinitive aim."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ in _MODALS or c.tag_ == "TO"))
                   for c in verb.children)


def _listed_gerund(ctx: "Context", verb: "Token") -> "Party | None":
    """'..., including providing X and requesting Y': the subject of the clause listed under."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.tag_ == "VBG":
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in LISTING_PREPS:
        return None
    host = verb.head.head
    if host.pos_ not in ("VERB", "AUX") or not _asserted(host):
        return None
    return ctx.party(subject_token(host))


def _text_author(ctx: "Context", verb: "Token", typ: str) -> "Party | None":
    """'passed a resolution demanding ...': the subject of the verb the text is object of, or its
    possessor ('the council's statement condemning ...')."""
    if typ not in _TEXT_ACT_TYPES or verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    text = verb.head
    if text.lemma_.lower() not in _TEXT_NOUNS:
        return None
    owner = next((c for c in text.children if c.dep_ == "poss"), None)
    if owner is not None:
        return ctx.party(owner)
    gov = text.head
    if text.dep_ != "dobj" or gov.pos_ != "VERB" or gov.lemma_.lower() not in ISSUING_VERBS or not _asserted(gov):
        return None
    return ctx.party(subject_token(gov))


def _wielder(ctx: "Context", noun: "Token") -> "Party | None":
    """'has leveraged new sanctions on X': the subject of a verb of carrying out its object."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WIELDING_VERBS or not _asserted(verb):
        return None
    return ctx.party(subject_token(verb))


def _sole_person(ctx: "Context", pron: "Token") -> "Party | None":
    """A he/she that the nearer search left open: the one person (other than the speaker of the
    turn) named in the passage before it; two or more candidates leave it open."""
    floor = ctx.sentences_back(pron, _PRONOUN_REACH)
    turn = ctx.turns.at(ctx.raw[pron.i][0]) if ctx.turns else None
    speaker = turn.speaker if turn is not None else None
    found = None
    for i in range(pron.i - 1, floor - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is None or ent.label != "PERSON" or ent is speaker or ent is getattr(found, "entity", None):
            continue
        if found is not None:
            return None
        found = ctx.party(ctx.doc[i])
        if found is None or found.entity is None:
            return None
    return found


def implicit_actor(ctx: "Context", trig: "Trigger") -> "Party | None":
    """The actor English leaves implicit for ``trig`` (see the module doc), or None.

    Args:
        ctx: The document's argument context.
        trig: A trigger for which argument finding named no actor.

    Returns:
        The implicit actor's party, or None when nothing fixes it.
    """
    tok = trig.token
    if trig.via == VIA_OWN:
        return _wielder(ctx, tok)
    verb = trig.clause if trig.clause is not None else tok
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    found = _listed_gerund(ctx, verb) or _text_author(ctx, verb, trig.type)
    if found is not None:
        return found
    subj = subject_token(verb)
    if subj is not None and subj.lower_ in _PERSON_PRONOUNS and subj.pos_ == "PRON" \
            and ctx.antecedent(subj) is None:
        return _sole_person(ctx, subj)
    return None
