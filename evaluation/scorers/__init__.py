"""Scorers: records against gold files (statements layout and seed layout), roles with status,
events, and Markdown tables of the scores."""

from .compare import names_match, normalize_unit, spans_overlap, units_match, values_match
from .events import EVENT_METRICS, score_event_lists, score_events
from .matching import Counts, ItemScore, greedy_matching, max_matching, score_items
from .roles import score_roles
from .statements import METRICS, must_not_violations, score_statements
from .table import format_table

__all__ = [
    "EVENT_METRICS", "METRICS", "Counts", "ItemScore", "format_table", "greedy_matching", "max_matching",
    "must_not_violations", "names_match", "normalize_unit", "score_event_lists", "score_events", "score_items",
    "score_roles", "score_statements", "spans_overlap", "units_match", "values_match",
]
