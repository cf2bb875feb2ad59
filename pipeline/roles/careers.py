"""The career of a home government's official: no foreign country carried from one post to another.

The resolver lets an office with no country written take the country of another office of the
same person (``earlier_role``): "Japanese Foreign Minister X ... X, a former justice minister".
A biography in a government's own announcement lists a career instead, and its posts abroad
name foreign places: "served a term as Country Director of Peace Corps Malawi", "Consul General
in Osaka, Japan", "worked for a Member of the British Parliament". A person who holds, acts in or
is nominated to an office of the publisher's government is that government's official: the
country read off one of their posts abroad says nothing about their other posts, which serve
the publisher's government like the posts whose country the text does not write.
"""

from __future__ import annotations

from dataclasses import replace

from ..names import name_key
from .reader import Candidate

__all__ = ["home_careers"]

_HELD = frozenset({"current", "nominee", "acting", "elect"})
_OWN_SOURCES = frozenset({"title", "publisher", "institution", "office_holder", "dateline"})


def _same(a: Candidate, b: Candidate) -> bool:
    if a.person is not None and b.person is not None:
        return a.person.id == b.person.id
    ka, kb = name_key(a.name), name_key(b.name)
    return bool(ka and kb and (ka <= kb or kb <= ka))


def home_careers(cands: list[Candidate], home: str | None) -> list[Candidate]:
    """The candidates with a home official's carried foreign countries put back to the home country.

    Args:
        cands: The resolved candidates, nominations included.
        home: The publisher's home country (ISO3), or None (then nothing changes).
    """
    if home is None:
        return cands
    officials = [c for c in cands if c.country == home and c.status in _HELD and c.country_source in _OWN_SOURCES]
    if not officials:
        return cands
    return [replace(c, country=home, country_source="publisher")
            if c.country_source == "earlier_role" and c.country not in (None, home) and c.organization is None
            and any(_same(c, o) for o in officials) else c for c in cands]
