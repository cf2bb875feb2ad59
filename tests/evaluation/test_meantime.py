"""Tests for evaluation.readers.meantime: reading MEANTIME XML and scoring records against it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from evaluation.readers.meantime import (
    SENTENCE_SEPARATOR,
    MeantimeDoc,
    MeantimeMention,
    MeantimeValue,
    has_number,
    read_meantime,
    read_meantime_file,
    score_meantime,
    split_values,
)

from conftest import shared_dir

_SHARED = shared_dir()
if _SHARED is None:
    pytest.skip("the shared dev data (../shared/dev/meantime) is not beside this checkout", allow_module_level=True)
MEANTIME = _SHARED / "dev" / "meantime" / "intra-doc_annotation"
REAL = MEANTIME / "corpus_airbus" / "100911_Northrop_Grumman_and_Airbus_parent_EADS_defeat_Boeing.xml"

SMALL = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Test" lang="en" url="x">
<token number="0" sentence="0" t_id="1">Fleet</token>
<token number="1" sentence="0" t_id="2">deal</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">4</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2010</token>
<token number="6" sentence="2" t_id="7">Jane</token>
<token number="7" sentence="2" t_id="8">Doe</token>
<token number="8" sentence="2" t_id="9">said</token>
<token number="9" sentence="2" t_id="10">``</token>
<token number="10" sentence="2" t_id="11">it</token>
<token number="11" sentence="2" t_id="12">'s</token>
<token number="12" sentence="2" t_id="13">done</token>
<token number="13" sentence="2" t_id="14">''</token>
<token number="14" sentence="2" t_id="15">,</token>
<token number="15" sentence="2" t_id="16">costing</token>
<token number="16" sentence="2" t_id="17">$</token>
<token number="17" sentence="2" t_id="18">5</token>
<token number="18" sentence="2" t_id="19">billion</token>
<token number="19" sentence="2" t_id="20">(</token>
<token number="20" sentence="2" t_id="21">3</token>
<token number="21" sentence="2" t_id="22">%</token>
<token number="22" sentence="2" t_id="23">)</token>
<token number="23" sentence="2" t_id="24">in</token>
<token number="24" sentence="2" t_id="25">France</token>
<token number="25" sentence="2" t_id="26">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="25"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="11"/></ENTITY_MENTION>
<TIMEX3 m_id="4" functionInDocument="CREATION_TIME" type="DATE" value="2010-05-04">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="5" functionInDocument="NONE" type="DURATION" value="P1Y"></TIMEX3>
<VALUE m_id="6" type="MONEY"><token_anchor t_id="17"/><token_anchor t_id="18"/><token_anchor t_id="19"/></VALUE>
<VALUE m_id="7" type="PERCENT"><token_anchor t_id="21"/><token_anchor t_id="22"/></VALUE>
<VALUE m_id="8" type="MONEY"><token_anchor t_id="17"/><token_anchor t_id="18"/><token_anchor t_id="19"/></VALUE>
<ENTITY ent_type="PER" m_id="10"/>
<ENTITY ent_type="LOC" m_id="11"/>
<ENTITY ent_type="ORG" m_id="12"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><target m_id="12"/></REFERS_TO>
</Relations>
</Document>
"""


@pytest.fixture()
def small(tmp_path: Path):
    path = tmp_path / "1_Test.xml"
    path.write_text(SMALL, encoding="utf-8")
    return read_meantime_file(path)


def test_small_text_is_detokenised(small) -> None:
    sep = SENTENCE_SEPARATOR
    assert small.text == f"Fleet deal{sep}May 4, 2010{sep}Jane Doe said “it's done”, costing $5 billion (3%) in France."
    assert small.title == "Fleet deal"
    assert small.published == "2010-05-04"
    assert len(small.tokens) == 26
    assert [small.text[s:e] for s, e in small.tokens[9:13]] == ["“", "it", "'s", "done"]


def test_small_annotations_have_char_spans(small) -> None:
    assert [(t.text, t.value, t.type) for t in small.timexes] == [("May 4, 2010", "2010-05-04", "DATE")]
    assert [(m.label, m.text, m.syntactic_type) for m in small.entities] == [
        ("PER", "Jane Doe", "NAM"), ("ORG", "it", "PRO"), ("LOC", "France", "NAM")]


def test_small_values_are_read_once(small) -> None:
    # The same words annotated twice are one value.
    assert [(v.type, v.text) for v in small.values] == [("MONEY", "$5 billion"), ("PERCENT", "3%")]
    assert all(small.text[v.start:v.end] == v.text for v in small.values)


