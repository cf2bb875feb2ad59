"""Fiscal years the candidate sources miss.

The model reads the year of "the FY 2022 President's Budget" or "the Fiscal 2022 Budget" as a
cardinal inside a name, and a typo that glues the next sentence on ("in FY23.And") hides
"FY23" from the token patterns. A fiscal-year word right before a year makes it a date in any
of these forms: this module finds them in the text and lets the normaliser value them (US
federal fiscal years are named by the year they end in, so "FY 2022" is 2022).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

__all__ = ["fiscal_year_dates"]

Found = list[tuple[int, int, str, "str | None"]]

# (the first letter first, the look-behind after it, so that ``re`` skips to it: the same matches as
# r"(?<![\w/.=-])(?:FY|Fiscal\s+[Yy]ear|Fiscal|fiscal\s+year)[ \t]?'?(?:\d{4}|\d{2})(?![\w/-]|\.\d)")
_FISCAL_YEAR = re.compile(r"[Ff](?<![\w/.=-][Ff])(?:(?<=F)Y|(?<=F)iscal\s+[Yy]ear|(?<=F)iscal|(?<=f)iscal\s+year)"
                          r"[ \t]?'?(?:\d{4}|\d{2})(?![\w/-]|\.\d)")
# The stretch of text around a match that marks a link or a file name ("fiscal-year-2022/", "FY2022.pdf").
_LINKISH = re.compile(r"https?:|www\.|\.gov|\.pdf|%20|\]\(")


def fiscal_year_dates(text: str, found: Found, anchor: dt.date | None,
                      interpret: Callable[[str, "dt.date | None", "str | None"], Found]) -> Found:
    """The fiscal years of ``text`` that no expression in ``found`` covers, valued.

    Args:
        text: The document text.
        found: The expressions found so far (``(start, end, type, value)``, any order).
        anchor: The publication date, or None.
        interpret: The normaliser.

    Returns:
        New ``(start, end, "DATE", year)`` expressions, possibly none.
    """
    out: Found = []
    for m in _FISCAL_YEAR.finditer(text):
        s, e = m.span()
        if any(fs < e and s < fe for fs, fe, *_ in found):
            continue
        token_start = max(text.rfind(" ", 0, s), text.rfind("\n", 0, s), text.rfind("(", 0, s)) + 1
        token_end = min((i for i in (text.find(" ", e), text.find("\n", e), text.find(")", e)) if i != -1), default=len(text))
        if _LINKISH.search(text, token_start, token_end):
            continue
        parts = interpret(m.group(0), anchor, None)
        if len(parts) == 1 and parts[0][2] == "DATE" and parts[0][3]:
            out.append((s, e, "DATE", parts[0][3]))
    return out
