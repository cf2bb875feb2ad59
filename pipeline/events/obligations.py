"""Demands a statement makes as obligations of a named party: "Beijing must release the
journalists", "Pyongyang must cease its destabilizing actions", "Congress must pass the bill".

PLOVER's REQUEST (DEMAND in the 0.7 codebook, CAMEO 10 demand) is one party asking another to act;
a government statement that says another party *must* act demands it of that party, with no verb
of asking: the writer (the government the statement speaks for) is the actor and the obliged
party the recipient. The modal that keeps such a clause out of the reported acts (it is not done)
is here the act itself.

Only the clearest form counts: "must" governing the main clause's active verb, whose subject
names a state, an organisation or a person; not the writer's own government ("the United States
must lead": a resolve, no one asked), not "we"/"you"/"they", not a passive ("Russia must be held
accountable": no act asked of Russia), not "be" ("Russia must be part of it"), and not inside
quotations, questions or a reported clause ("X said Russia must ...": X's demand, told by others).
Transcripts and prepared remarks are left out: there the speaker, not the document, demands.
The writer is the statement's "I" when it speaks as one person (a President's statement: the
development gold codes his demands and requests with his name), else the government it speaks for.

A writer must be found in the text itself: a statement's author or "Statement by ..." title, or
a first person outside quotations. A news story whose country is only the publisher's (a wire
story given ``country="USA"``) tells of others' obligations ("President Biden must decide by
Friday"); it demands nothing. Nor is a person who holds an office of the writer's own
government asked (his own side's duty), nor an obligation imposed by an instrument: a court's
ruling or a law ("Under the ruling, X must pay $355 million"; the sentence names the ruling,
verdict or court) binds the party, no one demands it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..nlp import raw_text
from ..tokenarrays import LOWER, token_indices
from .lexicon import load
from .text import _title_issuer
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context

_LABELS = frozenset({"GPE", "ORG", "PERSON"})
_MAIN_DEPS = frozenset({"ROOT"})
_BE = frozenset({"be", "'s", "\u2019s"})
"""lemmas of a root "be" (the small model leaves a contracted "\u2019s" as its own lemma)"""
_WRITER_WORDS = ("i", "my", "me", "we", "our", "us")
"""first-person words: outside quotations, the text speaks as its writer"""
_INSTRUMENT_PREPS = frozenset({"under", "per"})
"""prepositions of the instrument an obligation comes from ("under the ruling", "per the deal")"""


def _main_verb(verb: "Token") -> bool:
    """The verb heads its sentence, or is joined to the head ("must listen ... and pass"), or is
    the complement of a root "be" the parser made of a dash-joined remark ("X must act—it's the
    only way"; "the truth is that X must act"), which reports no one else's words."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in _BE:
        return True
    return verb.dep_ in _MAIN_DEPS


def obligation_triggers(doc: "Doc", skip: "set[int] | frozenset[int]", ctx: "Context") -> list[Trigger]:
    """REQUEST triggers ("must") of clauses that oblige a named party to act.

    Args:
        doc: The parsed Doc.
        skip: Token indices to leave out (headline, quotations, questions).
        ctx: The events context: its token -> entity map, the government the statement speaks
            for (``home_country``; None: no trigger, the writer is unknown, so no one demands),
            its author, roles and quotations.

    Returns:
        Triggers on the "must" token, with the obliged verb as clause.
    """
    musts = token_indices(doc, LOWER, ("must",))  # (read off the token array: most stories state none)
    home_country, entity_at = ctx.home_country, ctx.entity_at
    if home_country is None or not musts or not _written_statement(doc, ctx):
        return []
    out = []
    for i in musts:
        tok = doc[i]
        if tok.i in skip or tok.dep_ != "aux":
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() in ("be", "have") or not _main_verb(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is None and verb.dep_ == "conj":  # "must listen ... and pass": the first verb's subject
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.dep_ != "nsubj" or subj.i in skip:
            continue
        ent = entity_at.get(subj.i)
        if ent is None or getattr(ent, "label", None) not in _LABELS:
            continue
        if getattr(ent, "label", None) == "GPE" and getattr(ent, "country", None) == home_country:
            continue  # "the United States must lead": the writer's own resolve
        if getattr(ent, "label", None) == "PERSON" and any(
                r.country == home_country for r in ctx.roles_by_person.get(getattr(ent, "id", ""), ())):
            continue  # "the Secretary must ...": an office of the writer's own government
        if _imposed(verb):
            continue  # "under the ruling, X must pay": the instrument binds, no one demands
        out.append(Trigger(token=tok, type="REQUEST", entry=None, via=VIA_SELF, clause=verb))
    return out


def _written_statement(doc: "Doc", ctx: "Context") -> bool:
    """Whether the text speaks as its writer: an author or a "Statement by ..." title was found, or
    it says "I"/"we" outside quotations (a news story of the publisher's country does neither)."""
    if ctx.author is not None or ctx.issuer_name or _title_issuer(raw_text(doc)):
        return True
    return any(i not in ctx.quoted for i in token_indices(doc, LOWER, _WRITER_WORDS))


def _imposed(verb: "Token") -> bool:
    """Whether an obligation comes from an instrument: the verb has an "under"/"per" phrase, or
    its sentence or the one before names a ruling, verdict or court (the lexicon's
    ``imposing_instrument`` class: "The court ruled ... X must pay")."""
    if any(c.dep_ == "prep" and c.lower_ in _INSTRUMENT_PREPS for c in verb.children):
        return True
    words = load().classes["imposing_instrument"]
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(t.lemma_.lower() in words or t.lower_ in words for t in verb.doc[before.start:sent.end])


def obligated(trig: Trigger) -> "Token | None":
    """The subject of an obligation trigger's clause (the party asked), or None when ``trig`` is
    not one."""
    if trig.type != "REQUEST" or trig.entry is not None or trig.token.lower_ != "must" or trig.clause is None:
        return None
    verb = trig.clause
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


def first_person_token(doc: "Doc", quoted: "set[int] | frozenset[int]") -> "Token | None":
    """The first "I"/"my"/"me" outside quotations: the writer of a statement that speaks as one
    person, or None."""
    return next((doc[i] for i in token_indices(doc, LOWER, ("i", "my", "me")) if i not in quoted), None)