def record(doc, *, dates=(), entities=(), quantities=()) -> dict:
    def sp(text: str) -> dict:
        i = doc.text.index(text)
        return {"start": i, "end": i + len(text), "text": text}

    return {
        "article": {"id": doc.id},
        "dates": [{"id": f"D{i}", "text": t, "type": ty, "value": v, "evidence": sp(t)}
                  for i, (t, ty, v) in enumerate(dates, 1)],
        "entities": [{"id": f"E{i}", "label": lab, "name": t, "country": None, "mentions": [sp(t)]}
                     for i, (lab, t) in enumerate(entities, 1)],
        "quantities": [{"id": f"Q{i}", "text": t, "value": 1, "unit": None, "category": cat, "currency": None,
                        "evidence": sp(t)} for i, (t, cat) in enumerate(quantities, 1)],
    }


def test_score_small(small) -> None:
    rec = record(small, dates=[("May 4", "DATE", "2010-05-04"), ("billion", "DATE", "2010")],
                 entities=[("PERSON", "Jane"), ("NORP", "France"), ("ORG", "it's"), ("ORG", "Fleet"),
                           ("MONEY", "$5 billion")])
    s = score_meantime([rec], [small])
    assert (s["dates_span"]["tp"], s["dates_span"]["fp"], s["dates_span"]["fn"]) == (1, 1, 0)
    assert s["dates_span"]["value_accuracy"] == 1.0
    assert (s["dates"]["tp"], s["dates"]["fp"]) == (1, 1)
    # Jane (PER) and France (NORP -> LOC) match; "it's" overlaps a pronoun ORG mention (excused);
    # "Fleet" is a false ORG; MONEY is not scored.
    assert (s["entities"]["tp"], s["entities"]["fp"], s["entities"]["fn"]) == (2, 1, 0)
    assert s["entities_PER"]["tp"] == 1 and s["entities_LOC"]["tp"] == 1 and s["entities_ORG"]["fp"] == 1


def test_wrong_class_is_not_a_match(small) -> None:
    s = score_meantime([record(small, entities=[("ORG", "Jane Doe")])], [small])
    assert (s["entities"]["tp"], s["entities"]["fp"], s["entities"]["fn"]) == (0, 1, 2)


def test_score_quantities_small(small) -> None:
    rec = record(small, quantities=[("$5 billion", "money"), ("3", "count"), ("2010", "count")])
    s = score_meantime([rec], [small])
    q = s["quantities"]
    assert (q["tp"], q["fp"], q["fn"]) == (2, 1, 0)
    assert q["type_accuracy"] == 0.5  # "3" is a PERCENT, our category says count
    assert (s["quantities_MONEY"]["tp"], s["quantities_PERCENT"]["tp"]) == (1, 1)
    assert s["quantities_QUANTITY"]["fp"] == 1
    doc = s["per_document"][small.id]
    assert [x["text"] for x in doc["spurious"]] == ["2010"] and doc["missed"] == []
    assert score_meantime([record(small)], [small])["quantities"]["fn"] == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("about 500", True), ("four billion", True), ("US$7.2 bn", True), ("15-20%", True), ("-36", True),
    ("many", False), ("thousands of", False), ("billions of dollars", False), ("a score of", False),
    ("5th", False), ("the amount", False), ("About half", False),
])
def test_has_number(text, expected) -> None:
    assert has_number(text) is expected


def _value(text: str, sub: str, typ: str = "QUANTITY") -> MeantimeValue:
    i = text.index(sub)
    return MeantimeValue(type=typ, start=i, end=i + len(sub), text=sub)


def test_split_values_drops_containers_vague_amounts_ages_and_durations() -> None:
    text = ("Cuts of 20 to 25 percent hit thousands of workers. Smith, 58, said 75 hours of tape and the 5th plant "
            "were lost, as were 300 jobs.")
    vals = [_value(text, "20 to 25 percent", "PERCENT"), _value(text, "20", "PERCENT"),
            _value(text, "25 percent", "PERCENT"), _value(text, "thousands of"), _value(text, "58"),
            _value(text, "75"), _value(text, "5th"), _value(text, "300")]
    i = text.index("Smith")
    doc = MeantimeDoc(id="d", text=text, published=None, title="", tokens=(), annotated_end=len(text), timexes=(),
                      entities=(MeantimeMention(label="PER", start=i, end=i + 5, text="Smith", syntactic_type="NAM"),),
                      values=tuple(vals))
    required, other = split_values(vals, doc)
    assert [v.text for v in required] == ["20", "25 percent", "300"]
    assert {v.text for v in other} == {"20 to 25 percent", "thousands of", "58", "75", "5th"}
    # Without the document, ages and durations cannot be told apart and stay required.
    assert [v.text for v in split_values(vals)[0]] == ["20", "25 percent", "58", "75", "300"]


