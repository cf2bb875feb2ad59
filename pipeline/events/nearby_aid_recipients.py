"""Whom aid goes to when the clause names no one: the one foreign country the report is about
at that point ("Ukraine needs air defence. ... The Department of Defense has allocated the
remaining funds", "fighting in Sudan has displaced millions ... Britain announced £89m in
humanitarian aid").

Aid is always given to someone (PLOVER's AID has a target: who receives it). When the clause
does not say who, news and statements name the receiving country in the sentences just before
(or in the same sentence outside the clause). The rule takes that country only when it is the
only foreign country named in the nearest sentence that names one, within the trigger's
sentence and the two before it; with two or more, who receives the aid is not told and it
stays null. The actor's own country is never its own aid's recipient here (spending at home
is left to :mod:`.talk`).

Pure helper of :mod:`.implied_recipients` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .context import Context, Party

if TYPE_CHECKING:
    from spacy.tokens import Token

AID_TYPES = frozenset({"AID"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
WINDOW = 3
"""sentences searched: the trigger's own and the two before it"""


def nearby_aid_recipient(ctx: Context, tok: "Token", typ: str, actor: Party | None) -> Party | None:
    """The only foreign country named nearest before (or in the sentence of) an aid trigger
    with no recipient (rules in the module docstring).

    Args:
        ctx: The Doc's argument context.
        tok: The trigger token.
        typ: The event's PLOVER category.
        actor: The event's actor.

    Returns:
        That country, or None.
    """
    if typ not in AID_TYPES or actor is None or tok.i in ctx.quoted:
        return None
    own = actor.country or ctx.home_country
    if own is None:
        return None
    k = bisect_right(ctx.sent_starts, tok.i) - 1
    for n in range(k, max(k - WINDOW, -1), -1):
        lo = ctx.sent_starts[n]
        hi = ctx.sent_starts[n + 1] if n + 1 < len(ctx.sent_starts) else len(ctx.doc)
        found: dict[str, Party] = {}
        seen = set()
        for i in range(lo, hi):
            ent = ctx.entity_at.get(i)
            if ent is None or ent.label not in _COUNTRY_LABELS or id(ent) in seen or i in ctx.quoted:
                continue
            seen.add(id(ent))
            party = ctx.party(ctx.doc[i])
            if party is None or party.country is None or party.country == own:
                continue
            found.setdefault(party.country, party)
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            return None
    return None
