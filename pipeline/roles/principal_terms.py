"""Whether the office-holder table says a person's term in an office category is over."""

from __future__ import annotations

from ..knowledge.offices import folded_name_key, load_offices

__all__ = ["term_ended"]


def term_ended(name: str, role: str | None, date: str | None) -> bool:
    """Whether the office-holder table has dated rows of ``name`` in ``role`` (any country), none
    covering ``date`` and one ended by then ("President Obama" in a 2023 biography). False without
    a date or without such rows: the table knowing nothing says nothing.

    Args:
        name: The person's name as written.
        role: The office category.
        date: The publication date (YYYY-MM-DD).
    """
    toks = folded_name_key(name)
    if not toks or not date or not role:
        return False
    rows = [h for h in load_offices().holders_named(toks) if h.role == role and (h.start is not None or h.end is not None)]
    return bool(rows) and not any(h.held_on(date) for h in rows) and any(h.end is not None and h.end <= date for h in rows)
