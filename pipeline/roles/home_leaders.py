"""A leader of the text's own government named by surname is that government's, not another's.

White House remarks cite the presidents of history by title and surname, with no "former"
("the room where President Johnson signed the Civil Rights Act", "President Roosevelt's order on
Japanese internment"), often in a sentence that names another country for something else
("where President Reagan met with Soviet General Secretary Gorbachev"). A "President X" who is
not the one the dated table gives the home government that day is not therefore another
government's president: when the table lists a past (or present) holder of the home office of
that surname, and the given name, when written, is his, the reading is the home government's
(the dated table then says whether the term is over: :mod:`.past_leaders`).

The table of US presidents is complete (:mod:`pipeline.knowledge.offices`, "List of presidents
of the United States"); a foreign president who shares a surname with one of them and is named
by surname only is the rare case this rule gets wrong, so a written given name that is not the
table holder's ("President Charles Taylor") keeps the reading foreign.

The entities stage may join a surname-only "President Biden" to the one person of that surname
whose full name the text writes (the spouse: "your wife, Dr. Jill Biden"). A leader's title with
a surname only, whose entity's given name is not written in the mention, names the leader the
dated table gives for that office and surname on the publication date, when there is one
(:func:`table_leader_names`); the country is then read from the table like any other.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Protocol

from ..knowledge.offices import load_offices
from ..names import SUFFIXES, first_names_match

__all__ = ["home_leader_named", "table_leader_names"]

# offices whose every holder the table lists for the home governments it covers in full
_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})


class _Reading(Protocol):
    name: str
    role: str
    counterpart: bool


def _words(name: str) -> list[str]:
    """The words of a personal name without suffixes ("Jr.") and a possessive."""
    words = [w.strip(",").replace("’", "'") for w in (name or "").split()]
    while len(words) > 1 and words[-1].lower().rstrip(".") in {s.rstrip(".") for s in SUFFIXES}:
        words.pop()
    if words and words[-1].lower().endswith("'s"):
        words[-1] = words[-1][:-2]
    return words


@lru_cache(maxsize=64)
def _holders(home: str, role: str) -> dict[str, tuple[str, ...]]:
    """Surname (lower case) -> the given names of the dated table's holders of ``home``'s
    ``role`` of that surname."""
    out: dict[str, set[str]] = {}
    for h in load_offices().holders:
        if h.country == home and h.role == role and (h.start or h.end):
            words = _words(h.name)
            if len(words) >= 2:
                out.setdefault(words[-1].lower(), set()).add(words[0])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def home_leader_named(c: _Reading, home: str | None) -> bool:
    """Whether ``c``, a head of state's or government's reading, names by surname (and given
    name, when written) a holder of ``home``'s office of that category in the dated table.

    Args:
        c: The candidate role (:class:`pipeline.roles.reader.Candidate`).
        home: ISO3 of the text's own government, or None.

    Returns:
        True when the table lists such a holder; False for another category, no home, a
        counterpart, a surname no holder has, or a given name that is none of theirs.
    """
    if not home or c.role not in _LEADER_ROLES or getattr(c, "counterpart", False):
        return False
    words = _words(c.name)
    if not words:
        return False
    firsts = _holders(home, c.role).get(words[-1].lower())
    if not firsts:
        return False
    return len(words) < 2 or any(first_names_match(words[0], f) for f in firsts)


# the titles of a head of state or government written before a surname
_LEADER_TITLES = frozenset({"president", "prime minister", "chancellor"})


_DATED: list = [None, {}]
"""[the office table the index was built from, (surname, role) -> its dated holders in table order]"""


def _dated_holders(surname: str, role: str) -> list:
    """The dated table's holders of ``role`` (any country) of ``surname`` (lower case), in table
    order: indexed once per table, not by reading the whole table for every publication date."""
    offices = load_offices()
    if _DATED[0] is not offices:
        index: dict[tuple[str, str], list] = {}
        for h in offices.holders:
            words = _words(h.name)
            if (h.start or h.end) and len(words) >= 2:
                index.setdefault((words[-1].lower(), h.role), []).append(h)
        _DATED[:] = [offices, index]
    return _DATED[1].get((surname, role), [])


@lru_cache(maxsize=256)
def _on_date(surname: str, role: str, date: str) -> str | None:
    """The name of the one holder of ``role`` (any country) of ``surname`` (lower case) the dated
    table gives on ``date`` (its rows may write one person's name two ways: the shorter); None
    when none or two people."""
    names = set()
    for h in _dated_holders(surname, role):
        if h.held_on(date):
            names.add(h.name)
    firsts = [n.split()[0] for n in names]
    if not names or not all(first_names_match(firsts[0], f) for f in firsts[1:]):
        return None
    return min(names, key=len)


def table_leader_names(body: str, cands: list, published: str | None) -> list:
    """The readings of a leader's title and a surname ("President Biden") whose entity bears
    another given name (the spouse's) renamed to the holder the dated table gives that day.

    Args:
        body: The document text (candidate offsets point into it).
        cands: The stage's candidates (:class:`pipeline.roles.reader.Candidate`).
        published: The publication date (YYYY-MM-DD), or None.

    Returns:
        The candidates, a renamed one replaced by a copy with the table's name and no entity.
    """
    if not published:
        return cands
    out = []
    for c in cands:
        words = _words(c.name)
        if c.role in _LEADER_ROLES and c.status == "current" and len(words) >= 2 \
                and c.title.lower() in _LEADER_TITLES and words[0] not in body[c.start:c.end]:
            name = _on_date(words[-1].lower(), c.role, published)
            if name is not None and not first_names_match(words[0], name.split()[0]):
                c = replace(c, name=name, person=None)
        out.append(c)
    return out
