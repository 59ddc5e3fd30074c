#!/usr/bin/env bash
# How the cost of the timeline grows with its data: seeds 1k, 10k and 100k synthetic events
# (on top of the curated ones) and measures, with wrk at 8 connections, the timeline page and
# representative filtered API queries. Prints a Markdown table. The two Korean searches are
# 지소미아 (four characters, served by the trigram index) and 수출 (two characters, which a
# trigram index cannot serve: a scan).
#   bench/filters.sh            after `make build`
#   DURATION=30s bench/filters.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=target/release/korea-japan-timeline
PORT=${PORT:-3200}
DURATION=${DURATION:-10s}
CONNECTIONS=8
BASE="http://127.0.0.1:$PORT"
QUERIES=(
  "/"
  "/?category=trade&from=1950&to=1990"
  "/api/events?category=trade&from=1950&to=1990"
  "/api/events?actor=JP&actor=KR&category=security"
  "/api/events?q=export"
  "/api/events?q=%EC%A7%80%EC%86%8C%EB%AF%B8%EC%95%84"
  "/api/events?q=%EC%88%98%EC%B6%9C"
  "/api/events?q=Seoul+treaty&from=2000"
)

[ -x "$BIN" ] || { echo "build first: make build" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export DATABASE_URL="sqlite://$work/bench.db" LEPTOS_SITE_ADDR="127.0.0.1:$PORT" RUST_LOG=warn

start_server() {
  "$BIN" & server=$!
  for _ in $(seq 100); do curl -fs "$BASE/healthz" >/dev/null && return; sleep 0.1; done
  echo "the server did not start" >&2; exit 1
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }

# wrk prints latencies as 812.00us, 1.23ms or 1.02s; report milliseconds.
ms() { awk '{ v = $1; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else if (v ~ /s$/) v = v * 1000; printf "%.2f", v }'; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); wrk -t2 -c$CONNECTIONS -d$DURATION"
echo
echo "| synthetic events | request | first request ms | requests/s | p50 ms | p99 ms | errors | body KB (uncompressed) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
seeded=0
seeding=""
for total in 1000 10000 100000; do
  started=$(date +%s.%N)
  "$BIN" seed-synthetic --events $((total - seeded)) >/dev/null
  seeding+="$(printf '%s → %s events: %.1f s; ' "$((total - seeded))" "$total" "$(echo "$(date +%s.%N) - $started" | bc)")"
  start_server
  for query in "${QUERIES[@]}"; do
    # The first request finds the answer; later ones are served from the cache until the
    # data changes.
    read -r size first < <(curl -fs -o /dev/null -w '%{size_download} %{time_total}\n' "$BASE$query" || echo "0 0")
    out=$(wrk -t2 -c$CONNECTIONS -d"$DURATION" --latency "$BASE$query")
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out" | ms)
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out" | ms)
    errors=$(awk '/Non-2xx|Socket errors/ { n += $NF } END { print n + 0 }' <<<"$out")
    printf '| %s | `%s` | %.1f | %s | %s | %s | %s | %.0f |\n' "$total" "$query" "$(echo "$first * 1000" | bc -l)" "$rps" "$p50" "$p99" "$errors" "$(echo "$size / 1024" | bc -l)"
  done
  stop_server
  seeded=$total
done
echo
echo "Seeding (\`seed-synthetic\`, adding): $seeding"
