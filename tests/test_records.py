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


class _Level(int, __import__("enum").Enum):
    LOW = 1


class _Word(str):
    """A str subclass: it must come back as itself, like any scalar."""


def _plain_jsonable(value):
    """The straightforward recursive conversion ``to_jsonable`` must always agree with."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain_jsonable(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {f.name: _plain_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


_SPAN = R.Span(start=4, end=9, text="Seoul")


@pytest.mark.parametrize("value", [
    "plain", 3, 2.5, True, None, _Level.LOW, _Word("cabinet"),
    (), [1, "two", None], (1, (2, [3, (4,)])),
    _SPAN,
    (_SPAN, R.Span(start=0, end=3, text="The")),
    [{"kept": "as is"}],
    R.Geo(geonames_id=1835848, name="Seoul", lat=37.566, lon=126.9784, admin1="11", country="KOR"),
])
def test_to_jsonable_agrees_with_the_plain_recursion(value):
    got = R.to_jsonable(value)
    assert got == _plain_jsonable(value)
    assert [type(x) for x in _flat(got)] == [type(x) for x in _flat(_plain_jsonable(value))]


def _flat(value):
    if isinstance(value, list):
        return [y for v in value for y in _flat(v)]
    if isinstance(value, dict):
        return [y for k, v in value.items() for y in (k, *_flat(v))]
    return [value]
