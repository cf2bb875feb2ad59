"""Tests for the notebook API: pipeline.extract / Result / run / read_records / to_frames."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest

import pipeline
from pipeline.api import Result, to_frames
from pipeline.errors import IngestError, PipelineError

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "article.schema.json").read_text("utf-8"))

# (text, published, role (person, role, country), force (owner, size, unit, location, status) or None,
#  quantity (value, unit, category, currency), date (text, value) or None)
NEWS = [
    ("WARSAW — Polish Defence Minister Wladyslaw Kosiniak-Kamysz said on Monday that about 10,000 US troops "
     "are stationed in Poland.", "2024-05-06",
     ("Wladyslaw Kosiniak-Kamysz", "defence_minister", "POL"), ("USA", 10000, "troop", "POL", "stationed"),
     (10000, "troop", "personnel", None), ("Monday", "2024-05-06")),
    ("German Chancellor Olaf Scholz announced that Germany will station a brigade of 5,000 soldiers in "
     "Lithuania by 2027.", "2023-06-26",
     ("Olaf Scholz", "head_of_government", "DEU"), ("DEU", 5000, "soldier", "LTU", "planned"),
     (5000, "soldier", "personnel", None), ("2027", "2027")),
    ("Japan's cabinet approved a record defence budget of 7.95 trillion yen for the next fiscal year, "
     "Defence Minister Minoru Kihara said.", "2023-12-22",
     ("Minoru Kihara", "defence_minister", None), None,
     (7.95e12, "yen", "money", "JPY"), None),
]


@pytest.fixture(scope="module")
def results() -> list[Result]:
    return [pipeline.extract(text, published=pub) for text, pub, *_ in NEWS]


@pytest.mark.model
@pytest.mark.parametrize("i", range(len(NEWS)))
def test_extract_news(results, i):
    text, pub, role, force, qty, date = NEWS[i]
    r = results[i]
    assert r.text == text and r.article.published == pub
    person, category, country = role
    got_roles = {(x.person_name, x.role) for x in r.roles}
    assert (person, category) in got_roles
    if country:
        assert any(x.person_name == person and x.country == country for x in r.roles)
    if force:
        assert force in {(f.owner, f.size, f.unit, f.location, f.status) for f in r.forces}
    else:
        assert r.forces == ()
    assert qty in {(q.value, q.unit, q.category, q.currency) for q in r.quantities}
    if date:
        assert date in {(d.text, d.value) for d in r.dates}


@pytest.mark.model
def test_result_record_is_contract_and_grounded(results):
    for r in results:
        d = r.to_dict()
        jsonschema.validate(d, SCHEMA)
        for key in ("roles", "quantities", "dates", "quotes"):
            for item in d[key]:
                ev = item["evidence"]
                assert r.text[ev["start"]:ev["end"]] == ev["text"]
        assert r.entities == r.record.entities and isinstance(r.quotes, tuple)


@pytest.mark.model
def test_result_repr_and_frames(results):
    r = results[0]
    assert repr(r) == (f"<Result {r.article.id!r}: 5 entities, 1 roles, 1 quantities, 1 forces, 1 dates, "
                       "0 quotes>")
    frames = r.frames()
    assert str(frames["roles"]["role"].dtype) == "category"
    assert str(frames["forces"]["owner"].dtype) == "category"
    assert str(frames["quantities"]["evidence_start"].dtype) == "Int64"
    assert frames["articles"]["published"].iloc[0] == pd.Timestamp("2024-05-06")
    assert frames["dates"]["date"].tolist() == [pd.Timestamp("2024-05-06")]


@pytest.mark.model
def test_title_and_metadata_kwargs():
    r = pipeline.extract("Ukraine's President Volodymyr Zelenskyy met NATO Secretary General Mark Rutte in Kyiv.",
                         title="Zelenskyy meets Rutte", id="kyiv-1", source="wire://1", country="UKR")
    a = r.to_dict()["article"]
    assert (a["id"], a["title"], a["source"], a["published"]) == ("kyiv-1", "Zelenskyy meets Rutte", "wire://1", None)
    assert ("Mark Rutte", "NATO") in {(x.person_name, x.organization) for x in r.roles}


@pytest.mark.model
def test_run_read_records_and_frames(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    for i, (text, *_rest) in enumerate(NEWS[:2]):
        (src / f"{i}.txt").write_text(f"Headline {i}\n\n{text}\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = pipeline.run(src, out_dir=out, published="2024-05-06", quiet=True)
    assert summary.processed == 2 and summary.rejected == 0
    records = list(pipeline.read_records(out))
    assert [r["article"]["title"] for r in records] == ["Headline 0", "Headline 1"]
    assert list(pipeline.read_records(out / "records.jsonl")) == records
    frames = to_frames(records)
    for source in (out, summary):
        pd.testing.assert_frame_equal(to_frames(source)["forces"], frames["forces"])
    assert set(frames["forces"]["owner"].astype(str)) == {"USA", "DEU"}


@pytest.mark.parametrize("text", ["", "   \n\t ", None, 42])
def test_extract_rejects_empty_text(text):
    with pytest.raises(IngestError, match="non-empty string"):
        pipeline.extract(text)


@pytest.mark.parametrize("published", ["2024-13-01", "06/05/2024", "2024-02-30", "yesterday", 20240506])
def test_extract_rejects_bad_published(published):
    with pytest.raises(IngestError, match="published"):
        pipeline.extract("NATO allies met in Brussels on Tuesday.", published=published)


def test_read_records_errors(tmp_path: Path):
    with pytest.raises(PipelineError, match="cannot read records"):
        list(pipeline.read_records(tmp_path))  # a folder without records.jsonl
    bad = tmp_path / "records.jsonl"
    bad.write_text('{"a": 1}\n\n{oops\n', encoding="utf-8")
    it = pipeline.read_records(bad)
    assert next(it) == {"a": 1}
    with pytest.raises(PipelineError, match=r"records.jsonl:3: not a JSON record"):
        next(it)
