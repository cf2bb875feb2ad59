"""Numbers an article has already introduced as names: once "Section 232" or "Executive Order
14028" is written, a later bare "232 tariffs" or "the 14028 requirements" refers to the same
provision (a short form of the name), not to a count of 232 tariffs.

The names are the article's own: a name head of the unit lexicon that names a law, an order or a
part of one ("section", "title", "order", "resolution", ...) followed by a numeral. Only numerals
of three digits or more are remembered, and never thousands-grouped ones ("12,000"): a small
number ("Section 3") reappears as a count too often.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.units import tables
from ..knowledge.wordlists import word_set
from ..nlp import text as text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


# The name heads of laws, orders and their parts, whose numbers an article goes on to use alone
# ("the 232 tariffs", "the 301 investigation"); "page", "level", "number" or "room" numbers are not
# carried over ("page 120 ... 120 pages" is a count).
_PROVISIONS = word_set("quantities", "provisions")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = sorted((h for h in tables().name_heads if h in _PROVISIONS), key=len, reverse=True)
    found = r"\b(?:%s)\.?\s+(\d{3,6})(?![\d,.]\d)" % "|".join(map(re.escape, heads))
    if heads and all(heads):
        # a look-ahead for the heads' first letters lets the search skip the other positions
        # before trying every head there (same matches, about 40% less time)
        found = "(?=[%s])" % "".join(sorted({re.escape(h[0].lower()) for h in heads})) + found
    return re.compile(found, re.I)


def named_numerals(doc: "Doc") -> frozenset[str]:
    """The numerals the article writes after a name head ("Section 232" -> {"232"}); one regex pass."""
    text = text_of(doc)
    return frozenset(m.group(1) for m in _pattern().finditer(text))
