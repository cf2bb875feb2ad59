"""A talk told of a pair by reference: "The two leaders spoke twice last month", "Both leaders
spoke by phone on Monday", "The President and the Prime Minister spoke about energy".

Readouts and joint statements name two leaders once and then refer to them by a plural
person-group noun or by their bare titles. A verb of talking ("speak", "talk") with no "with"
phrase reports a talk only when its subject is the two parties themselves (the guide's
reciprocal meeting, "X and Y spoke": X actor, Y recipient); :func:`.verbparts.reciprocal_subject`
accepts two named parties, and this module accepts the references to a pair named before:

* a definite plural person-group noun: "the two leaders", "both leaders", "the leaders", "the
  two presidents", "the two ministers", "the two counterparts", and "the two" alone;
* two coordinated bare titles under "the": "The President and the Prime Minister", "The King
  and the President", "The Vice President and Prime Minister" (one article for both).

Who the reference stands for is then resolved as for any act (:mod:`.references`,
:mod:`.titles`); a reference with no pair before it leaves the act with no actor, which the
events stage drops. A plural head with its own "of" complement names its own members ("the
leaders of more than 30 countries spoke"): no pair (:func:`.salience.names_own_members`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .salience import names_own_members
from .verbparts import to_audience

if TYPE_CHECKING:
    from spacy.tokens import Token

GROUP_HEADS = frozenset({"leader", "president", "minister", "counterpart", "premier", "chancellor", "secretary"})
"""plural nouns of office holders that refer back to a pair of named leaders or officials"""
_PAIR_DETS = frozenset({"the", "both"})


def _group_reference(subj: "Token", entity_at: Mapping[int, object]) -> bool:
    """Whether ``subj`` is a definite plural person-group reference ("the two leaders", "both
    ministers", "the two")."""
    if subj.i in entity_at or names_own_members(subj, entity_at):
        return False
    dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "predet", "nummod", "quantmod")}
    if subj.lower_ == "two":
        return "the" in dets  # ("the two spoke by phone"; "two spoke" counts people, no reference)
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in GROUP_HEADS:
        return False
    if any(c.dep_ in ("amod", "compound") for c in subj.children):
        return False  # "the world leaders", "the European leaders": a group, not the pair
    return bool(dets & _PAIR_DETS) and (dets <= {"the", "both", "two"})


def _titled(tok: "Token", entity_at: Mapping[int, object]) -> bool:
    """Whether ``tok`` heads a capitalised title that names no one itself ("the Prime Minister")."""
    return tok.i not in entity_at and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and not any(
        c.i in entity_at or c.dep_ in ("appos", "poss", "prep") for c in tok.children)


def _title_pair(subj: "Token", entity_at: Mapping[int, object]) -> bool:
    """Whether ``subj`` is two coordinated bare titles under "the" ("The President and the
    Prime Minister", "The Vice President and Prime Minister")."""
    conj = [c for c in subj.children if c.dep_ == "conj"]
    if len(conj) != 1 or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return False
    return _titled(subj, entity_at) and _titled(conj[0], entity_at)


def pair_subject(verb: "Token", entity_at: Mapping[int, object]) -> bool:
    """Whether the verb's subject refers back to a pair of parties by a plural person-group noun or
    by two coordinated bare titles (module docstring): a verb of talking "with" someone then reports
    a talk between the two.

    Args:
        verb: The trigger verb ("spoke", "talked").
        entity_at: Token index -> entity, for the words that name someone themselves.
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or to_audience(verb):
        return False  # ("the two leaders spoke to reporters": to an audience)
    return _group_reference(subj, entity_at) or _title_pair(subj, entity_at)
