"""Dask engine: the same stage functions, run per partition on dask.distributed.

Each batch of articles is one task running :func:`pipeline.engine.process_articles`; the model
is loaded once per worker process (module state of :mod:`pipeline.engine`) and reused by every
later task on that worker. Without a scheduler address a ``LocalCluster`` of ``workers``
single-threaded processes is started and closed with the run. Results come back as they
finish; the caller's journal puts them in input order, so records are identical to the local
engine's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from .errors import ConfigError
from .records import Article


def _task(articles: list[Article], model: str | None, batch_size: int, keep_text: bool = True):
    from .engine import process_articles

    return process_articles(articles, model=model, batch_size=batch_size, keep_text=keep_text)


def run_dask(articles: list[Article], *, model: str | None, batch_size: int, scheduler: str | None,
             workers: int = 2, keep_text: bool = True) -> Iterator[list[tuple[str, dict | None, dict | None]]]:
    """Process ``articles`` on a Dask cluster, yielding batches of results as they finish.

    Args:
        articles: Articles to process.
        model: spaCy pipeline name (must be installed on every worker).
        batch_size: Articles per task.
        scheduler: ``tcp://host:port`` of a running scheduler, or None for a LocalCluster.
        workers: Worker processes of the LocalCluster (ignored with ``scheduler``).
        keep_text: Put the article text in each record.
    """
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise ConfigError("the Dask engine needs dask[distributed]: pip install 'dask[distributed]'") from e

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as e:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        batches = [articles[i:i + batch_size] for i in range(0, len(articles), batch_size)]
        futures = [client.submit(_task, b, model, batch_size, keep_text, pure=False) for b in batches]
        for future in as_completed(futures):
            yield future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
