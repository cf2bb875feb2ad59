"""Sinks: write article records as flat tables to Parquet, SQLite and PostgreSQL; read them back.

Several sinks can be open at once (``open_sinks(["parquet", "sqlite"], ...)``); each receives
the same batches of records. JSONL output (``records.jsonl``) is the run writer's job, so
``"jsonl"`` is accepted here and opens nothing; :func:`read_tables` reads it like the others.

Every load is idempotent and keeps the sink in sync with its inputs: writing a batch first
removes whatever the sink holds for the batch's article ids and source keys, then writes their
new rows, so loading a corpus twice never duplicates a row and an edited source replaces its
old rows; ``prune(keep)`` removes the articles of sources no longer among the inputs (see
:mod:`pipeline.sinks.base`). Modules: :mod:`~pipeline.sinks.sql` (SQLite, PostgreSQL),
:mod:`~pipeline.sinks.parquet`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError

from .base import SOURCE_KEY, Sink, SinkError, keyed_batch

# SQLAlchemy and pyarrow load only when a sink is used: a JSONL-only run never needs them.
_LAZY = {"ParquetSink": "parquet", "read_parquet": "parquet", "arrow_schema": "parquet", "METADATA": "sql",
         "SqlSink": "sql", "create_engine": "sql", "read_sql": "sql", "safe_url": "sql", "sqlalchemy_url": "sql"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Sink",
    "SinkError",
    "ParquetSink",
    "SqlSink",
    "FORMATS",
    "METADATA",
    "SOURCE_KEY",
    "open_sinks",
    "check_formats",
    "read_tables",
    "create_engine",
    "sqlalchemy_url",
    "safe_url",
    "keyed_batch",
]

FORMATS = ("jsonl", "parquet", "sqlite", "postgres")
SQLITE_FILENAME = "news.sqlite"
PARQUET_DIRNAME = "parquet"
RECORDS_FILENAME = "records.jsonl"


def check_formats(formats: Sequence[str] | str, db_url: str | None = None) -> list[str]:
    """The requested formats, checked before any work: known names, and a URL where one is needed.

    Raises:
        ConfigError: An unknown format, or ``"postgres"`` without a PostgreSQL URL.
    """
    names = [f.strip().lower() for f in (formats.split(",") if isinstance(formats, str) else formats)]
    names = [n for n in dict.fromkeys(names) if n]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise ConfigError(f"unknown output format(s) {unknown}; choose from {', '.join(FORMATS)}")
    if "postgres" in names and (not db_url or not db_url.startswith(("postgresql", "postgres://"))):
        raise ConfigError("the postgres format needs --db postgresql://user@host:port/dbname")
    return names


def open_sinks(
    formats: Sequence[str] | str,
    *,
    out_dir: str | os.PathLike[str],
    db_url: str | None = None,
) -> list[Sink]:
    """Open one sink per requested format.

    Args:
        formats: Names from :data:`FORMATS`, as a list or a comma-separated string
            (``"jsonl,parquet,sqlite"``). ``"jsonl"`` opens nothing (the run writer owns it).
        out_dir: Output directory: Parquet goes to ``out_dir/parquet/<table>/``, SQLite to
            ``out_dir/news.sqlite``.
        db_url: Database URL. Required for ``"postgres"`` (``postgresql://...``); a
            ``sqlite:///...`` URL here replaces the default SQLite file.

    Returns:
        The open sinks, in the order requested; close each one (or use it as a context manager).

    Raises:
        ConfigError: An unknown format, or ``"postgres"`` without a PostgreSQL URL.
        SinkError: A store cannot be opened (one line naming it and the fix).
    """
    names = check_formats(formats, db_url)
    from .parquet import ParquetSink
    from .sql import SqlSink

    out = Path(out_dir)
    sinks: list[Sink] = []
    try:
        for name in names:
            if name == "parquet":
                sinks.append(ParquetSink(out / PARQUET_DIRNAME))
            elif name == "sqlite":
                if db_url and db_url.startswith("sqlite:"):
                    sinks.append(SqlSink(db_url))
                else:
                    try:
                        out.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise SinkError(f"cannot create the output folder {out}: {exc.strerror or exc}; "
                                        f"choose a writable --out") from exc
                    sinks.append(SqlSink(out / SQLITE_FILENAME))
            elif name == "postgres":
                sinks.append(SqlSink(db_url))
    except Exception:
        for s in sinks:
            s.close()
        raise
    return sinks


def _read_jsonl(path: Path) -> dict[str, Any]:
    from pipeline.frames import to_frames

    return to_frames(path)


def read_tables(path_or_url: str | os.PathLike[str]) -> dict[str, Any]:
    """Read the flat tables back as typed pandas DataFrames.

    Args:
        path_or_url: A Parquet directory (``<out>/parquet``), a SQLite file
            (``<out>/news.sqlite``), a ``records.jsonl`` file, a database URL
            (``postgresql://...``, ``sqlite:///...``), or an output folder (its Parquet
            tables, else its SQLite file, else its ``records.jsonl``).

    Returns:
        Table name -> DataFrame, exactly the frames :func:`pipeline.to_frames` gives for the
        records that were loaded (same columns, dtypes, categories and row order).

    Raises:
        SinkError: Nothing readable at that place.
    """
    from pipeline.errors import PipelineError
    from pipeline.frames import typed_frames

    from .parquet import read_parquet
    from .sql import read_sql

    s = os.fspath(path_or_url)
    if "://" in s:
        return typed_frames(read_sql(s))
    path = Path(s)
    if path.is_file():
        if path.suffix == ".jsonl":
            try:
                return _read_jsonl(path)
            except PipelineError as exc:
                raise SinkError(str(exc)) from exc
        return typed_frames(read_sql(path))
    if path.is_dir():
        if (path / PARQUET_DIRNAME).is_dir():
            return typed_frames(read_parquet(path / PARQUET_DIRNAME))
        if (path / "articles").is_dir():
            return typed_frames(read_parquet(path))
        if (path / SQLITE_FILENAME).is_file():
            return typed_frames(read_sql(path / SQLITE_FILENAME))
        if (path / RECORDS_FILENAME).is_file():
            return _read_jsonl(path / RECORDS_FILENAME)
    raise SinkError(f"no Parquet tables, SQLite database or records.jsonl at {s}")
