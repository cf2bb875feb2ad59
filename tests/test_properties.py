"""Property-based tests (hypothesis): arbitrary text never crashes a stage or breaks the contract.

Without the model: normalisation keeps a faithful offset map; ingest turns any bytes or JSONL
line into an Article or an :class:`~pipeline.errors.IngestError`, nothing else. With the model:
extraction of arbitrary text never raises, every record validates against the schema and every
span's offsets slice the text to its evidence.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.errors import IngestError
from pipeline.ingest import decode, parse_html, parse_jsonl_line, parse_txt
from pipeline.textnorm import dateline_span, normalize
from pipeline.validate import offset_errors, schema_errors

# News-like tokens make the extractors fire; the rest is noise they must survive.
WORDS = [
    "President", "Prime Minister", "Defence Secretary", "General", "Joe Biden", "Emmanuel Macron", "Kim",
    "South Korea", "Japan's", "NATO", "the Pentagon", "Ukraine", "Russian", "U.S.", "said", "told reporters",
    "troops", "soldiers", "destroyers", "F-35 jets", "tanks", "sent", "deployed", "on Tuesday", "last week",
    "March 3, 2024", "2021", "next year", "$5 billion", "1,200", "3.5", "two", "a dozen", "40%", "km", "per cent",
    "WASHINGTON —", "SEOUL—", "(Reuters)", "according to", "Minister", "of", "the", "and", ",", ".", ":", ";",
]
MARKS = list("\"'“”‘’«»„‟‹›*_#<>[]()/|\\-–—•·&;") + ["**", "__", "<b>", "</b>", "<u>", "</p>", "[x](https://a.b/c)",
                                                    "&amp;", "---", "# ", "* ", "1. ", "\u00a0"]
UNICODE = ["\u200b", "\u200d", "\u202e", "\ufeff", "\u00ad", "\u0301", "é", "ß", "Ж", "中文", "القدس", "עברית",
           "🚀", "🇰🇷", "👨‍👩‍👧", "\x07", "\x1b", "\x0b", "\x0c", "\x00", "\r", "\t", "\U0010ffff"]
SEPS = [" ", " ", " ", "", "\n", "\n\n", "\r\n", "  ", "\t"]

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(UNICODE),
    st.integers(-10**7, 10**12).map(str),
    st.text(min_size=1, max_size=6),
)
news_text = st.lists(st.tuples(piece, st.sampled_from(SEPS)), min_size=0, max_size=60).map(
    lambda parts: "".join(p + s for p, s in parts)
)
published = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


# ---- normalisation (no model) -----------------------------------------------------------------

def _check_normalized(text: str, *, title_line: bool, dateline_end: int | None) -> None:
    norm = normalize(text, title_line=title_line, dateline_end=dateline_end)
    clean, offsets = norm.text, norm.offsets
    assert len(offsets) == len(clean) + 1
    assert offsets[-1] == len(text)
    assert all(a < b for a, b in zip(offsets, offsets[1:])), "offset map must be strictly increasing"
    for i, ch in enumerate(clean):
        # Every kept character comes from the original at its mapped offset; only whitespace
        # (soft line breaks, blanked markup, block breaks) may stand for something else.
        if not ch.isspace():
            assert text[offsets[i]] == ch, (i, ch, offsets[i])
    assert "  " not in clean and "\r" not in clean and "\t" not in clean
    assert clean == clean.strip(" ")
    for i in range(len(clean) + 1):
        s, e = norm.to_original(i, i)
        assert 0 <= s == e <= len(text)


@settings(max_examples=300, deadline=None)
@given(news_text, st.booleans())
def test_normalize_offset_map_is_faithful(text, title_line):
    dl = dateline_span(text)
    _check_normalized(text, title_line=title_line, dateline_end=dl[2] if dl else None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.booleans())
def test_normalize_arbitrary_unicode(text, title_line):
    _check_normalized(text, title_line=title_line, dateline_end=None)


@settings(max_examples=200, deadline=None)
@given(news_text)
def test_normalized_ranges_map_back_inside_the_text(text):
    norm = normalize(text)
    words = [(i, i + len(w)) for i, w in _words(norm.text)]
    for a, b in words:
        s, e = norm.to_original(a, b)
        assert 0 <= s < e <= len(text)
        assert text[s] == norm.text[a] and text[e - 1] == norm.text[b - 1]


def _words(text: str):
    pos = 0
    for w in text.split():
        i = text.index(w, pos)
        yield i, w
        pos = i + len(w)


# ---- ingest (no model) -----------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
@example(b"\xff\xfe\x00")
@example(b"\xef\xbb\xbf")
@example(b"\xef\xbb\xbf  \n")
def test_decode_any_bytes_gives_text_or_ingest_error(data):
    try:
        text = decode(data, input="x.txt")
    except IngestError as e:
        assert e.reason in {"empty", "binary", "undecodable"} and str(e).startswith("x.txt: ")
        return
    assert text.strip() and not text.startswith("\ufeff")
    text.encode("utf-8")  # always writable as UTF-8


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(max_size=120),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
                 lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3),
                 max_leaves=8).map(json.dumps),
    st.fixed_dictionaries({"id": st.one_of(st.text(max_size=8), st.integers(), st.none(), st.floats()),
                           "text": st.one_of(st.text(max_size=80), st.integers(), st.none())},
                          optional={"published": st.text(max_size=12), "country": st.text(max_size=4),
                                    "title": st.one_of(st.text(max_size=10), st.integers())}).map(json.dumps),
))
@example("[" * 50_000)
@example('{"id": "a", "text": "\\ud800"}')
@example('{"id": "\\udfff", "text": "ok"}')
def test_jsonl_line_gives_article_or_ingest_error(line):
    try:
        art = parse_jsonl_line(line, input="f.jsonl:1", seen=set(), max_chars=100)
    except IngestError as e:
        assert e.input == "f.jsonl:1" and e.reason
        return
    assert art.text.strip() and len(art.text) <= 100
    json.dumps(art.text, ensure_ascii=False).encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(news_text)
def test_parse_txt_keeps_text_and_finds_title_in_it(text):
    if not text.strip():
        return
    art = parse_txt(text, source="x.txt")
    assert art.text == text
    if art.dateline:
        assert art.dateline in text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<title>", "</title>", "<script>", "</script>", "<br/>",
                                           "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml?>", "&amp;",
                                           "&#0;", "&#x110000;", "&bogus", "<a href='x'>", "<", ">", "</"]),
                          st.text(max_size=8)), max_size=30).map("".join))
@example("<![if x]>")
@example("<!")
@example("&#99999999999;")
def test_parse_html_gives_article_or_ingest_error(html):
    try:
        art = parse_html(html, source="p.html")
    except IngestError as e:
        assert e.reason == "empty"
        return
    assert art.text.strip()


# ---- extraction (model) ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def extract(nlp):  # noqa: ARG001 - loads the shared model once
    from pipeline import extract as _extract

    return _extract


def _check_record(text: str, record: dict) -> None:
    assert schema_errors(record) == []
    assert offset_errors(record, text) == []
    for ent in record["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for key in ("roles", "quantities", "dates", "quotes"):
        for item in record[key]:
            ev = item["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=news_text, published=published)
@example(text='"Unbalanced, the minister said.\n\n“Nested ‘inner “deep”’ outer”, said the general. ”', published=None)
@example(text="on May ² the troops", published="2024-05-20")  # "²" passes str.isdigit, not int()
@example(text="1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 troops", published="2024-01-01")
@example(text="WASHINGTON —", published=None)
def test_extract_never_raises_and_records_validate(extract, text, published):
    if not text.strip():
        return
    result = extract(text, published=published, validate=False)
    _check_record(text, result.to_dict())


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=news_text.filter(lambda t: t.strip() and "\n" not in t and "\r" not in t), body=news_text)
def test_extract_with_title_and_body(extract, title, body):
    text = f"{title}\n\n{body}"
    result = extract(text, published="2023-06-15", validate=False)
    _check_record(text, result.to_dict())
