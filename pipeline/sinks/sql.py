"""SQL sinks (SQLite, PostgreSQL): typed DDL from :data:`pipeline.tables.TABLES`, batch loads.

DDL (:data:`METADATA`): one table per flat table, primary keys, foreign keys to ``articles``
(``ON DELETE CASCADE``; ``mentions`` also to ``entities``), indexes on the columns analysts
filter on. Logical types map to:

========  ==================  ===========================
logical   PostgreSQL          SQLite
========  ==================  ===========================
str       TEXT                TEXT
int       BIGINT              BIGINT (integer)
float     DOUBLE PRECISION    REAL
number    NUMERIC (exact)     REAL
bool      BOOLEAN             BOOLEAN (0/1)
date      DATE                DATE (text ``YYYY-MM-DD``)
json      JSONB               TEXT (JSON)
========  ==================  ===========================

Loads: one transaction per batch: the batch's article ids, plus the ids of articles holding
one of its source keys (see :mod:`pipeline.sinks.base`), are deleted from every table
(children first), then the new rows are inserted; a failed batch rolls back and leaves the
database as it was. SQLite inserts use ``executemany``; PostgreSQL uses ``COPY``. Only
parameterised SQL reaches the server (identifiers come from :data:`pipeline.tables.TABLES`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from pipeline import tables as T
from pipeline.errors import ConfigError

from .base import SOURCE_KEY, SinkBase, SinkError, keyed_batch

__all__ = ["METADATA", "SqlSink", "create_engine", "sqlalchemy_url", "safe_url", "read_sql"]

# SQLite's historical bound on host parameters is 999; stay below it for the IN lists.
_SQLITE_IN_CHUNK = 900
# Arbitrary constant naming this project's DDL lock among PostgreSQL advisory locks.
_DDL_LOCK_KEY = 0x6E657773  # "news"
# Seconds to wait for a PostgreSQL server before calling it unreachable.
_CONNECT_TIMEOUT = 10

# Text, not String(n): record strings have no natural bound and both engines store Text as
# efficiently as VARCHAR.
_SA_TYPES: dict[str, Any] = {
    "str": sa.Text(),
    "int": sa.BigInteger(),
    "float": sa.Double(),
    "number": sa.Numeric().with_variant(sa.Double(), "sqlite"),
    "bool": sa.Boolean(),
    "date": sa.Date(),
    "json": sa.Text().with_variant(postgresql.JSONB(), "postgresql"),
}


def _build_metadata() -> sa.MetaData:
    md = sa.MetaData()
    for spec in T.TABLES.values():
        cols = [
            sa.Column(c.name, _SA_TYPES[c.type], nullable=c.nullable, primary_key=c.name in spec.primary_key,
                      autoincrement=False, comment=f"record field: {c.source}")
            for c in spec.columns
        ]
        extra: list[Any] = []
        if spec.name == "articles":
            cols.append(sa.Column(SOURCE_KEY, sa.Text(), nullable=False,
                                  comment="stable key of the input (path below the input folder, or JSONL id)"))
            extra.append(sa.Index(f"ix_articles_{SOURCE_KEY}", SOURCE_KEY, unique=True))
        else:
            extra.append(sa.ForeignKeyConstraint(["article_id"], ["articles.article_id"], ondelete="CASCADE",
                                                 name=f"fk_{spec.name}_article"))
        if spec.name == "mentions":
            extra.append(sa.ForeignKeyConstraint(["article_id", "entity_id"], ["entities.article_id", "entities.id"],
                                                 ondelete="CASCADE", name="fk_mentions_entity"))
        extra += [sa.Index(f"ix_{spec.name}_{col}", col) for col in spec.indexes]
        sa.Table(spec.name, md, *cols, *extra)
    return md


METADATA: sa.MetaData = _build_metadata()


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


def safe_url(url: str | os.PathLike[str]) -> str:
    """The URL as shown to a user: the password masked, a SQLite path as given."""
    s = os.fspath(url)
    if "://" not in s:
        return s
    try:
        return sa.engine.make_url(s).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return s


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
    if sa_url.startswith("postgresql"):
        return sa.create_engine(sa_url, connect_args={"connect_timeout": _CONNECT_TIMEOUT})
    return sa.create_engine(sa_url)


def _reason(exc: BaseException) -> str:
    """The driver's own message on one line, without SQLAlchemy's SQL and parameter dump."""
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split())[:300] or type(orig).__name__


def connect_error(url: str | os.PathLike[str], exc: BaseException) -> SinkError:
    """A one-line error for a database that cannot be opened: what, where, and the fix."""
    shown = safe_url(url)
    reason = _reason(exc)
    low = reason.lower()
    if "://" not in os.fspath(url) or shown.startswith("sqlite"):
        return SinkError(f"cannot open SQLite database {shown}: {reason}; check that its folder exists and "
                         f"is writable, or choose another --out / --db")
    parsed = sa.engine.make_url(sqlalchemy_url(url))
    if "database" in low and "does not exist" in low:
        return SinkError(f"PostgreSQL database {parsed.database!r} does not exist at {shown}: create it "
                         f"(createdb -h {parsed.host or 'localhost'} -p {parsed.port or 5432} "
                         f"-U {parsed.username or 'postgres'} {parsed.database}) or fix --db")
    if "authentication" in low or ("role" in low and "does not exist" in low):
        return SinkError(f"PostgreSQL at {shown} refused the login ({reason}): fix the user or password in --db")
    if any(w in low for w in ("connection refused", "could not connect", "timeout", "timed out",
                              "no route", "name or service", "could not translate", "connection failed")):
        return SinkError(f"cannot connect to PostgreSQL at {shown} ({reason}): start the server (`make postgres` "
                         f"starts a local one) or fix the host and port in --db")
    return SinkError(f"cannot use the database at {shown}: {reason}")


def _outdated_tables(conn: sa.Connection) -> list[str]:
    """Tables that exist but lack columns this version writes, as "table lacks a, b"."""
    inspector = sa.inspect(conn)
    present = set(inspector.get_table_names())
    out = []
    for table in METADATA.sorted_tables:
        if table.name in present:
            have = {c["name"] for c in inspector.get_columns(table.name)}
            missing = [c.name for c in table.columns if c.name not in have]
            if missing:
                out.append(f"{table.name} lacks {', '.join(missing)}")
    return out


def _to_date(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _to_float(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


class SqlSink(SinkBase):
    """Loads flat tables into a SQL database (SQLite or PostgreSQL), one transaction per batch.

    Args:
        url: Database URL (``postgresql://user@host:port/db``, ``sqlite:///path``) or a path to
            a SQLite file.
        create: Create missing tables and indexes on open.

    Raises:
        SinkError: The database cannot be reached or opened (one line naming it and the fix).
        ConfigError: The URL names a database other than SQLite or PostgreSQL.
    """

    def __init__(self, url: str | os.PathLike[str], *, create: bool = True) -> None:
        self.url = url
        try:
            self.engine = create_engine(url)
        except (sa.exc.ArgumentError, ImportError) as exc:
            raise ConfigError(f"bad database URL {safe_url(url)}: {exc}") from exc
        self.dialect = self.engine.dialect.name
        if self.dialect not in ("sqlite", "postgresql"):
            raise ConfigError(f"unsupported database {self.dialect!r}: use SQLite or PostgreSQL")
        try:
            with self.engine.begin() as conn:
                if create:
                    if self.dialect == "postgresql":
                        # Workers opening sinks at once would race on CREATE TABLE; serialise them.
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _DDL_LOCK_KEY})
                    METADATA.create_all(conn)
                outdated = _outdated_tables(conn)
        except (sa.exc.SQLAlchemyError, self.engine.dialect.loaded_dbapi.Error) as exc:
            self.engine.dispose()
            raise connect_error(url, exc) from exc
        if outdated:
            self.engine.dispose()
            raise SinkError(f"the tables in {safe_url(url)} were made by an older version of the pipeline "
                            f"({'; '.join(outdated)}): drop them (they are rebuilt from records.jsonl on the next "
                            f"run) or load into another database")
        self._tables = METADATA.sorted_tables  # parents first: insert order
        self._articles = METADATA.tables["articles"]
        if self.dialect == "postgresql":
            from psycopg import sql

            self._copy_sql = {
                t.name: sql.SQL("COPY {} ({}) FROM STDIN").format(
                    sql.Identifier(t.name), sql.SQL(", ").join(sql.Identifier(c.name) for c in t.columns))
                for t in self._tables}
        else:
            # SQLite's driver binds neither Decimal nor "YYYY-MM-DD" strings to REAL / DATE.
            self._convert = {
                t.name: [(c.name, _to_date if c.type == "date" else _to_float)
                         for c in T.TABLES[t.name].columns if c.type in ("date", "number")]
                for t in self._tables}

    def write_batch(self, records: Sequence[Mapping[str, Any]], keys: Sequence[str | None] | None = None) -> None:
        """Replace the batch's articles (by article id and by source key) in one transaction.

        Raises:
            SinkError: The load failed; nothing of the batch was written.
        """
        batch = keyed_batch(records, keys)
        if not batch:
            return
        flat = T.flatten(rec for rec, _ in batch.values())
        for row in flat["articles"]:
            row[SOURCE_KEY] = batch[row["article_id"]][1]
        try:
            with self.engine.begin() as conn:
                stale = self._ids_holding(conn, [key for _, key in batch.values()])
                self._delete(conn, sorted(set(batch) | stale))
                for table in self._tables:
                    rows = flat[table.name]
                    if rows:
                        self._insert(conn, table, rows)
        except (sa.exc.SQLAlchemyError, self.engine.dialect.loaded_dbapi.Error) as exc:
            # COPY runs on the driver connection, so its errors arrive as DBAPI errors.
            raise SinkError(f"{self.dialect} load into {safe_url(self.url)} failed for a batch of {len(batch)} "
                            f"articles (nothing of it was written): {_reason(exc)}") from exc

    def prune(self, keep: Iterable[str]) -> int:
        """Delete every article whose source key is not in ``keep``, in one transaction."""
        keep = set(keep)
        a = self._articles
        try:
            with self.engine.begin() as conn:
                rows = conn.execute(sa.select(a.c.article_id, a.c[SOURCE_KEY])).all()
                stale = sorted(aid for aid, key in rows if key not in keep)
                self._delete(conn, stale)
        except (sa.exc.SQLAlchemyError, self.engine.dialect.loaded_dbapi.Error) as exc:
            raise SinkError(f"pruning {safe_url(self.url)} failed (nothing was removed): {_reason(exc)}") from exc
        return len(stale)

    def _chunks(self, values: list[str]) -> Iterable[list[str]]:
        if self.dialect == "postgresql":
            if values:
                yield values  # one array parameter (= ANY), whatever its length
            return
        for i in range(0, len(values), _SQLITE_IN_CHUNK):
            yield values[i : i + _SQLITE_IN_CHUNK]

    def _in(self, column: sa.Column, values: list[str]) -> Any:
        if self.dialect == "postgresql":
            return column == sa.any_(sa.bindparam("v", values, type_=postgresql.ARRAY(sa.Text)))
        return column.in_(values)

    def _ids_holding(self, conn: sa.Connection, keys: list[str]) -> set[str]:
        a = self._articles
        out: set[str] = set()
        for chunk in self._chunks(keys):
            out.update(conn.execute(sa.select(a.c.article_id).where(self._in(a.c[SOURCE_KEY], chunk))).scalars())
        return out

    def _delete(self, conn: sa.Connection, ids: list[str]) -> None:
        for table in reversed(self._tables):
            for chunk in self._chunks(ids):
                conn.execute(table.delete().where(self._in(table.c.article_id, chunk)))

    def _insert(self, conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        if self.dialect == "postgresql":
            names = [c.name for c in table.columns]
            # The same DBAPI connection as ``conn``, so COPY runs inside the batch transaction.
            dbapi = conn.connection.driver_connection
            with dbapi.cursor() as cur, cur.copy(self._copy_sql[table.name]) as copy:
                for row in rows:
                    copy.write_row([row[n] for n in names])
            return
        convert = self._convert[table.name]
        if convert:
            for row in rows:
                for name, f in convert:
                    row[name] = f(row[name])
        conn.execute(table.insert(), rows)

    def close(self) -> None:
        self.engine.dispose()


def read_sql(url: str | os.PathLike[str]) -> dict[str, Any]:
    """Every flat table of a database as raw DataFrames (values as the driver returns them).

    Raises:
        SinkError: The database cannot be opened or holds no pipeline tables.
    """
    import pandas as pd

    try:
        engine = create_engine(url)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise SinkError(f"bad database URL {safe_url(url)}: {exc}") from exc
    try:
        out: dict[str, Any] = {}
        with engine.connect() as conn:
            present = set(sa.inspect(conn).get_table_names())
            if "articles" not in present:
                raise SinkError(f"{safe_url(url)} holds no pipeline tables (no 'articles' table): load it with "
                                f"`python -m pipeline run ... --format sqlite` or `--format postgres --db URL`")
            for name in T.TABLE_NAMES:
                if name not in present:  # a database loaded by an older version: no rows of this kind
                    continue
                table = METADATA.tables[name]
                have = {c["name"] for c in sa.inspect(conn).get_columns(name)}
                cols = [c for c in table.columns if c.name in have]
                result = conn.execute(sa.select(*cols))
                out[name] = pd.DataFrame(result.all(), columns=list(result.keys()), dtype=object)
        return out
    except (sa.exc.SQLAlchemyError, engine.dialect.loaded_dbapi.Error) as exc:
        raise connect_error(url, exc) from exc
    finally:
        engine.dispose()
