"""A full title written as the apposition of "counterpart": "Ambassador X met her counterpart,
Vice-Premier Y", "his Kenyan counterpart, Interior Minister Y".

The counterpart of an official serves another government than the official's (that is what
the word says: the person holding the matching office on the other side), so the title after it
takes no fallback country (dateline, publisher): only what the text writes for it, and the
country written with "counterpart" ("his Ugandan counterpart, ...") is the one it serves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import countries as gazetteer

if TYPE_CHECKING:
    from .reader import Candidate

# "[Ugandan ]counterpart, " right before the title, with at most "the" between
_BEFORE = re.compile(r"(?:\b([A-Z][\w.-]+(?: [A-Z][\w-]+)?)\s+)?\bcounterparts?\s*,?\s*(?:the\s+)?$")


def mark_counterpart_titles(text: str, cands: "list[Candidate]") -> None:
    """Flag (in place) the candidates whose title is written right after "counterpart", with the
    country written before "counterpart" as their hint."""
    for c in cands:
        if c.title_start <= 0 or c.counterpart or c.title.lower() in ("counterpart", "counterparts"):
            continue
        m = _BEFORE.search(text, max(0, c.title_start - 48), c.title_start)
        if m is None:
            continue
        c.counterpart = True
        if m.group(1) and not c.hint and not c.country:
            c.hint = gazetteer.load().country(m.group(1))
