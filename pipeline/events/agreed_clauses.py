"""A cooperative act that parties agree or decide will happen: decided, coded by its own doer.

"Chile and Peru have agreed that the Chilean engineers stationed there will leave by
September", "Mali and France decided that French troops would withdraw by the end of the
year". An agreement is coded on its own verb (AGREE); the act it settles, in the future tense in
the agreement's that-clause, is also decided, not hoped for (the guide codes events "happened,
happening or decided"), and a cooperative act reported in the future is AGREE by the party that
will do it (PLOVER AGREE; evaluation/gold/HARMONISED-future-agree.md). The filters otherwise
read every clause under an agreement as a mere content of the agreement.

Only a that-clause with "will", "would" or "shall" under a verb of agreeing or deciding whose
subjects are two sides (or one agreeing "with" another: one party agreeing that something will
happen states a view), and only a cooperative act (conflictual acts so agreed, "agreed that Russia will face sanctions", are
left as the agreement's content).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

COOPERATIVE_ACTS = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
"""PLOVER's cooperative categories (as ``filters.COOPERATIVE``, which imports this module)"""
AGREEING = frozenset({"agree", "decide"})
"""verbs whose that-clause states a decided course (PLOVER AGREE: agree to, decide)"""
_FUTURE = frozenset({"will", "would", "shall", "'ll", "\u2019ll"})


def agreed_future(head: "Token", clause: "Token", typ: str | None) -> bool:
    """Whether ``clause`` is the future that-clause of an agreeing verb ``head`` and its trigger
    type ``typ`` a cooperative act (module docstring)."""
    if typ not in COOPERATIVE_ACTS or clause.dep_ != "ccomp" or head.pos_ != "VERB":
        return False
    if head.lemma_.lower() not in AGREEING or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    if not _two_sides(head):
        return False  # "analysts agree that X will help", "Trump agreed that China would help": a view
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in clause.children)


def _two_sides(head: "Token") -> bool:
    """Whether the agreeing verb names two sides that settle something between them: coordinated
    subjects ("Chile and Peru agreed"), or a "with" party ("agreed with Peru that")."""
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.conjuncts:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
