"""Reading pools from documents already read: no new benchmark document is drawn.

Round 19's helpers read the pipeline's output on documents listed in ``used_ids.txt`` (read in
earlier rounds) that are in no gold set, chosen by the title filters of :mod:`make_pools`, one
seeded shuffle, 100 per pool, so that later gold draws (which exclude ``used_ids.txt``) stay unseen.

Usage (repository root)::

    python evaluation/stress/make_readpools.py --shared ../shared --out /tmp/pools [--seed 191202]
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from evaluation.stress.make_pools import FILTERS, write_pools  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--seed", type=int, default=191202)
    parser.add_argument("--size", type=int, default=100, help="documents per pool (default: 100)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    used = set((Path(__file__).parent / "used_ids.txt").read_text().split())
    gold = {json.loads(Path(p).read_text()).get("source")
            for p in glob.glob(str(ROOT / "evaluation/gold/**/*.gold.json"), recursive=True)}
    with gzip.open(args.shared / "bench/wh-briefings.jsonl.gz", "rt") as fh:
        docs = [r for r in map(json.loads, fh) if r["id"] in used and r["id"] not in gold]
    docs.sort(key=lambda r: r["id"])
    random.Random(args.seed).shuffle(docs)
    write_pools(docs, dict.fromkeys(FILTERS, args.size), args.out)


if __name__ == "__main__":
    main()
