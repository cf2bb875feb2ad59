"""A Senate nomination list whose entries the text runs together on one line.

The list readers (:mod:`.nominations`) read a Senate list one entry per line ("Jane Doe, of
Ohio, to be ..."), as the White House writes it. A list written with a line break and no blank
line between entries reaches the stage as one paragraph ("NOMINATIONS SENT TO THE SENATE: Jane
Doe, of Ohio, to be X. John Roe, of Utah, to be Y."): the text normalisation joins the
hard-wrapped lines of a paragraph. Each entry still starts after the colon of the heading or the
full stop of the entry before, with the list's own form "NAME, of PLACE, (a ...,) to be": the
space before it is given back its line break, the text's length and offsets unchanged.
"""

from __future__ import annotations

import re

from .name_patterns import NAME

__all__ = ["senate_lines"]

# (the first letters first, the word boundary checked after them, so that ``re`` skips to them: the
# same matches as r"\b(?:NOMINATIONS?|WITHDRAWALS?)\b[^\n]{0,40}\bSENT\b")
_HEADER = re.compile(r"(?-i:[NnWw])(?<!\w.)(?:(?<=n)OMINATIONS?|(?<=w)ITHDRAWALS?)\b[^\n]{0,40}\bSENT\b", re.IGNORECASE)
# The space after a heading's colon or an entry's full stop, before the next entry's form.
_ENTRY_START = re.compile(rf"(?<=[.:])[^\S\n](?=[^\S\n]*{NAME},[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][^,\n]{{1,40}},"
                          rf"[^\S\n]+(?:an?[^\S\n]+[^,\n]{{1,80}}?(?:,[^\S\n]+Class[^\S\n]+of[^\S\n]+[^,\n]{{1,40}})?,[^\S\n]+)?"
                          rf"(?:to[^\S\n]+be|for[^\S\n]+the[^\S\n]+rank)\b)")


def senate_lines(text: str) -> str:
    """``text`` with a line break before each Senate list entry written inside a line.

    Args:
        text: The Doc text.

    Returns:
        A text of the same length (only spaces turned into line breaks); ``text`` itself when it
        has no Senate list heading.
    """
    if _HEADER.search(text) is None:
        return text
    cuts = [m.start() for m in _ENTRY_START.finditer(text)]
    if not cuts:
        return text
    chars = list(text)
    for at in cuts:
        chars[at] = "\n"
    return "".join(chars)
