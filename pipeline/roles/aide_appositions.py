"""The aide named before a post written with its principal: "Ajit Doval, the national security
adviser to Prime Minister Narendra Modi, ...", "Jane Roe, senior adviser to Secretary of State
Tony Lee, said ...".

The linker reads the post and the principal's name after it as one phrase, which
:func:`pipeline.roles.aides.served_principal` turns into the principal's own office; the person
the apposition describes, named before the comma, holds the post itself (an appositive noun phrase
renames the noun before it). Biographies' frames ("served as X to Y") are read by the biography
readers; this step reads the apposition of news and statements.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..names import is_given_name
from ..nlp import original_range, text as doc_text
from .aides import _AIDE, _AIDE_FOR, _past_clause
from .reader import Candidate
from .titles import classify

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex

__all__ = ["aide_appositions"]

_APPOSED = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){1,3}),[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+|an[^\S\n]+)?$")
"""A name of two to four capitalised words, a comma and perhaps an article, right before the post."""


def aide_appositions(doc: "Doc", entities: "EntityIndex", cands: list[Candidate]) -> list[Candidate]:
    """Candidates for the people named in apposition before an aide's post with its principal.

    Args:
        doc: The Doc.
        entities: The entity index.
        cands: The candidates found so far (the post is one of them, linked to the principal).

    Returns:
        One new candidate per such aide (the post as written, the principal's office in it).
    """
    text = doc_text(doc)
    out: list[Candidate] = []
    for c in cands:
        if c.title_start <= 0 or not (_AIDE.match(c.title) or _AIDE_FOR.match(c.title)):
            continue
        m = _APPOSED.search(text, max(0, c.title_start - 80), c.title_start)
        if m is None:
            continue
        ns, ne = m.start("name"), m.end("name")
        ent = entities.at(*original_range(doc, ns, ne))
        if ent is None and not is_given_name(m.group("name").split()[0]):
            continue  # a name the NER missed only when it opens with a given name ("Ajit Doval")
        if ent is not None and (ent.label != "PERSON" or c.person is not None and ent.id == c.person.id):
            continue
        if any(o.name == m.group("name") and o.title == c.title for o in cands + out):
            continue
        out.append(Candidate(start=ns, end=c.title_start + len(c.title), person=ent, name=m.group("name"),
                             title=c.title, role=classify(c.title, c.organization), country=None, organization=None,
                             status="former" if _past_clause(text, c.title_start) else "current",
                             title_start=c.title_start))
    return out
