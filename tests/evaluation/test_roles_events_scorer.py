"""Tests for the contract 1.1 scorers: roles with status, events, gold directories with genres,
inter-annotator agreement, and the frozen-set report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.iaa import agreement, read_events, score_agreement
from evaluation.readers.gold import GoldError, occurrence_span, read_gold
from evaluation.report import markdown
from evaluation.scorers import greedy_matching, max_matching, score_statements
from evaluation.scorers.events import Side, acronym_match, gold_side, record_side, sides_match

TEXT = (
    "Leaders Meet in Seoul\n"
    "\n"
    "SEOUL — South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba on Tuesday.\n"
    "Former Defence Minister Lee Jong-sup condemned North Korea's missile launch. The United States "
    "imposed sanctions on North Korea.\n"
)


def ev(text: str, k: int = 0) -> dict:
    return {"text": text, "occurrence": k}


def span(text: str, k: int = 0) -> dict:
    start, end = occurrence_span(TEXT, text, k)
    return {"start": start, "end": end, "text": text}


def gold_event(type_: str, actor, actor_country, recipient, recipient_country, evidence: str, **kw) -> dict:
    return {"type": type_, "actor": actor, "actor_country": actor_country, "recipient": recipient,
            "recipient_country": recipient_country, "location": kw.pop("location", None), "date": kw.pop("date", None),
            "trigger": kw.pop("trigger", None), "evidence": ev(evidence), **kw}


GOLD = {
    "file": "doc1.txt",
    "published": "2025-06-03",
    "genre": "wire",
    "persons": ["Lee Jae-myung", "Shigeru Ishiba", "Lee Jong-sup"],
    "roles": [
        {"person": "Lee Jae-myung", "title": "President", "role": "head_of_state", "country": "KOR",
         "organization": None, "status": "current", "evidence": ev("South Korean President Lee Jae-myung")},
        {"person": "Lee Jong-sup", "title": "Defence Minister", "role": "defence_minister", "country": "KOR",
         "organization": None, "status": "former", "since": "2022", "until": "2023",
         "evidence": ev("Former Defence Minister Lee Jong-sup")},
    ],
    "quantities": [], "forces": [], "quotes": [], "dates": [],
    "events": [
        gold_event("CONSULT", "Lee Jae-myung", "KOR", "Shigeru Ishiba", "JPN",
                   "President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba", location="KOR",
                   date="2025-06-03"),
        gold_event("ACCUSE", "Lee Jong-sup", "KOR", "PRK", "PRK", "Lee Jong-sup condemned North Korea"),
        gold_event("SANCTION", "USA", "USA", "PRK", "PRK", "The United States imposed sanctions on North Korea"),
    ],
    "uncertain": [
        {"kind": "event", "type": "CONSULT", "actor": "Shigeru Ishiba", "actor_country": "JPN",
         "recipient": "Lee Jae-myung", "recipient_country": "KOR", "why": "the reverse direction of a meeting",
         "evidence": ev("Shigeru Ishiba on Tuesday")},
    ],
}

ENTITIES = [
    {"id": "E1", "label": "PERSON", "name": "Lee Jae-myung", "country": None, "mentions": [span("Lee Jae-myung")]},
    {"id": "E2", "label": "PERSON", "name": "Shigeru Ishiba", "country": None, "mentions": [span("Shigeru Ishiba")]},
    {"id": "E3", "label": "PERSON", "name": "Lee Jong-sup", "country": None, "mentions": [span("Lee Jong-sup")]},
    {"id": "E4", "label": "GPE", "name": "North Korea", "country": "PRK", "mentions": [span("North Korea")]},
    {"id": "E5", "label": "GPE", "name": "United States", "country": "USA", "mentions": [span("United States")]},
]


def role(i: int, person: str, name: str, role_: str, country: str | None, evidence: str, **kw) -> dict:
    return {"id": f"R{i}", "person": person, "person_name": name, "title": "t", "role": role_, "country": country,
            "organization": None, "evidence": span(evidence), "status": kw.get("status", "current"),
            "since": kw.get("since"), "until": kw.get("until"), "country_source": None}


def event(i: int, type_: str, actor, recipient, evidence: str, **kw) -> dict:
    names = {e["id"]: e["name"] for e in ENTITIES}
    return {"id": f"V{i}", "type": type_, "actor": actor, "recipient": recipient,
            "actor_name": kw.get("actor_name", names.get(actor)), "recipient_name": kw.get("recipient_name",
                                                                                             names.get(recipient)),
            "actor_country": kw.get("actor_country"), "recipient_country": kw.get("recipient_country"),
            "location": kw.get("location"), "date": None, "date_value": kw.get("date_value"),
            "trigger": span(kw.get("trigger", evidence.split()[0])), "evidence": span(evidence)}


def record(**lists) -> dict:
    rec = {"schema_version": "1.1",
           "article": {"id": "doc1", "source": None, "title": None, "dateline": None, "published": "2025-06-03",
                       "language": "en", "text_sha256": "0" * 64, "n_chars": len(TEXT), "n_tokens": 0,
                       "n_sentences": 0, "text": TEXT, "url": None, "author": None},
           "provenance": {"pipeline_version": "test", "model": {"name": "x", "version": "0"}, "encoding": None},
           "entities": ENTITIES, "roles": [], "quantities": [], "forces": [], "dates": [], "quotes": [], "events": []}
    rec.update(lists)
    return rec


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "doc1.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def counts(row: dict) -> tuple[int, int, int]:
    return row["tp"], row["fp"], row["fn"]


# ---- gold directories ---------------------------------------------------------------------

def test_gold_reader_keeps_events_and_genre(gold_dir: Path) -> None:
    doc = read_gold(gold_dir / "doc1.gold.json")
    assert doc.genre == "wire"
    assert [e["type"] for e in doc.events] == ["CONSULT", "ACCUSE", "SANCTION"]
    start, end = doc.events[1]["span"]
    assert TEXT[start:end] == "Lee Jong-sup condemned North Korea"
    assert [o["type"] for o in doc.optional["event"]] == ["CONSULT"]


def test_event_with_missing_evidence_is_an_error(tmp_path: Path) -> None:
    bad = dict(GOLD, events=[gold_event("AGREE", "USA", "USA", None, None, "signed a treaty")])
    (tmp_path / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "doc1.gold.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(GoldError, match="signed a treaty"):
        read_gold(tmp_path / "doc1.gold.json")


def test_scores_are_split_by_genre(gold_dir: Path) -> None:
    s = score_statements([record()], gold_dir)
    assert list(s["by_genre"]) == ["wire"]
    assert s["by_genre"]["wire"]["roles"]["fn"] == 2


# ---- roles with status --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("status", "since", "roles", "roles_status", "since_acc"),
    [
        ("former", "2022", (2, 0, 0), (2, 0, 0), 1.0),
        ("current", None, (2, 0, 0), (1, 1, 1), None),   # the former minister read as serving
        ("former", "2021", (2, 0, 0), (2, 0, 0), 0.0),   # right status, wrong start year
    ],
)
def test_roles_status_and_since(gold_dir: Path, status, since, roles, roles_status, since_acc) -> None:
    rec = record(roles=[
        role(1, "E1", "Lee Jae-myung", "head_of_state", "KOR", "President Lee Jae-myung"),
        role(2, "E3", "Lee Jong-sup", "defence_minister", "KOR", "Defence Minister Lee Jong-sup", status=status,
             since=since, until="2023"),
    ])
    s = score_statements([rec], gold_dir)
    assert counts(s["roles"]) == roles
    assert counts(s["roles_status"]) == roles_status
    assert s["roles_status"].get("since_accuracy") == since_acc
    assert s["roles"]["status_pairs"] == 2


def test_missing_status_counts_as_current(gold_dir: Path) -> None:
    r = role(1, "E1", "Lee Jae-myung", "head_of_state", "KOR", "President Lee Jae-myung")
    del r["status"]
    s = score_statements([record(roles=[r])], gold_dir)
    assert s["roles_status"]["tp"] == 1


# ---- events -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (Side("Jake Sullivan", "USA", None), Side("Sullivan", "USA", None), True),      # person name rule
        (Side("Jake Sullivan", "USA", None), Side("Suh Hoon", "KOR", None), False),
        (Side("USA", "USA", "USA"), Side("Joe Biden", "USA", None), True),               # ISO3 = actor_country
        (Side("USA", "USA", "USA"), Side("United States", None, "USA"), True),          # a country entity
        (Side("KOR", "KOR", "KOR"), Side("Joe Biden", "USA", None), False),
        (Side(None, "KOR", None), Side(None, None, None), True),                        # both silent
        (Side(None, "KOR", None), Side("South Korea", "KOR", "KOR"), True),            # the country named
        (Side(None, None, None), Side("Ahn Gyu-back", "KOR", None), False),            # invented recipient
        (Side("KOR", "KOR", "KOR"), Side(None, "KOR", None), False),                    # recipient left out
        (Side("NATO", None, None), Side("NATO", None, None), True),                      # organisation name
        (Side("European Union", None, None), Side("EU", None, None), True),             # acronym
        (Side("Gulf Cooperation Council", None, None), Side("GCC", None, None), True),
        (Side("European Union", None, None), Side("EC", None, None), False),             # another body
        (Side("Houthis", "YEM", None), Side("Houthi", None, None), True),               # plural of members
        (Side("Houthis", "YEM", None), Side("Hamas", None, None), False),
    ],
)
def test_sides_match(gold: Side, pred: Side, expected: bool) -> None:
    assert sides_match(gold, pred) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("EU", "European Union", True),
        ("European Union", "EU", True),                                   # either side may be short
        ("U.N.", "United Nations", True),                                 # dotted acronym
        ("IAEA", "International Atomic Energy Agency", True),
        ("OAS", "Organization of American States", True),                 # "of" gives no letter
        ("FAO", "Food and Agriculture Organization", True),               # "and" gives one
        ("Eu", "European Union", False),                                  # not written as an acronym
        ("EU", "Eastern Ukraine", True),                                  # same initials: accepted (rare)
        ("EU", "Europe", False),                                          # one word is not an expansion
        ("NATO", "North Atlantic Council", False),
        (None, "European Union", False),
    ],
)
def test_acronym_match(a, b, expected: bool) -> None:
    assert acronym_match(a, b) is expected


def test_record_side_reads_entity_and_name() -> None:
    entities = {e["id"]: e for e in ENTITIES}
    side = record_side({"actor": "E5", "actor_name": None, "actor_country": "USA"}, "actor", entities)
    assert side == Side("United States", "USA", "USA")
    assert record_side({"recipient": None}, "recipient", entities) == Side(None, None, None)
    assert gold_side({"actor": "USA", "actor_country": "usa"}, "actor") == Side("USA", "USA", "USA")


def test_events_type_actor_and_recipient(gold_dir: Path) -> None:
    rec = record(events=[
        event(1, "CONSULT", "E1", "E2", "Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba",
              actor_country="KOR", recipient_country="JPN", location="KOR", trigger="met"),
        event(2, "ACCUSE", "E3", None, "Lee Jong-sup condemned North Korea", actor_country="KOR", trigger="condemned"),
        event(3, "SANCTION", "E5", "E4", "The United States imposed sanctions on North Korea",
              actor_country="USA", recipient_country="PRK", trigger="imposed"),
        event(4, "ASSAULT", "E4", None, "North Korea's missile launch", actor_country="PRK", trigger="launch"),
    ])
    s = score_statements([rec], gold_dir)
    assert counts(s["events_actor"]) == (3, 1, 0)
    assert counts(s["events_actor_recipient"]) == (2, 2, 1)   # the condemnation lost its recipient
    assert (s["events_actor"]["location_accuracy"], s["events_actor"]["location_pairs"]) == (1.0, 1)
    assert (s["events_actor"]["date_accuracy"], s["events_actor"]["date_pairs"]) == (0.0, 1)


def test_uncertain_event_is_not_a_false_positive(gold_dir: Path) -> None:
    reverse = event(1, "CONSULT", "E2", "E1", "Shigeru Ishiba on Tuesday", actor_country="JPN")
    wrong_type = event(2, "AGREE", "E2", "E1", "Shigeru Ishiba on Tuesday", actor_country="JPN")
    s = score_statements([record(events=[reverse, wrong_type])], gold_dir)
    assert counts(s["events_actor"]) == (0, 1, 3)


def test_must_not_event(tmp_path: Path) -> None:
    gold = dict(GOLD, must_not=[{"kind": "event", "type": "CONSULT", "actor_country": "KOR",
                                 "recipient_country": "PRK", "why": "no such meeting"}])
    (tmp_path / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "doc1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    bad = event(1, "CONSULT", "E1", "E4", "Lee Jae-myung met", actor_country="KOR", recipient_country="PRK")
    fine = event(1, "CONSULT", "E1", "E2", "Lee Jae-myung met", actor_country="KOR", recipient_country="JPN")
    assert score_statements([record(events=[bad])], tmp_path)["must_not"]["violated"] == 1
    assert score_statements([record(events=[fine])], tmp_path)["must_not"]["violated"] == 0


def test_greedy_matching_takes_the_preferred_free_prediction() -> None:
    ok = {(0, 0), (0, 1), (1, 0)}
    compatible = lambda i, j: (i, j) in ok  # noqa: E731
    assert greedy_matching(2, 2, compatible) == [(0, 0)]                  # greedy: gold 1 left unmatched
    assert max_matching(2, 2, compatible) == [(0, 1), (1, 0)]             # maximum matching differs
    assert greedy_matching(2, 2, compatible, preference=lambda i, j: -j) == [(0, 1), (1, 0)]


# ---- inter-annotator agreement ------------------------------------------------------------

A = [gold_event("CONSULT", "Jake Sullivan", "USA", "Suh Hoon", "KOR", "x"),
     gold_event("AGREE", "USA", "USA", "KOR", "KOR", "y"),
     gold_event("SUPPORT", "USA", "USA", None, None, "z", optional=True)]
B = [gold_event("CONSULT", "Sullivan", "USA", "Suh Hoon", "KOR", "x"),
     gold_event("AGREE", "USA", "USA", None, "KOR", "y"),
     gold_event("ACCUSE", "PRK", "PRK", "USA", "USA", "w")]


def test_agreement_counts() -> None:
    c = agreement(A, B)
    assert (c["events_actor"].tp, c["events_actor"].fp, c["events_actor"].fn) == (2, 1, 0)
    assert (c["events_actor_recipient"].tp, c["events_actor_recipient"].fp, c["events_actor_recipient"].fn) == (1, 2, 1)


def test_agreement_files_and_folders(tmp_path: Path) -> None:
    for who, events in (("a", A), ("b", B)):
        (tmp_path / who).mkdir()
        (tmp_path / who / "01.json").write_text(json.dumps(events), encoding="utf-8")
        (tmp_path / who / "02.json").write_text(json.dumps({"events": events[:1]}), encoding="utf-8")
    (tmp_path / "a" / "03.json").write_text("[]", encoding="utf-8")
    s = score_agreement(tmp_path / "a", tmp_path / "b")
    assert s["documents"] == 2 and s["unpaired"] == ["03.json"]
    assert (s["events_actor"]["tp"], s["events_actor"]["fp"], s["events_actor"]["fn"]) == (3, 1, 0)
    assert s["events_actor"]["f1"] == pytest.approx(2 * 0.75 / 1.75, abs=1e-4)
    one = score_agreement(tmp_path / "a" / "02.json", tmp_path / "b" / "02.json")
    assert one["events_actor_recipient"]["f1"] == 1.0


def test_read_events_rejects_other_json(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"roles": []}', encoding="utf-8")
    with pytest.raises(GoldError, match="list of event"):
        read_events(tmp_path / "x.json")


# ---- report -------------------------------------------------------------------------------

def test_markdown_reports_frozen_sets_separately(gold_dir: Path) -> None:
    scores = score_statements([record()], gold_dir)
    results = [{"kind": "statements", "gold": "dev", "name": "dev", "frozen": False, "documents": 1,
                "pipeline": scores, "baseline": scores},
               {"kind": "statements", "gold": "held", "name": "held", "frozen": True, "documents": 1,
                "pipeline": scores}]
    iaa = [{"label": "a vs b", "scores": {"events_actor": agreement(A, B)["events_actor"].as_dict(), "documents": 1}}]
    md = markdown(results, model="m", iaa=iaa)
    dev, frozen = md.index("## dev (1 documents)"), md.index("## Frozen sets (held out)")
    assert dev < frozen < md.index("### held (frozen) (1 documents)") < md.index("## Inter-annotator agreement")
    assert "| held (frozen) | events_actor f1 | 0.60 |" in md
    assert "| wire |" in md   # the genre table
