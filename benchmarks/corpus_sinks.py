"""PostgreSQL and Parquet at corpus size: load a finished run's records with the pipeline's own
``--format`` options, twice, and check the second (full re-run) load leaves the same rows.

Takes the output folder of an earlier run over CORPUS (its journal holds every record), copies
it, and re-runs ``python -m pipeline run CORPUS --out COPY`` three times: with ``jsonl`` only
(reading the journal and rewriting the outputs: the part that is not the sinks), then twice with
``--format parquet,postgres``. Every article comes from the journal, so the difference between
the first two is the time of the sinks. Rows are counted in every PostgreSQL table and Parquet
dataset after each load.

    python benchmarks/corpus_sinks.py CORPUS RUN_DIR [--db postgresql://...]

Without ``--db`` a throwaway PostgreSQL server is started (tests/pgserver.py; install the
server binaries with scripts/ensure_postgres.sh).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PY, ROOT, measure, pipeline_cmd  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))


def pg_counts(url: str) -> dict[str, int]:
    import sqlalchemy as sa

    from pipeline import tables as T

    eng = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with eng.connect() as conn:
        present = set(sa.inspect(conn).get_table_names())
        out = {t: conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in T.TABLES if t in present}
    eng.dispose()
    return out


def parquet_counts(folder: Path) -> dict[str, int]:
    import pyarrow.dataset as ds

    return {p.name: ds.dataset(p, format="parquet").count_rows() for p in sorted(folder.iterdir()) if p.is_dir()} \
        if folder.exists() else {}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("run_dir", type=Path, help="output folder of a finished run over CORPUS")
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sinks-"))
    out = tmp / "out"
    shutil.copytree(args.run_dir, out)
    report: dict = {}
    with contextlib.ExitStack() as stack:
        url = args.db
        if url is None:
            from pgserver import postgres_server

            url = stack.enter_context(postgres_server())
        base = measure(pipeline_cmd(args.corpus, out, "--quiet"))
        summary = json.loads((out / "summary.json").read_text())
        # Only ingest rejects (keyed by input path and position) may be new; no article is parsed.
        new = summary["read"] - summary["reused_from_previous_runs"]
        assert new <= summary["rejected"], f"the run folder lacks {new} articles of {args.corpus}"
        report["records"] = summary["processed"]
        report["journal_only_seconds"] = base["seconds"]
        for load in ("first load", "full re-run"):
            res = measure(pipeline_cmd(args.corpus, out, "--quiet", "--format", "parquet,postgres", "--db", url))
            pg, pq = pg_counts(url), parquet_counts(out / "parquet")
            report[load] = {"seconds": res["seconds"], "sink_seconds": res["seconds"] - base["seconds"],
                            "postgres_rows": pg, "parquet_rows": pq}
    shutil.rmtree(tmp, ignore_errors=True)
    first, second = report["first load"], report["full re-run"]
    rows = sum(first["postgres_rows"].values())
    report["idempotent"] = first["postgres_rows"] == second["postgres_rows"] and \
        first["parquet_rows"] == second["parquet_rows"]
    lines = [f"{report['records']:,} records; PostgreSQL {rows:,} rows in {len(first['postgres_rows'])} tables, "
             f"Parquet {sum(first['parquet_rows'].values()):,} rows.", "",
             "| load | wall seconds | sinks seconds (wall minus the jsonl-only re-run) | rows/s (PostgreSQL + Parquet) |",
             "| --- | ---: | ---: | ---: |"]
    total = rows + sum(first["parquet_rows"].values())
    for load in ("first load", "full re-run"):
        r = report[load]
        lines.append(f"| {load} | {r['seconds']:.1f} | {r['sink_seconds']:.1f} | "
                     f"{total / max(r['sink_seconds'], 1e-9):,.0f} |")
    lines.append(f"\nRow counts after the re-run equal those after the first load: {report['idempotent']} "
                 f"({json.dumps(second['postgres_rows'])}).")
    text = "\n".join(lines)
    (ROOT / "benchmarks" / "out" / "corpus_sinks.json").write_text(json.dumps(report, indent=2) + "\n")
    print(text)


if __name__ == "__main__":
    main()
