"""Quotes stage: direct quotations, their speakers and reporting verbs.

Modules: :mod:`.words` (reporting verbs, speaker nouns), :mod:`.syntax` (reading the parse),
:mod:`.speakers` (resolving a subject to an entity), :mod:`.attribution` (the rules, in order),
:mod:`.extract` (:func:`extract_quotes`, the stage's entry point). Quote-mark pairing is the
leaf module :mod:`pipeline.quotemarks`.
"""

from __future__ import annotations

from .extract import extract_quotes

__all__ = ["extract_quotes"]
