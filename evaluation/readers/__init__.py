"""Corpus readers: gold directories (``NN_*.txt`` + ``NN_*.gold.json``) and NewsReader MEANTIME."""

from .gold import GOLD_SUFFIX, GoldDoc, GoldError, load_gold, occurrence_span, read_gold

__all__ = ["GOLD_SUFFIX", "GoldDoc", "GoldError", "load_gold", "occurrence_span", "read_gold"]
