"""Per-Doc word tables, read once from spaCy's token arrays instead of one Python loop over the
tokens per rule (a Token attribute costs a Python object each time it is read).

:class:`DocWords` holds the token texts as hashes (to find the few tokens a rule looks at) and
the sets of words the article writes in lower case, which several rules use to tell common
words from names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..tokenarrays import members, string_ids

if TYPE_CHECKING:
    from spacy.tokens import Doc

_HYPHEN = "-"


@dataclass(frozen=True)
class DocWords:
    """Token tables of one Doc (see the module docstring)."""

    orth: np.ndarray
    """hash of each token's text"""
    lower: frozenset[str]
    """words written in lower case (lower-case alphabetic tokens)"""
    lower_free: frozenset[str]
    """the same, outside entities and not right after a hyphen ("Readout" in a Title Case
    headline is a common word when the body writes "readout")"""

    @classmethod
    def of(cls, doc: "Doc") -> "DocWords":
        from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_LOWER, ORTH

        strings = doc.vocab.strings
        if len(doc) == 0:
            empty = np.zeros(0, dtype="uint64")
            return cls(empty, frozenset(), frozenset())
        arr = doc.to_array([ORTH, IS_LOWER, IS_ALPHA, ENT_TYPE])
        orth = arr[:, 0]
        lowercase = (arr[:, 1] == 1) & (arr[:, 2] == 1)
        after_hyphen = np.zeros(len(doc), dtype=bool)
        after_hyphen[1:] = orth[:-1] == strings[_HYPHEN]
        free = lowercase & (arr[:, 3] == 0) & ~after_hyphen
        # a lower-case token's text is its lower-case form; the free words are some of them, so
        # each word is looked up in the string store once
        words = {h: strings[h] for h in np.unique(orth[lowercase]).tolist()}
        lower = frozenset(words.values())
        lower_free = frozenset(words[h] for h in np.unique(orth[free]).tolist())
        return cls(orth, lower, lower_free)

    def positions(self, doc: "Doc", words: Iterable[str]) -> list[int]:
        """Indices, in text order, of the tokens whose text is one of ``words``."""
        hashes = string_ids(words)  # (a fixed list's ids are looked up once per process)
        if not len(hashes) or not len(self.orth):
            return []
        return np.nonzero(members(self.orth, hashes))[0].tolist()

    def has(self, doc: "Doc", word: str) -> bool:
        """Whether a token's text is ``word``."""
        return bool(len(self.orth)) and bool((self.orth == doc.vocab.strings[word]).any())

    def between(self, doc: "Doc", left: str, right: str) -> list[int]:
        """Indices of the tokens right between a ``left`` and a ``right`` token ("(" NCG ")")."""
        if len(self.orth) < 3:
            return []
        strings = doc.vocab.strings
        hit = (self.orth[:-2] == strings[left]) & (self.orth[2:] == strings[right])
        return (np.nonzero(hit)[0] + 1).tolist()
