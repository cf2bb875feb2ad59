"""A title before a given name that is also a place: "Mayor London Breed" is a person.

Some given names are place names ("London", "Paris", "Austin", "Georgia"). Right after a
person's title and before a capitalised word the model left outside every entity, the place
reading is wrong: English writes "Title Given Surname" for a person, and never puts an office
title right before a bare city name followed by another name. The two words become one PERSON
span; the title stays outside it, as for any titled name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .titledsurnames import _title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

__all__ = ["titled_given_places"]


def titled_given_places(doc: "Doc", spans: list["SpacySpan"], lower_free: frozenset[str]) -> list["SpacySpan"]:
    """``spans`` with each one-word GPE between a title and an untagged capitalised word
    ("Mayor | London | Breed") replaced by a PERSON span over the two names.

    Args:
        doc: The parsed document.
        spans: The entity spans so far.
        lower_free: Words the article also writes in lower case (common words, not surnames).
    """
    from spacy.tokens import Span as SpacySpan

    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        s, e = span.start, span.end
        if span.label_ == "GPE" and e - s == 1 and s > 0 and e < len(doc) and _title(doc[s - 1].text) \
                and doc[s - 1].is_title and e not in covered:
            nxt = doc[e]
            if nxt.is_alpha and nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in lower_free \
                    and not _title(nxt.text):
                out.append(SpacySpan(doc, s, e + 1, label="PERSON"))
                continue
        out.append(span)
    return out
