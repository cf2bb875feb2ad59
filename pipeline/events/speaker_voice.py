"""Who acts when a speaker says "we": the speaker, for the government he speaks for.

"we agreed to support Poland's investigation" in a President's remarks, "we welcome today's
agreement" in a Vice President's statement: the first person plural of a known speaker (a
transcript's labelled turn) or of a statement's author is that official acting for his
government. The events stage reads such a "we" as the government as a whole (its ISO3, so that
one side and the other are told apart by country); the event's actor is then given as the
speaker, with the government's ISO3 as ``actor_country``. Annotators code such acts either way
("USA" or "Biden"), and the record names both. Only a "we" whose government is the speaker's is
changed; a bloc's "we" ("We, the Leaders of the G7") and a "we" of an unknown speaker stay as read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context, Party

_PLURAL_SELF = frozenset({"we", "us", "our"})


def speaker_voice(ctx: "Context", party: "Party | None") -> "Party | None":
    """``party``, or the speaker who says it when it is a government's "we" (module docstring)."""
    if party is None or party.entity is not None or party.token is None or party.country is None:
        return party
    tok = party.token
    if tok.lower_ not in _PLURAL_SELF or tok.i in ctx.quoted or party.name != party.country \
            or any(c.dep_ == "appos" for c in tok.children):
        return party  # ("We, the Alliance, condemned": a bloc's "we" named beside it)
    turn = ctx.turns.at(ctx.raw[tok.i][0]) if ctx.turns else None
    who = turn.speaker if turn is not None and turn.speaker is not None else (ctx.author if turn is None else None)
    if who is None or (ctx._country(who, [], []) or ctx.home_country) != party.country:
        return party
    from .context import Party  # (context imports the modules of the stage)

    return Party(entity=who, country=party.country, token=tok)
