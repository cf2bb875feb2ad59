"""Recipients a clause implies when it names none beside the trigger: whom a denial answers
(whoever had just acted against the one denying), who is helped by a rescue ("the bailout of
X"), whom a refusal is aimed at ("refused to bail out X"), and whom a meeting was with when
it met people "from" somewhere ("met with leaders from our NATO Allies"), the name a
relative pronoun object stands for when the parser hung its clause on another noun, and who
received a visitor at the place visited ("a visit to Amman, where she was received by X").

Each rule reads one construction of English, not a text; each fires only when the recipient
is still unresolved after :mod:`.arguments` and the rules of :mod:`.extract`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .transfer_recipients import transfer_recipient
from .accused_agents import accused_agent
from .war_targets import war_targets  # noqa: F401  (re-exported for :mod:`.extract`)
from .nearby_aid_recipients import nearby_aid_recipient
from .call_counterparts import call_counterpart
from .co_conveners import co_convener
from .demand_targets import stated_target
from .context import Context, Party
from .lexicon import load
from .positions import prep_object
from .recipients import is_actor
from .verbparts import direct_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

DENIAL_TYPES = frozenset({"REJECT"})
"""reactions that answer someone: a denial or rejection with no one named answers whoever had
just acted against the one denying ("Canada expelled six diplomats ... India rejected the
allegations": Canada; PLOVER's REJECT target is the party whose demand or act is rejected)"""
DENIAL_WORDS = load().classes["denial_word"]
"""(data: event_triggers.json) words of a denial (a refusal to act, "refused to release them", answers no one in particular)"""
DENIED_WORDS = load().classes["denied_word"]
"""(data: event_triggers.json) what a denial answering someone denies: a claim made against the denier, or the denier's
own part in what was claimed; a rejected plan or proposal is no answer to an earlier act"""
ANSWERED_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "REJECT", "PROTEST"})
"""acts a denial answers: claims, demands and hostile acts (not praise, meetings or aid)"""
ANSWER_SENTENCES = 3
"""how far back (sentences, the denial's own included) the answered act may be told"""

RESCUE_TYPES = frozenset({"AID"})
"""aid written as a noun whose "of" complement is the party helped ("the bailout of X", "the
rescue of X"); a thing given ("the delivery of weapons") names no party and is left alone"""

REFUSAL_TYPES = frozenset({"REJECT"})
"""refusals whose refused act is an infinitive with a party as its object ("refused to bail
out X", "the refusal of Y to recognise X"): the refusal is aimed at that party"""

MEETING_TYPES = frozenset({"CONSULT"})
"""consultations with people named only by where they come from ("met officials from
Japan", "met with fellow leaders from our NATO Allies"): the place or body they come from"""
_FROM_PEOPLE = load().classes["from_people"]
"""(data: event_triggers.json) people words whose "from" complement is the government or body they speak for"""


@dataclass
class AimedActs:
    """The events found so far as (token index, actor, recipient, type), for later answers."""

    acts: list[tuple[int, Party, Party, str]] = field(default_factory=list)

    def note(self, at: int, actor: Party | None, recipient: Party | None, typ: str) -> None:
        """Remember an act done by ``actor`` to ``recipient`` (both needed) at token ``at``."""
        if actor is not None and recipient is not None and typ in ANSWERED_TYPES:
            self.acts.append((at, actor, recipient, typ))

    def against(self, ctx: Context, tok: "Token", actor: Party) -> Party | None:
        """Who last acted against ``actor`` within :data:`ANSWER_SENTENCES` sentences before
        ``tok``: the author of the act a denial answers, never the actor's own side."""
        floor = ctx.sentences_back(tok, ANSWER_SENTENCES)
        for at, who, whom, _typ in reversed(self.acts):
            if at >= tok.i:
                continue
            if at < floor:
                break
            if not _same_side(whom, actor) or _same_side(who, actor):
                continue
            return who
        return None


