#!/usr/bin/env bash
# Honesty check: wrk and the runner (closed model, lean client) against the same echo-server process with the
# same number of connections and the same duration, alternating, ROUNDS times. Prints one line per measurement.
# Needs wrk (Debian: apt-get install -y wrk). Loopback only.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
load="$here/../load.sh"
conns="${CONNS:-64}"; threads="${THREADS:-2}"; duration="${DURATION:-10}"; port="${PORT:-0}"; rounds="${ROUNDS:-3}"
out="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install -y wrk)"; exit 2; }

# Port 0 (default): the echo server binds a free port itself and reports it in a URL file (no race for the port).
"$load" echo-server --port "$port" --url-file "$out/url" >"$out/echo-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 600); do [[ -s "$out/url" ]] && break; kill -0 "$server" 2>/dev/null || { cat "$out/echo-server.log"; exit 2; }; sleep 0.1; done
[[ -s "$out/url" ]] || { echo "the echo server did not start"; cat "$out/echo-server.log"; exit 2; }
url="$(cat "$out/url")/"

export LOAD_NO_BUILD=1
# Warm the server (JIT, tiered compilation) before measuring anything.
wrk -t"$threads" -c"$conns" -d3s -s "$here/echo-post.lua" "${url}echo" >/dev/null

echo "tool    round  req/s      p50_ms"
for round in $(seq 1 "$rounds"); do
  wrk -t"$threads" -c"$conns" -d"${duration}s" -s "$here/echo-post.lua" --latency "${url}echo" >"$out/wrk.txt"
  awk -v r="$round" '/Requests\/sec/ {rps=$2} $1=="50%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; p50=v}
       END {printf "wrk     %-6s %-10.0f %.3f\n", r, rps, p50}' "$out/wrk.txt" | tee -a "$out/results.txt"
  "$load" run --profile echo --model closed --concurrency "$conns" --duration "$duration" --warmup 2 \
    --target "$url" --no-progress --out "$out/reports" >"$out/runner.txt"
  awk -v r="$round" -F'[ ,;]+' '/^echo \(closed\)/ {for (i=1;i<=NF;i++) {if ($i=="ok/s") rps=$(i-1); if ($i=="p50" && !p) {p50=$(i+1); p=1}}}
       END {printf "runner  %-6s %-10.0f %.3f\n", r, rps, p50}' "$out/runner.txt" | tee -a "$out/results.txt"
done

# Medians per tool and the runner/wrk ratios (the issue asks for agreement within 10%).
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
wrk_rps=$(awk '$1=="wrk" {print $3}' "$out/results.txt" | median)
run_rps=$(awk '$1=="runner" {print $3}' "$out/results.txt" | median)
wrk_p50=$(awk '$1=="wrk" {print $4}' "$out/results.txt" | median)
run_p50=$(awk '$1=="runner" {print $4}' "$out/results.txt" | median)
awk -v a="$wrk_rps" -v b="$run_rps" -v c="$wrk_p50" -v d="$run_p50" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "median  wrk %.0f req/s p50 %.3f ms | runner %.0f req/s p50 %.3f ms | runner/wrk throughput %.3f, p50 %.3f | load avg %s\n", a, c, b, d, b/a, d/c, load }'
