"""The news words a nomination form's office runs on into ("as Home Secretary in a reshuffle").

The announcement forms (:mod:`pipeline.roles.nominations`) read an office to the end of its
sentence, which in a nomination document is the office ("as Member of the X Board"). A wire story
goes on after the office with the circumstances and the attribution: "has appointed Jane Roe as
Home Secretary in a wide-ranging reshuffle, Downing Street announced", "... as ambassador on
Monday", "... as envoy with immediate effect". None of these is part of an office's name: an
office is named by nouns and "of/for/to" phrases, never by an indefinite "in a", a day of the
week or a reporting clause.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .nominations import Nomination

__all__ = ["trim_news_tail"]

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TAIL = re.compile(
    r"\s+in\s+an?\s+[a-z]"  # "in a reshuffle", "in an interim capacity"
    rf"|\s+(?:on|from|last|this|next)\s+{_DAYS}\b|\s+(?:last|this|next)\s+(?:week|month|year)\b"
    r"|\s+with\s+immediate\s+effect\b|,?\s+effective\s+(?:immediately|from|on)\b"
    r"|,\s+(?:[\w.’'-]+\s+){1,4}(?:said|says|announced|confirmed|reported|added)\b"  # ", Downing Street announced"
    r"|,\s+according\s+to\b")


def trim_news_tail(n: "Nomination") -> "Nomination":
    """The nomination with its office cut before a news tail ("Home Secretary in a reshuffle,
    Downing Street announced" -> "Home Secretary"); unchanged when the office has none."""
    m = _TAIL.search(n.title)
    if m is None or m.start() == 0:
        return n
    title = n.title[:m.start()].rstrip(" ,")
    return dataclasses.replace(n, title=title, end=max(n.start, n.end - (len(n.title) - len(title))))
