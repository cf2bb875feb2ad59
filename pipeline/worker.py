"""Per-process work: one batch of articles through the pipeline, in whichever process runs it.

The local engine's pool workers, the Dask workers and a single-process run all call
:func:`process_articles`; the model is loaded once per process (module state) and reused by
every later batch. Kept apart from :mod:`pipeline.engine` so that the Dask engine imports it
without importing the engine (no import cycle).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .errors import RecordValidationError
from .ingest import Reject
from .records import Article
from .timelimit import DEFAULT_SECONDS, ArticleTimeout, allowed, time_limit

DEFAULT_BATCH_SIZE = 32
"""Articles per job: one pool/Dask task, one IPC message and one journal flush (fsync)."""

PIPE_BATCH_SIZE = 8
"""Most articles per ``nlp.pipe`` batch inside a worker. spaCy holds a whole batch's activations
at once (tok2vec about 2.4 KB per character of text), so the worker's peak RSS grows with the
batch: on the first 64 White House documents a 32-article batch peaks at 783 MB and an
8-article one at 394 MB, for the same CPU time (docs/performance.md). Jobs stay at
:data:`DEFAULT_BATCH_SIZE` articles so IPC and fsyncs stay rare."""

PIPE_BATCH_CHARS = 50_000
"""Most characters per ``nlp.pipe`` batch: a batch closes early when the next article would
pass this, so a few long articles together cannot multiply the peak; an article longer than
this is a batch of its own (its peak is its own, about 2.4 KB per character, and above
``nlp.PARSE_CHUNK_CHARS`` it is parsed in pieces). On 64 press-briefing transcripts (2.3 million
characters, median 30,000 per document) one worker peaks at 604 MB with 100,000 and 525 MB with
50,000, for the same CPU time within noise (docs/performance.md)."""


def pipe_groups(articles: Sequence[Article], size: int, chars: int) -> Iterator[list[Article]]:
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


_STATE: dict[str, Any] = {}


def init_worker(model: str | None) -> None:
    """Load the model into this process (once; every later batch reuses it)."""
    from . import nlp as N

    if _STATE.get("tune_gc"):
        _load_without_gc(model)
    else:
        _STATE["nlp"] = N.load(model)
    _STATE["model_info"] = N.model_info(_STATE["nlp"])


def _load_without_gc(model: str | None) -> None:
    """Load the model with the garbage collector paused, then tune it (:func:`own_process` only).

    Loading makes hundreds of thousands of long-lived objects (the stages' tables and patterns,
    one Doc per gazetteer phrase), and the collector's passes over them while they pile up are
    wasted work: nothing of it is garbage yet. :func:`_tune_gc` collects once, freezes them and
    sets the run's thresholds right after, so the collector is paused only while loading.
    Paused by a zero threshold, not ``gc.disable()``: the model's deserialiser turns a disabled
    collector back on.
    """
    import gc

    from . import nlp as N

    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        _STATE["nlp"] = N.load(model)
    except BaseException:
        gc.set_threshold(*thresholds)
        raise
    _tune_gc()


def init_pool_worker(model: str | None) -> None:
    """Initializer of the local engine's pool workers: processes that only run the pipeline."""
    own_process()
    init_worker(model)


def own_process() -> None:
    """Declare that this process only runs the pipeline, so its garbage collector may be tuned.

    Called by the command line and the pool workers, never implied by the library: the tuning
    (:func:`_tune_gc`) is process-wide, so a notebook or a shared Dask worker that runs the
    pipeline in-process keeps its own collector settings.
    """
    _STATE["tune_gc"] = True
    if "nlp" in _STATE:
        _tune_gc()


def _tune_gc() -> None:
    import gc

    # The model's millions of long-lived objects (vocabulary, lookup tables, patterns) would be
    # traversed by every full garbage collection of the run; frozen, they never are (~1% CPU).
    gc.collect()
    gc.freeze()
    # Young collections every 10,000 new container objects instead of 700: a parse and the
    # extraction stages make and drop millions of short-lived objects, and each collection
    # traverses the survivors of the last ones (collector time ~0.47 -> ~0.24 CPU s per 150
    # documents, peak memory unchanged).
    gc.set_threshold(10_000, 10, 10)


