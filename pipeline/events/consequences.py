"""A warning stated as a prediction of what a party will suffer: "Belarus will face consequences for its
defiance", "Moscow will pay dearly for this invasion", "a strike by Pyongyang on the ferry would have grave
consequences for its economy" is THREATEN by whoever says it, aimed at the party whose act
it is.

PLOVER's THREATEN covers "all threats, coercive or forceful warnings with serious potential repercussions"
(CAMEO 130 threaten, not specified). English often makes such a warning without a verb of threatening: the
speaker predicts, with "will"/"would"/"going to", that the other side will have, face, bear or suffer
consequences, or will pay (a price) for what it did, or that its act "will be met with" a response
(lexicon class ``met_response``). The speaker warns (the subject of a verb of saying the
prediction is reported under, or of an "as X said" aside, else the turn's speaker, the author, or the
government the text speaks for: :func:`.judgements.verdict_speaker`); the party the prediction is about (the
subject itself when it names one, else a possessive or a name inside it) is the one warned. The words are the
lexicon's classes ``consequence_verb`` and ``consequence_noun``.

A resolve stated by negating hesitation ("our navy will not hesitate to escort the convoys past the
blockade") warns the same way; its subject warns (the clause's own arguments; lexicon
class ``unhesitating_verb``).

Left out: a prediction negated or asked ("rulers who never pay a price for repression"), one about the speaker's own side
("we will pay a price", "Americans will pay more": a cost borne, not a warning), one whose subject names no
party (a bare "it"/"this": "this grant will pay for new bridges" is money spent), and a "consequences of/for"
noun with no verb ("the consequences of the war").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokenarrays import POS, token_indices
from .filters import has_negation
from .judgements import SAYING_VERBS, verdict_speaker
from .lexicon import load
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context, Party
    from .filters import Factuality

_FUTURE_AUX = frozenset({"will", "would", "'ll", "\u2019ll", "shall", "'d", "\u2019d"})
"""auxiliaries of a prediction ("will have consequences", "would face consequences")"""
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_THIRD_PERSON = frozenset({"they", "he", "she", "you"})
"""pronoun subjects that name the other side ("they will pay a heavy price"); "we"/"I" bear a cost"""
_PAY = "pay"


def _words(name: str) -> frozenset[str]:
    return load().classes.get(name, frozenset())


def _predicted(verb: "Token") -> bool:
    """Whether the verb is predicted: "will"/"would" on it, or "going to" governing it."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)


def _outcome(verb: "Token", nouns: frozenset[str]) -> bool:
    """Whether the verb's object is an outcome noun ("have consequences", "pay a heavy price"), or the verb
    is "pay for" a deed (lexicon class ``punished_deed``: "will pay for their crimes")."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children):
        return True
    deeds = _words("punished_deed")
    return verb.lemma_.lower() == _PAY and not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in deeds for o in c.children)
        for c in verb.children)  # (not "will pay for the extensions": money spent)


_MET = "meet"


def _met_with(verb: "Token") -> bool:
    """Whether the verb is a passive "be met with" a response ("any attack would be met with a swift
    response", "will be met with severe consequences"): the speaker warns the subject's party."""
    return verb.lemma_.lower() == _MET and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() in _words("met_response")
                                                        for o in c.children) for c in verb.children)


def _names_party(subj: "Token", entity_at: "dict[int, object]") -> bool:
    """Whether the subject names the other side: a third-person pronoun, a name, or a phrase with a name or a
    possessive in it ("its actions", "the regime's generals", "an incursion by rebel units")."""
    if subj.pos_ == "PRON":
        return subj.lower_ in _THIRD_PERSON
    if subj.pos_ == "DET":
        return False
    return any(t.i in entity_at or (t.dep_ == "poss" and t.lower_ not in ("our", "my")) for t in subj.subtree) or any(
        c.dep_ == "prep" and c.lower_ == "by" for c in subj.children)


def _subject(verb: "Token") -> "Token | None":
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _unhesitating(verb: "Token") -> bool:
    """Whether the verb is a negated future "hesitate" with an act to do ("the coalition will not hesitate
    to intercept the drones"), said of its own subject (not "people who will not hesitate to exploit it": a description)."""
    subj = _subject(verb)
    return verb.lemma_.lower() in _words("unhesitating_verb") and has_negation(verb) and _predicted(verb) and (
        subj is not None and subj.lower_ not in ("who", "that", "which") and verb.dep_ != "relcl") and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)


