"""The other side of a delegation's visit when its "to" phrase names no party.

The lexicon codes leading or sending a delegation to a country as a visit (PLOVER CONSULT mode
visit; CAMEO 042 make a visit), and :mod:`.homeground` drops one that names no foreign side.
English often names the destination by the occasion rather than the country, and the side met by
the purpose phrase:

- "will lead a delegation to Geneva for talks with the Government of Peru": the party of the
  meeting the delegation goes for is the other side (the host city is only the venue);
- "led a delegation to a regional conference in Hanoi, Vietnam": the place of the gathering it
  goes to is the country visited (the guide codes a visit to a country with that country).

Both are read only inside the clause of the governing verb, and only for the lexicon's light-only
destination nouns ("delegation"), so "a delegation of farmers" or "talks with X" elsewhere in the
sentence change nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party
    from .triggers import Trigger

MEETINGS = load().classes["gathering"] | frozenset({"engagement", "discussion"})
"""nouns for the meeting a delegation travels for ("for talks with X", "for diplomatic
engagements with X"): the lexicon's gatherings plus the diplomatic words for a round of
meetings, whose "with" phrase names the side met (PLOVER CONSULT)"""
_PLACES = frozenset({"GPE"})
_AT = frozenset({"in", "at"})


def _governor(noun: "Token") -> "Token":
    """The verb the delegation noun is the object of ("lead a delegation"), else the noun."""
    return noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else noun


def _pobjs(tok: "Token", preps: frozenset[str]) -> list["Token"]:
    """Objects of ``tok``'s prepositions among ``preps``, with their conjuncts."""
    out = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out += [obj, *obj.conjuncts]
    return out


def _inner_pobjs(phrase: "Token", preps: frozenset[str]) -> list["Token"]:
    """Objects of the prepositions among ``preps`` anywhere inside ``phrase``'s own subtree
    ("talks on fisheries with X", "a conference promoting trade in Y": the parser hangs the
    phrase on the nearest word), without entering a clause of its own."""
    out = []
    for tok in phrase.subtree:
        if tok.dep_ in ("relcl", "ccomp", "advcl") and tok.i != phrase.i:
            break
        out += _pobjs(tok, preps)
    return out


def _heads(noun: "Token") -> list["Token"]:
    """The tokens whose phrases may carry the visit's "to" and "for" phrases: the noun, its verb
    and the destination of its "to" phrase ("to Geneva ... for talks" hangs on either)."""
    gov = _governor(noun)
    heads = [noun] if gov is noun else [noun, gov]
    return heads + [d for h in list(heads) for d in _pobjs(h, frozenset({"to"}))]


def meeting_side(ctx: "Context", noun: "Token") -> "Party | None":
    """The party named in the "with" phrase of the meeting the delegation travels for."""
    for head in _heads(noun):
        for meeting in _pobjs(head, frozenset({"for"})):
            if meeting.lemma_.lower() not in MEETINGS:
                continue
            for other in _inner_pobjs(meeting, frozenset({"with"})):
                party = ctx.party(other)
                if party is not None and (party.entity is not None or party.country is not None):
                    return party
    return None


def gathering_place(ctx: "Context", noun: "Token") -> "Party | None":
    """The country-level place of the gathering a delegation goes to ("to a conference in
    Tashkent, Uzbekistan"), or None when it goes to no gathering or the gathering has no place."""
    for head in _heads(noun):
        for dest in _pobjs(head, frozenset({"to"})):
            if dest.lemma_.lower() not in MEETINGS or ctx.entity_at.get(dest.i) is not None:
                continue
            for place in _inner_pobjs(dest, _AT):
                # "in Hanoi, Vietnam": a city of no known country is placed by its apposition
                for name in (place, *(c for c in place.children if c.dep_ == "appos")):
                    ent = ctx.entity_at.get(name.i)
                    party = ctx.party(name) if ent is not None and ent.label in _PLACES else None
                    if party is not None and party.country is not None:
                        return party
    return None


def delegation_side(ctx: "Context", trig: "Trigger", recipient: "Party | None") -> "Party | None":
    """The other side of a delegation's visit: whom it meets (:func:`meeting_side`), which
    outranks the city of the "to" phrase (the venue); else, with no recipient, where the
    gathering it goes to is (:func:`gathering_place`). Any other trigger keeps ``recipient``.

    Args:
        ctx: The document context.
        trig: The trigger.
        recipient: The recipient the arguments stage found, or None.
    """
    entry = trig.entry
    if trig.type != "CONSULT" or entry is None or not (entry.light_only and entry.destination):
        return recipient
    return meeting_side(ctx, trig.token) or recipient or gathering_place(ctx, trig.token)
