"""Thanks stated with an adjective: "We are grateful to Oman for its mediation", "Japan remains
thankful for Canada's support" is SUPPORT by the grateful side.

PLOVER's SUPPORT covers praise and endorsement (CAMEO 051 praise or endorse), and the lexicon codes
thanking an actor for an act so (the verb "thank", the nouns "gratitude", "appreciation"). English
says the same thanks with a predicative adjective of gratitude after a copula ("be", "remain",
"feel"): the copula's subject thanks, the object of "to" is the party thanked, the object of "for"
the act praised. The trigger is the adjective; the subject of its copula is the actor.

Left out: gratitude with no party or act named ("I am grateful that the storm has passed", "we
are so grateful", "grateful to be here": a feeling or a fact, no one praised); gratitude for the
speaker's own occasion ("grateful for the opportunity to speak", "for your hospitality", "for
being here": a speaker's courtesy, as the lexicon's ``courtesy_for`` of "thank"); an attribute
("a grateful nation"); and whatever the filters find negated, conditional or hypothetical.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..syntax import found_tokens
from .filters import has_modal, has_negation, reported_future
from .lexicon import load
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUE = re.compile(r"[gt](?<!\w[gt])(?:(?<=g)rateful|(?<=t)hankful)\b", re.IGNORECASE)
r"""a text search first: most stories thank no one (the first letter first, the word boundary checked behind
it: the same matches as ``\b(?:grateful|thankful)\b``)"""
_COPULAS = frozenset({"be", "remain", "stay", "feel", "'re", "\u2019re", "'m", "\u2019m", "'s", "\u2019s"})
"""verbs whose adjective complement states the subject's own gratitude (the small model leaves a
contracted "we\u2019re", "I\u2019m" as its own lemma)"""
_PREPS = frozenset({"to", "for"})
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_PARTY_PRONOUNS = frozenset({"his", "her", "their", "its", "your", "they", "them", "him"})
"""pronouns that stand for a party thanked or the doer of the act praised ("for their support")"""
_OCCASION = frozenset({"opportunity", "chance", "honor", "honour", "privilege", "hospitality", "welcome",
                       "invitation", "time", "question", "presence", "attention", "patience", "kindness", "visit"})
"""what a speaker thanks the room or a guest for: the occasion itself ("grateful for your visit", as
"thank you for coming"), no act of a party praised"""


def _copula(adj: "Token") -> "Token | None":
    """The copula whose complement the adjective is and that has a subject, else None."""
    if adj.dep_ != "acomp":
        return None
    cop = adj.head
    if cop.lemma_.lower() not in _COPULAS or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cop.children):
        return None
    return cop


def _thanked(adj: "Token", courtesy: frozenset[str]) -> "Token | None":
    """The first "to"/"for" phrase of the adjective that names a party or its act (an entity or a
    pronoun of a party in its object), else None; None also when any "for" object is the speaker's
    occasion ("for the opportunity", "for being here")."""
    found = None
    for prep in (c for c in adj.children if c.dep_ == "prep" and c.lower_ in _PREPS):
        objs = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "for" and any(o.lemma_.lower() in courtesy or o.lemma_.lower() in _OCCASION for o in objs):
            return None
        if found is None and any(t.ent_type_ in _PARTY_LABELS or t.lower_ in _PARTY_PRONOUNS
                                 for o in objs for t in o.subtree):
            found = prep
    return found


def gratitude_triggers(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """SUPPORT triggers of a predicative "grateful"/"thankful" to or for a named party or its act.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    courtesy = load().verbs["thank"].courtesy_for
    out: list[Trigger] = []
    for adj in found_tokens(doc, _CUE):
        if adj.i in skip or adj.i in taken:
            continue
        cop = _copula(adj)
        if cop is None or cop.i in taken or has_negation(cop) or has_negation(adj) or (
                has_modal(cop) and not reported_future(cop)):
            continue  # ("a grateful nation"; "we would be grateful if ...": a wish)
        prep = _thanked(adj, courtesy)
        if prep is None:
            continue
        out.append(Trigger(token=adj, type="SUPPORT", entry=None, via=VIA_SELF, clause=cop,
                           particle=prep if prep.lower_ == "to" else None))
    return out
