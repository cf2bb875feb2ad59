"""Tests for the evaluation command line (``python -m evaluation``) and the thin
``python -m pipeline eval`` that delegates to it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from evaluation.cli import main as eval_main
from pipeline.cli import main as pipeline_main

TEXT = ("Ministers Meet\n\nSEOUL — South Korean Defence Minister Ahn Gyu-back met US Defense Secretary Pete Hegseth "
        "in Seoul on Tuesday.\n")
GOLD = {
    "file": "01_meeting.txt", "published": "2025-11-04", "genre": "wire",
    "persons": ["Ahn Gyu-back", "Pete Hegseth"],
    "roles": [{"person": "Ahn Gyu-back", "title": "Defence Minister", "role": "defence_minister", "country": "KOR",
               "organization": None, "status": "current",
               "evidence": {"text": "South Korean Defence Minister Ahn Gyu-back", "occurrence": 0}},
              {"person": "Pete Hegseth", "title": "Defense Secretary", "role": "defence_minister", "country": "USA",
               "organization": None, "status": "current",
               "evidence": {"text": "US Defense Secretary Pete Hegseth", "occurrence": 0}}],
    "quantities": [], "forces": [], "quotes": [],
    "dates": [{"text": "Tuesday", "type": "DATE", "value": "2025-11-04",
               "evidence": {"text": "Tuesday", "occurrence": 0}}],
    "events": [{"type": "CONSULT", "actor": "Ahn Gyu-back", "actor_country": "KOR", "recipient": "Pete Hegseth",
                "recipient_country": "USA", "location": "KOR", "date": "2025-11-04", "trigger": "met",
                "evidence": {"text": "Ahn Gyu-back met US Defense Secretary Pete Hegseth", "occurrence": 0}}],
}


@pytest.fixture()
def gold_sets(tmp_path: Path) -> tuple[Path, Path]:
    sets = []
    for name in ("dev", "held"):
        d = tmp_path / name
        d.mkdir()
        (d / "01_meeting.txt").write_text(TEXT, encoding="utf-8")
        (d / "01_meeting.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
        sets.append(d)
    return sets[0], sets[1]


@pytest.mark.model
def test_pipeline_eval_delegates_and_reports_frozen(gold_sets, tmp_path, capsys) -> None:
    dev, held = gold_sets
    md, js = tmp_path / "accuracy.md", tmp_path / "accuracy.json"
    assert pipeline_main(["eval", "--gold", str(dev), "--frozen", str(held), "--baseline",
                          "--markdown", str(md), "--json", str(js)]) == 0
    results = json.loads(js.read_text(encoding="utf-8"))
    assert [(r["name"], r["frozen"]) for r in results] == [("dev", False), ("held", True)]
    assert results[0]["pipeline"]["persons"]["f1"] == 1.0
    assert results[0]["baseline"]["events_actor"]["tp"] == 1   # "met" is the ROOT verb
    text = md.read_text(encoding="utf-8")
    assert text.index("## dev (1 documents)") < text.index("## Frozen sets (held out)") < text.index("### held (frozen)")
    assert "| wire |" in text
    assert "pipeline on" in capsys.readouterr().out


def test_eval_needs_a_gold_folder(capsys) -> None:
    assert eval_main(["score"]) == 1
    assert "--gold" in capsys.readouterr().err


def test_iaa_command(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(GOLD["events"]), encoding="utf-8")
    b.write_text(json.dumps({"events": [dict(GOLD["events"][0], recipient=None)]}), encoding="utf-8")
    assert eval_main(["iaa", str(a), str(b), "--json", str(tmp_path / "iaa.json")]) == 0
    out = capsys.readouterr().out
    assert "| events_actor | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 |" in out
    assert "| events_actor_recipient | 0.000 | 0.000 | 0.000 | 0 | 1 | 1 |" in out


def test_pipeline_eval_without_evaluation_names_the_fix(monkeypatch, capsys, tmp_path) -> None:
    for name in ("evaluation", "evaluation.cli"):
        monkeypatch.setitem(sys.modules, name, None)   # as in an installed wheel
    assert pipeline_main(["eval", "--gold", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "python -m evaluation score" in err[0] and "checkout" in err[0]


def _recognizers_folder(root: Path) -> Path:
    """A Recognizers-Text folder in the layout of shared/dev/recognizers with a few real-form cases."""
    d = root / "recognizers"
    d.mkdir()
    number = [{"Input": "The army bought 3 helicopters.",
               "Results": [{"Text": "3", "Start": 16, "End": 16, "TypeName": "number",
                            "Resolution": {"subtype": "integer", "value": "3"}}]},
              {"Input": "Turn to page 7",  # a bare number: left out
               "Results": [{"Text": "7", "Start": 13, "End": 13, "TypeName": "number",
                            "Resolution": {"subtype": "integer", "value": "7"}}]}]
    (d / "Number_NumberModel.json").write_text(json.dumps(number), encoding="utf-8")
    for name in ("Number_NumberRangeModel", "NumberWithUnit_CurrencyModel", "NumberWithUnit_DimensionModel"):
        (d / f"{name}.json").write_text("[]", encoding="utf-8")
    dates = [{"Input": "I'll leave tomorrow", "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
              "Results": [{"Text": "tomorrow", "Start": 11, "End": 18, "TypeName": "datetimeV2.date",
                           "Resolution": {"values": [{"timex": "2016-11-08", "type": "date"}]}}]}]
    (d / "DateTime_DateTimeModel.json").write_text("\ufeff" + json.dumps(dates), encoding="utf-8")
    return d


@pytest.mark.model
def test_score_reports_recognizers(tmp_path: Path, capsys) -> None:
    folder = _recognizers_folder(tmp_path)
    md, js = tmp_path / "accuracy.md", tmp_path / "accuracy.json"
    assert eval_main(["score", "--recognizers", str(folder), "--markdown", str(md), "--json", str(js)]) == 0
    rec = json.loads(js.read_text(encoding="utf-8"))[-1]["recognizers"]
    assert rec["models"]["Number"]["kept"] == 1 and rec["models"]["DateTime"]["passed"] == 1
    assert rec["excluded"] == {"bare number": 1}
    text = md.read_text(encoding="utf-8")
    assert "## Recognizers-Text (number, unit, range, date forms)" in text
    assert "| Number | 1 | 1 | 1.000 |" in text and "| DateTime | 1 | 1 | 1.000 |" in text
    assert "- bare number (1):" in text
    assert "Recognizers-Text on" in capsys.readouterr().out


def test_recognizers_needs_a_folder(tmp_path: Path, capsys) -> None:
    assert eval_main(["score", "--recognizers", str(tmp_path / "missing")]) == 1
    assert "--recognizers" in capsys.readouterr().err
