"""An office praised as a fit, not held: "Jane Roe would be an excellent Secretary General",
"he will make a great ambassador", "she is going to be a superb judge".

A modal (or "going to") with "be", "make" or "become" and an evaluative adjective before a title
judges how well someone would fill an office; it says nothing of the office being held. The
person holds it only when the text says so elsewhere; a nominee keeps the nomination the text
states (annotation guide: roles are offices held, elected or nominated to, not ones wished for).
"Tony has been a great Secretary of State" (a perfect, not a modal) is an office held and is left
alone.
"""

from __future__ import annotations

import re
from typing import TypeVar

__all__ = ["hypothetical_offices"]

T = TypeVar("T")

_EVALUATIVE = (r"(?:excellent|great|good|fine|outstanding|terrific|wonderful|superb|exceptional|ideal|"
               r"strong|remarkable|extraordinary|effective|capable|perfect|worthy|first-rate|formidable)")
"""Adjectives that grade a person's fitness for a post (English evaluative adjectives)."""
_HYPOTHETICAL = re.compile(
    r"\b(?:would|will|could|should|might|may|can|going\s+to|[’']d|[’']ll)\s+(?:also\s+|certainly\s+|surely\s+|"
    r"undoubtedly\s+|no\s+doubt\s+)?(?:be|make|become)\s+(?:an?|the|our|your)\s+(?:(?:very|truly|really|most|"
    rf"absolutely)\s+)?{_EVALUATIVE}\s+(?:(?:and|,)\s+\w+\s+)?(?:next\s+|new\s+)?$",
    re.IGNORECASE)
"""A modal, "be"/"make"/"become", an article and an evaluative adjective right before a title."""


def hypothetical_offices(body: str, roles: list[T]) -> list[T]:
    """The roles without offices only judged a fit ("X would be an excellent Secretary General").

    Args:
        body: The document text (``title_start`` points into it).
        roles: Candidates (``title_start`` and ``status`` fields).

    Returns:
        The roles, less those whose title follows a modal, a copula and an evaluative adjective,
        save nominations.
    """
    return [c for c in roles
            if c.status == "nominee" or c.title_start <= 0
            or not _HYPOTHETICAL.search(body, max(0, c.title_start - 80), c.title_start)]
