"""End-to-end runs: outputs, rejects, incremental and resumable runs, workers, Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, SEED_TXT
from pipeline.engine import run
from pipeline.validate import schema_errors

pytestmark = pytest.mark.model


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    (d / "seed.txt").write_text(SEED_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    lines = (CORPUS / "statements.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    (d / "statements.jsonl").write_text("\n".join(lines) + "\n{broken json\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (d / "undecodable.txt").write_bytes(bytes(range(1, 256)) * 4)  # no encoding reads it as text
    return d


def test_run_writes_valid_records_and_accounts_for_every_input(small_corpus, tmp_path):
    out = tmp_path / "out"
    s = run([small_corpus], out_dir=out, quiet=True).to_dict()
    records, rejects = _lines(out / "records.jsonl"), _lines(out / "rejects.jsonl")
    assert s["read"] == 11 and s["processed"] == 7 and s["rejected"] == 4
    assert s["processed"] + s["rejected"] == s["read"]
    assert len(records) == 7 and len(rejects) == 4
    assert all(schema_errors(r) == [] for r in records)
    assert {r["reason"] for r in rejects} == {"empty", "binary", "undecodable", "bad_json"}
    assert all(r["message"].startswith(r["input"]) for r in rejects)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["read"] == 11


def test_rerun_is_incremental_and_identical(small_corpus, tmp_path):
    out = tmp_path / "out"
    run([small_corpus], out_dir=out, quiet=True)
    first = (out / "records.jsonl").read_bytes()
    s = run([small_corpus], out_dir=out, quiet=True).to_dict()
    assert s["reused_from_previous_runs"] == s["read"] and s["newly_processed"] == 0
    assert (out / "records.jsonl").read_bytes() == first
    s = run([small_corpus], out_dir=out, quiet=True, force=True).to_dict()
    assert s["newly_processed"] == s["read"]
    assert (out / "records.jsonl").read_bytes() == first


def test_changed_article_is_reprocessed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps({"id": "a", "text": "Japan sent two destroyers."}) + "\n"
                                 + json.dumps({"id": "b", "text": "France sent 300 troops to Estonia."}) + "\n")
    out = tmp_path / "out"
    run([src], out_dir=out, quiet=True)
    (src / "a.jsonl").write_text(json.dumps({"id": "a", "text": "Japan sent three destroyers."}) + "\n"
                                 + json.dumps({"id": "b", "text": "France sent 300 troops to Estonia."}) + "\n")
    s = run([src], out_dir=out, quiet=True).to_dict()
    assert s["reused_from_previous_runs"] == 1 and s["newly_processed"] == 1
    recs = {r["article"]["id"]: r for r in _lines(out / "records.jsonl")}
    assert len(recs) == 2


def test_changed_code_or_data_reprocesses_everything(tmp_path, monkeypatch):
    """Records made by other rules or word lists are not reused (same version number)."""
    import pipeline.engine as engine

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps({"id": "a", "text": "Japan sent two destroyers."}) + "\n")
    out = tmp_path / "out"
    run([src], out_dir=out, quiet=True)
    assert run([src], out_dir=out, quiet=True).to_dict()["reused_from_previous_runs"] == 1
    monkeypatch.setattr(engine, "code_fingerprint", lambda: "another checkout's code")
    s = run([src], out_dir=out, quiet=True).to_dict()
    assert s["reused_from_previous_runs"] == 0 and s["newly_processed"] == 1
    assert len(_lines(out / "records.jsonl")) == 1


def test_two_workers_give_identical_records(small_corpus, tmp_path):
    run([small_corpus], out_dir=tmp_path / "one", quiet=True)
    run([small_corpus], out_dir=tmp_path / "two", quiet=True, workers=2, batch_size=2)
    assert (tmp_path / "one" / "records.jsonl").read_bytes() == (tmp_path / "two" / "records.jsonl").read_bytes()


@pytest.mark.dask
def test_dask_engine_gives_identical_records(small_corpus, tmp_path):
    run([small_corpus], out_dir=tmp_path / "local", quiet=True)
    run([small_corpus], out_dir=tmp_path / "dask", quiet=True, engine="dask", workers=2, batch_size=2)
    assert (tmp_path / "local" / "records.jsonl").read_bytes() == (tmp_path / "dask" / "records.jsonl").read_bytes()


def test_kill_9_then_resume(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = (CORPUS / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(out), "--batch-size", "1", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = out / ".state" / "journal.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "records.jsonl").exists()  # nothing half-written
    done_before = journal.read_bytes().count(b"\n")
    assert 0 < done_before < len(lines)
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    records = _lines(out / "records.jsonl")
    ids = [r["article"]["id"] for r in records]
    assert sorted(ids) == sorted(json.loads(x)["id"] for x in lines)
    assert len(ids) == len(set(ids))
    summary = json.loads((out / "summary.json").read_text())
    assert summary["reused_from_previous_runs"] >= done_before - 1


def test_cli_exit_codes_and_validate(tmp_path):
    py = [sys.executable, "-m", "pipeline"]
    assert subprocess.run([*py, "run"], cwd=ROOT, capture_output=True).returncode == 2
    assert subprocess.run([*py, "run", str(SEED_TXT), "--published", "not-a-date"], cwd=ROOT,
                          capture_output=True).returncode == 2
    res = subprocess.run([*py, "run", str(SEED_TXT), "--out", str(tmp_path / "o"), "--model", "no_such_model_xyz"],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 1 and "no_such_model_xyz" in res.stderr
    res = subprocess.run([*py, "run", str(SEED_TXT), "--out", str(tmp_path / "ok"), "--quiet"], cwd=ROOT,
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    good = tmp_path / "ok" / "records.jsonl"
    assert subprocess.run([*py, "validate", str(good)], cwd=ROOT, capture_output=True).returncode == 0
    rec = json.loads(good.read_text().splitlines()[0])
    rec["quantities"] = [{"id": "Q1", "value": "lots"}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(rec) + "\n")
    res = subprocess.run([*py, "validate", str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 1 and "quantities/0" in res.stdout
