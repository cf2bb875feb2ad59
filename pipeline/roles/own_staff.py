"""A head of state read as the head of his own office or staff: a list's next item, no office.

Readouts list the people met by title, some without a name: "met with President Roe, head of
the Office of the President, the Minister of Defense, and others" names the President and then
two officials left unnamed. The appositive after the President's name reads as his second
title, but a head of state or government does not serve in his own office, administration or
staff ("Office of the President", "Presidential Administration", "Chief of Staff to the
President"), so that reading names no office of his.
"""

from __future__ import annotations

import re

from ..names import name_key

__all__ = ["own_staff_posts"]

_STAFF = re.compile(r"\b(?:Office\s+of\s+the\s+(?:President|Prime\s+Minister)|Presidential\s+(?:Administration|Office)|"
                    r"Prime\s+Minister['’]s\s+Office|(?:to|of)\s+the\s+(?:President|Prime\s+Minister)\b)", re.IGNORECASE)
_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})


def own_staff_posts(cands: list) -> list:
    """The readings less the staff posts of a leader's own office read as that leader's.

    Args:
        cands: The stage's readings (:class:`pipeline.roles.reader.Candidate`).

    Returns:
        The readings without a head of state's or government's post in the office that serves
        him or her (same country).
    """
    leaders = [(name_key(c.name), c.country) for c in cands if c.role in _LEADER_ROLES and c.status == "current"]
    out = []
    for c in cands:
        key = name_key(c.name)
        if c.role not in _LEADER_ROLES and key and _STAFF.search(c.title or "") \
                and any(k and (key <= k or k <= key) and country == c.country for k, country in leaders):
            continue
        out.append(c)
    return out
