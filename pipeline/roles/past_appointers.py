"""An office someone was appointed to by a president whose term is over: held then, not now.

Biographies date a post by who gave it: "She was appointed by President Clinton to the Board of
the X Bank", "In 1991, President Bush appointed Doe to be Executive Secretary of the Council",
"He was nominated by President Obama for the position of Alternate Representative". The verb is
a past event and says nothing of now by itself, but a president whose every term ended before
the publication date (the dated office-holder table of US presidents, read by
:func:`.bio_tenses.past_president`) appointed the holder to it in an earlier administration; a
biography names such a post as part of a career (dev README: biographies' "served as",
"previously was" -> former), and a nomination of that time is no nomination now.

Left as they are: a sentence that also says now ("currently", "now", "since", "still") or names
a president in office on the publication date ("appointed by President Obama and reappointed by
President Biden"), and a judgeship (judges hold office during good behaviour, so an old
appointment to a court is often the seat held now).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bio_tenses import past_president
from .status_conflicts import sentence_around

__all__ = ["appointed_by_past_presidents"]

_NAME = r"[A-Z][a-zA-Z.]*(?:\s+[A-Z][a-zA-Z.]*){0,3}"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?)"
_VERB = r"(?:re-?)?(?:appointed|named|nominated|selected|tapped)"
_BY = re.compile(rf"\b{_VERB}\s+by\s+(?:then-|former\s+)?Presidents?\s+{_NAMES}")
"""'appointed by President Bill Clinton', 'nominated by Presidents Obama and Clinton'."""
_SUBJECT = re.compile(rf"\b(?:then-|former\s+)?Presidents?\s+{_NAMES}\s+{_VERB}\b")
"""'President Bush appointed Doe to be ...'."""

_PRESIDENT_ANY = re.compile(rf"\bPresidents?\s+{_NAMES}")
_NOW = re.compile(r"\b(?:currently|now|presently|today|since|still)\b", re.IGNORECASE)
_JUDICIAL = re.compile(r"\b(?:[Jj]udges?|[Jj]ustices?|[Cc]ourts?|[Mm]agistrates?)\b")


def _surnames(names: str) -> str:
    """'Ronald Reagan, George H.W. Bush, and Bill Clinton' -> 'Reagan and Bush and Clinton'."""
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names) if p.strip()]
    return " and ".join(p.split()[-1] for p in parts)


def _appointed_then(body: str, title_start: int, published: str) -> bool:
    """Whether the office at ``title_start`` follows, in its sentence, an appointment by a
    president whose terms all ended before ``published``, and the sentence says nothing of now."""
    start, end = sentence_around(body, title_start, 300)
    sent = body[start:end]
    at = title_start - start
    hits = [m for m in (*_BY.finditer(sent), *_SUBJECT.finditer(sent)) if m.end() <= at]
    if not hits or _NOW.search(sent):
        return False
    named = [_surnames(m.group("names")) for m in _PRESIDENT_ANY.finditer(sent)]
    return all(past_president(n, published) for n in named)


def appointed_by_past_presidents(body: str, cands: list, published: str | None) -> list:
    """Make ``former`` the current and nominee readings of an office a past president appointed
    or nominated the holder to.

    Args:
        body: The document text (the readings' offsets index it).
        cands: The stage's readings (:class:`pipeline.roles.reader.Candidate`).
        published: The publication date (YYYY-MM-DD), or None (then nothing changes).

    Returns:
        The readings, those of such an office made ``former``.
    """
    if not published:
        return cands
    out = list(cands)
    for i, c in enumerate(out):
        if c.status not in ("current", "nominee") or c.title_start < 0 or c.role in ("head_of_state", "head_of_government"):
            continue
        if _JUDICIAL.search(c.title or "") or not _appointed_then(body, c.title_start, published):
            continue
        out[i] = replace(c, status="former")
    return out
