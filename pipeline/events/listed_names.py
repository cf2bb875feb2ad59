"""Members of a list of titled names that the small model hangs on the wrong word.

"thanked President A of X and Chancellor B of Y" is often parsed with B as a conjunct of X (the
place of the first name), "to Chairman A of X and Vice Chairman B of Y" with A as a
modifier (nmod) of B, and "thanked President A of X, Prime Minister B of Y, and C" with B as an
apposition of A; "met with Minister A, Minister B and Minister C" with B as a modifier of C (or of
C's title word) and C a conjunct or apposition of A. In all the second person is another member of the object list: a person is
never coordinated with a place that only says where the first person is from, a person's name
never modifies another person's name, and a person is not another person's apposition (that is
a title or a description: "A, the Prime Minister").

Pure helper of :mod:`.multiparty`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def misparsed_members(head: "Token", entity_at: Mapping[int, object]) -> list["Token"]:
    """Persons listed with the person named at ``head`` whom the parse put under its "of" place
    or made its modifier (rules in the module docstring), in text order."""
    own = entity_at.get(head.i)
    if own is None or getattr(own, "label", None) != "PERSON":
        return []
    out: list["Token"] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if getattr(entity_at.get(place.i), "label", None) not in _PLACE_LABELS:
                continue
            out += [k for k in place.children if k.dep_ == "conj" and _person(k, entity_at, own)]
    out += [c for c in head.children if c.dep_ == "nmod" and c.i < head.i and _person(c, entity_at, own)
            and any(k.dep_ == "cc" for k in c.children)]
    for app in (c for c in head.children if c.dep_ == "appos" and c.i > head.i and _person(c, entity_at, own)):
        # "President A of X, Prime Minister B of Y, and C": B parsed as an apposition of A, the
        # rest of the list as B's conjuncts
        out.append(app)
        out += [k for k in app.children if k.dep_ == "conj"]
    for member in [c for c in head.children if c.dep_ == "appos" and c.i > head.i] + list(head.conjuncts):
        # "A, Minister B and Minister C": B parsed as a modifier of C, C the apposition or a conjunct of A
        # (or of C's title word)
        out += [c for c in member.subtree if c.dep_ == "nmod" and c.i < member.i and c.head.i <= member.i
                and _person(c, entity_at, own) and any(k.dep_ == "cc" for k in c.children)]
    out += complement_holders(head, entity_at)
    out += verb_hung_tail(head, entity_at)
    return sorted(set(out), key=lambda t: t.i)


def verb_hung_tail(head: "Token", entity_at: Mapping[int, object]) -> list["Token"]:
    """The last member of a list that the parser coordinated with the verb instead ("met with A, B,
    and his counterpart C": "counterpart" a conjunct of "met", C its apposition): a noun never
    coordinates with a verb, so a noun conjunct after the verb's object list, naming a person by
    itself or in apposition, is one more member of that list."""
    own = entity_at.get(head.i)
    if own is None or getattr(own, "label", None) != "PERSON" or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return []
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list["Token"] = []
    for k in verb.children:
        if k.dep_ != "conj" or k.pos_ not in ("NOUN", "PROPN") or k.i <= head.i or not any(
                c.dep_ == "cc" and head.i < c.i < k.i for c in verb.children):
            continue
        out += [t for t in (k, *(c for c in k.children if c.dep_ == "appos")) if _person(t, entity_at, own)]
    return out


COMPLEMENT_PREPS = frozenset({"of", "for"})
"""prepositions of a title's complement ("Minister for Strategic Affairs", "Chairman of the Party")"""


def complement_holders(head: "Token", entity_at: Mapping[int, object]) -> list["Token"]:
    """Persons of a list whose title has an "of/for" complement before the name ("met with A,
    Minister for Strategic Affairs B, and Chairman of the Unity Party C"): the parser makes the
    title an apposition of the person before it, the later titles its conjuncts, and the name the
    object of the title's preposition. A title with no name in its complement ("A, Minister of
    Defense") names no one else."""
    own = entity_at.get(head.i)
    if own is None or getattr(own, "label", None) != "PERSON":
        return []
    out: list["Token"] = []
    later = [c for c in head.conjuncts if c.i > head.i]
    titles = [c for c in later if c.i not in entity_at]  # ("A, B, and Speaker of the Y C": a conjunct of A)
    for person in [head, *later]:
        for app in (c for c in person.children if c.dep_ == "appos" and c.i > person.i and c.i not in entity_at):
            titles += [app, *(k for k in app.conjuncts if k.i > app.i)]
    for title in sorted(set(titles), key=lambda t: t.i):
        out += [p for prep in title.children if prep.dep_ == "prep" and prep.lower_ in COMPLEMENT_PREPS
                for p in prep.children if p.dep_ == "pobj" and _person(p, entity_at, own)
                and _named_after_complement(prep, p, entity_at)]
    return out


def _named_after_complement(prep: "Token", name: "Token", entity_at: Mapping[int, object]) -> bool:
    """Whether the person at ``name`` closes the complement that ``prep`` opens with something
    else before it ("for Strategic Affairs Ron Dermer"), not the complement itself ("Adviser to
    the President of B": whose adviser, no holder named)."""
    ent = entity_at.get(name.i)
    first = min((t.i for t in name.subtree if entity_at.get(t.i) is ent), default=name.i)
    return first - prep.i > 1


def _person(tok: "Token", entity_at: Mapping[int, object], own: object) -> bool:
    ent = entity_at.get(tok.i)
    return ent is not None and ent is not own and getattr(ent, "label", None) == "PERSON"
