"""A real Dask cluster: ``dask scheduler`` and two ``dask worker`` processes (separate
processes, from the installed wheel in its own virtualenv, as the README's cluster section
says), the pipeline run against them with ``--engine dask --scheduler``, records byte-identical
to the local engine's; and a run during which one worker is killed finishes with every
article exactly once (the scheduler re-runs the lost tasks; journal keys de-duplicate).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import cluster as C  # noqa: E402

from pipeline.engine import run  # noqa: E402

pytestmark = [pytest.mark.dask, pytest.mark.model, pytest.mark.wheel]

BATCH = 2  # small tasks, so the killed worker surely holds some
N_DOCS = 10


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """(venv python, corpus, local engine's records bytes, running cluster)."""
    tmp = tmp_path_factory.mktemp("cluster")
    python = C.build_venv(tmp / "build")
    corpus = tmp / "in.jsonl"
    # The shortest statements keep the test quick; the order stays the file's.
    lines = (CORPUS / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    keep = set(sorted(lines, key=len)[:N_DOCS])
    corpus.write_text("".join(line + "\n" for line in lines if line in keep), encoding="utf-8")
    # The local engine in this process (the model may already be loaded by other tests).
    run([corpus], out_dir=tmp / "local", quiet=True, batch_size=BATCH)
    with C.start_cluster(python, n_workers=2, workdir=tmp / "dask") as cluster:
        yield python, corpus, (tmp / "local" / "records.jsonl").read_bytes(), cluster, tmp


def test_workers_run_the_installed_wheel(setup):
    _, _, _, cluster, _ = setup
    where = cluster.worker_modules()
    assert len(where) == 2
    assert all("site-packages" in w and not w.startswith(str(ROOT)) for w in where), where


def test_cluster_run_gives_the_local_engines_records(setup):
    python, corpus, ref, cluster, tmp = setup
    proc = C.run_pipeline(python, corpus, tmp / "out", "--engine", "dask", "--scheduler", cluster.address,
                          "--batch-size", str(BATCH), cwd=tmp)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert ref.count(b"\n") == N_DOCS
    assert (tmp / "out" / "records.jsonl").read_bytes() == ref
    summary = json.loads((tmp / "out" / "summary.json").read_text())
    assert summary["engine"] == "dask" and summary["processed"] == N_DOCS


def test_killing_a_worker_mid_run_loses_and_duplicates_nothing(setup):
    python, corpus, ref, cluster, tmp = setup
    out = tmp / "killed"
    res, killed_at = C.run_with_kill(cluster, corpus, out, batch_size=BATCH, cwd=tmp, timeout=300)
    assert killed_at >= 0, "the run finished before a worker could be killed"
    assert res.returncode == 0, res.stderr
    assert cluster.workers[1].poll() is not None and cluster.n_workers() == 1
    assert (out / "records.jsonl").read_bytes() == ref
    journal = [json.loads(line)["key"] for line in (out / ".state" / "journal.jsonl").read_text().splitlines()]
    assert len(journal) == len(set(journal)) == N_DOCS
