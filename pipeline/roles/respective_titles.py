"""One plural title shared out over two people and two countries (wire copy):

- "the foreign ministers of Chile and Peru, Jane Roe and Tom Weller, ..."
- "Jane Roe and Tom Weller, the foreign ministers of Chile and Peru, ..."
- "foreign ministers Jane Roe of Chile and Tom Weller of Peru"

Each person holds the office in the singular for the country written in the same place of
its list ("respectively"). Only two names and two countries are read, each country a name the
gazetteer knows and each name a person the entities know; anything else gives nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LOWER

from ..knowledge import countries
from ..nlp import text as text_of
from .plural_titles import _plurals, _wanted
from .reader import Candidate, Reader
from .titles import classify

__all__ = ["respective_titles"]

_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
_PLACE = r"(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
# after the plural head: "... ministers of Chile and Peru, Jane Roe and Tom Weller"
_AFTER_OF = re.compile(rf"\w+\s+of\s+(?P<c1>{_PLACE})\s+and\s+(?P<c2>{_PLACE})(?:,\s+(?P<p1>{_NAME})\s+and\s+"
                       rf"(?P<p2>{_NAME})\b)?")
# after the plural head: "... ministers Jane Roe of Chile and Tom Weller of Peru"
_AFTER_NAMES = re.compile(rf"\w+\s+(?P<p1>{_NAME})\s+of\s+(?P<c1>{_PLACE})\s+and\s+(?P<p2>{_NAME})\s+of\s+"
                          rf"(?P<c2>{_PLACE})\b")
# before the title: "Jane Roe and Tom Weller, the ..."
_NAMES_BEFORE = re.compile(rf"(?P<p1>{_NAME})\s+and\s+(?P<p2>{_NAME}),\s+(?:the\s+)?$")
# two countries (or their adjectives) before the title words: "U.S. and Chinese defence chiefs, ..."
_PLACES_BEFORE = re.compile(rf"(?P<c1>{_PLACE})\s+and\s+(?P<c2>{_PLACE})\s+$")
# the names after the plural head: "... chiefs, Jane Roe and Tom Weller"
_NAMES_AFTER = re.compile(rf"\w+,\s+(?P<p1>{_NAME})\s+and\s+(?P<p2>{_NAME})\b")


@lru_cache(maxsize=1)
def _plural_heads() -> re.Pattern[str]:
    """The plural head words of the office vocabulary ("ministers", "secretaries"), as one pattern."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _plurals()), key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


def respective_titles(rd: Reader) -> list[Candidate]:
    """Candidates of a plural title shared out over two people and two countries.

    Args:
        rd: The document reader.

    Returns:
        Two candidates per reading (none when the text has no such list).
    """
    doc = rd.doc
    if not len(doc):
        return []
    lower = doc.to_array([LOWER]).ravel()
    found = _wanted(doc.vocab.strings).intersection(lower.tolist())
    if not found:
        return []  # no plural head word: the common case, decided by a set intersection
    body = text_of(doc)
    out: list[Candidate] = []
    for i in sorted(int(k) for h in found for k in (lower == h).nonzero()[0]):
        # read only at a plural head word, each pattern anchored there
        at = doc[i].idx
        if " and " not in body[max(0, at - 80):at + 120]:
            continue
        anchor = _plural_heads().match(body, at)
        if anchor is None:
            continue
        t_start = _title_start(rd, body, at)
        m = _AFTER_OF.match(body, at)
        if m is not None and m.group("p1"):
            out += _read(rd, body, t_start, anchor, m, m)
            continue
        if m is not None:
            b = _NAMES_BEFORE.search(body, max(0, t_start - 80), t_start)
            if b is not None:
                out += _read(rd, body, t_start, anchor, b, m)
            continue
        m = _AFTER_NAMES.match(body, at)
        if m is not None:
            out += _read(rd, body, t_start, anchor, m, m)
            continue
        m = _NAMES_AFTER.match(body, at)
        b = _PLACES_BEFORE.search(body, max(0, t_start - 60), t_start) if m is not None else None
        if b is not None:
            out += _read(rd, body, t_start, anchor, m, b)  # "U.S. and Chinese defence chiefs, A and B"
    return out


def _title_start(rd: Reader, body: str, at: int) -> int:
    """Where the office words before a plural head begin ("foreign" of "foreign ministers")."""
    start = at
    while True:
        # the word before, on the same line (the dateline's line break ends the title too)
        m = _WORD_BEFORE.search(body, max(0, start - 40), start)
        if m is None or not (m.group(1).lower() in rd.off.modifiers or m.group(1).lower() in rd.off.heads):
            return start
        start = m.start(1)


_WORD_BEFORE = re.compile(r"(?<![^\s])([^\s]+)[ \t]+$")


def _read(rd: Reader, body: str, t_start: int, anchor: re.Match, people: re.Match,
          places: re.Match) -> list[Candidate]:
    singular = _plurals().get(anchor.group(0).lower())
    if singular is None:
        return []
    title = " ".join(body[t_start:anchor.start()].split() + [singular])
    out = []
    for p, c in (("p1", "c1"), ("p2", "c2")):
        code = countries.country(re.sub(r"^the\s+", "", places.group(c)))
        person = _person(rd, people.start(p), people.end(p))
        if code is None or person is None:
            return []
        out.append(Candidate(start=min(people.start(p), t_start), end=max(people.end(p), places.end(c)),
                             person=person, name=person.name, title=title, role=classify(title), country=code,
                             organization=None, country_source="title", title_start=t_start))
    if out[0].person is out[1].person or out[0].country == out[1].country:
        return []
    return out


def _person(rd: Reader, start: int, end: int):
    """The person entity whose mention is exactly ``body[start:end]``, else None."""
    span = rd.doc.char_span(start, end)
    if span is None:
        return None
    ents = {id(e): e for t in span if (e := rd.person_at(t)) is not None}
    if len(ents) != 1 or any(rd.person_at(t) is None for t in span):
        return None
    return next(iter(ents.values()))
