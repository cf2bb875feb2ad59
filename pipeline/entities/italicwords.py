"""A word of another language set in italics, which the model tagged as a person.

Transcripts and statements set the words of other languages in italics (Markdown ``*...*`` in
the ingested text): a greeting ("*Shalom*"), a blessing, a motto ("*E pluribus unum*"). The
model, meeting a capitalised word it does not know at the start of such a phrase, often tags
it a PERSON. English sets a person's name in italics almost never: an italic stretch with a
name in it is the title of a work or a heading, and those have other capitalised words around
the name ("*A Statement from President Roe:*", "*Ana Ruiz: A Life in Service*"). So a PERSON
span inside an italic stretch whose other words are all lower case, and whose first word is no
listed given name, is a foreign word or phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..names import is_given_name
from ..nlp import original_range, raw_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["italic_foreign_words"]

# one italic stretch of a paragraph: single asterisks, not the double ones of bold type; a
# hard-wrapped text may break the line inside it, never leave a blank line
_ITALIC = re.compile(r"(?<!\*)\*(?!\*)((?:[^*\n]|\n(?![ \t]*\n))+?)(?<!\*)\*(?!\*)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[^\W\d_]+")
_REACH = 2000  # characters read around the span for its paragraph (a paragraph is shorter)


def _italic_stretch(raw: str, start: int, end: int) -> tuple[int, int] | None:
    """The italic stretch of ``raw`` (without its asterisks) that holds ``[start, end)``, or None."""
    lo = max(0, start - _REACH)
    breaks = [m.end() for m in _BLANK_LINE.finditer(raw, lo, start)]
    para_start = breaks[-1] if breaks else lo
    after = _BLANK_LINE.search(raw, end, min(len(raw), end + _REACH))
    para_end = after.start() if after else min(len(raw), end + _REACH)
    for m in _ITALIC.finditer(raw, para_start, para_end):
        if m.start(1) <= start and end <= m.end(1):
            return m.start(1), m.end(1)
        if m.start(1) > start:
            break
    return None


def italic_foreign_words(span: "SpacySpan") -> bool:
    """Whether the PERSON ``span`` is a foreign word or phrase set in italics ("*Shalom*", "*Ahlan
    wa sahlan*"): inside one italic stretch whose other words are all lower case, and not
    starting with a listed given name.

    Args:
        span: A PERSON span of a parsed article.
    """
    doc = span.doc
    raw = raw_text(doc)
    if "*" not in raw or is_given_name(span[0].text):
        return False
    start, end = original_range(doc, span.start_char, span.end_char)
    stretch = _italic_stretch(raw, start, end)
    if stretch is None:
        return False
    rest = raw[stretch[0]:start] + " " + raw[end:stretch[1]]
    return all(w.islower() for w in _WORD.findall(rest))
