"""Senate list entries that give a rank for the tenure of an office: "Jane Doe, of Ohio, a
Career Member of the Senior Foreign Service, Class of Minister-Counselor, for the rank of
Ambassador during her tenure of service as United States Representative to the X Organization."

The entry has no "to be": the nominee is appointed to the office (a representative to an
international organisation or a council) and the Senate confirms the personal rank of
Ambassador for as long as the office is held (the form of the US "Nominations Sent to the
Senate" lists and congress.gov nomination records, PN numbers of the Department of State). The
office after "tenure of service as" is the nominee's; the rank is no office of its own. The
entry is read whole, so that no other reading inside it (a name the parser made of the
organisation's words) stands.
"""

from __future__ import annotations

import re

from .name_patterns import H as _H, NAME
from .nominations import Nomination, clean_title

__all__ = ["rank_tenures"]

_ENTRY = re.compile(
    rf"^{_H}*(?P<name>{NAME}),{_H}+of{_H}+(?:the{_H}+)?[A-Z][^,\n]{{1,40}},{_H}+"
    rf"(?:an?{_H}+[^,\n]{{1,80}}?(?:,{_H}+Class{_H}+of{_H}+[^,\n]{{1,40}})?,{_H}+)?"
    rf"for{_H}+the{_H}+(?:personal{_H}+)?rank{_H}+of{_H}+[A-Z][\w-]*(?:{_H}+[A-Z][\w-]*)*{_H}+"
    rf"during{_H}+(?:his|her|their|the){_H}+tenure{_H}+of{_H}+service{_H}+as{_H}+(?:the{_H}+|an?{_H}+)?"
    rf"(?P<office>[A-Z][^\n]*?)(?=\.{_H}*$|,{_H}+vice{_H}|{_H}+\((?i:new|reappointment)\b|$)",
    re.MULTILINE)
"""The entry on one line (the text keeps a list item per line); the office ends with the line's
full stop, a "vice" clause or a parenthesised note."""
_OF_US = re.compile(rf"{_H}+of{_H}+the{_H}+United{_H}+States(?:{_H}+of{_H}+America)?(?={_H}+on{_H})")


def rank_tenures(text: str) -> list[Nomination]:
    """The offices of "for the rank of Ambassador during her tenure of service as X" entries.

    Args:
        text: The Doc text (one list item per line).

    Returns:
        One nominee Nomination per entry, claiming the whole entry.
    """
    if "tenure" not in text:
        return []
    out: list[Nomination] = []
    for m in _ENTRY.finditer(text):
        # the title without the country words (dev README), also before "on the Council of X"
        title = clean_title(_OF_US.sub("", m.group("office")))
        if not title or not title[0].isupper():
            continue
        # one space between words, "Doe, Jr." -> "Doe Jr." (as the other list readers write names)
        name = re.sub(r",\s*(Jr\.|Sr\.|II|III|IV)(?!\w)", r" \1", re.sub(r"\s+", " ", m.group("name"))).strip()
        out.append(Nomination(name, m.start("name"), m.start(), m.end("office"), title, "nominee",
                              claims=(m.start(), m.end()), senate=True))
    return out
