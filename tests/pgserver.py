"""A throwaway PostgreSQL server for tests and benchmarks.

``with postgres_server() as url:`` runs ``initdb`` into a temporary directory, starts the
server with ``pg_ctl`` on a free local port (TCP on 127.0.0.1, socket inside the temp dir),
yields ``postgresql://postgres@127.0.0.1:PORT/postgres`` and stops and deletes it afterwards.

PostgreSQL refuses to run as root, so when this process is root the server runs as the system
user ``postgres`` (created with ``useradd`` if missing) through ``runuser``. Binaries are taken
from ``$PG_BINDIR`` (when set, nothing else), else the newest ``/usr/lib/postgresql/*/bin``, else ``PATH``
(``scripts/ensure_postgres.sh`` installs them on Debian/Ubuntu). The server is tuned for
tests (no fsync), never for data that matters.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

SERVICE_USER = "postgres"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server could be started here; the message says why."""


def find_bindir() -> Path:
    """The directory holding ``initdb`` and ``pg_ctl``.

    Raises:
        PostgresUnavailable: No PostgreSQL server binaries are installed.
    """
    env = os.environ.get("PG_BINDIR")
    if env:
        # An explicit choice is final: fall back to nothing else.
        if (Path(env) / "initdb").is_file() and (Path(env) / "pg_ctl").is_file():
            return Path(env)
        raise PostgresUnavailable(f"PG_BINDIR={env} holds no initdb/pg_ctl")
    candidates: list[Path] = []

    def version(p: str) -> tuple[int, ...]:
        v = Path(p).parent.parent.name
        return tuple(int(x) for x in v.split(".") if x.isdigit()) or (0,)

    candidates += [Path(p).parent for p in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True)]
    which = shutil.which("initdb")
    if which:
        candidates.append(Path(which).parent)
    for c in candidates:
        if (c / "initdb").is_file() and (c / "pg_ctl").is_file():
            return c
    raise PostgresUnavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl) found in $PG_BINDIR, /usr/lib/postgresql/*/bin "
        "or PATH; run scripts/ensure_postgres.sh"
    )


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_service_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", SERVICE_USER, "--", *cmd]
    su = shutil.which("su")
    if su:
        import shlex

        return [su, "-s", "/bin/sh", SERVICE_USER, "-c", shlex.join(cmd)]
    raise PostgresUnavailable("running as root without runuser or su: cannot drop privileges for PostgreSQL")


def _ensure_service_user() -> tuple[int, int]:
    import pwd

    try:
        pw = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        try:
            subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                check=True,
                capture_output=True,
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            raise PostgresUnavailable(f"running as root and cannot create user {SERVICE_USER!r}: {exc}") from exc
        pw = pwd.getpwnam(SERVICE_USER)
    return pw.pw_uid, pw.pw_gid


def _run(cmd: list[str], what: str, timeout: float = 120) -> None:
    try:
        proc = subprocess.run(_as_service_user(cmd), capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PostgresUnavailable(f"{what} failed: {exc}") from exc
    if proc.returncode != 0:
        raise PostgresUnavailable(f"{what} failed (exit {proc.returncode}): {(proc.stderr or proc.stdout).strip()[-2000:]}")


@contextlib.contextmanager
def postgres_server(*, tries: int = 3, port: int | None = None) -> Iterator[str]:
    """Start a temporary PostgreSQL server and yield its URL; stop and delete it on exit.

    Args:
        tries: Ports to try: a free port can be taken by someone else before the server binds it.
        port: This port only (one try), instead of a free one.

    Yields:
        ``postgresql://postgres@127.0.0.1:PORT/postgres`` (trust authentication, local only).

    Raises:
        PostgresUnavailable: The binaries are missing or the server did not start.
    """
    bindir = find_bindir()
    tmp = Path(tempfile.mkdtemp(prefix="newsie-pg-"))
    try:
        if os.geteuid() == 0:
            uid, gid = _ensure_service_user()
            os.chown(tmp, uid, gid)
        data, log = tmp / "data", tmp / "server.log"
        _run(
            [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
             "--no-locale", "--no-sync"],
            "initdb",
        )
        started = False
        last_error: PostgresUnavailable | None = None
        fixed = port
        for _ in range(1 if fixed else tries):
            port = fixed or free_port()
            opts = (
                f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
            )
            try:
                _run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start"],
                     "pg_ctl start")
                started = True
                break
            except PostgresUnavailable as exc:
                tail = log.read_text(errors="replace")[-1500:] if log.exists() else ""
                last_error = PostgresUnavailable(f"{exc}\n{tail}")
        if not started:
            assert last_error is not None
            raise last_error
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            with contextlib.suppress(PostgresUnavailable):
                _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], "pg_ctl stop")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def ci() -> bool:
    """Whether we run under CI (env ``CI`` set to anything but empty/0/false/no)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def main(argv: list[str] | None = None) -> int:
    """``make postgres``: run a throwaway server in the foreground until Ctrl-C."""
    import argparse
    import time

    parser = argparse.ArgumentParser(description="Start a throwaway local PostgreSQL server (as the tests do) "
                                                 "and keep it running until Ctrl-C, which stops it and deletes its data.")
    parser.add_argument("--port", type=int, default=None, help="TCP port on 127.0.0.1 (default: a free one)")
    args = parser.parse_args(argv)
    import signal

    def _stop(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt  # `kill` / a closed terminal: stop and clean up as for Ctrl-C

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGHUP, _stop)
    try:
        with postgres_server(port=args.port) as url:
            print(f"PostgreSQL is running: {url}\n"
                  f"  load into it:  python -m pipeline run corpus --format postgres --db {url}\n"
                  f"  Ctrl-C stops it and deletes its data", flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                print("stopping PostgreSQL", flush=True)
    except PostgresUnavailable as exc:
        print(f"error: {exc}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
