"""A/B of Dask worker settings on the LocalCluster engine: Dask's defaults against the
engine's (no MALLOC_TRIM_THRESHOLD_, no statistical profiler), and the engine's settings with
glibc limited to two malloc arenas (``MALLOC_ARENA_MAX=2``: a Dask worker runs tasks in a
thread of its own, beside the event loop's, so glibc gives the two threads separate heaps),
interleaved; CPU time of the whole process tree (main process with scheduler and nannies,
plus the workers) and each worker's peak RSS.

    python benchmarks/dask_ab.py [--n 60] [--rounds 2] [--variants dask-defaults,engine-settings,arena-max-2]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, measure, wh_corpus  # noqa: E402

SCRIPT = r"""
import json, sys, time
import dask
from pipeline import dask_engine as D
from pipeline.ingest import read_inputs
if sys.argv[2] == "dask-defaults":
    D.WORKER_ENV_CONFIG = {}
    D.WORKER_PROFILE_CONFIG = {}
if sys.argv[2] == "arena-max-2":
    D.WORKER_ENV_CONFIG = {**D.WORKER_ENV_CONFIG, "distributed.nanny.pre-spawn-environ.MALLOC_ARENA_MAX": 2}
arts = [a for a in read_inputs([sys.argv[1]]) if hasattr(a, "text")]
batches = [arts[i:i + 32] for i in range(0, len(arts), 32)]
t = time.perf_counter()
n = sum(len(b) for b in D.run_dask(batches, model=None, batch_size=8, scheduler=None, workers=2))
print(json.dumps({"docs": n, "seconds": time.perf_counter() - t}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--variants", default="dask-defaults,engine-settings")
    args = ap.parse_args()
    corpus = wh_corpus(args.n)
    totals = {v: [0.0, 0.0] for v in args.variants.split(",")}
    for r in range(args.rounds):
        for variant in (list(totals) if r % 2 == 0 else list(totals)[::-1]):
            res = measure([PY, "-c", SCRIPT, str(corpus), variant])
            totals[variant][0] += res["seconds"]
            totals[variant][1] += res["cpu_seconds"]
            print(variant, round(res["seconds"], 1), "s wall", round(res["cpu_seconds"], 1), "s CPU; main process",
                  round(res["main_cpu_seconds"], 1), "s CPU, workers", [round(c, 1) for c in res["worker_cpu_seconds"]],
                  "s CPU, worker peaks", [round(m) for m in res["worker_peaks_mb"]], "MB", flush=True)
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
