"""JSON Lines: one article per line, ``{"id": ..., "text": ..., ...}`` (see :mod:`.fields`)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import IngestError
from ..records import Article
from .base import Reject
from .fields import article_from_fields


def parse_jsonl_line(line: str, *, input: str, seen: set[str],  # noqa: A002
                     max_chars: int | None = None, published: str | None = None,
                     encoding: str | None = None) -> Article:
    """Build an Article from one JSONL line.

    Args:
        line: The line.
        input: ``file:LINE``, for messages.
        seen: Ids already read (the new id is added).
        max_chars: Longest text accepted (None: no limit).
        published: Date for a line without its own (``--published``).
        encoding: The file's encoding when not UTF-8.

    Raises:
        IngestError: Malformed JSON, a missing or bad field, an empty or too long text, a repeated id.
    """
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise IngestError(f"malformed JSON ({e.msg} at column {e.colno})", input=input, reason="bad_json") from e
    except RecursionError as e:
        raise IngestError("malformed JSON (nested too deeply)", input=input, reason="bad_json") from e
    if not isinstance(obj, dict):
        raise IngestError("a JSONL line must be an object with 'id' and 'text'", input=input, reason="bad_json")
    return article_from_fields(obj, input=input, seen=seen, max_chars=max_chars, published=published,
                               encoding=encoding)


def read_jsonl(text: str, *, name: str, seen: set[str], max_chars: int | None, published: str | None = None,
               encoding: str | None = None) -> Iterator[Article | Reject]:
    """Every line of a decoded JSONL file as an Article or a Reject (``file:LINE``)."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            yield parse_jsonl_line(line, input=where, seen=seen, max_chars=max_chars, published=published,
                                   encoding=encoding)
        except IngestError as e:
            yield Reject(input=where, reason=e.reason, message=str(e), article_id=None)
