"""Appointments of a biography's past career, read as held now, made former.

A biography tells a career as a sequence of dated steps: "In 2001, he was appointed Director of
the X Office. Between 2002 and 2004, he served as General Counsel of Y ... in 2006 he was
confirmed as Assistant Attorney General for Z." The appointing verb ("was appointed X", "was
named X", "was confirmed as X") says when an office was taken up, not that it is held still, and
a nomination's biography reader gives it the present by default ("was appointed to the X
Commission in 2023" is held now). Two signs in the biography say the office was left:

- a later step: another executive office of the same subject, written after it, taken up or held
  in a later year ("In 2001 ... appointed Director of X. Between 2002 and 2004 ... General Counsel
  of Y"): executive posts are held one at a time, so the career moved on (a later seat on a board
  or commission is held alongside: "confirmed as Assistant Secretary in 2021 ... appointed to the
  X Commission in 2023" leaves the Assistant Secretary in office);
- the appointing President's term has ended ("was named Homeland Security Advisor by President
  Jane Roe" when Roe is a past president): a President's appointees to executive posts leave with
  the administration (they serve at the President's pleasure).

Seats on boards, commissions and councils, judgeships and legislative seats are held for terms
and alongside other posts, so neither sign ends them ("appointed to the State Board in 2015" and a
later post may both be held). An office whose sentence says it is held now ("currently", "now")
is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..names import name_key
from .bio_tenses import past_president
from .reader import Candidate

__all__ = ["superseded_appointments"]

_APPOINTED = re.compile(r"\b(?:was|were|is|has\s+been)\s+(?:(?:first|then|later|again|subsequently|also|formally)\s+){0,2}"
                        r"(?:(?:nominated\s+and\s+)?(?:appointed|named|designated|elected|confirmed|selected|chosen|tapped)|sworn\s+in)\b")
"""The appointing verb in the passive: when the office was taken up."""
_YEAR = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]etween|[Ff]rom|[Bb]y)\s+(?:(?:early|late|mid-?)\s*|(?:January|February|March|April|May|June|July|"
                   r"August|September|October|November|December)\s+(?:\d{1,2},\s+)?)?((?:19|20)\d\d)\b")
"""A year the clause dates its step by ("In 2001,", "in March 2006", "Between 2002 and 2004")."""
_NOW = re.compile(r"\b(?:currently|now|presently|today|still)\b", re.IGNORECASE)
_BY_PRESIDENT = re.compile(r"\bby\s+(?:then-)?President\s+(?:[A-Z][\w.]*\s+){0,3}?(?P<surname>[A-Z][a-z]+)\b(?!\s+[A-Z])")
"""The appointing President named after the verb ("named X by President Jane Q. Roe")."""
_SEAT_HEAD = re.compile(r"\b(?:Member|Trustee|Commissioner|Regent|Governor|Judge|Justice|Magistrate|Senator|Representative|"
                        r"Delegate|Assembly\w*|Congress\w*|Councilm[ae]n|Councilmember|Alderm[ae]n)\b", re.IGNORECASE)
_SEAT_BODY = re.compile(r"\b(?:Board|Commission|Council|Committee|Panel|Task\s+Force|Court|Senate|House\s+of|Assembly|"
                        r"Legislature|Congress)\b", re.IGNORECASE)
_CHAIR_HEAD = re.compile(r"\b(?:(?:Vice|Co)[- ]?)?(?:Chair\w*|President)\b", re.IGNORECASE)
"""A seat held for a term or alongside other posts: a body's member or chair, a judge, a legislator."""


