"""An office written with "its" whose owner, the subject before it, is a company.

"Hanbit Electronics said on Wednesday its president, Lee Young-hee, would step down", "The Hudson
Museum of Art said that its director, Jane Roe, ...": "its" refers to the organisation that is
the subject of the clause, and a company's, museum's or club's post is no public office (annotation
guide, "Rules"). A government's body as the subject ("The Pentagon said its spokesman ...") or a
party ("the Labour Party said its leader ...", left to the party rules) keeps the office. A subject
that is the company's shares or results ("Shares of Hanbit Electronics rose after its chairman
said ...") stands for the company.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_gazetteer
from ..knowledge.wordlists import word_set
from ..nlp import text
from .orgkinds import org_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .reader import Candidate

__all__ = ["company_its"]

_WHEN = frozenset({"new", "former", "top", "then", "longtime", "outgoing", "incoming", "interim", "acting"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Subjects that are a part of a company, whose "of" names it: "Shares of X", "X's stock" is read by
# the entity itself (business-news usage: shares, stock and profits belong to the listed company)
_OF_COMPANY = word_set("roles", "company_part_subjects")


def company_its(doc: "Doc", c: "Candidate") -> bool:
    """Whether the candidate's title follows "its" (a word of time between at most) and the
    subject written before it in its sentence is an organisation the roles stage reads as a
    company (:func:`pipeline.roles.orgkinds.org_kind`)."""
    if c.title_start <= 0 or "its " not in text(doc)[max(0, c.title_start - 24):c.title_start].lower():
        return False  # the cheap test first: most titles follow no "its"
    span = doc.char_span(c.title_start, c.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    i = span.start - 1
    while i > 0 and i >= span.start - 3 and doc[i].lower_ in _WHEN:
        i -= 1
    if doc[i].lower_ != "its":
        return False
    sent = doc[i].sent
    subject = next((t for t in reversed(doc[sent.start:i]) if t.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    ent = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    if ent is None and subject.lower_ in _OF_COMPANY:
        # "Shares of Acme Motors rose after its chairman, ...": the company the subject is of
        inner = {t.i for t in subject.subtree}
        ent = next((e for e in doc.ents if e.start in inner and e.label_ == "ORG"), None)
    if ent is None or ent.label_ != "ORG" or ent.text.split()[-1].lower() in ("party", "parties"):
        return False
    kind = org_kind(ent.text, load_gazetteer())
    return kind is not None and kind[0] == "company"
