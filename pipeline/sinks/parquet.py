"""Parquet sink: one dataset per flat table, ``<root>/<table>/part-<hash>.parquet``.

Logical types map to Arrow: ``str`` string, ``int`` int64, ``float`` and ``number`` float64,
``bool`` bool, ``date`` date32, ``json`` list<string> (``forces.quantities``).

One file per table per batch, named by a hash of the batch's sorted article ids, so rewriting
the same batch overwrites its files. An article replaced from a *different* batch (reprocessed,
or its source edited: see :mod:`pipeline.sinks.base`) is removed from the file that held it
(that file is rewritten without its rows, or deleted when empty); so is a pruned article. The
sink learns which file holds which article, under which source key, from the ``articles``
dataset when it opens (two columns read) and keeps that map up to date, so one process should
write a given Parquet directory at a time. Files are written to a dot-named temp file and
renamed into place, and readers (pyarrow, pandas, DuckDB, Spark) ignore dot-files.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline import tables as T

from .base import SOURCE_KEY, SinkBase, SinkError, keyed_batch

__all__ = ["ParquetSink", "arrow_schema", "read_parquet"]


def arrow_schema(table: str) -> Any:
    """The Arrow schema of a table's files (``articles`` with its source-key column)."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "number": pa.float64(),
             "bool": pa.bool_(), "date": pa.date32(), "json": pa.list_(pa.string())}
    fields = [pa.field(c.name, types[c.type], nullable=c.nullable) for c in T.TABLES[table].columns]
    if table == "articles":
        fields.append(pa.field(SOURCE_KEY, pa.string(), nullable=False))
    return pa.schema(fields)


def _arrow_value(type_: str) -> Any:
    """Record value -> Arrow-ready value, per logical type (None where nothing to do)."""
    if type_ in ("number", "float"):
        # float64 columns: Arrow refuses an int above 2**53 it cannot hold exactly ("20 quadrillion"),
        # so ints are converted here, rounding like every other float (JSONL keeps the exact value).
        return lambda v: float(v) if isinstance(v, (Decimal, int)) and not isinstance(v, bool) else v
    if type_ == "date":
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    if type_ == "json":
        import json

        return lambda v: json.loads(v) if isinstance(v, str) else v
    return None


