"""Passive participles coordinated under one by-phrase share its agent; a passive participle
the parser reads as an active verb names its victims, not its doer.

English lets one agent phrase close a list of passive participles: "were killed, wounded or
detained by the security forces", "were arrested and beaten by police". The parser hangs the
"by" phrase on the last participle only (and often attaches the middle ones elsewhere, as
adverbial clauses of the main verb), so the earlier participles look agentless. The list is
read off the words, not the tree: bare participles joined by commas and "and"/"or" up to the
one that carries the by-phrase. A participle with adjuncts or objects of its own is a predicate
of its own ("was signed in May and endorsed by Japan": Japan did not sign).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

_JOINERS = frozenset({",", "and", "or"})
"""the words that join the members of a list"""
_OWN_MATTER = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent", "prep", "dobj", "dative", "npadvmod",
                         "xcomp", "ccomp", "prt", "advcl"})
"""children that make a participle a predicate of its own, not a bare member of the list"""
_MAX_SPAN = 12
"""how far (in tokens) a list may run before its by-phrase"""


def _agent_of(tok: "Token") -> "Token | None":
    for c in tok.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _bare(tok: "Token", *, first: bool = False) -> bool:
    """A participle with nothing of its own (the first may have its subject and auxiliaries,
    and the parser may hang the later members on it)."""
    allowed = ("nsubjpass", "nsubj", "advcl") if first else ()
    return not any(c.dep_ in _OWN_MATTER and c.dep_ not in allowed for c in tok.children)


def shared_agent(verb: "Token") -> "Token | None":
    """The agent that a later coordinated participle's by-phrase gives ``verb``, if any.

    Args:
        verb: A passive participle without an agent of its own.

    Returns:
        The pobj of the by-phrase closing the list ``verb`` opens or belongs to, or None.
    """
    predicate = predicate_agent(verb)
    if predicate is not None:
        return predicate
    if verb.tag_ != "VBN" or not _bare(verb, first=True):
        return None
    doc = verb.doc
    joined = False
    for i in range(verb.i + 1, min(len(doc), verb.i + _MAX_SPAN)):
        tok = doc[i]
        if tok.lower_ in _JOINERS:
            joined = True
            continue
        if tok.pos_ == "ADV" and tok.dep_ == "advmod":  # "arrested and later beaten"
            continue
        if tok.tag_ != "VBN" or not joined:
            return None
        agent = _agent_of(tok)
        if agent is not None:
            own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux")]
            return None if own else agent  # "X was arrested, and Y was beaten by ...": two clauses
        if not _bare(tok):
            return None
        joined = False
    return None


VICTIM_ONLY_VERBS = load().classes["victim_only_verb"]
"""verbs of harm that take their victim as object whenever they are active ("X killed Y",
"police detained Y"): without an object, the noun before them is who was harmed"""


def reduced_passive(verb: "Token") -> "Token | None":
    """The victims a passive participle after its noun names when the parser reads the two as
    subject and active verb inside another clause ("mourning three teachers senselessly
    killed at a fair", "we think of every citizen unjustly detained overseas"): the noun,
    when the verb is a harm verb in the past tense or participle, not the main verb, with that
    noun right before it (adverbs aside) and no object of its own or of a verb coordinated
    with it ("gunmen killed and wounded dozens" is active); else None. A pronoun subject
    ("they killed") is an active clause whose object was left out."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and any(_held_as(c) for c in verb.children):
        return reduced_passive(verb.head)  # "each citizen detained and held hostage": the first one's victims
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "ROOT" or verb.lemma_.lower() not in VICTIM_ONLY_VERBS and not any(
            _held_as(c) for c in verb.children):  # ("Americans held hostage")
        return None  # (a main clause's verb is what its subject did: "The militants kidnapped ...")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > verb.i:
        return None
    if any(verb.doc[i].pos_ != "ADV" for i in range(subj.i + 1, verb.i)):
        return None
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj")):
        if any(c.dep_ in ("dative", "ccomp", "xcomp", "aux", "auxpass") or c.dep_ == "dobj" and not (
                _held_as(c) or v is not verb and _complement_noun(c)) for c in v.children):
            return None
    return subj


def _complement_noun(obj: "Token") -> bool:
    """A bare singular noun after a verb, a predicate of its object rather than an object
    ("held hostage", "taken prisoner")."""
    return obj.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in obj.children)


def predicate_agent(verb: "Token") -> "Token | None":
    """The agent of a passive whose by-phrase the parser hangs on the object's predicate noun
    ("was held hostage by X", "were taken prisoner by X": X holds them), or None."""
    for noun in (c for c in verb.children if _held_as(c)):
        by = next((c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        if by is not None:
            return next((p for p in by.children if p.dep_ == "pobj"), None)
    return None


HELD_AS = frozenset({"hostage", "captive", "prisoner"})
"""the bare nouns that say as what a person is held ("held hostage", "taken prisoner"): the
person is the one held, never the holder, even where the parser reads the noun as an object"""


def _held_as(noun: "Token") -> bool:
    return noun.dep_ in ("oprd", "dobj") and noun.lemma_.lower() in HELD_AS and _complement_noun(noun)


STATE_PARTICIPLES = frozenset({"commit", "dedicate", "devote"})
"""participles that, after "be" and before "to", state their subject's own standing resolve ("Japan is committed
to working with X"): a state held, not a passive act done to the subject by someone else"""


def state_holder(verb: "Token") -> "Token | None":
    """Who holds the state of "X is committed/dedicated to ..." parsed as a passive with no agent: the passive
    subject ("Japan" of "Japan is committed to working with Peru"), else None ("crimes committed by X" has its
    agent; "crimes were committed" has no "to" phrase)."""
    if verb.lemma_.lower() not in STATE_PARTICIPLES or not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
