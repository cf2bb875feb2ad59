"""Decisions taken together: "The Leaders decided to meet in person at least annually" is AGREE.

A decision that two or more parties announce about what they will do is their agreement on it
(PLOVER AGREE: agree to, or indicate commitment to, a future action; CAMEO 03 express intent to
cooperate). English reports such joint decisions with "decide to V", "decide that ..." or
"decide on X" under a joint subject: names coordinated ("The United States, Japan, and the ROK
decided to establish a working group"), or a plural noun for the parties themselves with a
definite or counting determiner ("The Leaders decided that ...", "the participants decided to
bolster ...", "the two governments decided on a framework"). The development gold codes 8 of the
9 such clauses of its text, and none of the decisions of one party
("Airbus decided to remove the winglets", "Mr. Putin decided to cross the line": a choice of its
own, coded by what it does if that is an event) nor of "we" or "they" in speech, whose parties
the clause does not state.

A decided act that the lexicon codes as another event ("decided to send aid", "decided to
withdraw their forces", "decided to impose sanctions") or an act of force ("decided to use
force") is that act, not an agreement; a decision to come ("will decide"), negated ("decided not
to"), conditional ("whether to"), or a judgement ("decided that the launches are a threat") is
none; questions are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..tokenarrays import token_indices
from .filters import has_negation
from .lexicon import load
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DETERMINERS = frozenset({"the", "both", "two", "three", "four", "all", "these"})
"""words before a plural noun of parties that make it the parties named before ("the Leaders",
"both governments", "the two sides"), not parties at large ("leaders decided" in a survey)"""


def _joint_subject(verb: "Token") -> bool:
    """Whether the verb's subject is two or more parties: coordinated names or a plural noun of
    the parties ("the Leaders", "the two sides")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("we", "they", "you"):
        return False
    if any(c.dep_ == "conj" or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)) for c in subj.children):
        # "the United States and Japan decided" (a list's second name may be parsed as an apposition
        # carrying the rest: "the United States, Japan, and the ROK"); every member a name, not "X
        # and his representatives"
        return all(t.pos_ == "PROPN" for t in subj.subtree if t.dep_ in ("conj", "appos") or t.i == subj.i)
    lemma = subj.lemma_.lower() if subj.tag_ == "NNS" else subj.lower_[:-1]  # ("the Leaders": a capitalised plural)
    return subj.tag_ in ("NNS", "NNPS") and load().in_class(lemma, "pair_group") and any(
        c.dep_ in ("det", "nummod", "predet") and c.lower_ in _DETERMINERS for c in subj.children)


def _decided(verb: "Token") -> "Token | None":
    """What is decided: the to-infinitive, the that-clause or the on-object, or None."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return c
        if c.dep_ == "prep" and c.lower_ == "on":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


_PLANNED_AUX = frozenset({"will", "would", "shall", "'ll"})
_FORCE_OBJECTS = frozenset({"force", "violence", "repression", "weapon", "strike", "attack"})
"""objects of a decided act of force ("decided to use force against smugglers")"""


def _own_decision(verb: "Token", what: "Token", taken: "dict[int, str]") -> bool:
    """Whether the decision is taken (not one to come, negated or conditional), is about an act
    to come (not a judgement: "decided that the launches are a threat"), and is no event of its
    own kind: a decided act that the lexicon codes otherwise (aid sent, troops withdrawn,
    sanctions imposed, a summit held, force used) is that act, not an agreement. A decided
    meeting or joint body the verb itself names is coded by the decision ("decided to meet
    annually", "decided to establish a working group")."""
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in _PLANNED_AUX) for c in verb.children):
        return False  # "will decide on the framework next month"
    marks = [c for c in (*verb.children, *what.children) if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")]
    if marks or has_negation(what):
        return False  # "decided not to hold", "will decide whether to expand"
    if what.dep_ == "ccomp" and not any(c.dep_ == "aux" and c.lower_ in _PLANNED_AUX for c in what.children):
        return False  # "decided that the launches are a threat": a judgement, not a plan
    if what.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_OBJECTS for c in what.children):
        return False
    return taken.get(what.i, "AGREE") in ("AGREE", "CONSULT") and not any(
        t.i in taken for t in what.subtree if t.i != what.i)  # ("decided to hold a summit": the summit's)


def decision_triggers(doc: "Doc", taken: "dict[int, str]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """AGREE triggers of decisions taken by two or more parties together.

    Args:
        doc: A parsed Doc.
        taken: Token index -> category of the triggers already found.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    out = []
    for i in token_indices(doc, LEMMA, ("decide",)):
        verb = doc[i]
        if verb.pos_ != "VERB" or i in skip or i in taken or has_negation(verb) or verb.sent[-1].text == "?":
            continue
        what = _decided(verb)
        if what is None or not _joint_subject(verb) or not _own_decision(verb, what, taken):
            continue
        out.append(Trigger(token=verb, type="AGREE", entry=None, via=VIA_SELF, clause=verb))
    return out
