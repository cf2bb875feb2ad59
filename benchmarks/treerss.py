"""Peak RSS of a whole process tree: the command, its pool workers, Dask nannies and workers.

``ru_maxrss`` of ``RUSAGE_CHILDREN`` only sees descendants the command waited for, and
multiprocessing's forkserver workers are grandchildren started by the forkserver, so it misses
them (issue #15: the old benchmark reported ~100 MB for ``--workers 2``). Here a thread polls
the tree with psutil every ``interval`` seconds and keeps, per process, the largest RSS seen,
plus the largest sum over the tree. Polling alone can miss a spike shorter than the interval,
so each process's peak is also read from the kernel's high-water mark (``VmHWM`` in
``/proc/PID/status``, exact and monotonic), on every poll while the process lives; the sum over
the tree is the polled one.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import psutil


def _hwm_mb(pid: int) -> float:
    """The kernel's peak RSS of a process (MB), 0 when unreadable (not Linux, process gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _label(proc: psutil.Process, root: int) -> str:
    """``main`` for the command itself, else a short description of the child."""
    if proc.pid == root:
        return "main"
    try:
        text = " ".join(proc.cmdline())
    except (psutil.Error, OSError):
        return "child"
    for needle, name in (("forkserver", "forkserver child"), ("resource_tracker", "resource tracker"),
                         ("spawn_main", "spawned child"), ("scheduler", "dask scheduler"),
                         ("worker", "dask worker")):
        if needle in text:
            return name
    return "child"


@dataclass
class TreeSample:
    """One poll: seconds since start, RSS (MB) per pid, total over the tree."""

    t: float
    rss: dict[int, float]

    @property
    def total(self) -> float:
        return sum(self.rss.values())


@dataclass
class TreeMonitor:
    """Poll the RSS of ``pid`` and all its descendants in a background thread.

    Use as a context manager around the wait for the process; read ``peak_total``,
    ``peak_by_pid`` and ``labels`` afterwards, ``current()`` during the run.
    """

    pid: int
    interval: float = 0.2
    peak_total: float = 0.0
    peak_by_pid: dict[int, float] = field(default_factory=dict)
    cpu_by_pid: dict[int, float] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    last: TreeSample | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> "TreeMonitor":
        self._t0 = time.perf_counter()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def poll(self) -> TreeSample | None:
        try:
            root = psutil.Process(self.pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            return None
        rss: dict[int, float] = {}
        for p in procs:
            try:
                rss[p.pid] = p.memory_info().rss / 2**20
                cpu = p.cpu_times()
                self.cpu_by_pid[p.pid] = max(self.cpu_by_pid.get(p.pid, 0.0), cpu.user + cpu.system)
            except psutil.Error:
                continue
            if p.pid not in self.labels:
                self.labels[p.pid] = _label(p, self.pid)
        sample = TreeSample(time.perf_counter() - self._t0, rss)
        for pid, mb in rss.items():
            self.peak_by_pid[pid] = max(self.peak_by_pid.get(pid, 0.0), mb, _hwm_mb(pid))
        self.peak_total = max(self.peak_total, sample.total)
        self.last = sample
        return sample

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.poll()
            self._stop.wait(self.interval)

    def current(self) -> TreeSample | None:
        return self.last

    def cpu_seconds(self) -> float:
        """CPU time (user + system) of every process of the tree, as last polled: unlike wall
        time it barely depends on what else runs on the machine (up to one interval per process
        is missed at its exit)."""
        return sum(self.cpu_by_pid.values())

    def main_peak(self) -> float:
        """Peak RSS (MB) of the command's own process."""
        return self.peak_by_pid.get(self.pid, 0.0)

    def worker_peaks(self, min_mb: float = 150.0) -> list[float]:
        """Per-process peaks (MB) of the descendants that loaded a model (above ``min_mb``:
        the forkserver, resource tracker and Dask scheduler stay far below it)."""
        return sorted((mb for pid, mb in self.peak_by_pid.items() if pid != self.pid and mb >= min_mb),
                      reverse=True)

    def worker_rss_now(self, min_mb: float = 150.0) -> list[float]:
        """Current RSS (MB) of the descendants above ``min_mb``, largest first."""
        if self.last is None:
            return []
        return sorted((mb for pid, mb in self.last.rss.items() if pid != self.pid and mb >= min_mb), reverse=True)
