"""An earlier office told in a time clause: "I first met Jane when she was Mayor of Dayton", "we
worked together when he was Governor of Ohio".

Statements on a retirement, a death or a nomination recall an office the person held with a
"when he/she was OFFICE" clause; the pronoun stands for the person the sentence names before it.
The office is former (a past "was" in a clause of time). It is read only for a person who holds
another role in the text (the second office of a known holder, whose country it keeps), when the
sentence before "when" names that one holder and no other, and only for a capitalised public office
(as :mod:`.former_conjuncts` tests one); "when I was" (the speaker) and "when they were" are not
read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from .former_conjuncts import _other_country, _public
from .titles import classify

__all__ = ["when_offices"]

T = TypeVar("T")

_WHEN = re.compile(
    r"\b(?:when|while)[ \t]+(?:he|she)[ \t]+(?:was|served[ \t]+as)[ \t]+(?:(?:still|then|first)[ \t]+)?(?:the[ \t]+|an?[ \t]+)?"
    r"(?:[A-Z][\w.-]*(?:’s|'s)[ \t]+)?"
    r"(?P<t>[A-Z][\w.’'-]*(?:[ \t]+(?:(?:of|for|to|the|and|on)[ \t]+)*[A-Z][\w.’'-]*)*)")
"""The clause and its capitalised office ("when she was Mayor of Dayton")."""
_SENT = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n\s*\n")


def when_offices(roles: list[T], body: str) -> list[T]:
    """The roles plus the office of a "when she was OFFICE" clause of a known holder.

    Args:
        roles: Resolved candidates (``name``, ``title``, ``title_start``, ``country``,
            ``organization``, ``start`` fields).
        body: The document text.

    Returns:
        The roles and, after them, one former office per clause read (see the module docstring).
    """
    if " was " not in body or ("when he" not in body and "when she" not in body
                               and "while he" not in body and "while she" not in body):
        return roles
    holders: dict[str, T] = {}
    for c in roles:
        if c.name and (c.country or c.organization) and c.name not in holders:
            holders[c.name] = c
    out = list(roles)
    for m in _WHEN.finditer(body):
        title = m["t"].strip().rstrip(".")  # the sentence's full stop
        if not title or not _public(title):
            continue
        starts = [s.end() for s in _SENT.finditer(body, 0, m.start())]
        sentence = body[starts[-1] if starts else 0:m.start()]
        named = {n for n in holders if any(re.search(rf"\b{re.escape(w)}\b", sentence)
                                           for w in n.split() if len(w) > 2 and w[0].isupper())}
        if len(named) != 1:
            continue  # no holder, or two, named before the clause: whose office it is is unsure
        name = named.pop()
        c = holders[name]
        at = m.start("t")
        if c.organization or _other_country(title, c.country) or any(
                r.name == name and (at <= r.title_start < at + len(title) or r.title.lower() == title.lower()) for r in out):
            continue
        out.append(replace(c, title=title, role=classify(title), status="former", since=None, until=None,
                           title_start=at, start=m.start(), end=at + len(title)))
    return out
