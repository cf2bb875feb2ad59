"""A keyword gate before a biography pattern: most sentences lack the pattern's verb, and a
substring test is much cheaper than a regular-expression scan of the sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["gated"]


class _Gated:
    """A compiled pattern read only in sentences that hold one of its keywords."""

    __slots__ = ("rx", "words", "pattern")

    def __init__(self, rx: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.rx, self.words, self.pattern = rx, words, rx.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text``, none when no keyword is written there."""
        return self.rx.finditer(text) if any(w in text for w in self.words) else iter(())


def gated(rx: re.Pattern[str], *words: str) -> _Gated:
    """``rx`` read only where one of ``words`` (case-sensitive substrings) is written.

    Args:
        rx: The compiled pattern.
        words: Substrings every match contains.
    """
    return _Gated(rx, words)
