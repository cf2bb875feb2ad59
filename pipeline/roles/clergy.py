"""A church's minister is clergy, not a government minister (roles stage).

"Minister" is also the title of a congregation's pastor: lists of faith leaders in readouts and
news write "Rev. Jane Roe, Senior Minister, First Baptist Church" or "Rev. Dr. Jane Roe, Minister
and Chaplain". Such a post has no portfolio ("Minister of Finance", "Defence Minister" have one),
and its holder is styled as clergy ("Rev.", "Pastor", "Bishop") or the post is written with a
place of worship. A public office is never titled so, so the post gives no role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["clergy_post"]

# A minister's title without a portfolio: the congregation's ranks of ministers.
_BARE_MINISTER = re.compile(r"^(?:senior |associate |assistant |executive |youth |lead |head )?minister"
                            r"(?: and (?:chaplain|pastor|elder))?$", re.IGNORECASE)
# Styles of clergy written before a name (Merriam-Webster: reverend, pastor, bishop).
_CLERGY_STYLE = re.compile(r"\b(?:Rev\.?|Reverend|Pastor|Bishop|Rabbi|Imam|Father|Fr\.)\s+(?:Dr\.?\s+)?$")
# Places of worship and church bodies written with the post ("Senior Minister, First AME Church").
_WORSHIP = re.compile(r"\b(?:Church|Chapel|Cathedral|Temple|Synagogue|Mosque|Parish|Ministries|Congregation|"
                      r"Baptist|Methodist|Presbyterian|Episcopal|Lutheran|AME)\b")


def clergy_post(body: str, c: "Candidate") -> bool:
    """Whether ``c``'s post is a congregation's minister: a minister's title without a portfolio
    whose holder is styled as clergy, or written with a place of worship right after it.

    Args:
        body: The Doc text.
        c: A role candidate (``start``/``end`` its evidence, ``title_start`` its title).
    """
    if not _BARE_MINISTER.match(c.title.strip()):
        return False
    lo = min(c.start, c.title_start) if c.title_start >= 0 else c.start
    if any(_CLERGY_STYLE.search(body, max(0, at - 30), at) for at in (lo, _name_at(body, c))):
        return True
    return bool(_WORSHIP.search(body, c.start, min(len(body), c.end + 80))) \
        or bool(_WORSHIP.search(c.name or ""))


def _name_at(body: str, c: "Candidate") -> int:
    """Where the holder's name is written inside the evidence (its start when not found)."""
    at = body.find(c.name, c.start, c.end) if c.name else -1
    return at if at >= 0 else c.start
