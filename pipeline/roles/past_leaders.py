"""Leaders of the past named with their office as if in it ("President Roosevelt once said",
"as Prime Minister Churchill told the Commons").

Speeches and statements cite the presidents and prime ministers of history with the title they
held, and no "former" or "the late": the office is written, the time is not. The dated
office-holder table (:mod:`pipeline.knowledge.offices`, sourced lists of terms of office) says
when each term ended. A head of state or government whose every dated term under that name
ended before the publication date held the office then, not now; the table's country is the
one he or she served (a speech in London quoting "President Roosevelt" is no British
president's).

:func:`pipeline.roles.resolver.term_over` reads the same table for a candidate whose country
the text already gave; this step also covers those left without one, or given the dateline's or
publisher's, and runs after every reading of the stage (speakers, nominations, delegations).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from ..knowledge.offices import folded_name_key, load_offices
from ..names import SUFFIXES

__all__ = ["past_leaders", "leader_term_over"]

_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
# country sources a surname alone does not outrank (guesses from where the story was filed or who
# published it); a full name the table lists outranks any reading of the text
_WEAK_SOURCES = frozenset({None, "dateline", "publisher"})


class _Reading(Protocol):
    name: str
    role: str
    status: str
    country: str | None
    country_source: str | None


def past_leaders(cands: list[_Reading], published: str | None) -> None:
    """Mark, in place, the current leader readings whose holder's terms all ended before
    ``published`` as ``former``, and give them the table's country when the text gave none or
    only the dateline's or publisher's.

    Nothing changes without a publication date, when the name matches no dated row of a
    leader's office written ("President Johnson" is the American, "Prime Minister
    Johnson" the British one), when a dated term covers the date, or when the matching rows (dated or
    not) name more than one country (two leaders of one surname: the name says not which).

    Args:
        cands: The stage's readings (:class:`pipeline.roles.reader.Candidate`).
        published: The publication date (YYYY-MM-DD), or None.
    """
    if not published:
        return
    for c in cands:
        if c.status != "current" or c.role not in _LEADER_ROLES:
            continue
        found = _past_holder(c.name, c.role, published)
        if found is None:
            continue
        code, full_name = found
        if c.country not in (None, code) and c.country_source not in _WEAK_SOURCES and not full_name:
            continue  # a surname the text gives another country ("President Wilson of X"): another person
        c.status = "former"
        if c.country != code:
            c.country, c.country_source = code, "office_holder"


def leader_term_over(name: str, role: str, published: str | None) -> bool:
    """Whether the table dates every term of ``name`` as a head of state or government
    (``role``) and all ended before ``published`` (one country's rows): a leader of the past
    ("President Eisenhower" in a 2023 speech), who is not the speaker of a label that names the
    office alone ("THE PRESIDENT:"). False for other roles, without a date or without dated rows."""
    return bool(published) and role in _LEADER_ROLES and _past_holder(name, role, published) is not None


@lru_cache(maxsize=4096)
def _past_holder(name: str, role: str, published: str) -> tuple[str, bool] | None:
    """(ISO3, whether ``name`` has two or more name words) of the one country whose table rows
    for ``name`` in ``role`` are all over by ``published`` (see :func:`past_leaders`), else None
    (the same few names recur in every article: the answer is kept)."""
    toks = folded_name_key(name)
    rows = [h for h in load_offices().holders_named(toks) if h.role == role] if toks else []
    words = [w for w in name.replace(",", " ").split() if w.lower() not in SUFFIXES]
    if not rows and len(words) > 2:
        # a middle name written in full where the table writes its initial ("Franklin Delano
        # Roosevelt", "Franklin D. Roosevelt"): the first and last words name the same holder
        toks = folded_name_key(f"{words[0]} {words[-1]}")
        rows = [h for h in load_offices().holders_named(toks) if h.role == role] if toks else []
    dated = [h for h in rows if h.start is not None or h.end is not None]
    countries = {h.country for h in rows}
    if not dated or len(countries) != 1 or any(h.held_on(published) for h in dated) \
            or not any(h.end is not None and h.end <= published for h in dated):
        return None
    return countries.pop(), len(toks) > 1
