#!/usr/bin/env bash
# Distributed run on one machine: two runner agents (two processes) each take half of the arrival rate against
# one echo-server process, start their measured phase at the same wall-clock instant, and their reports are
# merged into one. Usage: load/distributed-demo.sh [RATE] [DURATION_S]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
load="$here/load.sh"
rate="${1:-2000}"; duration="${2:-10}"; port="${PORT:-0}"
out="${OUT:-artifacts/load/distributed-$(date -u +%Y%m%d-%H%M%S)}"
mkdir -p "$out"

dotnet build "$here/EclipseConformance.Load/EclipseConformance.Load.csproj" -c Release -nologo -v q >/dev/null
export LOAD_NO_BUILD=1
# Port 0 (default): the echo server binds a free port itself and reports it in a URL file (no race for the port).
"$load" echo-server --port "$port" --url-file "$out/echo-server.url" >"$out/echo-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do [[ -s "$out/echo-server.url" ]] && break; kill -0 "$server" 2>/dev/null || { cat "$out/echo-server.log"; exit 2; }; sleep 0.1; done
[[ -s "$out/echo-server.url" ]] || { echo "the echo server did not start"; cat "$out/echo-server.log"; exit 2; }
target="$(cat "$out/echo-server.url")/"

start_at=$(( $(date +%s) + 5 ))   # both agents start measuring at this Unix second (after a 2 s warm-up)
for i in 0 1; do
  "$load" run --profile echo --rate "$rate" --duration "$duration" --warmup 2 --target "$target" \
    --agent-index "$i" --agent-count 2 --start-at "$start_at" --no-progress --out "$out" >"$out/agent$i.log" 2>&1 &
  pids[$i]=$!
done
status=0
for i in 0 1; do wait "${pids[$i]}" || status=$?; cat "$out/agent$i.log"; done

"$load" merge "$out"/echo-*-agent1of2 "$out"/echo-*-agent2of2 --out "$out" || status=$?
exit "$status"
