"""The author of the act a bare reference answers when that act was coded as no event:
"X ordered the company to issue licences. Y called the move a threat": the move is X's.

English refers back to the act just told with a bare definite noun of acting ("the move",
"the decision", "this step"): the noun has no category of its own and points at whatever the
sentence before reported. When that sentence's act was found as an event, its actor is already
known (:meth:`~.context.Context.last_actor`); when its verb is no event word ("ordered",
"instructed", "passed"), no act was noted, and the nearest noted one is older and usually
someone else's (a call reported a paragraph before). The author is then the subject of the
previous sentence's main clause, provided it names a party other than the one reacting and the
clause tells an act (not a report, "said", nor a state, "is", "has").

Pure helpers of :mod:`.reactions` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .context import Context, Party
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

ACT_REFERENCES = load().classes["act_reference"]
"""bare nouns that refer back to the act just told ("the move", "the decision")"""
_NO_ACT_VERBS = load().classes["news_reporting_verb"] | {"be", "have", "seem", "remain", "become"}
"""main verbs that tell a report or a state, not an act a reference could answer"""
_REFERRING_DETS = frozenset({"the", "this", "that"})


def _previous_start(ctx: Context, tok: "Token") -> int | None:
    """Start of the sentence before ``tok``'s, or None for the first sentence."""
    k = bisect_right(ctx.sent_starts, tok.i) - 1
    return ctx.sent_starts[k - 1] if k >= 1 else None


def _same_side(a: Party, b: Party) -> bool:
    """Whether two parties are one (the same entity, or of the same government)."""
    return (a.entity is not None and a.entity is b.entity) or (a.country is not None and a.country == b.country)


def prior_mover(ctx: Context, noun: "Token", actor: Party) -> Party | None:
    """Who did the uncoded act the sentence before told, which ``noun`` refers back to.

    Args:
        ctx: The Doc's argument context (its acts noted so far, sentence starts, parties).
        noun: The reaction's object noun ("the move").
        actor: Who reacts (never its own answer).

    Returns:
        The previous sentence's main-clause subject as a party, or None when the noun is no
        bare act reference, an act was noted since that sentence began, or the clause tells
        no act of another party.
    """
    if noun.lemma_.lower() not in ACT_REFERENCES or not any(
            c.dep_ == "det" and c.lower_ in _REFERRING_DETS for c in noun.children):
        return None
    start = _previous_start(ctx, noun)
    if start is None or any(start <= at < noun.i for at, _, _ in ctx.acts):
        return None  # the act referred to was found as an event: its actor answers (last_actor)
    root = ctx.doc[start].sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() in _NO_ACT_VERBS or root.i in ctx.quoted:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    party = ctx.party(subj) if subj is not None and subj.pos_ != "PRON" else None
    if party is None or (party.entity is None and party.country is None) or _same_side(party, actor):
        return None
    return party
