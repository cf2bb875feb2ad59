"""Flat tables derived from article records: one row per fact, keyed by article and record id.

The record contract (``schemas/article.schema.json``) is nested; pandas, Parquet and SQL want
flat rows. :func:`flatten` turns records into eight tables:

=============  ==========================================  ==================================
table          one row per                                 primary key
=============  ==========================================  ==================================
articles       article (plus its provenance)               ``article_id``
entities       entity                                      ``article_id, id``
mentions       mention span of an entity                   ``article_id, entity_id, idx``
roles          office holder                               ``article_id, id``
quantities     numeric mention                             ``article_id, id``
forces         military force                              ``article_id, id``
dates          time expression                             ``article_id, id``
quotes         quotation                                   ``article_id, id``
=============  ==========================================  ==================================

Naming rules (the only departures from the record's own field names):

* ``article.id`` is ``article_id`` everywhere; ``provenance.model.name`` / ``.version`` are
  ``articles.model_name`` / ``articles.model_version``; ``schema_version`` and
  ``provenance.pipeline_version`` are columns of ``articles``.
* an evidence span becomes ``evidence_start``, ``evidence_end``, ``evidence_text``;
* a ``{entity, country}`` reference becomes ``<field>_entity`` and ``<field>_country``
  (``owner_entity``, ``owner_country``, ``location_entity``, ``location_country``); a null
  reference gives two nulls;
* an entity's ``mentions`` are the ``mentions`` table (``entity_id``, ``idx`` = position in the
  entity's mention list, ``start``, ``end``, ``text``);
* a force's ``quantities`` (ids of supporting quantity mentions) is stored as a JSON array in
  a text column, e.g. ``'["Q1","Q4"]'``: every sink stores it the same way, SQLite
  (``json_each``) and PostgreSQL (``::jsonb``) can unnest it, and a force rarely has more than
  a handful of mentions, so a link table would cost a join for little gain.

:data:`TABLES` describes every column (name, type, nullability and the schema field it comes
from); :data:`METADATA` holds the SQLAlchemy Core tables (DDL) generated from it, with primary
keys, foreign keys to ``articles`` (and from ``mentions`` to ``entities``) and indexes on the
columns analysts filter on (countries, roles, labels, categories).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

__all__ = [
    "Column",
    "TableSpec",
    "TABLES",
    "TABLE_NAMES",
    "METADATA",
    "flatten",
    "to_frames",
    "empty_frame",
    "normalise_frame",
]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a flat table.

    Attributes:
        name: Column name.
        type: Logical type: ``"str"``, ``"int"``, ``"float"`` or ``"bool"``.
        nullable: Whether the column may hold nulls.
        source: The record field it comes from, as a path (``"quantities[].owner.entity"``).
    """

    name: str
    type: str
    nullable: bool
    source: str


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


def _c(name: str, type_: str, source: str, nullable: bool = True) -> Column:
    return Column(name, type_, nullable, source)


def _evidence(prefix: str) -> tuple[Column, ...]:
    return (
        _c("evidence_start", "int", f"{prefix}.evidence.start", False),
        _c("evidence_end", "int", f"{prefix}.evidence.end", False),
        _c("evidence_text", "str", f"{prefix}.evidence.text", False),
    )


