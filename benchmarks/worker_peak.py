"""Peak RSS and CPU of one worker process on a slice of the White House corpus.

Runs ``pipeline.worker.process_articles`` in this process, in jobs of 32 articles as the engine
sends them, and prints the kernel's high-water mark (VmHWM) before and after, so the peak of a
worker on long documents can be compared across ``nlp.pipe`` group sizes:

    python benchmarks/worker_peak.py --skip 4100 --n 64                  # press-briefing transcripts
    python benchmarks/worker_peak.py --skip 4100 --n 64 --chars 100000   # the older group size
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import wh_corpus  # noqa: E402


def vm(key: str) -> int:
    """A ``/proc/self/status`` memory line in MB."""
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    raise KeyError(key)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--skip", type=int, default=4100, help="first document (0-based) of the slice")
    ap.add_argument("--n", type=int, default=64, help="documents in the slice")
    ap.add_argument("--chars", type=int, default=None, help="override PIPE_BATCH_CHARS")
    args = ap.parse_args()
    from pipeline import worker as W
    from pipeline.records import Article

    if args.chars:
        W.PIPE_BATCH_CHARS = args.chars
    arts = []
    with wh_corpus(None).open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= args.skip + args.n:
                break
            if i >= args.skip:
                d = json.loads(line)
                arts.append(Article(id=d["id"], text=d["text"], title=d.get("title"), published=d.get("published")))
    W.init_worker(None)
    loaded = vm("VmHWM")
    t = time.process_time()
    out = []
    for i in range(0, len(arts), 32):
        out += W.process_articles(arts[i:i + 32])
    print(json.dumps({"documents": len(arts), "characters": sum(len(a.text) for a in arts),
                      "group_chars": W.PIPE_BATCH_CHARS, "records": sum(1 for o in out if o[1]),
                      "cpu_seconds": round(time.process_time() - t, 1), "model_loaded_mb": loaded,
                      "peak_mb": vm("VmHWM")}))


if __name__ == "__main__":
    main()
