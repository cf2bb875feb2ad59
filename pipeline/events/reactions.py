"""Recipients a clause gives without naming them: "the government", the foreign country where
an attack or withdrawal happens, and the author of the act a reaction answers ("welcomed the
decision", "denied the accusation").

Split from :mod:`.arguments` (which finds the named arguments of a trigger) so that the
antecedent rules of reactions live in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import STATE_BODIES
from .context import Context, Party
from .lexicon import load as load_lexicon
from .positions import prep_object
from .prior_movers import prior_mover
from .recipient_args import gathering_side, seized_power
from .recipients import HARM_TYPES, act_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_RECIPIENT_TYPES = frozenset({"ASSAULT", "RETREAT", "CONSULT", "MOBILIZE"})
"""categories whose recipient, when no one is named, is the country where it happens: the
attacked country ("struck targets in southern Lebanon"), the one left ("withdrew from
Jordan"), the one visited ("arrived in Riyadh for talks"), the one forces are sent to
("deployed troops to Bhutan")"""
_GOVERNMENT_WORDS = frozenset({"government", "administration"})
_REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
"""reactions whose object may be a bare reference to an earlier act ("the decision")"""
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "complaint", "criticism", "protest"})
"""what a denial or rejection answers when it is an accusation ("denied the charge", "rejected
the protest", "dismissed the allegations"): the one answered is whoever accused, complained
or protested to the actor (the development gold codes "India rejected the accusations" with
the accuser as recipient), so an accusation is looked for before any other act"""

ONE_SIDED_TYPES = frozenset({"SANCTION", "RETREAT", "MOBILIZE", "AID", "THREATEN", "CONCEDE"})
"""acts one side does (unlike a meeting or an agreement, done by both) whose author a later
"the expulsions", "the withdrawal" refers back to however far before it was reported"""


def _accuser(ctx: Context, noun: "Token", actor: Party, sentences: int = 3) -> Party | None:
    """Who made the accusation a denial answers ("Rwanda denied the accusation"): the latest
    party within ``sentences`` sentences that accused, complained or protested, other than the
    one denying; None when the story reports no such act (an accusation in an agentless
    passive, "X was accused of ...", names no accuser, and no other act stands in for one)."""
    floor = ctx.sentences_back(noun, sentences)
    for at, party, typ in reversed(ctx.acts):
        if at >= noun.i or typ != "ACCUSE":
            continue
        if at < floor:
            break
        if (party.entity is None or party.entity is not actor.entity) and \
                (party.country is None or party.country != actor.country):
            return party
    return None


def _answered(ctx: Context, typ: str, noun: "Token", actor: Party) -> Party | None:
    """The author of the act a reaction's object noun refers back to."""
    if typ == "REJECT" and noun.lemma_.lower() in ACCUSATION_NOUNS:
        return _accuser(ctx, noun, actor)  # (a diplomatic protest is coded ACCUSE, not PROTEST)
    kind = load_lexicon().nouns.get(noun.lemma_.lower())
    mover = prior_mover(ctx, noun, actor) if kind is None else None
    if mover is not None:  # "X ordered ... Y called the move a threat": X's act, coded as no event
        return mover
    found = ctx.last_actor(noun, actor, kind=kind.type if kind is not None else None)
    if found is None and kind is not None and kind.type in HARM_TYPES | ONE_SIDED_TYPES:
        # "condemned the strikes" paragraphs after the lead reported them: a harm's author is
        # the latest one of that kind anywhere before, the story's own subject (so is the
        # author of any one-sided act: "supported the expulsions", "welcomed the withdrawal")
        found = next((party for at, party, typ in reversed(ctx.acts) if at < noun.i and typ == kind.type
                      and (party.entity is None or party.entity is not actor.entity)
                      and (party.country is None or party.country != actor.country)), None)
    return found


def implicit_recipient(ctx: Context, typ: str, actor: Party, recip: "Token | None",
                        where: Party | None, visit: bool = True) -> Party | None:
    """A recipient the text gives without naming it: "the government" (the actor's own, as
    in "the opposition leader accused the government"), or the foreign country where an
    attack, withdrawal, visit or deployment happens (for a consultation, only a visit: the
    venue of talks is where they were held, PLOVER's location, not a party), or the author of
    the act a reaction's object refers back to ("rejected the accusations": the accuser)."""
    if (recip is not None and recip.lemma_.lower() in _GOVERNMENT_WORDS and actor.country
            and all(c.dep_ == "det" and c.lower_ == "the" for c in recip.children)):
        return Party(entity=None, country=actor.country, token=recip, name=actor.country)
    side = gathering_side(ctx, recip, actor) if typ == "CONSULT" and recip is not None else None
    if side is not None:  # "attended the U.S.-ASEAN Summit": the side that is not the actor's
        return side
    if typ == "COERCE" and seized_power(recip, actor):  # "the army seized power": from its own government
        return Party(entity=None, country=actor.country, token=recip, name=actor.country)
    if typ in PLACE_RECIPIENT_TYPES and where is not None and actor.country is not None \
            and where.country != actor.country and (visit or typ != "CONSULT"):
        return where
    if typ in _REACTION_TYPES and recip is not None and recip.pos_ == "NOUN":
        # "condemned the attack launched by Iran": a reaction to an act is aimed at its agent
        agent = next((p for v in recip.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in v.children
                      if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None) or (
            # "condemned the attack by Russian forces": the by-phrase on an act noun names its agent
            next((prep_object(c) for c in recip.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
            if _event_noun(recip) else None)  # ("welcomed the decision by X", "condemned the maneuvers by X")
        if agent is not None and not harm_noun(recip) and _listed(agent):
            agent = None  # "welcomed the statement by A, B and C": no one of them answers for it
        who = ctx.party(agent)
        if who is not None and (who.label != "NORP" or agent.lower_ in STATE_BODIES or agent.lemma_ in STATE_BODIES) \
                and (actor.entity is None or who.entity is not actor.entity):
            # (a nationality word, "by European negotiators", names no one; "by Russian forces",
            # a state's organ, names the state)
            return who
    if (typ in _REACTION_TYPES and recip is not None and recip.pos_ == "NOUN" and recip.i not in ctx.entity_at
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in recip.children)
            and not any(c.dep_ in ("poss", "compound", "amod", "prep") and c.i in ctx.entity_at
                        for c in recip.children)
            and not (not harm_noun(recip) and any(t.i in ctx.entity_at for t in recip.subtree))):
        # ("welcomed the launch of the U.S.-UK dialogue" names what it reacts to; a harm named with
        # its victim, "condemned the attack on Kyiv", is still aimed at who did it)
        # "welcomed the decision", "rejected the accusations": the author of the act referred to
        return _answered(ctx, typ, recip, actor)
    return None


def _listed(tok: "Token") -> bool:
    """Whether a name is the first of a list ("by Sweden, Turkey, and NATO"), however parsed."""
    doc = tok.doc
    nxt = doc[tok.i + 1:tok.i + 3]
    return any(c.dep_ in ("conj", "appos") for c in tok.children) or (
        len(nxt) > 0 and (nxt[0].lower_ in ("and", "&") or nxt[0].text == "," and len(nxt) > 1 and nxt[1].pos_ == "PROPN"))


def _event_noun(noun: "Token") -> bool:
    """Whether a noun names an act: one the trigger lexicon codes (a harm, a deployment, a
    sanction) or a nominalisation ("the decision", "the move")."""
    return load_lexicon().nouns.get(noun.lemma_.lower()) is not None or act_noun(noun)


def harm_noun(noun: "Token") -> bool:
    """Whether a noun names a harmful act (an attack, a detention) in the trigger lexicon."""
    entry = load_lexicon().nouns.get(noun.lemma_.lower())
    return entry is not None and entry.type in HARM_TYPES


