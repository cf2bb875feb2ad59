"""A real Dask cluster from the installed wheel: ``dask scheduler`` and ``dask worker``
processes on 127.0.0.1, the pipeline run against it, records compared with the local engine.

What the README's cluster section tells users to do, done for real: the wheel is built with
``pip wheel --no-deps .`` from a copy of the sources and installed into its own virtualenv
(the virtualenv sees this interpreter's site-packages for spaCy, the model and Dask through a
``.pth`` line, so it works offline); the scheduler and each worker are separate processes of
that virtualenv's Python, started outside the checkout so they cannot import its ``pipeline``.

    python benchmarks/cluster.py [--n 200] [--kill]     # --kill: kill one worker mid-run

Also used by tests/test_cluster.py.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The engine's worker settings for `dask worker` processes (pipeline/dask_engine.py says why):
# no MALLOC_TRIM_THRESHOLD_ from the nanny, no statistical profiler.
WORKER_ENV = {"DASK_DISTRIBUTED__NANNY__PRE_SPAWN_ENVIRON": '{"MALLOC_TRIM_THRESHOLD_": None}',
              "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}


def clean_env() -> dict[str, str]:
    """This environment without anything that would put the checkout on ``sys.path``."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PIPELINE_SCHEMAS")}
    env["PYTHONNOUSERSITE"] = "1"
    return env


