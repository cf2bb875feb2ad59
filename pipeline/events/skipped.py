"""Tokens no event is read from: the headline line and direct quotations.

A headline restates the story in telegraphic form and a quotation is the speaker's words, coded
(if at all) through the quoting verb; both are found once per Doc as token-index sets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IDX

from ..nlp import article_of, raw_text
from ..nlp import text as doc_text
from ..syntax import offset_array

if TYPE_CHECKING:
    from spacy.tokens import Doc


def skipped_tokens(doc: "Doc") -> tuple[frozenset[int], frozenset[int]]:
    """(headline tokens, quoted tokens): token indices in the headline line and inside direct
    quotations."""
    spans = _quote_spans(doc_text(doc))
    title_end = _headline_end(doc)
    if not spans and title_end is None:
        return frozenset(), frozenset()
    # all tokens at once: their start offsets as an array, then one range per quotation
    idx = doc.to_array(IDX)
    head: frozenset[int] = frozenset()
    if title_end is not None:
        offsets = offset_array(doc)
        orig = idx if offsets is None else offsets[idx]
        head = frozenset(numpy.flatnonzero(orig < title_end).tolist())
    quoted: set[int] = set()
    for start, end in spans:
        quoted.update(range(int(numpy.searchsorted(idx, start)), int(numpy.searchsorted(idx, end))))
    return head, frozenset(quoted)


_QUOTE_MARKS = re.compile('[“”"]|\n(?=\n)')


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside paired double quotation marks (curly or straight), per paragraph."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight: int | None = None
    for m in _QUOTE_MARKS.finditer(text):  # only the marks and paragraph breaks, not every character
        i, ch = m.start(), m.group()
        if ch == "“":
            open_at = i
        elif ch == "”":
            if open_at is not None:
                spans.append((open_at + 1, i))
                open_at = None
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                spans.append((straight + 1, i))
                straight = None
        else:
            open_at = straight = None  # a mark left open does not run past its paragraph
    spans.sort()
    return spans


def _headline_end(doc: "Doc") -> int | None:
    article = article_of(doc)
    if article is None or not article.title:
        return None
    raw = raw_text(doc)
    words = article.title.split("\n")[0].split()
    if not words or "\n" not in raw:
        return None
    # the reader normalises the title's spacing (no-break spaces, a title wrapped over lines),
    # so the text's opening line is matched word by word across any run of white space (what
    # ``re.match(r"\s*" + r"\s+".join(map(re.escape, words)), raw)`` matches, without
    # compiling a pattern per article: the words hold no white space, so nothing backtracks)
    i, n = 0, len(raw)
    for k, word in enumerate(words):
        j = i
        while j < n and raw[j].isspace():
            j += 1
        if (k and j == i) or not raw.startswith(word, j):
            return None
        i = j + len(word)
    return i
