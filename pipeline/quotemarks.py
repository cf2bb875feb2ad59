"""Quote-mark pairing: where the quotations of a text begin and end.

A leaf module (no spaCy, no stage imports), shared by the quotes and forces stages.

Pairing never fails on broken input: an opening mark left open at the end of its paragraph is
dropped, unless the next paragraph opens with a quote mark (the news convention for a
quotation running over several paragraphs) or a closing mark follows within a few short
paragraphs with no other mark in between (text split one sentence per line). Single marks (‘...’) count as quotes only outside
a double-quoted stretch, so a nested ‘...’ stays part of the outer quotation, and a ’ between
letters ("Korea’s", "we’ll") is an apostrophe, never a close. Curly double marks nest
(“... ‘... “...”’ ...”); marks a converter turned round (“...,“said X) and tokenised ones
(``...'', " ... ") are paired too. Marks inside markup tags (``<img src="..." sizes="...">``,
``<a href="...">`` in texts scraped from web pages) delimit attribute values, never quotations:
the tags are blanked out before pairing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PARAGRAPH_REOPEN", "QuotePair", "find_quote_pairs", "has_opening_mark"]

# ``...'' is the Penn Treebank spelling of a double quote, kept by some tokenised corpora.
_DOUBLE_MARKS = re.compile(r"``|''|[\"“”«»]")
_SINGLE_MARKS = re.compile(r"(?<!')['‘’](?!')")
# Every quotation starts with one of these (’, ”, » and '' only close).
_OPENING_MARK = re.compile(r"[\"“«`‘']")
# A straight ' before a clitic is an apostrophe, even after a space ("Korea 's").
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m|t)\b", re.IGNORECASE)
# Inside an open quotation, an opening mark after sentence punctuation that is followed by a
# space, the end of the text or a lower-case word ("...,“said X") is a closing mark turned round.
_CURLY_OPEN = frozenset("“«")
_TURNED_CLOSE = re.compile(r"\s|$|[a-z]")
_PUNCT_BEFORE = re.compile(r"[.,!?;][ \t]*$")
# A sentence's end right before a mark: where a joined paragraph break re-opens a quotation.
_SENTENCE_END_BEFORE = re.compile(r"[.!?][ \t]+$")
# A paragraph that opens with a quote mark: a quotation carried on from the paragraph before.
PARAGRAPH_REOPEN = re.compile(r"\n[\s*_]*[\"“‘«'][ \t]*")
# A quotation left open at a line break may run on to a closing mark a few short lines later.
_PARAGRAPH_BREAK = re.compile(r"\n[\s*_]*")
_TURN_LABEL = re.compile(r"[A-Z][A-Z.' -]{0,40}:")
# An HTML/XML tag: "<" and a tag name (or "/", "!"), up to the next ">" with no "<" between.
_MARKUP_TAG = re.compile(r"<[A-Za-z/!][^<>]{0,4000}>")
_RUN_ON_MAX_CHARS = 1200
_RUN_ON_MAX_BREAKS = 4
_OPENING_CONTEXT = frozenset(" \n\t([{—–-/“‘\"'*_")
_CLOSING_CONTEXT = frozenset(" \n\t.,;:!?)]}—–-/”’\"'*_…")


@dataclass(frozen=True, slots=True)
class QuotePair:
    """A quotation found in a text.

    Attributes:
        start: Offset of the first character inside the marks.
        end: Offset just past the last character inside the marks.
        single: Whether the marks are single (‘...’, '...').
        straight: Whether a straight mark (" or ') opens or closes it.
    """

    start: int
    end: int
    single: bool
    straight: bool


def has_opening_mark(text: str) -> bool:
    """Whether any mark in ``text`` could open a quotation (a cheap test before pairing)."""
    return _OPENING_MARK.search(text) is not None


def find_quote_pairs(text: str) -> list[QuotePair]:
    """Pair quote marks in ``text``; never raises, whatever the marks.

    Args:
        text: Normalised article text (hard wraps joined), e.g. ``doc.text``.

    Returns:
        Inner ranges (without the marks, trimmed of spaces and a trailing comma), in text order.
    """
    global _LAST
    last = _LAST  # (the roles, forces and quotes stages each pair the marks of the same text)
    if last[0] is text or last[0] == text:
        return list(last[1])
    pairs = _find_quote_pairs(text)
    _LAST = (text, tuple(pairs))
    return pairs


# The last text paired and its quotations: one tuple, replaced whole.
_LAST: tuple[str | None, tuple[QuotePair, ...]] = (None, ())


def _find_quote_pairs(text: str) -> list[QuotePair]:
    if "<" in text:
        text = _MARKUP_TAG.sub(_blank, text)  # same length: offsets stay valid
    doubles = _pair_double(text)
    singles = _pair_single(text, doubles)
    pairs = sorted(doubles + singles, key=lambda p: p.start)
    out: list[QuotePair] = []
    for p in pairs:
        start, end = p.start, p.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        if end > start:
            out.append(QuotePair(start, end, p.single, p.straight))
    return out


def _blank(m: re.Match) -> str:
    """A markup tag as spaces (line breaks kept), so its attribute values pair with nothing."""
    return re.sub(r"[^\n]", " ", m.group())


def _role(text: str, i: int, mark: str) -> str:
    """"open", "close" or "either" for the quote mark at ``i``."""
    if mark in ("“", "«", "‘", "``"):
        return "open"
    if mark in ("”", "»", "’", "''"):
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENING_CONTEXT and after not in " \n\t"
    closes = after in _CLOSING_CONTEXT and before not in " \n\t"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _pair_double(text: str) -> list[QuotePair]:
    """Pair double marks, keeping a curly quotation nested in another one inside it.

    Tokenised or badly converted text sometimes turns the marks around (``“...,“said X`` and
    ``” It ...“`` at a paragraph's edges): an opening mark that follows sentence punctuation
    inside an open quotation and is not followed by a word starting a capitalised sentence
    closes it, and a closing mark that starts a paragraph opens one.
    """
    pairs: list[QuotePair] = []
    stack: list[tuple[int, bool, bool]] = []  # (inner start, straight, curly) of open quotations
    inner: list[QuotePair] = []  # closed quotations nested in the open outer one
    for m in _DOUBLE_MARKS.finditer(text):
        i, mark = m.start(), m.group()
        role = _role(text, i, mark)
        if (stack and "\n" in text[stack[0][0]:i] and not _continues(text, stack[0][0], i)
                and not (len(stack) == 1 and _closes(text, i, mark, role) and _runs_on(text, stack[0][0], i))):
            # The outer quotation ran past its paragraph and the next one does not re-open it:
            # it was never closed; what was closed inside it still counts.
            pairs.extend(inner)
            stack, inner = [], []
        if not stack:
            if role in ("open", "either") or (role == "close" and _is_paragraph_reopen(text, i)):
                stack.append((m.end(), mark == '"', mark in _CURLY_OPEN))
            continue
        if role == "open" and not (
            mark in _CURLY_OPEN and _TURNED_CLOSE.match(text, m.end()) and _PUNCT_BEFORE.search(text, max(0, i - 4), i)
        ):
            if _is_paragraph_reopen(text, i) or (len(stack) == 1 and _is_joined_reopen(text, i, mark, stack[0])):
                continue
            if not (mark in _CURLY_OPEN and stack[-1][2]):
                # Only curly marks nest: an earlier straight or `` mark was never closed.
                pairs.extend(inner)
                stack, inner = [], []
            stack.append((m.end(), mark == '"', mark in _CURLY_OPEN))
            continue
        start, straight, _curly = stack.pop()
        pair = QuotePair(start, i, False, straight or mark == '"')
        if stack:
            inner.append(pair)
        else:
            pairs.append(pair)
            inner = []
    pairs.extend(inner)
    return sorted(pairs, key=lambda p: p.start)


def _closes(text: str, i: int, mark: str, role: str) -> bool:
    """Whether the mark at ``i`` can only close a quotation (or is a closing mark turned round)."""
    if role == "close":
        return True
    end = i + len(mark)
    return mark in _CURLY_OPEN and bool(_TURNED_CLOSE.match(text, end)) and bool(
        _PUNCT_BEFORE.search(text, max(0, i - 4), i))


def _runs_on(text: str, open_at: int, i: int) -> bool:
    """Whether a quotation opened at ``open_at`` runs on, unbroken, to the closing mark at ``i``.

    Text split one sentence per line or paragraph (sentence-split exports, tokenised corpora
    rebuilt as text) breaks a quotation of several sentences without re-opening it; the next
    closing mark, a few short paragraphs on and with no other mark in between, ends it. A turn
    label ("MR. SMITH:") in between starts another speaker's words, so the quotation did not run on.
    """
    stretch = text[open_at:i]
    if len(stretch) > _RUN_ON_MAX_CHARS or _DOUBLE_MARKS.search(stretch):
        return False
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(stretch)[1:] if p.strip()]
    return len(paragraphs) <= _RUN_ON_MAX_BREAKS and not any(_TURN_LABEL.match(p) for p in paragraphs)


def _is_paragraph_reopen(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return line_start > 0 and text[line_start:i].strip(" \t*_") == ""


def _is_joined_reopen(text: str, i: int, mark: str, opened: tuple[int, bool, bool]) -> bool:
    """Whether an opening mark re-opens the open quotation at a paragraph break that was joined.

    Text with one paragraph per line has its line breaks joined as soft wraps; a quotation of
    two paragraphs then reads "... target. “Price ...”": the same kind of mark as the one that
    opened it, right after a sentence's end and before a capital, with no mark in between.
    """
    start, straight, curly = opened
    if (mark == '"') != straight or (mark in _CURLY_OPEN) != curly:
        return False
    if not _SENTENCE_END_BEFORE.search(text, max(start, i - 4), i):
        return False
    return text[i + 1:i + 2].isupper() and not _DOUBLE_MARKS.search(text, start, i)


def _continues(text: str, open_at: int, i: int) -> bool:
    """Whether each paragraph break between ``open_at`` and ``i`` is followed by a quote mark."""
    pos = text.find("\n", open_at, i)
    while pos != -1:
        m = PARAGRAPH_REOPEN.match(text, pos)
        nxt = text.find("\n", pos + 1, i)
        if not m:
            # Blank lines between paragraphs: only the last break before text matters.
            rest = text[pos:nxt if nxt != -1 else i]
            if rest.strip(" \t\n*_"):
                return False
        pos = nxt
    return True


def _pair_single(text: str, doubles: list[QuotePair]) -> list[QuotePair]:
    inside = [(p.start, p.end) for p in doubles]
    pairs: list[QuotePair] = []
    open_at: int | None = None
    open_straight = False
    k = 0
    for m in _SINGLE_MARKS.finditer(text):
        i, mark = m.start(), m.group()
        while k < len(inside) and inside[k][1] < i:
            k += 1
        if k < len(inside) and inside[k][0] <= i < inside[k][1]:
            continue  # nested in a double-quoted stretch: part of that quotation
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # apostrophe inside a word
        if open_at is not None and "\n" in text[open_at:i]:
            open_at = None
        is_open = after.isalnum() and (
            mark == "‘" or (mark == "'" and before in _OPENING_CONTEXT and not _CLITIC.match(text, i))
        )
        is_close = mark != "‘" and not before.isspace() and not after.isalnum()
        if is_open and not (is_close and open_at is not None):
            open_at, open_straight = i, mark == "'"
            continue
        if not is_close or open_at is None:
            continue
        if before in "sS" and after in " \t" and _later_close(text, i, mark):
            continue  # plural possessive ("the allies’ support"), a later mark closes
        pairs.append(QuotePair(open_at + 1, i, True, open_straight or mark == "'"))
        open_at = None
    return pairs


def _later_close(text: str, i: int, mark: str) -> bool:
    end = text.find("\n", i)
    end = len(text) if end == -1 else end
    for j in range(i + 1, end):
        if text[j] == mark and not (text[j + 1:j + 2].isalnum() and text[j - 1].isalnum()):
            return True
    return False
