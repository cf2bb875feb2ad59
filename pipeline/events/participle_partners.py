"""A promise made in a participle clause of a meeting is made to the one met.

Readouts tell the content of a meeting in participle clauses hanging on its verb: "X met today
with Y, highlighting ... and reaffirming their joint commitment to continue working together",
"X spoke with Y, agreeing to ...". The participle's subject is the meeting's subject (English
control of an adverbial participle); an agreement or a cooperation it tells with no other party
named is then made with whoever the meeting was with: the pair the meeting recorded
(``Context.note_pair``). Acts aimed at a third party name it ("reaffirming the commitment to
NATO") and keep it; only a clause with no recipient of its own is read here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context, Party
    from .triggers import Trigger

PARTNER_TYPES = frozenset({"AGREE", "COOPERATE"})
"""acts between two parties that a meeting's participle clause may tell"""


def meeting_partner(ctx: "Context", trig: "Trigger", typ: str, actor: "Party | None") -> "Party | None":
    """The other side of the meeting whose participle clause tells ``trig``, or None.

    Args:
        ctx: The article's reference context (its recorded pairs).
        trig: The trigger (a verb, or a noun with its light verb as clause).
        typ: The category the event is coded with.
        actor: The event's actor, which must be the meeting's actor.

    Returns:
        The meeting's recipient, when the clause is an -ing participle (or one coordinated
        with it) of a verb that recorded a pair with this actor; else None.
    """
    if typ not in PARTNER_TYPES or actor is None or actor.entity is None:
        return None
    cur = trig.clause if trig.clause is not None else trig.token
    for _ in range(4):  # "highlighting X and reaffirming Y": the second hangs on the first
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.dep_ != "advcl" or cur.tag_ != "VBG":
        return None
    return next((recipient for at, first, recipient in ctx.pairs
                 if at == cur.head.i and first.entity is actor.entity), None)
