"""The whole White House corpus once through the best configuration (2 local workers).

Writes ``benchmarks/out/full-<workers>w.json`` (wall time, words/s, peak RSS per process and
of the tree, RSS after 1k/5k/14k documents) and streams progress with RSS to
``benchmarks/out/full-<workers>w.progress.jsonl`` while it runs, so an interrupted run still
leaves its partial measurements. Meant to run in the background:

    nohup python benchmarks/full_run.py --workers 2 > benchmarks/out/full.log 2>&1 &
"""

from __future__ import annotations

import argparse
import json
import platform
import os
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, count_words, measure, pipeline_cmd, wh_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--n", type=int, default=None, help="first N documents only (default: all)")
    ap.add_argument("--keep", action="store_true", help="keep the output folder (for the sink load)")
    args = ap.parse_args()
    corpus = wh_corpus(args.n)
    docs, words, chars = count_words(corpus)
    outdir = ROOT / "benchmarks" / "out"
    outdir.mkdir(parents=True, exist_ok=True)
    tag = f"full-{args.workers}w" if args.n is None else f"n{args.n}-{args.workers}w"
    run_out = outdir / f"{tag}-run"
    shutil.rmtree(run_out, ignore_errors=True)
    log = outdir / f"{tag}.progress.jsonl"
    log.unlink(missing_ok=True)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    res = measure(pipeline_cmd(corpus, run_out, "--workers", str(args.workers)), marks=(1000, 5000, 10000, 14000),
                  log=log)
    summary = json.loads((run_out / "summary.json").read_text())
    res.pop("stdout")
    result = {"started": started, "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
              f"{platform.python_version()}", "docs": docs, "words": words, "chars": chars,
              "workers": args.workers, **res, "words_per_s": words / res["seconds"],
              "summary": {k: summary[k] for k in ("read", "processed", "rejected", "seconds", "reject_reasons")}}
    (outdir / f"{tag}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    if not args.keep:
        shutil.rmtree(run_out, ignore_errors=True)


if __name__ == "__main__":
    main()
