"""Offices of history named in a sentence dated generations ago: held then, not now.

Speeches and biographies name people of the past with the title they held then, and date the
sentence, not the office: "More than 100 years ago, Lieutenant Colonel Jane Roe wrote ...",
"we can trace the alliance back to 1941, under Prime Minister John Roe", "a state court judge
(appointed by Governor John Roe, 1977)". No public office is held for forty years on end, save a
monarch's or a judge's for life, so an office in a sentence that dates itself forty years or more
before the publication, by a year or by "N years ago", was held then (dev README: status
``former`` for an office no longer held).

Left alone: heads of state and government the dated office-holder table gives that office on the
publication day (a king crowned long ago), judgeships and monarchs (held for life), and a
sentence that also says now ("today", "now", "still", "currently").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..names import name_key
from ..numbers import parse_phrase
from .office_holders import holder
from .status_conflicts import sentence_around

__all__ = ["historic_offices", "years_back"]

GENERATIONS = 40
"""Years before the publication from which a dated sentence is of another generation's offices."""

_NUMBER_WORD = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                r"sixty|seventy|eighty|ninety|hundred|thousand)(?:-[a-z]+)?")
_AGO = re.compile(rf"\b(?P<n>{_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*)\s+years?\s+ago\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:\b(?:[Ii]n|[Bb]ack\s+to|[Ff]rom|[Dd]uring|[Uu]ntil|[Bb]y|[Oo]f|[Cc]irca)|,)\s+(1[5-9]\d\d)\b(?![\d%]|\s+[A-Z])")
"""A year written as when something happened ("in 1941", "back to 1941", "Governor Roe, 1977"), not
one naming a thing ("the 1964 Civil Rights Act", "a 1951 treaty")."""
_NOW = re.compile(r"\b(?:today|now|still|currently|presently|since)\b", re.IGNORECASE)
_FOR_LIFE = re.compile(r"\b(?:[Jj]udges?|[Jj]ustices?|[Cc]ourts?|[Mm]agistrates?|[Kk]ings?|[Qq]ueens?|[Ee]mperors?|[Ee]mirs?|"
                       r"[Aa]mirs?|[Ss]ultans?|[Pp]opes?|[Mm]onarchs?)\b")
_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})


def years_back(sentence: str, published_year: int) -> int | None:
    """How many years before ``published_year`` the sentence dates itself at most: the earliest
    four-digit year it writes, or the largest "N years ago"; None when it writes neither."""
    spans = [published_year - int(y) for y in _YEAR.findall(sentence)]
    for m in _AGO.finditer(sentence):
        n = parse_phrase(m.group("n"))
        if isinstance(n, (int, float)) and n > 0:
            spans.append(int(n))
    return max(spans) if spans else None


def historic_offices(body: str, cands: list, published: str | None) -> list:
    """Make ``former`` the current readings whose sentence is dated a generation or more before
    ``published``.

    Args:
        body: The document text (the readings' offsets index it).
        cands: The stage's readings (:class:`pipeline.roles.reader.Candidate`).
        published: The publication date (YYYY-MM-DD), or None (then nothing changes).

    Returns:
        The readings, those of a dated past made ``former``.
    """
    if not published or not published[:4].isdigit():
        return cands
    year = int(published[:4])
    dated = [c.status == "current" and not _FOR_LIFE.search(c.title or "") and _dated_past(body, c, year)
             for c in cands]
    # a person the text also names in office in a sentence of today is no figure of history
    # ("Secretary Roe reaffirmed the alliance founded in 1951" beside other news of Secretary Roe)
    now = {name_key(c.name) for c, d in zip(cands, dated) if c.status == "current" and not d}
    out = list(cands)
    for i, c in enumerate(out):
        if not dated[i] or name_key(c.name) in now:
            continue
        if c.role in _LEADER_ROLES and holder(c.name, c.role, published) is not None:
            continue  # a leader of the day in a sentence on history
        out[i] = replace(c, status="former")
    return out


def _dated_past(body: str, c, year: int) -> bool:
    """Whether the reading's sentence dates itself a generation or more before ``year`` and says
    nothing of now."""
    pos = c.title_start if c.title_start >= 0 else c.start
    lo, hi = sentence_around(body, pos, 300)
    sent = body[lo:hi]
    back = years_back(sent, year)
    return back is not None and back >= GENERATIONS and not _NOW.search(sent)
