"""Two offices written as one coordinated title: "Ambassador to Iceland and to Latvia", "the
U.S. Representative to the Economic Commission for Europe and the U.S. Ambassador to the Council of
Europe", "former Mayor of the City of Chicago and White House Chief of Staff".

The annotation guide wants one role per (person, office) the text states. A title read as one
span may hold two offices joined by "and":

- a head of mission accredited to two places, the preposition repeated ("Ambassador to X and to
  Y", "Consul General in X and in Y"): the same office to each place. Without the repeated
  preposition "and" may be inside one name ("Ambassador to Trinidad and Tobago", "Antigua and
  Barbuda"), so that form is left alone;
- two offices held at once, the second after "and concurrently" (the nomination formula "X and
  concurrently Y", "X, and to serve concurrently and without additional compensation as Y");
- two full offices, each with its own body, the second introduced by "the", "U.S.", "United
  States" or "White House" and ending in an office head word before its complement ("... and
  the U.S. Ambassador to Y"). Without such a marker the second noun is one office's second hat
  ("Under Secretary of Defense (Comptroller) and Chief Financial Officer", "Chief of Staff and
  Executive Secretary of the National Security Council": one office, as the dev gold codes it),
  so it is left alone; so is "Assistant to the President and ...", the White House rank
  written before the office it goes with.

Each part keeps the holder, country, organisation, status and evidence of the whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from ..knowledge.offices import load_offices
from .former_conjuncts import former_conjunct_offices
from .relative_second_offices import relative_second_offices
from .titles import classify
from .when_offices import when_offices

__all__ = ["split_coordinated_offices"]

T = TypeVar("T")

_MISSION = re.compile(
    r"^(?P<head>.*?\b(?:Ambassador|Representative|Envoy|Consul|Consul General|High Commissioner|Chargé d’Affaires"
    r"|Chargé d'Affaires)\b[^,;]*?)\s(?P<p1>to|in|at)\s(?P<a>(?:the\s)?[A-Z][^,;]*?)\sand\s(?P<p2>to|in|at)\s"
    r"(?P<b>(?:the\s)?[A-Z][^,;]*)$")
"""A head of mission's office to two places, the preposition repeated."""

_MISSION_HEADS = r"(?:Ambassador|Representative|Envoy|Consul|Consul General|High Commissioner)"
_REPEATED_MISSION = re.compile(
    rf"^(?P<a>.*?\b{_MISSION_HEADS}\b[^,;]*?\s(?:to|in|at)\s(?:the\s)?[A-Z][^,;]*?)\sand\s"
    rf"(?P<b>(?:(?:Deputy|Alternate|Permanent|Special|Acting)\s)*{_MISSION_HEADS}\b[^,;]*?\s(?:to|in|at)\s(?:the\s)?[A-Z][^,;]*)$")
"""A head of mission's office to two places, the office written out again ("Ambassador to X and
Ambassador to Y", the Senate formula for posts held concurrently): the second part starts with
the office's own head word, so it is never part of a place's name ("to Trinidad and Tobago")."""

_TWO_OFFICES = re.compile(
    r"^(?P<a>[^,;]+?\s(?:of|to|for|in|at)\s(?:the\s)?[A-Z][^,;]*?)\sand\s"
    r"(?P<b>(?:the\s)?(?:U\.S\.|United\sStates|White\sHouse)\s[A-Z][^,;]*|the\s[A-Z][^,;]*)$")
"""Two full offices, the second introduced by "the" or a US government word."""

_DATED_PAIR = re.compile(
    r"^(?P<a>[^,;]+?)\s(?:from|in|between)\s(?:19|20)\d\d(?:\s?(?:to|until|and|-|–)\s?(?:19|20)\d\d)?,?\sand\s"
    r"(?:(?:as\s)?(?:the|an?)\s)?(?P<b>[A-Z][^,;]*)$")
"""Two offices a biography dates one after the other: "Chief Deputy Marshal for X from 2020 to
2021 and Assistant Chief Deputy Marshal": the years end the first office, the second is another."""

_RANK_AFTER = re.compile(
    r"^(?P<a>[^,;]+?)\s(?:and|&)\s(?P<b>(?:(?:Principal\s)?Deputy\s|Special\s|Senior\s)?Assistant\sto\sthe\s(?:Vice\s)?President)$")
"""An office and then the White House rank that goes with it ("Principal Deputy Press Secretary and
Deputy Assistant to the President", "Senior Advisor and Assistant to the President"): two posts,
as the rank written first is ("Assistant to the President and Director of X", dev gold)."""

_CONCURRENT = re.compile(
    r"^(?P<a>[^;]+?),?\s(?:and|&)\s(?:to\sserve\s)?concurrently\s(?:and\swithout\sadditional\scompensation\s)?"
    r"(?:as\s)?(?P<b>(?:the\s)?[A-Z][^;]*)$")
"""Two offices held at once ("United States Attorney for the District of X and concurrently United
States Attorney for the District of Y", the nomination formula "... and to serve concurrently and
without additional compensation as Y"): one office each."""

_RANK_BEFORE = re.compile(r"\bAssistant to the (?:Vice )?President$")
_PREP = re.compile(r"\s(?:of|to|for|in|at|on)\s")


