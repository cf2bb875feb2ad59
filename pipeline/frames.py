"""pandas frames of the flat tables, the same whether built from records or read from a sink.

:func:`to_frames` flattens records (:func:`pipeline.tables.flatten`) and types every column;
:func:`pipeline.sinks.read_tables` reads a sink and types its columns through the same
:func:`typed_frames`, so both give identical frames (dtypes, categories, values, row order).

Dtypes by logical column type (:data:`pipeline.tables.LOGICAL_TYPES`): text ``string``,
counts and offsets ``Int64``, numbers ``Float64``, flags ``boolean``, calendar days
``datetime64[ns]`` (``articles.published``, ``dates.date``), JSON arrays ``string`` holding
compact JSON (``forces.quantities``). On top of that:

* closed vocabularies are categoricals with *fixed* categories: the schema's enums (entity
  labels, role categories and statuses, country sources, quantity categories and changes,
  force statuses, date types, PLOVER event types) and the currencies the extractor knows, so
  unobserved categories show as zeros and frames of different runs concatenate keeping
  their dtypes;
* every country column (``entities.country``/``geo_country``, ``roles.country``,
  ``quantities.owner_country``/``location_country``, ``forces.owner``/``location``,
  ``events.actor_country``/``recipient_country``/``location``) is a categorical over one
  shared vocabulary: every ISO3 code of the gazetteer, then the international organisations
  a force may belong to ("NATO"), so merges and concatenations on countries keep it;
* ``dates.year``: the calendar year where the TIMEX value is a year, month or day.

A value outside a fixed vocabulary (a newer record, say) is kept: it is appended to that
column's categories instead of silently becoming NaN (frames holding such a value then
concatenate to ``object`` for that column).

Rows are sorted by primary key with a fresh ``RangeIndex``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import PipelineError
from .records import (
    COUNTRY_SOURCES,
    DATE_TYPES,
    EVENT_TYPES,
    FORCE_STATUSES,
    QUANTITY_CATEGORIES,
    QUANTITY_CHANGES,
    ROLE_CATEGORIES,
    ROLE_STATUSES,
)
from .tables import TABLE_NAMES, TABLES, flatten

__all__ = ["to_frames", "typed_frames", "typed_frame", "empty_frame", "categories", "ENTITY_LABELS",
           "COUNTRY_COLUMNS", "PANDAS_DTYPES"]

ENTITY_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                 "LANGUAGE")

#: Columns holding an ISO3 country (or, for a force owner, an organisation such as "NATO").
COUNTRY_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("country", "geo_country"),
    "roles": ("country",),
    "quantities": ("owner_country", "location_country"),
    "forces": ("owner", "location"),
    "events": ("actor_country", "recipient_country", "location"),
}

#: pandas dtype of each logical column type.
PANDAS_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "number": "Float64", "bool": "boolean",
                 "date": "datetime64[ns]", "json": "string"}

_CALENDAR = re.compile(r"(\d{4})(?:-\d{2}(?:-\d{2})?)?")  # YYYY, YYYY-MM or YYYY-MM-DD


@lru_cache(maxsize=1)
def _currencies() -> tuple[str, ...]:
    """ISO 4217 codes the quantity extractor can produce (pipeline/data/units.json)."""
    units = json.loads(resources.files("pipeline.data").joinpath("units.json").read_text("utf-8"))
    codes = set(units["currency_symbols"].values())
    codes.update(v for pair in units["currency_words"].values() for v in pair if re.fullmatch(r"[A-Z]{3}", v))
    return tuple(sorted(codes))


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    from .knowledge.countries import load

    gaz = load()
    return (*sorted(gaz.canonical), *sorted(set(gaz.organizations.values()) - set(gaz.canonical)))


@lru_cache(maxsize=1)
def categories() -> dict[tuple[str, str], tuple[str, ...]]:
    """The fixed categories of every categorical column, ``(table, column) -> categories``."""
    out: dict[tuple[str, str], tuple[str, ...]] = {
        ("entities", "label"): ENTITY_LABELS,
        ("roles", "role"): ROLE_CATEGORIES,
        ("roles", "status"): ROLE_STATUSES,
        ("roles", "country_source"): COUNTRY_SOURCES,
        ("quantities", "category"): QUANTITY_CATEGORIES,
        ("quantities", "change"): QUANTITY_CHANGES,
        ("quantities", "currency"): _currencies(),
        ("forces", "status"): FORCE_STATUSES,
        ("dates", "type"): DATE_TYPES,
        ("events", "type"): EVENT_TYPES,
    }
    countries = _countries()
    for table, cols in COUNTRY_COLUMNS.items():
        for col in cols:
            out[(table, col)] = countries
    return out


# --------------------------------------------------------------------------- typing columns


def _missing(value: Any) -> bool:
    """None, NaN, or pandas' NA / NaT (met in values read back from nullable columns)."""
    return value is None or (isinstance(value, float) and value != value) or type(value).__name__ in _NULL_TYPES


_NULL_TYPES = ("NAType", "NaTType")


def _day(value: Any) -> Any:
    if _missing(value) or isinstance(value, str):
        return None if _missing(value) else value
    if hasattr(value, "isoformat"):  # datetime.date / datetime / Timestamp
        return value.isoformat()[:10]
    return None  # NaT


def _json(value: Any) -> Any:
    if hasattr(value, "tolist"):  # a numpy array from an Arrow list column
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), separators=(",", ":"), ensure_ascii=False)
    return None if _missing(value) else value


