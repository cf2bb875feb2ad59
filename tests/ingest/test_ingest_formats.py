"""One title rule and --published for every input format, on saved inputs (no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.ingest import Columns, Reject, read_inputs, split_front_matter
from pipeline.nlp import prepare

DATA = Path(__file__).resolve().parent / "data"
TITLE = "Japan Sends 3,000 More Troops to Okinawa"
CSV_COLUMNS = Columns.of(text="body", id="story_id", title="headline", published="date")


def _articles(paths, **kw):
    items = list(read_inputs([DATA / p for p in paths], **kw))
    assert not [i for i in items if isinstance(i, Reject)], items
    return items


def test_title_is_the_first_line_of_the_text_in_every_format():
    txt, front, header = _articles(["headline.txt", "headline_front_matter.txt", "headline_header_lines.txt"])
    jsonl_apart, jsonl_inside, _ = _articles(["headline.jsonl"])
    [csv_row, _] = [a for a in read_inputs([DATA / "headline.csv"], columns=CSV_COLUMNS) if not isinstance(a, Reject)]
    arts = [txt, front, header, jsonl_apart, jsonl_inside, csv_row]
    # The same article gives the same text and title whatever the format, with the title analysed
    # once, as the first line (a JSONL line whose text already starts with its title is not doubled).
    assert {a.text for a in arts} == {txt.text}
    assert txt.text.startswith(TITLE + "\n\nTOKYO — ")
    assert {a.title for a in arts} == {TITLE}
    assert {a.dateline for a in arts} == {"TOKYO"}
    # The NLP stages see that line as the title line (pipeline.nlp.prepare).
    for a in arts:
        norm = prepare(a)
        assert norm.text.startswith(TITLE + "\n"), a.source or a.id


def test_no_title_leaves_the_text_alone():
    *_, no_title = _articles(["headline.jsonl"])
    assert no_title.title is None and no_title.text == "PARIS — France recalled its ambassador on Monday."
    assert no_title.dateline == "PARIS"


@pytest.mark.parametrize("name, published, url, author", [
    ("headline.txt", "2021-05-05", None, None),  # no date of its own: --published fills it in
    ("headline_front_matter.txt", "2024-03-08", "https://news.example.com/japan/okinawa-troops", "Aiko Tanaka"),
    ("headline_header_lines.txt", "2024-03-08", "https://news.example.com/japan/okinawa-troops", None),
])
def test_txt_metadata_and_published_default(name, published, url, author):
    [art] = _articles([name], published="2021-05-05")
    assert (art.published, art.url, art.author) == (published, url, author)


def test_published_fills_in_jsonl_lines_and_csv_rows_without_a_date():
    by_id = {a.id: a for a in _articles(["headline.jsonl"], published="2021-05-05")}
    assert by_id["okinawa-1"].published == "2024-03-08"  # its own date wins
    assert by_id["okinawa-2"].published == by_id["no-title"].published == "2021-05-05"
    assert by_id["okinawa-1"].url == "https://news.example.com/japan/okinawa-troops"
    assert by_id["okinawa-1"].author == "Aiko Tanaka"
    rows = list(read_inputs([DATA / "headline.csv"], columns=CSV_COLUMNS, published="2021-05-05"))
    assert [getattr(r, "published", None) for r in rows[:2]] == ["2024-03-08", "2021-05-05"]
    assert rows[0].url == "https://news.example.com/japan/okinawa-troops"  # a 'url' column is read by name
    assert isinstance(rows[2], Reject) and rows[2].reason == "empty" and rows[2].input.endswith("headline.csv:3")


@pytest.mark.parametrize("text, meta", [
    ("---\ntitle: T\ndate: 2024-01-02T10:00:00Z\nlayout: post\n---\nBody.", {"title": "T", "published": "2024-01-02T10:00:00Z"}),
    ("title: T\nurl: https://x.example/a\n\nBody.", {"title": "T", "url": "https://x.example/a"}),
    # Ordinary first lines are not headers: unknown key, no blank line after, an unclosed block.
    ("Note: the minister said so.\n\nBody.", None),
    ("Title: a headline\nBody continues here.", None),
    ("---\ntitle: T\nBody without a closing line.", None),
    ("Washington: talks resume\n\nBody.", None),
])
def test_front_matter_forms(text, meta):
    split = split_front_matter(text)
    assert (split[0] if split else None) == meta
    if split:
        assert split[1] == "Body."


def test_front_matter_with_a_bad_date_is_rejected(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("published: last Tuesday\n\nBody of the article.", encoding="utf-8")
    [rej] = read_inputs([f])
    assert isinstance(rej, Reject) and rej.reason == "bad_field" and "YYYY-MM-DD" in rej.message


def test_csv_columns_by_default_names_and_content_ids(tmp_path):
    f = tmp_path / "plain.csv"
    f.write_text("text,title\n\"NATO met in Vilnius.\",Summit\n", encoding="utf-8")
    [art] = read_inputs([f])
    assert art.text == "Summit\n\nNATO met in Vilnius." and art.title == "Summit" and len(art.id) == 16


@pytest.mark.parametrize("columns, missing, option", [
    (Columns.of(text="body"), "body", "--text-column"),
    (Columns.of(text="content", id="story"), "story", "--id-column"),
    (Columns.of(text="content", published="pubdate"), "pubdate", "--published-column"),
    (Columns.of(text="content", title="title"), "title", "--title-column"),
    (Columns(), "text", "--text-column"),  # the default text column must exist too
])
def test_bad_column_name_is_one_error_naming_file_column_and_columns(tmp_path, columns, missing, option):
    from pipeline.errors import ColumnError

    f = tmp_path / "news.csv"
    f.write_text("id,headline,content\n1,T,Body\n", encoding="utf-8")
    with pytest.raises(ColumnError) as ei:
        list(read_inputs([f], columns=columns))
    msg = str(ei.value)
    assert "\n" not in msg and str(f) in msg and repr(missing) in msg and option in msg
    assert "id, headline, content" in msg


def test_parquet_rows_with_typed_columns(tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    f = tmp_path / "news.parquet"
    pq.write_table(pa.table({
        "doc": [101, 102, 103],
        "body": ["Germany sent 20 tanks to Lithuania.", None, "Spain sent two frigates."],
        "when": [dt.datetime(2024, 5, 1, 12, 0), None, None],
        "title": ["Tanks for Lithuania", None, None],
    }), f)
    items = list(read_inputs([f], columns=Columns.of(text="body", id="doc", published="when"),
                             published="2024-06-30"))
    a, rej, c = items
    assert (a.id, a.published, a.text) == ("101", "2024-05-01", "Tanks for Lithuania\n\nGermany sent 20 tanks to Lithuania.")
    assert isinstance(rej, Reject) and rej.reason == "empty" and rej.input == f"{f}:2"
    assert (c.id, c.published, c.title) == ("103", "2024-06-30", None)


def test_damaged_parquet_is_a_reject(tmp_path):
    f = tmp_path / "bad.parquet"
    f.write_bytes(b"PAR1 not really")
    [rej] = read_inputs([f])
    assert isinstance(rej, Reject) and rej.reason == "unreadable"


def test_jsonl_title_field_with_line_breaks_becomes_one_line(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "title": "Two\nlines", "text": "Body."}) + "\n", encoding="utf-8")
    [art] = read_inputs([f])
    assert art.title == "Two lines" and art.text == "Two lines\n\nBody."


def test_a_table_in_a_folder_without_a_text_column_is_a_reject_not_the_end_of_the_run(tmp_path):
    from pipeline.errors import ColumnError

    (tmp_path / "articles.csv").write_text("text\nNATO met in Vilnius.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("url,date\nhttps://x.example,2024-01-01\n", encoding="utf-8")
    art, rej = read_inputs([tmp_path])
    assert art.text == "NATO met in Vilnius." and isinstance(rej, Reject) and rej.reason == "missing_field"
    assert "sources.csv" in rej.message and "url, date" in rej.message
    with pytest.raises(ColumnError):  # named directly, or with --text-column given: the user meant it
        list(read_inputs([tmp_path / "sources.csv"]))
    with pytest.raises(ColumnError):
        list(read_inputs([tmp_path], columns=Columns.of(text="text")))


@pytest.mark.parametrize("text, title", [
    ("Press Gaggle\n\nMR. DALTON:  Good morning.", "Press Gaggle"),
    # A transcript that opens with a speaker's turn has no title line.
    ("MR. DALTON:  Good morning.\n\nQ    Thanks for doing this.", None),
    ("THE PRESIDENT:  Thank you all.\n\nPlease be seated.", None),
])
def test_a_first_turn_is_no_title(text, title):
    from pipeline.ingest.txt import parse_txt

    assert parse_txt(text, source="t.txt").title == title
