"""A US state's postal abbreviation after "the" is not the state: "the VA" is an agency.

English names a US state without an article ("in Virginia", "Richmond, VA"), so "VA", "MD" or
"PA" written right after "the" ("the VA hospital", "the VA said") is the short name of a body
(the Department of Veterans Affairs) or a word, never the state. Such a GPE span becomes ORG, so
the place lookup does not read it as the state. The District of Columbia is left alone ("the DC
newswomen", "the DC area" are the city), and so is an abbreviation before a place noun ("the NY
area", "the PA border"), which names the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.usstates import state_name
from .lexicon import GEO_HEADS, PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

__all__ = ["articled_state_abbrevs"]

_DISTRICT = "District of Columbia"
_PLACE_WORDS = PLACE_NOUNS | GEO_HEADS | {"metro", "suburbs"}


def articled_state_abbrevs(doc: "Doc", spans: list["SpacySpan"]) -> list["SpacySpan"]:
    """``spans`` with each one-word GPE that is a state's abbreviation in capitals after "the"
    relabelled ORG."""
    from spacy.tokens import Span as SpacySpan

    out = []
    for span in spans:
        s = span.start
        if span.label_ == "GPE" and span.end - s == 1 and s > 0 and doc[s - 1].lower_ == "the" \
                and span.text.isupper() and state_name(span.text) not in (None, _DISTRICT) \
                and not (span.end < len(doc) and doc[span.end].lower_ in _PLACE_WORDS):
            span = SpacySpan(doc, s, span.end, label="ORG")
        out.append(span)
    return out
