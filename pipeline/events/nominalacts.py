"""Event nouns whose parties wire news gives without a clause of their own.

* "the resignation of Prime Minister X", "the surrender of the garrison": the of-phrase of a
  noun for an act with no object names who did it (the noun of an intransitive verb: "X
  resigned"), as a possessive does ("X's resignation").
* "Protests erupted in Tbilisi", "demonstrations spread to Basra": a protest noun as the
  subject of a verb of breaking out reports a protest whose crowd is not named; the guide
  codes such an actor null, with the country where it happens (as for "protesters marched").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import local_country
from .context import Context, Party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

OF_AGENT_NOUNS = frozenset({"resignation", "surrender", "apology", "walkout"})
"""nouns of acts with no object: their of-phrase is who acts ("the resignation of X")"""
OUTBREAK_VERBS = frozenset({"erupt", "break", "spread", "continue", "grow", "escalate", "intensify", "rage",
                            "flare", "resume", "swell", "spill", "sweep", "enter", "turn"})
"""verbs by which protests happen ("protests erupted", "demonstrations spread to the capital")"""
_PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "riot", "unrest", "strike", "march", "sit-in"})


def of_agent(noun: "Token") -> "Token | None":
    """The of-object of an intransitive act noun ("the resignation of X"), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OF_AGENT_NOUNS:
        return None
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def outbreak(ctx: Context, noun: "Token", location: str | None) -> Party | None:
    """The unnamed crowd of "protests erupted in X" (actor null, the country where it happens
    or the one in context), or None when the noun is no such subject."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PROTEST_NOUNS or noun.dep_ != "nsubj" \
            or noun.head.lemma_.lower() not in OUTBREAK_VERBS or noun.i in ctx.quoted:
        return None
    if any(c.dep_ in ("poss", "compound", "amod") and c.i in ctx.entity_at for c in noun.children):
        return None  # "Kenyan protests", "the union's strike": a named side, the arguments' business
    country = location or local_country(ctx, noun)
    return Party(entity=None, country=country, token=noun, name=None)


def nominal_parties(ctx: Context, trig: "Trigger", location: str | None) -> tuple[Party | None, Party | None]:
    """(actor, unnamed crowd) of a bare event noun with no actor found: the of-agent of
    "the resignation of X", or the crowd of "protests erupted in X"."""
    agent = of_agent(trig.token)
    if agent is not None:
        return ctx.party(agent), None
    return None, (outbreak(ctx, trig.token, location) if trig.type == "PROTEST" else None)
