"""Two checkouts side by side: the pipeline's CPU time before and after a change, against raw spaCy.

Configurations, each a fresh process on the same documents, interleaved by round (slice 1
through every configuration, then slice 2, ..., the order rotating) so that they share the
machine's noise:
  - raw spaCy (the ``RAW`` script of :mod:`run`) in plain batches of 8, with the pipeline's
    ``nlp.pipe`` groups, and with those groups and the pipeline's spaCy caches (lemmas, attribute rules);
  - ``python -m pipeline run --workers 1`` from the ``--before`` checkout and from ``--after``.
After every round the two checkouts' ``records.jsonl`` are compared byte for byte. CPU = user +
system seconds of the whole process tree, the column to compare on a shared machine.

Before the rounds each checkout's ``pipeline`` package is byte-compiled (``compileall``), as an
installed package is and as spaCy's own modules are: where ``PYTHONDONTWRITEBYTECODE`` is set, every
``python -m pipeline run`` would otherwise compile the package's sources again (about 0.9 CPU s per
process, ~2% of a 150-document slice), a cost raw spaCy never pays. ``--no-compile`` measures without.

    python benchmarks/ab_trees.py --before /tmp/base --after . --n 300 --rounds 2
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, measure, wh_corpus  # noqa: E402
from run import RAW  # noqa: E402


def in_tree(tree: Path, args: list[str]) -> list[str]:
    """A command run from ``tree`` with ``tree`` first on the import path (``-m`` uses the cwd)."""
    return ["bash", "-c", f"cd {shlex.quote(str(tree))} && PYTHONPATH={shlex.quote(str(tree))} exec {PY} "
            + " ".join(shlex.quote(a) for a in args)]


def configs(before: Path, after: Path, variant: Path | None = None) -> dict:
    out = {
        "raw spaCy, batches of 8": lambda c, o: in_tree(after, ["-c", RAW, str(c)]),
        "raw spaCy, the pipeline's groups": lambda c, o: in_tree(after, ["-c", RAW, str(c), "grouped"]),
        "raw spaCy, the pipeline's groups and spaCy caches": lambda c, o: in_tree(
            after, ["-c", RAW, str(c), "grouped", "spacy-caches"]),
        "pipeline, 1 worker, before": lambda c, o: in_tree(
            before, ["-m", "pipeline", "run", str(c), "--out", str(o / "before"), "--quiet", "--workers", "1"]),
        "pipeline, 1 worker, after": lambda c, o: in_tree(
            after, ["-m", "pipeline", "run", str(c), "--out", str(o / "after"), "--quiet", "--workers", "1"]),
    }
    if variant is not None:  # a third checkout, e.g. one setting changed in the "after" code
        out["pipeline, 1 worker, variant"] = lambda c, o: in_tree(
            variant, ["-m", "pipeline", "run", str(c), "--out", str(o / "variant"), "--quiet", "--workers", "1"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", type=Path, required=True, help="checkout of the code before the change")
    ap.add_argument("--after", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--n", type=int, default=300, help="the first N benchmark documents")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--variant", type=Path, help="a third checkout measured the same way (records compared with after)")
    ap.add_argument("--no-compile", action="store_true", help="do not byte-compile the checkouts first")
    args = ap.parse_args()
    if not args.no_compile:
        for tree in {args.before, args.after, *([args.variant] if args.variant else [])}:
            subprocess.run([PY, "-m", "compileall", "-q", str(tree.resolve() / "pipeline")], check=True,
                           stdout=subprocess.DEVNULL)
    conf = configs(args.before.resolve(), args.after.resolve(), args.variant.resolve() if args.variant else None)
    lines = wh_corpus(args.n).read_text(encoding="utf-8").splitlines(keepends=True)
    size = -(-len(lines) // args.rounds)
    work = Path(tempfile.mkdtemp(prefix="ab-"))
    total = {n: {"seconds": 0.0, "cpu": 0.0, "peak": 0.0} for n in conf}
    names = list(conf)
    try:
        for r in range(args.rounds):
            part = work / f"slice{r}.jsonl"
            part.write_text("".join(lines[r * size:(r + 1) * size]), encoding="utf-8")
            out = work / f"r{r}"
            out.mkdir()
            for name in names[r % len(names):] + names[:r % len(names)]:
                res = measure(conf[name](part, out))
                t = total[name]
                t["seconds"] += res["seconds"]
                t["cpu"] += res["cpu_seconds"]
                t["peak"] = max(t["peak"], res["tree_peak_mb"])
                print(f"round {r + 1} {name}: wall {res['seconds']:.1f} s, CPU {res['cpu_seconds']:.1f} s, "
                      f"peak {res['tree_peak_mb']:.0f} MB", flush=True)
            same = (out / "before" / "records.jsonl").read_bytes() == (out / "after" / "records.jsonl").read_bytes()
            print(f"round {r + 1}: records before/after identical: {same}", flush=True)
            if args.variant:
                same = (out / "after" / "records.jsonl").read_bytes() == \
                    (out / "variant" / "records.jsonl").read_bytes()
                print(f"round {r + 1}: records after/variant identical: {same}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n| configuration | wall seconds | CPU seconds | peak RSS (MB) |\n| --- | ---: | ---: | ---: |")
    for n in names:
        print(f"| {n} | {total[n]['seconds']:.1f} | {total[n]['cpu']:.1f} | {total[n]['peak']:.0f} |")
    runs = names[3:]
    print("\n| CPU ratio (raw / pipeline) | " + " | ".join(n.rsplit(", ", 1)[1] for n in runs) + " |\n| --- |"
          + " ---: |" * len(runs))
    for raw in names[:3]:
        print(f"| against {raw} | " + " | ".join(f"{total[raw]['cpu'] / total[n]['cpu']:.3f}" for n in runs) + " |")


if __name__ == "__main__":
    main()
