"""A concern about a situation, with no party it is aimed at: "The leaders expressed their
common concern about the global migration crisis", "They shared deep concerns regarding the crisis
in X", "we have had increasing concern about that threat".

PLOVER's ACCUSE is one party's disapproval of, or charge against, another ("criticize, defame,
denigrate responsible parties"). "Expressed concern over X's troop deployments" names the party
the objection is aimed at; a worry about a crisis, a threat or a trend names none, so it is a
shared assessment of a situation, not an accusation. The light noun "concern" (and its near
synonyms) is coded ACCUSE only when a party on the other side was resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CONCERN_NOUNS = frozenset({"concern", "worry", "alarm", "unease", "disquiet", "apprehension"})
"""nouns of worry that code ACCUSE only as an objection aimed at a party (English near synonyms
of "concern"; the lexicon codes "concern" as a light noun: 'expressed grave concern over')"""


def targetless_concern(tok: "Token", typ: str | None, recipient) -> bool:
    """Whether an ACCUSE read from a worry noun has no party it is aimed at.

    Args:
        tok: The trigger word.
        typ: The event type coded so far.
        recipient: The recipient resolved so far (a Party or None).

    Returns:
        True when ``typ`` is ACCUSE, ``tok`` is a worry noun and no recipient was resolved.
    """
    return typ == "ACCUSE" and recipient is None and tok.pos_ in ("NOUN", "PROPN") \
        and tok.lemma_.lower() in CONCERN_NOUNS


_ABOUT = frozenset({"over", "about", "regarding", "at", "with", "on", "concerning"})
"""prepositions that name what a worry is about ('concern over', 'concerns regarding')"""


def _named(tok: "Token", entity_at) -> "Token | None":
    """The party a phrase about a worry names: the phrase itself ("concern about Peru"), the
    owner of an act ("about Peru's tests") or its agent ("over deployments by Peru")."""
    if tok.i in entity_at:
        return tok
    for c in tok.children:
        if c.dep_ == "poss" and c.i in entity_at:
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            by = next((p for p in c.children if p.dep_ == "pobj"), None)
            if by is not None and by.i in entity_at:
                return by
    return None


def concern_target(ctx, tok: "Token", typ: str | None, recipient):
    """The party a worry is aimed at when no recipient was resolved: "expressed grave concern over
    troop deployments by X" is aimed at X, as "concern about X's missile tests".

    Args:
        ctx: The article's :class:`~pipeline.events.context.Context`.
        tok: The trigger word.
        typ: The event type coded so far.
        recipient: The recipient resolved so far (a Party or None).

    Returns:
        ``recipient`` unchanged unless it is None for an ACCUSE read from a worry noun whose
        phrase names a party; then that party.
    """
    if typ != "ACCUSE" or recipient is not None or tok.lemma_.lower() not in CONCERN_NOUNS:
        return recipient
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if not any(p.lower_ in _ABOUT for p in preps):
        return recipient
    for prep in preps:  # ("by X" is often hung on the noun of worry itself: its act's agent)
        if prep.lower_ in _ABOUT or prep.lower_ == "by":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (named := _named(obj, ctx.entity_at)) is not None:
                    return ctx.party(named)
    return recipient