def _write_atomic(table: Any, path: Path) -> None:
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class ParquetSink(SinkBase):
    """Writes one Parquet dataset per table under ``root/<table>/`` (see the module docstring).

    Args:
        root: The Parquet directory, usually ``<out>/parquet``.

    Raises:
        SinkError: The directory cannot be created, or holds files of an older layout.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.root = Path(root)
        self._schemas = {name: arrow_schema(name) for name in T.TABLE_NAMES}
        self._convert = {name: [(c.name, f) for c in T.TABLES[name].columns if (f := _arrow_value(c.type))]
                         for name in T.TABLE_NAMES}
        try:
            for name in T.TABLE_NAMES:
                (self.root / name).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SinkError(f"cannot create the Parquet folder {self.root}: {exc.strerror or exc}; "
                            f"choose a writable --out") from exc
        self._where: dict[str, str] = {}  # article id -> part file
        self._key: dict[str, str] = {}  # article id -> source key
        self._holder: dict[str, str] = {}  # source key -> article id
        want = self._schemas["articles"]
        for path in sorted((self.root / "articles").glob("part-*.parquet")):
            try:
                schema = pq.read_schema(path)
                if not schema.equals(want, check_metadata=False):
                    raise SinkError(f"{path} was written by an older version of the pipeline (other columns or "
                                    f"types): delete {self.root} (it is rebuilt from records.jsonl on the next run)")
                keys = pq.read_table(path, columns=["article_id", SOURCE_KEY]).to_pydict()
            except (OSError, pa.ArrowException) as exc:
                raise SinkError(f"cannot read {path}: {exc}; delete {self.root} to rebuild it") from exc
            for aid, key in zip(keys["article_id"], keys[SOURCE_KEY]):
                self._where[aid] = path.name
                self._key[aid] = key
                self._holder[key] = aid

    def write_batch(self, records: Sequence[Mapping[str, Any]], keys: Sequence[str | None] | None = None) -> None:
        """Write the batch's files, then drop replaced articles from files that held them before.

        Raises:
            SinkError: A file could not be written.
        """
        import pyarrow as pa

        batch = keyed_batch(records, keys)
        if not batch:
            return
        ids = sorted(batch)
        part = "part-" + hashlib.sha256("\n".join(ids).encode()).hexdigest()[:24] + ".parquet"
        replaced = set(ids) | {self._holder[k] for _, k in batch.values() if k in self._holder}
        flat = T.flatten(rec for rec, _ in batch.values())
        for row in flat["articles"]:
            row[SOURCE_KEY] = batch[row["article_id"]][1]
        try:
            for name in T.TABLE_NAMES:
                path = self.root / name / part
                rows = flat[name]
                if rows:
                    schema = self._schemas[name]
                    cols = {f.name: [r[f.name] for r in rows] for f in schema}
                    for col, f in self._convert[name]:
                        cols[col] = [f(v) for v in cols[col]]
                    _write_atomic(pa.Table.from_pydict(cols, schema=schema), path)
                else:
                    path.unlink(missing_ok=True)
            self._drop(replaced - set(ids) | {a for a in ids if self._where.get(a, part) != part})
        except (OSError, pa.ArrowException) as exc:
            raise SinkError(f"parquet write to {self.root} failed: {exc}") from exc
        for aid in replaced:
            self._forget(aid)
        for aid, (_, key) in batch.items():
            self._where[aid], self._key[aid], self._holder[key] = part, key, aid

    def prune(self, keep: Iterable[str]) -> int:
        """Drop every article whose source key is not in ``keep`` from its files."""
        import pyarrow as pa

        keep = set(keep)
        stale = {aid for aid, key in self._key.items() if key not in keep}
        try:
            self._drop(stale)
        except (OSError, pa.ArrowException) as exc:
            raise SinkError(f"pruning {self.root} failed: {exc}") from exc
        for aid in stale:
            self._forget(aid)
        return len(stale)

    def _forget(self, aid: str) -> None:
        self._where.pop(aid, None)
        key = self._key.pop(aid, None)
        if key is not None and self._holder.get(key) == aid:
            del self._holder[key]

    def _drop(self, ids: set[str]) -> None:
        """Rewrite the files holding these articles without their rows (delete emptied files)."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        by_part: dict[str, set[str]] = {}
        for aid in ids:
            if aid in self._where:
                by_part.setdefault(self._where[aid], set()).add(aid)
        for part, part_ids in sorted(by_part.items()):
            value_set = pa.array(sorted(part_ids), type=pa.string())
            for name in T.TABLE_NAMES:
                path = self.root / name / part
                if not path.exists():
                    continue
                table = pq.read_table(path, schema=self._schemas[name])
                keep = table.filter(pc.invert(pc.is_in(table.column("article_id"), value_set=value_set)))
                if keep.num_rows == table.num_rows:
                    continue
                if keep.num_rows:
                    _write_atomic(keep, path)
                else:
                    path.unlink()

    def close(self) -> None:
        self._where.clear()
        self._key.clear()
        self._holder.clear()


def read_parquet(root: Path) -> dict[str, Any]:
    """Every table's dataset under ``root`` as raw DataFrames (a missing table gives none).

    Raises:
        SinkError: A file cannot be read.
    """
    import pyarrow as pa
    import pyarrow.dataset as ds

    out: dict[str, Any] = {}
    for name in T.TABLE_NAMES:
        folder = root / name
        if not folder.is_dir() or not any(folder.glob("*.parquet")):
            continue
        try:
            dataset = ds.dataset(folder, format="parquet", schema=arrow_schema(name))
            out[name] = dataset.to_table().to_pandas(date_as_object=True, types_mapper=None)
        except (OSError, pa.ArrowException) as exc:
            raise SinkError(f"cannot read the Parquet dataset {folder}: {exc}") from exc
    return out
