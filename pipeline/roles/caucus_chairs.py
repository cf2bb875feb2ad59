"""The chair of a legislature's caucus is a legislator: "Democratic Caucus Chairman X", "CBC Chair,
X", "X, the Chair of the Congressional Hispanic Caucus", "Senate Republican Conference Chair X".

A caucus of Congress (the House Democratic Caucus, the Congressional Black, Hispanic and Asian
Pacific American Caucuses: House of Representatives, "Congressional Member Organizations"), and a
party's conference in either chamber, written with the chamber (the Senate and House Republican
Conferences, the Senate Democratic Conference: the party's members of that chamber; a state party's
"Texas Democratic Conference" or the Conference of Mayors is none) is
made of members of the legislature and chaired by one of them; the post is held as a legislator
(the annotation guide's category for members of a legislature, as "Chairman of the Foreign
Relations Committee" is). The readers keep only "Chair" of such a title when the caucus is
written before it or after it: the caucus words around the title decide the category, and are
put back into the title.
"""

from __future__ import annotations

import re

__all__ = ["caucus_chairs"]

_CHAIR = re.compile(r"^(?:Vice[ -])?(?:Co-)?Chair(?:man|woman|person)?$", re.IGNORECASE)
# the caucus written right before the title on its line: "Democratic Caucus Chairman", "CBC Chair";
# the initials of the Congressional Black, Hispanic and Asian Pacific American Caucuses
_BEFORE = re.compile(r"(?:\b(?:(?:Democratic|Republican|Congressional|House|Senate)\s+)?(?:[A-Z][\w-]*\s+){0,3}"
                     r"Caucus|\b(?:CBC|CHC|CAPAC)|\b(?:House|Senate)\s+(?:Democratic|Republican)\s+Conference)[^\S\n]+$")
_AFTER = re.compile(r"^[^\S\n]+of[^\S\n]+the[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){0,4}Caucus\b")


def caucus_chairs(body: str, out: list) -> None:
    """Make, in place, the chairs of a legislature's caucus legislators, with the caucus in the title.

    Args:
        body: The document text (the candidates' offsets point into it).
        out: The stage's resolved readings (:class:`pipeline.roles.reader.Candidate`).
    """
    for c in out:
        if c.role != "official_other" or not _CHAIR.match(c.title.strip()) or c.title_start < 0 \
                or c.organization:
            continue
        line = body.rfind("\n", 0, c.title_start) + 1
        before = _BEFORE.search(body, max(line, c.title_start - 48), c.title_start)
        end = c.title_start + len(c.title)
        after = _AFTER.match(body[end:end + 80]) if body[c.title_start:end] == c.title else None
        if before is not None:
            c.title = f"{before.group(0).strip()} {c.title}"
        elif after is not None:
            c.title = f"{c.title}{after.group(0)}".replace("\n", " ")
        else:
            continue
        c.role = "legislator"
