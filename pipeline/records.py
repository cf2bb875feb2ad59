"""Typed records: the in-memory form of the record contract (schemas/article.schema.json).

Records are frozen, keyword-only dataclasses. Offsets are half-open character offsets into the
article text as ingested, so ``text[span.start:span.end] == span.text`` always holds.
``tests/test_records.py`` checks these classes against the JSON Schema, which is the source of
truth.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

ROLE_CATEGORIES = (
    "head_of_state",
    "head_of_government",
    "defence_minister",
    "foreign_minister",
    "national_security_advisor",
    "minister_other",
    "military_commander",
    "ambassador",
    "spokesperson",
    "legislator",
    "official_other",
)
QUANTITY_CATEGORIES = ("personnel", "equipment", "money", "percent", "count", "other")
DATE_TYPES = ("DATE", "DURATION", "SET", "TIME")
FORCE_STATUSES = ("stationed", "deployed", "withdrawn", "planned")


@dataclass(frozen=True, kw_only=True, slots=True)
class Span:
    """Evidence: a half-open character range of the article text and the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """Build a span from the article text, so its ``text`` is always the exact slice."""
        return cls(start=start, end=end, text=text[start:end])


@dataclass(frozen=True, kw_only=True, slots=True)
class Article:
    """One ingested article. ``text`` is kept exactly as read; all offsets point into it."""

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    dateline: str | None = None
    published: str | None = None
    language: str = "en"
    country: str | None = None
    """Optional ISO3 of the publishing government/outlet's home country (JSONL ``country``)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Entity:
    """A named thing with all its mentions, under one canonical name."""

    id: str
    label: str
    name: str
    country: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class Ref:
    """Whose or where: an entity id (or None) and its ISO3 country (or None)."""

    entity: str | None
    country: str | None


@dataclass(frozen=True, kw_only=True, slots=True)
class Role:
    """A person holding an office for a country or an international organisation."""

    id: str
    person: str | None
    person_name: str
    title: str
    role: str
    country: str | None
    organization: str | None
    evidence: Span


@dataclass(frozen=True, kw_only=True, slots=True)
class Quantity:
    """One numeric mention and what it counts."""

    id: str
    text: str
    value: float | int
    approximate: bool
    qualifier: str | None
    unit: str | None
    category: str
    currency: str | None
    owner: Ref | None
    location: Ref | None
    evidence: Span


@dataclass(frozen=True, kw_only=True, slots=True)
class Force:
    """A military force as a fact, de-duplicated across the quantity mentions supporting it."""

    id: str
    owner: str | None
    size: float | int | None
    approximate: bool
    unit: str
    location: str | None
    status: str | None
    quantities: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class TimeExpression:
    """A date, duration, set or time, with a TIMEX3-style value."""

    id: str
    text: str
    type: str
    value: str | None
    evidence: Span


@dataclass(frozen=True, kw_only=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    id: str
    text: str
    speaker: str | None
    speaker_name: str | None
    cue: str | None
    evidence: Span


@dataclass(frozen=True, kw_only=True, slots=True)
class ModelInfo:
    name: str
    version: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Provenance:
    pipeline_version: str
    model: ModelInfo


@dataclass(frozen=True, kw_only=True, slots=True)
class ArticleInfo:
    """The ``article`` block of a record."""

    id: str
    source: str | None
    title: str | None
    dateline: str | None
    published: str | None
    language: str
    text_sha256: str
    n_chars: int
    n_tokens: int
    n_sentences: int


@dataclass(frozen=True, kw_only=True, slots=True)
class ArticleRecord:
    """Everything extracted from one article; ``to_dict()`` gives the contract's JSON form."""

    article: ArticleInfo
    provenance: Provenance
    entities: tuple[Entity, ...] = ()
    roles: tuple[Role, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    forces: tuple[Force, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    schema_version: str = field(default=SCHEMA_VERSION)

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-able data, keys in contract order."""
        out: dict[str, Any] = {"schema_version": self.schema_version}
        for f in dataclasses.fields(self):
            if f.name != "schema_version":
                out[f.name] = to_jsonable(getattr(self, f.name))
        return out


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_SCALARS = (str, int, float, bool, type(None))


def _field_names(cls: type) -> tuple[str, ...] | None:
    names = _FIELD_NAMES.get(cls)
    if names is None and dataclasses.is_dataclass(cls):
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def to_jsonable(value: Any) -> Any:
    """Convert dataclasses, tuples and lists recursively into JSON-able values.

    Field names are looked up once per class: this runs for every record of every article,
    and ``dataclasses.fields`` per object was a measurable share of the extraction time.
    """
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    names = _field_names(type(value))
    if names is not None:
        return {n: to_jsonable(getattr(value, n)) for n in names}
    return value
