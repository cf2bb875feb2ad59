"""A time limit per article, so one article that sends a rule into a loop (or a pathological
input that makes one run for minutes) becomes a reject with its reason instead of stalling the
whole run.

Kept by hand: Python has no portable way to interrupt a running function; ``signal.setitimer``
(Unix) interrupts the main thread between bytecodes, which is where spaCy components and the
extraction rules spend their time (a long matrix product in C finishes first). Elsewhere (a
Dask worker's task thread, Windows) the limit is not enforced and the article runs to the end.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import PipelineError

DEFAULT_SECONDS = 60.0
"""Seconds allowed per 10,000 characters of text (and at least this much per article). The
pipeline takes about 0.5 s per 10,000 characters on one core (docs/performance.md: some 3,000
words per CPU second), so 60 s leaves a slow, shared machine ample room; ``--time-limit 0`` switches it off."""

_CHARS = 10_000


class ArticleTimeout(PipelineError):
    """An article (or a batch of them) took longer than its time limit."""


def allowed(seconds: float | None, chars: int) -> float | None:
    """Seconds allowed for ``chars`` characters of text under a limit of ``seconds`` per 10,000
    characters (None or 0: no limit)."""
    if not seconds:
        return None
    return seconds * max(1.0, chars / _CHARS)


def enforceable() -> bool:
    """Whether a limit can be enforced here: Unix, on the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the block when it runs longer than ``seconds`` (no limit
    when None, 0 or not :func:`enforceable`; an outer handler is restored afterwards)."""
    if not seconds or not enforceable():
        yield
        return

    def _expired(signum, frame):  # noqa: ARG001 - the signal handler's signature
        raise ArticleTimeout(f"took longer than {seconds:.0f}s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
