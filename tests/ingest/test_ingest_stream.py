"""JSONL read line by line (pipeline/ingest/jsonl.py): the same Articles and Rejects, with the same
line numbers, as decoding the whole file; the whole-file path for anything else; and the cheap
pre-count behind the progress total (no model)."""

from __future__ import annotations

import codecs
import json

import pytest

from pipeline.ingest import count_inputs, read_inputs
from pipeline.ingest.jsonl import plain_utf8, read_jsonl, stream_jsonl

_LINES = [
    json.dumps({"id": "a", "text": "Talks resumed in Oslo on Monday."}),
    "",
    json.dumps({"id": "b", "text": "The envoy said \u201cno deal yet\u201d.\nMore talks follow."}, ensure_ascii=False),
    "{not json",
    json.dumps({"id": "a", "text": "A repeated id is a reject."}),
    # Raw U+2028 inside a JSON string is valid JSON; str.splitlines splits there, and so must we.
    '{"id": "c", "text": "one\u2028two"}',
    json.dumps({"id": "d", "text": "Last line, no newline."}),
]


def _items(items):
    return [(type(i).__name__, i.to_dict() if hasattr(i, "to_dict") else i) for i in items]


@pytest.mark.parametrize("newline, bom", [("\n", b""), ("\r\n", b""), ("\n", codecs.BOM_UTF8)])
def test_streamed_jsonl_equals_whole_file_reading(tmp_path, newline, bom):
    path = tmp_path / "c.jsonl"
    path.write_bytes(bom + newline.join(_LINES).encode("utf-8"))
    assert plain_utf8(path)
    text = path.read_bytes().decode("utf-8-sig")
    whole = list(read_jsonl(text, name="c.jsonl", seen=set(), max_chars=1000, published="2024-01-02"))
    streamed = list(stream_jsonl(path, name="c.jsonl", seen=set(), max_chars=1000, published="2024-01-02"))
    assert _items(streamed) == _items(whole)
    assert [type(i).__name__ for i in streamed].count("Reject") >= 3  # bad JSON, repeated id, split line


@pytest.mark.parametrize("content", [
    "caf\u00e9 \u00a3300".encode("cp1252"),            # not UTF-8: decoded whole (charset detection)
    "\n".join(_LINES).encode("utf-16"),                # a UTF-16 BOM
    b"\x00\x01\x02" * 10,                               # binary
    b"   \n\n  ",                                       # empty
])
def test_anything_but_plain_utf8_takes_the_whole_file_path(tmp_path, content):
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    assert not plain_utf8(path)
    list(read_inputs([path]))  # and reading it still works (articles or rejects)


def test_read_inputs_reads_a_jsonl_file_lazily(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(json.dumps({"id": str(i), "text": f"Article number {i}."}) for i in range(5000)),
                    encoding="utf-8")
    it = read_inputs([path])
    first = next(it)
    assert first.id == "0"
    # The generator is suspended after one line: the rest of the file is not parsed yet.
    assert it.gi_frame is not None


def test_count_inputs_is_a_cheap_total(tmp_path):
    (tmp_path / "a.jsonl").write_text("\n".join(["{}"] * 7) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("one article", encoding="utf-8")
    (tmp_path / "c.csv").write_text("text\nx\ny\n", encoding="utf-8")
    assert count_inputs([tmp_path]) == 7 + 1 + 2
    assert count_inputs([tmp_path / "missing.txt"]) == 1  # a reject is counted too
