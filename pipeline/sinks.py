"""Sinks: write article records as flat tables to Parquet, SQLite and PostgreSQL.

Several sinks can be open at once (``open_sinks(["parquet", "sqlite"], ...)``); each receives
the same batches of records. JSONL output is the run writer's job, so ``"jsonl"`` is accepted
here and opens nothing.

Every load is idempotent: an article id is the unit of replacement, and writing a batch first
removes whatever the sink holds for the batch's article ids, then writes their new rows.
Loading the same corpus twice (or reprocessing some articles) never duplicates a row.

* SQL (SQLite, PostgreSQL): one transaction per batch: ``DELETE ... WHERE article_id IN
  (batch ids)`` on every table (children first), then inserts; a failed batch rolls back and
  leaves the database as it was. SQLite inserts use ``executemany``; PostgreSQL uses ``COPY``.
  Only parameterised SQL reaches the server (identifiers come from :data:`tables.TABLES`).
* Parquet: one dataset per table, ``<out>/parquet/<table>/part-<hash>.parquet``, one file per
  table per batch, named by a hash of the batch's sorted article ids, so rewriting the same
  batch overwrites its files. An article reprocessed in a *different* batch is removed from the
  file that held it (that file is rewritten without its rows, or deleted when empty). The sink
  learns which file holds which article from the ``articles`` dataset when it opens (one
  column read) and keeps that map up to date, so one process should write a given Parquet
  directory at a time. Files are written to a dot-named temp file and renamed into place, and
  readers (pyarrow, pandas, DuckDB, Spark) ignore dot-files.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import sqlalchemy as sa

from pipeline import tables as T
from pipeline.errors import ConfigError, PipelineError

__all__ = [
    "Sink",
    "SinkError",
    "ParquetSink",
    "SqlSink",
    "FORMATS",
    "open_sinks",
    "read_tables",
    "sqlalchemy_url",
]

FORMATS = ("jsonl", "parquet", "sqlite", "postgres")
SQLITE_FILENAME = "news.sqlite"
PARQUET_DIRNAME = "parquet"

# SQLite's historical bound on host parameters is 999; stay below it for the DELETE lists.
_SQLITE_IN_CHUNK = 900
# Arbitrary constant naming this project's DDL lock among PostgreSQL advisory locks.
_DDL_LOCK_KEY = 0x6E657773  # "news"


class SinkError(PipelineError):
    """A sink could not write or read its tables."""


@runtime_checkable
class Sink(Protocol):
    """Something that stores batches of records; see :func:`open_sinks`."""

    def write_batch(self, records: list[dict[str, Any]]) -> None:
        """Store the records, replacing anything held for their article ids."""

    def close(self) -> None:
        """Flush and release resources; the sink is unusable afterwards."""


def _unique_by_article(records: Iterable[Any]) -> dict[str, Mapping[str, Any]]:
    """Records by article id, the last one winning, so a batch never collides with itself."""
    out: dict[str, Mapping[str, Any]] = {}
    for rec in records:
        if not isinstance(rec, Mapping) and hasattr(rec, "to_dict"):
            rec = rec.to_dict()
        out[rec["article"]["id"]] = rec
    return out


class _SinkBase:
    def __enter__(self) -> "_SinkBase":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- SQL


def sqlalchemy_url(url: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for a user-facing database URL or SQLite path.

    ``postgresql://`` and ``postgres://`` select the psycopg 3 driver (SQLAlchemy would pick
    psycopg2 otherwise); a filesystem path becomes a ``sqlite:///`` URL.
    """
    s = os.fspath(url)
    for prefix in ("postgresql://", "postgres://"):
        if s.startswith(prefix):
            return "postgresql+psycopg://" + s[len(prefix):]
    if "://" in s:
        return s
    return "sqlite:///" + str(Path(s).resolve())


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL + NORMAL: durable at each commit boundary that matters for a batch loader, and much
    # faster than the default rollback journal with FULL sync.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def create_engine(url: str | os.PathLike[str]) -> sa.Engine:
    """An engine for a database URL or SQLite path, with SQLite tuned for bulk loads."""
    sa_url = sqlalchemy_url(url)
    if sa_url.startswith("sqlite"):
        # Wait for a concurrent writer's batch instead of failing with "database is locked".
        engine = sa.create_engine(sa_url, connect_args={"timeout": 120})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(sa_url)


