"""Who speaks an office-only transcript turn ("THE PRESIDENT:"), read from the title."""

from __future__ import annotations

import re

from ..knowledge.offices import HONORIFICS

__all__ = ["title_turn_name"]

# A name after the office: up to three capitalised words ("Hale", "Ann Hale", "Ann B. Hale").
_INITIAL = re.compile(r"[A-Z]\.")
_NAME = r"((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]+)"


def title_turn_name(label: str, title: str) -> str | None:
    """The name a title writes after the office of a turn label: "THE PRESIDENT" in "Remarks by
    President Hale and Prime Minister Oduya" is "Hale"; "THE VICE PRESIDENT" in "Remarks by Vice
    President Ruiz" is "Ruiz" (and "THE PRESIDENT" is not her).

    Args:
        label: The label's text ("THE PRESIDENT").
        title: The article's title.

    Returns:
        The name as written, or None when the title names nobody with that office.
    """
    words = [w for w in label.lower().split() if w.rstrip(".") not in HONORIFICS and w != "the"]
    if not words:
        return None
    office = r"\s+".join(re.escape(w) for w in words)
    # the office in any case, the name capitalised; not "Vice President" for "THE PRESIDENT"
    m = re.search(rf"(?<![\w-])(?<!(?i:vice) )(?<!(?i:former) )(?i:{office})\s+{_NAME}", title)
    if m is None:
        return None
    # A title capitalises every word ("President Hale Honoring the Fallen"): an office in a title
    # takes a surname, or a first name, an initial and a surname ("President Ann B. Hale").
    words = m.group(1).split()
    return " ".join(words) if len(words) == 3 and _INITIAL.fullmatch(words[1]) else words[0]
