"""Whole-Doc token facts read from spaCy's token arrays (``Doc.to_array``) instead of a Python
loop over every token: a Token object and its string attributes cost ~0.2 µs each per token,
and several stages need one such pass per article.

Each function returns exactly what the Python loop it replaces returns (the flags and strings
come from the same lexeme attributes ``Token.is_lower``, ``Token.lower_``, ... read).

``POS``, ``TAG`` and ``LOWER`` are importable from here for :func:`token_indices`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, LOWER, POS, SENT_START, TAG
from spacy.strings import StringStore

__all__ = ["LOWER", "POS", "TAG", "count_non_space", "count_word_sentences", "lower_words", "members", "string_ids",
           "token_indices"]

if TYPE_CHECKING:
    from spacy.tokens import Doc


def lower_words(doc: "Doc", *, alpha: bool = False) -> frozenset[str]:
    """``{t.lower_ for t in doc if t.is_lower}`` (and ``t.is_alpha`` when ``alpha``)."""
    if len(doc) == 0:
        return frozenset()
    arr = doc.to_array([LOWER, IS_LOWER, IS_ALPHA])
    keep = arr[:, 1] == 1
    if alpha:
        keep &= arr[:, 2] == 1
    strings = doc.vocab.strings
    return frozenset(strings[int(h)] for h in np.unique(arr[keep, 0]))


def count_non_space(doc: "Doc") -> int:
    """``sum(1 for t in doc if not t.is_space)``."""
    if len(doc) == 0:
        return 0
    return int(np.count_nonzero(doc.to_array([IS_SPACE]) == 0))


_STRINGS = StringStore()
"""an empty store: looking a string's id up in it neither needs the string nor adds it"""


def _lookup(values: Iterable[str]) -> np.ndarray:
    return np.fromiter((_STRINGS[v] for v in values), dtype="uint64")


@lru_cache(maxsize=256)  # (the fixed lists are a few dozen; the bound keeps per-document sets from piling up)
def _fixed_ids(values: frozenset[str] | tuple[str, ...]) -> np.ndarray:
    ids = _lookup(values)
    ids.flags.writeable = False  # shared by every caller
    return ids


def string_ids(values: Iterable[str]) -> np.ndarray:
    """The ids spaCy's token arrays hold for the strings ``values`` (``vocab.strings[v]`` each, in
    iteration order), as a read-only ``uint64`` array.

    A string's id depends on the string alone (its hash, or the symbol id of a tag or label such
    as "NOUN"), never on the vocabulary, so the ids of a fixed word list (a frozenset or tuple)
    are computed once per process: the stages look up the same lists, some with thousands of
    words, in every document. Other iterables are looked up each call.
    """
    if isinstance(values, (frozenset, tuple)):
        return _fixed_ids(values)
    return _lookup(values)


def token_indices(doc: "Doc", attr: int, values: Iterable[str]) -> list[int]:
    """Indices, in text order, of the tokens whose ``attr`` (``spacy.attrs.POS``, ``LOWER``, ``TAG``,
    ...) is one of the strings ``values``: the tokens a loop filtering on that attribute keeps."""
    if len(doc) == 0:
        return []
    hashes = string_ids(values)
    if not len(hashes):
        return []
    column = doc.to_array(attr)
    return np.flatnonzero(members(column, np.asarray(hashes, dtype=column.dtype))).tolist()


_FEW = 8
"""value lists up to this length are compared one value at a time (measured: faster than a search)"""


def members(column: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """``np.isin(column, hashes)``, cheaper: a comparison per value for a few values, else a binary
    search of each token's id among the sorted values (``isin`` sorts the column with them, and its
    set-up costs more than the few comparisons most cue lists need)."""
    if len(hashes) <= _FEW:
        mask = column == hashes[0]
        for h in hashes[1:]:
            mask |= column == h
        return mask
    ordered = np.sort(hashes)
    at = np.searchsorted(ordered, column)
    at[at == len(ordered)] = 0  # (past the largest value: compared with the first, which it is not)
    return ordered[at] == column


def count_word_sentences(doc: "Doc") -> int:
    """``sum(1 for s in doc.sents if not all(t.is_space for t in s))``: the sentences with a token
    that is not white space (same sentence bounds as ``Doc.sents``: a token whose
    ``sent_start`` is 1 starts one)."""
    if len(doc) == 0 or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return sum(1 for s in doc.sents if not all(t.is_space for t in s))
    arr = doc.to_array([SENT_START, IS_SPACE])
    starts = np.concatenate(([0], np.flatnonzero(arr[1:, 0] == 1) + 1))
    words = np.add.reduceat((arr[:, 1] == 0).astype(np.int64), starts)
    return int(np.count_nonzero(words))


# The last Doc's line breaks (several entity rules ask per name); the Doc itself is held, so its
# identity cannot be taken by another Doc while the entry stands.
_LAST_BREAKS: tuple = (None, [])


def line_breaks(doc: "Doc") -> list[int]:
    """Indices, in order, of the white-space tokens holding a line break (``t.is_space and "\\n"
    in t.text``)."""
    global _LAST_BREAKS
    cached = _LAST_BREAKS
    if cached[0] is doc:
        return cached[1]
    spaces = np.flatnonzero(doc.to_array(IS_SPACE) == 1).tolist() if len(doc) else []
    breaks = [i for i in spaces if "\n" in doc[i].text]
    _LAST_BREAKS = (doc, breaks)
    return breaks


def merged_windows(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token windows ``(start, end)`` sorted and merged where they overlap, so a matcher run over
    each merged window sees every match of the windows once (the rule matchers run only where a
    pattern can end: :mod:`pipeline.attribute_rules`, :mod:`pipeline.entities.ruler`)."""
    if not windows:
        return []
    ordered = sorted(windows)
    merged = [list(ordered[0])]
    for s, e in ordered[1:]:
        if s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
