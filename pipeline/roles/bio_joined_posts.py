"""A biography's "joined X as Y": the office a career step began with (:mod:`.nomination_bios`).

"Ravas joined the Office of the Inspector General as Counsel to the Inspector General in 2019",
"She joined the Department of State as a Foreign Service Officer in 1995": the body joined and the
post taken there, as "served at X as Y" writes them. A biography tells the career that led to the
nomination, so the post is a past one unless the text says it is held now (the reader's
"currently serves as" frames read those). The body named between "joined" and "as" is the list's
frame, so a firm's post ("joined Acme LLP as Partner") stays no public office by the reader's tests.
"""

from __future__ import annotations

import re

from .bio_gates import gated

__all__ = ["joined_post_patterns"]


def joined_post_patterns(office_list: str, art: str) -> tuple:
    """``(pattern, status, kind)`` rows in the form of the biography reader's table.

    Args:
        office_list: The reader's pattern of a list of office titles.
        art: Its pattern of an optional article.
    """
    return (
        # the body joined runs to "as" within the clause; a person joined ("joined him", "joined
        # Senator X as co-sponsor") or forces joined are no body
        (gated(re.compile(rf"\bjoined\s+(?!(?:him|her|them|us|me|forces)\b)(?:[^.;:\n]|(?<=[A-Z])\.){{2,120}}?"
                          rf"\s+as\s+{art}(?P<o>{office_list})"), "joined"), "former", "office"),
    )
