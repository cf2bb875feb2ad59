"""Worker-side batching (pipeline/engine.py): ``nlp.pipe`` batches bounded in articles and in
characters, in input order, every article exactly once."""

from __future__ import annotations

import pytest

from pipeline.worker import pipe_groups as _pipe_groups
from pipeline.records import Article


def _arts(lengths: list[int]) -> list[Article]:
    return [Article(id=str(i), text="x" * n) for i, n in enumerate(lengths)]


@pytest.mark.parametrize("lengths, size, chars, expected", [
    ([10] * 10, 8, 1000, [8, 2]),                 # the article count closes a batch
    ([400, 400, 400, 10], 8, 1000, [2, 2]),        # the character budget closes it early
    ([50, 5000, 50, 50], 8, 1000, [1, 1, 2]),      # a longer article is a batch of its own
    ([5000], 8, 1000, [1]),
    ([], 8, 1000, []),
    ([1000, 1], 8, 1000, [1, 1]),                  # exactly at the budget, the next one waits
])
def test_groups_bounded_in_articles_and_characters(lengths, size, chars, expected):
    arts = _arts(lengths)
    groups = list(_pipe_groups(arts, size, chars))
    assert [len(g) for g in groups] == expected
    assert [a.id for g in groups for a in g] == [a.id for a in arts]
    assert all(len(g) == 1 or sum(len(a.text) for a in g) <= chars for g in groups)


# ---- streaming input (pipeline/engine.py) -------------------------------------------------

def test_run_reads_inputs_only_a_batch_ahead(tmp_path, monkeypatch):
    """The main process pulls articles as the workers need them: it never holds the corpus."""
    import json

    from pipeline import engine

    n, size = 500, 16
    state = {"read": 0, "done": 0, "ahead": 0}

    def inputs(*_args, **_kw):
        for i in range(n):
            state["read"] += 1
            yield Article(id=f"a{i}", text=f"Article {i}."), f"a{i}"

    def process(batch, **_kw):
        state["ahead"] = max(state["ahead"], state["read"] - state["done"])
        state["done"] += len(batch)
        return [(a.id, {"article": {"id": a.id}}, None) for a in batch]

    monkeypatch.setattr(engine, "read_inputs_keyed", inputs)
    monkeypatch.setattr(engine, "process_articles", process)
    monkeypatch.setattr(engine, "check_model", lambda model: None)
    summary = engine.run(["corpus"], out_dir=tmp_path, quiet=True, batch_size=size)
    assert state["ahead"] <= size  # at most the batch in hand was read ahead
    assert summary.read == n and summary.processed == n
    ids = [json.loads(x)["article"]["id"] for x in (tmp_path / "records.jsonl").read_text().splitlines()]
    assert ids == [f"a{i}" for i in range(n)]  # every input once, in input order
    # An unchanged re-run reads everything again, processes nothing and starts no worker.
    monkeypatch.setattr(engine, "process_articles", lambda *a, **k: pytest.fail("nothing to process"))
    monkeypatch.setattr(engine, "check_model", lambda model: pytest.fail("no model needed"))
    again = engine.run(["corpus"], out_dir=tmp_path, quiet=True, batch_size=size)
    assert again.reused == n


def test_pool_window_bounds_jobs_in_flight(monkeypatch):
    """With worker processes, at most READ_AHEAD jobs per worker are submitted ahead."""
    import types

    from pipeline import engine

    class Result:
        def __init__(self, value):
            self.value = value

        def get(self):
            Pool.in_flight -= 1
            return self.value

    class Pool:
        in_flight = 0
        most = 0

        def __init__(self, *a, **k):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def apply_async(self, fn, args):
            Pool.in_flight += 1
            Pool.most = max(Pool.most, Pool.in_flight)
            batch = args[0][0]
            return Result([(a.id, {}, None) for a in batch])

    monkeypatch.setattr("multiprocessing.get_context", lambda method: types.SimpleNamespace(Pool=Pool))
    batches = ([Article(id=f"{b}-0", text="x")] for b in range(50))
    out = list(engine._run_pool(batches, workers=2, batch_size=1, model=None))
    assert [r[0][0] for r in out] == [f"{b}-0" for b in range(50)]
    assert Pool.most <= engine.READ_AHEAD * 2


def test_library_runs_leave_the_callers_garbage_collector_alone():
    """The gc tuning is process-wide: only the CLI and pool workers (own_process) opt in."""
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from pipeline.records import Article\n"
        "from pipeline.worker import own_process, process_articles\n"
        "before, frozen = gc.get_threshold(), gc.get_freeze_count()\n"
        "process_articles([Article(id='a', text='The minister met the envoy in Paris on Monday.',"
        " published='2024-05-06')])\n"
        "print(gc.get_threshold() == before, gc.get_freeze_count() == frozen)\n"
        "own_process()\n"
        "print(gc.get_threshold() == (10_000, 10, 10), gc.get_freeze_count() > frozen)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True", "True"]


@pytest.mark.parametrize("own_process, collector_on_while_loading", [(True, False), (False, True)])
def test_model_loads_with_the_collector_paused_only_in_own_processes(monkeypatch, own_process,
                                                                     collector_on_while_loading):
    """A process of its own pauses the collector while the model loads and runs it again after;
    a library caller's collector is never touched."""
    import gc

    from pipeline import nlp as N
    from pipeline import worker

    seen = []
    before = gc.get_threshold()
    monkeypatch.setattr(N, "load", lambda model=None: seen.append(gc.get_threshold()[0] != 0) or object())
    monkeypatch.setattr(N, "model_info", lambda nlp: None)
    tuned = []
    monkeypatch.setattr(worker, "_tune_gc", lambda: tuned.append(gc.set_threshold(*before)))
    monkeypatch.setattr(worker, "_STATE", {"tune_gc": True} if own_process else {})
    worker.init_worker(None)
    assert seen == [collector_on_while_loading]
    assert len(tuned) == int(own_process) and gc.get_threshold() == before
