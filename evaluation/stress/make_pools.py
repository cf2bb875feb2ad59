"""Draw unannotated stress pools from the benchmark corpus (not gold; for reading the output).

Each round's helpers read the pipeline's output on fresh documents of the genres the held-out sets
have, count errors by class and write general rules (docs/accuracy.md, "How rules are written").
The pools exclude every document of a gold set, and their ids are kept in ``used_ids.txt`` so that
no later gold set draws a document whose output someone has read.

Usage: python evaluation/stress/make_pools.py --shared ../shared --seed 100001 --out /tmp/pools
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import random
import re
from pathlib import Path

# title filters, written before any document is read
FILTERS = {
    "bios": (r"nominat|appoint|announces (his|her|key|additional|more)|intent to|delegation|key (members|administration)",
             r"memorandum|proclamation|executive order|message to the senate|withdrawal", 100),
    "readouts": (r"readout|call with|meeting with|joint statement|trilateral|bilateral", None, 150),
    "statements": (r"^statement (by|from)", None, 150),
    "remarks": (r"remarks|press briefing|press gaggle|background (press )?call|fact sheet", None, 80),
}


def gold_sources(root: Path, shared: Path) -> tuple[set[str], list[str]]:
    """Bench ids of every gold document, and the slugs of the development statements (no ids)."""
    ids = set()
    for path in glob.glob(str(root / "evaluation/gold/**/*.gold.json"), recursive=True):
        source = json.loads(Path(path).read_text()).get("source")
        if source:
            ids.add(source)
    slugs = [re.sub(r"^\d+_", "", Path(p).name.replace(".gold.json", ""))[11:]
             for p in glob.glob(str(shared / "dev/statements/*.gold.json"))]
    return ids, [s for s in slugs if s]


def write_pools(docs: list[dict], sizes: dict[str, int], out: Path) -> set[str]:
    """Write one ``NAME.jsonl`` per title filter into ``out``: the first documents of ``docs`` (in
    their order) whose title passes it and that no earlier pool took; returns the ids written.

    Args:
        docs: Benchmark documents (id, title, published, text), already shuffled.
        sizes: Pool sizes by name; a pool not named takes its default size from :data:`FILTERS`.
        out: The folder to write into (created if missing).
    """
    out.mkdir(parents=True, exist_ok=True)
    drawn: set[str] = set()
    for name, (keep, drop, size) in FILTERS.items():
        pool = [r for r in docs if r["id"] not in drawn and re.search(keep, r["title"].lower())
                and not (drop and re.search(drop, r["title"].lower()))
                and (name != "remarks" or len(r["text"]) < 40000)][:sizes.get(name, size)]
        drawn.update(r["id"] for r in pool)
        with open(out / f"{name}.jsonl", "w") as fh:
            for r in pool:
                fh.write(json.dumps({k: r[k] for k in ("id", "title", "published", "text")}) + "\n")
        print(f"{name}: {len(pool)}")
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", action="append", default=[], metavar="POOL=N",
                        help="override a pool's size, e.g. --size remarks=150 (repeatable)")
    args = parser.parse_args()
    sizes = {}
    for item in args.size:
        name, _, n = item.partition("=")
        if name not in FILTERS or not n.isdigit():
            parser.error(f"--size {item!r}: expected POOL=N with POOL one of {', '.join(FILTERS)}")
        sizes[name] = int(n)
    root = Path(__file__).resolve().parents[2]
    gold, slugs = gold_sources(root, args.shared)
    used = set((Path(__file__).parent / "used_ids.txt").read_text().split())
    docs, seen = [], set()
    with gzip.open(args.shared / "bench/wh-briefings.jsonl.gz", "rt") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in seen or r["id"] in gold or r["id"] in used or any(s in r["id"] for s in slugs):
                continue
            seen.add(r["id"])
            docs.append(r)
    random.Random(args.seed).shuffle(docs)
    drawn = write_pools(docs, sizes, args.out)
    print(f"append the {len(drawn)} ids to used_ids.txt once the pools are read")


if __name__ == "__main__":
    main()
