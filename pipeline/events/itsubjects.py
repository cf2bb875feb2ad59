"""Whom "it" stands for as the subject of an act outside a reported clause.

News and statements go on about a country, a ministry or an agency with "it" once they have
named it as a subject: "India expelled six Canadian diplomats on Monday. It also withdrew its
high commissioner from Ottawa", "The agency will publish the guidance. It will also collaborate
with allies". English continues the subject of the sentence before (or of an earlier clause of
the same sentence) with a subject pronoun; "it" never stands for a person. The reported-clause
case ("India said it would ...") is :meth:`.references.References.reporting_body`.

"it" counts only as the subject of a main clause's full verb (never of a copula, "It is a war",
"it's a big deal"; nor in a relative or adverbial clause, "the fishery it supports", "as it moved
to support the currency", where "it" is mostly a thing), outside transcripts (a speaker's "it" is mostly the topic of the question), and only
when the subject it continues is a country, an organisation or a named body of a state. The
subject continued is a main clause's: one inside a reported or subordinate clause ("Chile said
Peru seized a boat. It also expelled two diplomats": Chile, the teller, goes on) is passed over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

_BODY_LABELS = frozenset({"ORG", "GPE"})


def _main_clause(verb: "Token") -> bool:
    """Whether the verb heads its sentence's main clause, itself or through coordination."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def prior_subject(ctx: "Context", it: "Token") -> "Party | None":
    """The country or organisation "it" continues as the subject of an act (rules in the module
    docstring), or None.

    Args:
        ctx: The document's argument-finding context.
        it: The pronoun "it" (a clause subject).
    """
    verb = it.head
    if it.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() == "be" or ctx.turns or it.i in ctx.quoted:
        return None
    if not _main_clause(verb):
        return None  # "the fishery it supports", "as it moved to ...": a subordinate "it" is mostly a thing
    sent = it.sent
    sents = [s for s in (sent.doc[sent.start - 1].sent if sent.start > 0 else None, sent) if s is not None]
    candidates: list[Token] = []
    for s in sents:
        for t in s:
            if t.i >= it.i:
                break
            if t.dep_ in SUBJECT_DEPS and t.head.pos_ in ("VERB", "AUX") and t.lower_ not in (
                    "it", "which", "that", "who") and _main_clause(t.head):  # (not "said Peru seized")
                candidates.append(t)
    for subj in reversed(candidates):  # the nearest subject before it
        party = ctx.party(subj)
        if party is None:
            return None  # "The bill passed. It bans ...": "it" continues a thing, not a party
        if party.entity is not None and party.entity.label in _BODY_LABELS:
            return party
        if party.entity is None and party.name and party.country:
            return party  # a state body named by its own words ("the US Federal Reserve")
        return None  # a person ("he", not "it") or a group no government answers for
    return None
