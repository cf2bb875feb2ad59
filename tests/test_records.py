"""The dataclasses must match schemas/article.schema.json, the source of truth."""

import dataclasses
import typing

import pytest

from pipeline import records as R
from pipeline.validate import schema

DEFS = {
    "entity": R.Entity,
    "role": R.Role,
    "quantity": R.Quantity,
    "force": R.Force,
    "date": R.TimeExpression,
    "quote": R.Quote,
    "span": R.Span,
}


@pytest.mark.parametrize("name, cls", DEFS.items())
def test_dataclass_fields_match_schema(name, cls):
    spec = schema()["$defs"][name]
    fields = [f.name for f in dataclasses.fields(cls)]
    assert set(fields) == set(spec["properties"]), name
    assert set(spec["required"]) == set(spec["properties"])


def test_article_block_matches_schema():
    spec = schema()["properties"]["article"]
    assert {f.name for f in dataclasses.fields(R.ArticleInfo)} == set(spec["properties"])


def test_top_level_matches_schema():
    assert {f.name for f in dataclasses.fields(R.ArticleRecord)} == set(schema()["properties"])


@pytest.mark.parametrize(
    "name, values",
    [("role", R.ROLE_CATEGORIES), ("quantity", R.QUANTITY_CATEGORIES), ("date", R.DATE_TYPES)],
)
def test_enums_match(name, values):
    props = schema()["$defs"][name]["properties"]
    enum = props.get("role", props.get("category", props.get("type")))["enum"]
    assert set(enum) == set(values)


def test_records_are_frozen_and_keyword_only():
    span = R.Span(start=0, end=2, text="US")
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        R.Span(0, 2, "US")  # type: ignore[misc]


def test_span_of_slices_text():
    assert R.Span.of("the US army", 4, 6).text == "US"
