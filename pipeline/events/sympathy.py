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


_GRIEF_VERBS = _SYMPATHY_VERBS - {"pray"}


def joined_in_grief(verb: "Token") -> "Token | None":
    """The party joined in grief: "Jill and I join the people of Chile in grieving the loss of X"
    (the object of "join" whose "in" governs the grieving verb); else None."""
    head = verb.head
    if verb.lemma_.lower() not in _GRIEF_VERBS or verb.dep_ != "pcomp" or head.lower_ != "in" \
            or head.head.lemma_.lower() != "join":
        return None
    return next((c for c in head.head.children if c.dep_ == "dobj"), None)


_DEATH_NOUNS = frozenset({"passing", "death"})
_TITLE_TOKENS = 60
"""how far into a text its title line is looked for (a headline is short)"""
_HEADLINE_REACH = 10
"""tokens after "Passing of" within which the dead person's name begins ("the Passing of Former
President Mikhail Gorbachev")"""


def mourned_person_token(doc, entity_at: dict) -> "Token | None":
    """The last token of the person a statement on a death is about, named in its title line (which
    says "Statement") after "the Passing of" / "the Death of" ("Statement of President Biden on the
    Passing of President Mikhail Gorbachev"); None for any other text. Such a statement speaks of him
    as "he" throughout, long after it last named him."""
    head = doc[:_TITLE_TOKENS]
    first_line = next((t.i for t in head if "\n" in t.text), len(head))
    if not any(t.lower_ == "statement" for t in doc[:first_line]):
        return None  # ("Police are investigating the death of X": a report, whose "he" is anyone)
    for t in doc[:first_line]:
        if t.lower_ in _DEATH_NOUNS and t.i + 1 < first_line and doc[t.i + 1].lower_ == "of":
            last = None
            for k in range(t.i + 2, min(t.i + 2 + _HEADLINE_REACH, first_line)):
                ent = entity_at.get(k)
                if ent is not None and getattr(ent, "label", None) == "PERSON":
                    last = k
                elif last is not None:
                    break
            return doc[last] if last is not None else None
    return None
