"""What every sink shares: the protocol, the error, batch de-duplication and the source key.

An article in a sink is identified twice: by ``article_id`` (the record's id; for a .txt file
a hash of its content) and by its *source key*, the stable name of where it came from (its
path relative to the input folder, or its JSONL id: see :func:`pipeline.ingest.source_key`).
The key is a sink-side column, ``articles.source_key``; records do not carry it. It is what
keeps a sink in sync with its inputs: a batch replaces every article that holds one of its
article ids *or* one of its source keys (an edited file gets a new article id but keeps its
key), and :meth:`Sink.prune` drops every article whose key is not among the inputs of a run.
Written without keys (from Python), an article's key is its article id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from pipeline.errors import PipelineError

__all__ = ["Sink", "SinkError", "SOURCE_KEY", "keyed_batch"]

SOURCE_KEY = "source_key"
"""The sink-only column of ``articles`` holding the stable source key."""


class SinkError(PipelineError):
    """A sink could not open, write or read its tables; the message says which and what to do."""


@runtime_checkable
class Sink(Protocol):
    """Something that stores batches of records; see :func:`pipeline.sinks.open_sinks`."""

    def write_batch(self, records: Sequence[Mapping[str, Any]], keys: Sequence[str | None] | None = None) -> None:
        """Store the records, replacing anything held for their article ids or source keys."""

    def prune(self, keep: Iterable[str]) -> int:
        """Remove every article whose source key is not in ``keep``; return how many."""

    def close(self) -> None:
        """Flush and release resources; the sink is unusable afterwards."""


def keyed_batch(records: Iterable[Any], keys: Sequence[str | None] | None = None) -> dict[str, tuple[Mapping, str]]:
    """``{article_id: (record, source key)}`` for a batch, so it never collides with itself.

    A later record wins over an earlier one with the same article id or the same source key
    (the same input read twice in one batch). A missing key is the article id.

    Raises:
        ValueError: ``keys`` is not as long as ``records``.
    """
    records = list(records)
    if keys is not None and len(keys) != len(records):
        raise ValueError(f"{len(keys)} source keys for {len(records)} records")
    by_id: dict[str, tuple[Mapping, str]] = {}
    by_key: dict[str, str] = {}
    for i, rec in enumerate(records):
        if not isinstance(rec, Mapping) and hasattr(rec, "to_dict"):
            rec = rec.to_dict()
        aid = rec["article"]["id"]
        key = (keys[i] if keys is not None else None) or aid
        old = by_key.get(key)
        if old is not None and old != aid:
            del by_id[old]
        if aid in by_id:
            by_key.pop(by_id[aid][1], None)
        by_id[aid] = (rec, key)
        by_key[key] = aid
    return by_id


class SinkBase:
    """Context-manager support for sinks."""

    def __enter__(self) -> "SinkBase":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:  # pragma: no cover - overridden
        pass
