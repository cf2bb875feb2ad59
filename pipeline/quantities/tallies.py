"""Vote tallies: "the Senate voted 52-35", "a 7–2 vote" are two counts of votes, not a range.

A range runs from a low to a high end ("200-250 seats"); a tally pairs the votes for and the
votes against, written with a hyphen or dash in a sentence about a vote. Each side is its own
quantity (unit "vote"), evidence the number itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import numbers as num
from ..nlp import evidence, text as text_of
from ..records import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["vote_tallies"]

# Words that make a sentence about a vote (lemmas).
_VOTE_WORDS = frozenset({"vote", "ballot", "tally", "margin"})
_DASHES = frozenset({"-", "–", "—"})
_GLUED = re.compile(r"^(\d{1,3})[-–](\d{1,3})$")
# Where a tally can start in the text: most articles have none, and the token checks below run
# only at these places instead of over every token.
# (the first digit first, the look-behind after it, so that ``re`` skips to digits: the same
# matches as r"(?<!\d)\d{1,3}\s?[-–—]\s?\d{1,3}(?!\d)")
_PAIR = re.compile(r"\d(?<!\d\d)\d{0,2}\s?[-–—]\s?\d{1,3}(?!\d)")
UNIT = "vote"


def _about_a_vote(sent: "Span") -> bool:
    return any(t.lemma_.lower() in _VOTE_WORDS for t in sent)


def vote_tallies(doc: "Doc") -> list[Quantity]:
    """The two sides of every vote tally of the text, ids left empty (text order)."""
    out: list[Quantity] = []
    n = len(doc)
    text = text_of(doc)
    starts = [doc.char_span(m.start(), m.start() + 1, alignment_mode="expand") for m in _PAIR.finditer(text)]
    for tok in dict.fromkeys(span[0] for span in starts if span is not None and len(span)):
        pair: list[tuple[int, int]] = []
        if (m := _GLUED.match(tok.text)) is not None:  # "7–2" as one token
            pair = [(tok.idx + m.start(1), tok.idx + m.end(1)), (tok.idx + m.start(2), tok.idx + m.end(2))]
        elif tok.is_digit and tok.i + 2 < n and doc[tok.i + 1].text in _DASHES and doc[tok.i + 2].is_digit \
                and len(tok.text) <= 3 and len(doc[tok.i + 2].text) <= 3 and (tok.i == 0 or doc[tok.i - 1].text not in _DASHES):
            nxt = doc[tok.i + 2]
            pair = [(tok.idx, tok.idx + len(tok.text)), (nxt.idx, nxt.idx + len(nxt.text))]
        if not pair or not _about_a_vote(tok.sent):
            continue
        (a0, a1), (b0, b1) = pair
        after = next((t for t in doc[tok.i + 1:tok.i + 4] if t.idx >= b1), None)
        if int(text[a0:a1]) < int(text[b0:b1]) and after is not None and after.tag_ in ("NNS", "NNPS"):
            continue  # "200-250 seats": a range from a low to a high end; "failed 45-55." is a tally
        for s, e in pair:
            value = num.numeral_value(text[s:e])
            out.append(Quantity(id="", text=text[s:e], value=value, approximate=False, qualifier=None, unit=UNIT,
                                category="count", currency=None, owner=None, location=None,
                                evidence=evidence(doc, s, e)))
    return out
