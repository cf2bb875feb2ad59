"""A title written after a noun of a private body's kind: "a union spokesman", "Jury president
X", "Festival director X"; and a bare "director" styled only by a nationality ("Belgian director
X"): jobs, not public offices.

The title reader leaves a common noun before the head out of the title ("union" is no office
word), and the head alone ("spokesman", "president", "director") is read as a government's. The
annotation guide counts public offices only: jobs in companies, universities and charities are
not roles, nor are those of unions, juries, festivals, clubs or teams. A film's, festival's or
company's director is written "director" after a nationality; a public one names the body
("FBI director", "the agency's director", "director of the CIA").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .reader import Candidate

__all__ = ["private_kind_title"]

_PRIVATE_KINDS = word_set("roles", "private_body_kinds")


def private_kind_title(doc: "Doc", body: str, c: "Candidate") -> bool:
    """Whether a candidate's title follows a private body's kind noun, or is a bare "director"
    styled by a nationality alone.

    Args:
        doc: The Doc.
        body: The Doc's text (``pipeline.nlp.text``: built once, not per candidate).
        c: The candidate (``title_start`` in ``doc.text`` offsets).
    """
    if c.title_start <= 0 or c.organization or c.status == "nominee":
        return False
    at = body.find(c.title, c.title_start, c.end) if c.title else -1  # the title itself, after any country words
    span = doc.char_span(at, at + 1, alignment_mode="expand") if at >= 0 else None
    if span is None or not len(span) or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.lower_ in _PRIVATE_KINDS and not prev.ent_type_ and (prev.is_lower or prev.is_sent_start):
        return True  # "a union spokesman", "Jury president X" (not the "European Union" foreign policy chief)
    if c.title.lower() != "director" or prev.ent_type_ != "NORP":
        return False
    # "Belgian director X" (the nationality alone before it: not "the Belgian police's director")
    before = doc[prev.i - 1] if prev.i > 0 else None
    return before is None or before.is_punct or before.is_space or before.lower_ in ("a", "an", "the")
