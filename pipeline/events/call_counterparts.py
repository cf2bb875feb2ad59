"""The counterpart of a two-person call or meeting as the addressee of what one of them asked
for or agreed to with no one named ("X spoke with Y ... He called for an end to ...", "X and Y
discussed ... X agreed on the need to ...").

A demand with no addressee ("called for additional steps", "pressed for the release of") and
an agreement with no second party ("agreed on the need to", "he agreed that") are, in the
report of a conversation between two people, said to the other one: a demand is made of
someone (PLOVER's REQUEST target is who is asked) and an agreement takes two. The rule fires
only when the text has paired the actor with exactly one person of another government (one
who holds an office the roles stage found: a coach or an executive "of France" speaks for none)
before the trigger (a call, a meeting, "X and Y"): with two or more counterparts (a
trilateral meeting) whom a demand was aimed at is not told, and it stays null. The report must
still be telling that conversation: every sentence between the pairing and the demand has the
actor ("President X underscored", "He reiterated") or both sides ("The two leaders reviewed")
as its subject, as a readout does; a sentence about someone or something else ("Workers there
complained", "The plant may close") means the report has moved on. A demand that names its own
audience ("in a speech to the conference", "in remarks before Parliament") or whom the thing is
asked from ("asked for patience from voters", "for the European Union's support") is not aimed
at the counterpart.

Pure helpers of :mod:`.implied_recipients` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bisect import bisect_right

from .context import Context, Party

if TYPE_CHECKING:
    from spacy.tokens import Token

DEMAND_VERBS = frozenset({"call", "press", "push", "urge", "appeal", "demand", "ask"})
"""verbs of a demand whose addressee may go unnamed ("called for", "pressed for")"""
AGREE_VERBS = frozenset({"agree"})
"""verbs of agreement: an agreement is between two parties"""
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with", "from", "between", "among"})
"""prepositions naming an addressee or partner ("called on all sides", "agreed with X")"""
_AUDIENCE_PREPS = frozenset({"to", "before"})
"""prepositions naming the audience of a speech act's setting ("in a speech to X", "remarks before X")"""
_BOTH = frozenset({"two", "both"})
"""words by which a subject stands for both sides of a pairing ("the two leaders", "both sides")"""


def _addressed(verb: "Token", agree: bool) -> bool:
    """Whether the verb names (or may name) whom it is addressed to, or with whom it agrees."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj", "nsubjpass"):
            return True
        if c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS:
            return True
        if not agree and c.dep_ in ("ccomp", "xcomp") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return True  # "urged that the rebels withdraw": the rebels are asked (read elsewhere)
        if c.dep_ == "prep" and any(_told_party(g, c.lower_) for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _told_party(obj: "Token", prep: str) -> bool:
    """Whether a verb's prepositional object names who hears or gives what is asked: the
    audience of its setting ("in a speech to the conference") or the giver of what is asked
    for ("called for support from allies", "asked for patience from voters", "asked for the
    European Union's support")."""
    if prep == "for" and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
        return True  # "asked for the European Union's support": the owner is asked
    wanted = ("from",) if prep == "for" else _AUDIENCE_PREPS
    return any(g.dep_ == "prep" and g.lower_ in wanted and any(p.dep_ == "pobj" for p in g.children)
               for g in obj.children)


def _single_subject(verb: "Token") -> bool:
    """Whether the verb's subject is one person (not "they", "the leaders" or "X and Y")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return verb.dep_ == "conj" and _single_subject(verb.head) if verb.head.i != verb.i else False
    if subj.lower_ in ("they", "we", "both", "all") or subj.tag_ in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ == "conj" for c in subj.children)


def _still_told(ctx: Context, at: int, tok: "Token", actor: Party) -> bool:
    """Whether every sentence after the one of the pairing at ``at`` and before the one of
    ``tok`` has as its main subject the actor, a pronoun or both sides (module docstring)."""
    first = bisect_right(ctx.sent_starts, at)
    last = bisect_right(ctx.sent_starts, tok.i) - 1
    for n in range(first, last):
        root = ctx.doc[ctx.sent_starts[n]].sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" or ctx.entity_at.get(subj.i) is actor.entity:
            continue
        if subj.lower_ in _BOTH or any(c.lower_ in _BOTH for c in subj.children):
            continue
        return False
    return True


def call_counterpart(ctx: Context, tok: "Token", typ: str, actor: Party | None) -> Party | None:
    """The only foreign person the actor was paired with before ``tok``, as the addressee of
    a demand or the partner of an agreement that names neither (rules in the module docstring).

    Args:
        ctx: The Doc's argument context (its pairs: names coordinated or events' two sides).
        tok: The trigger verb.
        typ: The event's PLOVER category.
        actor: The event's actor.

    Returns:
        The counterpart, or None.
    """
    lemma = tok.lemma_.lower()
    agree = typ == "AGREE" and lemma in AGREE_VERBS
    if not (agree or (typ == "REQUEST" and lemma in DEMAND_VERBS)):
        return None
    if actor is None or actor.entity is None or actor.label != "PERSON" or tok.pos_ != "VERB" or tok.i in ctx.quoted:
        return None
    if _addressed(tok, agree) or not _single_subject(tok):
        return None
    own = actor.country or ctx.home_country
    others: dict[int, Party] = {}
    for at, a, b in ctx.pairs:
        if at >= tok.i:
            break
        if not _still_told(ctx, at, tok, actor):
            continue  # the sentences since the pairing are about something else
        if a.entity is actor.entity:
            other = b
        elif b.entity is actor.entity:
            other = a
        else:
            continue
        if other.entity is None or other.label != "PERSON" or other.entity is actor.entity:
            continue
        if other.country is None or other.country == own:
            continue  # a colleague of the same government is no counterpart (nor one whose government is not told)
        if not ctx.roles_by_person.get(other.entity.id):
            continue  # no office found for the other ("French coach X"): no government of theirs
        others.setdefault(id(other.entity), other)
        people = {id(e) for t in ctx.doc[at].sent for e in [ctx.entity_at.get(t.i)]
                  if e is not None and e.label == "PERSON" and e is not actor.entity}
        if len(people) > 1:
            return None  # "met with A of X and B of Y": a meeting of three or more
    return next(iter(others.values())) if len(others) == 1 else None
