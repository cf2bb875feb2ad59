"""Affirming that a side will act: "The two leaders affirmed that their countries will continue
to strengthen the partnership", "reaffirmed that the United States would support X",
"affirmed that both countries are committed to Y".

A that-clause of affirm or reaffirm whose verb is a future act ("will", "would", "shall") or a
commitment ("are committed to") states a promise: PLOVER codes cooperative acts reported in
the future as intentions, i.e. AGREE, and the project's harmonised convention
(evaluation/gold/HARMONISED-future-agree.md) codes "reaffirmed that the United States would
support" as AGREE. The trigger is the affirming verb; its subject is the actor. A that-clause
stating a fact or a view ("affirmed that the alliance is strong") promises nothing, and one
whose promised act is a trigger of its own ("will support Ukraine") is coded there, once. The
clause's subject must be the affirmer's own side (a pronoun, "their countries", "both sides", a named
party) and its verb an act, not a state: "affirmed that inflation would ease" or "that it would be
difficult" forecasts, it promises nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..syntax import found_tokens
from .committed_states import committed_states
from .participles import STATE_PARTICIPLES
from .stated_resolve import stated_resolves
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

AFFIRM_LEMMAS = frozenset({"affirm", "reaffirm"})
_FUTURE = frozenset({"will", "would", "shall", "'ll"})
_COMMITTED = frozenset({"commit", "committed", "determined", "resolved"})
"""predicates of a stated commitment ("are committed to", "remain determined to")"""
_OWN_DETS = frozenset({"we", "they", "it", "i", "he", "she", "our", "their", "its", "his", "her", "my", "both", "two"})
"""subjects, or their determiners and numbers, that stand for the affirmer's own side ("we", "their
countries", "both sides", "the two governments")"""
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_STATES = frozenset({"be", "become", "remain", "seem", "happen", "ease", "rise", "fall", "grow", "decline"})
"""verbs of a state or a change that no side performs ("would be", "would ease")"""
_CUE = re.compile(r"[RrAa](?<!\w[RrAa])(?:(?<=[Rr])e[Aa]|(?<=[Aa]))ffirm(?:s|ed|ing)?\b")
"""a text search first: most stories affirm nothing (written to start with the first letters, not
a word-boundary test, so the search skips ahead to them; the look-behind is the word boundary)"""


def _promised(clause: "Token") -> bool:
    """Whether a that-clause's verb is a future act or a stated commitment."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in clause.children):
        return True
    if clause.lemma_.lower() in _COMMITTED or clause.lower_ in _COMMITTED:
        return True
    return any(c.dep_ == "acomp" and c.lower_ in _COMMITTED for c in clause.children)


def _own_side(clause: "Token") -> bool:
    """Whether a that-clause's subject is a side that can promise and its verb an act by it."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or (clause.lemma_.lower() in _STATES and not any(
            c.dep_ == "acomp" and c.lower_ in _COMMITTED for c in clause.children)):
        return False
    return (subj.lower_ in _OWN_DETS or subj.ent_type_ in _PARTY_ENTS
            or any(c.lower_ in _OWN_DETS for c in subj.children if c.dep_ in ("poss", "det", "nummod", "preconj")))


def affirmed_promises(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """AGREE triggers of affirm/reaffirm with a that-clause of a future act or commitment.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    out = []
    for tok in found_tokens(doc, _CUE):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in AFFIRM_LEMMAS or tok.i in taken or tok.i in skip:
            continue
        if tok.dep_ in ("amod", "acl") or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            continue  # "the affirmed principles", "was reaffirmed": no one affirming
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None or any(w.i in taken and w.lemma_.lower() not in STATE_PARTICIPLES for w in clause.subtree):
            continue  # ("reaffirmed that the United States will support X": the promised act is coded itself;
            # "... that X is committed to Y": the lexicon's "commit" is dropped as a disposition, the affirming is the act)
        if _promised(clause) and _own_side(clause):
            out.append(Trigger(token=tok, type="AGREE", entry=None, via=VIA_SELF, clause=tok))
    # a resolve or a continuation as the object ("reaffirmed their readiness to help") (:mod:`.stated_resolve`)
    out += stated_resolves(doc, taken | {t.token.i for t in out}, skip)
    # "X is committed to working with Y" (:mod:`.committed_states`)
    affirmed = {w.i for t in out for c in t.token.children if c.dep_ == "ccomp" for w in c.subtree}
    return out + committed_states(doc, taken | {t.token.i for t in out}, set(skip) | affirmed)  # (once, by the affirmer)
