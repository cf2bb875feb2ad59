#!/usr/bin/env bash
# Make sure PostgreSQL server binaries (initdb, pg_ctl) exist, so tests can start a
# throwaway server (tests/pgserver.py). Installs Debian's `postgresql` package when missing.
# Idempotent: does nothing when a server is already installed.
set -euo pipefail

have_server() {
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && return 0
  [ -n "${PG_BINDIR:-}" ] && [ -x "${PG_BINDIR}/initdb" ] && return 0
  command -v initdb >/dev/null 2>&1
}

if have_server; then
  echo "ensure_postgres: PostgreSQL server binaries present: $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tr '\n' ' ')"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure_postgres: no initdb and no apt-get; install PostgreSQL server binaries yourself (or set PG_BINDIR)" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure_postgres: need root (or sudo) to apt-get install postgresql" >&2
    exit 1
  fi
fi

echo "ensure_postgres: installing postgresql with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends postgresql

if ! have_server; then
  echo "ensure_postgres: postgresql installed but no initdb found" >&2
  exit 1
fi
echo "ensure_postgres: installed $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
