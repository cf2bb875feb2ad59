"""A legislator's seat and a post held in the chamber are two offices: "Representative" and
"Majority Leader", "Senator" and "Chair of the Senate Foreign Relations Committee".

A bare seat title ("Senator", "Rep.", "Congresswoman") usually repeats a legislator's fuller title,
and the resolver merges a bare title into another of its category. A post the member holds in the
chamber is not that: a party leader, a whip, the chair, vice chair or ranking member of a committee
is elected or named to it by the chamber or its party conference and leaves it while keeping the
seat (U.S. House Rule X, Senate Rule XXV), and the annotation guide lists one role per office stated
("Senator" and "Chair of the Senate Foreign Relations Committee" of one person are two roles in the
development gold). A plain committee membership is part of the seat, and a one-word post ("Leader
Schumer", "Chairman Roe") stays a form of address of the seat.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.offices import word_group

__all__ = ["other_chambers", "seat_and_chamber_post", "seat_memberships"]

_CHAMBERS = (
    ("senate", re.compile(r"\b(?:senat(?:e|or|ors)|sen\.?)\b", re.IGNORECASE)),
    ("house", re.compile(r"(?<!white )\b(?:house|(?<!trade )representatives?|rep\.?|congress(?:man|woman|member))\b", re.IGNORECASE)),
)
"""The two chambers of a bicameral legislature as a title names them: the Senate ("Senator",
"Sen.", "member of the Senate") and the lower house ("Representative", "Rep.", "Congresswoman",
"member of the House of Representatives"; U.S. House rules call its members Representatives)."""


@lru_cache(maxsize=1)
def _post_pattern() -> "re.Pattern[str]":
    """The posts held in a chamber (``offices.json`` words ``chamber_post_phrases``), as whole words."""
    phrases = sorted(word_group("chamber_post_phrases"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


def _seat(title: str) -> bool:
    """Whether ``title`` is a bare seat title ("Senator", "Rep.")."""
    words = title.lower().split()
    return len(words) == 1 and words[0].rstrip(".") in word_group("legislature_seat_titles")


def seat_and_chamber_post(a: str, b: str) -> bool:
    """Whether one title is a bare seat and the other a post of several words held in the chamber.

    Args:
        a: A legislator's title.
        b: Another legislator title of the same person.

    Returns:
        True for "Representative" and "Majority Leader" (either order): two offices, not one.
    """
    for seat, post in ((a, b), (b, a)):
        if _seat(seat) and len(post.split()) >= 2 and _post_pattern().search(post):
            return True
    return False


def other_chambers(a: str, b: str) -> bool:
    """Whether two legislator titles of one person name seats in the two different chambers.

    "Senator" and "member of the House of Representatives" are two seats (a senator who "served
    in the House" held both, one after the other); a bare seat title is otherwise merged into a
    fuller legislator title (:func:`seat_and_chamber_post`). A title naming both chambers or
    neither ("member of the Ohio legislature", "Senate Majority Leader" of a "Senator") is left to
    the other tests.
    """
    ka = {key for key, rx in _CHAMBERS if rx.search(a)}
    kb = {key for key, rx in _CHAMBERS if rx.search(b)}
    return len(ka) == 1 and len(kb) == 1 and ka != kb


_MEMBERSHIP = re.compile(r"(?i)^(?:a\s+)?members?\s+of\s+(?:the\s+)?(?P<body>[^,]*\b(?:committee|subcommittee|caucus))\b")
"""a plain membership of a committee or caucus ("member of the Commons health committee")"""
_LEGISLATURE = re.compile(r"(?i)\b(?:senate|house|commons|lords|congress|congressional|parliament|parliamentary|"
                          r"legislative|assembly|bundestag|knesset|duma|diet)\b")
"""words naming a legislature's own committee (a committee of no chamber, "the Joint Public
Advisory Committee", is an office of its own)"""


def seat_memberships(roles: list) -> list:
    """The roles less a plain membership of a legislature's committee held by a person the text
    gives a legislator's seat ("Jane Roe, a Labour MP, who is a member of the Commons health
    committee"): the membership is part of the seat (module docstring), no office of its own."""
    seated = {(r.person, r.name) for r in roles if r.role == "legislator"}
    return [r for r in roles if not ((r.person, r.name) in seated and r.role != "legislator"
                                     and (m := _MEMBERSHIP.match(r.title or "")) and _LEGISLATURE.search(m["body"]))]
