"""An office a past-time adjunct dates with "as": "Thirty years ago, as a United States Senator,
Jane Roe wrote the law", "Back in 1998, as a young senator, I ...".

"as TITLE" next to an adjunct that puts the clause in the past ("N years ago", "decades ago",
"back in 1998", "in 1998") tells what someone was when they did it; the office was held then (a
"former" status, annotation guide), whatever they hold now. Without the adjunct the phrase keeps
the reader's status: "As President, I will defend ..." is an office held now, and a sentence that
also says now ("today", "still", "now") is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from .status_conflicts import sentence_around

__all__ = ["dated_as_offices"]

T = TypeVar("T")

_NUMBER = (r"(?:\d+|a\s+few|many|several|some|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+couple\s+of|a)"
           r"(?:[\s-]+[a-z]+)?")
_PAST = re.compile(rf"\b(?:(?:nearly|almost|about|over|more\s+than|some)\s+)?{_NUMBER}\s+(?:years?|decades?)\s+ago\b"
                   r"|\b(?:[Bb]ack\s+)?in\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
"""An adjunct that dates a clause in the past."""
_AS = re.compile(r"\bas\s+(?:an?|the)\s+(?:(?:young|junior|freshman|new|first-term|newly\s+elected)\s+)?"
                 r"(?:[A-Z][\w.’'-]*\s+){0,3}$")
""""as a (young) [United States] " right before a title."""
_NOW = re.compile(r"\b(?:today|now|still|currently|presently)\b", re.IGNORECASE)


def _dated(body: str, pos: int, published_year: int | None) -> bool:
    """Whether the sentence part before ``pos`` holds a past adjunct (a year before ``published_year``)."""
    lo, hi = sentence_around(body, pos, 240)
    if _NOW.search(body, lo, hi):
        return False
    for m in _PAST.finditer(body, lo, pos):
        if m.group("y") is None or (published_year is not None and int(m.group("y")) < published_year):
            return True
    return False


def dated_as_offices(body: str, roles: list[T], published: str | None) -> list[T]:
    """The roles with an office written "as TITLE" in a clause dated in the past made ``former``.

    Args:
        body: The document text (``title_start`` points into it).
        roles: Candidates (``title_start`` and ``status`` fields).
        published: The publication date (YYYY-MM-DD) or None.

    Returns:
        The roles, such dated offices with status ``former``.
    """
    year = int(published[:4]) if published and published[:4].isdigit() else None
    out = []
    for c in roles:
        if (c.status == "current" and c.title_start > 0
                and _AS.search(body, max(0, c.title_start - 60), c.title_start)
                and _dated(body, c.title_start, year)):
            c = replace(c, status="former")
        out.append(c)
    return out