def test_range_ends_and_definite_counts_are_excused() -> None:
    text = "Ford will pay between $12 million and $20 million. The two companies agreed. Three firms bid."
    money = _value(text, "between $12 million and $20 million", "MONEY")
    i = text.index("The two companies")
    doc = MeantimeDoc(id="d", text=text, published=None, title="", tokens=(), annotated_end=len(text), timexes=(),
                      entities=(MeantimeMention(label="ORG", start=i, end=i + 17, text="The two companies",
                                                syntactic_type="NOM"),),
                      values=(money,))
    rec = record(doc, quantities=[("$12 million", "money"), ("$20 million", "money"), ("two", "count"),
                                  ("Three", "count")])
    q = score_meantime([rec], [doc])["quantities"]
    # One end of the range matches, the other is excused; "The two companies" is a definite nominal
    # MEANTIME does not count; "Three firms" is an unannotated count and is wrong.
    assert (q["tp"], q["fp"], q["fn"]) == (1, 1, 0)


@pytest.mark.parametrize(
    ("text", "evidence", "high", "ends", "expected"),
    [
        # One range quantity spanning both gold ends: both are matched.
        ("Analysts expect $3 billion to $5 billion in losses.", "$3 billion to $5 billion", 5e9,
         ("$3 billion", "$5 billion"), (2, 0, 0)),
        ("Prices rose from 5 to 7 per cent last year.", "5 to 7 per cent", 7, ("5", "7 per cent"), (2, 0, 0)),
        # Without ``high`` the same span is one quantity against two gold values: one end is missed.
        ("Analysts expect $3 billion to $5 billion in losses.", "$3 billion to $5 billion", None,
         ("$3 billion", "$5 billion"), (1, 0, 1)),
        # A range reaching only one gold value does not match the other, unrelated one.
        ("It sold 5 to 7 ships and 40 tanks.", "5 to 7 ships", 7, ("5", "7", "40"), (2, 0, 1)),
    ],
)
def test_range_quantity_matches_both_gold_ends(text, evidence, high, ends, expected) -> None:
    values = []
    pos = 0
    for sub in ends:
        i = text.index(sub, pos)
        values.append(MeantimeValue(type="QUANTITY", start=i, end=i + len(sub), text=sub))
        pos = i + 1
    doc = MeantimeDoc(id="d", text=text, published=None, title="", tokens=(), annotated_end=len(text), timexes=(),
                      entities=(), values=tuple(values))
    i = text.index(evidence)
    rec = {"article": {"id": "d"}, "dates": [], "entities": [],
           "quantities": [{"id": "Q1", "text": evidence, "value": 3, "high": high, "unit": None, "category": "count",
                           "currency": None, "evidence": {"start": i, "end": i + len(evidence), "text": evidence}}]}
    q = score_meantime([rec], [doc])["quantities"]
    assert (q["tp"], q["fp"], q["fn"]) == expected


needs_corpus = pytest.mark.skipif(not REAL.exists(), reason="MEANTIME corpus not available")


@needs_corpus
def test_real_file_rebuilds_text_and_spans() -> None:
    doc = read_meantime_file(REAL)
    assert doc.id == "100911_Northrop_Grumman_and_Airbus_parent_EADS_defeat_Boeing"
    assert doc.title == "Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US airtanker contract"
    assert doc.text.startswith(doc.title + SENTENCE_SEPARATOR + "March 01, 2008" + SENTENCE_SEPARATOR + "Northrop")
    assert doc.published == "2008-03-01"
    # The corpus stores "£" as "#"; the rebuilt text has the pound sign back.
    assert "US$40 billion (GB £20.1 billion)" in doc.text

    root = ET.parse(REAL).getroot()
    tokens = [t.text for t in root.iter("token")]
    assert len(doc.tokens) == len(tokens)
    for (s, e), tok in zip(doc.tokens, tokens):
        got = doc.text[s:e]
        assert got == {"``": "“", "''": "”"}.get(tok, tok) or tok == '"' or (tok, got) == ("#", "£")

    by_value = {t.value: t for t in doc.timexes}
    assert by_value["2008-03-01"].text == "March 01, 2008"
    assert by_value["P50Y"].text == "fifty-year"
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
        assert t.end <= doc.annotated_end
    assert any(m.label == "ORG" and m.text == "Northrop Grumman" and m.syntactic_type == "NAM" for m in doc.entities)
    assert all(doc.text[m.start:m.end] == m.text for m in doc.entities)
    assert doc.annotated_end < len(doc.text)


@needs_corpus
def test_corpus_reads_all_documents() -> None:
    docs = read_meantime(MEANTIME)
    assert len(docs) == 120
    assert len({d.id for d in docs}) == 120
    assert sum(len(d.timexes) for d in docs) > 400
    values = [v for d in docs for v in d.values]
    assert len(values) > 400 and {v.type for v in values} == {"MONEY", "PERCENT", "QUANTITY"}
    assert all(d.text[v.start:v.end] == v.text for d in docs for v in d.values)
