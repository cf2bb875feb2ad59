"""Flat tables derived from article records: one row per fact, keyed by article and record id.

The record contract (``schemas/article.schema.json``) is nested; pandas, Parquet and SQL want
flat rows. :func:`flatten` turns records into nine tables:

=============  ==========================================  ==================================
table          one row per                                 primary key
=============  ==========================================  ==================================
articles       article (plus its provenance)               ``article_id``
entities       entity (plus its place record, if any)      ``article_id, id``
mentions       mention span of an entity                   ``article_id, entity_id, idx``
roles          office holder                               ``article_id, id``
quantities     numeric mention                             ``article_id, id``
forces         military force                              ``article_id, id``
dates          time expression                             ``article_id, id``
quotes         quotation                                   ``article_id, id``
events         who did what to whom (PLOVER category)      ``article_id, id``
=============  ==========================================  ==================================

Naming rules (the only departures from the record's own field names):

* ``article.id`` is ``article_id`` everywhere; ``provenance.model.name`` / ``.version`` are
  ``articles.model_name`` / ``articles.model_version``; ``schema_version``,
  ``provenance.pipeline_version`` and ``provenance.encoding`` are columns of ``articles``;
* a span becomes ``<field>_start``, ``<field>_end``, ``<field>_text`` (``evidence_*``,
  ``trigger_*``);
* a ``{entity, country}`` reference becomes ``<field>_entity`` and ``<field>_country``
  (``owner_entity``, ``owner_country``, ``location_entity``, ``location_country``); a null
  reference gives two nulls;
* an entity's ``geo`` becomes ``geonames_id``, ``geo_name``, ``lat``, ``lon``, ``admin1``,
  ``geo_country`` (all null when the entity has no place record);
* an entity's ``mentions`` are the ``mentions`` table (``entity_id``, ``idx`` = position in the
  entity's mention list, ``start``, ``end``, ``text``);
* a force's ``quantities`` (ids of supporting quantity mentions) is a JSON array, e.g.
  ``'["Q1","Q4"]'``: a force rarely has more than a handful of mentions, so a link table would
  cost a join for little gain, and SQLite (``json_each``) and PostgreSQL
  (``jsonb_array_elements_text``) both unnest it.

Columns the record does not hold as such are *derived*: ``dates.date`` is the value where it
names one exact calendar day (else null), so databases can store it as a ``DATE``;
``articles.published`` is null when the record's date is not a real calendar day.

:data:`TABLES` describes every column (name, logical type, nullability, the schema field it
comes from); :mod:`pipeline.sinks` maps the logical types to each store and
:mod:`pipeline.frames` to pandas dtypes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

__all__ = ["Column", "TableSpec", "TABLES", "TABLE_NAMES", "LOGICAL_TYPES", "flatten", "exact_day"]

LOGICAL_TYPES = ("str", "int", "float", "number", "bool", "date", "json")
"""Column types: ``float`` is a binary double (coordinates); ``number`` a quantity that
databases keep as an exact decimal (values, sizes); ``date`` a calendar day; ``json`` a JSON
array."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a flat table.

    Attributes:
        name: Column name.
        type: Logical type, one of :data:`LOGICAL_TYPES`.
        nullable: Whether the column may hold nulls.
        source: The record field it comes from, as a path (``"quantities[].owner.entity"``).
        derive: For a derived column, the function from the source field's value to the
            column's value; None for a plain copy.
    """

    name: str
    type: str
    nullable: bool
    source: str
    derive: Callable[[Any], Any] | None = None


@dataclass(frozen=True, slots=True)
class TableSpec:
    """A flat table: columns in order, primary key and indexed columns."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    indexes: tuple[str, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def exact_day(value: Any) -> str | None:
    """``value`` when it is one real calendar day ``YYYY-MM-DD``, else None.

    TIMEX values and published dates are checked by pattern only ("2025-02-30" passes the
    schema), and a database ``DATE`` refuses an impossible day, so only real days get through.
    """
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        return None
    return value


def _c(name: str, type_: str, source: str, nullable: bool = True, derive: Callable | None = None) -> Column:
    return Column(name, type_, nullable, source, derive)


def _span(prefix: str, field: str = "evidence") -> tuple[Column, ...]:
    return (
        _c(f"{field}_start", "int", f"{prefix}.{field}.start", False),
        _c(f"{field}_end", "int", f"{prefix}.{field}.end", False),
        _c(f"{field}_text", "str", f"{prefix}.{field}.text", False),
    )


def _key(prefix: str) -> tuple[Column, ...]:
    return (_c("article_id", "str", "article.id", False), _c("id", "str", f"{prefix}.id", False))


