"""Offices named through a noun of taking office: "congratulated Jane Roe on her election as
President of Chile", "for his appointment as Prime Minister", "on his inauguration as President".

The title hangs off "as" after a noun of election, appointment or investiture; its holder is whose
election it is: the possessor ("Roe's election"), or for a possessive pronoun the person the
sentence's verb takes as its object ("congratulated Roe on her election": Roe), else the
pronoun's antecedent. Congratulations are the usual frame in statements and readouts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..knowledge.wordlists import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reader import Reader

TAKING_OFFICE_NOUNS = word_set("roles", "taking_office_nouns")
"""Nouns of coming into an office whose "as" phrase names the office ("election as")."""
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})


def taking_office_link(rd: "Reader", root: "Token", antecedent: Callable, name_range: Callable
                       ) -> tuple[tuple[int, int], "Token", int] | None:
    """The holder of a title written after "NOUN as" with a noun of taking office.

    Args:
        rd: The document's reader.
        root: The title's head token.
        antecedent: The clause reader's pronoun resolver (pronoun token -> person token or None).
        name_range: The clause reader's name range of a person token.

    Returns:
        (name token range, the noun of taking office, first token of the evidence), or None when
        the title is not written so or no holder is found.
    """
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    noun = prep.head
    if noun.lower_ not in TAKING_OFFICE_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if rd.is_person(poss):
        name = name_range(rd, poss)
        return name, noun, name[0]
    if poss.lower_ not in _POSSESSIVE_PRONOUNS:
        return None
    obj = _object_of_frame(rd, noun)
    holder = (antecedent(rd, obj) if obj is not None and obj.lower_ in ("him", "her", "them") else obj) \
        or antecedent(rd, poss)
    if holder is None:
        return None
    name = name_range(rd, holder)
    return name, noun, min(name[0], poss.i)


def _object_of_frame(rd: "Reader", noun: "Token") -> "Token | None":
    """The person (or personal pronoun) object of the verb the noun's prepositional phrase hangs off ("congratulated
    Roe on her election", "thanked Roe for his appointment")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    if obj is None or not (rd.is_person(obj) or obj.lower_ in ("him", "her", "them")):
        return None
    return obj  # a pronoun object is resolved by the caller ("congratulate her on her election")
