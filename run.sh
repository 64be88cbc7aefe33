#!/usr/bin/env bash
# EclipseConformance: the two commands.
#   ./run.sh [--port N] [--data-dir DIR] [--store ...]   start the simulator (embedded SQLite store by default)
#   ./run.sh test                                          build in Release and run every test
#   ./run.sh verify-signature --key K --header H --body-file F [--now-ms N]   check an Eclipse-Signature
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
      --rules DIR              rule files layered over the shipped defaults, hot-reloaded (or ECLIPSE_SIM_RULES)
  ./run.sh test [filter]       build (Release) and run every test project; optional dotnet test --filter expression
  ./run.sh specs [options]     run the executable specification (features/) and write reports to artifacts/specs
      --target URL             run against a running simulator or an Eclipse-compatible endpoint instead of in-process
      --identity ID --password PW   credentials: the simulator admin (control plane), or a tenant user for a sandbox
      --filter EXPR            dotnet test filter, e.g. "Category=transfers" or "Category=sandbox-safe"
  ./run.sh bench rules         Stopwatch benchmark: policy read and rule evaluation cost on the transfer/lookup path
  ./run.sh verify-signature --key K --header 't=..,v1=..' --body-file F [--now-ms N]
                               check a callback's Eclipse-Signature (HMAC-SHA256, 5-minute replay window);
                               exit 0 valid, 1 invalid, 2 usage error ('--body-file -' reads stdin)
  ./run.sh openapi             regenerate docs/openapi/*.json from the engine (commit the result)
  ./run.sh load --profile NAME [--rate N] [--duration S] [--target URL --admin-password PW] [--store CONN] ...
                               run a load profile (transfer-steady, transfer-ramp, payroll-hot-wallet, transfer-retries,
                               mixed, soak, echo) against an engine it starts itself, or --target; './run.sh load --help'
  ./run.sh bench ledger [--store CONN] [--rounds N]
                               the ledger benchmark: echo and WireMock.Net stub vs transfers (closed c64), then p99 at 70 %
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
  # Dozens of in-process engines run at once: without this each watches appsettings.json with its own inotify
  # instance, and Linux allows 128 per user (fs.inotify.max_user_instances) by default.
  export DOTNET_hostBuilder__reloadConfigOnChange=false
  # -m:1: one test project at a time (each already runs its tests in parallel); five at once on two cores turned
  # generous real-time limits (PostgreSQL connects, engine start-up) into flaky timeouts.
  local started=artifacts/test-results/.started
  touch "$started"
  dotnet test EclipseConformance.sln -c Release --no-build -nologo -m:1 \
    --logger "trx;LogFilePrefix=results" --results-directory artifacts/test-results "${filter[@]}"
  # The spec run above wrote its living-documentation page: open that page in Chromium and check it shows every
  # feature with each scenario's result (skipped in the plain solution run, which has no such page to look at).
  if [ artifacts/specs/index.html -nt "$started" ]; then
    echo "Checking the spec run's HTML report in a browser: artifacts/specs/index.html"
    ECLIPSE_SPEC_REPORT="$PWD/artifacts/specs/index.html" dotnet test tests/EclipseConformance.Gherkin.Tests -c Release \
      --no-build -nologo --logger "trx;LogFileName=spec-report.trx" --results-directory artifacts/test-results \
      --filter "FullyQualifiedName~FullRunReportBrowserTests"
  fi
}

run_specs() {
  local target="" identity="" password="" filter=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --target) target="$2"; shift 2 ;;
      --identity) identity="$2"; shift 2 ;;
      --password) password="$2"; shift 2 ;;
      --filter) filter="$2"; shift 2 ;;
      *) echo "Unknown specs option '$1'" >&2; usage >&2; exit 2 ;;
    esac
  done
  build
  local args=(features/EclipseConformance.Features -c Release --no-build -nologo
    --logger "trx;LogFileName=specs.trx" --results-directory artifacts/test-results)
  if [ -n "$filter" ]; then args+=(--filter "$filter"); fi
  if [ -n "$target" ]; then
    export ECLIPSE_SPECS_TARGET="$target" ECLIPSE_SPECS_IDENTITY="$identity" ECLIPSE_SPECS_PASSWORD="$password"
    # One shared target: scenarios that steer its clock must not overlap with others.
    args+=(-- xUnit.ParallelizeTestCollections=false)
  fi
  local code=0
  dotnet test "${args[@]}" || code=$?
  echo "Reports: artifacts/specs/index.html, junit.xml, cucumber-messages.ndjson"
  return $code
}

case "${1:-}" in
  test) shift; run_tests "$@" ;;
  specs) shift; run_specs "$@" ;;
  load) shift; exec load/load.sh "$@" ;;
  bench)
    shift
    if [ "${1:-}" = "rules" ]; then
      dotnet build engine/EclipseConformance.Engine/EclipseConformance.Engine.csproj -c Release -nologo -v quiet -clp:NoSummary
      exec dotnet "$engine_dll" bench rules
    fi
    exec load/load.sh bench "$@" ;;
  verify-signature)
    shift
    # Built once on first use (quietly, to stderr) so scripts can call it repeatedly without a rebuild.
    if [ ! -f "$engine_dll" ]; then
      dotnet build engine/EclipseConformance.Engine/EclipseConformance.Engine.csproj -c Release -nologo -v quiet -clp:NoSummary >&2 || exit 2
    fi
    exec dotnet "$engine_dll" verify-signature "$@" ;;
  openapi)
    build
    ECLIPSE_UPDATE_OPENAPI=1 dotnet test tests/EclipseConformance.Engine.Tests -c Release --no-build -nologo \
      --filter "FullyQualifiedName~OpenApiDocumentsTests" >/dev/null
    git --no-pager diff --stat -- docs/openapi || true ;;
  help|-h|--help) usage ;;
  ""|--*) build; exec dotnet "$engine_dll" "$@" ;;
  *) echo "Unknown command '$1'" >&2; usage >&2; exit 2 ;;
esac
