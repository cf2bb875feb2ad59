"""A first-person speaker nobody names, and a speaker's bidding of the room.

- "I" with no one to stand for: an excerpt of remarks with no title, no turn labels and no
  seat of government ("In May, I spent two days with Director X in Vienna ... this past weekend
  I met with Director X in Bangkok") tells the speaker's own acts, but neither the speaker nor
  his government is stated. The guide's actor is then null, and the development gold codes such
  acts with a null actor rather than leaving them out (an unnamed "I" who met a named
  counterpart). So an act whose clause subject is that "I" is kept with a null actor; "we" stays
  unresolved (a government's "we" is coded with its country, which is what is unknown here).
- The speaker bidding the room: "My fellow Americans, please welcome Prime Minister X", "Ladies
  and gentlemen, please join me in welcoming ...". The words before the comma name whom the
  speaker addresses, not who acts: the audience is asked to applaud, no party acts on another
  (the development gold of remarks codes no such bidding).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context
    from .triggers import Trigger

_CHAIN = frozenset({"xcomp", "conj", "ccomp", "advcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _clause_subject(verb: "Token") -> "Token | None":
    """The subject of the verb, or of the verb it is coordinated with or the complement of ("I
    went to Vienna and met X", "I decided to call X"), up to three steps."""
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            return subj
        if verb.dep_ not in _CHAIN or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def unnamed_speaker(ctx: "Context", trig: "Trigger") -> Party | None:
    """A null actor standing for an unnamed "I" who acts (module docstring), or None.

    Args:
        ctx: The Doc's context (``ctx.party`` says whether "I" is anyone it knows).
        trig: The trigger; its clause verb (or the trigger itself) carries the subject.
    """
    verb = trig.clause if trig.clause is not None else trig.token
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = _clause_subject(verb)
    if subj is None or subj.lower_ != "i" or subj.pos_ != "PRON" or subj.i in ctx.quoted:
        return None
    if subj.i > 0 and subj.doc[subj.i - 1].lower_ in ("and", "or", "&"):
        return None  # "X and I met": a pair, whoever the parse makes the subject (:func:`.speech_acts.speaker_pair`)
    if ctx.party(subj) is not None:
        return None  # the author, the turn's speaker or the home government: resolved as usual
    turn = ctx.turns.at(ctx.raw[subj.i][0]) if ctx.turns else None
    if turn is not None and turn.question:
        return None  # a reporter's "I" asks, it acts on no one
    return Party(entity=None, country=None, token=subj)


_BIDDING = frozenset({"please", "pls"})


def addressed_imperative(verb: "Token", actor: "Party | None") -> bool:
    """Whether the act is the speaker bidding the addressed audience ("My fellow Americans,
    please welcome X"): an imperative marked by "please", with the actor found being the words
    set off by a comma before it.

    Args:
        verb: The trigger's clause verb (the trigger when it is a verb).
        actor: The actor found for the trigger.
    """
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or actor is None or actor.token is None:
        return False
    if not any(c.lower_ in _BIDDING and c.dep_ in ("intj", "advmod", "discourse") for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "we would please ask" is no bidding of the room
    tok = actor.token
    if tok.i >= verb.i or tok.lower_ in ("i", "we"):
        return False
    return any(w.text in (",", ";", ":") for w in tok.doc[tok.i + 1:verb.i])
