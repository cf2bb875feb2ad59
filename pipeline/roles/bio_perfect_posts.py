"""More sentence frames of a biography that name an office held now (:mod:`.nomination_bios`).

- "Since 2019, she has been the Deputy Administrator of the X Agency": the present perfect of
  "be" with an office runs to the present (a held office; the years of the clause give "since");
- "He currently holds the position of Deputy Director of the X Bureau": an office held now (the
  past "held the post of X" is read by :mod:`.nomination_bios`).

The table's lower-case law-enforcement posts (:mod:`.bio_service_posts`) are added here too.

The patterns are built from the biography reader's own title and list patterns, so they cut an
office as it does; its tests of a public office apply to what they find.
"""

from __future__ import annotations

import re

from .bio_gates import gated
from .bio_service_posts import service_post_patterns

__all__ = ["perfect_post_patterns"]


def perfect_post_patterns(title: str, art: str) -> tuple:
    """``(pattern, status, kind)`` rows in the form of the biography reader's table.

    Args:
        title: The reader's pattern of one office title.
        art: Its pattern of an optional article.
    """
    return (
        # "headed": only an office head word before "of" makes a post ("has been an advocate of X" is none)
        (gated(re.compile(rf"\bha(?:s|ve)\s+(?:also\s+)?been\s+(?:the\s+|an?\s+)(?P<o>{title})"), " been "), "current", "headed"),
        (gated(re.compile(rf"\b(?:currently\s+)?holds\s+(?:the\s+)?(?:position|post|office|title)\s+of\s+{art}(?P<o>{title})"),
               "holds"), "current", "office"),
    ) + service_post_patterns()  # "served as a police officer with the X Police Department"
