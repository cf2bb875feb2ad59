"""The WORK and CHECK halves of the development gold, and pooled scores over a score file.

Rounds 14-34 judged each rule on two halves of the development folders: the even positions of each
folder's sorted stems (WORK, read while writing rules) and the odd ones (CHECK, scored only in
aggregate, never read). The scripts that built them lived in scratch space and were lost twice; this
module keeps them with the project.

Usage (from the repository root)::

    python -m evaluation.diagnostics.halves split OUT_DIR [FOLDER ...]
    python -m evaluation score $(for d in OUT_DIR/work-*; do echo --gold $d; done) --json work.json
    python -m evaluation score $(for d in OUT_DIR/check-*; do echo --frozen $d; done) --json check.json
    python -m evaluation.diagnostics.halves pool check.json [NAME_PART]

``split`` copies each folder's texts and gold into ``OUT_DIR/work-NAME`` and ``OUT_DIR/check-NAME``
(default folders: ``evaluation/gold/unseen-dev`` to ``unseen-dev24``, the 477 documents the round-34
WORK (239) and CHECK (238) numbers are on). ``pool`` sums true and false positives and misses over
the results of a score file whose name contains ``NAME_PART`` and prints F1 per metric: the numbers to
compare, never a document's.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
DEFAULT_FOLDERS = ["unseen-dev"] + [f"unseen-dev{i}" for i in range(2, 25)]
METRICS = ("persons", "roles", "roles_status", "events_actor", "events_actor_recipient", "quantities_unit", "dates")


def split(out_dir: Path, folders: list[Path]) -> dict[str, int]:
    """Copy each folder's even-position documents to ``work-NAME`` and odd ones to ``check-NAME``.

    Returns:
        Documents per half ({"work": n, "check": m}).
    """
    counts = {"work": 0, "check": 0}
    for folder in folders:
        stems = sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json"))
        for half, chosen in (("work", stems[0::2]), ("check", stems[1::2])):
            dest = out_dir / f"{half}-{folder.name}"
            dest.mkdir(parents=True, exist_ok=True)
            for stem in chosen:
                for suffix in (".txt", ".gold.json"):
                    shutil.copy(folder / f"{stem}{suffix}", dest / f"{stem}{suffix}")
            counts[half] += len(chosen)
    return counts


def pooled(results: list[dict], name_part: str = "") -> dict[str, dict[str, float]]:
    """Summed counts and F1 per metric over the results (of ``--json``) whose name has ``name_part``."""
    chosen = [r for r in results if "pipeline" in r and name_part in r.get("name", "")]
    out = {"documents": {"n": sum(r.get("documents", 0) for r in chosen)}}
    for metric in METRICS:
        tp = sum(r["pipeline"][metric]["tp"] for r in chosen if metric in r["pipeline"])
        fp = sum(r["pipeline"][metric]["fp"] for r in chosen if metric in r["pipeline"])
        fn = sum(r["pipeline"][metric]["fn"] for r in chosen if metric in r["pipeline"])
        out[metric] = {"tp": tp, "fp": fp, "fn": fn, "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0}
    return out


def main(argv: list[str]) -> None:
    if len(argv) >= 2 and argv[0] == "split":
        folders = [Path(f) for f in argv[2:]] or [GOLD / name for name in DEFAULT_FOLDERS]
        print(split(Path(argv[1]), folders))
    elif len(argv) >= 2 and argv[0] == "pool":
        scores = pooled(json.loads(Path(argv[1]).read_text(encoding="utf-8")), argv[2] if len(argv) > 2 else "")
        print(f"{scores.pop('documents')['n']} documents")
        for metric, s in scores.items():
            print(f"{metric}: F1 {s['f1']:.3f} (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
