"""The dated office-holder table read for one name: who held which office for which country on a date.

Kept apart from :mod:`.resolver` so that each stays a readable size; behaviour is unchanged.
"""

from __future__ import annotations

from ..knowledge.offices import folded_name_key, load_offices

_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})


def holder(name: str, role: str | None, date: str | None) -> tuple[str, str] | None:
    """(ISO3, role) of the office-holder table's one reading of ``name`` on ``date``.

    Args:
        name: The person's name as written (any part of the full name: "Blinken").
        role: The office category the text gives, or None to accept any office; head of
            state and head of government count as one, so a former leader in another post
            ("Mark Rutte" at NATO) does not take his old country.
        date: The publication date; rows whose dates do not cover it are left out.
    """
    toks = folded_name_key(name)
    if not toks:
        return None
    group = _LEADER_ROLES if role in _LEADER_ROLES else frozenset({role})
    hits = {(h.country, h.role) for h in load_offices().holders_named(toks)
            if (role is None or h.role in group) and h.held_on(date)}
    return hits.pop() if len(hits) == 1 else None


def term_over(name: str, role: str, country: str, date: str | None) -> bool:
    """Whether the office-holder table dates the terms of ``name`` in ``role`` for ``country``,
    none covers ``date`` and one ended by then ("President Obama" in a 2023 statement, "President
    Trump" between his terms: a former president). False without a date, without dated rows, or
    when a term covers the date."""
    toks = folded_name_key(name)
    if not toks or not date:
        return False
    rows = [h for h in load_offices().holders_named(toks) if h.role == role and h.country == country
            and (h.start is not None or h.end is not None)]
    return bool(rows) and not any(h.held_on(date) for h in rows) \
        and any(h.end is not None and h.end <= date for h in rows)
