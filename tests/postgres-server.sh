#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster on loopback for the test run.
#   tests/postgres-server.sh start   -> prints the connection string on stdout (empty if PostgreSQL is not installed)
#   tests/postgres-server.sh stop
# The cluster lives in artifacts/postgres; it runs as the 'postgres' user when invoked as root (PostgreSQL refuses root).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$PWD/artifacts/postgres"
port="${ECLIPSE_TEST_POSTGRES_PORT:-55432}"

bin=""
for candidate in "$(command -v pg_ctl 2>/dev/null || true)" /usr/lib/postgresql/*/bin/pg_ctl; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then bin="$(dirname "$candidate")"; break; fi
done

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -z "$bin" ]; then exit 0; fi
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true; fi
    rm -rf "$dir"; mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=300 -c shared_buffers=256MB -c fsync=on -c synchronous_commit=on" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" stop -m fast >/dev/null 2>&1 || true; fi
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
