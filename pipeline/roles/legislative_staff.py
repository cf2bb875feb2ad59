"""A legislature's staff are not its legislators: "Senior Professional Staff for the House
Committee on X", "policy adviser on the Senate Committee on Y", "Republican Staff Director for
the Z Subcommittee", "Special Counsel to the Senate Judiciary Committee".

A title that names a chamber or a committee of one reads as a legislator's office; the post
before the body says whose it is. A staff post (the head words below) held for a committee or
chamber is a public office of the legislature's staff (dev README: role official_other), unless
the post is a member's own ("Member", "Chair", "Ranking Member", "Whip": a legislator).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from ..knowledge.offices import word_group

__all__ = ["staff_posts"]

T = TypeVar("T")

_STAFF = word_group("legislative_staff_heads")
"""Head words of the posts of a legislature's staff (the US House and Senate committee staff titles:
professional staff member, staff director, counsel, clerk, detailee, fellow)."""
_MEMBER = word_group("legislator_posts")
"""A legislator's own posts in a chamber or committee."""
_BODY_SPLIT = re.compile(r"\s+(?:for|on|to|of|at|with|in)\s+")


def staff_posts(roles: list[T]) -> list[T]:
    """The roles with a committee or chamber staff post read as ``official_other``, not ``legislator``.

    Args:
        roles: Candidates (anything with ``role`` and ``title`` fields).

    Returns:
        The roles, staff posts recategorised.
    """
    out = []
    for c in roles:
        if getattr(c, "role", None) == "legislator":
            post = _BODY_SPLIT.split(c.title, maxsplit=1)
            words = {w.lower().strip(".,") for w in post[0].split()}
            if len(post) > 1 and words & _STAFF and ("staff" in words or not words & _MEMBER):  # "staff member"
                c = replace(c, role="official_other")
        out.append(c)
    return out
