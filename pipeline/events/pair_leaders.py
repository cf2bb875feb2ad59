"""The leader behind a country side when a plural reference stands for persons: "X spoke with
Prime Minister Y ... X underscored his commitment to Z's security ... The two leaders agreed
to ...": the two leaders are X and Y, not X and the country Z.

A person-group head ("the two leaders", "both ministers", a bare "the two") refers to two
people. When the nearest pair named before it pairs a person with a country (a promise to a
country, "commitment to Z's security", noted as a pair), the country side stands for the
person who speaks for it in the text: the nearest person named before the reference who holds
an office of that country (the roles stage read it, "Prime Minister Y" -> Z). When the text
names no such office holder, the pair is left as it was.

Pure helpers of :mod:`.references` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

_COUNTRY_LABELS = frozenset({"GPE"})
"""entity labels of a side that is a country as a whole"""
_CURRENT = frozenset({"current", "acting"})
"""role statuses of someone who speaks for a government now"""


def _country_side(party: "Party") -> bool:
    """Whether a side is a country as a whole (a GPE entity, or a government named by its ISO3)."""
    return party.country is not None and (party.entity is None or party.entity.label in _COUNTRY_LABELS)


def _office_holder(ctx: "Context", country: str, before: int) -> "Party | None":
    """The nearest person named before token ``before`` who holds a current office of ``country``."""
    for i in sorted((i for i in ctx.entity_at if i < before), reverse=True):
        ent = ctx.entity_at[i]
        if ent.label != "PERSON":
            continue
        if any(r.country == country and r.status in _CURRENT for r in ctx.roles_by_person.get(ent.id, ())):
            return ctx.party(ctx.doc[i])
    return None


def leader_pair(ctx: "Context", pair: "tuple[Party, Party, int]", tok: "Token") -> "tuple[Party, Party, int]":
    """The pair a person-group reference ``tok`` stands for, with a country side paired with a
    person replaced by that country's office holder named before (module docstring).

    Args:
        ctx: The Doc's argument context.
        pair: The nearest pair found for the reference (first side, second side, position).
        tok: The reference's head ("leaders", "two").

    Returns:
        The pair, its country side replaced when an office holder of it was named before.
    """
    a, b, at = pair
    for person, country, first in ((a, b, False), (b, a, True)):
        if person.label != "PERSON" or not _country_side(country) or country.country == person.country:
            continue
        holder = _office_holder(ctx, country.country, tok.i)
        if holder is None or holder.entity is None or holder.entity is person.entity:
            continue
        return (holder, person, at) if first else (person, holder, at)
    return pair
