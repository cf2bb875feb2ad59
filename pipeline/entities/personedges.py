"""A sentence-opening conjunction glued to a PERSON span.

In speech and remarks a sentence often opens with "And" or "But" before a name ("And Gary
Peters — he fought for this", "But Ana Ruiz said"); the statistical NER may take the
conjunction into the span, so the person is listed as "And Gary Peters" beside "Gary Peters".
The conjunction is cut off.

Not done here, on purpose: dropping a name that modifies a lower-case body noun after it ("the
Biden administration"). The development gold is split on it (the readable half leaves such
names out, the unread half lists some), and the guide lists "every person named".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

# Coordinating conjunctions that open a sentence in speech and remarks ("And Ana Ruiz, ...");
# none is a given name. "So" is left out: a Korean and Chinese given name or surname.
_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "yet"})


def conjunction_cut(span: "SpacySpan") -> "SpacySpan":
    """``span`` without a capitalised conjunction at its start ("And Gary Peters" -> "Gary
    Peters"); the span itself when it has none or is the conjunction alone."""
    if len(span) > 1 and span[0].lower_ in _CONJUNCTIONS and span[0].is_title and span[1].is_title:
        return span[1:]
    return span
