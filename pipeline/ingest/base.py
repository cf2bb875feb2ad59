"""Pieces every input format shares: rejects, ids, dates, limits, and the title rule."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime

from ..errors import IngestError
from ..textnorm import dateline_span

DEFAULT_MAX_CHARS = 1_000_000
"""Longest article accepted (characters): spaCy's default ``nlp.max_length``."""

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# An ISO 8601 date-time ("2024-03-07T08:15:00Z", "2024-03-07 08:15"): its date part is the
# date as the publisher wrote it, which is what relative dates in the text are relative to.
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,80}>|\*\*|__|^#+\s*")
ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, kw_only=True, slots=True)
class Reject:
    """An input that could not become an article, and why.

    Attributes:
        input: The file as the user named it, with ``:LINE`` for a JSONL line or ``:ROW`` for a
            CSV/Parquet row.
        reason: A short code: ``empty``, ``binary``, ``undecodable``, ``bad_json``,
            ``missing_field``, ``bad_field``, ``duplicate_id``, ``too_long``, ``unsupported_type``,
            ``unreadable``, ``invalid_record``, ``processing_error``.
        message: What is wrong and how to fix it.
        article_id: The article id when known.
    """

    input: str
    reason: str
    message: str
    article_id: str | None = None

    def to_dict(self) -> dict:
        return {"input": self.input, "reason": self.reason, "message": self.message, "article_id": self.article_id}


def content_id(text: str) -> str:
    """A stable id from the content: the first 16 hex digits of SHA-256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def check_published(value: object, *, input: str) -> str | None:  # noqa: A002
    """Validate a YYYY-MM-DD publication date (None and "" pass as None).

    An ISO 8601 date-time string, a :class:`datetime.date` or :class:`datetime.datetime` gives
    its date part.

    Raises:
        IngestError: anything else, naming the value and the expected form.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        m = _DATETIME.match(value.strip())
        if m:
            value = m.group(1)
    if not isinstance(value, str) or not _DATE.match(value):
        raise IngestError(f"published must be YYYY-MM-DD, got {value!r}", input=input, reason="bad_field")
    try:
        date.fromisoformat(value)
    except ValueError as e:
        raise IngestError(f"published is not a calendar date: {value!r}", input=input, reason="bad_field") from e
    return value


def too_long(n_chars: int, max_chars: int, *, input: str, at_least: bool = False) -> IngestError:  # noqa: A002
    """The error for an article over the length limit, saying how to raise it."""
    return IngestError(
        f"article has {'at least ' if at_least else ''}{n_chars:,} characters, more than the limit of "
        f"{max_chars:,}; split it, or raise the limit with --max-chars N (engine.run(max_chars=N)) if the "
        f"machine has the memory for it",
        input=input, reason="too_long",
    )


def check_encodable(value: str, *, input: str, field: str) -> None:  # noqa: A002
    """Refuse strings that cannot be written out as UTF-8 (JSON may carry lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise IngestError(f"{field!r} contains an unpaired surrogate {value[e.start]!r} at character {e.start}",
                          input=input, reason="bad_field") from e


def strip_markup(line: str) -> str:
    """A title line without Markdown/HTML emphasis and with single spaces."""
    return re.sub(r"\s+", " ", _MARKUP.sub("", line)).strip()


def one_line(title: str | None) -> str | None:
    """A title as one line of single-spaced text (None when nothing is left)."""
    if title is None:
        return None
    return " ".join(title.split()) or None


def with_title(title: str | None, body: str) -> str:
    """The article text under the one title rule: the title is the text's first line.

    Every format analyses its title the same way: as the first line of the article text,
    followed by a blank line, so the NLP stages see it once and know it is a headline
    (:func:`pipeline.nlp.prepare` treats a first line equal to ``Article.title`` as the title
    line). A body that already starts with its title is kept as it is; otherwise the title is
    put in front of it. Without a title the body is the text.

    Args:
        title: The title from the input's metadata (JSONL/CSV field, HTML, front matter), one line.
        body: The article body.
    """
    if not title:
        return body
    first = body.split("\n", 1)[0]
    if strip_markup(first).casefold() == title.casefold():
        return body
    return f"{title}\n\n{body}"


def title_line_end(text: str, title: str | None) -> int:
    """Where the body starts: past the title line and the blank line(s) after it (0 without one)."""
    if not title:
        return 0
    first, sep, rest = text.partition("\n")
    if not sep or strip_markup(first).casefold() != title.casefold():
        return 0
    return len(text) - len(rest.lstrip())


def find_dateline(text: str, *, body_start: int = 0) -> str | None:
    """The ``CITY—`` dateline at the start of the body, or None."""
    dl = dateline_span(text, body_start=body_start)
    return text[dl[0]:dl[1]].strip() if dl else None
