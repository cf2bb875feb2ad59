"""Whether a named party is the object a list of targets or counterparts hangs on.

A list of parties that an act is aimed at stands where the act's object stands: the verb's own
object ("met A and B"), the patient of a passive ("A and B were detained"), the "of"/"from"
complement of the object ("the leaders of A and B", "counterparts from A and B"), the "in"
complement of a plural group of people ("our allies in A and B"), or the coordinated antecedent
of a relative clause whose pronoun is the patient ("A and B, who are detained in X").

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
    ("met with our allies in A": the allies are A's)."""
    def own(t: "Token") -> bool:
        return (t.dep_ in ("dobj", "nsubjpass") and t.head.i == trig.i) or \
            (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == trig.i)
    if own(tok) or _relative_patient(tok, trig):
        return True
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or not own(tok.head.head):
        return False
    return tok.head.lower_ in ORIGIN_PREPS or (tok.head.lower_ == "in" and _people_group(tok.head.head))


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