def _key(prefix: str) -> tuple[Column, ...]:
    return (
        _c("article_id", "str", "article.id", False),
        _c("id", "str", f"{prefix}.id", False),
    )


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
                _c("published", "str", "article.published"),
                _c("language", "str", "article.language", False),
                _c("text_sha256", "str", "article.text_sha256", False),
                _c("n_chars", "int", "article.n_chars", False),
                _c("n_tokens", "int", "article.n_tokens", False),
                _c("n_sentences", "int", "article.n_sentences", False),
                _c("pipeline_version", "str", "provenance.pipeline_version", False),
                _c("model_name", "str", "provenance.model.name", False),
                _c("model_version", "str", "provenance.model.version", False),
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
            ),
            ("article_id", "id"),
            ("label", "country", "name"),
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
                *_evidence("roles[]"),
            ),
            ("article_id", "id"),
            ("role", "country", "person_name"),
        ),
        TableSpec(
            "quantities",
            (
                *_key("quantities[]"),
                _c("text", "str", "quantities[].text", False),
                _c("value", "float", "quantities[].value", False),
                _c("approximate", "bool", "quantities[].approximate", False),
                _c("qualifier", "str", "quantities[].qualifier"),
                _c("unit", "str", "quantities[].unit"),
                _c("category", "str", "quantities[].category", False),
                _c("currency", "str", "quantities[].currency"),
                _c("owner_entity", "str", "quantities[].owner.entity"),
                _c("owner_country", "str", "quantities[].owner.country"),
                _c("location_entity", "str", "quantities[].location.entity"),
                _c("location_country", "str", "quantities[].location.country"),
                *_evidence("quantities[]"),
            ),
            ("article_id", "id"),
            ("category", "currency", "owner_country", "location_country"),
        ),
        TableSpec(
            "forces",
            (
                *_key("forces[]"),
                _c("owner", "str", "forces[].owner"),
                _c("size", "float", "forces[].size"),
                _c("approximate", "bool", "forces[].approximate", False),
                _c("unit", "str", "forces[].unit", False),
                _c("location", "str", "forces[].location"),
                _c("status", "str", "forces[].status"),
                _c("quantities", "str", "forces[].quantities", False),
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
                *_evidence("dates[]"),
            ),
            ("article_id", "id"),
            ("type", "value"),
        ),
        TableSpec(
            "quotes",
            (
                *_key("quotes[]"),
                _c("text", "str", "quotes[].text", False),
                _c("speaker", "str", "quotes[].speaker"),
                _c("speaker_name", "str", "quotes[].speaker_name"),
                _c("cue", "str", "quotes[].cue"),
                *_evidence("quotes[]"),
            ),
            ("article_id", "id"),
            ("speaker_name", "cue"),
        ),
    )
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)

# Text, not String(n): record strings have no natural bound and both engines store Text
# as efficiently as VARCHAR.
_SA_TYPES: dict[str, Any] = {
    "str": sa.Text,
    "int": sa.BigInteger,
    "float": sa.Float(precision=53),  # DOUBLE PRECISION: money values reach 1e13 and more
    "bool": sa.Boolean,
}


def _build_metadata() -> sa.MetaData:
    md = sa.MetaData()
    for spec in TABLES.values():
        cols = [
            sa.Column(
                c.name,
                _SA_TYPES[c.type],
                nullable=c.nullable,
                primary_key=c.name in spec.primary_key,
                autoincrement=False,
                comment=f"record field: {c.source}",
            )
            for c in spec.columns
        ]
        constraints: list[Any] = []
        if spec.name != "articles":
            constraints.append(
                sa.ForeignKeyConstraint(
                    ["article_id"],
                    ["articles.article_id"],
                    ondelete="CASCADE",
                    name=f"fk_{spec.name}_article",
                )
            )
        if spec.name == "mentions":
            constraints.append(
                sa.ForeignKeyConstraint(
                    ["article_id", "entity_id"],
                    ["entities.article_id", "entities.id"],
                    ondelete="CASCADE",
                    name="fk_mentions_entity",
                )
            )
        indexes = [sa.Index(f"ix_{spec.name}_{col}", col) for col in spec.indexes]
        sa.Table(spec.name, md, *cols, *constraints, *indexes)
    return md


METADATA: sa.MetaData = _build_metadata()


def _ref(ref: Mapping[str, Any] | None) -> tuple[Any, Any]:
    if ref is None:
        return None, None
    return ref.get("entity"), ref.get("country")


