"""Members of a list of titled names that the small model hangs on the wrong word.

"thanked President A of X and Chancellor B of Y" is often parsed with B as a conjunct of X (the
place of the first name), "to Chairman A of X and Vice Chairman B of Y" with A as a
modifier (nmod) of B, and "thanked President A of X, Prime Minister B of Y, and C" with B as an
apposition of A. In all the second person is another member of the object list: a person is
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
    return sorted(set(out), key=lambda t: t.i)


def _person(tok: "Token", entity_at: Mapping[int, object], own: object) -> bool:
    ent = entity_at.get(tok.i)
    return ent is not None and ent is not own and getattr(ent, "label", None) == "PERSON"
