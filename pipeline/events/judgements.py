"""Condemnation stated as a verdict on an act: "Russia's attack on the port is unacceptable", "This
referendum was a sham" is ACCUSE by whoever says it.

PLOVER's ACCUSE covers criticism and condemnation (CAMEO 111 criticize or denounce). English condemns an
act as often with a predicate of censure after "be" as with a verb: the speaker (the turn's speaker in a
transcript, the statement's author, else the government the text speaks for) condemns, and the party
whose act it is (a possessive, a name modifying the act, a "by" phrase) is the one accused. Under a verb
of saying ("the President has said that the violence is unacceptable") the sayer condemns. The trigger is
the predicate word (lexicon class ``censure_predicate``), one per sentence ("this vote was unjustified and
a farce" condemns once).

Left out: a predicate negated or under a modal ("would be unacceptable": a warning of what would be), a
question, a quotation, a subject that names no act of anyone (a noun with no name, possessive or
demonstrative in it: "the use of nuclear weapons is unacceptable" states a norm, no one's act), and a bare
"it"/"this" ("It is outrageous"): in remarks it judges a domestic grievance or a mood as often as a
party's act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokenarrays import POS, token_indices
from .context import Party
from .filters import has_modal, has_negation
from .lexicon import load
from .triggers import VIA_SELF, Trigger
from .unnamed_speaker import speaker_party

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context

_ANAPHORS = frozenset({"this", "that", "these", "those"})
"""determiners that make the subject an act just told ("This referendum was a sham")"""
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
SAYING_VERBS = frozenset({"say", "speak", "state", "declare", "stress", "make", "underscore", "emphasize",
                     "emphasise", "note", "tell", "add", "warn", "reiterate"})
"""verbs of saying whose subject, not the speaker of the text, passes the verdict they report"""


def _censure_words() -> frozenset[str]:
    """The lexicon's predicates of censure (class ``censure_predicate``)."""
    return load().classes.get("censure_predicate", frozenset())


def _censure(word: "Token", words: frozenset[str]) -> bool:
    return word.lower_ in words or word.lemma_.lower() in words


def _copula(word: "Token") -> "Token | None":
    """The "be" whose adjective or noun complement the word is (or a conjunct of one: "is shocking, undemocratic")."""
    while word.dep_ == "conj" and word.head.dep_ in ("acomp", "attr", "conj"):
        word = word.head
    if word.dep_ not in ("acomp", "attr") or word.head.lemma_.lower() != "be":
        return None
    return word.head


def _subject(cop: "Token") -> "Token | None":
    return next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _names_act(subj: "Token", entity_at: "dict[int, object]") -> bool:
    """Whether the subject is an act of someone: a demonstrative phrase, or a phrase with a name or a
    possessive in it (a bare "it"/"this" is left out: in remarks it as often judges a domestic grievance or a
    mood as a party's act)."""
    if any(c.dep_ == "det" and c.lower_ in _ANAPHORS for c in subj.children):
        return True  # ("This referendum was a sham": the act just told)
    if subj.pos_ in ("PRON", "DET") or subj.i in entity_at:
        return False  # ("It is outrageous": a verdict on whatever was told, often a domestic grievance;
        # "Putin is a disgrace": a person named, no act)
    return any(t.i in entity_at or t.dep_ == "poss" for t in subj.subtree)


def judgement_triggers(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]",
                       entity_at: "dict[int, object]") -> list[Trigger]:
    """ACCUSE triggers of predicates of censure on an act, the first one of each sentence.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
        entity_at: Token index -> entity.
    """
    out: list[Trigger] = []
    sents: set[int] = set()
    # the class is looked up once per document, not twice per word: this loop sees every token
    words = _censure_words()
    for word in (doc[i] for i in token_indices(doc, POS, ("ADJ", "NOUN"))):  # (read off the token array)
        if word.i in skip or word.i in taken or not _censure(word, words):
            continue
        cop = _copula(word)
        if cop is None or cop.sent.start in sents or cop.i in skip:
            continue
        subj = _subject(cop)
        if subj is None or has_negation(cop) or has_negation(word) or has_modal(cop) or not _names_act(subj, entity_at):
            continue
        if cop.sent[-1].text == "?" or (len(cop.sent) > 1 and cop.sent[-2].text == "?"):
            continue
        sents.add(cop.sent.start)
        out.append(Trigger(token=word, type="ACCUSE", entry=None, via=VIA_SELF, clause=cop))
    return out


def _owner(subj: "Token", ctx: "Context") -> "Party | None":
    """The party whose act the subject is: a possessive, a name modifying it or its "by" phrase."""
    for t in subj.subtree:
        if t.i in ctx.entity_at and getattr(ctx.entity_at[t.i], "label", None) in _PARTY_LABELS and (
                t.dep_ in ("poss", "compound", "amod", "nmod") or t.head.lower_ == "by"):
            return ctx.party(t)
    return None


def judgement_sides(ctx: "Context", trig: Trigger) -> "tuple[Party | None, Party | None] | None":
    """(who condemns, whose act) of a censure trigger, or None when ``trig`` is not one."""
    if trig.entry is not None or trig.type != "ACCUSE" or trig.clause is None:
        return None
    if not _censure(trig.token, _censure_words()):
        return None
    cop = trig.clause
    return verdict_speaker(ctx, cop), _owner(_subject(cop), ctx)


def verdict_speaker(ctx: "Context", clause: "Token") -> "Party | None":
    """Who states a verdict or a warning made in ``clause`` (its verb), or None when nobody is known.

    The sayer of a verb of saying the clause is reported under, else the speaker of the turn, the author,
    or the government the text speaks for (with no home government and no speaker: nobody; in a reporter's
    question: nobody).
    """
    head = clause.head if clause.dep_ in ("ccomp", "conj") else None
    if head is not None and head.lemma_.lower() in SAYING_VERBS:
        sayer = _subject(head)
        return ctx.party(sayer) if sayer is not None else None
    return speaker_party(ctx, clause)
