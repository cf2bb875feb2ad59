"""One office of one person read both as held now and as held before: one status for both.

A text names the same holder with the same title more than once, and the stage's readings of
time work mention by mention: a tense rule reads "then Secretary Roe and the Foreign Minister
met" or "at that time, Governor Roe promised" as a past office, while another mention of the
same office reads as current; or "retired General Roe spoke here" is former and a later
"as General Roe said" current. The annotation guide lists one entry per person and office, with
one status, so two readings of one office are one right and one wrong.

The status chosen is the one the text writes: ``former`` when a mention read as former carries,
in its own phrase, a word that says the term is over ("former", "retired", "the late", "ex-",
"then-"), or is the complement of "served as"; otherwise ``current``, the guide's default, since a
past-tense verb alone tells when something happened, not that the office has been left.
A leader the dated office-holder table gives that office on the publication day keeps
``current`` ("former President Roe" of a president serving a second, non-consecutive term).
"""

from __future__ import annotations

import re
from typing import Protocol

from ..names import name_key
from .office_holders import holder
from .veterans import retired_style

__all__ = ["one_status_per_office", "same_office", "sentence_around"]

_MARKER = re.compile(r"\b(?:(?:former(?:ly)?|retired|late)(?=[\s-])|ex-|then-)", re.IGNORECASE)
"""Words that say an office's term is over, written in the mention's own phrase before its title."""
_SERVED = re.compile(r"\bserved\b[^,;]*?\bas\b")
_AS_TITLE = re.compile(r"\bas\s+(?:an?\s+|the\s+)?$")
_PHRASE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s(?:and|or|with)\s")
_NEAR = 40
"""How far before its title a mention's own phrase is read ("retired Union General")."""

_NOT_ABBREVIATION = "".join(rf"(?<!\b{a}[.!?])" for a in ("[A-Z]", "Mr", "Ms", "Dr", "St", "Jr", "Sr", "Rep", "Sen",
                                                                 "Gov", "Mrs", "Gen", "Lt", "Col", "Amb", "Adm", "Hon"))
"""No sentence ends after an initial ("H.W. Bush") or an abbreviated title ("Rep. Doe"): tested behind the stop
just read, so the search tries the look-behinds at stops only, not at every character."""
_SENTENCE_END = re.compile(r"[.!?]" + _NOT_ABBREVIATION + r"[\"”’)]*\s+(?=[A-Z\"“(])|\n\s*\n")
_LOOKBACK = 200
"""How far before a title the sentence opening is looked for (a mention's own clause)."""

_LEADING = re.compile(r"^(?:(?:(?:the|a|an|our|first|second|third|former|then|united states)\b|u\.s\.)[\s-]*)+")
_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})


class _Reading(Protocol):
    name: str
    title: str
    role: str
    country: str | None
    organization: str | None
    status: str
    start: int
    end: int
    title_start: int


def same_office(title: str) -> str:
    """A title's key for comparing two mentions of one office: lower case, without the article,
    possessive, ordinal or "former" written before it ("the first U.S. Secretary of Defense"
    and "Secretary of Defense" are one office)."""
    return _LEADING.sub("", " ".join((title or "").lower().split())).strip()


def sentence_around(body: str, pos: int, lookback: int = _LOOKBACK) -> tuple[int, int]:
    """(start, end) offsets of the sentence of ``body`` that holds ``pos`` (its opening looked for
    at most ``lookback`` characters back; a paragraph break ends a sentence too)."""
    lo = max(0, pos - lookback)
    ends = list(_SENTENCE_END.finditer(body, lo, pos))
    nxt = _SENTENCE_END.search(body, pos)
    return (ends[-1].end() if ends else lo), (nxt.start() + 1 if nxt else len(body))


def _sentence_before(body: str, pos: int) -> str:
    """The text from the opening of the sentence that holds ``pos`` up to ``pos``."""
    return body[sentence_around(body, pos)[0]:pos]


def _marked_past(body: str, c: _Reading) -> bool:
    """Whether the mention writes that the term is over: a word of past tenure in its own phrase
    ("our former governor", "retired Union General") or in the title, or a title that is the
    complement of "served as" ("has served both as X and as a Governor of Y")."""
    pos = c.title_start if c.title_start >= 0 else c.start
    near = body[max(0, pos - _NEAR):pos]
    breaks = list(_PHRASE_BREAK.finditer(near))
    own = near[breaks[-1].end():] if breaks else near
    if _MARKER.search(own) or _MARKER.match(c.title or "") or (c.end >= 0 and retired_style(body, c.end)):
        return True  # ("Colonel Jane Roe, United States Army, Retired": the style says it after the name)
    return bool(_AS_TITLE.search(near)) and bool(_SERVED.search(_sentence_before(body, pos)))


def one_status_per_office(body: str, cands: list, published: str | None) -> list:
    """Give the ``current`` and ``former`` readings of one person's one office a single status,
    and keep one reading per status.

    Args:
        body: The document text (the readings' offsets index it).
        cands: The stage's readings (:class:`pipeline.roles.reader.Candidate`), in text order.
        published: The publication date (YYYY-MM-DD), or None.

    Returns:
        The readings, those of a conflicting office set to the chosen status and the later
        duplicates that this leaves dropped.
    """
    groups: dict[tuple, list[int]] = {}
    for i, c in enumerate(cands):
        if c.status not in ("current", "former"):
            continue
        key = (name_key(c.name), c.role, c.country, c.organization, same_office(c.title))
        if key[0] and key[4]:
            groups.setdefault(key, []).append(i)
    drop: set[int] = set()
    out = list(cands)
    for idx in groups.values():
        if len({cands[i].status for i in idx}) < 2:
            continue
        status = _chosen(body, [cands[i] for i in idx], published)
        keep = next(i for i in idx if cands[i].status == status)
        drop.update(i for i in idx if i != keep)
    return [c for i, c in enumerate(out) if i not in drop]


def _chosen(body: str, group: list, published: str | None) -> str:
    """``former`` when a former reading's sentence marks the term as over, else ``current``."""
    first = group[0]
    held = holder(first.name, first.role, published) if first.role in _LEADER_ROLES else None
    if held is not None and held[0] == first.country:
        return "current"
    if any(c.status == "former" and _marked_past(body, c) for c in group):
        return "former"
    return "current"
