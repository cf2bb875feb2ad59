"""The second office of a Senate list entry: "Jane Doe, of Ohio, to be an Alternate Representative
of the United States of America to the Sessions of the General Assembly of the United Nations,
during her tenure of service as Deputy Representative of the United States of America to the
United Nations."

The "to be" readers (:mod:`pipeline.roles.nominations`) read an entry's office to the end of the
line, which here runs on into the clause "during her tenure of service as Y". In the US
"Nominations Sent to the Senate" lists (the form of congress.gov nomination records for the
representatives to the UN General Assembly and to UN councils) that clause names the office the
nominee holds (or is named to at the same time) and for whose tenure the second appointment is
made: two offices, the first the nomination ("nominee"), the second held ("current"). The entries
with no "to be" ("for the rank of Ambassador during her tenure of service as X") are read by
:mod:`pipeline.roles.rank_tenures`; this module only splits the "to be" offices.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .nominations import Nomination

__all__ = ["split_tenure_offices"]

_TENURE = re.compile(
    r",?\s+during\s+(?:his|her|their|the)\s+tenure\s+of\s+service\s+as\s+(?:the\s+|an?\s+)?(?=[A-Z])")
"""The clause that joins the two offices (the office after it starts with a capital)."""
_END = re.compile(r"\.\s*$|\.\s*\n|,\s+vice\s|\s+\((?i:new|reappointment)\b|\n\s*\n")
"""Where the second office ends: the entry's full stop, a "vice" clause, a note or a blank line."""


def split_tenure_offices(noms: list[Nomination], text: str) -> list[Nomination]:
    """The nominations with a "during her tenure of service as Y" clause cut off, plus Y.

    Args:
        noms: The nominations read so far.
        text: The Doc text.

    Returns:
        The nominations in their order, each whose office ran into the clause followed by the
        office held (status "current", the entry's claims and Senate flag kept).
    """
    if "tenure of service" not in text:
        return noms
    from .nominations import clean_title  # the nominations module imports much; only when needed

    out: list[Nomination] = []
    for n in noms:
        out.append(n)
        if n.status != "nominee" or "tenure" not in n.title:
            continue
        m = _TENURE.search(text, n.start, max(n.end, n.start))
        if m is None:
            continue
        stop = _END.search(text, m.end())
        hi = stop.start() if stop else len(text)
        second = clean_title(text[m.end():hi])
        cut = _TENURE.split(n.title, maxsplit=1)[0].rstrip(" ,")
        if not second or not second[0].isupper() or not cut or cut == n.title:
            continue
        out[-1] = dataclasses.replace(n, title=cut, end=m.start())
        out.append(dataclasses.replace(n, start=m.end(), end=hi, title=second, status="current",
                                       until=None, since=None))
    return out
