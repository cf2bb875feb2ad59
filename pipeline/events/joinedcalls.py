"""Who joined a call or meeting a readout has already reported, and with whom.

"President X spoke with Prime Minister Y. Vice President Z joined the call." Z took part in the
consultation between X and Y: one CONSULT between Z and the other side of that call (Y, when Z
is on X's side; else X, who held it). The call is the nearest pair of parties named before
(:attr:`.context.Context.pairs`). "Joined the call for a ceasefire" joins a demand, not a call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context, Party
    from .triggers import Trigger

JOIN_LEMMAS = frozenset({"join"})
DEFINITE = frozenset({"the", "this", "that"})
"""determiners by which the noun points back to the call already reported"""
SENTENCES_BACK = 3
"""how far back the call joined may be reported"""


def joined_demand(trig: "Trigger") -> bool:
    """Whether "joined the call" is joining a demand ("joined the call for a ceasefire")."""
    return _joined(trig) and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in trig.token.children)


def _joined(trig: "Trigger") -> bool:
    verb = trig.clause
    return verb is not None and verb is not trig.token and verb.lemma_.lower() in JOIN_LEMMAS and \
        trig.token.lower_ == "call"


def joined_counterpart(ctx: "Context", trig: "Trigger", actor: "Party | None") -> "Party | None":
    """The other side, for ``actor``, of the reported call or meeting he joined, or None.

    Args:
        ctx: The Doc's context (its pairs of parties named together before).
        trig: A consultation trigger: a meeting or call noun under "join".
        actor: Who joined.
    """
    verb, noun = trig.clause, trig.token
    if actor is None or verb is None or verb is noun or verb.lemma_.lower() not in JOIN_LEMMAS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) and not any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.head.children if noun.dep_ == "pobj"):
        return None  # "joined a call with X": a call of its own
    floor = ctx.sentences_back(noun, SENTENCES_BACK)
    pair = next(((a, b) for at, a, b in reversed(ctx.pairs) if floor <= at < noun.i), None)
    if pair is None:
        return None
    first, second = pair
    if actor.entity is not None and actor.entity in (first.entity, second.entity):
        return None
    return second if actor.country is not None and actor.country == first.country else first
