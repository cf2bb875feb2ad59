"""Office holders listed after a plural title with "including": "finance ministers of the Group
of Seven, including Britain's Jane Roe and Germany's Tom Weller", "EU defence ministers, among
them France's Jean Dupont".

Each person listed with a country's possessive holds the office in the singular for that
country. Only a plural of an office's head word reads so ("ministers", "presidents"), and only
names the entities know as persons, each after a country the gazetteer knows; anything else in
the list ends it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import countries
from ..nlp import text as text_of
from .plural_titles import _plurals
from .reader import Candidate, Reader
from .titles import classify

__all__ = ["including_lists"]

_ITEM = re.compile(r"(?P<c>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})[’']s\s+(?P<p>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")
_SEP = re.compile(r"(?:,\s+and|,|\s+and)\s+")
# heads that name no office without office words before them ("leaders", "officials", "members")
_VAGUE = frozenset({"leader", "head", "chief", "official", "member", "representative", "delegate", "officer", "executive"})
_INCLUDING = re.compile(r",?\s+(?:including|among\s+them)\s+")


@lru_cache(maxsize=1)
def _plural_title() -> re.Pattern[str]:
    """Office words then a plural head word, then up to eight words of complement, ending where
    "including" begins ("finance ministers of the Group of Seven|, including")."""
    heads = "|".join(sorted(map(re.escape, _plurals()), key=len, reverse=True))
    return re.compile(rf"\b(?P<head>{heads})\b(?P<rest>(?:\s+[\w.’'-]+){{0,8}}?)$", re.IGNORECASE)


def including_lists(rd: Reader) -> list[Candidate]:
    """Candidates of the people listed after a plural title with "including".

    Args:
        rd: The document reader.

    Returns:
        One candidate per listed person (none when the text has no such list).
    """
    body = text_of(rd.doc)
    if "including" not in body and "among them" not in body:
        return []
    out: list[Candidate] = []
    for inc in _INCLUDING.finditer(body):
        # the plural title just before "including" (read in a short window: the common case has none)
        lo = max(0, inc.start() - 120)
        m = _plural_title().search(body, lo, inc.start())
        if m is None:
            continue
        singular = _plurals().get(m.group("head").lower())
        if singular is None or any(ch in m.group("rest") for ch in ".;:\n"):
            continue
        t_start = _title_start(rd, body, m.start())
        title = " ".join(body[t_start:m.start()].split() + [singular])
        if title == singular and singular in _VAGUE:
            continue  # "several leaders, including France's X": who leads what is not written
        pos = inc.end()
        while True:
            item = _ITEM.match(body, pos)
            if item is None:
                break
            code = countries.country(re.sub(r"^the\s+", "", item.group("c")))
            person = _person(rd, item.start("p"))
            if code is None or person is None:
                break
            end = _name_end(rd, item.start("p"), person)
            out.append(Candidate(start=item.start(), end=end, person=person, name=person.name, title=title,
                                 role=classify(title), country=code, organization=None, country_source="title",
                                 title_start=t_start))
            sep = _SEP.match(body, end)
            if sep is None:
                break
            pos = sep.end()
    return out


def _title_start(rd: Reader, body: str, at: int) -> int:
    """Where the office words before a plural head begin, on its line ("finance" of "finance ministers")."""
    start = at
    while True:
        m = _WORD_BEFORE.search(body, max(0, start - 40), start)
        if m is None or m.group(1).lower() not in rd.off.modifiers:
            return start
        start = m.start(1)


_WORD_BEFORE = re.compile(r"(?<![^\s])([^\s]+)[ \t]+$")


def _person(rd: Reader, start: int):
    span = rd.doc.char_span(start, start + 1, alignment_mode="expand")
    return rd.person_at(rd.doc[span.start]) if span is not None and len(span) else None


def _name_end(rd: Reader, start: int, person) -> int:
    """Character end of the person's name written from ``start``."""
    doc = rd.doc
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    last = span.start
    while last + 1 < len(doc) and rd.entity(doc[last + 1]) is person:
        last += 1
    return doc[last].idx + len(doc[last].text)
