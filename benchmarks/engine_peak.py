"""Per-worker peak RSS of the local and the Dask engine on one slice of the White House corpus.

Cuts documents ``[skip, skip + n)`` out of the corpus (by default a stretch of long remarks
transcripts, where the whole-corpus run peaked), runs ``python -m pipeline run`` on them with 2
local workers and with the Dask engine's 2 workers, one after the other, and prints each
process's peak RSS (the whole tree polled every 0.2 s, :mod:`treerss`) and the CPU seconds:

    python benchmarks/engine_peak.py [--skip 5760 --n 60]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import measure, pipeline_cmd, wh_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--skip", type=int, default=5760, help="first document (0-based) of the slice")
    ap.add_argument("--n", type=int, default=60, help="documents in the slice")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="engine-peak-") as tmp:
        part = Path(tmp) / "slice.jsonl"
        with wh_corpus(None).open(encoding="utf-8") as src:
            lines = list(itertools.islice(src, args.skip, args.skip + args.n))
        part.write_text("".join(lines), encoding="utf-8")
        chars = sum(len(json.loads(line)["text"]) for line in lines)
        out = {"skip": args.skip, "documents": len(lines), "characters": chars}
        for name, extra in (("local, 2 workers", ("--workers", "2")),
                            ("Dask, 2 workers", ("--engine", "dask", "--workers", "2"))):
            res = measure(pipeline_cmd(part, Path(tmp) / name.split(",")[0], "--quiet", *extra))
            out[name] = {"seconds": round(res["seconds"], 1), "cpu_seconds": round(res["cpu_seconds"], 1),
                         "worker_peaks_mb": [round(x) for x in res["worker_peaks_mb"]],
                         "main_peak_mb": round(res["main_peak_mb"]), "tree_peak_mb": round(res["tree_peak_mb"])}
            print(name, json.dumps(out[name]), flush=True)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
