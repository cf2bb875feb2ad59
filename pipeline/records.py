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

SCHEMA_VERSION = "1.1"

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
ROLE_STATUSES = ("current", "former", "nominee", "elect", "acting")
COUNTRY_SOURCES = ("title", "earlier_role", "institution", "office_holder", "dateline", "publisher")
"""Which evidence decided a role's country, strongest first (``Role.country_source``)."""
QUANTITY_CHANGES = ("increase", "decrease")
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 top-level PLOVER categories."""


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
    url: str | None = None
    author: str | None = None
    encoding: str | None = None
    """The input's character encoding when it was not UTF-8, else None."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Geo:
    """Where a place is: a GeoNames record from the offline gazetteer."""

    geonames_id: int | None
    name: str
    lat: float
    lon: float
    admin1: str | None
    country: str | None


@dataclass(frozen=True, kw_only=True, slots=True)
class Entity:
    """A named thing with all its mentions, under one canonical name."""

    id: str
    label: str
    name: str
    country: str | None
    mentions: tuple[Span, ...]
    geo: Geo | None = None
    person_key: str | None = None
    """PERSON only: a corpus-stable key grouping name variants of one person across articles."""


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
    status: str = "current"
    since: str | None = None
    until: str | None = None
    country_source: str | None = None


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
    high: float | int | None = None
    """upper end of a range ("$3 billion to $5 billion": value 3e9, high 5e9)"""
    per: str | None = None
    """denominator of a rate ("barrels per day" -> "day")"""
    change: str | None = None
    """"increase" or "decrease" when the text reports a change ("rose 2%")"""


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
class Event:
    """Who did what to whom (a PLOVER top-level category), when and where, with evidence."""

    id: str
    type: str
    actor: str | None
    recipient: str | None
    actor_name: str | None
    recipient_name: str | None
    actor_country: str | None
    recipient_country: str | None
    location: str | None
    date: str | None
    """id of the TimeExpression the clause states, or None"""
    date_value: str | None
    trigger: Span
    evidence: Span


@dataclass(frozen=True, kw_only=True, slots=True)
class ModelInfo:
    name: str
    version: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Provenance:
    pipeline_version: str
    model: ModelInfo
    encoding: str | None = None


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
    text: str | None = None
    url: str | None = None
    author: str | None = None


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
    events: tuple[Event, ...] = ()
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
    and ``dataclasses.fields`` per object was a measurable share of the extraction time. A
    field holding a scalar (most of them: offsets, texts, codes) is copied without a recursive
    call, which is most of the ~1,200 values of a typical record.
    """
    kind = type(value)
    if kind in _SCALAR_TYPES or isinstance(value, _SCALARS):
        return value
    if kind is tuple or kind is list or isinstance(value, (list, tuple)):
        return [v if type(v) in _SCALAR_TYPES else to_jsonable(v) for v in value]
    names = _field_names(kind)
    if names is not None:
        out = {}
        for n in names:
            v = getattr(value, n)
            out[n] = v if type(v) in _SCALAR_TYPES else to_jsonable(v)
        return out
    return value


# The exact scalar types, tested by identity before the general ``isinstance`` (a subclass of
# ``str`` or ``int``, such as an ``IntEnum``, still takes the ``isinstance`` test).
_SCALAR_TYPES = frozenset(_SCALARS)
