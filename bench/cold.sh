#!/usr/bin/env bash
# Views nobody asked for before, at scale: 100,000 synthetic events on top of the curated ones,
# then 150 distinct filters (categories, actors, date ranges, words in three scripts among them
# two-character Korean and Japanese words, pages 1–3; timeline pages and the API), each asked
# for once, one after another, so none is served from a cache (asking for brotli, as browsers
# do, which the server then makes for the page it keeps). Prints the cold latencies'
# percentiles and the slowest views; then eight identical cold requests at once, which the
# server computes once. Prints Markdown.
#   bench/cold.sh               after `make build`
#   EVENTS=10000 bench/cold.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=target/release/korea-japan-timeline
PORT=${PORT:-3202}
EVENTS=${EVENTS:-100000}
BASE="http://127.0.0.1:$PORT"

source bench/common.sh

"$BIN" seed-synthetic --events "$EVENTS" >/dev/null
start_server

# The server's own first request pays once for what every view shares (the counts of the
# whole timeline, its periods): made here by the unfiltered timeline, which is not in the sweep.
curl -fs -o /dev/null "$BASE/"
sorted=$(sweep "$BASE")
count=$(wc -l <<<"$sorted")
at() { sed -n "$(( ($1 * count + 99) / 100 ))p" <<<"$sorted" | cut -d' ' -f1; }

echo "Machine: $(machine); $EVENTS synthetic events and the curated ones; each view asked for once"
echo
echo "| views | p50 ms | p90 ms | p99 ms | max ms |"
echo "|---:|---:|---:|---:|---:|"
echo "| $count | $(at 50) | $(at 90) | $(at 99) | $(tail -1 <<<"$sorted" | cut -d' ' -f1) |"
echo
echo "Slowest five:"
echo
tail -5 <<<"$sorted" | tac | awk '{ printf "- %s ms `%s`\n", $1, $2 }'

# Eight readers asking for one new view at the same moment.
view="/?actor=UN&category=society&from=1950&to=1999"
started=$(date +%s.%N)
pids=()
for _ in $(seq 8); do curl -fs -H "Accept-Encoding: br" -o /dev/null "$BASE$view" & pids+=($!); done
wait "${pids[@]}"
together=$(echo "($(date +%s.%N) - $started) * 1000" | bc -l)
alone=$(curl -fs -H "Accept-Encoding: br" -o /dev/null -w '%{time_total}' "$BASE/?actor=UN&category=society&from=1950&to=1998" | awk '{ printf "%.1f", $1 * 1000 }')
echo
printf 'Eight identical cold requests at once: all answered in %.0f ms; one cold request of a like view alone: %s ms.\n' "$together" "$alone"
