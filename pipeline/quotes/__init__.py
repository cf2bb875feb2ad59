"""Quotes stage: direct quotations, their speakers and reporting verbs.

Modules: :mod:`.words` (reporting verbs, speaker nouns), :mod:`.syntax` (reading the parse),
:mod:`.speakers` (resolving a subject to an entity), :mod:`.attribution` (the rules, in order),
:mod:`.extract` (:func:`extract_quotes`, the stage's entry point). Quote-mark pairing is the
leaf module :mod:`pipeline.quotemarks`.
"""

from __future__ import annotations

from ..quotemarks import find_quote_pairs
from .extract import extract_quotes

# find_quote_pairs is re-exported only until pipeline.forces imports it from pipeline.quotemarks.
__all__ = ["extract_quotes", "find_quote_pairs"]
