import copy

import pytest

from pipeline.errors import RecordValidationError
from pipeline.validate import offset_errors, schema_errors, validate_record

TEXT = "US troops: 28,500 in Korea."
GOOD = {
    "schema_version": "1.1",
    "article": {"id": "a", "source": None, "title": None, "dateline": None, "published": None, "language": "en",
                "text_sha256": "0" * 64, "n_chars": len(TEXT), "n_tokens": 7, "n_sentences": 1, "text": TEXT,
                "url": None, "author": None},
    "provenance": {"pipeline_version": "0.1.0", "model": {"name": "en_core_web_sm", "version": "3.8.0"},
                   "encoding": None},
    "entities": [{"id": "E1", "label": "GPE", "name": "United States", "country": "USA",
                  "mentions": [{"start": 0, "end": 2, "text": "US"}], "geo": None, "person_key": None},
                 {"id": "E2", "label": "GPE", "name": "Korea", "country": "KOR",
                  "mentions": [{"start": 21, "end": 26, "text": "Korea"}],
                  "geo": {"geonames_id": 1835841, "name": "South Korea", "lat": 36.5, "lon": 127.75, "admin1": None,
                          "country": "KOR"}, "person_key": None}],
    "roles": [],
    "quantities": [{"id": "Q1", "text": "28,500", "value": 28500, "approximate": False, "qualifier": None,
                    "unit": "troop", "category": "personnel", "currency": None,
                    "owner": {"entity": "E1", "country": "USA"}, "location": None,
                    "evidence": {"start": 11, "end": 17, "text": "28,500"}, "high": None, "per": None,
                    "change": None}],
    "forces": [],
    "dates": [],
    "quotes": [],
    "events": [{"id": "V1", "type": "MOBILIZE", "actor": "E1", "recipient": None, "actor_name": "United States",
                "recipient_name": None, "actor_country": "USA", "recipient_country": None, "location": "KOR",
                "date": None, "date_value": None, "trigger": {"start": 3, "end": 9, "text": "troops"},
                "evidence": {"start": 0, "end": 26, "text": "US troops: 28,500 in Korea"}}],
}


def test_good_record_validates():
    assert schema_errors(GOOD) == []
    validate_record(GOOD, text=TEXT)


@pytest.mark.parametrize(
    "mutate, field",
    [
        (lambda r: r["quantities"][0].__setitem__("value", "many"), "quantities/0/value"),
        (lambda r: r["quantities"][0].__setitem__("category", "troops"), "quantities/0/category"),
        (lambda r: r["entities"][0].__setitem__("country", "US"), "entities/0/country"),
        (lambda r: r["article"].pop("published"), "article"),
        (lambda r: r.__setitem__("extra", 1), "<record>"),
        (lambda r: r["article"].__setitem__("published", "2024/01/01"), "article/published"),
        (lambda r: r["events"][0].__setitem__("type", "MEET"), "events/0/type"),
        (lambda r: r["events"][0].__setitem__("actor_country", "US"), "events/0/actor_country"),
        (lambda r: r["events"][0].pop("trigger"), "events/0"),
        (lambda r: r["entities"][1]["geo"].__setitem__("lat", "north"), "entities/1/geo"),
        (lambda r: r["quantities"][0].__setitem__("change", "up"), "quantities/0/change"),
        (lambda r: r.pop("events"), "<record>"),
    ],
)
def test_broken_record_names_the_field(mutate, field):
    rec = copy.deepcopy(GOOD)
    mutate(rec)
    errors = schema_errors(rec)
    assert errors and any(e.startswith(field) for e in errors), errors
    with pytest.raises(RecordValidationError) as info:
        validate_record(rec)
    assert field in str(info.value)


def test_offsets_must_slice_text():
    rec = copy.deepcopy(GOOD)
    rec["quantities"][0]["evidence"]["start"] = 12
    assert offset_errors(rec, TEXT)
    assert offset_errors(GOOD, TEXT) == []
    rec = copy.deepcopy(GOOD)
    rec["events"][0]["trigger"]["start"] = 4
    assert offset_errors(rec, TEXT)


@pytest.mark.parametrize("mutate", [
    lambda r: None,
    lambda r: r["quantities"][0].__setitem__("value", "many"),
    lambda r: r["entities"][0].__setitem__("country", "US"),
    lambda r: r.__setitem__("extra", 1),
    lambda r: r["roles"].append({"id": "R1"}),
    lambda r: r["forces"].append({"id": "F1", "owner": "NATO", "size": None, "approximate": False, "unit": "troop",
                                  "location": None, "status": None, "quantities": []}),
])
def test_fast_and_reference_validators_agree(mutate):
    from pipeline.validate import is_valid

    rec = copy.deepcopy(GOOD)
    mutate(rec)
    assert is_valid(rec) == (schema_errors(rec) == [])
