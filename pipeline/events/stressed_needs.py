"""A need for someone to act, stressed by one party: "President X stressed the need for Congress to pass the
bill", "the minister underscored the need for Russia to withdraw" is REQUEST by the party who stresses it,
of the party named as the one to act.

PLOVER's REQUEST is "a call for a target to take an action", CAMEO 10 "make a demand"; a readout states a
demand politely as a need the speaker stresses, emphasises or reiterates. The need must be a need to act:
an infinitive on the noun ("the need to take measures") or on its "for" object ("the need for Congress to
pass"), and that one a named party: "stressed the need to build more homes" and "the need for new
investment to grow the economy" are policy aims, as "stressed the need for affordable housing" is a goal
(a review found them common in domestic news; an agentless need said in a call's readout, which the
development gold codes as a demand of the counterpart, is left out with them), and "the importance of
X" a value (readouts weigh principles so: "emphasized the importance of upholding the rules-based order"
asks nothing of the other side).

Words: the lexicon class ``need_stressing_verb`` (stress, emphasise, underscore ...), the noun ``need``.
Left out: a need stated by a plural subject ("the two leaders stressed the need to ...": a shared view,
which :mod:`.call_counterparts` and the lexicon's agreement words read), a negated or asked one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER

from ..tokenarrays import token_indices
from .filters import has_negation
from .lexicon import load
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context, Party

_NEED = "need"


def _infinitive(tok: "Token") -> "Token | None":
    return next((c for c in tok.children if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _need(verb: "Token") -> "tuple[Token, Token | None] | None":
    """(the "need" object, the agent of its "for ... to" phrase or None) when ``verb`` stresses a need to act."""
    need = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == _NEED and c.pos_ == "NOUN"), None)
    if need is None:
        return None
    act = _infinitive(need)
    if act is not None:
        # "the need for Congress to pass" parsed as a clause: "for" its mark, the agent its subject
        agent = next((c for c in act.children if c.dep_ == "nsubj"), None)
        marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in act.children)
        return need, agent if marked else None
    for prep in need.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            # "the need for Congress to pass": the infinitive hangs on the agent or on the preposition
            if obj is not None and (_infinitive(obj) is not None or _infinitive(prep) is not None):
                return need, obj
    return None


def _party(agent: "Token | None") -> bool:
    """Whether the one named to act is a party: a name (a state, a body, a person), not a thing ("the need
    for new investment to grow the economy")."""
    return agent is not None and agent.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def _single_subject(verb: "Token") -> bool:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ not in ("NNS", "NNPS") and subj.lower_ not in ("we", "they") \
        and not any(c.dep_ == "conj" for c in subj.children)


def stressed_need_triggers(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """REQUEST triggers of a need to act stressed by a single party.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    verbs = load().classes.get("need_stressing_verb", frozenset())
    out = []
    for i in token_indices(doc, LOWER, (_NEED,)):
        tok = doc[i]
        if tok.dep_ != "dobj":
            continue
        verb = tok.head
        if verb.i in skip or verb.i in taken or verb.lemma_.lower() not in verbs or has_negation(verb):
            continue
        found = _need(verb)
        if verb.sent[-1].text == "?" or not _single_subject(verb) or found is None or not _party(found[1]):
            continue  # (a need with no party named to act is a policy aim: "stressed the need to build homes")
        out.append(Trigger(token=verb, type="REQUEST", entry=None, via=VIA_SELF, clause=verb))
    return out


def stressed_need_recipient(ctx: "Context", trig: Trigger) -> "Party | None":
    """The party named as the one to act ("the need for Congress to pass"), or None."""
    if trig.entry is not None or trig.type != "REQUEST" or trig.clause is None:
        return None
    found = _need(trig.token)
    if found is None or found[1] is None:
        return None
    return ctx.party(found[1])
