"""A person named after two titles joined by "and" ("Crown Prince and Prime Minister X",
"Deputy Prime Minister and Foreign Minister Y"): the parser makes the first title the phrase's
head and the name its conjunct, though the two titles are one person's.

Pure helper of :mod:`.context` (it needs no Context, to keep the import one-way).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
"""entity labels that name a party or place by themselves (a title naming one is no bare title)"""


def joint_title_holder(tok: "Token", entity_at: dict) -> "Token | None":
    """The person a title heads as a conjunct when a second title joins it: "spoke with Crown
    Prince and Prime Minister X" -> X. Only when the first title is a capitalised word naming
    no one by itself, "and" is the only word between it and the second title, and the second
    title's words lead straight into the person's name (so "the President and Jane Roe" stays
    two people); a title with an article or a possessive is someone named before ("The Vice
    President and Prime Minister X discussed ...": two people)."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "and":
        return None  # (the cheap test first: this runs on every party lookup)
    if not tok.text[:1].isupper() or entity_at.get(tok.i) is not None and \
            entity_at[tok.i].label in PARTY_LABELS:
        return None  # (a title the entity stage took for a product or a work is still a title)
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return None  # "the Vice President and Prime Minister X": a person named before, and X
    conj = next((c for c in tok.children if c.dep_ == "conj"), None)
    ent = entity_at.get(conj.i) if conj is not None else None
    if ent is None or ent.label != "PERSON" or any(entity_at.get(t.i) is not None and entity_at[t.i].label in PARTY_LABELS
                                                   for t in tok.subtree if t.i < conj.left_edge.i):
        return None
    joiner = doc[tok.i + 1]
    if conj.left_edge.i != joiner.i + 1:
        return None
    titles = [t for t in doc[joiner.i + 1:conj.i] if t.i not in entity_at]
    if not titles or not all(t.text[:1].isupper() and t.pos_ == "PROPN" or t.lower_ in ("of", "for", "the")
                             for t in titles) or not titles[0].text[:1].isupper():
        return None
    return conj