TABLES: dict[str, TableSpec] = {
    t.name: t
    for t in (
        TableSpec(
            "articles",
            (
                _c("article_id", "str", "article.id", False),
                _c("schema_version", "str", "schema_version", False),
                _c("source", "str", "article.source"),
                _c("title", "str", "article.title"),
                _c("dateline", "str", "article.dateline"),
                _c("published", "date", "article.published", derive=exact_day),
                _c("language", "str", "article.language", False),
                _c("text_sha256", "str", "article.text_sha256", False),
                _c("n_chars", "int", "article.n_chars", False),
                _c("n_tokens", "int", "article.n_tokens", False),
                _c("n_sentences", "int", "article.n_sentences", False),
                _c("url", "str", "article.url"),
                _c("author", "str", "article.author"),
                _c("text", "str", "article.text"),
                _c("pipeline_version", "str", "provenance.pipeline_version", False),
                _c("model_name", "str", "provenance.model.name", False),
                _c("model_version", "str", "provenance.model.version", False),
                _c("encoding", "str", "provenance.encoding"),
            ),
            ("article_id",),
            ("published", "source"),
        ),
        TableSpec(
            "entities",
            (
                *_key("entities[]"),
                _c("label", "str", "entities[].label", False),
                _c("name", "str", "entities[].name", False),
                _c("country", "str", "entities[].country"),
                _c("person_key", "str", "entities[].person_key"),
                _c("geonames_id", "int", "entities[].geo.geonames_id"),
                _c("geo_name", "str", "entities[].geo.name"),
                _c("lat", "float", "entities[].geo.lat"),
                _c("lon", "float", "entities[].geo.lon"),
                _c("admin1", "str", "entities[].geo.admin1"),
                _c("geo_country", "str", "entities[].geo.country"),
            ),
            ("article_id", "id"),
            ("label", "country", "name", "person_key", "geonames_id"),
        ),
        TableSpec(
            "mentions",
            (
                _c("article_id", "str", "article.id", False),
                _c("entity_id", "str", "entities[].id", False),
                _c("idx", "int", "entities[].mentions[]", False),
                _c("start", "int", "entities[].mentions[].start", False),
                _c("end", "int", "entities[].mentions[].end", False),
                _c("text", "str", "entities[].mentions[].text", False),
            ),
            ("article_id", "entity_id", "idx"),
        ),
        TableSpec(
            "roles",
            (
                *_key("roles[]"),
                _c("person", "str", "roles[].person"),
                _c("person_name", "str", "roles[].person_name", False),
                _c("title", "str", "roles[].title", False),
                _c("role", "str", "roles[].role", False),
                _c("country", "str", "roles[].country"),
                _c("organization", "str", "roles[].organization"),
                _c("status", "str", "roles[].status", False),
                _c("since", "str", "roles[].since"),
                _c("until", "str", "roles[].until"),
                _c("country_source", "str", "roles[].country_source"),
                *_span("roles[]"),
            ),
            ("article_id", "id"),
            ("role", "country", "person_name", "status"),
        ),
        TableSpec(
            "quantities",
            (
                *_key("quantities[]"),
                _c("text", "str", "quantities[].text", False),
                _c("value", "number", "quantities[].value", False),
                _c("high", "number", "quantities[].high"),
                _c("approximate", "bool", "quantities[].approximate", False),
                _c("qualifier", "str", "quantities[].qualifier"),
                _c("unit", "str", "quantities[].unit"),
                _c("per", "str", "quantities[].per"),
                _c("change", "str", "quantities[].change"),
                _c("category", "str", "quantities[].category", False),
                _c("currency", "str", "quantities[].currency"),
                _c("owner_entity", "str", "quantities[].owner.entity"),
                _c("owner_country", "str", "quantities[].owner.country"),
                _c("location_entity", "str", "quantities[].location.entity"),
                _c("location_country", "str", "quantities[].location.country"),
                *_span("quantities[]"),
            ),
            ("article_id", "id"),
            ("category", "currency", "owner_country", "location_country"),
        ),
        TableSpec(
            "forces",
            (
                *_key("forces[]"),
                _c("owner", "str", "forces[].owner"),
                _c("size", "number", "forces[].size"),
                _c("approximate", "bool", "forces[].approximate", False),
                _c("unit", "str", "forces[].unit", False),
                _c("location", "str", "forces[].location"),
                _c("status", "str", "forces[].status"),
                _c("quantities", "json", "forces[].quantities", False),
            ),
            ("article_id", "id"),
            ("owner", "location", "status"),
        ),
        TableSpec(
            "dates",
            (
                *_key("dates[]"),
                _c("text", "str", "dates[].text", False),
                _c("type", "str", "dates[].type", False),
                _c("value", "str", "dates[].value"),
                _c("date", "date", "dates[].value", derive=exact_day),
                *_span("dates[]"),
            ),
            ("article_id", "id"),
            ("type", "value", "date"),
        ),
        TableSpec(
            "quotes",
            (
                *_key("quotes[]"),
                _c("text", "str", "quotes[].text", False),
                _c("speaker", "str", "quotes[].speaker"),
                _c("speaker_name", "str", "quotes[].speaker_name"),
                _c("cue", "str", "quotes[].cue"),
                *_span("quotes[]"),
            ),
            ("article_id", "id"),
            ("speaker_name", "cue"),
        ),
        TableSpec(
            "events",
            (
                *_key("events[]"),
                _c("type", "str", "events[].type", False),
                _c("actor", "str", "events[].actor"),
                _c("recipient", "str", "events[].recipient"),
                _c("actor_name", "str", "events[].actor_name"),
                _c("recipient_name", "str", "events[].recipient_name"),
                _c("actor_country", "str", "events[].actor_country"),
                _c("recipient_country", "str", "events[].recipient_country"),
                _c("location", "str", "events[].location"),
                _c("date", "str", "events[].date"),
                _c("date_value", "str", "events[].date_value"),
                *_span("events[]", "trigger"),
                *_span("events[]"),
            ),
            ("article_id", "id"),
            ("type", "actor_country", "recipient_country", "date_value"),
        ),
    )
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)

