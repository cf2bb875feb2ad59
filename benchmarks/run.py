"""Benchmarks, side by side in one run; writes the numbers into docs/performance.md.

Measures on the benchmark corpus (benchmarks/make_corpus.py, built if missing):
  1. raw spaCy: ``nlp.pipe`` with the same model and components, nothing else;
  2. the full pipeline (ingest, extraction, validation, journal, outputs), 1 and 2 workers;
  3. the Dask engine with 2 workers (LocalCluster);
  4. an unchanged re-run (incremental);
  5. cold start to the first record (one short article, fresh process);
  peak RSS of the largest process of each configuration.
Each configuration runs in a fresh process; wall time includes model loading.

Usage: python benchmarks/run.py [--n 2000] [--skip-dask] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

RAW = r"""
import json, sys, time
from pipeline import nlp as N
from pipeline.records import Article
arts = [Article(id=o["id"], text=o["text"], title=o.get("title"), published=o.get("published"))
        for o in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
nlp = N.load()
t = time.perf_counter()
n = sum(1 for _ in nlp.pipe((N.prepare(a).text for a in arts), batch_size=32))
print(json.dumps({"docs": n, "process_seconds": time.perf_counter() - t}))
"""


# A fresh wrapper per configuration: RUSAGE_CHILDREN's ru_maxrss is the largest process
# among the command and its (waited-for) descendants, i.e. the peak RSS of one worker.
WRAP = r"""
import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(rc)
"""


def measure(cmd: list[str], *, env: dict | None = None) -> dict:
    """Run a command in a fresh process: wall seconds, peak RSS (MB) of its largest process."""
    t = time.perf_counter()
    proc = subprocess.run([PY, "-c", WRAP, *cmd], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr[-3000:]}")
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    return {"seconds": wall, "peak_rss_mb": peak_kb / 1024, "stdout": proc.stdout}


def run_pipeline(corpus: Path, out: Path, *extra: str) -> dict:
    res = measure([PY, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--quiet", *extra])
    res["summary"] = json.loads((out / "summary.json").read_text())
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--no-write", action="store_true", help="print, do not update docs/performance.md")
    args = ap.parse_args()

    corpus = ROOT / "benchmarks" / "data" / f"bench-{args.n}.jsonl"
    if not corpus.exists():
        subprocess.run([PY, "benchmarks/make_corpus.py", "--n", str(args.n), "--out", str(corpus)], cwd=ROOT, check=True)
    words = sum(len(json.loads(line)["text"].split()) for line in corpus.open(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    results: dict[str, dict] = {}
    try:
        raw = measure([PY, "-c", RAW, str(corpus)])
        results["raw spaCy nlp.pipe (1 process)"] = raw
        results["pipeline, 1 worker"] = run_pipeline(corpus, work / "w1", "--workers", "1")
        results["pipeline, 2 workers"] = run_pipeline(corpus, work / "w2", "--workers", "2")
        if not args.skip_dask:
            results["Dask engine, 2 workers"] = run_pipeline(corpus, work / "dask", "--engine", "dask", "--workers", "2")
        results["unchanged re-run (1 worker)"] = run_pipeline(corpus, work / "w1", "--workers", "1")
        one = work / "one.txt"
        one.write_text((ROOT / "corpus" / "000_0f67e98c915d983e.txt").read_text(encoding="utf-8"), encoding="utf-8")
        results["cold start, one article"] = run_pipeline(one, work / "cold")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n = args.n
    base = results["pipeline, 1 worker"]["seconds"]
    raw_s = results["raw spaCy nlp.pipe (1 process)"]["seconds"]
    rows = []
    for name, r in results.items():
        docs = 1 if name.startswith("cold") else n
        rows.append((name, r["seconds"], docs / r["seconds"], (words if docs == n else 0) / r["seconds"],
                     r.get("peak_rss_mb")))
    ratios = {
        "pipeline 1 worker vs raw spaCy (throughput, target >= 0.8)": raw_s / base,
        "2 workers vs 1 worker (target >= 1.6)": base / results["pipeline, 2 workers"]["seconds"],
        "unchanged re-run vs first run (target >= 20)": base / results["unchanged re-run (1 worker)"]["seconds"],
    }
    if "Dask engine, 2 workers" in results:
        ratios["Dask 2 workers vs 1 local worker (target >= 1.4)"] = base / results["Dask engine, 2 workers"]["seconds"]
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
    lines = [
        f"Measured {date.today().isoformat()} on {machine}; corpus: {n} articles, {words:,} words "
        f"(benchmarks/make_corpus.py). Wall time per configuration in a fresh process, model loading included.",
        "",
        "| configuration | seconds | docs/s | words/s | peak RSS (MB) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, secs, dps, wps, rss in rows:
        lines.append(f"| {name} | {secs:.1f} | {dps:.1f} | {wps:,.0f} | {rss:.0f} |" if rss else
                     f"| {name} | {secs:.1f} | {dps:.1f} | {wps:,.0f} | n/a |")
    lines += ["", "| ratio | value |", "| --- | ---: |"]
    lines += [f"| {k} | {v:.2f} |" for k, v in ratios.items()]
    table = "\n".join(lines)
    print(table)
    if not args.no_write:
        doc = ROOT / "docs" / "performance.md"
        text = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
        start, end = "<!-- bench:start -->", "<!-- bench:end -->"
        block = f"{start}\n{table}\n{end}"
        if start in text:
            text = text[: text.index(start)] + block + text[text.index(end) + len(end):]
        else:
            text = text.rstrip() + "\n\n## Throughput (benchmarks/run.py)\n\n" + block + "\n"
        doc.write_text(text, encoding="utf-8")
        print(f"updated {doc}")


if __name__ == "__main__":
    main()