def build_wheel_venv(tmp: Path, *, trees: tuple[str, ...] = ("pipeline", "schemas")) -> tuple[Path, Path]:
    """Build the wheel from a copy of the sources (``trees`` plus pyproject and README), install
    it into a fresh virtualenv; ``(wheel file, the virtualenv's python)``.

    The virtualenv takes its dependencies (spaCy, the model, Dask) from this interpreter through
    a .pth line appended after the wheel's own site-packages; .pth files inside that directory
    (an editable install of the checkout) are not run, so ``pipeline`` is the wheel's.
    """
    src = tmp / "src"
    src.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in trees:
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    env = clean_env()
    dist = tmp / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
                    "-w", str(dist), str(src)], check=True, env=env, cwd=tmp, capture_output=True)
    wheel = next(dist.glob("*.whl"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, env=env)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
                    str(wheel)], check=True, env=env, capture_output=True)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True, env=env).stdout.strip())
    (site / "_host_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return wheel, python


def build_venv(tmp: Path) -> Path:
    """The python of a fresh virtualenv with the wheel installed (:func:`build_wheel_venv`)."""
    return build_wheel_venv(tmp)[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    """A running scheduler and its workers (each a ``dask worker`` process with its nanny)."""

    python: Path
    address: str
    scheduler: subprocess.Popen
    workers: list[subprocess.Popen] = field(default_factory=list)
    logs: Path | None = None

    def kill_worker(self, i: int) -> None:
        """SIGKILL a ``dask worker`` process and its worker child: a machine that vanishes."""
        import psutil

        proc = psutil.Process(self.workers[i].pid)
        victims = [*proc.children(recursive=True), proc]
        for p in victims:
            with contextlib.suppress(psutil.Error):
                p.send_signal(signal.SIGKILL)
        self.workers[i].wait(timeout=30)

    def n_workers(self) -> int:
        out = subprocess.run([str(self.python), "-c", _COUNT, self.address], capture_output=True, text=True,
                             env=clean_env(), timeout=60)
        return int(out.stdout.strip() or 0)

    def worker_modules(self) -> list[str]:
        """``pipeline.__file__`` as each worker imports it (to show it is the wheel's)."""
        out = subprocess.run([str(self.python), "-c", _WHERE, self.address], capture_output=True, text=True,
                             env=clean_env(), timeout=120, check=True)
        return json.loads(out.stdout)


_COUNT = "import sys; from distributed import Client; c = Client(sys.argv[1], timeout=20); " \
         "print(len(c.scheduler_info()['workers'])); c.close()"
_WHERE = ("import sys, json; from distributed import Client; c = Client(sys.argv[1], timeout=20)\n"
          "def where():\n    import pipeline\n    return pipeline.__file__\n"
          "print(json.dumps(sorted(c.run(where).values()))); c.close()")


@contextlib.contextmanager
def start_cluster(python: Path, *, n_workers: int = 2, workdir: Path, timeout: float = 120) -> Iterator[Cluster]:
    """Start ``dask scheduler`` and ``n_workers`` ``dask worker`` processes on 127.0.0.1.

    Each worker has one thread (spaCy is CPU-bound). Stops everything on exit.
    """
    env = {**clean_env(), **WORKER_ENV}
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    workdir.mkdir(parents=True, exist_ok=True)
    logs = workdir / "logs"
    logs.mkdir(exist_ok=True)
    procs: list[subprocess.Popen] = []

    def spawn(args: list[str], name: str) -> subprocess.Popen:
        p = subprocess.Popen([str(python), "-m", "dask", *args], cwd=workdir, env=env,
                             stdout=(logs / f"{name}.out").open("w"), stderr=subprocess.STDOUT,
                             start_new_session=True)
        procs.append(p)
        return p

    sched = spawn(["scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0",
                   "--no-show"], "scheduler")
    cluster = Cluster(python=python, address=address, scheduler=sched, logs=logs)
    try:
        for i in range(n_workers):
            cluster.workers.append(spawn(["worker", address, "--nthreads", "1", "--nworkers", "1",
                                          "--no-dashboard", "--host", "127.0.0.1", "--name", f"w{i}",
                                          "--local-directory", str(workdir / f"w{i}")], f"worker{i}"))
        deadline = time.monotonic() + timeout
        while cluster.n_workers() < n_workers:
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                raise RuntimeError("the Dask cluster did not come up:\n" + "\n".join(
                    f.read_text()[-2000:] for f in sorted(logs.iterdir())))
            time.sleep(0.5)
        yield cluster
    finally:
        for p in procs:
            if p.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(p.pid, signal.SIGKILL)
                p.wait()


def run_pipeline(python: Path, corpus: Path, out: Path, *extra: str, cwd: Path,
                 env: dict | None = None) -> subprocess.Popen:
    """Start ``python -m pipeline run`` (the venv's installed package) without waiting."""
    return subprocess.Popen([str(python), "-m", "pipeline", "run", str(corpus), "--out", str(out), "--quiet", *extra],
                            cwd=cwd, env={**clean_env(), **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def journal_lines(out: Path) -> int:
    p = out / ".state" / "journal.jsonl"
    return p.read_bytes().count(b"\n") if p.exists() else 0


def run_with_kill(cluster: Cluster, corpus: Path, out: Path, *, batch_size: int, cwd: Path,
                  victim: int = 1, timeout: float = 600) -> tuple[subprocess.CompletedProcess, float]:
    """Run against the cluster and SIGKILL worker ``victim`` once the first batch is journaled
    (so the other tasks are in flight or queued on both workers). Returns the finished run and
    the seconds into the run at which the worker was killed."""
    t0 = time.monotonic()
    proc = run_pipeline(cluster.python, corpus, out, "--engine", "dask", "--scheduler", cluster.address,
                        "--batch-size", str(batch_size), cwd=cwd)
    killed_at = -1.0
    while proc.poll() is None and time.monotonic() - t0 < timeout:
        if killed_at < 0 and journal_lines(out) >= 1:
            cluster.kill_worker(victim)
            killed_at = time.monotonic() - t0
        time.sleep(0.05)
    stdout, stderr = proc.communicate(timeout=max(1.0, timeout - (time.monotonic() - t0)))
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr), killed_at


def records_by_id(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from common import wh_corpus

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="first N benchmark documents")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--kill", action="store_true", help="also a run during which one worker is killed")
    args = ap.parse_args()
    corpus = wh_corpus(args.n)
    tmp = Path(tempfile.mkdtemp(prefix="cluster-"))
    report: dict = {"docs": args.n}
    try:
        t = time.perf_counter()
        python = build_venv(tmp / "build")
        report["wheel_and_venv_seconds"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        local = subprocess.run([str(python), "-m", "pipeline", "run", str(corpus), "--out", str(tmp / "local"),
                                "--quiet", "--batch-size", str(args.batch_size)], cwd=tmp, env=clean_env(),
                               capture_output=True, text=True)
        assert local.returncode == 0, local.stderr
        report["local_1_worker_seconds"] = round(time.perf_counter() - t, 1)
        ref = (tmp / "local" / "records.jsonl").read_bytes()
        t = time.perf_counter()
        with start_cluster(python, workdir=tmp / "cluster") as cluster:
            report["cluster_start_seconds"] = round(time.perf_counter() - t, 1)
            report["worker_modules"] = cluster.worker_modules()
            t = time.perf_counter()
            p = run_pipeline(python, corpus, tmp / "dask", "--engine", "dask", "--scheduler", cluster.address,
                             "--batch-size", str(args.batch_size), cwd=tmp)
            _, err = p.communicate()
            assert p.returncode == 0, err
            report["cluster_run_seconds"] = round(time.perf_counter() - t, 1)
            report["identical_to_local"] = (tmp / "dask" / "records.jsonl").read_bytes() == ref
            if args.kill:
                t = time.perf_counter()
                res, killed_at = run_with_kill(cluster, corpus, tmp / "killed", batch_size=args.batch_size, cwd=tmp)
                report["killed_run"] = {
                    "returncode": res.returncode, "killed_at_seconds": round(killed_at, 1),
                    "seconds": round(time.perf_counter() - t, 1),
                    "identical_to_local": (tmp / "killed" / "records.jsonl").read_bytes() == ref,
                    "records": len(records_by_id(tmp / "killed" / "records.jsonl")),
                    "workers_left": cluster.n_workers()}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
