"""Benchmark the SQL sinks: load N quantity rows (synthetic records) into SQLite and PostgreSQL.

Usage:
    python benchmarks/bench_sinks.py [--rows 100000] [--per-article 10] [--batch 1000]
                                     [--db postgresql://...] [--skip-postgres]

Without ``--db`` a throwaway PostgreSQL server is started (tests/pgserver.py). Each store is
loaded twice: the first load inserts into empty tables, the second replaces every article
(the idempotent path: DELETE by article id + insert, per batch transaction). Targets for
100,000 rows: <= 10 s SQLite, <= 15 s PostgreSQL.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from pipeline import sinks as S  # noqa: E402
from pipeline import tables as T  # noqa: E402

COUNTRIES = ("USA", "KOR", "DEU", "LTU", "JPN", "FRA", "GBR", "POL", "UKR", "IND")
UNITS = (("troop", "personnel", None), ("ship", "equipment", None), ("dollar", "money", "USD"),
         ("percent", "percent", None), ("euro", "money", "EUR"))


def synthetic_records(n_rows: int, per_article: int) -> list[dict]:
    """Schema-shaped records with ``per_article`` quantities each, ``n_rows`` quantities in all."""
    records = []
    for a in range(-(-n_rows // per_article)):
        k = min(per_article, n_rows - a * per_article)
        text = " ".join(f"Officials said {1000 + i:,} units moved." for i in range(k))
        qs = []
        pos = 0
        for i in range(k):
            surface = f"{1000 + i:,}"
            start = text.index(surface, pos)
            pos = start + len(surface)
            unit, cat, cur = UNITS[(a + i) % len(UNITS)]
            owner = COUNTRIES[(a + i) % len(COUNTRIES)]
            host = COUNTRIES[(a + 3 * i + 1) % len(COUNTRIES)]
            qs.append({
                "id": f"Q{i + 1}", "text": surface, "value": 1000 + i, "approximate": i % 3 == 0,
                "qualifier": "about" if i % 3 == 0 else None, "unit": unit, "category": cat, "currency": cur,
                "owner": {"entity": None, "country": owner}, "location": {"entity": None, "country": host},
                "evidence": {"start": start, "end": pos, "text": surface},
            })
        records.append({
            "schema_version": "1.0",
            "article": {"id": f"bench-{a:07d}", "source": "bench", "title": f"Article {a}", "dateline": None,
                        "published": "2025-01-01", "language": "en",
                        "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "n_chars": len(text),
                        "n_tokens": len(text.split()), "n_sentences": k},
            "provenance": {"pipeline_version": "bench", "model": {"name": "none", "version": "0"}},
            "entities": [], "roles": [], "quantities": qs, "forces": [], "dates": [], "quotes": [],
        })
    return records


def load(url: str, records: list[dict], batch: int) -> float:
    sink = S.SqlSink(url)
    t0 = time.perf_counter()
    try:
        for i in range(0, len(records), batch):
            sink.write_batch(records[i : i + batch])
    finally:
        sink.close()
    return time.perf_counter() - t0


def check(url: str, n_rows: int, n_articles: int) -> None:
    import sqlalchemy as sa

    engine = S.create_engine(url)
    with engine.connect() as conn:
        nq = conn.execute(sa.select(sa.func.count()).select_from(S.METADATA.tables["quantities"])).scalar()
        na = conn.execute(sa.select(sa.func.count()).select_from(S.METADATA.tables["articles"])).scalar()
    engine.dispose()
    if (nq, na) != (n_rows, n_articles):
        raise SystemExit(f"row counts wrong: {nq} quantities, {na} articles; want {n_rows}, {n_articles}")


def bench(name: str, url: str, records: list[dict], args: argparse.Namespace, target: float) -> None:
    first = load(url, records, args.batch)
    check(url, args.rows, len(records))
    second = load(url, records, args.batch)
    check(url, args.rows, len(records))
    ok = "ok" if first <= target else "SLOW"
    print(f"{name:10s} {args.rows:>8,d} quantity rows: first load {first:6.2f} s, "
          f"reload (replace) {second:6.2f} s  [target <= {target:.0f} s: {ok}]", flush=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--per-article", type=int, default=10)
    p.add_argument("--batch", type=int, default=1000, help="records per write_batch")
    p.add_argument("--db", help="PostgreSQL URL (tables are created; rows for bench-* ids replaced)")
    p.add_argument("--skip-postgres", action="store_true")
    args = p.parse_args()

    t0 = time.perf_counter()
    records = synthetic_records(args.rows, args.per_article)
    t_flat = time.perf_counter()
    T.flatten(records)
    print(f"{len(records):,} synthetic records built in {t_flat - t0:.2f} s; "
          f"flatten alone {time.perf_counter() - t_flat:.2f} s", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        bench("sqlite", str(Path(tmp) / "bench.sqlite"), records, args, 10)
    if args.skip_postgres:
        return
    if args.db:
        bench("postgres", args.db, records, args, 15)
        return
    import pgserver

    with pgserver.postgres_server() as url:
        bench("postgres", url, records, args, 15)


if __name__ == "__main__":
    main()