def _head_last(title: str) -> bool:
    """Whether the words of ``title`` before its complement end in an office head word."""
    pre = _PREP.split(" " + title.strip() + " ", maxsplit=1)[0].split()
    return bool(pre) and pre[-1].lower().strip(".,") in load_offices().heads


def _parts(title: str) -> list[tuple[str, int]] | None:
    """The two offices of a coordinated title, each with its offset in ``title``, or None when it
    is one office. A head of mission's second office is rebuilt from the shared head ("Ambassador
    to X and to Y" -> "Ambassador to Y"), not a substring: it is placed at the head it shares."""
    m = _MISSION.match(title)
    if m:
        return [(f"{m['head']} {m['p1']} {m['a']}", 0), (f"{m['head']} {m['p2']} {m['b']}", m.start("head"))]
    m = _RANK_AFTER.match(title)
    if m and _head_last(m["a"]):
        return [(m["a"], 0), (m["b"], m.start("b"))]
    m = _DATED_PAIR.match(title)
    if m and _head_last(m["a"]) and _head_last(m["b"]):
        return [(m["a"], 0), (m["b"], m.start("b"))]
    m = _CONCURRENT.match(title)
    if m and _head_last(m["a"]) and _head_last(re.sub(r"^the\s", "", m["b"])):
        second = re.sub(r"^the\s", "", m["b"])
        return [(m["a"], 0), (second, m.start("b") + len(m["b"]) - len(second))]
    m = _REPEATED_MISSION.match(title)
    if m:
        return [(m["a"], 0), (m["b"], m.start("b"))]
    m = _TWO_OFFICES.match(title)
    if m and not _RANK_BEFORE.search(m["a"]) and _head_last(m["a"]):
        second = re.sub(r"^the\s", "", m["b"])
        if _head_last(second):
            return [(m["a"], 0), (second, m.start("b") + len(m["b"]) - len(second))]
    return None


_OWN_BODY = re.compile(r"\s(?:of|to|for|in|at)\s(?:the\s)?[A-Z]")


def _offices(title: str) -> list[tuple[str, int]]:
    """The offices of a title, each with its offset in ``title``: comma-parted items each with a
    body of its own ("Ambassador to X, State Department Spokesman"), each split by :func:`_parts`;
    ``[(title, 0)]`` when it is one office. An item after a comma is another office only when the item before names its own body and the
    item's words before its complement end in an office head word (not "..., U.S. Embassy in X",
    "..., Bureau of Y", "..., National Security Council": the place or body of the same office)."""
    items = [(title, 0)]
    if ", " in title:
        segs = title.split(", ")
        items = [(segs[0], 0)]
        at = len(segs[0]) + 2
        for seg in segs[1:]:
            if _OWN_BODY.search(items[-1][0]) and seg[:1].isupper() and _head_last(seg) and not seg.startswith("and "):
                items.append((seg, at))
            else:
                items[-1] = (items[-1][0] + ", " + seg, items[-1][1])
            at += len(seg) + 2
    out: list[tuple[str, int]] = []
    for item, off in items:
        out.extend(_split(item, off, 3))
    return out


def _split(item: str, off: int, depth: int) -> list[tuple[str, int]]:
    """``item`` split by :func:`_parts`, and each part again ("X, and to serve concurrently as Y and
    Z": three offices), down to ``depth`` levels."""
    parts = _parts(item) if depth and " and " in item else None
    if not parts:
        return [(item, off)]
    return [p for t, k in parts for p in _split(t, off + k, depth - 1)]


def split_coordinated_offices(roles: list[T], body: str) -> list[T]:
    """The roles with each coordinated two-office title split into its two offices.

    Args:
        roles: Candidates (``title``, ``role``, ``organization``, ``title_start``, ``name`` fields).
        body: The document text (``title_start`` points into it).

    Returns:
        The roles, a coordinated title replaced by its first office and followed by its second;
        an earlier office coordinated after an office (", and a former X") or a clause's office
        after an apposed office (", who served as X") added after it, and a known holder's office
        of a "when she was X" clause at the end.
    """
    if " and " not in body and ", " not in body:
        return when_offices(roles, body)
    out: list[T] = []
    have = {(c.name, c.title) for c in roles}
    for c in roles:
        title = c.title
        parts = _offices(title) if (" and " in title or ", " in title) else [(title, 0)]
        if len(parts) < 2:
            out.append(c)
            continue
        same = c.role == classify(title, c.organization)
        for k, (t, at) in enumerate(parts):
            if (c.name, t) in have or (k and any(n == c.name and h != title and h.startswith(t) for n, h in have)):
                continue  # already read, or read in full ("Chargé" of a "Chargé d'Affaires" read alone)
            start = c.title_start + at if c.title_start >= 0 else c.title_start
            role = classify(t, c.organization) if same else c.role
            out.append(replace(c, title=t, role=role, title_start=start if k else c.title_start))
    out = former_conjunct_offices(out, body)  # "the X of the Council and a former prime minister"
    out = relative_second_offices(out, body)  # "Jane Roe, the health secretary, who was justice secretary"
    return when_offices(out, body)  # "I first met Jane when she was Mayor of Dayton"
