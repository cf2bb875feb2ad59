"""The office in "X served PRINCIPAL as TITLE" is X's: "Roe also served President Carter as
Assistant to the President for Political Affairs", "She served Governor Smith as chief of staff".

"NAME as TITLE" reads the title as the name's ("Jane Roe as Secretary of State"), but when the
name is the object of "serve" the one who held the office is the verb's subject: the principal is
the person served (annotation guide: one role per (person, office), the holder the text states).
A past "served" states a post held then (former), as the other biography readers read it. The
offices read from "as" to the end of the sentence (or a semicolon) are the subject's: "as A and B"
coordinates both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..nlp import text as text_of
from .clauses import subject_holder

if TYPE_CHECKING:
    from .reader import Candidate, Reader

__all__ = ["served_principal_as"]


def served_principal_as(rd: "Reader", cands: list["Candidate"]) -> list["Candidate"]:
    """The candidates with each office of "X served PRINCIPAL as TITLE" given to X.

    Args:
        rd: The document reader.
        cands: Candidates so far.

    Returns:
        The candidates, such offices moved from the principal to the subject of "serve".
    """
    doc = rd.doc
    if not len(doc) or not cands:
        return cands
    lemma = doc.vocab.strings["serve"]
    body = text_of(doc)
    moves: list[tuple[object, int, int, tuple, str]] = []
    for i in (doc.to_array([LEMMA]).ravel() == lemma).nonzero()[0]:
        verb = doc[int(i)]
        if verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if obj is None or as_ is None or obj.i > as_.i:
            continue
        principal = rd.person_at(obj)
        if principal is None:
            continue
        holder = subject_holder(rd, verb)
        if holder is None or rd.person_at(rd.doc[holder[0][0]]) is principal:
            continue
        # the "as" phrase to the sentence's end: its coordinated titles ("as A and B") may parse
        # outside the preposition's subtree; a semicolon ends the clause
        end = rd.sentence(verb.i)[1]
        lo = as_.idx
        hi = doc[end - 1].idx + len(doc[end - 1].text)
        semi = body.find(";", lo, hi)
        hi = semi if semi >= 0 else hi
        moves.append((principal, lo, hi, holder, verb.tag_))
    if not moves:
        return cands
    from .linking import _person  # the linking step's name -> PERSON entity reading

    out = []
    for c in cands:
        for principal, lo, hi, holder, tag in moves:
            if c.person is principal and lo <= c.title_start < hi:
                person, name = _person(rd, holder[0])
                status = "former" if tag == "VBD" and c.status == "current" else c.status
                c = replace(c, person=person, name=name, status=status, start=min(c.start, doc[holder[1]].idx))
                break
        out.append(c)
    return out
