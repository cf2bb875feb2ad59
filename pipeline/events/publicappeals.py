"""Appeals to the public: "I'm calling on more parents to get their kids vaccinated", "we urge
Americans in the affected areas to be safe", "I'm asking everyone to wear a mask".

PLOVER's REQUEST is one party asking another to act (a government calling on a government, a
legislature, an organisation, a named person). A speaker appealing to the population at large, or
to his own country's people, addresses no party: the request is advice to the public, as the
public at large is no actor (:func:`.speech_scope.generic_actor`). A request to a legislature, to
states, to another country or to a named person stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .speech_scope import GENERIC_PEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Token

PUBLIC_NOUNS = frozenset({
    "parent", "worker", "employer", "business", "student", "individual", "person", "kid", "child",
    "resident", "american", "senior", "patient", "driver", "traveler", "traveller", "homeowner", "renter",
    "neighbor", "neighbour", "friend", "viewer", "listener",
    "borrower", "consumer", "taxpayer", "voter", "family", "household", "applicant",  # (eventsdev7what16)
})
"""nouns for members of the public a speaker appeals to (singular lemmas; with the project's
population words)"""
_ASK_VERBS = frozenset({"ask", "urge", "call", "encourage", "implore", "beg", "appeal"})


def _addressees(tok: "Token") -> list["Token"]:
    """Who is asked: the object of "ask"/"urge", the object of "call on" ("calling on X", with
    "on" parsed as a particle or a preposition), "appeal to X"."""
    out = [c for c in tok.children if c.dep_ == "dobj"]
    out += [p for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to")
            for p in c.children if p.dep_ == "pobj"]
    return out


def public_appeal(tok: "Token", actor, recipient) -> bool:
    """Whether a request is made to the public: its addressee is a word for people at large
    ("everyone", "parents", "businesses", "families") or the people of the actor's own country
    ("we urge Americans to ...").

    Args:
        tok: The REQUEST trigger.
        actor: The event's actor.
        recipient: The event's recipient, or None.
    """
    if tok.lemma_.lower() not in _ASK_VERBS or tok.pos_ != "VERB":
        return False
    own = actor.country if actor is not None else None
    if recipient is not None and (recipient.label != "NORP" or own is None or recipient.country != own):
        return False  # a party named: a legislature, a state, another country's people
    for who in _addressees(tok):
        low, lemma = who.lower_, who.lemma_.lower()
        if low in GENERIC_PEOPLE or lemma in GENERIC_PEOPLE or lemma in PUBLIC_NOUNS:
            return True
        if recipient is not None and recipient.token is not None and recipient.token.i == who.i:
            return True  # "Americans" of an American speaker
    return False
