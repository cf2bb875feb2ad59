"""Blank-line paragraphs of a bench document, as spans into its text (shared by fetch.py and
savetext.py).

A paragraph ends at a blank line. Many White House transcripts write their blank lines with
spaces or non-breaking spaces in them ("\\n \\n"), so splitting on "\\n\\n" alone left 1,379 of
the 14,249 bench documents with a paragraph of more than 1,500 words (a whole briefing), which no
excerpt of 400-900 words could be cut from; a line of only whitespace counts as blank here (43
such documents are left). Spans, not split strings, so that an excerpt is saved verbatim with the
document's own separators.
"""

from __future__ import annotations

import re

_BLANK = re.compile(r"\n[ \t\u00a0\u2009\u202f\u3000]*\n(?:[ \t\u00a0\u2009\u202f\u3000]*\n)*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Half-open (start, end) character spans of the non-empty paragraphs of ``text``."""
    spans, at = [], 0
    for m in _BLANK.finditer(text):
        if text[at:m.start()].strip():
            spans.append((at, m.start()))
        at = m.end()
    if text[at:].strip():
        spans.append((at, len(text)))
    return spans


def excerpt(text: str, first: int, last: int) -> str:
    """Paragraphs ``first`` to ``last`` (1-based, inclusive), verbatim from the first one's start
    to the last one's end."""
    spans = paragraph_spans(text)
    if not 1 <= first <= last <= len(spans):
        raise ValueError(f"paragraphs {first}-{last} out of range 1-{len(spans)}")
    return text[spans[first - 1][0]:spans[last - 1][1]].rstrip()
