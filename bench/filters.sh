#!/usr/bin/env bash
# How the cost of the timeline grows with its data: seeds 1k, 10k and 100k synthetic events
# (on top of the curated ones) and measures, with wrk at 8 connections, the timeline page and
# representative filtered API queries. The body size of the timeline, with its time axis, is
# held to 150 KB uncompressed however many events there are. Prints a Markdown table. The two Korean searches are
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
  "/?from=2019&to=2019"
  "/?category=trade&from=1950&to=1990"
  "/api/events?category=trade&from=1950&to=1990"
  "/api/events?actor=JP&actor=KR&category=security"
  "/api/events?q=export"
  "/api/events?q=%EC%A7%80%EC%86%8C%EB%AF%B8%EC%95%84"
  "/api/events?q=%EC%88%98%EC%B6%9C"
  "/api/events?q=Seoul+treaty&from=2000"
)

source bench/common.sh

echo "Machine: $(machine); wrk -t2 -c$CONNECTIONS -d$DURATION"
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
