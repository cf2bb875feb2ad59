"""The installed package works without the repository: the wheel carries the record schema and
its data files, and none of the evaluation code.

The wheel test builds the wheel from a copy of the sources, installs it (no dependencies) into a
fresh virtualenv that sees the test interpreter's site-packages for spaCy and the other
dependencies (so it runs offline), and processes the seed from a folder outside the checkout.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEED_TXT


def test_packaged_schema_is_the_source_of_truth():
    packaged = ROOT / "pipeline" / "schemas" / "article.schema.json"
    source = ROOT / "schemas" / "article.schema.json"
    assert packaged.read_bytes() == source.read_bytes(), (
        "pipeline/schemas/article.schema.json differs from schemas/article.schema.json: "
        "cp schemas/article.schema.json pipeline/schemas/")


def test_pipeline_does_not_import_evaluation():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "pipeline").rglob("*.py")
                 if any(line.lstrip().startswith(("from evaluation", "import evaluation"))
                        for line in p.read_text(encoding="utf-8").splitlines()
                        if "evaluation.cli import run_score" not in line)]
    assert offenders == [], f"pipeline modules import the evaluation package: {offenders}"


sys.path.insert(0, str(ROOT / "benchmarks"))
from cluster import build_wheel_venv, clean_env as _clean_env  # noqa: E402


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(wheel file, python of a fresh virtualenv with the wheel installed)."""
    # evaluation/ is copied too, so the test shows the build leaves it out.
    return build_wheel_venv(tmp_path_factory.mktemp("wheel"), trees=("pipeline", "schemas", "evaluation"))


@pytest.mark.wheel
@pytest.mark.model
def test_wheel_contents(installed):
    wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "pipeline/schemas/article.schema.json" in names
    assert "pipeline/data/countries_extra.json" in names
    assert not [n for n in names if n.startswith("evaluation/")]
    assert not [n for n in names if n.startswith("tests/")]


@pytest.mark.wheel
@pytest.mark.model
def test_installed_wheel_processes_the_seed(installed, tmp_path):
    _, python = installed
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED_TXT, inputs / SEED_TXT.name)
    out = tmp_path / "out"
    env = _clean_env()
    where = subprocess.run([str(python), "-c", "import pipeline; print(pipeline.__file__)"], cwd=tmp_path, env=env,
                           check=True, capture_output=True, text=True).stdout.strip()
    assert not where.startswith(str(ROOT)), f"the checkout's pipeline was imported: {where}"
    run = subprocess.run([str(python), "-m", "pipeline", "run", str(inputs), "--out", str(out), "--quiet"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["processed"] == 1 and summary["rejected"] == 0, summary
    valid = subprocess.run([str(python), "-m", "pipeline", "validate", str(out / "records.jsonl")], cwd=tmp_path,
                           env=env, capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    record = json.loads((out / "records.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert any(e["name"] == "Pete Hegseth" for e in record["entities"])


@pytest.mark.wheel
@pytest.mark.model
def test_installed_eval_names_the_fix(installed, tmp_path):
    _, python = installed
    res = subprocess.run([str(python), "-m", "pipeline", "eval", "--gold", str(tmp_path)], cwd=tmp_path,
                         env=_clean_env(), capture_output=True, text=True)
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "python -m evaluation" in lines[0] and "checkout" in lines[0], res.stderr
