"""A stated readiness to make another party pay: "the EU expressed its readiness to impose severe economic
consequences on Russia", "we underline our resolve to impose severe consequences", "we stand ready to apply
additional measures", "the United States will impose severe costs on Russia" is THREATEN by the party that
states it, aimed at the party the costs fall on.

PLOVER's THREATEN covers "all threats, coercive or forceful warnings with serious potential repercussions",
and CAMEO names the commonest of them "threaten with sanctions" (CAMEO 1312, "threaten to impose sanctions,
boycott, or embargo"). Diplomatic English makes such a threat without a verb of threatening: a verb of
imposing (impose, inflict, apply, levy) whose object is a cost (costs, consequences, a price) or a
measure aimed at someone (sanctions, measures "on X"), announced as a disposition ("readiness",
"resolve", "determination" ... "to impose ...", "stand ready to", "are prepared to"), or a cost a named
party is predicted to impose ("the United States will impose severe costs on Russia"). The disposition nouns are the ones :mod:`.stated_resolve` reads for promises
(``stated_resolve.json``); that module leaves conflictual acts to their own type, so a resolve to impose
costs is a threat, not a promise: the disposition noun's own AGREE trigger gives way to it.

Words: the lexicon classes ``imposing_verb``, ``imposed_cost`` and ``imposed_measure`` (sanctions,
measures: a threat only as a readiness; predicted, "will levy sanctions" is the lexicon's SANCTION).
Left out: a cost imposed on the speaker's own people ("will impose costs on American families": a policy's price, no party warned, so
no recipient and, for a plain prediction, no event), a negated or asked one, a condition of its own
("if Russia invades, we will impose ...": the warning's form, kept, as :mod:`.consequences` keeps it), a
cost already imposed (a past tense is a SANCTION of its own, the lexicon's), and a present practice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..tokenarrays import token_indices
from .consequences import _predicted
from .filters import has_negation
from .lexicon import load
from .stated_resolve import _table as _resolve_table
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context, Party
    from .filters import Factuality

_READY = frozenset({"ready", "prepared", "poised", "willing", "determined"})
"""adjectives of a disposition to act ("stand ready to apply", "are prepared to impose")"""
_ON = frozenset({"on", "upon", "against"})


def _words(name: str) -> frozenset[str]:
    return load().classes.get(name, frozenset())


def _cost_object(verb: "Token", *, measures: bool) -> bool:
    costs = _words("imposed_cost") | (_words("imposed_measure") if measures else frozenset())
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in costs for c in verb.children)


def _disposition(verb: "Token") -> "Token | None":
    """The disposition word an infinitive hangs from ("readiness to impose", "stand ready to apply"), or None."""
    if verb.dep_ not in ("acl", "xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in _resolve_table()["resolve_nouns"]:
        return head
    if head.lower_ in _READY:
        return head
    return None


def _is_threat(verb: "Token") -> bool:
    if verb.lemma_.lower() not in _words("imposing_verb") or has_negation(verb) or verb.sent[-1].text == "?":
        return False
    disposition = _disposition(verb)
    if disposition is not None:
        if has_negation(disposition.head) or has_negation(disposition):
            return False
        # a measure counts only aimed at someone ("stand ready to apply additional measures to support
        # the economy" is policy); a cost is one by its word
        return _cost_object(verb, measures=False) or (_cost_object(verb, measures=True) and _aimed(verb))
    return _predicted(verb) and verb.tag_ == "VB" and _cost_object(verb, measures=False) and _named_subject(verb)


def _aimed(verb: "Token") -> bool:
    """Whether the verb or its object has an "on"/"against" phrase (who the costs fall on)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(p.dep_ == "prep" and p.lower_ in _ON for h in heads for p in h.children)


def _named_subject(verb: "Token") -> bool:
    """Whether a predicted cost has a party as its subject ("the United States will impose", "we will"),
    not an act ("Russia's invasion will inflict a heavy price on Europe": a consequence told, no threat)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ in ("PROPN", "PRON") or bool(subj.ent_type_))


def cost_threat_triggers(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """THREATEN triggers of a stated readiness to impose costs on another party.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    verbs = _words("imposing_verb")
    out = []
    for i in token_indices(doc, LEMMA, tuple(verbs)):
        verb = doc[i]
        if i in skip or i in taken or verb.pos_ not in ("VERB", "AUX") or not _is_threat(verb):
            continue
        out.append(Trigger(token=verb, type="THREATEN", entry=None, via=VIA_SELF, clause=verb))
    return out


def threat_nouns(triggers: "list[Trigger]") -> set[int]:
    """Token indices of disposition nouns whose infinitive is a cost threat ("our resolve to impose ..."),
    and of the costs threatened ("will impose severe costs"): their own promise or sanction trigger gives
    way to the threat."""
    threats = [t for t in triggers if t.entry is None and t.type == "THREATEN"]
    return {d.i for t in threats if (d := _disposition(t.token)) is not None and d.pos_ == "NOUN"} | {
        c.i for t in threats if _cost_threat(t) for c in t.token.children if c.dep_ == "dobj"}


def _cost_threat(trig: Trigger) -> bool:
    return trig.entry is None and trig.type == "THREATEN" and trig.clause is not None \
        and trig.clause.i == trig.token.i and _is_threat(trig.token)


def threat_factual(trig: Trigger, facts: "Factuality") -> bool:
    """Whether a cost threat is stated as one: the clause that carries the disposition (or, for a plain
    prediction, the verb's own clause above its "will") is factual."""
    if not _cost_threat(trig):
        return False
    verb = trig.token
    disposition = _disposition(verb)
    if disposition is None:
        return verb.head.i == verb.i or (verb.dep_ in ("ccomp", "conj") and facts.clause_factual(verb.head))
    carrier = disposition.head if disposition.pos_ == "NOUN" else disposition
    while carrier.dep_ in ("dobj", "pobj", "prep", "attr", "acomp") and carrier.head.i != carrier.i:
        carrier = carrier.head
    return facts.clause_factual(carrier)


def _holder(verb: "Token", ctx: "Context") -> "Party | None":
    """Who states the disposition: the possessor of the noun ("its readiness", "the EU's readiness"), else the
    subject of the clause that carries it ("we stand ready", "the leaders expressed their resolve")."""
    disposition = _disposition(verb)
    node = disposition if disposition is not None else verb
    if disposition is not None and disposition.pos_ == "NOUN":
        poss = next((c for c in disposition.children if c.dep_ == "poss"), None)
        if poss is not None:
            party = ctx.party(poss)
            if party is not None:
                return party
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return ctx.party(subj)
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _target(verb: "Token", ctx: "Context") -> "Party | None":
    """The party the costs fall on: the object of "on"/"against" of the verb or of its cost noun."""
    costs = _words("imposed_cost") | _words("imposed_measure")
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in costs]
    for h in heads:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in _ON:
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return ctx.party(obj)
    return None


def cost_threat_sides(ctx: "Context", trig: Trigger) -> "tuple[Party | None, Party | None] | None":
    """(who threatens, who is threatened) of a cost threat, or None when ``trig`` is not one. A plain
    prediction with no party to bear the costs is no warning: (None, None)."""
    if not _cost_threat(trig):
        return None
    holder, target = _holder(trig.token, ctx), _target(trig.token, ctx)
    if target is not None and holder is not None and target.country is not None and target.country == holder.country:
        return None, None  # ("will impose costs on American families": a policy's price at home)
    if _disposition(trig.token) is None and target is None:
        return None, None
    return holder, target
