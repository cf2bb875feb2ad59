"""A given name the model took for a body, written right before a surname it tagged a PERSON.

The model splits a name it half knows: "Effie | Roe" as an ORG and a PERSON, or as an ORG and an
untagged word, when "Roe" is another person's surname in the article ("Ada Roe ..., Effie Roe,
her mother"). English never writes a body's one-word name right before a person's surname with
nothing between them; a census given name there is the person's first name, and the two words
are one PERSON span. Only one-word spans are joined (a given name, a surname), on one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import is_given_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

__all__ = ["given_name_joins"]

# labels the model gives a given name it does not know as one (a body's, a people's name)
_MISREAD = frozenset({"ORG", "NORP"})


def given_name_joins(doc: "Doc", spans: list["SpacySpan"]) -> list["SpacySpan"]:
    """``spans`` with each one-word ORG or NORP span that is a given name, followed with one
    space by a one-word PERSON span, replaced by one PERSON span over both ("Effie | Roe").

    Args:
        doc: The parsed document.
        spans: The entity spans so far, in text order.
    """
    from spacy.tokens import Span as SpacySpan

    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) >= 2}
    out: list["SpacySpan"] = []
    k = 0
    while k < len(spans):
        span = spans[k]
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if nxt is not None and _joins(doc, span, nxt):
            out.append(SpacySpan(doc, span.start, nxt.end, label="PERSON"))
            k += 2
            continue
        if _before_surname(doc, span, surnames, nxt.start if nxt is not None else len(doc)):
            out.append(SpacySpan(doc, span.start, span.end + 1, label="PERSON"))  # "Effie | Roe" untagged
        else:
            out.append(span)
        k += 1
    return out


def _given_misread(doc: "Doc", span: "SpacySpan") -> bool:
    """A one-word ORG or NORP span that is a census given name followed by one space."""
    word = doc[span.start]
    return span.label_ in _MISREAD and len(span) == 1 and word.whitespace_ == " " and word.is_alpha \
        and word.is_title and is_given_name(word.text)


def _before_surname(doc: "Doc", span: "SpacySpan", surnames: set[str], next_start: int) -> bool:
    """Whether ``span`` is a misread given name before an untagged word that is the surname of a
    full name the article writes ("Ada Roe ... Effie Roe")."""
    e = span.end
    return e < next_start and e < len(doc) and doc[e].text in surnames and doc[e].is_title \
        and _given_misread(doc, span)


def _joins(doc: "Doc", first: "SpacySpan", second: "SpacySpan") -> bool:
    """Whether ``first`` is a given name misread as a body right before the surname ``second``."""
    if second.label_ != "PERSON" or first.end != second.start or len(second) != 1:
        return False
    return doc[second.start].is_title and _given_misread(doc, first)
