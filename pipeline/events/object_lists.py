"""Whether a named party is the object a list of targets or counterparts hangs on.

A list of parties that an act is aimed at stands where the act's object stands: the verb's own
object ("met A and B"), the patient of a passive ("A and B were detained"), the "of"/"from"
complement of the object ("the leaders of A and B", "counterparts from A and B"), the "in"
complement of a plural group of people ("our allies in A and B"), the "with" complement the parser
hangs on the verb's object or on its topic ("discussed the plan with A and B", "consulted on the
rules with A, B and C": the partners of the verb, not of the plan), or the coordinated antecedent
of a relative clause whose pronoun is the patient ("A and B, who are detained in X"). The members
of such a list are every item of its coordination chain (:func:`list_members`).

Pure helpers of :mod:`.multiparty`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

GROUP_NOUNS = load().classes["counterpart_group"]
"""plural nouns a consultation's counterparts are named by"""

ALLY_NOUNS = frozenset({"ally", "partner"})
"""plural nouns for friendly governments, named by where they are ("our allies in A and B")"""

ORIGIN_PREPS = frozenset({"of", "from"})
"""prepositions that name whose the object is ("the ministers of A", "counterparts from A")"""


def object_of(tok: "Token", trig: "Token") -> bool:
    """Whether ``tok`` is the verb's own object ("met A", "met with A", "A was detained"), or the "of"/"from"
    complement of that object ("met the foreign ministers of A", "commended the leadership of
    A", "spoke with counterparts from A"), or the "in" complement of a plural group of people
    ("met with our allies in A": the allies are A's), or a "with" complement hung on the object or
    the topic ("discussed the plan with A", "consulted on the rules with A": English puts the
    partner of a talk after its topic, and the parser attaches it to the nearest noun)."""
    def own(t: "Token") -> bool:
        return (t.dep_ in ("dobj", "nsubjpass") and t.head.i == trig.i) or \
            (t.dep_ == "pobj" and t.head.dep_ in ("prep", "dative") and t.head.head.i == trig.i)  # ("sent aid to A")
    if own(tok) or _relative_patient(tok, trig):
        return True
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or not own(tok.head.head):
        return False
    return tok.head.lower_ in ORIGIN_PREPS or (tok.head.lower_ == "in" and _people_group(tok.head.head)) or \
        _topic_partner(tok.head)


def _topic_partner(prep: "Token") -> bool:
    """Whether ``prep`` is a "with" hung on a common noun (the verb's object or topic, checked by the
    caller): "the plan with A", not "Prime Minister B with A" (a name's own companion)."""
    return prep.lower_ == "with" and prep.head.pos_ == "NOUN"


def _relative_patient(tok: "Token", trig: "Token") -> bool:
    """Whether ``trig`` heads a relative clause on ``tok`` whose pronoun is what the act is aimed
    at ("A and B, who are detained in X", "A and B, whom X detained")."""
    return trig.dep_ == "relcl" and trig.head.i == tok.i and any(
        c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubjpass", "dobj") for c in trig.children)


def antecedent_group(tok: "Token", trig: "Token") -> list["Token"]:
    """The other members of the coordinated antecedent of a relative clause the parser hangs on
    its last member ("A and B, who are detained": the clause is about both)."""
    if not _relative_patient(tok, trig) or tok.dep_ != "conj":
        return []
    first = tok
    while first.dep_ == "conj":
        first = first.head
    return [first, *(k for k in first.subtree if k.dep_ == "conj" and k.i != tok.i and k.i < trig.i)]


def _people_group(noun: "Token") -> bool:
    """Whether ``noun`` is a plural noun for officials or allies ("counterparts", "leaders",
    "allies", "partners"): people who belong to the places an "in" phrase names."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NNS" and (lemma in GROUP_NOUNS or lemma in ALLY_NOUNS)



def list_members(head: "Token") -> list["Token"]:
    """The tokens coordinated after ``head`` in a list it starts, however long ("A, B, C, D and E":
    the parser chains each item to the one before, so the fourth and later items hang three or
    more links below the first), and a list the parser starts with an apposition ("with A, B, C
    and D" read as "A, (B, C and D)")."""
    members = [c for c in head.conjuncts if c.i > head.i]
    for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
        if any(c.dep_ == "conj" for c in appos.children):
            members += [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
    for obj in repeated_preposition_objects(head):
        members += [obj, *(c for c in obj.conjuncts if c.i > obj.i)]
    return sorted(set(members), key=lambda t: t.i)


def repeated_preposition_objects(head: "Token") -> list["Token"]:
    """The objects of the same preposition repeated in coordination after the one ``head`` is
    the object of ("with A, with B, and with C", "both against A and against B", "on A and on
    B"): English repeats the preposition to list the parties one by one, and the parser hangs
    each repetition on the first as its conjunct, or on the shared head (as a preposition or a
    conjunct) after a comma or "and"."""
    prep = head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    if prep is None:
        return []
    doc, word = head.doc, prep.text.lower()
    again = [c for c in prep.conjuncts if c.i > prep.i and c.text.lower() == word]
    again += [c for c in prep.head.children if c.dep_ in ("prep", "conj") and c.i > prep.i and c.text.lower() == word
              and (doc[c.i - 1].text.lower() in (",", "and") or (  # ("and once with B": an adverb between)
                  doc[c.i - 1].pos_ == "ADV" and doc[c.i - 2].text.lower() in (",", "and")))]
    again += [k for p in list(again) for k in p.conjuncts if k.i > p.i and k.text.lower() == word]
    # gapped: "has spoken twice with A and twice with B", "met once with A and again with B": the
    # parser makes the second adverb a conjunct of the verb and hangs the repeated preposition on it
    again += [p for c in (*prep.head.children, *prep.children) if c.dep_ == "conj" and c.i > prep.i and (
              c.pos_ in ("ADV", "NUM") or c.lemma_.lower() == "time")  # (a noun is a gapped clause's subject)
              and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
              for p in c.children if p.dep_ == "prep" and p.text.lower() == word]
    # (a possessor the parser takes for a second object, "against Iran's former President A", is A's)
    return sorted({o for p in again for o in p.children if o.dep_ == "pobj" and not any(
        c.dep_ == "case" for c in o.children)}, key=lambda t: t.i)
