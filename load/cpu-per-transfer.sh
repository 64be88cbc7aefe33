#!/usr/bin/env bash
# Where the CPU goes per transfer (issues 3 and 11, "profile it"): starts an engine on the embedded store in a fresh
# temporary data dir, drives it with `load run --profile transfer-steady --model closed --target …`, and over a window
# that lies wholly inside the load phase reads from /proc: the engine's and the runner's CPU time, the machine's busy
# and idle time, the engine's disk writes, and the postings the ledger committed (GET /sim/v1/ledger/stats). Prints
# µs of CPU per committed transfer for each process, so a change to the transfer path can be judged by what it costs
# rather than by a throughput figure that moves with whatever else the machine is doing.
#
#   load/cpu-per-transfer.sh [engine arguments...]      e.g. load/cpu-per-transfer.sh --Store:SqliteSynchronous=NORMAL
#
# Environment: WINDOW (s, default 10), SETTLE (s after the first 1 000 postings before the window opens, default 10),
# CONCURRENCY (default 64), WALLETS (default 1000), PERF=1 records `perf record -g` of the engine over the window into
# $OUT/engine.perf (needs perf; the engine then writes a perf map so managed frames have names). Linux only (/proc).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
window="${WINDOW:-10}"; settle="${SETTLE:-10}"; concurrency="${CONCURRENCY:-64}"; wallets="${WALLETS:-1000}"
[[ -r /proc/self/stat ]] || { echo "needs Linux /proc"; exit 2; }
for arg in "$@"; do
  case "$arg" in --store|--store=*|--Store:Store*) echo "cpu-per-transfer.sh measures the embedded SQLite store only (a fresh data dir per run); use bench ledger --store for PostgreSQL"; exit 2 ;; esac
done
if [[ "${LOAD_NO_BUILD:-}" != "1" ]]; then
  dotnet build "$here/../engine/EclipseConformance.Engine/EclipseConformance.Engine.csproj" -c Release -nologo -v q >/dev/null
  dotnet build "$here/EclipseConformance.Load/EclipseConformance.Load.csproj" -c Release -nologo -v q >/dev/null
fi
engine_dll="$here/../engine/EclipseConformance.Engine/bin/Release/net10.0/EclipseConformance.Engine.dll"
runner_dll="$here/EclipseConformance.Load/bin/Release/net10.0/EclipseConformance.Load.dll"
out="$(mktemp -d /tmp/cpu-per-transfer.XXXXXX)"
password="Cpt-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
engine=""; runner=""
cleanup() {
  [[ -n "$runner" ]] && kill "$runner" 2>/dev/null || true
  [[ -n "$engine" ]] && kill "$engine" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$out/data"
}
trap cleanup EXIT

perf_env=()
[[ -n "${PERF:-}" ]] && perf_env=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
env "${perf_env[@]}" dotnet "$engine_dll" --port 0 --Engine:UrlFile="$out/url" --data-dir "$out/data" --admin-password "$password" \
  --Engine:PrintBanner=false --RateLimiting:Enabled=false "$@" >"$out/engine.log" 2>&1 &
engine=$!
for _ in $(seq 1 600); do [[ -s "$out/url" ]] && break; kill -0 "$engine" 2>/dev/null || { cat "$out/engine.log"; exit 2; }; sleep 0.1; done
[[ -s "$out/url" ]] || { echo "the engine did not start"; tail -20 "$out/engine.log"; exit 2; }
url="$(cat "$out/url")"; url="${url%/}"

postings() {
  local stats
  stats="$(curl -sf -u "admin:$password" "$url/sim/v1/ledger/stats")" || { echo "GET /sim/v1/ledger/stats failed (engine log: $out/engine.log)" >&2; exit 2; }
  sed -E 's/.*"postings":([0-9]+).*/\1/' <<<"$stats"
}
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
machine() { awk '/^cpu /{print $2+$3+$4+$7+$8, $5+$6}' /proc/stat; }
io_field() { awk -v f="$2" '$1==f":"{print $2}' "/proc/$1/io"; }

dotnet "$runner_dll" run --profile transfer-steady --target "$url/" --admin-password "$password" --model closed \
  --concurrency "$concurrency" --wallets "$wallets" --duration $((window + settle + 15)) --warmup 3 --no-echo-baseline \
  --no-progress --verify sample:50 --out "$out/reports" >"$out/runner.log" 2>&1 &
runner=$!

start="$(postings)"
until (( $(postings) > start + 1000 )); do
  kill -0 "$runner" 2>/dev/null || { echo "the runner stopped before the load phase"; tail -20 "$out/runner.log"; exit 2; }
  sleep 0.5
done
sleep "$settle"
runner_pid="$(pgrep -P "$runner" -f EclipseConformance.Load.dll || echo "$runner")"

read -r busy0 idle0 < <(machine); e0=$(cpu_ticks "$engine"); r0=$(cpu_ticks "$runner_pid"); w0=$(io_field "$engine" write_bytes); p0=$(postings); t0=$(date +%s%N)
if [[ -n "${PERF:-}" ]]; then
  perf record -e cpu-clock -F 499 -g -p "$engine" -o "$out/engine.perf" -- sleep "$window" 2>/dev/null
else
  sleep "$window"
fi
read -r busy1 idle1 < <(machine); e1=$(cpu_ticks "$engine"); r1=$(cpu_ticks "$runner_pid"); w1=$(io_field "$engine" write_bytes); p1=$(postings); t1=$(date +%s%N)
stats="$(curl -sf -u "admin:$password" "$url/sim/v1/ledger/stats")"
wait "$runner" || true; runner=""

hz="$(getconf CLK_TCK)"
awk -v dt="$(( (t1 - t0) / 1000000 ))" -v p="$(( p1 - p0 ))" -v e="$(( e1 - e0 ))" -v r="$(( r1 - r0 ))" -v hz="$hz" \
    -v busy="$(( busy1 - busy0 ))" -v idle="$(( idle1 - idle0 ))" -v w="$(( w1 - w0 ))" 'BEGIN {
  s = dt / 1000; if (p <= 0) { print "no postings in the window"; exit 1 }
  printf "window %.1f s: %d transfers committed, %.0f/s\n", s, p, p / s
  printf "engine  %.2f cores, %4.0f us CPU per transfer\n", e / hz / s, e / hz * 1e6 / p
  printf "runner  %.2f cores, %4.0f us CPU per transfer\n", r / hz / s, r / hz * 1e6 / p
  printf "machine %.2f cores busy, %.2f idle (%4.0f us busy per transfer)\n", busy / hz / s, idle / hz / s, busy / hz * 1e6 / p
  printf "engine disk writes %.1f KiB per transfer\n", w / 1024 / p
}'
echo "ledger writer: $stats"
grep -E "transfer \(closed\)" "$out/runner.log" || tail -5 "$out/runner.log"
[[ -n "${PERF:-}" ]] && echo "perf profile: $out/engine.perf (perf report -i $out/engine.perf --no-children --sort dso,sym)"
echo "logs: $out"
