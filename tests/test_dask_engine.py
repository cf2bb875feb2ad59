"""The LocalCluster the Dask engine starts runs its workers with the engine's settings: glibc's
own malloc trimming (no MALLOC_TRIM_THRESHOLD_ from Dask's nanny) and no statistical profiler
(pipeline/dask_engine.py, docs/performance.md)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.dask


def _worker_settings():
    import os

    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get("distributed.worker.profile.enabled")


def test_local_cluster_workers_get_the_engine_settings():
    from dask.distributed import Client

    from pipeline.dask_engine import local_cluster

    cluster = local_cluster(1)
    try:
        with Client(cluster) as client:
            settings = list(client.run(_worker_settings).values())
    finally:
        cluster.close()
    assert settings == [(None, False)]