def consequence_triggers(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]",
                         entity_at: "dict[int, object]") -> list[Trigger]:
    """THREATEN triggers of predictions that a party will suffer consequences or pay for its acts.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
        entity_at: Token index -> entity.
    """
    verbs, nouns = _words("consequence_verb"), _words("consequence_noun")
    # both kinds need a lemma of their class, so a set lookup first spares the sentence of every other verb
    cues = verbs | _words("unhesitating_verb") | {_MET}
    out: list[Trigger] = []
    for verb in (doc[i] for i in token_indices(doc, POS, ("VERB", "AUX"))):  # (the verbs, read off the token array)
        if verb.i in skip or verb.i in taken or verb.lemma_.lower() not in cues:
            continue
        if verb.sent[-1].text == "?" or (len(verb.sent) > 1 and verb.sent[-2].text == "?"):
            continue
        if _unhesitating(verb):
            out.append(Trigger(token=verb, type="THREATEN", entry=None, via=VIA_SELF, clause=verb))
            continue
        if not (verb.lemma_.lower() in verbs and _outcome(verb, nouns) or _met_with(verb)) or not _predicted(verb) or has_negation(verb):
            continue
        subj = _subject(verb)
        if subj is None or not _names_party(subj, entity_at):
            continue
        out.append(Trigger(token=verb, type="THREATEN", entry=None, via=VIA_SELF, clause=verb))
    return out


def _consequence(trig: Trigger) -> bool:
    """Whether ``trig`` is a prediction of consequences (made by :func:`consequence_triggers`)."""
    verb = trig.clause
    return trig.entry is None and trig.type == "THREATEN" and verb is not None and verb.i == trig.token.i and ((
        verb.lemma_.lower() in _words("consequence_verb") and _outcome(verb, _words("consequence_noun"))) or _met_with(verb))


def warning_factual(trig: Trigger, facts: "Factuality") -> bool:
    """Whether a prediction of consequences (or a "will not hesitate to") is made as a warning: its own
    "will"/"would", its "not hesitate" and an "if" clause on it are the warning's form ("if they attack, they
    will pay a heavy price"), so only the clauses above it decide (not under a verb of hoping or asking, nor in
    a condition of its own)."""
    if not (_consequence(trig) or (trig.entry is None and trig.type == "THREATEN" and _unhesitating(trig.token))):
        return False
    verb = trig.clause
    if verb.head.i == verb.i:
        return True  # the sentence's own verb
    return verb.dep_ in ("ccomp", "conj") and facts.clause_factual(verb.head)  # ("stressed that X would pay")


def _warned(subj: "Token", ctx: "Context") -> "Party | None":
    """The party the prediction is about: the subject when it names one, else a name or possessive in it."""
    if subj.i in ctx.entity_at or subj.pos_ == "PRON":
        return ctx.party(subj)
    for t in subj.subtree:
        if t.i != subj.i and (t.dep_ == "poss" or (
                t.i in ctx.entity_at and getattr(ctx.entity_at[t.i], "label", None) in _PARTY_LABELS)):
            party = ctx.party(t)
            if party is not None:
                return party
    return None


def _aside_sayer(verb: "Token", ctx: "Context") -> "Party | None":
    """The sayer of an "as X said" aside on the prediction ("as the minister put it yesterday, they will pay for it")."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in SAYING_VERBS and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return ctx.party(_subject(c))
    return None


def consequence_sides(ctx: "Context", trig: Trigger) -> "tuple[Party | None, Party | None] | None":
    """(who warns, who is warned) of a consequence trigger, or None when ``trig`` is not one."""
    if not _consequence(trig):
        return None
    verb = trig.clause
    subj = _subject(verb)
    warned = _warned(subj, ctx) if subj is not None else None
    speaker = _aside_sayer(verb, ctx) or verdict_speaker(ctx, verb)
    if speaker is not None and warned is not None and speaker.country is not None and (
            speaker.country == warned.country and warned.entity is None):
        return None, warned  # ("we will pay a price": the speaker's own side bears a cost; no one warns)
    return speaker, warned
