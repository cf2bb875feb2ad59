"""Shared pieces of the benchmarks: the White House corpus, and running a command while
measuring its wall time and the RSS of its whole process tree (:mod:`treerss`)."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from treerss import TreeMonitor  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DATA = ROOT / "benchmarks" / "data"
WH_GZ = Path(os.environ.get("BENCH_CORPUS", ROOT.parent / "shared" / "bench" / "wh-briefings.jsonl.gz"))
if not WH_GZ.exists():  # worktrees live one level deeper than a clone
    WH_GZ = Path("/work/shared/bench/wh-briefings.jsonl.gz")
PROGRESS = re.compile(r"\[pipeline\] (\d+)/")


def wh_corpus(n: int | None = None) -> Path:
    """The first ``n`` documents (all when None) of the benchmark corpus as plain JSONL."""
    DATA.mkdir(parents=True, exist_ok=True)
    out = DATA / (f"wh-{n}.jsonl" if n else "wh-all.jsonl")
    if out.exists():
        return out
    tmp = out.with_suffix(".tmp")
    with gzip.open(WH_GZ, "rt", encoding="utf-8") as src, tmp.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if n is not None and i >= n:
                break
            dst.write(line)
    tmp.replace(out)
    return out


def count_words(path: Path) -> tuple[int, int, int]:
    """(documents, words, characters) of a JSONL corpus; words = whitespace-separated tokens."""
    docs = words = chars = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            docs += 1
            words += len(text.split())
            chars += len(text)
    return docs, words, chars


def measure(cmd: list[str], *, env: dict | None = None, marks: tuple[int, ...] = (),
            log: Path | None = None, interval: float = 0.2) -> dict:
    """Run ``cmd`` from the checkout root; wall seconds and RSS (MB) of its process tree.

    Args:
        cmd: The command (a pipeline run, a raw spaCy script...).
        env: Extra environment variables.
        marks: Article counts at which to record the tree's current RSS, read from the
            pipeline's progress lines on stderr (``[pipeline] N/M articles``).
        log: Append every progress line and each mark (as JSON) to this file as they happen,
            so a run stopped half-way still leaves its measurements.
        interval: Polling interval of the RSS monitor (seconds).

    Returns:
        ``seconds`` (wall), ``cpu_seconds`` (the tree's CPU time), ``main_peak_mb``, ``worker_peaks_mb`` (per model-holding child),
        ``tree_peak_mb`` (largest sum over the tree), ``at`` (mark -> RSS), ``stdout``.
    """
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    at: dict[int, dict] = {}
    err_tail: list[str] = []
    pending = sorted(marks)
    with TreeMonitor(proc.pid, interval=interval) as mon:
        out_chunks: list[str] = []
        reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()), daemon=True)
        reader.start()
        for line in proc.stderr:
            err_tail = (err_tail + [line])[-60:]
            m = PROGRESS.search(line)
            if not m:
                continue
            done = int(m.group(1))
            snap = mon.poll()
            note = {"t": round(time.perf_counter() - t0, 1), "docs": done,
                    "tree_mb": round(snap.total) if snap else None,
                    "workers_mb": [round(x) for x in mon.worker_rss_now()],
                    "main_mb": round(snap.rss.get(proc.pid, 0)) if snap else None}
            while pending and done >= pending[0]:
                at[pending.pop(0)] = note
            if log:
                with log.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(note) + "\n")
        proc.wait()
        reader.join()
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{''.join(err_tail)}")
    return {"seconds": seconds, "cpu_seconds": mon.cpu_seconds(), "main_cpu_seconds": mon.cpu_by_pid.get(proc.pid, 0.0),
            "worker_cpu_seconds": sorted((c for pid, c in mon.cpu_by_pid.items()
                                          if mon.peak_by_pid.get(pid, 0) >= 150 and pid != proc.pid), reverse=True),
            "main_peak_mb": mon.main_peak(), "worker_peaks_mb": mon.worker_peaks(),
            "tree_peak_mb": mon.peak_total, "at": at, "stdout": "".join(out_chunks)}


def pipeline_cmd(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [PY, "-m", "pipeline", "run", str(corpus), "--out", str(out), *extra]
