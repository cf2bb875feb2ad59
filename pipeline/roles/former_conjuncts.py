"""A holder's earlier office joined to the office read: "Jane Roe, the deputy chairman of the Security
Council and a former prime minister, said ...", "the bloc's trade envoy and an ex-finance minister,
Jane Roe".

Wire copy describes one person by the office held and an office held before, coordinated in one
apposition. When the first office ends in an "of" complement ("of the Security Council"), the
parser often reads "and a former prime minister" as a second object of that "of", and the
apposition reader then ends at the first office. An indefinite article with "former" (or "ex-",
"one-time") cannot continue a body's name: "the Council and a former prime minister" names a
person's past office, not a second council. The office after it is the same holder's, former
(annotation guide: one role per (person, office); "former", "ex-" give the status).

Only a public office is read: the office ontology's categories other than the catch-all, or an
office :func:`pipeline.roles.nomination_bios.is_public_office` reads as public ("mayor of X",
"army chief"); "a former banker", "a former chief executive of Acme" are no roles. The office
keeps the holder and the country of the office read with it; it is left alone when that office
belongs to an international organisation (the earlier office is a country's or another body's,
which the apposition does not say) or when its own words name another country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from ..knowledge.countries import country as country_code
from .titles import classify

__all__ = ["former_conjunct_offices"]

T = TypeVar("T")

_AND_FORMER = re.compile(
    r",?[ \t]+and[ \t]+(?:also[ \t]+)?an?[ \t]+(?:former|ex-|one-time|onetime)[ \t]*(?P<t>[A-Za-z][^,;.()\n\"“”]{1,60}?)"
    r"(?=[ \t]*(?:[,;.)\n\"“”]|$)|[ \t]+(?:who|which|that|said|says|told|has|had|is|was|will|would|and)\b)")
"""", and a former OFFICE" right after an office, up to the apposition's end."""
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)


def _public(title: str) -> bool:
    """Whether ``title`` is a public office (see the module docstring)."""
    if classify(title) != "official_other":
        return True
    from .nomination_bios import is_public_office  # a large module: only when a candidate is found

    return is_public_office(title)


def _other_country(title: str, home: str | None) -> bool:
    """Whether a capitalised word of ``title`` names a country other than ``home``."""
    for w in re.findall(r"\b[A-Z][\w’'-]+", title):
        code = country_code(w)
        if code and code != home:
            return True
    return False


def _title_end(body: str, start: int, title: str) -> int:
    """The end of ``title`` in ``body`` read from ``start``: the title as written, or, when the
    reader dropped words from it ("of Russia's Security Council" read "of Security Council"),
    after its last word; -1 when not found."""
    if body.startswith(title, start):
        return start + len(title)
    last = title.split()[-1]
    at = body.find(last, start, start + len(title) + 40)
    return at + len(last) if at >= 0 else -1


def former_conjunct_offices(roles: list[T], body: str) -> list[T]:
    """The roles plus the earlier office written ", and a former OFFICE" after an office read.

    Args:
        roles: Resolved candidates (``name``, ``title``, ``title_start``, ``country``,
            ``organization``, ``status``, ``end`` fields).
        body: The document text (``title_start`` points into it).

    Returns:
        The roles, each followed by the earlier office coordinated with it (status "former").
    """
    if " former" not in body and " ex-" not in body and "one-time" not in body and "onetime" not in body:
        return roles
    spans = {(c.name, c.title_start) for c in roles if c.title_start >= 0}
    out: list[T] = []
    for c in roles:
        out.append(c)
        ts = c.title_start
        if ts < 0 or c.organization or not c.title:
            continue
        end = _title_end(body, ts, c.title)
        m = _AND_FORMER.match(body, end) if end >= 0 else None
        if m is None:
            continue
        title = _ARTICLE.sub("", m["t"].strip())
        at = m.start("t") + (len(m["t"]) - len(m["t"].lstrip()))
        if not title or (c.name, at) in spans or any(n == c.name and at <= s < m.end("t") for n, s in spans):
            continue  # read already (the apposition reader found it)
        if not _public(title) or _other_country(title, c.country):
            continue
        spans.add((c.name, at))
        out.append(replace(c, title=title, role=classify(title), status="former", since=None, until=None,
                           title_start=at, end=max(c.end, m.end("t"))))
    return out
