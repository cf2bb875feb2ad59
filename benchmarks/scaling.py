"""Cost against document length: articles of about 1k, 10k, 100k and 1M characters, each
built by concatenating whole benchmark documents (benchmarks/profile_stages.py ``--long``),
each size in a fresh process. Reports CPU seconds per 1,000 characters (CPU time: the machine may be shared), the memory the documents
add above the loaded model (peak RSS minus the RSS after loading, per character of the
largest ``nlp.pipe`` batch) and the time of every stage, so a stage whose cost grows faster
than the text is named.

    python benchmarks/scaling.py [--sizes 1000,10000,100000,1000000] [--timeout 1200]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, ROOT  # noqa: E402

# Enough copies that every size processes a similar amount of text (short ones in batches).
COPIES = {1000: 32, 10_000: 8, 100_000: 2, 1_000_000: 1}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--timeout", type=float, default=1200, help="seconds per size before giving up")
    args = ap.parse_args()
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    rows = {}
    for size in (int(x) for x in args.sizes.split(",")):
        dest = out / f"scaling-{size}.json"
        cmd = [PY, "benchmarks/profile_stages.py", "--long", str(size), "--copies", str(COPIES.get(size, 1)),
               "--json", str(dest)]
        try:
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, timeout=args.timeout,
                           env={"PYTHONPATH": str(ROOT), **__import__("os").environ})
        except subprocess.TimeoutExpired:
            rows[size] = None
            print(f"{size:>9,} chars: did not finish in {args.timeout:.0f} s", flush=True)
            continue
        rows[size] = r = json.loads(dest.read_text())
        print(f"{size:>9,} chars: {r['cpu_seconds'] / r['chars'] * 1000:.2f} CPU s per 1k chars, "
              f"+{r['peak_rss_mb'] - r['load_peak_rss_mb']:.0f} MB over the model", flush=True)
    print(table(rows))


def table(rows: dict[int, dict | None]) -> str:
    done = {k: v for k, v in rows.items() if v}
    stages = list(next(iter(done.values()))["stages"]) if done else []
    lines = ["| article size (chars) | articles | CPU seconds | CPU ms per 1k chars | peak RSS (MB) | above model (MB) | "
             "bytes above model per char of the largest batch |", "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for size, r in rows.items():
        if r is None:
            lines.append(f"| {size:,} | - | did not finish | | | | |")
            continue
        extra = r["peak_rss_mb"] - r["load_peak_rss_mb"]
        lines.append(f"| {size:,} | {r['docs']} | {r['cpu_seconds']:.1f} | {r['cpu_seconds'] / r['chars'] * 1e6:.1f} | "
                     f"{r['peak_rss_mb']:.0f} | {extra:.0f} | {extra * 2**20 / r['largest_batch_chars']:.0f} |")
    lines += ["", "CPU milliseconds per 1,000 characters, by stage:", "",
              "| stage | " + " | ".join(f"{s:,}" for s in done) + " |", "| --- |" + " ---: |" * len(done)]
    for st in stages:
        lines.append(f"| {st} | " + " | ".join(f"{r['stages'][st] / r['chars'] * 1e6:.2f}" for r in done.values()) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
