"""Where a nominee's name opens a heading: at the start of a line, or after a colon ("Nominee for
X: Adm. Jane Doe"), perhaps after a military rank or an honorific.

The same matches, in the same order, as ``re.finditer`` of the one pattern per name::

    (?:^|:\\s+(?:RANK\\s+)?)(?:HONORIFIC\\s+)?FIRST(?!\\w)[^\\n,:]{0,40}?\\bLAST\\b   (re.MULTILINE)

but the rank and honorific alternations are compiled once, not once per nominee: compiling
them is most of the cost of reading a list of nominees' biographies (~1.3 ms a name). Only the
short name part is compiled per name. Exact because a match can only start at a line start or
a colon, and at a given position the rank and the honorific (each followed by white space) can
match one way only, so the regex's backtracking order reduces to the fixed order of the tries
below: with the honorific before without, with the rank before without, the line start before
the colon.
"""

from __future__ import annotations

import re

from .nominations import HONORIFIC, RANK

__all__ = ["heading_name_spans"]

_BREAK_OR_COLON = re.compile(r"[\n:]")
_SPACE = re.compile(r"\s+")
_RANK = re.compile(rf"{RANK}\s+")
_HONORIFIC = re.compile(rf"{HONORIFIC}\s+")


def heading_name_spans(text: str, first: str, last: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each heading match of the name ``first ... last`` in ``text``, in text
    order and not overlapping (what ``finditer`` of the module docstring's pattern returns)."""
    name = re.compile(rf"{re.escape(first)}(?!\w)[^\n,:]{{0,40}}?\b{re.escape(last)}\b")
    out: list[tuple[int, int]] = []
    pos = 0
    for p in _starts(text):
        if p < pos:
            continue
        end = _match_at(text, p, name)
        if end is not None:
            out.append((p, end))
            pos = end
    return out


def _starts(text: str) -> list[int]:
    """The positions a heading match can start at, in order: each line start (as ``^`` matches
    in multi-line mode: the text's start and after each line break) and each colon."""
    found = {0}
    for m in _BREAK_OR_COLON.finditer(text):
        found.add(m.end() if m.group() == "\n" else m.start())
    return sorted(found)


def _match_at(text: str, p: int, name: re.Pattern[str]) -> int | None:
    """End of the heading match starting at ``p``, or None: first as a line start (``^``), then
    as a colon followed by white space and perhaps a rank."""
    if p == 0 or text[p - 1] == "\n":
        end = _after_honorific(text, p, name)
        if end is not None:
            return end
    if text.startswith(":", p):
        space = _SPACE.match(text, p + 1)
        if space is not None:
            rank = _RANK.match(text, space.end())
            if rank is not None:
                end = _after_honorific(text, rank.end(), name)
                if end is not None:
                    return end
            return _after_honorific(text, space.end(), name)
    return None


def _after_honorific(text: str, q: int, name: re.Pattern[str]) -> int | None:
    """End of the name at ``q`` after an optional honorific (tried with it first, as the
    pattern's greedy ``?`` does)."""
    title = _HONORIFIC.match(text, q)
    if title is not None:
        m = name.match(text, title.end())
        if m is not None:
            return m.end()
    m = name.match(text, q)
    return m.end() if m is not None else None
