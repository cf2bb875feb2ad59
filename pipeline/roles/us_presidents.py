"""The President of the United States is a known person: the office-holder table lists every one.

White House remarks and briefings write "President" for many people besides the head of state:
a college's president at its commencement ("Thank you, President Hollis, and the faculty"), a
team's or a club's, a questioner's "Mr. President, Dana's question", a candidate's "As
president, I will ...", and "Queen" of a performer's stage name. When the stage resolves such
a "President" (or a monarch's title) to the head of state of the United States only from where
the text comes from (the publisher, the dateline, an earlier role, the table by a given name),
the table of US presidents (:mod:`pipeline.knowledge.offices`, "List of presidents of the
United States", complete) decides: a holder whose surname is no US president's holds no such
office. The United States has no monarch, so no "King" or "Queen" heads its state, and no head
of government besides the President: a "Prime Minister" or "Chancellor" given the United States
only from where the text comes from serves a government the text leaves unsaid (country null).

The same table names the holder: the entities stage may have joined "President Biden" to another
person of that surname the text names (the spouse or the son of the President the remarks name). A reading whose given name is not the president's is his: the
one president of that surname whose term covers the publication date (or, when none does, the
only one of that surname).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..knowledge.offices import load_offices
from ..names import SUFFIXES, first_names_match
from .reader import Candidate

__all__ = ["presidents_by_surname", "us_presidents", "surname_of"]

_COUNTRY = "USA"
_ROLE = "head_of_state"
# titles of a monarch: no office of a republic's head of state
_MONARCH_TITLES = frozenset({"king", "queen", "emperor", "empress", "emir", "sultan", "prince", "princess"})
_STATUSES = frozenset({"current", "former", "acting"})


def surname_of(name: str) -> str:
    """The last word of a personal name, without a suffix or possessive, folded to lower case."""
    words = [w.strip(",").lower() for w in name.replace("’", "'").split()]
    while len(words) > 1 and words[-1] in SUFFIXES:  # "Joseph R. Biden Jr.": no surname
        words.pop()
    last = words[-1] if words else ""
    return last[:-2] if last.endswith("'s") else last


@lru_cache(maxsize=1)
def _presidents() -> dict[str, tuple]:
    """Surname -> the table's dated rows of US presidents of that surname."""
    out: dict[str, list] = {}
    seen = set()
    for h in load_offices().holders:
        if h.country == _COUNTRY and h.role == _ROLE and (h.start or h.end) and (h.name, h.start) not in seen:
            seen.add((h.name, h.start))
            out.setdefault(surname_of(h.name), []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def presidents_by_surname() -> dict[str, tuple]:
    """Surname (lower case) -> the office-holder table's dated rows of US presidents of that surname."""
    return _presidents()


def _inferred(c: Candidate) -> bool:
    """Whether the reading's country is inferred, not written with the title or by the holder's
    full name in the table."""
    return c.country_source != "title"


def _president_named(rows: tuple, published: str | None) -> str | None:
    """The name of the one president among ``rows`` (of one surname) in office on ``published``,
    or of the only person the rows name; None when that is not one person."""
    live = [h for h in rows if published and h.held_on(published)] or list(rows)
    people = {h.name.split()[0]: h.name for h in live}
    firsts = list(people)
    if not all(first_names_match(firsts[0], f) for f in firsts[1:]):
        return None
    return min(people.values(), key=len)


def _dated_status(c: Candidate, rows: tuple, published: str | None) -> Candidate:
    """The reading "former" when no president the table gives for it (its surname, and its given
    name when written) held the office on the publication date ("Thirty-one years ago, President
    George H.W. Bush signed ..." in a 2021 speech)."""
    if c.status != "current" or not published:
        return c
    words = c.name.split()
    mine = [h for h in rows if len(words) < 2 or first_names_match(words[0], h.name.split()[0])]
    return replace(c, status="former") if mine and not any(h.held_on(published) for h in mine) else c


def us_presidents(cands: list[Candidate], published: str | None) -> list[Candidate]:
    """The readings without US heads of state the table does not know, and with the holder's name
    the table gives where the reading's given name is another person's (see the module's docstring).

    Args:
        cands: The stage's readings, after every reading and the country resolution.
        published: The publication date (YYYY-MM-DD), or None.

    Returns:
        The readings kept, in order; a renamed reading that repeats one already there is dropped.
    """
    table = _presidents()
    if not table:
        return cands
    out: list[Candidate] = []
    renamed: list[Candidate] = []
    for c in cands:
        if c.role == "head_of_government" and c.country == _COUNTRY and _inferred(c):
            # the United States has no prime minister or chancellor: "Prime Minister Halvorsen" in the
            # President's remarks serves another government, which the text has not said
            c = replace(c, country=None, country_source=None)
        if c.role != _ROLE or c.country not in (_COUNTRY, None) or c.status not in _STATUSES or not _inferred(c) \
                or not c.name:
            out.append(c)
            continue
        rows = table.get(surname_of(c.name))
        if c.country is None:
            # no country read: only "President" + the surname of the president in office that day,
            # or + a president's full name ("President George H.W. Bush")
            words = c.name.split()
            full = rows and len(words) > 1 and any(first_names_match(words[0], h.name.split()[0]) for h in rows)
            if not (rows and c.title.lower() == "president" and (full or published and c.status == "current"
                                                                 and any(h.held_on(published) for h in rows))):
                out.append(c)
                continue
            c = replace(c, country=_COUNTRY, country_source="office_holder")
        if c.title.lower().split()[0] in _MONARCH_TITLES:
            continue  # a "Queen" in a stage name: the United States has no monarch
        if not rows:
            continue  # "President Hollis" of a college, a club's president: no US president's surname
        words = c.name.split()
        if len(words) > 1 and not any(first_names_match(words[0], h.name.split()[0]) for h in rows):
            name = _president_named(rows, published)
            if name is None:
                continue
            c = replace(c, name=name, person=None)
            renamed.append(c)
        out.append(_dated_status(c, rows, published))
    if not renamed:
        return out
    # "President Joe Biden" read too: the renamed reading repeats it
    return [c for c in out if not (any(c is r for r in renamed) and any(
        o is not c and o.role == c.role and o.status == c.status and o.country == c.country
        and o.person is not None and surname_of(o.name) == surname_of(c.name)
        and first_names_match(o.name.split()[0], c.name.split()[0]) for o in out))]
