#!/usr/bin/env bash
# wrk against the WireMock.Net static stub (issues 3 and 11: "a WireMock.Net static stub with default settings ≈ 20k
# req/s (p99 ≈ 120 ms)" with wrk -t2 -c64). Starts `load wiremock-stub` as its own process on a port it binds itself,
# warms it with wrk for WARMUP seconds (20: WireMock.Net needs 15–20 s of traffic to reach its steady throughput here),
# runs wrk ROUNDS times with transfer-post.lua and prints req/s, p50, p99 and the load average per round.
# The stub keeps running between rounds, so its request log (default settings: every request kept) grows across them.
# Needs wrk (Debian: apt-get install -y wrk). Loopback only.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
load="$here/../load.sh"
conns="${CONNS:-64}"; threads="${THREADS:-2}"; duration="${DURATION:-10}"; rounds="${ROUNDS:-1}"; warmup="${WARMUP:-20}"
out="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install -y wrk)"; exit 2; }

"$load" wiremock-stub --port 0 --url-file "$out/url" >"$out/stub.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 600); do [[ -s "$out/url" ]] && break; kill -0 "$server" 2>/dev/null || { cat "$out/stub.log"; exit 2; }; sleep 0.1; done
[[ -s "$out/url" ]] || { echo "the stub did not start"; cat "$out/stub.log"; exit 2; }
url="$(cat "$out/url")/eclipse-conductor/rest/v1/tenants/1001/wallets/transfers"
echo "stub: $url"

# Warm the stub (JIT, tiered compilation) before measuring.
if [[ "$warmup" != "0" ]]; then wrk -t"$threads" -c"$conns" -d"${warmup}s" -s "$here/transfer-post.lua" "$url" >/dev/null; fi

ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; printf "%.3f", v}'; }
echo "round  req/s      p50_ms   p99_ms    non2xx  load_avg_before -> after"
for round in $(seq 1 "$rounds"); do
  before="$(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"$threads" -c"$conns" -d"${duration}s" -s "$here/transfer-post.lua" --latency "$url" >"$out/wrk.txt"
  after="$(cut -d' ' -f1-3 /proc/loadavg)"
  rps="$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")"
  p50="$(awk '$1=="50%" {print $2}' "$out/wrk.txt" | ms)"
  p99="$(awk '$1=="99%" {print $2}' "$out/wrk.txt" | ms)"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$out/wrk.txt")"
  printf "%-6s %-10.0f %-8s %-9s %-7s %s -> %s\n" "$round" "$rps" "$p50" "$p99" "${non2xx:-0}" "$before" "$after"
  [[ -n "${VERBOSE:-}" ]] && cat "$out/wrk.txt"
done
