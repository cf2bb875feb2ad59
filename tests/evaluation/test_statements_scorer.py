"""Tests for evaluation.scorers (scoring against gold files) and evaluation.readers.gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.readers.gold import GoldError, load_gold, occurrence_span, read_gold
from evaluation.scorers import METRICS, format_table, max_matching, names_match, score_statements, units_match

TEXT = (
    "Leaders Meet in Tokyo\n"
    "\n"
    "TOKYO — South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba on\n"
    "Tuesday. Lee said the two leaders agreed to hold annual talks.\n"
    "\n"
    "About 28,500 U.S. troops are stationed in South Korea. Seoul will spend more than $1.2 billion\n"
    "on air defence this year, officials said.\n"
    "\n"
    "\"We will deepen our cooperation for the next decade,\" Ishiba told reporters. Lee added that\n"
    "the two countries would meet again in the future.\n"
)


def ev(text: str, k: int = 0) -> dict:
    """Gold evidence in the statements layout."""
    return {"text": text, "occurrence": k}


def span(text: str, k: int = 0) -> dict:
    """Record evidence for the k-th occurrence of ``text`` in TEXT."""
    start, end = occurrence_span(TEXT, text, k)
    return {"start": start, "end": end, "text": text}


GOLD = {
    "file": "doc1.txt",
    "published": "2025-06-03",
    "persons": ["Lee Jae-myung", "Shigeru Ishiba"],
    "roles": [
        {"person": "Lee Jae-myung", "title": "President", "role": "head_of_state", "country": "KOR",
         "organization": None, "evidence": ev("South Korean President Lee Jae-myung")},
        {"person": "Shigeru Ishiba", "title": "Prime Minister", "role": "head_of_government", "country": "JPN",
         "organization": None, "evidence": ev("Japanese Prime Minister Shigeru Ishiba")},
    ],
    "quantities": [
        {"text": "two leaders", "value": 2, "unit": "leader", "category": "count", "qualifier": None,
         "approximate": False, "evidence": ev("two leaders")},
        {"text": "About 28,500 U.S. troops", "value": 28500, "unit": "troop", "category": "personnel",
         "qualifier": "about", "approximate": True, "evidence": ev("28,500")},
        {"text": "more than $1.2 billion", "value": 1.2e9, "unit": "dollar", "category": "money",
         "qualifier": "more than", "approximate": False, "evidence": ev("$1.2 billion")},
        {"text": "the two countries", "value": 2, "unit": "country", "category": "count", "qualifier": None,
         "approximate": False, "evidence": ev("two countries")},
    ],
    "forces": [
        {"owner": "USA", "size": 28500, "unit": "troop", "location": "KOR", "status": "stationed",
         "evidence": ev("28,500")},
    ],
    "quotes": [
        {"speaker": "Shigeru Ishiba", "cue": "tell",
         "text": "We will deepen our cooperation for the next decade,",
         "evidence": ev("We will deepen our cooperation for the next decade,")},
    ],
    "dates": [
        {"text": "Tuesday", "type": "DATE", "value": "2025-06-03", "evidence": ev("Tuesday")},
        {"text": "annual", "type": "SET", "value": "P1Y", "evidence": ev("annual")},
        {"text": "this year", "type": "DATE", "value": "2025", "evidence": ev("this year")},
        {"text": "the next decade", "type": "DURATION", "value": "P10Y", "evidence": ev("the next decade")},
    ],
    "uncertain": [
        {"kind": "date", "text": "in the future", "type": "DATE", "value": "FUTURE_REF",
         "why": "vague", "evidence": ev("in the future")},
        {"type": "person", "text": "Leaders Meet", "why": "a headline word, not a name",
         "evidence": ev("Leaders Meet")},
    ],
}


def entity(i: int, label: str, name: str, *mentions: str) -> dict:
    return {"id": f"E{i}", "label": label, "name": name, "country": None,
            "mentions": [span(m) for m in (mentions or (name,))]}


def record(article_id: str = "doc1", source: str | None = None, **lists) -> dict:
    rec = {"schema_version": "1.1",
           "article": {"id": article_id, "source": source, "title": None, "dateline": None,
                       "published": "2025-06-03", "language": "en", "text_sha256": "0" * 64,
                       "n_chars": len(TEXT), "n_tokens": 0, "n_sentences": 0},
           "provenance": {"pipeline_version": "test", "model": {"name": "x", "version": "0"}},
           "entities": [], "roles": [], "quantities": [], "forces": [], "dates": [], "quotes": []}
    rec.update(lists)
    return rec


def quantity(i: int, value: float, evidence: str, unit: str | None = None, k: int = 0, **kw) -> dict:
    base = {"id": f"Q{i}", "text": evidence, "value": value, "approximate": False, "qualifier": None,
            "unit": unit, "category": "count", "currency": None, "owner": None, "location": None,
            "evidence": span(evidence, k)}
    return {**base, **kw}


def date(i: int, evidence: str, value: str | None, type_: str = "DATE") -> dict:
    return {"id": f"D{i}", "text": evidence, "type": type_, "value": value, "evidence": span(evidence)}


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "doc1.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


# ---- helpers ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("haystack", "needle", "k", "expected"),
    [
        ("the cat and the dog", "the", 0, (0, 3)),
        ("the cat and the dog", "the", 1, (12, 15)),
        ("Seoul said.\nSeoul\nagreed", "Seoul\nagreed", 0, (12, 24)),
        ("aaa", "aa", 1, (1, 3)),
    ],
)
def test_occurrence_span(haystack: str, needle: str, k: int, expected: tuple[int, int]) -> None:
    assert occurrence_span(haystack, needle, k) == expected
    assert haystack[expected[0]:expected[1]] == needle


def test_occurrence_span_missing_raises() -> None:
    with pytest.raises(GoldError):
        occurrence_span("the cat", "the", 1)


def test_gold_evidence_resolves_to_offsets(gold_dir: Path) -> None:
    gold = read_gold(gold_dir / "doc1.gold.json")
    q = gold.quantities[3]
    assert TEXT[q["span"][0]:q["span"][1]] == "two countries"
    assert q["span"][0] > TEXT.index("two leaders")


def test_gold_with_missing_evidence_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "bad.gold.json").write_text(json.dumps(
        {"file": "bad.txt", "persons": [], "dates": [{"text": "today", "value": "X", "evidence": ev("today")}]}))
    with pytest.raises(GoldError, match="bad.gold.json"):
        load_gold(tmp_path)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Yoon", "Yoon Suk Yeol", True),
        ("Yoon Suk Yeol", "Yoon", True),
        ("Joe Biden", "Joseph R. Biden Jr.", False),
        ("Biden", "Joseph R. Biden Jr.", True),
        ("Kishida's", "Fumio Kishida", True),
        ("Lee Jong-sup", "Lee Jong-Sup", True),
        ("Emmanuel Macron", "Macron Emmanuel", True),
        ("Olaf Scholz", "Olaf Palme", False),
        ("Zelenskyy", "Volodymyr Zelenskyy", True),
        ("", "Rishi Sunak", False),
    ],
)
def test_names_match_by_token_containment(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("troops", "troop", True),
        ("Troop", "troop", True),
        ("electric battery park", "park", True),
        ("$", "dollar", True),
        ("USD", "dollars", True),
        ("%", "percent", True),
        ("countries", "country", True),
        ("ship", "troop", False),
        ("degree Celsius", "degree", False),
        (None, None, True),
        ("dollar", None, False),
    ],
)
def test_units_match(a: str | None, b: str | None, expected: bool) -> None:
    assert units_match(a, b) is expected


def test_max_matching_is_one_to_one_and_maximal() -> None:
    # Gold 0 fits preds 0 and 1, gold 1 only pred 0: a greedy pass would leave gold 1 unmatched.
    rel = {(0, 0), (0, 1), (1, 0)}
    assert max_matching(2, 2, lambda i, j: (i, j) in rel) == [(0, 1), (1, 0)]


# ---- metrics ------------------------------------------------------------------------------

def test_persons_one_to_one_and_containment(gold_dir: Path) -> None:
    rec = record(entities=[
        entity(1, "PERSON", "Lee Jae-myung"),
        entity(2, "PERSON", "Lee", "Lee"),          # same person again: only one can match
        entity(3, "PERSON", "Ishiba", "Ishiba"),     # short form matches "Shigeru Ishiba"
        entity(4, "GPE", "Tokyo", "Tokyo"),          # not a person: ignored
    ])
    s = score_statements([rec], gold_dir)["persons"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 0)


def test_uncertain_person_is_not_a_false_positive(gold_dir: Path) -> None:
    rec = record(entities=[entity(1, "PERSON", "Meet", "Meet"), entity(2, "PERSON", "Tokyo Tuesday", "Tuesday")])
    s = score_statements([rec], gold_dir)["persons"]
    # "Meet" overlaps the uncertain span; "Tokyo Tuesday" is wrong.
    assert (s["tp"], s["fp"], s["fn"]) == (0, 1, 2)


def test_roles_need_person_role_and_country(gold_dir: Path) -> None:
    def role(i: int, name: str, role_: str, country: str | None, evidence: str) -> dict:
        return {"id": f"R{i}", "person": None, "person_name": name, "title": "x", "role": role_,
                "country": country, "organization": None, "evidence": span(evidence)}

    rec = record(roles=[
        role(1, "Lee Jae-myung", "head_of_state", "KOR", "President Lee Jae-myung"),
        role(2, "Ishiba", "head_of_state", "JPN", "Prime Minister Shigeru Ishiba"),  # wrong category
    ])
    s = score_statements([rec], gold_dir)
    assert (s["roles"]["tp"], s["roles"]["fp"], s["roles"]["fn"]) == (1, 1, 1)
    pc = s["roles_person_country"]
    assert (pc["tp"], pc["fp"], pc["fn"]) == (2, 0, 0)

    wrong_country = record(roles=[role(1, "Lee Jae-myung", "head_of_state", "JPN", "President Lee Jae-myung")])
    s = score_statements([wrong_country], gold_dir)
    assert s["roles"]["tp"] == 0 and s["roles_person_country"]["tp"] == 0


def test_roles_compare_organization_when_country_is_null(tmp_path: Path) -> None:
    text = "NATO Secretary General Mark Rutte spoke.\n"
    (tmp_path / "n.txt").write_text(text)
    (tmp_path / "n.gold.json").write_text(json.dumps({"file": "n.txt", "persons": ["Mark Rutte"], "roles": [
        {"person": "Mark Rutte", "title": "Secretary General", "role": "official_other", "country": None,
         "organization": "NATO", "evidence": ev("NATO Secretary General Mark Rutte")}]}))
    rec = record("n", roles=[{"id": "R1", "person": None, "person_name": "Mark Rutte", "title": "Secretary General",
                              "role": "official_other", "country": None, "organization": "NATO",
                              "evidence": {"start": 0, "end": 33, "text": text[:33]}}])
    assert score_statements([rec], tmp_path)["roles"]["tp"] == 1


def test_quantities_value_unit_and_alignment(gold_dir: Path) -> None:
    rec = record(quantities=[
        quantity(1, 2, "two leaders", "leader"),
        quantity(2, 28500, "28,500 U.S. troops", "troop", qualifier="about", approximate=True),
        quantity(3, 1.2e9, "$1.2 billion", None, qualifier="more than"),   # value right, unit missing
        quantity(4, 2, "the two", "country", k=0),   # wrong sentence: "the two" of paragraph 1
        quantity(5, 4, "two countries", "country"),  # overlaps gold but wrong value
    ])
    s = score_statements([rec], gold_dir)
    q = s["quantities"]
    assert (q["tp"], q["fp"], q["fn"]) == (3, 2, 1)
    qu = s["quantities_unit"]
    assert (qu["tp"], qu["fp"], qu["fn"]) == (2, 3, 2)
    assert q["qualifier_accuracy"] == 1.0 and q["qualifier_pairs"] == 3
    assert q["unit_accuracy"] == pytest.approx(2 / 3, abs=1e-3)


def test_quantity_same_value_in_same_sentence_counts(gold_dir: Path) -> None:
    # "Seoul will spend" does not overlap the gold "$1.2 billion" but sits in its sentence.
    rec = record(quantities=[quantity(1, 1.2e9, "Seoul will spend", "dollar")])
    assert score_statements([rec], gold_dir)["quantities_unit"]["tp"] == 1
    rec = record(quantities=[quantity(1, 1.2e9, "Tuesday", "dollar")])
    assert score_statements([rec], gold_dir)["quantities"]["tp"] == 0


def test_forces_owner_category_and_size(gold_dir: Path) -> None:
    def force(owner: str | None, size: float | None, unit: str) -> dict:
        return {"id": "F1", "owner": owner, "size": size, "approximate": True, "unit": unit,
                "location": "KOR", "status": "stationed", "quantities": []}

    ok = score_statements([record(forces=[force("USA", 28500, "soldiers")])], gold_dir)["forces"]
    assert (ok["tp"], ok["fp"], ok["fn"]) == (1, 0, 0) and ok["location_accuracy"] == 1.0
    for bad in (force("KOR", 28500, "troop"), force("USA", 28000, "troop"), force("USA", 28500, "warship")):
        s = score_statements([record(forces=[bad])], gold_dir)["forces"]
        assert (s["tp"], s["fp"], s["fn"]) == (0, 1, 1)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("fighter", "troop", True),        # "3,000 fighters and another 2,000 personnel": combatants
    ("fighters", "fighter jet", True),  # "12 fighters" over the Baltic: jets
    ("fighter jet", "troop", False),
    ("F-16 fighter", "soldier", False),
    ("destroyer", "troop", False),
    ("aircraft", "jet", True),
])
def test_force_unit_categories(a: str, b: str, same: bool) -> None:
    from evaluation.scorers.compare import force_categories

    assert bool(force_categories(a) & force_categories(b)) is same


def test_dates_value_and_span(gold_dir: Path) -> None:
    rec = record(dates=[
        date(1, "Tuesday", "2025-06-03"),
        date(2, "annual", "P1Y", "SET"),
        date(3, "this year", "2024"),          # span right, value wrong
        date(4, "in the future", "FUTURE_REF"),  # uncertain: neither right nor wrong
        date(5, "officials", "2025"),          # not a date at all
    ])
    s = score_statements([rec], gold_dir)
    assert (s["dates"]["tp"], s["dates"]["fp"], s["dates"]["fn"]) == (2, 2, 2)
    sp = s["dates_span"]
    assert (sp["tp"], sp["fp"], sp["fn"]) == (3, 1, 1)
    assert sp["value_accuracy"] == pytest.approx(2 / 3, abs=1e-3)


def test_quotes_need_overlap_and_speaker(gold_dir: Path) -> None:
    def quote(speaker: str | None, evidence: str) -> dict:
        return {"id": "T1", "text": evidence, "speaker": None, "speaker_name": speaker, "cue": "tell",
                "evidence": span(evidence)}

    good = score_statements([record(quotes=[quote("Ishiba", "\"We will deepen our cooperation")])], gold_dir)
    assert good["quotes"]["tp"] == 1
    wrong = score_statements([record(quotes=[quote("Lee", "We will deepen")])], gold_dir)
    assert (wrong["quotes"]["tp"], wrong["quotes"]["fp"]) == (0, 1)
    assert wrong["quotes_span"]["tp"] == 1


def test_record_matched_by_source_basename_and_unmatched_counted(gold_dir: Path) -> None:
    rec = record("some-other-id", source="/data/in/doc1.txt", entities=[entity(1, "PERSON", "Shigeru Ishiba")])
    s = score_statements([rec, record("nope")], gold_dir)
    assert s["documents"] == 1 and s["unmatched_records"] == 1 and s["persons"]["tp"] == 1


def test_empty_record_scores_zero_recall(gold_dir: Path) -> None:
    s = score_statements([record()], gold_dir)
    assert s["persons"]["recall"] == 0.0 and s["persons"]["precision"] is None and s["persons"]["f1"] == 0.0
    assert set(METRICS) <= set(s)
    assert s["missing"] == []
    json.dumps(s)  # JSON-able


SEED_TEXT = "Defence Minister Ahn Gyu-back met Pete Hegseth in Seoul in 2025. Some 28,500 troops stay.\n"


@pytest.fixture()
def seed_dir(tmp_path: Path) -> Path:
    def at(t: str) -> dict:
        i = SEED_TEXT.index(t)
        return {"start": i, "end": i + len(t), "text": t}

    gold = {
        "article": {"file": "s.txt", "published": None},
        "entities": [{"label": "PERSON", "name": "Pete Hegseth", "aliases": ["Hegseth"]},
                     {"label": "PERSON", "name": "Ahn Gyu-back"}, {"label": "GPE", "name": "Seoul"}],
        "roles": [{"person": "Ahn Gyu-back", "title": "Defence Minister", "role": "defence_minister",
                   "country": "KOR", "evidence": at("Defence Minister Ahn Gyu-back")}],
        "quantities": [{"value": 28500, "unit": "troop", "category": "personnel", "approximate": True,
                        "qualifier": "some", "evidence": at("28,500")}],
        "forces": [],
        "dates": [{"text": "2025", "type": "DATE", "value": "2025", "optional": True, "evidence": at("2025")}],
        "quotes": [],
        "must_not": [{"kind": "quantity", "value": 2025, "why": "a year"},
                     {"kind": "role", "person": "Pete Hegseth", "country": "KOR", "why": "US official"}],
    }
    (tmp_path / "s.txt").write_text(SEED_TEXT)
    (tmp_path / "s.gold.json").write_text(json.dumps(gold))
    return tmp_path


def test_seed_layout_optional_and_must_not(seed_dir: Path) -> None:
    def at(t: str) -> dict:
        i = SEED_TEXT.index(t)
        return {"start": i, "end": i + len(t), "text": t}

    rec = record("s", entities=[{"id": "E1", "label": "PERSON", "name": "Hegseth", "country": None,
                                 "mentions": [at("Hegseth")]}],
                 quantities=[{**quantity(1, 2025, "x"), "evidence": at("2025")}],
                 roles=[{"id": "R1", "person": "E1", "person_name": "Pete Hegseth", "title": "Minister",
                         "role": "defence_minister", "country": "KOR", "organization": None,
                         "evidence": at("Pete Hegseth")}])
    s = score_statements([rec], seed_dir)
    assert (s["persons"]["tp"], s["persons"]["fn"]) == (1, 1)      # alias "Hegseth" matches
    assert s["dates"]["fn"] == 0                                   # optional date not required
    assert s["must_not"]["checked"] == 2 and s["must_not"]["violated"] == 2
    assert {v["kind"] for v in s["must_not"]["violations"]} == {"quantity", "role"}


def test_optional_item_found_is_not_a_false_positive(seed_dir: Path) -> None:
    i = SEED_TEXT.index("2025")
    rec = record("s", dates=[{"id": "D1", "text": "2025", "type": "DATE", "value": "2025",
                              "evidence": {"start": i, "end": i + 4, "text": "2025"}}])
    d = score_statements([rec], seed_dir)["dates"]
    assert (d["tp"], d["fp"], d["fn"]) == (0, 0, 0)


def test_format_table_lists_metrics(gold_dir: Path) -> None:
    table = format_table(score_statements([record()], gold_dir), title="demo")
    assert table.startswith("### demo")
    for m in METRICS:
        assert f"| {m} |" in table
    assert "documents: 1" in table


@pytest.mark.parametrize(("a", "b", "same"), [
    ("P20Y", "P2DE", True), ("p2de", "P20Y", True), ("P3CE", "P300Y", True), ("P1ML", "P1000Y", True),
    ("2021-03", " 2021-03 ", True), ("PXDE", "PXDE", True),
    ("P2DE", "P2Y", False), ("PXDE", "P10Y", False), ("P1W", "P7D", False), ("2021", "2022", False),
])
def test_timex_values_equal_in_any_valid_spelling(a: str, b: str, same: bool) -> None:
    from evaluation.scorers.compare import timex_equal

    assert timex_equal(a, b) is same


@pytest.mark.parametrize(("item", "expected"), [
    ({"country": "kor", "organization": "UN"}, "KOR"),
    ({"country": None, "organization": "African Union"}, "AU"),
    ({"country": None, "organization": "AU"}, "AU"),
    ({"country": None, "organization": "North Atlantic Treaty Organization"}, "NATO"),
    ({"country": None, "organization": "Acme Holdings"}, "ACME HOLDINGS"),
    ({"country": None, "organization": None}, None),
])
def test_place_compares_organisations_by_short_name(item, expected) -> None:
    from evaluation.scorers.compare import place

    assert place(item) == expected
