"""pandas frames for notebook users: the flat tables with analysis-friendly dtypes.

:func:`pipeline.tables.to_frames` gives storage-faithful frames (nullable strings and
integers, identical whatever sink they were read from). For analysis, :func:`to_frames` adds
categoricals for the closed vocabularies (entity labels, role categories, quantity categories,
date types, force statuses, countries) and a ``published`` datetime, plus a ``date`` datetime
column on the dates table where the TIMEX3 value is an exact day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .records import DATE_TYPES, FORCE_STATUSES, QUANTITY_CATEGORIES, ROLE_CATEGORIES
from .tables import flatten
from .tables import to_frames as _storage_frames

_ENTITY_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
_CATEGORIES: dict[str, dict[str, tuple[str, ...] | None]] = {
    "entities": {"label": _ENTITY_LABELS, "country": None},
    "roles": {"role": ROLE_CATEGORIES, "country": None},
    "quantities": {"category": QUANTITY_CATEGORIES, "currency": None, "owner_country": None,
                   "location_country": None},
    "forces": {"status": FORCE_STATUSES, "owner": None, "location": None},
    "dates": {"type": DATE_TYPES},
}


def to_frames(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The flat tables of ``records`` as pandas DataFrames with analysis dtypes.

    Args:
        records: Record dicts (from :func:`pipeline.read_records` or ``Result.to_dict()``).

    Returns:
        ``{"articles": df, "entities": df, "mentions": df, "roles": df, "quantities": df,
        "forces": df, "dates": df, "quotes": df}``; every row keyed by ``article_id`` and ``id``.
    """
    import pandas as pd

    frames = _storage_frames(flatten(records))
    for table, columns in _CATEGORIES.items():
        df = frames[table]
        for col, values in columns.items():
            if col in df.columns:
                cats = values if values is not None else sorted(df[col].dropna().unique())
                df[col] = pd.Categorical(df[col].astype("object").where(df[col].notna(), None), categories=cats)
    arts = frames["articles"]
    if "published" in arts.columns:
        arts["published"] = pd.to_datetime(arts["published"], format="%Y-%m-%d", errors="coerce")
    dates = frames["dates"]
    if "value" in dates.columns:
        exact = dates["value"].where(dates["value"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").fillna(False))
        dates["date"] = pd.to_datetime(exact, format="%Y-%m-%d", errors="coerce")
    return frames