# --------------------------------------------------------------------------- flatten


def _number(value: Any) -> Any:
    """A record number as given (int, float or Decimal): each store decides its precision."""
    if value is None or (isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)):
        return value
    raise TypeError(f"not a number: {value!r}")


def _json_array(value: Any) -> str:
    return json.dumps(list(value or ()), separators=(",", ":"), ensure_ascii=False)


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "number": _number,
    "float": _number,
    "bool": bool,
    "json": _json_array,
}


def _getter(path: str) -> Callable[[Mapping[str, Any]], Any]:
    """A function reading a dotted path from a dict, None as soon as a step is null."""
    keys = path.split(".")
    if len(keys) == 1:
        (k,) = keys
        return lambda obj: obj.get(k)

    def get(obj: Any) -> Any:
        for k in keys:
            if obj is None:
                return None
            obj = obj.get(k)
        return obj

    return get


def _plan(spec: TableSpec) -> tuple[str | None, list[tuple[str, Callable[[Any], Any]]]]:
    """(record list the table iterates, or None for articles) and a reader per column."""
    list_name = None if spec.name == "articles" else spec.columns[1].source.split("[]", 1)[0]
    readers = []
    for c in spec.columns[1:]:
        path = c.source if list_name is None else c.source.split("[].", 1)[1]
        get = _getter(path)
        steps = [f for f in (c.derive, _CONVERT.get(c.type)) if f is not None]
        if steps:
            get = (lambda g, fs: lambda obj: _apply(fs, g(obj)))(get, steps)
        readers.append((c.name, get))
    return list_name, readers


def _apply(functions: list[Callable[[Any], Any]], value: Any) -> Any:
    for f in functions:
        if value is None and f is not _json_array:
            return None
        value = f(value)
    return value


_PLANS = {name: _plan(spec) for name, spec in TABLES.items() if name != "mentions"}


def flatten(records: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Flatten article records into the flat tables.

    Args:
        records: Record dicts in the contract's JSON form (``ArticleRecord.to_dict()``). Lists a
            record lacks (an older record without ``events``) give no rows.

    Returns:
        A dict from table name (every name in :data:`TABLE_NAMES`, in that order) to its rows;
        each row is a dict with exactly the table's columns, in order. Numbers are kept as the
        record gives them (int, float or :class:`~decimal.Decimal`).
    """
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    mentions = out["mentions"]
    for rec in records:
        aid = rec["article"]["id"]
        for name, (list_name, readers) in _PLANS.items():
            rows = out[name]
            for obj in (rec,) if list_name is None else rec.get(list_name) or ():
                row = {"article_id": aid}
                for col, get in readers:
                    row[col] = get(obj)
                rows.append(row)
        for e in rec.get("entities") or ():
            eid = e["id"]
            for i, m in enumerate(e.get("mentions") or ()):
                mentions.append({"article_id": aid, "entity_id": eid, "idx": i, "start": m["start"],
                                 "end": m["end"], "text": m["text"]})
    return {name: out[name] for name in TABLE_NAMES}
