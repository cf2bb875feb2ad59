"""Offices named through a noun of taking office: "congratulated Jane Roe on her election as
President of Chile", "for his appointment as Prime Minister", "on his inauguration as President".

The title hangs off "as" after a noun of election, appointment or investiture; its holder is whose
election it is: the possessor ("Roe's election"), or for a possessive pronoun the person the
sentence's verb takes as its object ("congratulated Roe on her election": Roe), else the
pronoun's antecedent when it is named in the same sentence. Congratulations are the usual frame in statements and readouts.
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
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


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
    if obj is not None:  # whom the verb congratulates or thanks: a pronoun object may look back further
        holder = (antecedent(rd, obj) or _non_subject_before(rd, obj)) if obj.lower_ in _OBJECT_PRONOUNS else obj
    else:
        holder = antecedent(rd, poss)
        # only a person of the noun's own sentence: a pronoun resolved further back is too often
        # another person than the one congratulated (a handle or a title the NER does not tag)
        if holder is not None and holder.i < rd.sentence(noun.i)[0]:
            holder = None
    if holder is None:
        return None
    name = name_range(rd, holder)
    if obj is not None and obj.i != holder.i and name[0] >= rd.sentence(obj.i)[0] \
            and any(t.dep_ in ("nsubj", "nsubjpass") for t in rd.doc[name[0]:name[1]]):
        return None  # "Roe called to congratulate him": an object pronoun is never its own clause's subject
    return name, noun, min(name[0], poss.i)


def _object_of_frame(rd: "Reader", noun: "Token") -> "Token | None":
    """The person (or personal pronoun) object of the verb the noun's prepositional phrase hangs off ("congratulated
    Roe on her election", "thanked Roe for his appointment")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    frame = prep.head
    obj = next((c for c in frame.children if c.dep_ == "dobj"), None) if frame.pos_ in ("VERB", "AUX") else None
    if obj is not None and (rd.is_person(obj) or obj.lower_ in _OBJECT_PRONOUNS):
        return obj  # a pronoun object is resolved by the caller ("congratulate her on her election")
    # the addressee of a noun of congratulation: "send my congratulations to X for his appointment",
    # "Congratulations to X on her confirmation" (the "to" phrase of the verb or of the noun)
    for head in (frame, obj):
        # the "to" phrase nearest before the noun ("to A for his appointment as X, and to B for her
        # election as Y": B's election is B's)
        tos = [c for c in head.children if c.dep_ in ("dative", "prep", "conj") and c.lower_ == "to"] if head is not None else []
        tos += [k for c in tos for k in c.conjuncts if k.lower_ == "to"]
        to = max((c for c in tos if c.i < noun.i), key=lambda c: c.i, default=None)
        person = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if person is not None and (rd.is_person(person) or person.lower_ in _OBJECT_PRONOUNS):
            return person
    if obj is None:
        return None
    # "congratulate my friend Sheikh X on his election": the person the object noun is apposed to
    return next((t for t in obj.subtree if t.i > obj.i and rd.is_person(t)), None)


def _non_subject_before(rd: "Reader", pron: "Token") -> "Token | None":
    """The last person named before an object pronoun in its sentence who is not the subject
    ("President X spoke with Y to congratulate him": Y; the subject congratulates, it is not
    congratulated)."""
    doc = rd.doc
    for i in range(pron.i - 1, rd.sentence(pron.i)[0] - 1, -1):
        tok = doc[i]
        if rd.is_person(tok) and tok.head.i != i and rd.is_person(tok.head):
            continue  # inside a name: its head word decides
        if rd.is_person(tok):
            return None if tok.dep_ in ("nsubj", "nsubjpass") else tok
    return None
