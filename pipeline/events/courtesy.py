"""A speaker's words to the room that report no event (split out of :mod:`.senses`).

Remarks and briefings are full of first-person verbs of the event lexicon that perform no act
between two parties: "I promise you" and "I pledge to you" vouch for what the speaker says
without promising anything; "I ask you to talk to your neighbours", "I ask myself why" and "I'm
asking for your vote" address the listeners (or the speaker himself), who are no party to an
event; "let me ask you a question" asks a question, not for an act; "I apologize for repeating
that" excuses the speaker's own words. PLOVER codes acts between political actors; the
development gold of remarks and briefings codes none of these, while it does code what a speaker
reports doing ("I asked the Secretary to ...", "we urge Congress to act", "he promised to ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPEAKER = frozenset({"i", "we"})
_SPEAKER_OBJ = frozenset({"me", "us"})
_PRESENT = frozenset({"VBP", "VB", "VBG"})
"""present or future forms ("I ask", "I'll ask", "I am asking"); a past "I asked them" reports an act"""
PROMISE_VERBS = frozenset({"promise", "pledge", "swear", "guarantee", "vow"})
APOLOGY_VERBS = frozenset({"apologize", "apologise"})
LISTENERS = frozenset({
    "you", "yourself", "yourselves", "myself", "ourselves", "everyone", "everybody", "all", "folks", "audience",
    "y'all", "crowd",
})
"""whom a speaker's "ask" addresses when it asks the room or himself, not a party"""
QUESTION_NOUNS = frozenset({"question", "questions"})
APPEALS = load().classes["listener_appeal"]
"""what a speaker asks the listeners for ("I'm asking for your vote")"""


def _speaker_present(verb: "Token") -> bool:
    """Whether ``verb`` is a present or future first-person act ("I ask", "we'll ask", "let me ask")."""
    if verb.tag_ not in _PRESENT:
        return False
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children):
        return False  # ("asking them" as a participle or gerund: its tense is its clause's)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in _SPEAKER:
        return True
    # "let me ask": the parser makes "me" the subject of the complement of "let"
    return subj.lower_ in _SPEAKER_OBJ and verb.head.lemma_.lower() == "let"


_FUTURE_AUX = frozenset({"will", "'ll", "\u2019ll", "shall", "would", "'d", "\u2019d"})


def _future_act(clause: "Token") -> bool:
    """Whether a content clause tells an act to come ("I will sign it", "we are going to win")."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in clause.children):
        return True
    return clause.lower_ == "going" and any(c.dep_ == "xcomp" for c in clause.children)


def empty_promise(verb: "Token") -> bool:
    """Whether a first-person "promise"/"pledge" promises no act: nothing says what ("I promise
    you", "I promise", "I pledge to you"), or what follows vouches for a statement ("I promise
    you they hear you", "I promise you that's what's going to happen") rather than telling an act
    to come ("I pledge to seek ...", "I promise you I will sign it")."""
    if verb.lemma_.lower() not in PROMISE_VERBS or not _speaker_present(verb):
        return False
    if any(c.dep_ in ("xcomp", "advcl") or (c.dep_ == "ccomp" and _future_act(c)) for c in verb.children):
        return False
    return not any(c.dep_ == "dobj" and c.lower_ not in LISTENERS for c in verb.children)


def asks_listeners(verb: "Token") -> bool:
    """Whether "ask" is no request between parties: a question ("let me ask you a question",
    "she asked a question"), or a first-person speaker asking the listeners or himself ("I ask
    you to call your neighbours", "I ask myself", "I'm asking for your vote", "I ask: ...")."""
    if verb.lemma_.lower() != "ask" or verb.pos_ not in ("VERB", "AUX"):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(o.lemma_.lower() in QUESTION_NOUNS for o in objs):
        return True
    if not _speaker_present(verb):
        return False
    if any(o.lower_ not in LISTENERS for o in objs):
        return False  # "I ask Congress to act": a request to a party
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ != "for" or any(g.dep_ == "pobj" and g.lower_ not in APPEALS for g in prep.children):
            return False  # "we ask for a ceasefire": what is asked is an act between parties
    return True


def own_words_apology(verb: "Token") -> bool:
    """Whether a first-person "apologize" excuses the speaker to the room ("I apologize", "I
    apologize for repeating myself"): said to no one named (an apology "to the families of the
    victims" concedes)."""
    if verb.lemma_.lower() not in APOLOGY_VERBS or not _speaker_present(verb):
        return False
    return not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)


def modifier_sense(tok: "Token") -> bool:
    """Whether "fighting" modifies a noun ("the finest fighting force", "a fighting chance"):
    it names a kind of thing, and no fighting is reported."""
    return tok.lower_ == "fighting" and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN"


def speaker_courtesy(tok: "Token") -> bool:
    """Whether a trigger is a speaker's word to the room or a noun modifier (see the module doc)."""
    return empty_promise(tok) or asks_listeners(tok) or own_words_apology(tok) or modifier_sense(tok)