def _same_side(a: Party, b: Party) -> bool:
    if a.entity is not None and a.entity is b.entity:
        return True
    # a country and its government or officials: "India" ~ "Indian diplomats" (IND)
    return a.country is not None and a.country == b.country and (
        a.entity is None or b.entity is None or "GPE" in (a.label, b.label))


def _other(party: Party | None, actor: Party | None) -> Party | None:
    if party is None or not is_actor(party) or (party.entity is None and party.country is None):
        return None
    if actor is not None and (party.entity is not None and party.entity is actor.entity):
        return None
    return party


def _rescued(ctx: Context, tok: "Token", actor: Party | None) -> Party | None:
    """"the bailout of X": the named party in the aid noun's "of" complement."""
    if tok.pos_ != "NOUN":
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = prep_object(prep)
        if obj is None or not any(t.i in ctx.entity_at for t in obj.subtree):
            continue
        party = ctx.party(obj)
        if party is not None and party.entity is not None and party.label in ("ORG", "GPE", "PERSON"):
            return _other(party, actor)
    return None


def _refused(ctx: Context, tok: "Token", actor: Party | None) -> Party | None:
    """"refused to bail out X", "the refusal of Y to recognise X": the infinitive's object."""
    verbs = [c for c in tok.children if c.dep_ in ("xcomp", "acl", "advcl") and c.pos_ == "VERB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for verb in verbs[:1]:
        obj = direct_object(verb)
        cands = [obj] if obj is not None and obj.i in ctx.entity_at else []
        # (the small model may mislabel a name right after a phrasal verb: "to bail out X"; the
        # object position is the word after the verb and its particles)
        after = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"]) + 1
        if after < len(verb.doc) and after in ctx.entity_at and after in {t.i for t in verb.subtree}:
            cands.append(verb.doc[after])
        # "refused to send missiles to Ukraine", "refused to meet with X"
        cands += [prep_object(c) for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with")]
        for cand in cands:
            found = _other(ctx.party(cand), actor) if cand is not None and cand.i in ctx.entity_at else None
            if found is not None:
                return found
    return None


def _met_from(ctx: Context, tok: "Token", actor: Party | None) -> Party | None:
    """"met with officials from Japan": where the people met come from."""
    heads = [c for c in tok.children if c.dep_ == "dobj"]
    heads += [prep_object(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    for head in heads:
        if head is None or head.i in ctx.entity_at or head.lemma_.lower() not in _FROM_PEOPLE:
            continue
        # (the parser may hang "from" on the verb: "met with leaders from X")
        for prep in (c for h in (head, tok) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
            obj = prep_object(prep)
            if obj is not None and (obj.i in ctx.entity_at or obj.lower_ in ctx.collective):
                found = _other(ctx.party(obj), actor)
                if found is not None:
                    return found
    return None


_RELATIVES = frozenset({"which", "who", "whom", "that"})
_LOOK_LEFT = 4
"""tokens to the left of a relative pronoun searched for the name it stands for"""


def _relative_antecedent(ctx: Context, tok: "Token", actor: Party | None) -> Party | None:
    """"the governments of A and B (which he thanked ...)": the small model often hangs the
    relative clause on the wrong noun, so the name right before the pronoun (across a
    bracket or a comma) is the object the relative clause speaks of."""
    rel = direct_object(tok)
    if rel is None or rel.lower_ not in _RELATIVES or tok.dep_ != "relcl" or rel.i > tok.i:
        return None
    doc = tok.doc
    for i in range(rel.i - 1, max(rel.i - 1 - _LOOK_LEFT, tok.sent.start - 1), -1):
        t = doc[i]
        if t.is_punct or t.is_space:
            continue
        if i in ctx.entity_at:
            return _other(ctx.party(t), actor)
        return None
    return None


_HOST_VERBS = load().classes["host_verb"]
"""(data: event_triggers.json) what a visited place's host does there ("where she was received by King X", "where he was
welcomed by President Y"): the host is the visit's other side, the place where it was"""


def place_host(ctx: Context, place: Party | None, actor: Party | None) -> Party | None:
    """The person or body who received a visitor at the visited place, told in a "where"
    clause right after it ("during a visit to Amman, where she was received by King X").

    Args:
        ctx: The Doc's argument context.
        place: The consultation's recipient as found (only a place is looked at).
        actor: The visitor.

    Returns:
        The host, or None when the place has no such clause.
    """
    tok = place.token if place is not None else None
    if tok is None or place.label not in ("GPE", "LOC") or tok.i in ctx.quoted:
        return None
    for verb in (t for t in tok.sent if t.i > tok.i and t.lemma_.lower() in _HOST_VERBS and t.pos_ == "VERB"):
        if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            continue
        if any(t.i in ctx.entity_at and ctx.entity_at[t.i] is not place.entity and ctx.entity_at[t.i].label in ("GPE", "LOC")
               for t in tok.doc[tok.i + 1:verb.i]):
            return None  # (the clause speaks of the place named last before it)
        # (only the passive: "where he met X" is a meeting of its own, told by its own trigger)
        objs = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        for obj in objs:
            who = ctx.party(obj) if obj is not None and obj.i in ctx.entity_at else None
            if who is not None and who.label in ("PERSON", "ORG") and is_actor(who) and (
                    actor is None or who.entity is not actor.entity):
                # (one who receives visitors in a country's capital receives them at home)
                return who if who.country is not None else Party(entity=who.entity, country=place.country,
                                                                  token=who.token, name=who.name)
        return None
    return None


def implied_recipient(ctx: Context, trig: "Trigger", typ: str, actor: Party | None,
                      aimed: AimedActs) -> Party | None:
    """The recipient a clause implies when no rule named one (rules in the module docstring).

    Args:
        ctx: The Doc's argument context.
        trig: The trigger (its token is the event word).
        typ: The event's PLOVER category as coded.
        actor: The event's actor, or None.
        aimed: The events found so far (for whom a denial answers).

    Returns:
        The implied recipient, or None.
    """
    tok = trig.token
    if tok.i in ctx.quoted:
        return None
    if tok.pos_ == "VERB" and tok.dep_ == "relcl":
        found = _relative_antecedent(ctx, tok, actor)
        if found is not None:
            return found
    if typ in RESCUE_TYPES:
        return _rescued(ctx, tok, actor) or nearby_aid_recipient(ctx, tok, typ, actor)
    if typ in MEETING_TYPES:  # ("was convened by A of X and B of Y": :mod:`.co_conveners`)
        return _met_from(ctx, tok, actor) or co_convener(ctx, tok, typ, actor)
    if typ in REFUSAL_TYPES:
        found = _refused(ctx, tok, actor)
        obj = direct_object(tok) if tok.pos_ == "VERB" else None
        if found is None and typ in DENIAL_TYPES and actor is not None and trig.type == typ \
                and tok.lemma_.lower() in DENIAL_WORDS and (obj is None or obj.lemma_.lower() in DENIED_WORDS):
            found = aimed.against(ctx, tok, actor)
        return found or stated_target(ctx, tok, typ, actor)  # "ignored our outreach" (:mod:`.demand_targets`)
    # "called for an end to Chinese military activity", "sanctions targeting X" (:mod:`.demand_targets`); the
    # counterpart of the call when it speaks for that side ("X spoke with Y. He called for ...": :mod:`.call_counterparts`)
    target, counterpart = stated_target(ctx, tok, typ, actor), call_counterpart(ctx, tok, typ, actor)
    return counterpart if target is None or (counterpart is not None and counterpart.country == target.country) else target


def settled_recipient(ctx: Context, trig: "Trigger", typ: str, actor: Party | None,
                      recipient: Party | None) -> Party | None:
    """The recipient an event ends with once the act's own phrase is read again: whom aid named by
    a noun goes to (:mod:`.transfer_recipients`), and the doer of a criticised act named by a
    by-phrase (:mod:`.accused_agents`).

    Args:
        ctx: The Doc's context.
        trig: The event's trigger.
        typ: The event's coded type.
        actor: The event's actor.
        recipient: The recipient found so far (may be None).
    """
    return accused_agent(ctx, trig, typ, actor, transfer_recipient(ctx, trig, typ, actor, recipient))
