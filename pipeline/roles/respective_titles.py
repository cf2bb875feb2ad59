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

from ..knowledge import countries
from ..nlp import text as text_of
from .plural_titles import _plurals
from .reader import Candidate, Reader
from .titles import classify

__all__ = ["respective_titles"]

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_PLACE = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_TITLE = r"(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z]+"
_FORMS = (
    # "the foreign ministers of Chile and Peru, Jane Roe and Tom Weller"
    re.compile(rf"(?P<title>{_TITLE})\s+of\s+(?P<c1>{_PLACE})\s+and\s+(?P<c2>{_PLACE}),\s+"
               rf"(?P<p1>{_NAME})\s+and\s+(?P<p2>{_NAME})\b"),
    # "Jane Roe and Tom Weller, the foreign ministers of Chile and Peru"
    re.compile(rf"(?P<p1>{_NAME})\s+and\s+(?P<p2>{_NAME}),\s+(?:the\s+)?(?P<title>{_TITLE})\s+of\s+"
               rf"(?P<c1>{_PLACE})\s+and\s+(?P<c2>{_PLACE})\b"),
    # "foreign ministers Jane Roe of Chile and Tom Weller of Peru"
    re.compile(rf"(?P<title>{_TITLE})\s+(?P<p1>{_NAME})\s+of\s+(?P<c1>{_PLACE})\s+and\s+(?P<p2>{_NAME})\s+of\s+"
               rf"(?P<c2>{_PLACE})\b"),
)
_CUE = re.compile(r"\b[a-z]+s\s+of\s+|\b[A-Za-z]+s\s+[A-Z]")


def respective_titles(rd: Reader) -> list[Candidate]:
    """Candidates of a plural title shared out over two people and two countries.

    Args:
        rd: The document reader.

    Returns:
        Two candidates per reading (none when the text has no such list).
    """
    body = text_of(rd.doc)
    if " and " not in body or not _CUE.search(body):
        return []
    out: list[Candidate] = []
    for form in _FORMS:
        for m in form.finditer(body):
            out += _read(rd, m)
    return out


def _read(rd: Reader, m: re.Match) -> list[Candidate]:
    words = m.group("title").split()
    # the plural head is the title's last word; the words before it that are office words stay
    singular = _plurals().get(words[-1].lower())
    if singular is None:
        return []
    k = len(words) - 1
    while k > 0 and (words[k - 1].lower() in rd.off.modifiers or words[k - 1].lower() in rd.off.heads):
        k -= 1  # "foreign", "prime", "defence": words of the office; "said the" are not
    title = " ".join(words[k:-1] + [singular])
    tstart = m.start("title") + sum(len(w) + 1 for w in words[:k])
    out = []
    for p, c in (("p1", "c1"), ("p2", "c2")):
        code = countries.country(re.sub(r"^the\s+", "", m.group(c)))
        person = _person(rd, m.start(p), m.end(p))
        if code is None or person is None:
            return []
        out.append(Candidate(start=min(m.start(p), tstart), end=max(m.end(p), m.end(c)), person=person,
                             name=person.name, title=title, role=classify(title), country=code,
                             organization=None, country_source="title", title_start=tstart))
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
