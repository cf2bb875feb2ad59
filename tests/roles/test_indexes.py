"""The roles stage's per-document indexes (issue #15): they must answer exactly what the
pairwise scans and spaCy's own sentence bounds answer."""

from __future__ import annotations

import pytest

from pipeline.records import Entity
from pipeline.roles.reader import Candidate, PersonIndex, Reader, same_person


def _cand(name: str, person: str | None = None) -> Candidate:
    ent = Entity(id=person, label="PERSON", name=name, country=None, mentions=()) if person else None
    return Candidate(start=0, end=1, person=ent, name=name, title="Minister", role="minister_other",
                     country=None, organization=None)


NAMES = [
    _cand("Joe Biden", "E1"), _cand("Biden"), _cand("Joseph R. Biden Jr.", "E1"), _cand("Jill Biden", "E2"),
    _cand("Kamala Harris", "E3"), _cand("Harris"), _cand("President"), _cand("X"), _cand("Antony Blinken"),
    _cand("Blinken", "E4"), _cand("Tony Blinken"), _cand("Lloyd J. Austin III"), _cand("Austin"),
]


@pytest.mark.parametrize("query", NAMES + [_cand("Biden", "E9"), _cand("Mark Rutte"), _cand("")])
def test_person_index_finds_what_the_pairwise_scan_finds(query: Candidate) -> None:
    index = PersonIndex(NAMES)
    assert index.same(query) == [i for i, c in enumerate(NAMES) if same_person(c, query)]


def test_person_index_grows_in_order() -> None:
    index = PersonIndex()
    for c in NAMES:
        index.add(c)
    assert index.same(_cand("Biden")) == [i for i, c in enumerate(NAMES) if same_person(c, _cand("Biden"))]


TEXTS = [
    "WASHINGTON\n\nPresident Biden met Prime Minister Kishida. They discussed trade.\n\n"
    "-   Secretary of State Antony Blinken\n-   National Security Advisor Jake Sullivan\n",
    "Defence Minister Rustem Umerov said on Tuesday that talks went well. The Kremlin did not comment. "
    "Later, he flew to Brussels.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_reader_bounds_match_spacy_and_line_scan(text: str) -> None:
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.ingest import parse_txt

    nlp = N.load()
    doc = N.process(nlp, parse_txt(text, source="t", published="2024-03-01"))
    rd = Reader(doc, EntityIndex.build(extract_entities(doc)))
    for tok in doc:
        sent = tok.sent
        assert rd.sentence(tok.i) == (sent.start, sent.end)
        if tok.is_space and "\n" in tok.text:
            continue  # block() is asked about title and name tokens only
        s = tok.i
        while s > 0 and not (doc[s - 1].is_space and "\n" in doc[s - 1].text):
            s -= 1
        e = tok.i + 1
        while e < len(doc) and not (doc[e].is_space and "\n" in doc[e].text):
            e += 1
        assert rd.block(tok) == (s, e)
    assert rd.head_tokens() == [t.i for t in doc if t.lower_ in rd.off.heads]
    assert rd.sentences(0, len(doc)) == [(s.start, s.end) for s in doc.sents]
