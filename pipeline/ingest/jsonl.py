"""JSON Lines: one article per line, ``{"id": ..., "text": ..., ...}`` (see :mod:`.fields`)."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

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


_CHUNK = 1 << 20


def plain_utf8(path: Path) -> bool:
    """Whether a file can be read line by line as UTF-8 with the same result as decoding it
    whole (:func:`pipeline.ingest.decode.decode_bytes`): valid UTF-8 (an optional UTF-8 BOM),
    no NUL byte near the start, some text, not mostly control characters. One pass over the
    file in 1 MB chunks, so the check itself holds one chunk at a time."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    head = ""
    content = False
    try:
        with path.open("rb") as f:
            first = True
            while True:
                chunk = f.read(_CHUNK)
                if first:
                    bom = chunk.startswith(codecs.BOM_UTF8)
                    if not bom and (chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
                                    or b"\x00" in chunk[:8192]):
                        return False  # UTF-16/32, or binary: the whole-file path decides
                    chunk = chunk[len(codecs.BOM_UTF8):] if bom else chunk
                    first = False
                text = decoder.decode(chunk, final=not chunk)
                if len(head) < 4096:
                    head += text[:4096 - len(head)]
                content = content or bool(text.strip())
                if not chunk:
                    break
    except (OSError, UnicodeDecodeError):
        return False
    head = head.removeprefix("\ufeff")
    control = sum(1 for c in head if ord(c) < 32 and c not in "\n\r\t\f\v")
    # The whole-file decoder's own checks (empty, binary) are left to it: it gives the reject.
    return content and control <= 0.1 * min(len(head), 4096)


def stream_jsonl(path: Path, *, name: str, seen: set[str], max_chars: int | None,
                 published: str | None = None) -> Iterator[Article | Reject]:
    """:func:`read_jsonl` over a UTF-8 file (:func:`plain_utf8`) read line by line, so a large
    corpus is never in memory at once. Lines are split exactly as ``str.splitlines`` splits the
    whole text (each ``\\n``-ended chunk is split again), so line numbers and rejects agree."""
    lineno = 0
    with path.open("rb") as f:
        for i, raw in enumerate(f):
            chunk = raw.decode("utf-8")
            if i == 0:
                chunk = chunk.removeprefix("\ufeff")
            for line in chunk.splitlines():
                lineno += 1
                if not line.strip():
                    continue
                where = f"{name}:{lineno}"
                try:
                    yield parse_jsonl_line(line, input=where, seen=seen, max_chars=max_chars, published=published)
                except IngestError as e:
                    yield Reject(input=where, reason=e.reason, message=str(e), article_id=None)
