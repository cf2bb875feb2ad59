"""The one foreign country a government's text is about.

A statement or readout on another country's affairs names that country again and again and
its officials by title alone ("Treasury is designating ... President X, Vice President Y"):
the reader takes a foreign president or vice president the text leaves unplaced to be that
country's. :func:`.not_home.foreign_country` asks this last, for an official who cannot be the
text's own government's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Reader

__all__ = ["subject_country"]

_LABELS = frozenset({"GPE", "NORP"})
_MIN_MENTIONS = 3  # a passing mention or two (a list of posts abroad) does not make a text about a country


def subject_country(rd: "Reader", home: str | None) -> str | None:
    """The one country other than ``home`` that the text's places and peoples name, named at
    least three times; None when it names none, several, or one fewer times.

    Args:
        rd: The roles reader of the Doc.
        home: ISO3 of the text's own government, or None.
    """
    counts: dict[str, int] = {}
    for ent in rd.doc.ents:
        if ent.label_ not in _LABELS:
            continue
        place = rd.place(ent[0])
        if place is None or place[0] != "country" or place[1] == home:
            continue
        counts[place[1]] = counts.get(place[1], 0) + 1
        if len(counts) > 1:
            return None
    if len(counts) != 1:
        return None
    code, n = counts.popitem()
    return code if n >= _MIN_MENTIONS else None
