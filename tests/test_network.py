"""No network at run time: the whole pipeline runs with Internet sockets and DNS blocked.

Blocked calls are both refused (``OSError``) and logged, so an attempt that some library
catches and ignores still fails the test. Unix sockets stay allowed (multiprocessing uses them).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, SEED_TXT

pytestmark = pytest.mark.model

_GUARD = textwrap.dedent("""
    import os, socket

    _LOG = os.environ.get("NEWSIE_NET_LOG")

    def _deny(what, detail):
        if _LOG:
            with open(_LOG, "a", encoding="utf-8") as f:
                f.write(f"{what} {detail!r} pid={os.getpid()}\\n")
        raise OSError(f"network access blocked: {what} {detail!r}")

    _INET = (socket.AF_INET, socket.AF_INET6)
    _connect, _connect_ex, _sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto

    def connect(self, address):
        if self.family in _INET:
            _deny("connect", address)
        return _connect(self, address)

    def connect_ex(self, address):
        if self.family in _INET:
            _deny("connect_ex", address)
        return _connect_ex(self, address)

    def sendto(self, data, *args):
        if self.family in _INET:
            _deny("sendto", args[-1])
        return _sendto(self, data, *args)

    socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto = connect, connect_ex, sendto
    socket.create_connection = lambda address, *a, **k: _deny("create_connection", address)
    socket.getaddrinfo = lambda host, *a, **k: _deny("getaddrinfo", host)
    socket.gethostbyname = lambda host: _deny("gethostbyname", host)
""")


@pytest.fixture()
def guarded_env(tmp_path) -> tuple[dict[str, str], Path]:
    """Environment whose Python processes (and their children) import the guard at startup."""
    site = tmp_path / "guard"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_GUARD, encoding="utf-8")
    log = tmp_path / "net.log"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["NEWSIE_NET_LOG"] = str(log)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        env.pop(var, None)
    return env, log


def test_guard_blocks_and_logs(guarded_env):
    env, log = guarded_env
    probe = ("import socket, urllib.request\n"
             "for f in (lambda: socket.create_connection(('192.0.2.1', 80), timeout=1),\n"
             "          lambda: socket.socket().connect(('192.0.2.1', 80)),\n"
             "          lambda: urllib.request.urlopen('http://example.com', timeout=1)):\n"
             "    try:\n        f()\n    except OSError as e:\n        print('blocked', e)\n")
    res = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert sum(line.startswith("blocked ") for line in res.stdout.splitlines()) == 3, res.stdout + res.stderr
    assert len(log.read_text().splitlines()) == 3


def test_cli_run_makes_no_network_calls(guarded_env, tmp_path):
    env, log = guarded_env
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "pipeline", "run", str(SEED_TXT), "--out", str(out),
                          "--format", "sqlite,parquet", "--published", "2025-11-04", "--quiet"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert res.returncode == 0, res.stderr
    assert not log.exists(), f"network attempts:\n{log.read_text()}"
    s = json.loads((out / "summary.json").read_text())
    assert s["processed"] == 1 and (out / "news.sqlite").exists()


def test_in_process_run_and_extract_make_no_network_calls(monkeypatch, tmp_path, nlp):  # noqa: ARG001
    import pipeline
    from pipeline.engine import run

    attempts: list[str] = []

    def deny(what):
        def _f(*args, **kwargs):
            attempts.append(f"{what} {args[:2]!r}")
            raise OSError(f"network access blocked: {what}")
        return _f

    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            deny("connect")(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", deny("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", deny("getaddrinfo"))
    s = run([SEED_TXT], out_dir=tmp_path / "o", quiet=True, formats=("jsonl", "sqlite", "parquet"),
            published="2025-11-04").to_dict()
    assert s["processed"] == 1
    result = pipeline.extract("Japan's Defence Minister said on Friday that 300 troops would leave Iraq next month.",
                              published="2024-05-10")
    assert result.dates and result.quantities
    assert attempts == []
