"""The place line of a transcript or prepared remarks: where the words were spoken.

White House transcripts and remarks "as prepared for delivery" open, under the title, with the
venue and the place on lines of their own ("Hyatt Regency Austin / Austin, Texas", "Chicago, IL",
"Ottawa, Canada"), where a wire story writes its dateline. When neither a dateline, the title nor
a seat of government says whose officials the text names, that place does, as a dateline would:
"Senator Durbin" and "Governor Pritzker" thanked in remarks given in "Chicago, IL" serve the
United States. Heads of state and government are left alone (a country's leader is named with
the country or known to the office-holder table; "Thank you, President Ruiz" of a college or
association heads no state), and so are officials another check says cannot be the place's
(:func:`.not_home.cannot_be_home`). A line "En Route X" (a press gaggle aboard a plane) names a
destination, not a place.
"""

from __future__ import annotations

import re

from ..context import dateline_country
from .not_home import cannot_be_home

__all__ = ["place_line_country", "place_line_officials"]

# "City, State" or "City, Country" alone on a line (markup stars and trailing spaces allowed): a
# capitalised place of up to four words, a comma, a capitalised region of up to three words
_PLACE = re.compile(r"[ \t*_]*(?P<place>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3},[ \t]*"
                    r"[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})[ \t*_]*")
_LINES_READ = 4  # the venue and place lines come first, before the time and the first turn
_LEADERS = frozenset({"head_of_state", "head_of_government"})


def place_line_country(body: str) -> str | None:
    """ISO3 of the place line among the first lines of the text, or None.

    Args:
        body: The document text (the title line first, when the ingest wrote it).

    Returns:
        The country of the first line that is a place alone ("Chicago, IL" -> USA), or None.
    """
    lines = [ln for ln in body[:600].split("\n") if ln.strip(" \t*_")]
    for line in lines[:_LINES_READ + 1]:  # a title line first, when the text has one, is no place alone
        m = _PLACE.fullmatch(line)
        if m is None:
            continue
        place = m.group("place")
        if place.lower().startswith(("en route", "aboard")):
            return None
        code = dateline_country(place)
        if code is not None:
            return code  # a line of a name and a title ("Jane Roe, Chair") places nothing: read on
    return None


def place_line_officials(body: str, out: list) -> None:
    """Give, in place, the place line's country to the officials left without a country or
    organisation (not leaders, not counterparts, not those that cannot be the place's).

    Args:
        body: The document text.
        out: The stage's resolved readings (:class:`pipeline.roles.reader.Candidate`).
    """
    pending = [c for c in out if c.country is None and c.organization is None and not c.counterpart
               and c.role not in _LEADERS]
    if not pending:
        return
    code = place_line_country(body)
    if code is None:
        return
    for c in pending:
        if not cannot_be_home(c, code):
            c.country, c.country_source = code, "dateline"
