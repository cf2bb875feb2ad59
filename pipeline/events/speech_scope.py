"""What a speech or briefing says will happen, or says of the public at large: no event yet, or no
party to one.

- A future act that waits on another clause, in the words English uses besides "if", "when" and
  "once" (those are :func:`.talk.conditioned_future` and :func:`.filters.is_conditional`): "As
  soon as it reaches my desk, I will sign it", "I'll sign it the moment that happens", "After
  Congress passes the bill, the President will sign it". The act has not happened and may not;
  the guide codes what is reported as having happened, happening or decided, not what is
  hypothetical.
- The speaker's own intention told to the room with no one on the other side: "we'll sign it",
  "we're going to have another discussion on that", "I will fight for your jobs". A cooperative act
  in the future with no counterpart named is a general policy aim, not an event between two
  parties (the development gold of remarks and briefings codes first-person future acts only with
  a counterpart: "we're going to work with our Ally", and conflictual ones such as "we're going to
  send two F-35 squadrons", which stay).
- The speaker's promise to the room of what his side will do: "I promise you, we will govern for
  all Americans", "I promise you we'll protect Social Security": the promised act is coded on its
  own if it is one; the promise to the audience adds no agreement between two parties (one to a
  foreign counterpart addressed as "you" stays).
- The public at large as the actor: "the vast majority of Americans agree", "63 percent of the
  American people agree", "folks are supporting this": an opinion or mood of a population, not the
  act of a government, organisation or official (PLOVER's actors). Crowds that protest, attack or
  are coerced keep their events (:func:`.agents.unnamed_actor` codes them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load
from .unnamed_speaker import addressed_imperative, unnamed_speaker  # noqa: F401 - extract's: who speaks unnamed (:mod:`.unnamed_speaker`)

if TYPE_CHECKING:
    from spacy.tokens import Token

_FUTURE_AUX = frozenset({"will", "'ll", "\u2019ll", "shall", "wo", "gon"})
_SPEAKER = frozenset({"i", "we"})
_NOW_TAGS = frozenset({"VBZ", "VBP"})
_AFTER_MARKS = frozenset({"after", "until", "till"})
_MOMENT_NOUNS = frozenset({"moment", "minute", "second", "instant", "day"})
"""nouns of "the moment that happens", "the day it passes": a time set by an event to come"""
_CHAIN = frozenset({"xcomp", "conj", "ccomp"})
_WAIT_DEPS = frozenset({"advmod", "advcl", "npadvmod"})
_PARTY_PRONOUNS = frozenset({"them", "him", "her"})

INTENT_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE"})
"""categories whose future act in the speaker's voice is an intention unless a counterpart is named
(conflictual acts announced for the future, "we will send troops", "we will impose sanctions", are
coded: the announcement decides them)"""

GENERIC_PEOPLE = load().classes["generic_people"]
"""common nouns for the population at large"""
_SHARE_WORDS = frozenset({"majority", "percent", "%", "most", "many", "half", "third", "number", "lot", "bulk",
                          "plurality", "share", "proportion", "minority", "all"})
"""heads of "the majority of X", "63 percent of X": as generic as X is"""
GENERIC_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "AID",
                           "CONCEDE"})
"""categories a population at large does not perform as an actor (its protests, attacks and the
coercion it suffers are events of crowds, kept)"""


def _future(verb: "Token") -> bool:
    """Whether a verb is in the future: "will"/"'ll"/"shall" ("wo" of "won't"), or "going to"."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in ("going", "gon")


