"""A stated commitment to a cooperative act: "X is committed to working with Y" is AGREE by X.

"Norway is committed to consulting with the Nordic states", "Japan remains
committed to supporting Ukraine": the adjective "committed" after a copula (be, remain, stay)
with "to" and a gerund states a promise of that act, as the verb does ("X committed to partner
with Y", the lexicon's AGREE). PLOVER codes cooperative acts stated as intended as AGREE (CAMEO
03 "express intent to cooperate"), and the project's harmonised convention
(evaluation/gold/HARMONISED-future-agree.md) lists "committed to VERB" among its markers of a
promise of a future act. The trigger is the adjective; the subject of its copula is the actor.

Left out, as the guide requires: a commitment to a principle or a thing, not an act ("remains
committed to the peace process", "to our One China policy"); an act that is not cooperative
("committed to defeating X"); an aim with no second party named in the act ("is committed to
fostering resilient supply chains", "to protecting the right to vote"); and whatever the
extractor's filters find negated, conditional or hypothetical.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..syntax import found_tokens
from .filters import has_modal, has_negation, reported_future
from .relation_acts import relation_object
from .stated_resolve import cooperative_verb
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUE = re.compile(r"c(?<!\wc)ommitted\b")
"""a text search first: most stories state no commitment (written to start with the letter, not a
word-boundary test, so the search skips ahead to it; the look-behind is the word boundary)"""
COPULAS = frozenset({"be", "remain", "stay"})
"""verbs whose adjective complement states the subject's own standing commitment"""
_PARTY_PREPS = frozenset({"to", "with", "for", "alongside"})
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _gerund(adj: "Token") -> "Token | None":
    """The gerund of "committed to VERB-ing" (the parser may tag "partnering" a noun), else None."""
    return next((p for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"
                 for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"), None)


def _names_party(act: "Token") -> bool:
    """Whether the act's own object, or the object of its with/to/for phrase, is a named party
    ("working with Peru", "supporting Ukraine"; not "signing the striker from Ajax")."""
    objs = [c for c in act.children if c.dep_ in ("dobj", "dative")]
    objs += [o for c in act.children if c.dep_ in ("prep", "dative") and c.lower_ in _PARTY_PREPS
             for o in c.children if o.dep_ == "pobj"]
    return any(t.ent_type_ in _PARTY_LABELS for o in objs for t in (o, *o.children) if t.dep_ != "prep")


def _stative_passive(adj: "Token") -> "Token | None":
    """The clause head of "committed" parsed as a passive verb of a be-copula ("Japan is committed to"): the
    state, with its holder as the passive subject and no agent. The parser may hang the subject on "is"
    itself ("Japan" <- "is" <- "committed"; :func:`.arguments.subject_token` finds it there); None when not such
    a passive."""
    kids = list(adj.children)
    aux = next((c for c in kids if c.dep_ == "auxpass" and c.lemma_ == "be"), None)
    if adj.pos_ != "VERB" or aux is None or any(c.dep_ == "agent" for c in kids):
        return None
    if any(c.dep_ == "nsubjpass" for c in kids):
        return adj
    return adj if any(c.dep_ in ("nsubj", "nsubjpass") for c in aux.children) else None


def committed_states(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """AGREE triggers of a predicative "committed to" + a cooperative gerund naming another party.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    out: list[Trigger] = []
    for adj in found_tokens(doc, _CUE):
        if adj.i in skip:
            continue
        if (cop := _stative_passive(adj)) is not None:  # "X is committed to": the parser's passive of the state
            pass
        elif adj.dep_ != "acomp":  # (the lexicon's own "commit" trigger on the word is dropped as a disposition)
            continue
        else:
            cop = adj.head
            if cop.lemma_.lower() not in COPULAS or cop.i in taken or not any(c.dep_ == "nsubj" for c in cop.children):
                continue  # ("a committed partner": an attribute; no subject: no one committed)
        if has_negation(cop) or has_negation(adj) or (has_modal(cop) and not reported_future(cop)):
            continue  # "Japan is not committed to ...", "she would be committed to ...": the copula's own
        act = _gerund(adj)  # (the act may be a trigger of its own: the filters drop it as an intention)
        if act is None or not cooperative_verb(act) or not (_names_party(act) or relation_object(act) is not None):
            continue
        particle = next((c for c in act.children if c.dep_ in ("prep", "dative") and c.lower_ in _PARTY_PREPS
                         and any(o.dep_ == "pobj" and o.ent_type_ in _PARTY_LABELS for o in c.children)), None)
        out.append(Trigger(token=adj, type="AGREE", entry=None, via=VIA_SELF, clause=cop, particle=particle))
    return out
