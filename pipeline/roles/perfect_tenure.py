"""An office "has been" held up to now is held now when the dated table says so.

The present perfect reads two ways: a career's past steps ("she has been a senator, a governor
and a judge") and a tenure running up to the time of speaking ("Tony has been a great Secretary
of State", "she has served as our ambassador for two years"). The status reader takes the first
(former), as biographies need. The dated office-holder table (:mod:`pipeline.knowledge.offices`,
sourced terms of office) tells them apart for the offices it dates: when a term of that office,
for that government, under that name covers the publication date, the holder holds it now.
"""

from __future__ import annotations

import re

from ..knowledge.offices import folded_name_key, load_offices

__all__ = ["perfect_tenures"]

_PERFECT = re.compile(r"\b(?:has|have|’s|'s)\s+(?:(?:been|served)\b)", re.IGNORECASE)
_PAST_WORDS = re.compile(r"\b(?:former|formerly|ex-|then-|previously|once|late|was|were|had)\b", re.IGNORECASE)


def perfect_tenures(body: str, out: list, published: str | None) -> None:
    """Make, in place, the "former" readings whose evidence holds a present perfect ("has been")
    and no word of the past ``current`` when a dated term of the table covers ``published``.

    Args:
        body: The document text (the readings' offsets point into it).
        out: The stage's resolved readings (:class:`pipeline.roles.reader.Candidate`).
        published: The publication date (YYYY-MM-DD), or None.
    """
    if not published:
        return
    for c in out:
        if c.status != "former" or not c.country:
            continue
        ev = body[c.start:c.end]
        if not _PERFECT.search(ev) or _PAST_WORDS.search(ev):
            continue
        toks = folded_name_key(c.name)
        if toks and any(h.role == c.role and h.country == c.country and (h.start or h.end) and h.held_on(published)
                        for h in load_offices().holders_named(toks)):
            c.status = "current"