def flatten(records: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Flatten article records into the eight flat tables.

    Args:
        records: Record dicts in the contract's JSON form (``ArticleRecord.to_dict()``).

    Returns:
        A dict from table name (every name in :data:`TABLE_NAMES`, in that order) to its rows;
        each row is a dict with exactly the table's columns.
    """
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    articles, entities, mentions = out["articles"], out["entities"], out["mentions"]
    roles, quantities, forces = out["roles"], out["quantities"], out["forces"]
    dates, quotes = out["dates"], out["quotes"]
    for rec in records:
        art = rec["article"]
        aid = art["id"]
        prov = rec["provenance"]
        articles.append(
            {
                "article_id": aid,
                "schema_version": rec["schema_version"],
                "source": art.get("source"),
                "title": art.get("title"),
                "dateline": art.get("dateline"),
                "published": art.get("published"),
                "language": art["language"],
                "text_sha256": art["text_sha256"],
                "n_chars": art["n_chars"],
                "n_tokens": art["n_tokens"],
                "n_sentences": art["n_sentences"],
                "pipeline_version": prov["pipeline_version"],
                "model_name": prov["model"]["name"],
                "model_version": prov["model"]["version"],
            }
        )
        for e in rec.get("entities", ()):
            eid = e["id"]
            entities.append(
                {
                    "article_id": aid,
                    "id": eid,
                    "label": e["label"],
                    "name": e["name"],
                    "country": e.get("country"),
                }
            )
            for i, m in enumerate(e.get("mentions", ())):
                mentions.append(
                    {
                        "article_id": aid,
                        "entity_id": eid,
                        "idx": i,
                        "start": m["start"],
                        "end": m["end"],
                        "text": m["text"],
                    }
                )
        for r in rec.get("roles", ()):
            ev = r["evidence"]
            roles.append(
                {
                    "article_id": aid,
                    "id": r["id"],
                    "person": r.get("person"),
                    "person_name": r["person_name"],
                    "title": r["title"],
                    "role": r["role"],
                    "country": r.get("country"),
                    "organization": r.get("organization"),
                    "evidence_start": ev["start"],
                    "evidence_end": ev["end"],
                    "evidence_text": ev["text"],
                }
            )
        for q in rec.get("quantities", ()):
            ev = q["evidence"]
            owner_entity, owner_country = _ref(q.get("owner"))
            location_entity, location_country = _ref(q.get("location"))
            quantities.append(
                {
                    "article_id": aid,
                    "id": q["id"],
                    "text": q["text"],
                    "value": float(q["value"]),
                    "approximate": bool(q["approximate"]),
                    "qualifier": q.get("qualifier"),
                    "unit": q.get("unit"),
                    "category": q["category"],
                    "currency": q.get("currency"),
                    "owner_entity": owner_entity,
                    "owner_country": owner_country,
                    "location_entity": location_entity,
                    "location_country": location_country,
                    "evidence_start": ev["start"],
                    "evidence_end": ev["end"],
                    "evidence_text": ev["text"],
                }
            )
        for f in rec.get("forces", ()):
            size = f.get("size")
            forces.append(
                {
                    "article_id": aid,
                    "id": f["id"],
                    "owner": f.get("owner"),
                    "size": None if size is None else float(size),
                    "approximate": bool(f["approximate"]),
                    "unit": f["unit"],
                    "location": f.get("location"),
                    "status": f.get("status"),
                    "quantities": json.dumps(list(f.get("quantities", ())), separators=(",", ":")),
                }
            )
        for d in rec.get("dates", ()):
            ev = d["evidence"]
            dates.append(
                {
                    "article_id": aid,
                    "id": d["id"],
                    "text": d["text"],
                    "type": d["type"],
                    "value": d.get("value"),
                    "evidence_start": ev["start"],
                    "evidence_end": ev["end"],
                    "evidence_text": ev["text"],
                }
            )
        for t in rec.get("quotes", ()):
            ev = t["evidence"]
            quotes.append(
                {
                    "article_id": aid,
                    "id": t["id"],
                    "text": t["text"],
                    "speaker": t.get("speaker"),
                    "speaker_name": t.get("speaker_name"),
                    "cue": t.get("cue"),
                    "evidence_start": ev["start"],
                    "evidence_end": ev["end"],
                    "evidence_text": ev["text"],
                }
            )
    return out


# pandas nullable dtypes, so a null int stays an int column and every sink reads back alike.
_PD_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}


def empty_frame(table: str) -> "Any":
    """An empty DataFrame with the table's columns and dtypes."""
    import pandas as pd

    spec = TABLES[table]
    return pd.DataFrame({c.name: pd.Series([], dtype=_PD_DTYPES[c.type]) for c in spec.columns})


def normalise_frame(table: str, frame: "Any") -> "Any":
    """Give a frame the table's column order and pandas nullable dtypes, rows sorted by key.

    Args:
        table: Table name.
        frame: A DataFrame holding (at least) the table's columns.

    Returns:
        A new DataFrame, rows sorted by primary key and index reset, so frames read from any
        sink compare equal with ``DataFrame.equals`` / ``assert_frame_equal``.
    """
    spec = TABLES[table]
    if frame.empty:
        return empty_frame(table)
    frame = frame.loc[:, list(spec.column_names)]
    frame = frame.astype({c.name: _PD_DTYPES[c.type] for c in spec.columns})
    return frame.sort_values(list(spec.primary_key), kind="stable").reset_index(drop=True)


def to_frames(tables: Mapping[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Turn :func:`flatten` output into pandas DataFrames (normalised, see :func:`normalise_frame`)."""
    import pandas as pd

    return {
        name: normalise_frame(name, pd.DataFrame(tables.get(name, []), columns=list(TABLES[name].column_names)))
        for name in TABLE_NAMES
    }
