#!/usr/bin/env bash
# EclipseConformance: the two commands.
#   ./run.sh [--port N] [--data-dir DIR] [--store ...]   start the simulator (embedded SQLite store by default)
#   ./run.sh test                                          build in Release and run every test
#   ./run.sh load ARGS | ./run.sh bench ledger [--store CONN]   load profiles and the ledger benchmark (load/load.sh)
# More: ./run.sh help
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

engine_dll=engine/EclipseConformance.Engine/bin/Release/net10.0/EclipseConformance.Engine.dll

build() {
  dotnet build EclipseConformance.sln -c Release -nologo -v quiet -clp:NoSummary "$@"
}

usage() {
  cat <<'USAGE'
EclipseConformance — Eclipse provider simulator and contract-test harness

  ./run.sh [engine options]    start the hosted reference engine on http://127.0.0.1:8080
      --port N                 listen port (or ECLIPSE_SIM_PORT)
      --data-dir DIR           embedded SQLite store folder (default ./.eclipse-sim)
      --store CONN             'sqlite' or a PostgreSQL connection string (or ECLIPSE_SIM_STORE)
  ./run.sh test [filter]       build (Release) and run every test project; optional dotnet test --filter expression
  ./run.sh load --profile NAME [--rate N] [--duration S] [--target URL --admin-password PW] [--store CONN] ...
                               run a load profile (transfer-steady, transfer-ramp, payroll-hot-wallet, transfer-retries,
                               mixed, echo) against an engine it starts itself, or --target; './run.sh load --help'
  ./run.sh bench ledger [--store CONN] [--rounds N]
                               the ledger benchmark: echo vs transfers (closed c64), then p99 at 70 % of that rate
  ./run.sh help                this text
USAGE
}

run_tests() {
  build
  mkdir -p artifacts/test-results
  local pg=""
  pg="$(tests/postgres-server.sh start)" || pg=""
  trap 'tests/postgres-server.sh stop' EXIT
  if [ -n "$pg" ]; then
    export ECLIPSE_TEST_POSTGRES="$pg"
    echo "PostgreSQL test server: $pg"
  elif [ "${ECLIPSE_REQUIRE_POSTGRES:-0}" = "1" ]; then
    echo "PostgreSQL is required (ECLIPSE_REQUIRE_POSTGRES=1) but not installed" >&2
    exit 1
  else
    echo "PostgreSQL not installed: PostgreSQL store tests will be skipped (install postgresql to run them)"
  fi
  local filter=()
  if [ $# -gt 0 ]; then filter=(--filter "$1"); fi
  dotnet test EclipseConformance.sln -c Release --no-build -nologo \
    --logger "trx;LogFilePrefix=results" --results-directory artifacts/test-results "${filter[@]}"
}

case "${1:-}" in
  test) shift; run_tests "$@" ;;
  load) shift; exec load/load.sh "$@" ;;
  bench) shift; exec load/load.sh bench "$@" ;;
  help|-h|--help) usage ;;
  ""|--*) build; exec dotnet "$engine_dll" "$@" ;;
  *) echo "Unknown command '$1'" >&2; usage >&2; exit 2 ;;
esac