def awaited_future(verb: "Token") -> bool:
    """Whether a future act waits on something yet to happen, by "as soon as", "after", "until"
    or "the moment (that)" with a present-tense clause: "As soon as it comes to the White House,
    the President will sign it", "I'll sign it the moment that happens" (a dated clause, "after
    they meet on Friday", schedules it instead)."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in _WAIT_DEPS for c in verb.children) or not _future(verb):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "soon":  # "as soon as it comes": the clause hangs on "soon"
            clauses = [a for a in c.children if a.dep_ == "advcl"]
        elif c.dep_ == "advcl":
            clauses = [c] if any(m.dep_ == "mark" and m.lower_ in _AFTER_MARKS for m in c.children) else []
        elif c.dep_ == "npadvmod" and c.lower_ in _MOMENT_NOUNS:
            clauses = [a for a in c.children if a.dep_ in ("relcl", "acl")]
        else:
            continue
        for cl in clauses:
            if cl.tag_ in _NOW_TAGS and not any(w.ent_type_ in ("DATE", "TIME") for w in cl.subtree):
                return True
    return False


def speaker_intent(verb: "Token", typ: str | None, actor, recipient) -> bool:
    """Whether a cooperative act is the speaker's own future one with no counterpart: "we'll sign
    it", "I'm going to have another discussion on that", "we will support the workers of this
    state" (a first-person subject, "will" or "going to", no recipient). Meant for speeches and
    briefings.

    Args:
        verb: The verb whose clause carries the trigger (the trigger itself when it is a verb).
        typ: The event's category.
        actor: The event's actor (its token is the pronoun when the speaker is it).
        recipient: The event's recipient.
    """
    if typ not in INTENT_TYPES or recipient is not None or actor is None or actor.token is None:
        return False
    if actor.token.lower_ not in _SPEAKER or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lower_ in _PARTY_PRONOUNS for c in verb.children):
        return False  # "we're going to continue to support them": a party named before, unresolved
    if _states_described(verb):
        return False  # "we will surge support to countries hosting refugees": other states, unnamed
    t = verb
    for _ in range(4):  # "we're going to continue to support them": up the chain to the subject's verb
        if _future(t):
            return True
        if actor.token.head.i == t.i or t.dep_ not in _CHAIN or t.head.i == t.i:
            return False
        t = t.head
    return False


STATE_NOUNS = load().classes["state_noun"]
"""nouns that describe other states or their officials without naming them ("countries that host
refugees", "nine other heads of state", "our counterparts")"""
_WORLD = frozenset({"world", "foreign", "international", "global", "regional"})


def _states_described(verb: "Token") -> bool:
    """Whether the verb's objects ("support to countries", "meeting with heads of state") describe
    other states or their leaders ("world leaders") without naming them."""
    for w in verb.subtree:
        if w.pos_ != "NOUN" or w.dep_ not in ("dobj", "pobj", "dative"):
            continue
        low = w.lemma_.lower()
        if low == "head" and not any(c.lower_ == "of" for c in w.children):
            continue  # ("head" of "heads of state" only)
        if low in STATE_NOUNS or (low == "leader" and any(c.lower_ in _WORLD for c in w.children)):
            return True
    return False


def unnamed_partners(tok: "Token") -> bool:
    """Whether a consultation word is done "with" other states or their officials that it describes
    without naming them: "once we had consulted with our partners", "I conferred with my
    counterparts", "we discussed it with the other governments"; "consult" with neither object nor
    "with" means consulting others ("we have consulted at every level"). The consultation happened with
    someone on the other side (the development gold codes it with the recipient left null), unlike
    "will talk about the latest measures", whose object is only the topic.

    Args:
        tok: The consultation word (its own "with" phrase, the first of several, names the partners).
    """
    if tok.lemma_.lower() == "consult" and tok.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children):
        return True  # "we've consulted at every level", "will consult on next steps": with others by its sense
        # ("as I discussed yesterday" may be a topic spoken of alone; "consult the manual" has an object)
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for p in c.children:
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and (p.lemma_.lower() in STATE_NOUNS or (
                    p.lemma_.lower() == "leader" and any(m.lower_ in _WORLD for m in p.children))):
                return True
    return False


def generic_actor(actor, typ: str | None) -> bool:
    """Whether the actor found is the public at large: its head is a word for people in general
    ("the American people", "folks", "the public") or a share of them ("the vast majority of
    Americans", "63 percent of the American people").

    Args:
        actor: The event's actor (its token is the head of the subject phrase).
        typ: The trigger's category.
    """
    if typ not in GENERIC_TYPES or actor is None or actor.token is None:
        return False
    tok = actor.token
    if tok.lower_ in _SHARE_WORDS or tok.lemma_.lower() in _SHARE_WORDS:
        tok = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), None)
        if tok is None:
            return False
        if tok.tag_ == "NNPS" or (tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS")):
            return True  # "the vast majority of Americans"
    return tok.pos_ == "NOUN" and (tok.lower_ in GENERIC_PEOPLE or tok.lemma_.lower() in GENERIC_PEOPLE)


PROMISE_VERBS = frozenset({"promise", "pledge", "vow", "guarantee", "swear", "assure"})


def promise_to_room(tok: "Token", actor, recipient) -> bool:
    """Whether a promise is the speaker's, now, to the room, of what his side will do: "I promise
    you, we will govern on behalf of all Americans" (first-person subject in the present, its
    complement a first-person future). Meant for speeches and briefings.

    Args:
        tok: The trigger.
        actor: The event's actor.
        recipient: The event's recipient (a counterpart of another government keeps the promise).
    """
    if tok.lemma_.lower() not in PROMISE_VERBS or tok.pos_ != "VERB" or tok.tag_ not in ("VBP", "VB"):
        return False
    if actor is None or actor.token is None or actor.token.lower_ not in _SPEAKER:
        return False
    if recipient is not None and recipient.country is not None and recipient.country != actor.country:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"have", "'ve", "\u2019ve", "did"} for c in tok.children):
        return False  # "I have promised", "I will promise": reported or announced, not said now
    for c in tok.children:
        if c.dep_ == "ccomp" and _future(c) and any(
                s.dep_ == "nsubj" and s.lower_ in _SPEAKER for s in c.children):
            return True
    return False