def _clean(values: list[Any], type_: str) -> list[Any]:
    """Raw values from any store (records, SQL rows, Arrow) as plain Python values or None."""
    if type_ in ("float", "number"):
        return [None if _missing(v) else float(v) if isinstance(v, Decimal) else v for v in values]
    if type_ == "json":
        return [_json(v) for v in values]
    if type_ == "date":
        return [_day(v) for v in values]
    return [None if _missing(v) else v for v in values]


def _typed_column(values: list[Any], type_: str, cats: tuple[str, ...] | None) -> Any:
    import pandas as pd

    values = _clean(values, type_)
    if cats is not None:
        dtype = _category_dtype(cats)
        extra = sorted({v for v in values if v is not None} - dtype.categories_set)
        return pd.Categorical(values, dtype=pd.CategoricalDtype([*cats, *extra]) if extra else dtype.dtype)
    if type_ == "date":
        return pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d",
                              errors="coerce").astype("datetime64[ns]").array
    return pd.array(values, dtype=PANDAS_DTYPES[type_])


class _CachedDtype:
    def __init__(self, cats: tuple[str, ...]) -> None:
        import pandas as pd

        self.dtype = pd.CategoricalDtype(list(cats))
        self.categories_set = frozenset(cats)


@lru_cache(maxsize=None)
def _category_dtype(cats: tuple[str, ...]) -> _CachedDtype:
    """One dtype object per vocabulary: building a 270-category dtype per column is slow."""
    return _CachedDtype(cats)


def typed_frame(table: str, data: Any) -> Any:
    """One flat table as a typed frame (see the module docstring).

    Args:
        table: Table name.
        data: Its rows (:func:`pipeline.tables.flatten` dicts) or a DataFrame holding the
            table's columns, with values as any sink returns them (``Decimal`` numbers,
            ``datetime.date`` or ``"YYYY-MM-DD"`` days, lists or JSON text for arrays); a
            column it lacks (a store written by an older version) reads as nulls.

    Returns:
        A new DataFrame: the table's columns in order (plus ``dates.year``), typed, rows sorted
        by primary key.
    """
    import pandas as pd

    spec = TABLES[table]
    if isinstance(data, pd.DataFrame):
        n = len(data)
        columns = {c.name: data[c.name].tolist() if c.name in data.columns else [None] * n for c in spec.columns}
    else:
        rows = list(data)
        columns = {c.name: [r.get(c.name) for r in rows] for c in spec.columns}
    cats = categories()
    frame = pd.DataFrame({c.name: _typed_column(columns[c.name], c.type, cats.get((table, c.name)))
                          for c in spec.columns})
    if table == "dates":
        years = [int(m.group(1)) if v is not None and (m := _CALENDAR.fullmatch(v)) else None
                 for v in _clean(columns["value"], "str")]
        frame["year"] = pd.array(years, dtype="Int64")
    if len(frame):
        frame = frame.sort_values(list(spec.primary_key), kind="stable").reset_index(drop=True)
    return frame


def empty_frame(table: str) -> Any:
    """An empty typed frame with the table's columns."""
    return typed_frame(table, [])


def typed_frames(tables: Mapping[str, Any]) -> dict[str, Any]:
    """Every flat table typed: ``{table: rows or DataFrame}`` -> ``{table: DataFrame}``.

    A table missing from ``tables`` gives an empty frame.
    """
    return {name: typed_frame(name, tables.get(name, ())) for name in TABLE_NAMES}


# --------------------------------------------------------------------------- from records


def _records_of(source: Any) -> Iterable[Mapping[str, Any]]:
    """Records from whatever a notebook user has at hand (see :func:`to_frames`)."""
    if isinstance(source, (str, Path)):
        from .recordio import read_records

        return read_records(source)
    if isinstance(source, Mapping):
        return [source]
    if hasattr(source, "record") and hasattr(source, "to_dict"):  # a pipeline.Result
        return [source.to_dict()]
    outputs = getattr(source, "outputs", None)  # a RunSummary
    if isinstance(outputs, Mapping):
        if "records" not in outputs:
            raise PipelineError("the run summary names no records file")
        from .recordio import read_records

        return read_records(outputs["records"])
    if isinstance(source, Iterable):
        return source
    raise PipelineError(f"cannot make frames from {type(source).__name__}: pass records, a records.jsonl "
                        "path, an output folder, a Result or a RunSummary")


def to_frames(source: Any) -> dict[str, Any]:
    """The flat tables of many records as typed pandas DataFrames.

    Args:
        source: Any of: an iterable of record dicts (e.g. :func:`pipeline.read_records`
            output), one record dict, a path to a ``records.jsonl`` file or to an output
            folder holding one, a :class:`pipeline.Result`, or the
            :class:`~pipeline.engine.RunSummary` that :func:`pipeline.run` returns.

    Returns:
        ``{"articles": df, "entities": df, "mentions": df, "roles": df, "quantities": df,
        "forces": df, "dates": df, "quotes": df, "events": df}`` (always all nine, empty ones
        with their columns and dtypes). Every row is keyed by ``article_id`` and ``id``
        (``mentions``: ``article_id, entity_id, idx``). Strings are ``string``, counts and
        offsets ``Int64``, numbers ``Float64``, flags ``boolean``; vocabularies and countries
        are ``category`` with fixed categories; ``articles.published`` and ``dates.date`` are
        ``datetime64[ns]``; ``dates.year`` is ``Int64``.

    Raises:
        PipelineError: ``source`` is a path that cannot be read, holds a line that is not
            JSON, or is of a type this function does not know.

    Example:
        >>> import pipeline
        >>> frames = pipeline.to_frames("outputs")            # doctest: +SKIP
        >>> frames["roles"].groupby("country", observed=True).size()  # doctest: +SKIP
    """
    return typed_frames(flatten(_records_of(source)))
