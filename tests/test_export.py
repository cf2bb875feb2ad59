"""Export to Label Studio, doccano and spaCy: every fact round-trips as a span over article.text."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, ROOT
from pipeline.export import export, record_spans

RECORD = DATA / "export" / "seed_record.jsonl"
PY = [sys.executable, "-m", "pipeline"]


@pytest.fixture()
def out(tmp_path) -> Path:
    shutil.copy(RECORD, tmp_path / "records.jsonl")
    return tmp_path


@pytest.fixture(scope="module")
def record() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def _expected(record: dict) -> set[tuple[int, int, str]]:
    """Every evidence span of the record, with the label the export gives it."""
    exp = {(m["start"], m["end"], e["label"]) for e in record["entities"] for m in e["mentions"]}
    exp |= {(r["evidence"]["start"], r["evidence"]["end"], "ROLE") for r in record["roles"]}
    exp |= {(q["evidence"]["start"], q["evidence"]["end"], "QUANTITY") for q in record["quantities"]}
    exp |= {(d["evidence"]["start"], d["evidence"]["end"], "TIMEX") for d in record["dates"]}
    exp |= {(q["evidence"]["start"], q["evidence"]["end"], "QUOTE") for q in record["quotes"]}
    exp |= {(v["trigger"]["start"], v["trigger"]["end"], f"EVENT_{v['type']}") for v in record["events"]}
    return exp


def test_record_spans_cover_every_fact(record):
    spans = record_spans(record)
    assert {(s.start, s.end, s.label) for s in spans} == _expected(record)
    assert {s.kind for s in spans} == {"entities", "roles", "quantities", "dates", "quotes", "events"}


def test_spacy_docbin_round_trip(out, record):
    import spacy
    from spacy.tokens import DocBin

    n, skipped = export(out, to="spacy", output=out / "train.spacy")
    assert (n, skipped) == (1, 0)
    [doc] = DocBin().from_disk(out / "train.spacy").get_docs(spacy.blank("en").vocab)
    text = record["article"]["text"]
    assert doc.text == text and doc.user_data["article_id"] == record["article"]["id"]
    got = {(s.start_char, s.end_char, s.label_) for group in doc.spans.values() for s in group}
    assert got == _expected(record)
    for group in doc.spans.values():
        for s in group:
            assert s.text == text[s.start_char:s.end_char]  # each span is exactly its evidence
    ents = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
    mentions = {(m["start"], m["end"], e["label"]) for e in record["entities"] for m in e["mentions"]}
    assert ents and ents <= mentions  # doc.ents: the entity mentions, without overlaps
    hegseth = next(e for e in record["entities"] if e["name"] == "Pete Hegseth")
    assert {m["text"] for m in hegseth["mentions"]} <= {e.text for e in doc.ents if e.label_ == "PERSON"}


def test_doccano_jsonl(out, record):
    export(out, to="doccano", output=out / "d.jsonl")
    [line] = [json.loads(x) for x in (out / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert line["text"] == record["article"]["text"]
    assert {tuple(x) for x in line["label"]} == _expected(record)


def test_label_studio_tasks_and_config(out, record):
    export(out, to="label-studio", output=out / "tasks.json")
    [task] = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    text = task["data"]["text"]
    results = task["predictions"][0]["result"]
    assert {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in results} == _expected(record)
    assert all(text[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"] for r in results)
    assert all(r["from_name"] == "label" and r["to_name"] == "text" and r["type"] == "labels" for r in results)
    config = (out / "label_studio_config.xml").read_text(encoding="utf-8")
    assert '<Labels name="label" toName="text">' in config and '<Label value="EVENT_CONSULT"/>' in config


def test_cli_export_and_records_without_text(out, record):
    res = subprocess.run([*PY, "export", str(out), "--to", "doccano"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    assert (out / "export" / "doccano.jsonl").exists() and "1 articles" in res.stderr
    record["article"]["text"] = None
    (out / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    res = subprocess.run([*PY, "export", str(out), "--to", "spacy"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr.count("\n") == 1 and "without --no-text" in res.stderr
