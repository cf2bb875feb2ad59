"""Throughput and memory on the White House corpus, every configuration side by side.

Configurations, each in a fresh process on the same documents:
  1. raw spaCy: ``spacy.load(model)`` with the components the pipeline keeps and none of the
     ``newsie_*`` ones, ``nlp.pipe`` over the same normalised texts, same batch size; and again
     with the pipeline's own ``nlp.pipe`` groups (<= 8 articles and <= 50,000 characters each,
     which bound a worker's memory and cost some spaCy batching efficiency), so that the
     pipeline's extraction cost can be told apart from its batching choice; and with those groups
     and the pipeline's spaCy caches (:mod:`pipeline.lemmas`, :mod:`pipeline.attribute_rules`:
     the same lemmas, parts of speech and morphology, cheaper), the like-for-like baseline for
     the spaCy part the pipeline runs;
  2. the full pipeline (ingest, extraction, validation, journal, outputs), 1 and 2 workers;
  3. the Dask engine with 2 workers (a LocalCluster started by the run, start-up included);
  4. an unchanged re-run (incremental: everything comes from the journal).
The corpus is cut into ``--rounds`` slices and every configuration runs on slice 1, then
every configuration on slice 2, ... (the order rotating per round), so that when other work
shares the machine all configurations see the same noise; the totals add the rounds up. The
RSS of each command's whole process tree is polled every 0.2 s (:mod:`treerss`): the main
process, each model-holding worker and the sum.

    python benchmarks/run.py --quick            # first 2,000 documents
    python benchmarks/run.py --n 14249          # the whole corpus
    python benchmarks/run.py --n 300 --rounds 1 --no-write   # a smoke run
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, ROOT, count_words, measure, pipeline_cmd, wh_corpus  # noqa: E402

# argv: corpus, then "grouped" to feed nlp.pipe the pipeline's own groups instead of plain batches,
# "spacy-caches" to give spaCy's lemmatizer and attribute ruler the pipeline's caching
# (pipeline.lemmas, pipeline.attribute_rules; the same annotations).
RAW = r"""
import json, sys, time
import spacy
from pipeline import nlp as N
from pipeline.worker import PIPE_BATCH_CHARS, PIPE_BATCH_SIZE, pipe_groups
from pipeline.records import Article
arts = [Article(id=o["id"], text=o["text"], title=o.get("title"), published=o.get("published"))
        for o in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
nlp = spacy.load(N.model_name())
for name in [p for p in nlp.pipe_names if p not in N.NEEDED]:
    nlp.remove_pipe(name)
if "spacy-caches" in sys.argv[2:]:
    from pipeline.attribute_rules import cache_attribute_rules
    from pipeline.lemmas import cache_lemmas
    cache_attribute_rules(nlp)
    cache_lemmas(nlp)
groups = (list(pipe_groups(arts, PIPE_BATCH_SIZE, PIPE_BATCH_CHARS)) if "grouped" in sys.argv[2:]
          else [arts])
t = time.perf_counter()
n = 0
for group in groups:
    texts = [N.prepare(a).text for a in group]
    nlp.max_length = max(nlp.max_length, max(map(len, texts)) + 1)
    n += sum(1 for _ in nlp.pipe(texts, batch_size=min(len(texts), PIPE_BATCH_SIZE)))
print(json.dumps({"docs": n, "process_seconds": time.perf_counter() - t, "pipes": nlp.pipe_names}))
"""

RAW_NAME = "raw spaCy nlp.pipe (1 process)"
RAW_GROUPED_NAME = "raw spaCy nlp.pipe, the pipeline's groups (1 process)"
RAW_CACHED_NAME = "raw spaCy nlp.pipe, the pipeline's groups and spaCy caches (1 process)"
CONFIGS = {
    RAW_NAME: lambda corpus, out: [PY, "-c", RAW, str(corpus)],
    RAW_GROUPED_NAME: lambda corpus, out: [PY, "-c", RAW, str(corpus), "grouped"],
    RAW_CACHED_NAME: lambda corpus, out: [PY, "-c", RAW, str(corpus), "grouped", "spacy-caches"],
    "pipeline, 1 worker": lambda corpus, out: pipeline_cmd(corpus, out / "w1", "--quiet", "--workers", "1"),
    "pipeline, 2 workers": lambda corpus, out: pipeline_cmd(corpus, out / "w2", "--quiet", "--workers", "2"),
    "Dask engine, 2 workers (LocalCluster)": lambda corpus, out: pipeline_cmd(
        corpus, out / "dask", "--quiet", "--engine", "dask", "--workers", "2"),
}
RERUN = "unchanged re-run (1 worker)"


def split(corpus: Path, rounds: int, work: Path) -> list[Path]:
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    size = -(-len(lines) // rounds)
    out = []
    for r in range(rounds):
        p = work / f"slice{r}.jsonl"
        p.write_text("".join(lines[r * size:(r + 1) * size]), encoding="utf-8")
        out.append(p)
    return out


def run_all(corpus: Path, rounds: int, skip_dask: bool) -> dict[str, dict]:
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    names = [n for n in CONFIGS if not (skip_dask and n.startswith("Dask"))]
    totals: dict[str, dict] = {n: {"seconds": 0.0, "cpu_seconds": 0.0, "main_peak_mb": 0.0, "worker_peak_mb": 0.0, "tree_peak_mb": 0.0,
                                   "rounds": []} for n in [*names, RERUN]}
    try:
        slices = split(corpus, rounds, work)
        for r, part in enumerate(slices):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                res = measure(CONFIGS[name](part, work / f"r{r}"))
                _add(totals[name], res)
                print(f"round {r + 1}/{rounds} {name}: {res['seconds']:.1f} s ({res['cpu_seconds']:.1f} s CPU), worker peaks "
                      f"{[round(x) for x in res['worker_peaks_mb']]} MB, main {res['main_peak_mb']:.0f} MB", flush=True)
        for r, part in enumerate(slices):
            _add(totals[RERUN], measure(pipeline_cmd(part, work / f"r{r}" / "w1", "--quiet", "--workers", "1")))
        # The same records from every engine (byte for byte), the check that makes the times comparable.
        for r in range(rounds):
            ref = (work / f"r{r}" / "w1" / "records.jsonl").read_bytes()
            for sub in ("w2", "dask"):
                p = work / f"r{r}" / sub / "records.jsonl"
                if p.exists() and p.read_bytes() != ref:
                    print(f"WARNING: round {r + 1}: {sub} records differ from the 1-worker records", flush=True)
                    keep = ROOT / "benchmarks" / "out" / f"mismatch-round{r + 1}"
                    keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(work / f"r{r}" / "w1" / "records.jsonl", keep / "w1.records.jsonl")
                    shutil.copy(p, keep / f"{sub}.records.jsonl")
                    totals[RERUN].setdefault("mismatch", []).append(f"round {r + 1} {sub}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return totals


def _add(total: dict, res: dict) -> None:
    total["seconds"] += res["seconds"]
    total["cpu_seconds"] += res["cpu_seconds"]
    total["main_peak_mb"] = max(total["main_peak_mb"], res["main_peak_mb"])
    # The main process holds the model itself with 1 worker (and in the raw run).
    worker = max(res["worker_peaks_mb"], default=res["main_peak_mb"])
    total["worker_peak_mb"] = max(total["worker_peak_mb"], worker)
    total["tree_peak_mb"] = max(total["tree_peak_mb"], res["tree_peak_mb"])
    total["rounds"].append({"seconds": round(res["seconds"], 2), "cpu_seconds": round(res["cpu_seconds"], 2), "workers_mb": [round(x) for x in res["worker_peaks_mb"]],
                            "main_mb": round(res["main_peak_mb"]), "tree_mb": round(res["tree_peak_mb"])})


def table(results: dict[str, dict], docs: int, words: int, rounds: int) -> str:
    one = results["pipeline, 1 worker"]
    raw = results[RAW_NAME]
    grouped = results.get(RAW_GROUPED_NAME)
    cached = results.get(RAW_CACHED_NAME)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    lines = [f"Measured {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} on {machine}; first {docs:,} "
             f"documents of the White House corpus, {words:,} words; {rounds} interleaved round(s); each "
             "configuration in fresh processes, model loading (and Dask cluster start) included. CPU = user + "
             "system seconds of the whole process tree.", "",
             "| configuration | wall seconds | CPU seconds | docs/s (wall) | words/s (wall) | words per CPU second | "
             "main process peak RSS (MB) | per-worker peak RSS (MB) | process tree peak RSS (MB) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in results.items():
        s, c = r["seconds"], r["cpu_seconds"]
        lines.append(f"| {name} | {s:.1f} | {c:.1f} | {docs / s:.2f} | {words / s:,.0f} | {words / max(c, 1e-9):,.0f} | "
                     f"{r['main_peak_mb']:.0f} | {r['worker_peak_mb']:.0f} | {r['tree_peak_mb']:.0f} |")
    ratios = [("full pipeline, 1 worker vs raw spaCy, wall (target >= 0.85)", raw["seconds"] / one["seconds"]),
              ("full pipeline, 1 worker vs raw spaCy, CPU", raw["cpu_seconds"] / one["cpu_seconds"]),
              *([("full pipeline, 1 worker vs raw spaCy with the same groups, CPU",
                  grouped["cpu_seconds"] / one["cpu_seconds"])] if grouped else []),
              *([("full pipeline, 1 worker vs raw spaCy with the same groups and spaCy caches, CPU",
                  cached["cpu_seconds"] / one["cpu_seconds"])] if cached else []),
              ("2 workers vs 1 worker, wall (target >= 1.8)", one["seconds"] / results["pipeline, 2 workers"]["seconds"]),
              ("2 workers: CPU of 1 worker / CPU of the 2-worker tree (x2 = speed-up bound on 2 idle cores)",
               one["cpu_seconds"] / results["pipeline, 2 workers"]["cpu_seconds"])]
    dask = results.get("Dask engine, 2 workers (LocalCluster)")
    if dask:
        ratios += [("Dask 2 workers vs 1 local worker, wall (target >= 1.6)", one["seconds"] / dask["seconds"]),
                   ("Dask: CPU of 1 local worker / CPU of the Dask tree (x2 = speed-up bound)",
                    one["cpu_seconds"] / dask["cpu_seconds"])]
    ratios.append(("unchanged re-run vs first run, wall", one["seconds"] / results[RERUN]["seconds"]))
    lines += ["", "| ratio | value |", "| --- | ---: |", *[f"| {k} | {v:.2f} |" for k, v in ratios]]
    if results[RERUN].get("mismatch"):
        lines.append(f"\nRecords differed from the 1-worker run in: {', '.join(results[RERUN]['mismatch'])}.")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="the first N documents (default 2000)")
    ap.add_argument("--quick", action="store_true", help="the 2,000-document quick mode (the default --n)")
    ap.add_argument("--rounds", type=int, default=2, help="interleaved rounds (default 2)")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--no-write", action="store_true", help="print, do not update docs/performance.md")
    args = ap.parse_args()
    corpus = wh_corpus(None if args.n >= 14249 else args.n)
    docs, words, _ = count_words(corpus)
    results = run_all(corpus, args.rounds, args.skip_dask)
    text = table(results, docs, words, args.rounds)
    print(text)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"run-{docs}.json").write_text(json.dumps({"docs": docs, "words": words, "results": results}, indent=2))
    if not args.no_write:
        doc = ROOT / "docs" / "performance.md"
        body = doc.read_text(encoding="utf-8")
        start, end = "<!-- bench:start -->", "<!-- bench:end -->"
        block = f"{start}\n{text}\n{end}"
        body = (body[: body.index(start)] + block + body[body.index(end) + len(end):] if start in body
                else body.rstrip() + "\n\n## Throughput (benchmarks/run.py)\n\n" + block + "\n")
        doc.write_text(body, encoding="utf-8")
        print(f"updated {doc}")


if __name__ == "__main__":
    main()
