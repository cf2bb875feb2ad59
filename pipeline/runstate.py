"""What a run keeps on disk and reports: the journal, atomic writes, progress, the summary.

Shared by :mod:`pipeline.engine` (which runs) and :mod:`pipeline.sinks.jsonl` (which writes the
outputs from the journal) without either importing the other for it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

JOURNAL = "journal.jsonl"


class Journal:
    """Append-only store of finished articles; survives kill -9 (torn last line ignored)."""

    def __init__(self, state_dir: Path) -> None:
        self.dir = state_dir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / JOURNAL
        self.index: dict[str, int] = {}
        self._load()
        self._fh = self.path.open("ab")

    def _load(self) -> None:
        if not self.path.exists():
            return
        good_end = 0
        with self.path.open("rb") as f:
            offset = 0
            for line in f:
                if not line.endswith(b"\n"):
                    break  # torn write from a killed run
                try:
                    key = json.loads(line)["key"]
                except (ValueError, KeyError, TypeError):
                    break
                self.index[key] = offset
                offset += len(line)
                good_end = offset
        if good_end != self.path.stat().st_size:
            with self.path.open("r+b") as f:
                f.truncate(good_end)

    def __contains__(self, key: str) -> bool:
        return key in self.index

    def append(self, entries: Iterable[dict]) -> None:
        pos = self._fh.tell()
        for entry in entries:
            line = (json.dumps(entry, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
            self.index[entry["key"]] = pos
            self._fh.write(line)
            pos += len(line)
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def get(self, key: str, reader) -> dict:
        reader.seek(self.index[key])
        return json.loads(reader.readline())

    def close(self) -> None:
        self._fh.close()

    def compact(self, keep: Iterable[str]) -> None:
        """Rewrite the journal with only ``keep`` (atomic), dropping stale entries."""
        keep = list(dict.fromkeys(k for k in keep if k in self.index))
        self._fh.close()
        tmp = self.path.with_suffix(".tmp")
        new_index: dict[str, int] = {}
        with self.path.open("rb") as src, tmp.open("wb") as dst:
            for key in keep:
                src.seek(self.index[key])
                line = src.readline()
                new_index[key] = dst.tell()
                dst.write(line)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.path)
        self.index = new_index
        self._fh = self.path.open("ab")


# ---- atomic output ------------------------------------------------------------------------

class AtomicWriter:
    """Write a text file under a temporary name; rename into place only on success."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        self._fh = self.tmp.open("w", encoding="utf-8", newline="\n")

    def write(self, text: str) -> None:
        self._fh.write(text)

    def commit(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self._fh.close()
        self.tmp.unlink(missing_ok=True)


def write_json_atomic(path: Path, obj: Any) -> None:
    w = AtomicWriter(path)
    w.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")
    w.commit()


# ---- progress -----------------------------------------------------------------------------

class Progress:
    """A tqdm bar on a terminal, plain periodic lines otherwise, nothing with ``quiet``."""

    def __init__(self, total: int | None, *, quiet: bool, stream=None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.total = total
        self.done = 0
        self.start = time.perf_counter()
        self.last = self.start
        self.every = every
        self.bar = None
        if not quiet and getattr(self.stream, "isatty", lambda: False)():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int) -> None:
        self.done += n
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.perf_counter()
        if now - self.last >= self.every:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            eta = f", ETA {(self.total - self.done) / rate:.0f}s" if self.total and rate > 0 else ""
            print(f"[pipeline] {self.done}/{self.total or '?'} articles, {rate:.1f} docs/s{eta}",
                  file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# ---- the run ------------------------------------------------------------------------------

@dataclass
class RunSummary:
    """What a run did; written to ``summary.json``."""

    read: int = 0
    processed: int = 0
    rejected: int = 0
    reused: int = 0
    reject_reasons: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "processed": self.processed,
            "rejected": self.rejected,
            "reused_from_previous_runs": self.reused,
            "newly_processed": self.read - self.reused,
            "reject_reasons": dict(sorted(self.reject_reasons.items())),
            "seconds": round(self.seconds, 3),
            "docs_per_second": round((self.read - self.reused) / self.seconds, 2)
            if self.seconds > 0 else None,
            "outputs": self.outputs,
            **self.extra,
        }
