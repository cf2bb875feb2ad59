"""A faster ``spacy.util.normalize_slice`` for ``doc[start:end]``, with the same results.

Every ``doc[a:b]`` goes through :func:`spacy.util.normalize_slice` (``Doc.__getitem__`` looks it
up on the module at each call). spaCy's version clamps with ``min``/``max`` calls, about half of
the cost of making a Span: the extraction components slice ~1,000 times per article, and the
function alone was ~5% of their CPU. :func:`install` puts in a version with plain comparisons
that returns the same ``(start, stop)`` and raises the same error for a step other than 1.
"""

from __future__ import annotations


def normalize_slice(length: int, start: int, stop: int, step: int | None = None) -> tuple[int, int]:
    """``spacy.util.normalize_slice``: the bounds of ``[start:stop]`` in a sequence of ``length``,
    negative bounds counted from the end, clamped to ``0 <= start <= stop <= length``."""
    if step is not None and step != 1:
        from spacy.errors import Errors

        raise ValueError(Errors.E057)
    if start is None:
        start = 0
    elif start < 0:
        start += length
        if start < 0:
            start = 0
    if start > length:
        start = length
    if stop is None:
        stop = length
    elif stop < 0:
        stop += length
    if stop < start:
        stop = start
    if stop > length:
        stop = length
    return start, stop


def install() -> None:
    """Use :func:`normalize_slice` for ``Doc`` slices in this process (idempotent)."""
    from spacy import util

    util.normalize_slice = normalize_slice