def process_articles(articles: Sequence[Article], *, model: str | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE,
                     keep_text: bool = True,
                     time_limit_s: float | None = DEFAULT_SECONDS) -> list[tuple[str, dict | None, dict | None]]:
    """Run the full pipeline on a batch: ``(article id, record or None, reject or None)``.

    A failure in one article becomes a reject for that article; the rest of the batch goes on.
    ``keep_text=False`` leaves ``article.text`` null in the records (``--no-text``).
    ``time_limit_s`` is the seconds allowed per 10,000 characters (:mod:`pipeline.timelimit`); an
    article over it is rejected as ``timeout`` (None or 0: no limit).
    """
    from . import nlp as N

    if "nlp" not in _STATE or (model and _STATE.get("model") != model):
        init_worker(model)
        _STATE["model"] = model
    nlp, info = _STATE["nlp"], _STATE["model_info"]
    # Ingest enforces the length limit (--max-chars); spaCy must not refuse what it let through.
    longest = max((len(a.text) for a in articles), default=0)
    if longest >= nlp.max_length:
        nlp.max_length = longest + 1
    out: list[tuple[str, dict | None, dict | None]] = []
    # One nlp.pipe group (<= PIPE_BATCH_SIZE articles, <= PIPE_BATCH_CHARS characters) at a time,
    # its records built before the next group is parsed: a job's Docs (tokens, tensors, Doc._
    # results) are never all alive at once, so the worker's peak follows the group, not the job.
    for group in pipe_groups(articles, min(batch_size, PIPE_BATCH_SIZE), PIPE_BATCH_CHARS):
        try:
            with time_limit(allowed(time_limit_s, sum(len(a.text) for a in group))):
                pairs = list(N.pipe(nlp, group, batch_size=len(group)))
        except Exception:  # noqa: BLE001 - retry one by one to isolate the bad article
            pairs = []
            for art in group:
                try:
                    with time_limit(allowed(time_limit_s, len(art.text))):
                        pairs.append((art, N.process(nlp, art)))
                except ArticleTimeout as e:
                    out.append((art.id, None, _reject(art, "timeout", f"processing stopped: {e} (the limit is "
                                                      f"--time-limit seconds per 10,000 characters)")))
                except Exception as e:  # noqa: BLE001
                    out.append((art.id, None, _reject(art, "processing_error",
                                                      f"processing failed: {type(e).__name__}: {e}")))
        for art, doc in pairs:
            out.append(_record_of(art, doc, info=info, keep_text=keep_text))
        del pairs
    return out


def _record_of(art: Article, doc, *, info, keep_text: bool) -> tuple[str, dict | None, dict | None]:
    """``(article id, record, None)``, or ``(article id, None, reject)`` when the record fails."""
    from .assemble import build_record
    from .validate import validate_record

    try:
        record = build_record(doc, model=info, keep_text=keep_text).to_dict()
        validate_record(record, text=art.text)
    except RecordValidationError as e:
        return art.id, None, _reject(art, "invalid_record", "record failed validation: " + "; ".join(e.messages))
    except Exception as e:  # noqa: BLE001 - one bad article must not stop the run
        return art.id, None, _reject(art, "processing_error", f"extraction failed: {type(e).__name__}: {e}")
    return art.id, record, None


def _reject(article: Article, reason: str, message: str) -> dict:
    where = article.source or article.id
    return Reject(input=where, reason=reason, message=f"{where}: {message}", article_id=article.id).to_dict()


def pool_batch(args: tuple[list[Article], str | None, int, bool, float | None]
               ) -> list[tuple[str, dict | None, dict | None]]:
    articles, model, batch_size, keep_text, limit = args
    return process_articles(articles, model=model, batch_size=batch_size, keep_text=keep_text, time_limit_s=limit)


# ---- journal ------------------------------------------------------------------------------
