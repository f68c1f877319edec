#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the API integration tests and
# prints its admin URL. Uses Debian's postgresql package (installed when missing).
# A private cluster (not the system one) so that the tests never touch real data.
set -euo pipefail
PGPORT="${PGPORT_TEST:-54329}"
PGDATA_DIR="${PGDATA_TEST:-/tmp/lederloeft-pg-$PGPORT}"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "Installing postgresql..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if ! as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
  if [[ ! -f "$PGDATA_DIR/PG_VERSION" ]]; then
    mkdir -p "$PGDATA_DIR"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$PGDATA_DIR"
    as_pg "$bindir/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
  fi
  as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off -c synchronous_commit=off" start >&2
fi
echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
