"""A second office in a relative clause after an apposition: "Jane Roe, the health secretary, who
previously served as justice secretary, said ...", "Jane Roe, Britain's trade envoy, who is also
deputy prime minister".

The relative clause describes the person the apposition names, but the parser attaches "who" to
the nearest noun, the apposed office, and the clause readers that look for a person before "who"
then find none. When the apposition is written "NAME, [the] OFFICE, who VERB OFFICE2", the clause's
office is the same holder's. The verb gives the tenure (annotation guide, status): "was", "served
as", "had served as", "previously/earlier/once" -> former; "is", "serves as", "also/now/currently"
-> current. "has served as" (current or ended, the sentence decides) and "would", "will" (no
office held) are not read. Only a public office (as for :mod:`.former_conjuncts`) is read, with
the holder and country of the apposed office, not when that office is an international
organisation's or the clause's office names another country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from .former_conjuncts import _other_country, _public, _title_end
from .titles import classify

__all__ = ["relative_second_offices"]

T = TypeVar("T")

_ADV = r"(?:(?:also|now|currently|previously|earlier|once|formerly|later)[ \t]+)?"
_RELATIVE = re.compile(
    rf",[ \t]+who[ \t]+{_ADV}(?P<verb>was|is|served[ \t]+as|serves[ \t]+as|had[ \t]+served[ \t]+as|had[ \t]+been)"
    rf"[ \t]+{_ADV}(?:as[ \t]+)?(?:the[ \t]+|an?[ \t]+)?(?P<t>[A-Za-z][^,;.()\n\"“”]{{1,60}}?)"
    r"(?=[ \t]*(?:[,;.)\n\"“”]|$)|[ \t]+(?:from|between|until|since|in|under|during|before|after|when|and|for[ \t]+\w+[ \t]+years)\b)")
"""", who (also) served as OFFICE" right after an apposed office, up to the clause's end or its dates."""
_NOT_OFFICE = re.compile(r"(?i)^(?:\w+(?:ed|ing)|born|sworn|due|set|not|never|said|at|in|on|to|one|part|among|then)\b")
"""Clause words that begin no office: a participle ("elected", "serving"), "born", "due to"."""
_MEMBERSHIP = re.compile(r"(?i)^members?\s+of\s+(?:the\s+)?[^,]*\b(?:committee|subcommittee|caucus|panel|board|commission)\b")
"""A seat on a working body ("a member of the Commons health committee"): no office of its own."""
_PAST = re.compile(r"\b(?:was|served|had|previously|earlier|once|formerly)\b")
_CURRENT = re.compile(r"\b(?:now|currently)\b")


def _apposed(body: str, name: str, title_start: int) -> bool:
    """Whether the office at ``title_start`` is apposed right after the holder's name ("Jane Roe,
    the health secretary", "Jane Roe, Britain's trade envoy")."""
    last = re.escape(name.split()[-1]) if name.split() else ""
    if not last:
        return False
    return re.search(rf"\b{last},[ \t]+(?:(?:the|an?)[ \t]+)?(?:[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?(?:’s|'s)[ \t]+)?$",
                     body[max(0, title_start - 80):title_start]) is not None


def relative_second_offices(roles: list[T], body: str) -> list[T]:
    """The roles plus the office of a ", who served as OFFICE" clause after an apposed office.

    Args:
        roles: Resolved candidates (``name``, ``title``, ``title_start``, ``country``,
            ``organization``, ``end`` fields).
        body: The document text.

    Returns:
        The roles, each apposed office followed by the clause's office (see the module docstring).
    """
    if ", who " not in body:
        return roles
    spans = {(c.name, c.title_start) for c in roles if c.title_start >= 0}
    out: list[T] = []
    for c in roles:
        out.append(c)
        ts = c.title_start
        if ts < 0 or c.organization or not c.title or not c.name:
            continue
        end = _title_end(body, ts, c.title)
        m = _RELATIVE.match(body, end) if end >= 0 else None
        if m is None or not _apposed(body, c.name, ts):
            continue
        title = m["t"].strip()
        at = m.start("t")
        if _NOT_OFFICE.match(title) or _MEMBERSHIP.match(title):
            continue  # "who was elected president", "who was born in": a verb, not an office
        if any(n == c.name and at <= s < m.end("t") for n, s in spans):
            continue  # read already
        if not _public(title) or _other_country(title, c.country):
            continue
        head = body[end:at]
        status = "current" if _CURRENT.search(head) else "former" if _PAST.search(head) else "current"
        spans.add((c.name, at))
        out.append(replace(c, title=title, role=classify(title), status=status, since=None, until=None,
                           title_start=at, end=max(c.end, m.end("t"))))
    return out
