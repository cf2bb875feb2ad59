"""The run's writer: ``records.jsonl`` and ``rejects.jsonl`` from the journal, other sinks alongside.

The JSONL files are written to temporary names and renamed into place at the end, so they are
never left truncated; they hold exactly the articles of this run, in input order. The other
sinks (Parquet, SQLite, PostgreSQL) receive the same records in batches of
:data:`SINK_BATCH`, each with its stable source key (see :mod:`pipeline.sinks.base`), and,
with ``prune``, lose the articles of sources this run no longer has.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .base import SinkError

if TYPE_CHECKING:
    from pipeline.runstate import Journal, RunSummary

__all__ = ["write_outputs", "SINK_BATCH"]

SINK_BATCH = 500
"""Records per sink batch: one SQL transaction / one Parquet file per table."""


def write_outputs(journal: "Journal", order: list[str], out: Path, summary: "RunSummary", *,
                  formats: Sequence[str], db_url: str | None, sources: Mapping[str, str] | None = None,
                  prune: bool = False, typed: Mapping[str, str | None] | None = None) -> SinkError | None:
    """Write a run's records and rejects from its journal, feeding the other sinks alongside.

    Args:
        journal: The run's journal (finished articles by journal key).
        order: Journal keys in input order: the articles of this run.
        out: The output folder.
        summary: Counts and output paths are filled in.
        formats: Sinks to feed besides JSONL (``parquet``, ``sqlite``, ``postgres``).
        db_url: Database URL for ``postgres`` (or a ``sqlite:///`` URL).
        sources: Journal key -> stable source key of each article.
        prune: After loading, remove from the sinks every article whose source key is not
            among ``sources`` (the sinks then hold exactly what ``records.jsonl`` holds).
        typed: Journal key -> the source as named in this run; a record reused from a run that
            named the same file another way ("corpus/a.txt", "./corpus/a.txt") says this run's.

    Returns:
        The error of a sink that failed, or None. A failing sink (database down, disk full) is
        closed and the rest goes on, so ``records.jsonl`` is always written; the caller reports
        the error once ``summary.json`` is written too.

    Raises:
        OSError: ``records.jsonl`` or ``rejects.jsonl`` cannot be written.
    """
    from pipeline.runstate import AtomicWriter

    sources = sources or {}
    records_w = AtomicWriter(out / "records.jsonl")
    rejects_w = AtomicWriter(out / "rejects.jsonl")
    sinks: list = []
    names: dict[int, str] = {}  # id(sink) -> its format
    failed: list[str] = []
    sink_error: SinkError | None = None
    for name in dict.fromkeys(f for f in formats if f != "jsonl"):
        from . import open_sinks

        try:
            # One at a time: a database that is down must not keep the others from loading.
            (sink,) = open_sinks([name], out_dir=out, db_url=db_url)
        except SinkError as e:
            sink_error = sink_error or e
            failed.append(name)
            continue
        sinks.append(sink)
        names[id(sink)] = name
    batch: list[dict] = []
    batch_keys: list[str | None] = []
    written: set[str] = set()  # source keys of the records written: what prune keeps

    def each_sink(action) -> None:
        """Apply action to every open sink; a sink that fails is closed and dropped."""
        nonlocal sink_error
        for s in list(sinks):
            try:
                action(s)
            except SinkError as e:
                sink_error = sink_error or e
                failed.append(names[id(s)])
                sinks.remove(s)
                s.close()

    def load() -> None:
        each_sink(lambda s: s.write_batch(batch, batch_keys))
        batch.clear()
        batch_keys.clear()

    try:
        with journal.path.open("rb") as reader:
            for key in order:
                entry = journal.get(key, reader)
                if entry.get("record") is not None:
                    summary.processed += 1
                    if typed and key in typed and entry["record"]["article"].get("source") != typed[key]:
                        entry["record"]["article"]["source"] = typed[key]
                    records_w.write(json.dumps(entry["record"], ensure_ascii=False) + "\n")
                    source = sources.get(key) or entry["record"]["article"]["id"]
                    written.add(source)
                    if sinks:
                        batch.append(entry["record"])
                        batch_keys.append(source)
                        if len(batch) >= SINK_BATCH:
                            load()
                else:
                    summary.rejected += 1
                    summary.reject_reasons[entry["reject"]["reason"]] += 1
                    rejects_w.write(json.dumps(entry["reject"], ensure_ascii=False) + "\n")
        if batch and sinks:
            load()
        if prune and sinks:
            pruned: list[int] = []
            each_sink(lambda s: pruned.append(s.prune(written)))
            summary.extra["pruned"] = max(pruned, default=0)
        for s in sinks:
            s.close()
    except BaseException:
        records_w.abort()
        rejects_w.abort()
        for s in sinks:
            s.close()
        raise
    records_w.commit()
    rejects_w.commit()
    summary.outputs = {"records": str(out / "records.jsonl"), "rejects": str(out / "rejects.jsonl"),
                       "summary": str(out / "summary.json")}
    for f in (f for f in formats if f not in failed):
        if f == "parquet":
            summary.outputs["parquet"] = str(out / "parquet")
        elif f == "sqlite":
            summary.outputs["sqlite"] = str(out / "news.sqlite")
        elif f == "postgres" and db_url:
            summary.outputs["postgres"] = db_url.split("@")[-1]
    return sink_error
