"""A head of state's "Commander-in-Chief": the presidency's own command, no second office.

A president speaks of the armed forces "as Commander-in-Chief", and a text says "as long as
President Roe is Commander-in-Chief": constitutions make the head of state the supreme commander
of the armed forces (US Constitution, Art. II, sec. 2), so the phrase names the office the
person already holds, not a military command beside it (the development gold notes it as "same
office as President; not a second role"). The commander-in-chief of a named force ("Commander-in-
Chief of the Burmese military forces X") is a military post and is kept.
"""

from __future__ import annotations

import re

from ..names import name_key
from .office_holders import holder

__all__ = ["presidential_commands"]

_SUPREME = re.compile(r"Commander[\s-]+in[\s-]+Chief\b(?!\s+of\b)", re.IGNORECASE)
_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})


def presidential_commands(body: str, cands: list, published: str | None) -> list:
    """The readings less a bare "Commander-in-Chief" of a person who leads a state.

    Args:
        body: The document text (the readings' offsets index it).
        cands: The stage's readings (:class:`pipeline.roles.reader.Candidate`).
        published: The publication date (YYYY-MM-DD), or None.

    Returns:
        The readings without those that read a head of state's command as a second office.
    """
    leaders = [k for k in (name_key(c.name) for c in cands if c.role in _LEADER_ROLES) if k]
    out = []
    for c in cands:
        if c.role == "military_commander" and c.title_start >= 0 and _SUPREME.match(body, c.title_start) \
                and _leads(c.name, leaders, published):
            continue
        out.append(c)
    return out


def _leads(name: str, leaders: list, published: str | None) -> bool:
    """Whether ``name`` is one of the text's heads of state or government ("Biden" of "Joe
    Biden"), or the office-holder table's head of state on the day."""
    key = name_key(name)
    if key and any(key <= k or k <= key for k in leaders):
        return True
    return holder(name, "head_of_state", published) is not None
