"""A committee's "Ranking Member" written before a name: "Ranking Member Jane Roe said ...".

The ranking member is the senior member of a committee's minority party (U.S. Senate and House
rules and practice: Congressional Research Service, "Committee Leadership: ranking member"), a
legislator. "Member" heads no office title alone ("Member, Federal Salary Council" names a board),
so the title reader does not take it; this reader takes the two words together before a person.
"""

from __future__ import annotations

import re

from ..nlp import text as text_of
from .reader import Candidate, Reader

__all__ = ["ranking_members"]

# "Ranking Member" (title case before a name, AP style) or "ranking member" before the name
_RANKING = re.compile(r"\b[Rr]anking\s+[Mm]ember\s+(?=[A-Z])")


def ranking_members(rd: Reader) -> list[Candidate]:
    """Legislators written "Ranking Member X" (X a person the entities name).

    Args:
        rd: The document reader.

    Returns:
        One legislator candidate per such title, its title "Ranking Member".
    """
    doc = rd.doc
    body = text_of(doc)
    if "anking" not in body:
        return []
    out: list[Candidate] = []
    for m in _RANKING.finditer(body):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        person = rd.person_at(doc[span.end])
        if person is None:
            continue
        last = span.end
        while last + 1 < len(doc) and rd.entity(doc[last + 1]) is person:
            last += 1  # the name's last token: the evidence ends with the name
        end = doc[last].idx + len(doc[last].text)
        out.append(Candidate(start=m.start(), end=end, person=person, name=person.name,
                             title="Ranking Member", role="legislator", country=None, organization=None,
                             status="current", title_start=m.start()))
    return out
