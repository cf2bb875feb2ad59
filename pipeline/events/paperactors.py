"""Documents, plans and policies as the subject of an act: no actor, no event.

Fact sheets and speeches say what a text or a scheme does: "The Budget provides $9 billion for
refugee resettlement", "The Order directs the Secretary to establish a program", "similar
Executive Orders launching investigations", "Reliance on foreign supply chains threatens our
security", "American trade policy supports American workers", "every dollar of assistance
supports our values", "The initiative, which supports modern building codes". A budget proposes,
an order instructs, a policy aims: none is a person, an organisation or a state, which are the
only actors PLOVER codes; the act, if there is one, is the signing or the announcing, coded on its
own verb ("President X signed an Executive Order suspending ...").

A capitalised head that may be an agency's name stays: "the World Food Programme provides aid",
"the Nuclear Threat Initiative", "the Green Climate Fund approved".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .venue_names import venue_actor

if TYPE_CHECKING:
    from spacy.tokens import Token

PAPER_HEADS = frozenset({
    "budget", "order", "law", "bill", "legislation", "rule", "regulation", "policy", "plan", "strategy",
    "framework", "agenda", "proposal", "pathway", "memorandum", "proclamation", "directive", "guidance",
    "measure", "provision", "statute", "amendment", "dollar",
})
"""heads of a subject that names a text, a scheme or money, never an actor (any case: "The
Budget", "the Order", "the Energy Pathway")"""
LOWER_PAPER_HEADS = frozenset({"program", "programme", "initiative", "act"})
"""heads that name a scheme only in lower case: "the program provides", "the initiative supports"
(capitalised they may be an agency or a charity's name: "the World Food Programme")"""
DEPENDENCE_HEADS = frozenset({"reliance", "dependence", "dependency"})
"""a state of depending, a subject only with what is depended on ("reliance on subsidies")"""
_REQUEST_TYPES = frozenset({"REQUEST"})
""""the President's budget requests $35 billion", "his budget calls for": a budget is its
author's request to the legislature, as the development gold of briefings codes a request for
funds from Congress"""


COURT_WORDS = frozenset({"court", "judge", "tribunal", "judiciary", "magistrate"})
"""issuers whose order is their act: "a court order banned the rally" is the court's ban (PLOVER
COERCE), not a text acting"""


def _paper(tok: "Token") -> bool:
    if any(c.dep_ in ("compound", "poss", "amod") and c.lemma_.lower() in COURT_WORDS for c in tok.children):
        return False
    low = tok.lemma_.lower()
    if low in PAPER_HEADS or tok.lower_ in PAPER_HEADS:
        return True
    if low in LOWER_PAPER_HEADS or tok.lower_ in LOWER_PAPER_HEADS:
        return tok.text.islower()
    if low in DEPENDENCE_HEADS or tok.lower_ in DEPENDENCE_HEADS:
        return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in tok.children)
    return False


def _subject(verb: "Token") -> "Token | None":
    """The subject of a verb (of the verb it is coordinated with, when it has none), through a
    relative pronoun to the noun the clause describes ("the initiative, which supports ...")."""
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "a program supporting ...", reduced
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def paper_actor(verb: "Token", actor, typ: str | None) -> bool:
    """Whether an act's subject is a document, a plan, a policy or money rather than a party:
    "The Budget provides $216 million for ...", "Reliance on subsidies threatens national
    security", "U.S. trade policy supports American workers", "The Order directs the Secretary to
    establish a program" (the actor found for the infinitive is the order).

    Args:
        verb: The trigger's verb (its clause's verb for an event noun).
        actor: The event's actor (its token is the head of the subject phrase), or None.
        typ: The event's category.
    """
    if venue_actor(actor, typ):
        return True  # "the Woodside summit saw ...": where it was held (:mod:`.venue_names`)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if actor is not None and actor.token is not None and _paper(actor.token):
        return typ not in _REQUEST_TYPES or not any(c.dep_ == "poss" for c in actor.token.children)
    subj = _subject(verb)
    if subj is None or not _paper(subj) or typ in _REQUEST_TYPES:
        return False
    # the actor found is a modifier of the document ("U.S. trade policy", "the Administration's
    # plan", "Biden's initiative, which supports ..."): the document is still the subject
    return actor is None or actor.token is None or actor.token.head.i == subj.i
