"""Determinism property (issue #15): for random subsets and orders of a real corpus, with
several PYTHONHASHSEED values, batch sizes 1, 7 and 64, the local engine with 1 and 2 workers
and the Dask engine, each article's record is byte-identical to the record of that article
processed alone.

The corpus: the repository's White House statements (corpus/statements.jsonl), short documents
of the benchmark corpus when ../shared is present, and news-style texts in which one person's
name is written two ways that differ only in letter case ("LeBron James" / "Lebron James"),
the tie that used to be broken by set order (issue #15). Subsets and orders come from seeded
``random.Random`` instances, so a failure names a reproducible case.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, shared_dir

pytestmark = pytest.mark.model

# Texts with two spellings of one name that differ only in case; both orders of first mention.
TIE_TEXTS = [
    ("tie-lebron", "LeBron James scored 31 points as the Los Angeles Lakers beat the Boston Celtics 114-105 "
                   "on Tuesday night. Lebron James, 39, said after the game that the team had finally found "
                   "its rhythm. Coach JJ Redick praised James for his defense in the fourth quarter."),
    ("tie-lebron-rev", "Lebron James will miss Friday's game against the Denver Nuggets with a sore left foot, "
                       "the Lakers said on Wednesday. LeBron James has played in 62 games this season and is "
                       "averaging 24 points. The team expects him back next week."),
    ("tie-desantis", "Florida Governor Ron DeSantis signed a $117 billion budget on Thursday in Tallahassee. "
                     "Ron Desantis vetoed nearly $600 million in local projects, his office said. Democrats in "
                     "the state House criticized the vetoes."),
    ("tie-mcdonald", "Denis Mcdonough, the Secretary of Veterans Affairs, visited a clinic in Ohio on Monday. "
                     "Denis McDonough told reporters that wait times had fallen by 12 percent since March. "
                     "The department plans to open 30 more clinics next year."),
]

RUNNER = r"""
import json, sys
from pipeline.engine import process_articles
from pipeline.ingest import read_inputs
spec = json.load(sys.stdin)
arts = {a.id: a for a in read_inputs([spec["corpus"]])}
out = {}
if spec["alone"]:
    out["alone"] = {i: json.dumps(process_articles([a], batch_size=1)[0][1], ensure_ascii=False)
                    for i, a in arts.items()}
for name, order, batch in spec["runs"]:
    got = {}
    for i in range(0, len(order), batch):
        for art_id, record, reject in process_articles([arts[x] for x in order[i:i + batch]], batch_size=batch):
            got[art_id] = json.dumps(record, ensure_ascii=False) if record is not None else json.dumps(reject)
    out[name] = got
json.dump(out, sys.stdout)
"""


def _bench_texts(n: int) -> list[dict]:
    """``n`` short documents (<= 2,000 characters) from the start of the benchmark corpus."""
    shared = shared_dir()
    path = shared / "bench" / "wh-briefings.jsonl.gz" if shared else None
    if path is None or not path.exists():
        return []
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            if len(o["text"]) <= 2000:
                out.append({k: o[k] for k in ("id", "title", "published", "text") if o.get(k)})
                if len(out) >= n:
                    break
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    """(JSONL file, article ids)."""
    rows = [json.loads(line) for line in (CORPUS / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if len(r["text"]) <= 2000] + _bench_texts(8)
    rows += [{"id": i, "text": t, "published": "2024-03-05"} for i, t in TIE_TEXTS]
    path = tmp_path_factory.mktemp("prop") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path, [r["id"] for r in rows]


def _subprocess(spec: dict, seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    res = subprocess.run([sys.executable, "-c", RUNNER], input=json.dumps(spec), env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    return json.loads(res.stdout)


def _case(rng: random.Random, ids: list[str]) -> list[str]:
    """A random subset (at least half) in random order, always with the name-tie texts."""
    ties = [i for i, _ in TIE_TEXTS]
    rest = [i for i in ids if i not in ties]
    pick = rng.sample(rest, rng.randint(len(rest) // 2, len(rest))) + ties
    rng.shuffle(pick)
    return pick


@pytest.fixture(scope="module")
def results(corpus, tmp_path_factory) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Every configuration's records by article id, and ``alone`` (hash seed 0, batch of one)."""
    from pipeline.engine import run

    path, ids = corpus
    out: dict[str, tuple[list[str], dict[str, str]]] = {}
    for seed in ("0", "1", "2"):
        rng = random.Random(f"determinism-{seed}")
        runs = [(f"seed {seed}, batch {b}, case {rng.random():.6f}", _case(rng, ids), b) for b in (1, 7, 64)]
        got = _subprocess({"corpus": str(path), "alone": seed == "0", "runs": runs}, seed)
        if seed == "0":
            out["alone"] = (ids, got.pop("alone"))
        for name, order, _ in runs:
            out[name] = (order, got[name])
    lines = {json.loads(line)["id"]: json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()}
    for engine, workers in (("local", 2), ("dask", 2)):
        rng = random.Random(f"determinism-{engine}")
        order = _case(rng, ids)
        tmp = tmp_path_factory.mktemp(engine)
        sub = tmp / "in.jsonl"
        sub.write_text("".join(json.dumps(lines[i], ensure_ascii=False) + "\n" for i in order), encoding="utf-8")
        run([sub], out_dir=tmp / "out", quiet=True, engine=engine, workers=workers, batch_size=7)
        recs = {json.loads(line)["article"]["id"]: line for line in (tmp / "out" / "records.jsonl").read_text().splitlines()}
        out[f"{engine} engine, {workers} workers, batch 7"] = (order, recs)
    return out


def _differences(results, tie: bool) -> list[str]:
    ties = {i for i, _ in TIE_TEXTS}
    _, alone = results["alone"]
    bad = []
    for name, (order, got) in results.items():
        if name == "alone":
            continue
        assert set(got) == set(order), f"{name}: articles lost or added"
        bad += [f"{name}: {i}" for i in order if (i in ties) == tie and got[i] != alone[i]]
    return bad


@pytest.mark.dask
def test_every_record_equals_the_record_of_its_article_alone(results):
    assert len(results) == 12
    assert _differences(results, tie=False) == []


@pytest.mark.dask
def test_name_variants_that_tie_do_not_depend_on_hash_seed_or_batch(results):
    assert _differences(results, tie=True) == []
