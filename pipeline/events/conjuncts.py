"""A speaker's second act, misattached to what the speaker said.

Wire copy joins a statement and a speech act of the same speaker: "The minister said the strike
was disappointing and urged the union to return to talks", "X said officers had acted to stop
demonstrators and accused violent groups of throwing stones". The parser hangs the second verb
on the last verb of the reported clause, so its subject looks like the reported clause's ("the
strike urged"). English does not coordinate a finite past verb with an infinitive or a gerund
("to stop ... and accused"), and a thing described by a copula ("the strike was disappointing")
does not urge or accuse: in those two shapes the verb is the reporting verb's conjunct, and its
actor is the one who said. So is a past verb after a present one in the clause of a noun that a
past verb governs ("welcomed the news that Tanzania intends to rejoin X and encouraged her to
..."): the tenses do not coordinate. (Not in a reported clause: "Israel said Hezbollah fires rockets daily
and threatened Israel with war" reports both acts of Hezbollah.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .relative_conjuncts import object_relative_head

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE"})
"""acts done by speaking, which follow "said ... and" in the same speaker's voice"""
REPORTING = frozenset({"say", "tell", "add", "state", "announce", "write"})
"""reporting verbs whose subject is the speaker"""
_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")


def _reported_clause(first: "Token") -> "Token | None":
    """The root of the reported clause ``first`` belongs to (the reporting verb's ccomp)."""
    c = first
    for _ in range(6):
        if c.dep_ == "ccomp":
            return c
        if c.dep_ not in ("conj", "advcl", "xcomp", "acomp", "pcomp", "prep") or c.head.i == c.i:
            return None
        c = c.head
    return None


def said_conjunct_speaker(ctx: Context, verb: "Token", typ: str) -> Party | None:
    """The speaker whose act a misattached conjunct verb reports, or None.

    Args:
        ctx: The article's context.
        verb: The trigger verb.
        typ: Its PLOVER category.
    """
    first = object_relative_head(verb, typ)  # "condemned the strike that killed X and urged Y"
    if first is not None:  # (:mod:`.relative_conjuncts`)
        subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
        return ctx.party(subj) if subj is not None else None
    if typ not in SPEECH_ACT_TYPES or verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    first = verb.head
    main = first.head.head if first.dep_ == "acl" and first.head.dep_ in ("dobj", "pobj") else None
    if verb.tag_ == "VBD" and first.tag_ in ("VBZ", "VBP") and main is not None and main.tag_ == "VBD" \
            and not any(c.dep_ == "aux" for c in first.children if c.i < first.i):
        # "applauded the announcement that Tanzania intends to rejoin X and encouraged her to ...":
        # a past verb is no conjunct of the present one in the noun's clause; it is the main verb's
        speaker = next((c for c in main.children if c.dep_ == "nsubj"), None)
        return ctx.party(speaker) if speaker is not None else None
    clause = _reported_clause(first)
    if clause is None or clause.head.lemma_.lower() not in REPORTING or clause.head.tag_ != "VBD":
        return None
    subj = next((c for c in clause.children if c.dep_ in _SUBJ), None)
    # (a past form after an infinitive or gerund is no conjunct of it, whatever its tag; after a
    # copula the tagger's VBN would read as the copula's passive, "was ... urged")
    infinitive = first.tag_ in ("VB", "VBG") and first.i != clause.i
    described = verb.tag_ == "VBD" and clause.lemma_.lower() == "be" and first.i == clause.i and subj is not None \
        and subj.pos_ == "NOUN" and subj.i not in ctx.entity_at
    if not (infinitive or described):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return ctx.party(speaker) if speaker is not None else None
