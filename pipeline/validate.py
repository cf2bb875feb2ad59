"""Validate records against schemas/article.schema.json (JSON Schema 2020-12) and the text.

The schema is the source of truth for the record contract; the package carries a copy
(``pipeline/schemas/``) so an installed wheel validates without the repository. Every message names the field
path, e.g. ``quantities/0/value: 'many' is not of type 'number'``.

Every record is checked before it is written, so the check must be cheap: the Python
``jsonschema`` validator takes about 7.5 ms for a typical record (a third of the extraction
cost), ``jsonschema-rs`` (a Rust implementation of the same specification) about 0.02 ms. The
fast validator decides; for a record it rejects, ``jsonschema`` produces the messages, each
naming its field. ``jsonschema`` alone is used when ``jsonschema-rs`` is not installed, and a
test checks that the two agree.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError, RecordValidationError

SCHEMA_FILE = "article.schema.json"


def schema_dir() -> Path:
    """Where the schema is read from.

    ``$PIPELINE_SCHEMAS`` when set; else the copy packaged with ``pipeline`` (``pipeline/schemas/``,
    present in an installed wheel and in a checkout); else ``schemas/`` beside the package (a
    checkout, the source of truth the packaged copy is tested against).
    """
    env = os.environ.get("PIPELINE_SCHEMAS")
    if env:
        return Path(env)
    packaged = resources.files(__package__).joinpath("schemas")
    if packaged.joinpath(SCHEMA_FILE).is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "schemas"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The article record schema.

    Raises:
        ConfigError: The schema file cannot be read.
    """
    path = schema_dir() / SCHEMA_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"cannot read the record schema {path}; set PIPELINE_SCHEMAS to the schemas/ folder") from e


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


@lru_cache(maxsize=1)
def _fast_validator():
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for(schema())


def is_valid(record: dict[str, Any]) -> bool:
    """Whether a record conforms to the schema (fast path)."""
    fast = _fast_validator()
    if fast is not None:
        return fast.is_valid(record)
    return _validator().is_valid(record)


def _path(error) -> str:
    return "/".join(str(p) for p in error.absolute_path) or "<record>"


def schema_errors(record: dict[str, Any]) -> list[str]:
    """All schema violations of a record, each naming its field path (empty when valid)."""
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{_path(e)}: {e.message}" for e in errors]


def _spans(record: dict[str, Any]):
    for ent in record.get("entities", ()):
        for i, m in enumerate(ent.get("mentions", ())):
            yield f"entities/{ent.get('id')}/mentions/{i}", m
    for key in ("roles", "quantities", "dates", "quotes", "events"):
        for item in record.get(key, ()):
            for field in ("trigger", "evidence"):  # only events have a trigger
                if isinstance(item, dict) and isinstance(item.get(field), dict):
                    yield f"{key}/{item.get('id')}/{field}", item[field]


def offset_errors(record: dict[str, Any], text: str) -> list[str]:
    """Spans whose offsets do not slice ``text`` to their own ``text``."""
    out = []
    for where, span in _spans(record):
        try:
            s, e, t = span["start"], span["end"], span["text"]
        except (KeyError, TypeError):
            continue
        if not (0 <= s < e <= len(text)) or text[s:e] != t:
            out.append(f"{where}: offsets [{s}, {e}) do not slice the article text to {t!r}")
    return out


def validate_record(record: dict[str, Any], *, text: str | None = None) -> None:
    """Raise :class:`RecordValidationError` listing every problem of a record.

    Args:
        record: A record dict of the contract.
        text: The article text; when given, every span's offsets are checked against it.
    """
    messages = [] if is_valid(record) else schema_errors(record)
    if not messages and not is_valid(record):
        messages = ["<record>: rejected by the schema (jsonschema-rs) but jsonschema found no error"]
    if text is not None and not messages:
        messages += offset_errors(record, text)
    if messages:
        raise RecordValidationError(messages)
