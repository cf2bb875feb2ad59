"""A keyword gate before a biography pattern: most sentences lack the pattern's verb, and a
substring test is much cheaper than a regular-expression scan of the sentence. The biography
patterns are also compiled only when first searched (:func:`lazy`): most articles have no
nomination biography, and compiling the reader's ~40 long patterns cost ~0.1 CPU s per process."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["gated", "lazy"]


class _Lazy:
    """A pattern compiled on its first search (``finditer``), then that compiled pattern."""

    __slots__ = ("pattern", "_rx")

    def __init__(self, pattern: str) -> None:
        self.pattern, self._rx = pattern, None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``re.compile(pattern).finditer(text)``."""
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern)
        return rx.finditer(text)


def lazy(pattern: str) -> _Lazy:
    """``re.compile(pattern)``, compiled when first searched (only ``finditer`` and ``pattern``)."""
    return _Lazy(pattern)


class _Gated:
    """A compiled pattern read only in sentences that hold one of its keywords."""

    __slots__ = ("rx", "words", "pattern")

    def __init__(self, rx: "re.Pattern[str] | _Lazy", words: tuple[str, ...]) -> None:
        self.rx, self.words, self.pattern = rx, words, rx.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text``, none when no keyword is written there."""
        return self.rx.finditer(text) if any(w in text for w in self.words) else iter(())


def gated(rx: "re.Pattern[str] | _Lazy", *words: str) -> _Gated:
    """``rx`` read only where one of ``words`` (case-sensitive substrings) is written.

    Args:
        rx: The compiled (or :func:`lazy`) pattern.
        words: Substrings every match contains.
    """
    return _Gated(rx, words)
