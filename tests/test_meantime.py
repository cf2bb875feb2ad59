"""Tests for pipeline.meantime: reading MEANTIME XML and scoring records against it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline.meantime import SENTENCE_SEPARATOR, read_meantime, read_meantime_file, score_meantime

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


def record(doc, *, dates=(), entities=()) -> dict:
    def sp(text: str) -> dict:
        i = doc.text.index(text)
        return {"start": i, "end": i + len(text), "text": text}

    return {
        "article": {"id": doc.id},
        "dates": [{"id": f"D{i}", "text": t, "type": ty, "value": v, "evidence": sp(t)}
                  for i, (t, ty, v) in enumerate(dates, 1)],
        "entities": [{"id": f"E{i}", "label": lab, "name": t, "country": None, "mentions": [sp(t)]}
                     for i, (lab, t) in enumerate(entities, 1)],
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


needs_corpus = pytest.mark.skipif(not REAL.exists(), reason="MEANTIME corpus not available")


@needs_corpus
def test_real_file_rebuilds_text_and_spans() -> None:
    doc = read_meantime_file(REAL)
    assert doc.id == "100911_Northrop_Grumman_and_Airbus_parent_EADS_defeat_Boeing"
    assert doc.title == "Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US airtanker contract"
    assert doc.text.startswith(doc.title + SENTENCE_SEPARATOR + "March 01, 2008" + SENTENCE_SEPARATOR + "Northrop")
    assert doc.published == "2008-03-01"
    assert "US$40 billion (GB #20.1 billion)" in doc.text

    root = ET.parse(REAL).getroot()
    tokens = [t.text for t in root.iter("token")]
    assert len(doc.tokens) == len(tokens)
    for (s, e), tok in zip(doc.tokens, tokens):
        assert doc.text[s:e] == {"``": "“", "''": "”"}.get(tok, tok) or tok == '"'

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
