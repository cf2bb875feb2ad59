"""A personal rank written after an office ("Coordinator for X, with the rank of Ambassador").

The Senate confirms some officials "with the rank of Ambassador" (or "Ambassador at Large"; its
nominations list writes "to be X, and to have the rank of Ambassador during his tenure of service") for
their tenure in an office that is not a head of mission: a coordinator, a special envoy, a
representative (Foreign Service Act of 1980, sec. 302(a); the personal rank of 22 U.S.C. 3942).
The rank is the person's, not the office: the office is the words before it, and its category is
that office's ("U.S. Representative to the OSCE" is an ambassador's post, "Coordinator for
Counterterrorism" is not). The Senate list reader already ends an office there; announcement list
items and headings ("Jane Doe, Nominee for Coordinator for X, with the rank of Ambassador") end
it here.
"""

from __future__ import annotations

import re

__all__ = ["without_held_rank"]

_HELD_RANK = re.compile(r",?\s+(?:with|and\s+to\s+have)\s+the\s+(?:personal\s+)?rank\s+of\s+(?:an?\s+)?[A-Z][\w\s-]{0,40}?"
                        r"(?:\s+during\s+(?:his|her|their|the)\s+tenure(?:\s+of\s+service)?)?$")


def without_held_rank(title: str) -> str:
    """The office of a title that ends with a personal rank; other titles unchanged.

    >>> without_held_rank("Coordinator for Counterterrorism, with the rank of Ambassador")
    'Coordinator for Counterterrorism'
    >>> without_held_rank("Chief of Protocol, and to have the rank of Ambassador during his tenure of service")
    'Chief of Protocol'
    >>> without_held_rank("Ambassador Extraordinary and Plenipotentiary to Chile")
    'Ambassador Extraordinary and Plenipotentiary to Chile'
    """
    return _HELD_RANK.sub("", title) if "rank" in title else title
