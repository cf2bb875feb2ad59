"""The per-article time limit: a stalled article becomes a ``timeout`` reject, the rest of its
batch is processed (rule tests: the pipeline is replaced by stand-ins, no model)."""

from __future__ import annotations

import threading
import time

import pytest

from pipeline import timelimit, worker
from pipeline.records import Article
from pipeline.timelimit import ArticleTimeout, allowed, time_limit


@pytest.mark.parametrize("seconds,chars,expected", [
    (60, 500, 60),          # a short article: the floor
    (60, 10_000, 60),
    (60, 25_000, 150),      # longer articles get proportionally more
    (0, 25_000, None),      # 0 switches the limit off
    (None, 25_000, None),
])
def test_allowed_scales_with_length(seconds, chars, expected):
    assert allowed(seconds, chars) == expected


def test_time_limit_interrupts_a_loop():
    t0 = time.perf_counter()
    with pytest.raises(ArticleTimeout), time_limit(0.2):
        while True:
            pass
    assert time.perf_counter() - t0 < 5


def test_time_limit_leaves_fast_work_and_the_previous_handler_alone():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with time_limit(5):
        x = sum(range(1000))
    assert x == 499500
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_is_not_enforced_off_the_main_thread():
    seen = []

    def work():
        seen.append(timelimit.enforceable())
        with time_limit(0.01):
            time.sleep(0.05)  # would raise if a timer were set
        seen.append("done")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen == [False, "done"]


def test_a_stalled_article_is_rejected_and_the_batch_goes_on(monkeypatch):
    """One article loops for ever inside the pipeline: it becomes a timeout reject naming the
    input; the others in its nlp.pipe group get records."""
    from pipeline import nlp as N

    def stalls(article):
        return "loops" in article.text

    def fake_pipe(nlp, group, batch_size):
        for art in group:
            yield art, fake_process(nlp, art)

    def fake_process(nlp, art):
        while stalls(art):
            pass
        return art.text

    import types

    monkeypatch.setattr(worker, "_STATE", {"nlp": types.SimpleNamespace(max_length=10**6), "model_info": {}, "model": None})
    monkeypatch.setattr(N, "pipe", fake_pipe)
    monkeypatch.setattr(N, "process", fake_process)
    monkeypatch.setattr(worker, "_record_of", lambda art, doc, **k: (art.id, {"text": doc}, None))
    arts = [Article(id="a", text="The envoy met the minister."),
            Article(id="b", text="This one loops.", source="corpus/b.txt"),
            Article(id="c", text="The talks ended.")]
    t0 = time.perf_counter()
    out = worker.process_articles(arts, time_limit_s=0.3)
    assert time.perf_counter() - t0 < 10
    by_id = {art_id: (record, reject) for art_id, record, reject in out}
    assert set(by_id) == {"a", "b", "c"}  # every input accounted for
    assert by_id["a"][0] == {"text": "The envoy met the minister."}
    assert by_id["c"][0] == {"text": "The talks ended."}
    record, reject = by_id["b"]
    assert record is None and reject["reason"] == "timeout"
    assert reject["message"].startswith("corpus/b.txt: ")
