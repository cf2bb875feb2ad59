"""Institution names many governments share: "Congress" is the legislature of the United States
and of Peru, Colombia, the Philippines, Guatemala and others (Inter-Parliamentary Union, Parline
database: chamber names). A title naming one ("Congress President Jane Roe") takes the
country of the one legislature the text names with its country ("Peru's Congress voted ..."),
not the seat table's United States.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fallbacks import legislature_country

if TYPE_CHECKING:
    from .reader import Candidate, Reader

# Legislature names the seat table gives one country but several governments use (IPU Parline).
_SHARED = ("congress", "senate", "national assembly", "parliament")


def shared_body_hint(rd: "Reader", c: "Candidate") -> str | None:
    """The candidate's institution hint, unless the title names a shared legislature name and
    the text names that legislature with another country: then that country."""
    if not c.hint or not any(w in c.title.lower() for w in _SHARED):
        return c.hint
    named = legislature_country(rd)
    return named if named and named != c.hint else c.hint
