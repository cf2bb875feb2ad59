"""The country that support or a commitment is for when the text names only its condition.

"We back democracy in Bolivia", "reaffirmed support for the sovereignty and
territorial integrity of Georgia", "recommitted to a lasting presence in Somalia": English often
names what is backed as the condition of a country (its democracy, sovereignty, stability or
security) rather than the country itself, and the country then stands in an "in" phrase or as the
owner inside the phrase. PLOVER's SUPPORT and AGREE target is the party the support or promise is
for: that country. The rule reads only a phrase of the trigger ("for", "of", "to") whose words
include such a condition (lexicon class ``national_good``), and only when exactly one foreign
country is named there or in an "in" phrase beside it; the actor's own country is never the one
backed ("support in the U.S. Congress for X" says where the support is).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load
from .positions import prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

GOOD_TYPES = frozenset({"SUPPORT", "AGREE"})
GOODS = load().classes["national_good"]
"""(data: event_triggers.json) the conditions of a country that support or a commitment is for"""
_GOOD_PREPS = frozenset({"for", "of", "to"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})


def _heads(trigger: "Token") -> list["Token"]:
    """The trigger, a support noun it governs through "in" ("stand in support of X"), and the verb
    whose object an event noun is ("reaffirmed the commitment of X to peace in Y": the parser
    hangs the noun's "to" phrase on the verb)."""
    out = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        out.append(trigger.head)
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            obj = prep_object(c)
            if obj is not None and obj.lemma_.lower() == "support":
                out.append(obj)
    return out


def _gerund(prep: "Token") -> "Token | None":
    """The gerund a preposition governs ("commitment to supporting X's independence")."""
    return next((c for c in prep.children if c.dep_ == "pcomp"), None)


def _phrases(head: "Token", depth: int = 3) -> list["Token"]:
    """The prepositions of ``head``'s phrase, also those of its phrases' objects and coordinated
    ones ("support in the Congress and among the people for X"), down to ``depth`` levels."""
    out: list["Token"] = []
    level = [c for c in head.children if c.dep_ == "prep"]
    for _ in range(depth):
        level += [c for p in level for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
        out += [p for p in level if p not in out]
        objs = [o for p in level if (o := prep_object(p)) is not None]
        level = [c for o in objs for c in o.children if c.dep_ == "prep"]
    return out


def _countries(ctx: "Context", toks, own: str | None) -> "dict[str, Party]":
    """The foreign countries (places or nationality words) ``toks`` name, by ISO3."""
    from .context import Party

    found: dict[str, "Party"] = {}
    for tok in toks:
        ent = ctx.entity_at.get(tok.i)
        if ent is None or ent.label not in _COUNTRY_LABELS or not ent.country or ent.country == own:
            continue
        found.setdefault(ent.country, Party(entity=ent, country=ent.country, token=tok) if ent.label == "GPE"
                         else Party(entity=None, country=ent.country, token=tok, name=ent.country))
    return found


def good_country(ctx: "Context", trigger: "Token", typ: str | None, actor: "Party | None") -> "Party | None":
    """The one country whose condition a support or commitment with no recipient is for, or None.

    Args:
        ctx: The document's argument context.
        trigger: The event's trigger word.
        typ: The event's category (only SUPPORT and AGREE are read).
        actor: Its actor (whose own country is never the one backed).

    Returns:
        The party for the only foreign country named in a "for/of/to" phrase of the trigger that
        names a condition of a country ("democracy", "sovereignty", ...), or in an "in" phrase
        beside it; None when there is none or more than one.
    """
    if typ not in GOOD_TYPES or actor is None:
        return None
    for head in _heads(trigger):
        beside = [c for c in head.children if c.dep_ == "prep"]
        for prep in _phrases(head):
            obj = (prep_object(prep) or _gerund(prep)) if prep.lower_ in _GOOD_PREPS else None
            if obj is None or not any(t.lemma_.lower() in GOODS and t.pos_ == "NOUN" for t in obj.subtree):
                continue
            toks = [*obj.subtree, *(t for p in beside if p.lower_ == "in" for t in p.subtree)]
            found = _countries(ctx, toks, actor.country)
            if len(found) == 1:
                return next(iter(found.values()))
    return None
