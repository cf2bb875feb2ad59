"""Service members a text calls veterans hold their rank no more.

Speeches tell the stories of soldiers with the rank they held, and an apposition that they have
left the service: "Sergeant Jane Roe, a decorated World War Two veteran, came home ...". A
veteran is one who served (Merriam-Webster: "a former member of the armed forces"): the rank
written with the name is a former office (the annotation guide's status "former").
"""

from __future__ import annotations

import re

__all__ = ["retired_style", "service_styles", "veterans"]

# ", a decorated World War Two veteran", ", an Army veteran", ", a veteran for whom ..."
_VETERAN = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,5}veteran\b", re.IGNORECASE)


def veterans(body: str, cands: list) -> None:
    """Mark, in place, the current military ranks whose holder's name is followed by the
    apposition "a ... veteran" as former.

    Args:
        body: The document text the candidates' offsets point into.
        cands: The resolved candidates.
    """
    for c in cands:
        if c.role == "military_commander" and c.status == "current" and _VETERAN.match(body, c.end):
            c.status = "former"


# the service and retirement an officer's formal style writes after the name (a state's National Guard,
# "Georgia National Guard", names a state, no nation, and is left out; US Army Regulation
# 600-8-22 and the Navy's correspondence manual style citations so: "Colonel Jane Roe, United States
# Army, Retired", "Captain Tom Doe, U.S. Navy (Ret.)")
_SERVICE_STYLE = re.compile(
    r"(?:,\s+(?P<svc>(?:the\s+)?(?P<nation>United\s+States|U\.\s?S\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    r"(?:Army|Navy|Air\s+Force|Marine\s+Corps|Marines|Coast\s+Guard|Space\s+Force)(?:\s+Reserve)?))?"
    r"(?P<ret>,\s+Retired\b|,\s+retired\b|,?\s+\(Ret(?:\.|ired)?\))?")


def service_styles(body: str, cands: list, retired: "set[tuple[str, str]] | None" = None) -> set[tuple[str, str]]:
    """Give, in place, a military rank written in an officer's formal style its service's country and,
    when the style says so, its retirement ("Colonel Jane Roe, United States Army, Retired": USA,
    former).

    Args:
        body: The document text the candidates' offsets point into.
        cands: The candidates.
        retired: None before the resolver merges one person's mentions: then only the country is
            given, and the (name, rank) pairs a mention styles retired are returned. A retired rank read
            as former there would merge with the offices the biography names ("General X, U.S. Army,
            Retired, served as Chairman of the Joint Chiefs of Staff") and stand for them, where a
            current one is dropped as their form of address. After it, the pairs returned before:
            that rank of that officer is former wherever the kept mention is ("Admiral X, Member ...
            Admiral X (Ret.) served").

    Returns:
        The (name key, lower-case rank) pairs styled retired.
    """
    from ..knowledge import countries
    from ..names import name_key
    from .ranks import same_rank_word

    found: set[tuple[str, str]] = set()
    for c in cands:
        if c.role != "military_commander":
            continue
        if retired is not None:
            key = name_key(c.name)
            if c.status == "current" and any(n == key and same_rank_word(r, _rank_key(c.title)) for n, r in retired):
                c.status = "former"  # ("Adm. X (Ret.)" and the kept "Admiral X": one grade)
            continue
        m = _SERVICE_STYLE.match(body, c.end)
        if m is None:
            continue
        if c.country is None and m.group("svc"):
            code = countries.country(" ".join(m.group("nation").split()))
            if code:
                c.country, c.country_source = code, "title"
        if m.group("ret"):
            found.add((name_key(c.name), _rank_key(c.title)))
    return found


def _rank_key(title: str) -> str:
    """A rank's key: its last word, lower case, without the full stop (compared with
    :func:`.ranks.same_rank_word`, so "Adm." and "Admiral" are one)."""
    words = title.lower().replace(".", " ").split()
    return words[-1] if words else ""


def retired_style(body: str, end: int) -> bool:
    """Whether the officer's formal style after a name ending at ``end`` says retired ("..., United
    States Army, Retired")."""
    m = _SERVICE_STYLE.match(body, end)
    return m is not None and bool(m.group("ret"))
