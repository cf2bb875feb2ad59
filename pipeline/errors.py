"""Exception hierarchy: one root class, so callers can catch everything the pipeline raises."""

from __future__ import annotations


class PipelineError(Exception):
    """Root of every error the pipeline raises on purpose."""


class ConfigError(PipelineError):
    """Bad configuration: unknown model, bad option value, missing resource."""


class IngestError(PipelineError):
    """An input could not be read as an article (empty, binary, undecodable, malformed JSONL...).

    Attributes:
        input: The file (and line, for JSONL) that failed, as the user named it.
        reason: A short machine-friendly reason code, e.g. ``"empty"`` or ``"undecodable"``.
    """

    def __init__(self, message: str, *, input: str, reason: str) -> None:  # noqa: A002
        super().__init__(f"{input}: {message}")
        self.input = input
        self.reason = reason
        self.message = message


class RecordValidationError(PipelineError):
    """A record does not conform to schemas/article.schema.json.

    Attributes:
        messages: Every validation message, each naming the offending field path.
    """

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


class ColumnError(ConfigError):
    """A CSV/Parquet input lacks a column the options name (``--text-column`` etc.).

    Attributes:
        input: The file.
        column: The missing column.
        available: The columns the file has.
    """

    def __init__(self, input: str, column: str, available: list[str], *, option: str) -> None:  # noqa: A002
        shown = ", ".join(available[:30]) + (", ..." if len(available) > 30 else "")
        super().__init__(f"{input}: no column {column!r} ({option}); its columns are: {shown or '(none)'}; "
                         f"name one of them with {option}")
        self.input = input
        self.column = column
        self.available = available
