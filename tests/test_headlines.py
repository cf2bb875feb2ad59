"""The title is analysed once, the same way for every input format, and Title Case headline
words do not become entities or office holders the body would not produce (issue #14)."""

from __future__ import annotations

import pytest

from pipeline.ingest import read_inputs

from conftest import DATA

pytestmark = pytest.mark.model
HEADLINES = DATA / "headlines"


def _record(path):
    from pipeline.engine import process_articles

    (article,) = [a for a in read_inputs([path], published="2024-03-05")]
    ((_, record, reject),) = process_articles([article])
    assert reject is None, reject
    return record


@pytest.mark.parametrize("name", ["talks.txt", "talks.jsonl"])
def test_headline_words_are_not_persons_or_roles(name):
    record = _record(HEADLINES / name)
    assert not [e for e in record["entities"] if e["label"] == "PERSON"]
    assert record["roles"] == []
    assert {e["name"] for e in record["entities"]} >= {"Seoul"}


def test_txt_and_jsonl_titles_give_the_same_facts():
    a, b = _record(HEADLINES / "talks.txt"), _record(HEADLINES / "talks.jsonl")
    for kind in ("entities", "roles", "quantities", "dates", "forces"):
        strip = lambda items: [{k: v for k, v in x.items() if k not in ("id", "mentions", "evidence")} for x in items]  # noqa: E731
        assert strip(a[kind]) == strip(b[kind]), kind


def test_title_case_phrases_are_no_works_and_headline_counts_no_force():
    record = _record(HEADLINES / "landscape.txt")
    assert not [e for e in record["entities"] if e["label"] in ("WORK_OF_ART", "PERSON")]
    assert all(f["size"] != 3000 for f in record["forces"])
