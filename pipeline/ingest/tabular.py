"""CSV and Parquet: one article per row, with the columns named by the user.

``--text-column`` (default ``text``) is required; ``--id-column`` (``id``),
``--published-column`` (``published``) and ``--title-column`` (``title``) are used when the
table has them (a table without an id column gets content ids, like .txt files). Columns named
like the JSONL fields ``source``, ``dateline``, ``country``, ``url`` and ``author`` are read too.
A column the user named explicitly that the table lacks stops the run with one line naming the
file, the column and the columns there are (:class:`~pipeline.errors.ColumnError`).
"""

from __future__ import annotations

import csv
import io
import math
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ColumnError, IngestError
from ..records import Article
from .base import Reject
from .fields import STRING_FIELDS, article_from_fields

_PARQUET_BATCH = 1024


@dataclass(frozen=True, slots=True)
class Columns:
    """Which table columns hold the article fields.

    Attributes:
        text: The article text (required in every table).
        id: The article id; None means ``id`` if the table has it, else content ids.
        published: The publication date; None means ``published`` if present.
        title: The title; None means ``title`` if present.
        explicit: Options the user set (``--id-column`` etc.): those columns must exist.
    """

    text: str = "text"
    id: str | None = None
    published: str | None = None
    title: str | None = None
    explicit: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *, text: str | None = None, id: str | None = None, published: str | None = None,  # noqa: A002
           title: str | None = None) -> "Columns":
        """Columns from options where None means "the default name, if the table has it"."""
        given = {k for k, v in (("text", text), ("id", id), ("published", published), ("title", title)) if v}
        return cls(text=text or "text", id=id, published=published, title=title, explicit=frozenset(given))

    def mapping(self, available: list[str], *, input: str) -> dict[str, str]:  # noqa: A002
        """``{field: column}`` for this table.

        Raises:
            ColumnError: The text column, or a column the user named, is not in the table.
        """
        chosen = {"text": self.text, "id": self.id or "id", "published": self.published or "published",
                  "title": self.title or "title"}
        out: dict[str, str] = {}
        for fld, col in chosen.items():
            if col in available:
                out[fld] = col
            elif fld == "text" or fld in self.explicit:
                raise ColumnError(input, col, available, option=f"--{fld}-column")
        for fld in STRING_FIELDS:
            if fld not in out and fld in available and fld not in chosen.values():
                out[fld] = fld
        return out


def _cell(value: object) -> object:
    """A table cell as a field value: missing values (NaN, None, "") become None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _rows_to_articles(rows: Iterator[tuple[int, Mapping[str, object]]], mapping: dict[str, str], *, name: str,
                      seen: set[str], max_chars: int | None, published: str | None,
                      encoding: str | None) -> Iterator[Article | Reject]:
    for rowno, row in rows:
        where = f"{name}:{rowno}"
        fields = {fld: _cell(row.get(col)) for fld, col in mapping.items()}
        if fields["text"] is None:
            yield Reject(input=where, reason="empty", message=f"{where}: no text in column {mapping['text']!r}")
            continue
        if isinstance(fields.get("id"), float) and fields["id"].is_integer():  # type: ignore[union-attr]
            fields["id"] = int(fields["id"])  # type: ignore[arg-type] # an integer id column with gaps reads as float
        try:
            yield article_from_fields(fields, input=where, seen=seen, max_chars=max_chars, published=published,
                                      encoding=encoding, id_required=False)
        except IngestError as e:
            yield Reject(input=where, reason=e.reason, message=str(e), article_id=None)


def read_csv(text: str, *, name: str, columns: Columns, seen: set[str], max_chars: int | None,
             published: str | None = None, encoding: str | None = None) -> Iterator[Article | Reject]:
    """Articles from a decoded CSV file with a header row; ``file:ROW`` counts data rows from 1.

    Raises:
        ColumnError: See :meth:`Columns.mapping`.
    """
    # Article texts are longer than csv's default field limit (128 KiB); the length limit is
    # --max-chars, checked per article.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h for h in (reader.fieldnames or []) if h is not None]
    mapping = columns.mapping(header, input=name)
    yield from _rows_to_articles(((i, row) for i, row in enumerate(reader, 1)), mapping, name=name, seen=seen,
                                 max_chars=max_chars, published=published, encoding=encoding)


def read_parquet(path: Path, *, name: str, columns: Columns, seen: set[str], max_chars: int | None,
                 published: str | None = None) -> Iterator[Article | Reject]:
    """Articles from a Parquet file, read in batches of rows.

    Raises:
        ColumnError: See :meth:`Columns.mapping`.
        IngestError: The file is not Parquet (reason ``unreadable``).
    """
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # noqa: BLE001 - pyarrow raises several types for a damaged file
        raise IngestError(f"is not a readable Parquet file ({type(e).__name__}: {e})", input=name,
                          reason="unreadable") from e
    mapping = columns.mapping(list(pf.schema_arrow.names), input=name)

    def rows() -> Iterator[tuple[int, Mapping[str, object]]]:
        n = 0
        for batch in pf.iter_batches(batch_size=_PARQUET_BATCH, columns=sorted(set(mapping.values()))):
            for row in batch.to_pylist():
                n += 1
                yield n, row

    yield from _rows_to_articles(rows(), mapping, name=name, seen=seen, max_chars=max_chars, published=published,
                                 encoding=None)