class SqlSink(_SinkBase):
    """Loads flat tables into a SQL database (SQLite or PostgreSQL), one transaction per batch.

    Args:
        url: Database URL (``postgresql://user@host:port/db``, ``sqlite:///path``) or a path to
            a SQLite file.
        create: Create missing tables and indexes on open.
    """

    def __init__(self, url: str | os.PathLike[str], *, create: bool = True) -> None:
        self.engine = create_engine(url)
        self.dialect = self.engine.dialect.name
        if self.dialect not in ("sqlite", "postgresql"):
            raise ConfigError(f"unsupported database {self.dialect!r}: use SQLite or PostgreSQL")
        if create:
            with self.engine.begin() as conn:
                if self.dialect == "postgresql":
                    # Workers opening sinks at once would race on CREATE TABLE; serialise them.
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _DDL_LOCK_KEY})
                T.METADATA.create_all(conn)
        self._tables = T.METADATA.sorted_tables  # parents first: insert order
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import ARRAY

            ids = sa.bindparam("ids", type_=ARRAY(sa.Text))
            self._pg_deletes = [t.delete().where(t.c.article_id == sa.any_(ids)) for t in reversed(self._tables)]
            self._copy_sql = {t.name: self._copy_statement(t) for t in self._tables}

    @staticmethod
    def _copy_statement(table: sa.Table) -> Any:
        from psycopg import sql

        return sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name),
            sql.SQL(", ").join(sql.Identifier(c.name) for c in table.columns),
        )

    def write_batch(self, records: list[dict[str, Any]]) -> None:
        """Replace the batch's articles in every table, in one transaction."""
        by_id = _unique_by_article(records)
        if not by_id:
            return
        ids = list(by_id)
        flat = T.flatten(by_id.values())
        try:
            with self.engine.begin() as conn:
                self._delete(conn, ids)
                for table in self._tables:
                    rows = flat[table.name]
                    if rows:
                        self._insert(conn, table, rows)
        except (sa.exc.SQLAlchemyError, self.engine.dialect.loaded_dbapi.Error) as exc:
            # COPY runs on the driver connection, so its errors arrive as DBAPI errors.
            raise SinkError(f"{self.dialect} load failed for a batch of {len(ids)} articles: {exc}") from exc

    def _delete(self, conn: sa.Connection, ids: list[str]) -> None:
        if self.dialect == "postgresql":
            for stmt in self._pg_deletes:
                conn.execute(stmt, {"ids": ids})
            return
        for table in reversed(self._tables):
            for i in range(0, len(ids), _SQLITE_IN_CHUNK):
                conn.execute(table.delete().where(table.c.article_id.in_(ids[i : i + _SQLITE_IN_CHUNK])))

    def _insert(self, conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        if self.dialect == "postgresql":
            names = [c.name for c in table.columns]
            # The same DBAPI connection as ``conn``, so COPY runs inside the batch transaction.
            dbapi = conn.connection.driver_connection
            with dbapi.cursor() as cur, cur.copy(self._copy_sql[table.name]) as copy:
                for row in rows:
                    copy.write_row([row[n] for n in names])
            return
        conn.execute(table.insert(), rows)

    def close(self) -> None:
        self.engine.dispose()


# --------------------------------------------------------------------------- Parquet

_PA_TYPES = {"str": "string", "int": "int64", "float": "float64", "bool": "bool_"}


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    return pa.schema(
        [pa.field(c.name, getattr(pa, _PA_TYPES[c.type])(), nullable=c.nullable) for c in T.TABLES[table].columns]
    )


def _write_parquet_atomic(table: Any, path: Path) -> None:
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class ParquetSink(_SinkBase):
    """Writes one Parquet dataset per table under ``root/<table>/`` (see the module docstring).

    Args:
        root: The Parquet directory, usually ``<out>/parquet``.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        import pyarrow.parquet as pq

        self.root = Path(root)
        self._schemas = {name: _arrow_schema(name) for name in T.TABLE_NAMES}
        for name in T.TABLE_NAMES:
            (self.root / name).mkdir(parents=True, exist_ok=True)
        self._where: dict[str, str] = {}
        for path in sorted((self.root / "articles").glob("part-*.parquet")):
            for aid in pq.read_table(path, columns=["article_id"]).column(0).to_pylist():
                self._where[aid] = path.name

    def write_batch(self, records: list[dict[str, Any]]) -> None:
        """Write the batch's files, then drop its articles from files that held them before."""
        import pyarrow as pa

        by_id = _unique_by_article(records)
        if not by_id:
            return
        ids = sorted(by_id)
        part = "part-" + hashlib.sha256("\n".join(ids).encode()).hexdigest()[:24] + ".parquet"
        stale = {self._where[a] for a in ids if a in self._where} - {part}
        flat = T.flatten(by_id.values())
        try:
            for name in T.TABLE_NAMES:
                path = self.root / name / part
                rows = flat[name]
                if rows:
                    schema = self._schemas[name]
                    cols = {f.name: [r[f.name] for r in rows] for f in schema}
                    _write_parquet_atomic(pa.Table.from_pydict(cols, schema=schema), path)
                else:
                    path.unlink(missing_ok=True)
            for old in sorted(stale):
                self._drop_articles(old, set(ids))
        except (OSError, pa.ArrowException) as exc:
            raise SinkError(f"parquet write to {self.root} failed: {exc}") from exc
        for aid in ids:
            self._where[aid] = part

    def _drop_articles(self, part: str, ids: set[str]) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        value_set = pa.array(sorted(ids), type=pa.string())
        for name in T.TABLE_NAMES:
            path = self.root / name / part
            if not path.exists():
                continue
            table = pq.read_table(path, schema=self._schemas[name])
            keep = table.filter(pc.invert(pc.is_in(table.column("article_id"), value_set=value_set)))
            if keep.num_rows == table.num_rows:
                continue
            if keep.num_rows:
                _write_parquet_atomic(keep, path)
            else:
                path.unlink()

    def close(self) -> None:
        self._where.clear()


# --------------------------------------------------------------------------- factory


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
    """
    names = [f.strip().lower() for f in (formats.split(",") if isinstance(formats, str) else formats)]
    names = [n for n in dict.fromkeys(names) if n]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise ConfigError(f"unknown output format(s) {unknown}; choose from {', '.join(FORMATS)}")
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
                    out.mkdir(parents=True, exist_ok=True)
                    sinks.append(SqlSink(out / SQLITE_FILENAME))
            elif name == "postgres":
                if not db_url or not db_url.startswith(("postgresql", "postgres://")):
                    raise ConfigError("the postgres format needs --db postgresql://user@host:port/dbname")
                sinks.append(SqlSink(db_url))
    except Exception:
        for s in sinks:
            s.close()
        raise
    return sinks


# --------------------------------------------------------------------------- reading


def _read_sql(url: str | os.PathLike[str]) -> dict[str, Any]:
    import pandas as pd

    engine = create_engine(url)
    try:
        out: dict[str, Any] = {}
        with engine.connect() as conn:
            for name in T.TABLE_NAMES:
                result = conn.execute(sa.select(T.METADATA.tables[name]))
                frame = pd.DataFrame(result.all(), columns=list(result.keys()))
                out[name] = T.normalise_frame(name, frame)
        return out
    except sa.exc.SQLAlchemyError as exc:
        raise SinkError(f"cannot read tables from {url}: {exc}") from exc
    finally:
        engine.dispose()


def _read_parquet(root: Path) -> dict[str, Any]:
    import pyarrow.dataset as ds

    out: dict[str, Any] = {}
    for name in T.TABLE_NAMES:
        folder = root / name
        if not folder.is_dir() or not any(folder.glob("*.parquet")):
            out[name] = T.empty_frame(name)
            continue
        dataset = ds.dataset(folder, format="parquet", schema=_arrow_schema(name))
        out[name] = T.normalise_frame(name, dataset.to_table().to_pandas())
    return out


def read_tables(path_or_url: str | os.PathLike[str]) -> dict[str, Any]:
    """Read the flat tables back as pandas DataFrames.

    Args:
        path_or_url: A Parquet directory (``<out>/parquet`` or ``<out>``), a SQLite file
            (``<out>/news.sqlite``), or a database URL (``postgresql://...``, ``sqlite:///...``).

    Returns:
        Table name -> DataFrame with pandas nullable dtypes, rows sorted by primary key; the
        same frames :func:`pipeline.tables.to_frames` gives for the records that were loaded.

    Raises:
        SinkError: Nothing readable at that place.
    """
    s = os.fspath(path_or_url)
    if "://" in s:
        return _read_sql(s)
    path = Path(s)
    if path.is_file():
        return _read_sql(path)
    if path.is_dir():
        if (path / PARQUET_DIRNAME).is_dir():
            return _read_parquet(path / PARQUET_DIRNAME)
        if (path / "articles").is_dir():
            return _read_parquet(path)
        if (path / SQLITE_FILENAME).is_file():
            return _read_sql(path / SQLITE_FILENAME)
    raise SinkError(f"no Parquet tables or SQLite database at {s}")
