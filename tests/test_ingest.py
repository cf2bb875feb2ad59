import json

import pytest

from pipeline.errors import IngestError
from pipeline.ingest import Reject, content_id, parse_jsonl_line, parse_txt, read_inputs


def test_seed_txt_title_and_dateline(tmp_path):
    from conftest import SEED_TXT

    art = next(read_inputs([SEED_TXT], published="2025-11-04"))
    assert art.title == "US Defence Secretary Pete Hegseth Strengthens Alliances in South Korea"
    assert art.dateline == "SEOUL"
    assert art.published == "2025-11-04"
    assert art.text == SEED_TXT.read_text(encoding="utf-8")
    assert art.id == content_id(art.text)


def test_markdown_title_is_cleaned():
    art = parse_txt("**<u>FACT SHEET: AUKUS</u>**\n\nBody.", source="x.txt")
    assert art.title == "FACT SHEET: AUKUS"


@pytest.mark.parametrize(("first", "title"), [
    ("FACT SHEET: President Biden Signs Executive Order to Implement the Data Privacy Framework",
     "FACT SHEET: President Biden Signs Executive Order to Implement the Data Privacy Framework"),
    ("WHAT THEY ARE SAYING: Allies Welcome the U.S.-Japan Trade Deal",
     "WHAT THEY ARE SAYING: Allies Welcome the U.S.-Japan Trade Deal"),
    ("JOINT FACT SHEET: The U.S.-France Partnership", "JOINT FACT SHEET: The U.S.-France Partnership"),
    # a transcript's first turn is no title: its speaker is a person of the body
    ("MR. KIRBY:  Hey, everybody.  Thanks for joining.", None),
    ("MR. WALTZ:  All right.  Thanks, Kevin.", None),
    ("THE PRESIDENT:  Please, have a seat.", None),
    ("THE PRESIDENT:  Secretary Austin, Secretary Hicks, General Milley,", None),
    # a speaker's greeting written in Title Case is still a turn: the label names a speaker
    ("MR. KIRBY:  Good Morning, Everybody, and Thanks for Joining Us", None),
    ("MODERATOR:  Thank You, Operator", None),
    ("SENIOR ADMINISTRATION OFFICIAL:  Great Questions All Around", None),
    ("ICYMI: Biden Meets Xi in Woodside", "ICYMI: Biden Meets Xi in Woodside"),
    # a kicker with a preposition, a possessive or a release's noun names no speaker
    ("READOUT OF THE PRESIDENT'S CALL: Biden Speaks With Sunak", "READOUT OF THE PRESIDENT'S CALL: Biden Speaks With Sunak"),
    ("THE LATEST: Allies Meet in Brussels", "THE LATEST: Allies Meet in Brussels"),
    ("OFFICIAL READOUT: Blinken Meets Kuleba in Kyiv", "OFFICIAL READOUT: Blinken Meets Kuleba in Kyiv"),
    ("PRESIDENT ZELENSKYY:  (As Interpreted) Dear Friends", None),
])
def test_a_capitals_label_before_a_headline_is_a_title(first: str, title: str | None) -> None:
    art = parse_txt(first + "\n\nToday the President signed it.", source="x.txt")
    assert art.title == title


def test_no_title_without_blank_line():
    art = parse_txt("One paragraph only\nwrapped here.", source="x.txt")
    assert art.title is None


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (bytes(range(1, 256)) * 4, "undecodable"),
    ],
)
def test_bad_files_are_rejected_with_reason(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Title\n\nThe Japanese Prime Minister met the press.", encoding="utf-8")
    items = list(read_inputs([bad, good]))
    assert isinstance(items[0], Reject) and items[0].reason == reason
    assert str(bad) in items[0].message
    assert not isinstance(items[1], Reject)


def test_utf16_with_bom_is_decoded(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Title\n\nFrench troops left Mali.".encode("utf-16"))
    art = next(read_inputs([f]))
    assert art.text.startswith("Title")


def test_jsonl_lines(tmp_path):
    f = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "NATO met.", "published": "2024-03-07", "title": "T"}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": 42}),
        json.dumps({"id": "a1", "text": "duplicate"}),
        json.dumps({"id": "a4", "text": "ok", "published": "07/03/2024"}),
        "",
        json.dumps({"id": "a5", "text": "Fine text."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([f]))
    kinds = [(i.reason, i.input.rsplit(":", 1)[1]) if isinstance(i, Reject) else i.id for i in items]
    assert kinds == ["a1", ("bad_json", "2"), ("missing_field", "3"), ("bad_field", "4"),
                     ("duplicate_id", "5"), ("bad_field", "6"), "a5"]


def test_folder_expansion_and_missing_input(tmp_path):
    (tmp_path / "b.txt").write_text("B\n\nbody", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A\n\nbody", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_inputs([tmp_path, tmp_path / "missing.txt"]))
    assert [i.title for i in items[:2]] == ["A", "B"]
    assert isinstance(items[2], Reject) and items[2].reason == "unreadable"


def test_html(tmp_path):
    f = tmp_path / "p.html"
    f.write_text("<html><head><title>Talks</title><script>x=1</script></head><body><p>Seoul hosted.</p></body></html>",
                 encoding="utf-8")
    art = next(read_inputs([f]))
    assert art.title == "Talks" and "Seoul hosted." in art.text and "x=1" not in art.text


def test_jsonl_country_must_be_iso3():
    with pytest.raises(IngestError):
        parse_jsonl_line(json.dumps({"id": "x", "text": "t", "country": "United States"}), input="f:1", seen=set())
