"""Encodings: UTF-8 first, legacy news encodings decoded and recorded, only non-text rejected."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.ingest import Reject, decode_bytes, read_inputs

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("name, encoding, expected", [
    ("cp1252.txt", "cp1252", "a café owner in Soho said it was “the worst week since 1985”."),
    ("latin1.txt", "iso8859-1", "A café crème now costs £3 in the capital"),
    ("headline.txt", None, "TOKYO — Japan will station"),
])
def test_archive_encodings_are_decoded_and_recorded(name, encoding, expected):
    [art] = read_inputs([DATA / name])
    assert not isinstance(art, Reject), art
    assert art.encoding == encoding and expected in art.text


def test_cp1252_csv_and_title():
    [art] = read_inputs([DATA / "cp1252.csv"])
    assert art.encoding == "cp1252" and art.text == "Pound Falls\n\nThe “mini-budget” cost £60 billion, a café owner said."
    [txt] = read_inputs([DATA / "cp1252.txt"])
    assert txt.title == "Pound Falls After “Mini-Budget”" and txt.dateline == "LONDON"


@pytest.mark.parametrize("data, text, encoding", [
    (codecs.BOM_UTF8 + "Café “ok”".encode(), "Café “ok”", None),            # BOM dropped, plain UTF-8
    ("Café “ok”".encode("utf-16"), "Café “ok”", "utf-16"),
    ("Café “ok”".encode("utf-32"), "Café “ok”", "utf-32"),
    ("The café said “no” to £5 coffee.".encode("cp1252"), "The café said “no” to £5 coffee.", "cp1252"),
    (("Москва заявила о переброске войск к границе. " * 4).encode("cp1251"),
     "Москва заявила о переброске войск к границе. " * 4, "cp1251"),
])
def test_decode_bytes(data, text, encoding):
    got = decode_bytes(data, input="x.txt")
    assert (got.text, got.encoding) == (text, encoding)


def test_declared_html_charset_is_tried_after_utf8():
    page = "<html><head><meta charset='windows-1252'></head><body><p>“Oui”, dit-il.</p></body></html>"
    got = decode_bytes(page.encode("cp1252"), input="p.html", declared="cp1252")
    assert got.encoding == "cp1252" and "“Oui”" in got.text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"\x00\x01binary\x00", "binary"),
    (bytes(range(1, 256)) * 4, "undecodable"),
    (codecs.BOM_UTF16_LE + b"A\x00" * 10 + b"\x00\xd8", "undecodable"),  # a BOM, then a broken surrogate
])
def test_only_non_text_is_rejected(data, reason):
    with pytest.raises(IngestError) as ei:
        decode_bytes(data, input="x.txt")
    assert ei.value.reason == reason and str(ei.value).startswith("x.txt: ")
