#!/usr/bin/env bash
# Whether the page cache can be turned against the site. Two measures, on the curated data:
#   1. junk parameters: `/` with a new tracking tag on every request, against plain `/`;
#      the view is the same, so the rate should be close (goal: at least half);
#   2. a flood of distinct valid filters (32 connections, nearly every one a new render)
#      while 8 readers load `/`: their p99 (goal: at most 100 ms).
# Prints a Markdown table.
#   bench/cache.sh            after `make build`
#   DURATION=30s bench/cache.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=target/release/korea-japan-timeline
PORT=${PORT:-3202}
DURATION=${DURATION:-15s}
BASE="http://127.0.0.1:$PORT"

source bench/common.sh

start_server
curl -fs -o /dev/null "$BASE/"

run() { wrk -t2 -c"$1" -d"$DURATION" --latency -H "Accept-Encoding: br" "${@:2}"; }
rate() { awk '/^Requests\/sec/ { printf "%.0f", $2 }'; }
p99() { awk '$1 == "99%" { print $2 }' | ms; }
errors() { awk '/Non-2xx|Socket errors/ { n += $NF } END { print n + 0 }'; }

echo "Machine: $(machine); wrk -t2 -d$DURATION, Accept-Encoding: br"
echo
echo "| load | requests/s | p99 ms | errors |"
echo "|---|---:|---:|---:|"
plain=$(run 64 "$BASE/")
printf '| `/`, 64 connections | %s | %s | %s |\n' "$(rate <<<"$plain")" "$(p99 <<<"$plain")" "$(errors <<<"$plain")"
junk=$(run 64 -s bench/lua/junk-params.lua "$BASE")
printf '| `/?utm_source=…&x=…` (new junk each time), 64 connections | %s | %s | %s |\n' \
  "$(rate <<<"$junk")" "$(p99 <<<"$junk")" "$(errors <<<"$junk")"

run 32 -s bench/lua/distinct-filters.lua "$BASE" >"$work/flood.txt" &
flood=$!
sleep 1
readers=$(run 8 "$BASE/")
wait "$flood"
flood_out=$(cat "$work/flood.txt")
printf '| flood of distinct filters, 32 connections | %s | %s | %s |\n' \
  "$(rate <<<"$flood_out")" "$(p99 <<<"$flood_out")" "$(errors <<<"$flood_out")"
printf '| `/` during the flood, 8 connections | %s | %s | %s |\n' \
  "$(rate <<<"$readers")" "$(p99 <<<"$readers")" "$(errors <<<"$readers")"
echo
printf 'Junk-parameter rate / plain rate: %.2f (goal ≥ 0.5). Readers'"'"' p99 during the flood: %s ms (goal ≤ 100).\n' \
  "$(echo "$(rate <<<"$junk") / $(rate <<<"$plain")" | bc -l)" "$(p99 <<<"$readers")"
