"""Past US vice presidents named with the title alone ("In 2011, Vice President Biden had to delay
a foreign trip"; "Vice President Pence" in a 2023 statement).

Speeches, briefings and statements name a vice president of the past by the office held then,
with no "former" or "then-". The annotation guide's status is the one on the publication date,
so the office is a former one when every dated term of that holder ended before it. The
leaders' rows of the office-holder table (:mod:`.past_leaders`) do not cover vice presidents,
who are officials, not leaders; their terms are the ``vice_president_terms`` rows of
``pipeline/data/offices.json`` (sourced there).

A vice president who is now president ("Vice President Biden" in 2022) is former in the vice
presidency and current in the presidency: each office has its own status.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from ..knowledge.offices import folded_name_key, title_key, vice_president_terms

__all__ = ["past_vice_presidents"]

_TITLES = frozenset({"vice president", "vice-president", "vice president of the united states"})


class _Reading(Protocol):
    name: str
    title: str
    status: str
    country: str | None
    country_source: str | None


@lru_cache(maxsize=1024)
def term_over(name: str, published: str) -> bool:
    """Whether the rows naming ``name`` (every word of it in the row's name, the family name
    among them) all ended on or before ``published`` (YYYY-MM-DD); False when no row names it."""
    toks = folded_name_key(name)
    rows = [(start, end) for key, family, start, end in vice_president_terms() if toks and toks <= key and not toks.isdisjoint(family)]
    return bool(rows) and all(end is not None and end <= published for _, end in rows)


def past_vice_presidents(cands: list[_Reading], published: str | None) -> None:
    """Mark, in place, the current "Vice President" readings of the United States (or of no country
    the text gave) whose holder's terms all ended before ``published`` as ``former``; one without a
    country gets the United States, the country the rows are of.

    Args:
        cands: The stage's readings (:class:`pipeline.roles.reader.Candidate`).
        published: The publication date (YYYY-MM-DD), or None (nothing changes).
    """
    if not published:
        return
    for c in cands:
        if c.status == "current" and c.country in ("USA", None) and title_key(c.title) in _TITLES \
                and term_over(c.name, published[:10]):
            c.status = "former"
            if c.country is None:
                c.country, c.country_source = "USA", "office_holder"
