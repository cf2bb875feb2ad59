"""The command line: one-line errors with exit status 1 for what a user can get wrong, --debug,
--version, the documented input conventions, and --no-text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEED_TXT

PY = [sys.executable, "-m", "pipeline"]
CANNOT_MKDIR = Path("/sys/newsie-cli-test")  # sysfs refuses new folders, even to root


def _cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*PY, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def _one_line_error(res: subprocess.CompletedProcess, *needles: str) -> None:
    assert res.returncode == 1, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


def _unwritable_dirs(tmp_path: Path) -> list[tuple[str, str]]:
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    cases = [(str(a_file), "is a file, not a folder"), (str(a_file / "sub"), "part of the path is a file")]
    if Path("/sys").is_dir() and not CANNOT_MKDIR.exists():
        cases.append((str(CANNOT_MKDIR), "cannot write there"))
    return cases


@pytest.mark.parametrize("inputs", [["/nonexistent/news.txt"], [str(SEED_TXT), "/nonexistent/news.txt"]])
def test_missing_input_is_exit_1_even_when_it_is_the_only_one(tmp_path, inputs):
    res = _cli("run", *inputs, "--out", str(tmp_path / "o"))
    _one_line_error(res, "/nonexistent/news.txt", "no such file or folder")
    assert not (tmp_path / "o" / "records.jsonl").exists()  # nothing ran


def test_unwritable_out_is_one_line(tmp_path):
    for out, fix in _unwritable_dirs(tmp_path):
        res = _cli("run", str(SEED_TXT), "--out", out)
        _one_line_error(res, "--out", out, fix)


def test_show_html_to_an_unwritable_path_is_one_line(tmp_path):
    for out, _ in _unwritable_dirs(tmp_path):
        target = str(Path(out) / "page.html") if not Path(out).is_file() else out + "/page.html"
        res = _cli("show", str(SEED_TXT), "--html", target)
        _one_line_error(res, "--html", target)
    res = _cli("show", str(SEED_TXT), "--html", str(tmp_path))  # a folder, not a file
    _one_line_error(res, "--html", "is a folder")


def test_bad_column_name_is_one_line_naming_file_column_and_columns(tmp_path):
    table = tmp_path / "news.csv"
    table.write_text("id,headline,content\n1,Title,Body text.\n", encoding="utf-8")
    res = _cli("run", str(table), "--out", str(tmp_path / "o"), "--text-column", "body")
    _one_line_error(res, str(table), "'body'", "--text-column", "id, headline, content")


def test_debug_shows_the_traceback(tmp_path):
    table = tmp_path / "news.csv"
    table.write_text("id,content\n1,Body text.\n", encoding="utf-8")
    res = _cli("run", str(table), "--out", str(tmp_path / "o"), "--debug")
    assert res.returncode == 1 and "Traceback" in res.stderr and "ColumnError" in res.stderr


def test_version_names_the_package():
    res = _cli("--version")
    assert res.returncode == 0 and res.stdout.strip() == "newsie-pipeline 0.1.0"


def test_run_help_documents_the_input_conventions():
    text = _cli("run", "--help").stdout
    for needle in ("front matter", "published: 2024-03-07", "--text-column", "--id-column", "--published-column",
                   "--title-column", ".parquet", "trafilatura", "--no-text", "--debug", "first line of the article"):
        assert needle in text, needle


@pytest.mark.model
def test_no_text_leaves_article_text_null(tmp_path):
    res = _cli("run", str(SEED_TXT), "--out", str(tmp_path / "o"), "--no-text", "--quiet", timeout=300)
    assert res.returncode == 0, res.stderr
    [record] = [json.loads(x) for x in (tmp_path / "o" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["article"]["text"] is None and record["entities"]
    res = _cli("run", str(SEED_TXT), "--out", str(tmp_path / "o"), "--quiet", timeout=300)
    [record] = [json.loads(x) for x in (tmp_path / "o" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["article"]["text"] == SEED_TXT.read_text(encoding="utf-8")  # not reused from the --no-text run
