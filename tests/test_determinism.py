"""Determinism: the same corpus gives byte-identical records.jsonl and rejects.jsonl across runs,
processes (different hash seeds) and engines; volatile facts (timings, paths of outputs) live
only in summary.json.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, SEED_TXT
from make_bad_corpus import make

pytestmark = pytest.mark.model

# summary.json keys allowed to differ between two runs of the same corpus.
VOLATILE = {"seconds", "docs_per_second", "outputs"}
_VOLATILE_KEY = re.compile(r"time|host|pid|duration|elapsed|seconds|created|run_id|user", re.I)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    bad = make(tmp_path_factory.mktemp("bad"))
    d = tmp_path_factory.mktemp("det")
    (d / "seed.txt").write_text(SEED_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    lines = (CORPUS / "statements.jsonl").read_text(encoding="utf-8").splitlines()[:10]
    (d / "statements.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name in ("quotes.txt", "rtl_emoji.txt", "markup.txt", "crlf.txt", "page.html", "control_chars.txt",
                 "utf16_bom.txt", "articles.jsonl", "empty.txt", "latin1.txt", "binary.txt"):
        (d / name).write_bytes((bad / name).read_bytes())
    return d


def _cli_run(corpus: Path, out: Path, hash_seed: str) -> None:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    res = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--quiet",
                          "--batch-size", "4"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr


@pytest.fixture(scope="module")
def two_runs(corpus, tmp_path_factory) -> tuple[Path, Path]:
    a, b = tmp_path_factory.mktemp("run_a"), tmp_path_factory.mktemp("run_b")
    _cli_run(corpus, a, "1")
    _cli_run(corpus, b, "4242")
    return a, b


def test_two_processes_with_different_hash_seeds_give_identical_bytes(two_runs):
    a, b = two_runs
    records = (a / "records.jsonl").read_bytes()
    assert records.count(b"\n") >= 15
    assert records == (b / "records.jsonl").read_bytes()
    assert (a / "rejects.jsonl").read_bytes() == (b / "rejects.jsonl").read_bytes()
    sa, sb = (json.loads((p / "summary.json").read_text()) for p in two_runs)
    assert sa.keys() == sb.keys()
    differing = {k for k in sa if sa[k] != sb[k]}
    assert differing <= VOLATILE, f"non-volatile summary fields differ: {differing - VOLATILE}"


def _keys(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield f"{path}/{k}"
            yield from _keys(v, f"{path}/{k}")
    elif isinstance(obj, list):
        for v in obj:
            yield from _keys(v, path)


def test_records_carry_nothing_volatile(two_runs):
    a, _ = two_runs
    raw = (a / "records.jsonl").read_text(encoding="utf-8") + (a / "rejects.jsonl").read_text(encoding="utf-8")
    for line in raw.splitlines():
        volatile = {k for k in _keys(json.loads(line)) if _VOLATILE_KEY.search(k.rsplit("/", 1)[-1])}
        assert not volatile, f"volatile-looking fields in records: {volatile}"
    assert str(a) not in raw, "the output folder must not leak into records"
    assert socket.gethostname() not in raw or len(socket.gethostname()) < 4


def test_in_process_rerun_with_force_gives_identical_bytes(corpus, two_runs, tmp_path):
    from pipeline.engine import run

    a, _ = two_runs
    run([corpus], out_dir=tmp_path, quiet=True, batch_size=7, force=True)
    assert (tmp_path / "records.jsonl").read_bytes() == (a / "records.jsonl").read_bytes()
    assert (tmp_path / "rejects.jsonl").read_bytes() == (a / "rejects.jsonl").read_bytes()


@pytest.mark.dask
def test_dask_engine_matches_local_engine_byte_for_byte(corpus, two_runs, tmp_path):
    from pipeline.engine import run

    a, _ = two_runs
    s = run([corpus], out_dir=tmp_path, quiet=True, engine="dask", workers=2, batch_size=3).to_dict()
    assert s["engine"] == "dask" and s["read"] == s["processed"] + s["rejected"]
    assert (tmp_path / "records.jsonl").read_bytes() == (a / "records.jsonl").read_bytes()
    assert (tmp_path / "rejects.jsonl").read_bytes() == (a / "rejects.jsonl").read_bytes()
