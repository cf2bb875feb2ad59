"""Peer baselines: what off-the-shelf tools and simple, documented heuristics give, in record
shape, so the accuracy tables compare the pipeline against something real."""

from .plain import BASELINE_MODEL, baseline_record, load_baseline_nlp, parse_number

__all__ = ["BASELINE_MODEL", "baseline_record", "load_baseline_nlp", "parse_number"]
