"""Stock-market index levels: a number that a sentence about an index reports as its level or
move is counted in index points.

Financial news writes index levels bare ("the Dow fell below 8,000", "the FTSE closed at
5912.40", "the Nikkei dropped below the 9,000 mark"): no noun says what the number measures, but
the index named in the sentence does. The index names are data
(``pipeline/data/stock_indices.json``, with their source).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..knowledge.units import tables
from .lexicon import LEVEL_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["POINT", "exchange_rate", "index_level_unit", "names_an_index"]

# What a level or move of an index is counted in.
POINT = "point"


@lru_cache(maxsize=1)
def _index_names() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    raw = json.loads(resources.files("pipeline.data").joinpath("stock_indices.json").read_text("utf-8"))
    names = frozenset(tuple(n.split()) for n in raw["names"])
    return names, frozenset(raw["heads"]), max(len(n) for n in names)


def names_an_index(sent: "Span") -> frozenset[str]:
    """The words of a stock-market index a sentence names (empty when none): one of the known
    names ("the Dow", "FTSE 100", "Hang Seng"), or a capitalised name headed by "Index",
    "Average" or "Composite" ("the Dow Jones Industrial Average", "the Straits Times Index")."""
    names, heads, longest = _index_names()
    words = [t.lower_ for t in sent]
    for k, tok in enumerate(sent):
        if tok.lower_ in heads and k > 0 and sent[k - 1].is_title and tok.is_title:
            first = k - 1
            while first > 0 and sent[first - 1].is_title and not sent[first - 1].is_sent_start:
                first -= 1
            return frozenset(words[first:k + 1])
        for n in range(1, longest + 1):
            if tuple(words[k:k + n]) in names and (tok.is_upper or tok.is_title or not tok.is_alpha):
                return frozenset(words[k:k + n])
    return frozenset()


def index_level_unit(doc: "Doc", num_start: int, unit: str | None, category: str, currency: str | None, *,
                     own_noun: bool) -> bool:
    """True when the number at ``num_start`` is an index level or move: its sentence names an
    index and the number counts nothing of its own (no noun after it, only one borrowed from
    elsewhere in the sentence; or a level noun: "the 5000 mark")."""
    if currency is not None or category == "percent" or own_noun and unit not in LEVEL_NOUNS and unit != POINT:
        return False
    return bool(names_an_index(doc[num_start].sent))


# Words between a rate and the currency it prices one unit of: "76.25 to the dollar", "7.1 per US dollar".
_RATE_LINKS = frozenset({"to", "per", "against"})
_RATE_FILLERS = frozenset({"a", "an", "the", "one", "each", "us", "u.s.", "american", "single"})


def exchange_rate(doc: "Doc", num_start: int, num_end: int) -> tuple[str, str] | None:
    """``(unit, ISO 4217)`` when a bare number is an exchange rate: the price of one unit of the
    currency after "to"/"per"/"against", in the other currency its sentence names ("the yen
    peaked at 76.25 to the dollar" is 76.25 yen). None otherwise."""
    words = tables().currency_words
    k = num_end
    if k >= len(doc) or doc[k].lower_ not in _RATE_LINKS:
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in _RATE_FILLERS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in words:
        return None
    priced = words[doc[k].lower_]
    sent = doc[num_start].sent
    for tok in sent:
        named = words.get(tok.lower_)
        if named is not None and named[1] != priced[1] and not tok.i == k and tok.i < num_start:
            return named
    return None
