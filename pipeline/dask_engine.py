"""Dask engine: the same stage functions, run per partition on dask.distributed.

Each batch of articles is one task running :func:`pipeline.engine.process_articles`; the model
is loaded once per worker process (module state of :mod:`pipeline.engine`) and reused by every
later task on that worker. Without a scheduler address a ``LocalCluster`` of ``workers``
single-threaded processes is started and closed with the run. Results come back as they
finish; the caller's journal puts them in input order, so records are identical to the local
engine's.

When a worker dies mid-run (machine lost, process killed), the scheduler re-runs the tasks it
held on the remaining workers (up to ``distributed.scheduler.allowed-failures`` deaths per
task); a result that arrives twice would carry the same journal key and is written once. The
run finishes with every article exactly once (tests/test_cluster.py kills a worker).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from .errors import ConfigError
from .records import Article

# Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in every worker it spawns (its docs,
# "Automatically trim memory", https://distributed.dask.org/en/stable/worker-memory.html), so
# glibc returns freed memory to the OS at once. Setting the variable also switches off glibc's
# dynamic mmap threshold: spaCy's many short-lived arrays are then mmap'ed and unmapped on every
# batch, about 10% of a worker's time (issue #15). The local engine's workers run with glibc's
# defaults and a bounded working set (``PIPE_BATCH_SIZE``), so LocalCluster workers get the same;
# ``dask worker`` processes get it from DASK_DISTRIBUTED__NANNY__PRE_SPAWN_ENVIRON (README).
WORKER_ENV_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}

# Dask workers sample their own stacks every 10 ms for the dashboard's profile view; the
# sampling thread takes the GIL from spaCy each time. Nobody looks at that view during a
# pipeline run, so LocalCluster workers run without it (benchmarks/dask_ab.py measures both).
WORKER_PROFILE_CONFIG = {"distributed.worker.profile.enabled": False}


def _task(articles: list[Article], model: str | None, batch_size: int, keep_text: bool = True):
    from .worker import process_articles

    # A task runs on a worker thread, where no signal can interrupt it: Dask's own task
    # timeouts and worker restarts are the limit there (pipeline.timelimit).
    return process_articles(articles, model=model, batch_size=batch_size, keep_text=keep_text, time_limit_s=None)


def local_cluster(workers: int):
    """A LocalCluster of ``workers`` single-threaded processes with the engine's worker settings."""
    import dask
    from dask.distributed import LocalCluster

    # The nannies read their environment when created, inside this block.
    with dask.config.set({**WORKER_ENV_CONFIG, **WORKER_PROFILE_CONFIG}):
        return LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                            dashboard_address=None, silence_logs=logging.ERROR)


IN_FLIGHT_PER_WORKER = 2
"""Tasks submitted ahead per worker thread: the client reads articles only this far ahead of
the cluster, so the main process holds a few batches, not the whole input."""


def run_dask(batches: Iterable[list[Article]], *, model: str | None, batch_size: int, scheduler: str | None,
             workers: int = 2, keep_text: bool = True) -> Iterator[list[tuple[str, dict | None, dict | None]]]:
    """Process batches of articles on a Dask cluster, yielding their results as they finish.

    Args:
        batches: Batches of articles (one task each), read lazily: at most
            :data:`IN_FLIGHT_PER_WORKER` tasks per worker thread are submitted ahead.
        model: spaCy pipeline name (must be installed on every worker).
        batch_size: Articles per ``nlp.pipe`` call limit passed to the workers.
        scheduler: ``tcp://host:port`` of a running scheduler, or None for a LocalCluster.
        workers: Worker processes of the LocalCluster (ignored with ``scheduler``).
        keep_text: Put the article text in each record.
    """
    try:
        from dask.distributed import Client, as_completed
    except ImportError as e:
        raise ConfigError("the Dask engine needs dask[distributed]: pip install 'dask[distributed]'") from e

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as e:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    else:
        cluster = local_cluster(workers)
        client = Client(cluster)
    try:
        threads = sum(client.nthreads().values()) or max(1, workers)
        window = IN_FLIGHT_PER_WORKER * threads
        source = iter(batches)

        def submit():
            batch = next(source, None)
            return None if batch is None else client.submit(_task, batch, model, batch_size, keep_text, pure=False)

        futures = [f for f in (submit() for _ in range(window)) if f is not None]
        done = as_completed(futures)
        for future in done:
            result = future.result()
            future.release()
            nxt = submit()
            if nxt is not None:
                done.add(nxt)
            yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
