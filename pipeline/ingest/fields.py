"""One article from named fields: the shared core of the JSONL, CSV and Parquet readers.

Fields (the JSONL names; CSV/Parquet columns map onto them): ``id`` and ``text`` (required;
a table without an id column gets a content id), ``title``, ``published`` (YYYY-MM-DD or an
ISO 8601 date-time), ``source``, ``dateline``, ``country`` (ISO3 of the publisher's home
country), ``url``, ``author``.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import IngestError
from ..records import Article
from .base import ISO3, check_encodable, check_published, content_id, find_dateline, one_line, title_line_end, too_long, with_title

STRING_FIELDS = ("title", "source", "dateline", "country", "url", "author")


def article_from_fields(obj: Mapping[str, object], *, input: str, seen: set[str],  # noqa: A002
                        max_chars: int | None = None, published: str | None = None,
                        encoding: str | None = None, id_required: bool = True) -> Article:
    """Validate named fields and build the Article.

    Args:
        obj: The fields (a parsed JSONL object, or a table row under the JSONL names).
        input: Where it came from (``file:LINE``), for messages.
        seen: Ids already read in this run; the new id is added.
        max_chars: Longest text accepted (None: no limit).
        published: Date for an input without its own (``--published``).
        encoding: The file's encoding when not UTF-8.
        id_required: False for tables without an id column: the id is then derived from the text.

    Raises:
        IngestError: A required field is missing, a field has the wrong type or form, the
            text is empty or too long, or the id was seen before.
    """
    for key in ("id", "text") if id_required else ("text",):
        if key not in obj or obj[key] is None:
            raise IngestError(f"missing required field {key!r}", input=input, reason="missing_field")
    text = obj["text"]
    if not isinstance(text, str):
        raise IngestError(f"'text' must be a string, got {type(text).__name__}", input=input, reason="bad_field")
    if not text.strip():
        raise IngestError("'text' is empty", input=input, reason="empty")
    art_id = obj.get("id")
    if art_id is None:
        art_id = content_id(text)
    if isinstance(art_id, int) and not isinstance(art_id, bool):
        art_id = str(art_id)
    if not isinstance(art_id, str) or not art_id.strip():
        raise IngestError(f"'id' must be a non-empty string, got {type(art_id).__name__}", input=input, reason="bad_field")
    for key in STRING_FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise IngestError(f"{key!r} must be a string", input=input, reason="bad_field")
    check_encodable(art_id, input=input, field="id")
    for key in ("text", *STRING_FIELDS):
        if obj.get(key) is not None:
            check_encodable(obj[key], input=input, field=key)  # type: ignore[arg-type]
    country = obj.get("country") or None
    if country is not None and not ISO3.match(country):  # type: ignore[arg-type]
        raise IngestError(f"'country' must be an ISO 3166-1 alpha-3 code like 'USA', got {country!r}",
                          input=input, reason="bad_field")
    own = check_published(obj.get("published"), input=input)
    title = one_line(obj.get("title"))  # type: ignore[arg-type]
    text = with_title(title, text.removeprefix("\ufeff"))
    if max_chars is not None and len(text) > max_chars:
        raise too_long(len(text), max_chars, input=input)
    if art_id in seen:
        raise IngestError(f"duplicate id {art_id!r} (ids must be unique; the first one was kept)",
                          input=input, reason="duplicate_id")
    dateline = obj.get("dateline") or find_dateline(text, body_start=title_line_end(text, title))
    seen.add(art_id)
    return Article(id=art_id, text=text, source=obj.get("source") or None, title=title,  # type: ignore[arg-type]
                   dateline=dateline, published=own or published, country=country,  # type: ignore[arg-type]
                   url=obj.get("url") or None, author=obj.get("author") or None,  # type: ignore[arg-type]
                   encoding=encoding)
