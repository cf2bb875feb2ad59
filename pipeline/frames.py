"""pandas frames for notebook users: the flat tables with analysis-friendly dtypes.

:func:`pipeline.tables.to_frames` gives storage-faithful frames (nullable strings, integers,
floats and booleans, identical whatever sink they were read from). For analysis,
:func:`to_frames` starts from those and adds:

* categoricals for the closed vocabularies (entity labels, role categories, quantity
  categories, currencies, date types, force statuses, quote cues, organisations);
* one shared categorical vocabulary for every country column (``entities.country``,
  ``roles.country``, ``quantities.owner_country`` / ``location_country``, ``forces.owner`` /
  ``location``), so frames can be merged or concatenated on countries without the
  categoricals falling back to plain strings;
* ``articles.published`` as a datetime;
* on ``dates``: ``date`` (a datetime where the TIMEX3 value is one exact day, else NaT) and
  ``year`` (nullable integer where the value is a calendar year, month or day).

A value outside a closed vocabulary (a newer record, say) is kept: it is appended to the
categories instead of silently becoming NaN.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import PipelineError
from .records import DATE_TYPES, FORCE_STATUSES, QUANTITY_CATEGORIES, ROLE_CATEGORIES
from .tables import flatten
from .tables import to_frames as _storage_frames

__all__ = ["to_frames", "ENTITY_LABELS", "COUNTRY_COLUMNS"]

ENTITY_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                 "LANGUAGE")

#: Columns holding an ISO3 country (or, for a force owner, an organisation such as "NATO").
COUNTRY_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("country",),
    "roles": ("country",),
    "quantities": ("owner_country", "location_country"),
    "forces": ("owner", "location"),
}

# Other categorical columns: a fixed vocabulary, or None for "the values observed".
_CATEGORIES: dict[str, dict[str, tuple[str, ...] | None]] = {
    "entities": {"label": ENTITY_LABELS},
    "roles": {"role": ROLE_CATEGORIES, "organization": None},
    "quantities": {"category": QUANTITY_CATEGORIES, "currency": None},
    "forces": {"status": FORCE_STATUSES},
    "dates": {"type": DATE_TYPES},
    "quotes": {"cue": None},
}

_EXACT_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CALENDAR = r"(\d{4})(?:-\d{2}(?:-\d{2})?)?"  # YYYY, YYYY-MM or YYYY-MM-DD


def _records_of(source: Any) -> Iterable[Mapping[str, Any]]:
    """Records from whatever a notebook user has at hand (see :func:`to_frames`)."""
    if isinstance(source, (str, Path)):
        from .api import read_records

        return read_records(source)
    if isinstance(source, Mapping):
        return [source]
    if hasattr(source, "record") and hasattr(source, "to_dict"):  # a pipeline.Result
        return [source.to_dict()]
    outputs = getattr(source, "outputs", None)  # a RunSummary
    if isinstance(outputs, Mapping):
        if "records" not in outputs:
            raise PipelineError("the run summary names no records file")
        from .api import read_records

        return read_records(outputs["records"])
    if isinstance(source, Iterable):
        return source
    raise PipelineError(f"cannot make frames from {type(source).__name__}: pass records, a records.jsonl "
                        "path, an output folder, a Result or a RunSummary")


def _categorical(series: Any, categories: Iterable[str] | None) -> Any:
    import pandas as pd

    observed = [v for v in series.dropna().unique()]
    if categories is None:
        cats = sorted(observed)
    else:
        cats = list(categories)
        known = set(cats)
        cats += sorted(v for v in observed if v not in known)
    values = series.astype("object").where(series.notna(), None)
    return pd.Categorical(values, categories=cats)


def to_frames(source: Any) -> dict[str, Any]:
    """The flat tables of many records as pandas DataFrames with analysis dtypes.

    Args:
        source: Any of: an iterable of record dicts (e.g. :func:`pipeline.read_records`
            output), one record dict, a path to a ``records.jsonl`` file or to an output
            folder holding one, a :class:`pipeline.Result`, or the
            :class:`~pipeline.engine.RunSummary` that :func:`pipeline.run` returns.

    Returns:
        ``{"articles": df, "entities": df, "mentions": df, "roles": df, "quantities": df,
        "forces": df, "dates": df, "quotes": df}`` (always all eight, empty ones with their
        columns and dtypes). Every row is keyed by ``article_id`` and ``id`` (``mentions``:
        ``article_id, entity_id, idx``). Strings are ``string``, counts and offsets ``Int64``,
        values ``Float64``, flags ``boolean``; vocabularies and countries are ``category``;
        ``articles.published`` and ``dates.date`` are ``datetime64``; ``dates.year`` is
        ``Int64``.

    Raises:
        PipelineError: ``source`` is a path that cannot be read, holds a line that is not
            JSON, or is of a type this function does not know.

    Example:
        >>> import pipeline
        >>> frames = pipeline.to_frames("outputs")            # doctest: +SKIP
        >>> frames["roles"].groupby("country", observed=True).size()  # doctest: +SKIP
    """
    import pandas as pd

    frames = _storage_frames(flatten(_records_of(source)))

    countries: set[str] = set()
    for table, cols in COUNTRY_COLUMNS.items():
        for col in cols:
            countries.update(frames[table][col].dropna().unique())
    country_cats = sorted(countries)
    for table, cols in COUNTRY_COLUMNS.items():
        df = frames[table]
        for col in cols:
            df[col] = _categorical(df[col], country_cats)

    for table, columns in _CATEGORIES.items():
        df = frames[table]
        for col, vocabulary in columns.items():
            df[col] = _categorical(df[col], vocabulary)

    arts = frames["articles"]
    # One resolution whatever the pandas version or the data (an empty column parses to [s]).
    arts["published"] = pd.to_datetime(arts["published"], format="%Y-%m-%d", errors="coerce").astype("datetime64[ns]")

    dates = frames["dates"]
    value = dates["value"]
    is_day = value.str.fullmatch(_EXACT_DAY.pattern).fillna(False).astype(bool)
    dates["date"] = pd.to_datetime(value.where(is_day), format="%Y-%m-%d", errors="coerce").astype("datetime64[ns]")
    calendar = value.str.extract(f"^{_CALENDAR}$", expand=False)
    dates["year"] = pd.to_numeric(calendar, errors="coerce").astype("Int64")
    return frames
