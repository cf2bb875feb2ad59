"""A body's name read as an office: "Nominee for Principal Deputy Director, Office of the Director
of National Intelligence" gives the nominee the office before the comma; the words after it name
the body the office belongs to, not a second office.

A title that starts with a body noun and "of" ("Office of ...", "Department of ...", "Bureau of
...") and does not end in an office's head word (the office ontology's ``heads``; "Office of the
Special Envoy" ends in one and is left alone) is a body, as the linking readers judge the titles
they read ("the Office of the Secretary of Defense"), unless an office of its own follows the body's name
(:mod:`.agency_prefixed_titles`). A body's possessive names what follows it: its office ("the
Department's Deputy Secretary") or one of its units ("the Department's Office of Policy"), a body.
"""

from __future__ import annotations

import re

from ..knowledge.offices import load_offices
from .agency_prefixed_titles import office_after_body

__all__ = ["body_title"]

_BODY_OF = re.compile(r"^(?:the\s+)?(?:U\.S\.\s+|United\s+States\s+)?(?:Office|Department|Bureau|Embassy|Ministry|Agency|"
                      r"Mission|Consulate|Directorate|Division)\s+(?:of|for|to|in)\b")


def body_title(title: str) -> bool:
    """Whether an office title is a body's name ("Office of the Director of National Intelligence").

    Args:
        title: The office as the stage reads it.
    """
    if not _BODY_OF.match(title or ""):
        return False
    owner = list(re.finditer(r"[’']s\s+", title))
    if owner:
        # "Department of State’s Deputy Assistant Secretary for X": the body's office; "Department
        # of Commerce’s Office of the General Counsel": a unit of the body, itself a body, whatever its
        # name ends in (the person works in the office the unit is named after, not in that office)
        return _BODY_OF.match(title[owner[-1].end():]) is not None
    off = load_offices()
    words = [w.strip(".,;:()’'") for w in title.lower().split()]
    if words[0] == "the":
        words = words[1:]
    # "Department of State Acting Assistant Secretary for X Affairs": the body's name modifies an office
    return words[-1] not in off.heads and not office_after_body(words, off.heads, off.connectors)
