"""What the words at the edges of a PERSON span say about it.

Two slips of the statistical NER, both read from the tokens right before or after the span:

* a name that modifies a body written after it in lower case ("the Biden administration", "the
  Biden-Harris administration", "the Obama-Biden administration's policy", "the Netanyahu
  government"): the name is an attribute of the body, not a mention of the person (the model
  leaves the lower-case head noun out of the span, so :func:`pipeline.entities.notpersons.person_span`,
  which reads the span's own last word, does not see it). A possessive ("President Biden's
  administration") mentions the person and is kept;
* a sentence-opening conjunction glued to the name ("And Gary Peters — ...", "But Ana Ruiz
  said"): the conjunction is cut off, so the name is the same person as its other mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .notpersons import BODY_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

# Coordinating conjunctions that open a sentence in speech and remarks ("And Ana Ruiz, ...");
# none is a given name. "So" is left out: a Korean and Chinese given name or surname.
_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "yet"})
_HYPHENS = frozenset({"-", "–", "‑"})


def modifies_body(span: "SpacySpan") -> bool:
    """True when the name (with any hyphened names after it: "Biden-Harris") stands right before
    a body noun it modifies ("administration", "government", "campaign", "era", "presidency")."""
    doc = span.doc
    k = span.end
    while k + 1 < len(doc) and doc[k].text in _HYPHENS and not doc[k - 1].whitespace_ \
            and not doc[k].whitespace_ and doc[k + 1].is_title:
        k += 2
    return k < len(doc) and doc[k].lower_ in BODY_HEADS


def conjunction_cut(span: "SpacySpan") -> "SpacySpan":
    """``span`` without a capitalised conjunction at its start ("And Gary Peters" -> "Gary
    Peters"); the span itself when it has none or is the conjunction alone."""
    if len(span) > 1 and span[0].lower_ in _CONJUNCTIONS and span[0].is_title and span[1].is_title:
        return span[1:]
    return span
