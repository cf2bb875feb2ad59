"""A body's name, an office and a holder's name tagged as one organisation.

English writes the body an office belongs to before the office as a modifier ("USAID
Administrator Samantha Power", "COVID Response Coordinator Ashish Jha", "Bank of England
Governor Andrew Bailey"). The small model, meeting the body's name first, often tags the whole
run as one ORG, and the holder is lost. Where an office's head word of the ontology stands inside
such a span after at least one other word, and one to three capitalised proper nouns that are no
office words end the span, those words are the holder: a PERSON. The body's words stay an ORG
when the gazetteer knows them ("European Commission"); otherwise they and the office's words are
no entity. A royal or ship's title inside a brand ("Burger King Whopper Sales") names no holder.

A span whose name words end in a body's or a place's last word ("... Chairman Mao Memorial
Hall", "... Governor Island") is left to the model, as is a span whose head word is the first
word (:func:`pipeline.entities.spans.repair_spans` reads "Spokeswoman Sandy Angers").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import OFFICE_WORDS, ORG_LAST_WORDS, load_offices
from .lexicon import FACILITY_HEADS, NAME_PARTICLES, PLACE_NOUNS, Item
from .pm_titles import CALENDAR_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

__all__ = ["holders_in_body_spans"]

# head words that are also ordinary words of bodies' and programmes' names ("Head Start", "General
# Motors", "Board Member Services", "Chief Executives Organization")
_AMBIGUOUS_HEADS = frozenset({"head", "general", "member", "executive", "leader", "chief", "justice", "founder",
                              "officer", "counterpart", "counterparts", "diplomat", "lawmaker",
                              # royal and ship's titles name brands and products ("Burger King Whopper")
                              "king", "queen", "prince", "princess", "emperor", "captain", "capt."})
# a government body's own head noun after an office word ("the Speaker Office", "the Governor's Office")
_BODY_NOUNS = frozenset({"office", "ministry", "department", "bureau", "secretariat", "directorate", "cabinet"})


def _name_words(doc: "Doc", lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` can be a holder's name: one to three capitalised proper nouns
    or initials, none an office word, the last no body's, place's or building's last word."""
    words = [t for t in doc[lo:hi] if t.lower_ not in NAME_PARTICLES]
    if not 1 <= len(words) <= 3 or any(t.lower_ in CALENDAR_WORDS for t in words):  # ("... Ueda Monday")
        return False
    if any(not t.is_title or t.pos_ != "PROPN" or t.lower_ in OFFICE_WORDS or t.is_sent_start for t in words):
        return False
    last = words[-1].lower_
    return last not in ORG_LAST_WORDS and last not in PLACE_NOUNS and last not in FACILITY_HEADS \
        and last not in _BODY_NOUNS


def holders_in_body_spans(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """The spans, with the holder's name of each "BODY OFFICE NAME" ORG a PERSON.

    Args:
        doc: The parsed article.
        items: The entity spans as ``(start, end, label)``.
        gaz: The gazetteer (a known organisation's name is left as it is, or kept as the body).

    Returns:
        The spans in text order.
    """
    heads = load_offices().heads
    out: list[Item] = []
    for s, e, label in items:
        if label != "ORG" or e - s < 3:
            out.append((s, e, label))
            continue
        # the last office head word before the name, not the span's first word
        j = next((k for k in range(e - 2, s, -1) if doc[k].lower_ in heads and doc[k].is_title), None)
        if j is None or doc[j].lower_ in _AMBIGUOUS_HEADS or all(t.pos_ == "DET" for t in doc[s:j]) \
                or not _name_words(doc, j + 1, e) \
                or "\n\n" in doc[s:e].text or gaz.organization(doc[s:e].text):
            out.append((s, e, label))
            continue
        # the body stays an ORG only when the gazetteer knows it: the roles stage reads an unknown
        # body before an office as a firm's ("Apple CEO"), and a government's office would be lost
        body = next((k for k in range(j, s, -1) if gaz.organization(doc[s:k].text)), None)
        if body is not None:
            out.append((s, body, "ORG"))
        out.append((j + 1, e, "PERSON"))
    return out
