"""A refusal to recognise: "we will never recognise this illegal annexation", "the G7 does not recognize
Russia's claims", "we do not recognize the Taliban" is REJECT by the party that refuses, of what it will
not recognise.

PLOVER's REJECT covers "all rejections and refusals" (CAMEO 12: reject, refuse, veto). The verb's own
lexicon entry codes recognition of a state, a government or a party's merit as SUPPORT; negated, the same
verb with a claim, an annexation, a vote or a government as its object is the diplomatic formula of
non-recognition, a rejection that stands however the clause is negated. The negation is the event, so the
factuality check that drops "did not meet" must not drop it; conditions and embeddings still apply ("if we
did not recognise ...", "asked whether they would not recognise ...").

Left out: a person as the object ("did not recognize him", "I don't recognize the Senator": not knowing
someone, or a courtesy withheld), a speaker's own "I don't recognize that (number, characterization)" (a
rebuttal of a question's premise, no party rejected), and a verb with no object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..tokenarrays import token_indices
from .titles import office_holder_object
from .filters import has_negation
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LEMMAS = ("recognize", "recognise")
_UNDECIDED = frozenset({"may", "might", "could", "should", "must"})
"""modals of a possibility or an obligation: "may not recognise" decides nothing, "must not" asks others"""
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "that", "this", "those", "these"})
"""objects that name a person or point at a speaker's topic ("I don't recognize that"), no claim or state"""


def refused_recognition(verb: "Token", entity_at: dict) -> bool:
    """Whether ``verb`` is a negated "recognise" with a claim, act or government as its object."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LEMMAS or not has_negation(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in _PERSON_PRONOUNS:
        return False
    named = entity_at.get(obj.i)
    if getattr(named, "label", None) == "PERSON" or office_holder_object(obj):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return not (subj is not None and subj.lower_ == "i") and not any(
        c.dep_ == "aux" and c.lower_ in _UNDECIDED for c in verb.children)


def refusal_triggers(doc: "Doc", skip: "set[int] | frozenset[int]", entity_at: dict) -> list[Trigger]:
    """REJECT triggers on negated "recognise" verbs (module docstring).

    Args:
        doc: The parsed Doc.
        skip: Token indices to leave out (headline, quotations, questions).
        entity_at: Token index -> entity.

    Returns:
        Triggers on the verb, its own clause.
    """
    out = []
    for i in token_indices(doc, LEMMA, _LEMMAS):  # (read off the token array: most stories have none)
        verb = doc[i]
        if i in skip or not refused_recognition(verb, entity_at):
            continue
        out.append(Trigger(token=verb, type="REJECT", entry=None, via=VIA_SELF, clause=verb))
    return out
