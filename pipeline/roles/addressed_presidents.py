"""A "President X" thanked in person is alive and present, so no long-dead US president.

Remarks open by thanking the host who introduced the speaker: "Thank you, President Johnson" at a
parent-teacher association's conference, "Thanks, President Adams" at a college. The surname is
a US president's, so the office-holder table would make the host a former head of state of the
United States. A person thanked or addressed in the second person is there to hear it; a
president whose last term ended more than fifty years before the remarks has died or is past a
hundred years of age (no US president has lived fifty years after leaving office: Jimmy Carter,
the longest, lived about 44; Wikipedia, "List of presidents of the United States by time in office"
and "Living presidents of the United States"). Such a reading is another body's president, and
without a country it is no role.
"""

from __future__ import annotations

import re

from .us_presidents import presidents_by_surname, surname_of

__all__ = ["addressed_presidents"]

_THANKED = re.compile(r"\b(?:[Tt]hank\s+you(?:\s+(?:so|very)\s+much)?|[Tt]hanks),?\s+$")
_YEARS_GONE = 50


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def addressed_presidents(body: str, out: list, published: str | None) -> list:
    """The readings less a US "President X" thanked in person whose every namesake president left
    office more than fifty years before publication.

    Args:
        body: The document text (the readings' offsets point into it).
        out: The stage's readings (:class:`pipeline.roles.reader.Candidate`).
        published: The publication date (YYYY-MM-DD), or None (then nothing is dropped).

    Returns:
        The readings kept, in order.
    """
    year = _year(published)
    if year is None:
        return out
    kept = []
    for c in out:
        if c.role == "head_of_state" and c.country == "USA" and c.country_source != "title" \
                and c.title.lower() == "president" and c.title_start >= 0 \
                and _THANKED.search(body, max(0, c.title_start - 30), c.title_start):
            rows = presidents_by_surname().get(surname_of(c.name), ())
            ends = [_year(h.end) for h in rows]
            if rows and all(e is not None and year - e > _YEARS_GONE for e in ends):
                continue  # "Thank you, President Johnson" of an association, not a president of 1869 or 1969
        kept.append(c)
    return kept