def _seat(title: str) -> bool:
    """Whether an office is a seat held for a term or alongside other posts: its head word (the
    words before "of", "to", "on") a member's, a judge's or a legislator's, or a chair of a board,
    commission, council or legislature; "Ambassador to the X Commission" is no seat."""
    head = re.split(r"\s+(?=(?:of|to|on|for|at|in)\s)", title, maxsplit=1)[0]
    if _SEAT_HEAD.search(head):
        return True
    if re.search(r"\bCourt\b|\bSenate\b|\bHouse\s+of\b|\bLegislature\b", title):
        return True  # a court's or a legislature's office
    # a chair of a body, or a body's name read as its seat ("appointed to the X Board")
    return bool(_CHAIR_HEAD.search(head) and _SEAT_BODY.search(title)) or head == title and bool(_SEAT_BODY.search(title))


def _sentence(text: str, lo: int, at: int) -> tuple[int, int]:
    """The bounds of the sentence around ``at``, not before ``lo`` (a section's start)."""
    starts = [m.end() for m in re.finditer(r"(?<=[a-z0-9)”’\"])\.\s+(?=[A-Z“\"])|\n\s*\n", text[lo:at])]
    a = lo + (starts[-1] if starts else 0)
    m = re.search(r"(?<=[a-z0-9)”’\"])\.(?=\s|$)|\n\s*\n", text[at:])
    return a, at + m.start() if m else len(text)


def step_year(text: str, c: Candidate, lo: int) -> int | None:
    """The year a biography dates an office's step by: its own ``since``, else the year written
    "in YYYY" (or "between", "from", "since") nearest before it in its sentence ("..., and in 2006
    he was confirmed as X"), else the first after it ("was appointed X in 2012")."""
    if c.since and c.since[:4].isdigit():
        return int(c.since[:4])
    a, b = _sentence(text, lo, c.title_start)
    before = list(_YEAR.finditer(text, a, c.title_start))
    m = before[-1] if before else _YEAR.search(text, c.title_start, b)
    return int(m.group(1)) if m else None


def _appointed(text: str, c: Candidate, lo: int) -> bool:
    """Whether the office is written as taken up by an appointing verb before it in its sentence, and
    the sentence does not say it is held now ("..., where she currently leads ...")."""
    a, b = _sentence(text, lo, c.title_start)
    return bool(_APPOINTED.search(text, a, c.title_start)) and not _NOW.search(text, a, b)


def _by_past_president(text: str, c: Candidate, lo: int, published: str | None) -> bool:
    """Whether the sentence names the appointing President after the verb, one whose term has ended."""
    if not published:
        return False
    a, b = _sentence(text, lo, c.title_start)
    m = _BY_PRESIDENT.search(text, a, b)  # "was appointed by President X as Y", "was named Y by President X"
    return m is not None and past_president(m.group("surname"), published)


def superseded_appointments(text: str, cands: list[Candidate], sections: list[tuple[int, int, Candidate]],
                            published: str | None) -> list[Candidate]:
    """The nominees' offices taken up by appointment and since left, made former.

    Args:
        text: The document text (the candidates' offsets point into it).
        cands: All candidates.
        sections: ``(start, end, subject)`` of each nominee's biography.
        published: The publication date (ISO), if known.

    Returns:
        The candidates, in order; an appointment followed by a later step of the career, or made
        by a President whose term has ended, is ``former`` (with its year as ``since``).
    """
    out = list(cands)
    for lo, hi, subj in sections:
        key = name_key(subj.name)
        own = [i for i, c in enumerate(out) if lo <= c.start < hi and c.title_start >= 0 and key
               and (name_key(c.name) <= key or key <= name_key(c.name))]
        for i in own:
            c = out[i]
            if c.status != "current" or c.until or _seat(c.title) or not _appointed(text, c, lo):
                continue
            year = step_year(text, c, lo)
            later = year is not None and any(
                out[j].title_start > c.title_start and not _seat(out[j].title)
                and (y := step_year(text, out[j], lo)) is not None and y > year
                for j in own if j != i)
            if later or _by_past_president(text, c, lo, published):
                out[i] = replace(c, status="former", since=c.since or (str(year) if year else None))
    return out
