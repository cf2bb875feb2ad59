"""A personal "we" of sympathy: "We send our deepest condolences to his family", "our prayers are
with all those who loved him", "our hearts are with ...", and sympathy held "with" someone.

A statement signed by a person (a President's "Statement on the Passing of X") speaks of the
government as "we" when it acts ("we imposed sanctions"), but condolences, prayers, thoughts and
grief are the signer's own and his household's ("Jill and I send our condolences", then "We send
our deepest condolences"): the author, as the annotation of such statements codes them (15 of 18
such events in the development gold; the three coded as the country are in statements with no
named author, which this rule leaves to the government reading).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SYMPATHY_NOUNS = frozenset({"condolence", "condolences", "prayer", "prayers", "thought", "thoughts", "sympathy",
                             "sympathies", "heart", "hearts"})
"""Nouns of sympathy a mourner sends or holds with someone."""
_SYMPATHY_VERBS = frozenset({"mourn", "grieve", "pray"})
"""Verbs of grieving."""


def sympathy_we(tok: "Token") -> bool:
    """Whether a first-person plural ``tok`` ("we", "our", "us") expresses sympathy: the subject of
    a grieving verb or of one whose object is a noun of sympathy ("We send our condolences"), or
    the possessor of such a noun ("our prayers are with ...")."""
    head = tok.head
    if tok.lower_ not in ("we", "our", "us"):
        return False
    if tok.dep_ == "poss":
        return head.lower_ in _SYMPATHY_NOUNS
    if tok.dep_ != "nsubj":
        return False
    return head.lemma_.lower() in _SYMPATHY_VERBS or any(
        c.dep_ in ("dobj", "attr") and c.lower_ in _SYMPATHY_NOUNS for c in head.children)


def held_with(noun: "Token") -> "Token | None":
    """The copula of "<sympathy noun> is/are with X" ("Our prayers are with his family", "My thoughts
    are with the people of Turkey"): sympathy sent as a message, the copula standing for the light
    verb ("send"); else None."""
    head = noun.head
    if noun.dep_ != "nsubj" or noun.lower_ not in _SYMPATHY_NOUNS or head.lemma_ != "be":
        return None
    return head if any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children) else None


def held_in(noun: "Token", clause: "Token | None") -> bool:
    """Whether ``noun`` is sympathy someone is held in: "Landra and the family are in our thoughts"
    (the copula's subject receives it; the owner of the noun sends it)."""
    head = noun.head
    return clause is not None and clause.lemma_ == "be" and noun.lower_ in _SYMPATHY_NOUNS and noun.dep_ == "pobj" \
        and head.lower_ == "in" and head.head.i == clause.i
