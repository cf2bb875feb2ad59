"""Two titles of one holder under one status word: "former Governor and U.S. Senator Jane Roe",
"the late Congressman and United States Ambassador John Roe".

A status word ("former", "late", "then-", "ex-") before two titles joined by "and" and followed by
one name scopes over both: the holder held both offices, and neither is held now (annotation
guide: one role per (person, office); "former", "the late" give the status). When the second title
carries a country word ("U.S. Senator") the reader may keep only that one, with no status; this
adds the first and makes both former.

The coordination must join titles, not title-and-name pairs: "former Governor Ann Lee and Senator
Bob Kay" names two people, so a role of another person read between the status word and "and"
leaves the second title alone. "then-Governor and now Senator X" says the second is held now.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from ..knowledge.offices import load_offices
from ..names import name_key
from .titles import classify

__all__ = ["shared_status_titles"]

T = TypeVar("T")

_SHARED = re.compile(
    r"\b(?P<s>[Ff]ormer|[Ll]ate|[Tt]hen-|[Ee]x-)[ \t]*(?P<t>(?:[A-Z][\w.’'-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){0,4}"
    r"[A-Z][\w.’'-]*)[ \t]+and[ \t]+(?:(?:U\.S\.|United[ \t]+States|US|American|State|state)[ \t]+)?$")
"""A status word, a first title and "and" right before a second title (a country word allowed)."""


def _public(title: str) -> bool:
    """Whether a title the ontology leaves in the catch-all ends in an office head word and is no
    company post ("Governor", "Mayor"; not "Professor", "CEO")."""
    offices = load_offices()
    return title.split()[-1].lower() in offices.heads and not offices.is_private(title)


def _other_holder_between(roles: list, c, lo: int, hi: int) -> bool:
    """Whether a role of another person starts between ``lo`` and ``hi`` (two people coordinated)."""
    key = name_key(c.name)
    return any(name_key(o.name) != key and lo <= (o.title_start if o.title_start >= 0 else o.start) < hi
               for o in roles)


def shared_status_titles(body: str, roles: list[T]) -> list[T]:
    """The roles with both titles of "former X and Y NAME" former (see the module docstring).

    Args:
        body: The document text (``title_start`` points into it).
        roles: Resolved candidates (``name``, ``title``, ``role``, ``status``, ``title_start`` fields).

    Returns:
        The roles, the second title made former and the first added (former) when missing.
    """
    out: list[T] = []
    for c in roles:
        m = _SHARED.search(body, max(0, c.title_start - 90), c.title_start) \
            if c.status in ("current", "former") and c.title_start > 0 else None
        first = m.group("t") if m is not None else ""
        if m is None or _other_holder_between(roles, c, m.start("t"), m.end()) \
                or (classify(first) == "official_other" and not _public(first)):
            out.append(c)  # "former Chairman and CEO": no public office read for the first title
            continue
        key = name_key(c.name)
        if not any(name_key(o.name) == key and o.title_start == m.start("t") for o in roles):
            out.append(replace(c, title=first, role=classify(first), title_start=m.start("t"), status="former"))
        out.append(replace(c, status="former"))
    return out
