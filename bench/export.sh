#!/usr/bin/env bash
# A whole timeline of 100,000 synthetic events (on top of the curated ones) downloaded as CSV,
# which streams 500 events at a time: how long it takes, how large it is, and how much memory
# the server holds for it, against what it held before (its peak, VmHWM, after warming up on
# the timeline page). Prints Markdown.
#   bench/export.sh               after `make build`
#   EVENTS=10000 bench/export.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=target/release/korea-japan-timeline
PORT=${PORT:-3203}
EVENTS=${EVENTS:-100000}
BASE="http://127.0.0.1:$PORT"

source bench/common.sh

"$BIN" seed-synthetic --events "$EVENTS" >/dev/null
start_server

rss() { awk -v key="$1" '$1 == key":" { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }

for path in / /ko/ /api/events; do curl -fs -o /dev/null "$BASE$path"; done
before=$(rss VmHWM)
out=$(curl -fs -o "$work/export.csv" -w '%{time_total} %{size_download}' "$BASE/api/events.csv")
after=$(rss VmHWM)
# Records, not lines: a body's line breaks are quoted inside its record.
rows=$(python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""))) - 1)' "$work/export.csv")

echo "Machine: $(machine); $EVENTS synthetic events and the curated ones"
echo
echo "| export | rows | MB | seconds | server peak before, MiB | server peak after, MiB |"
echo "|---|---:|---:|---:|---:|---:|"
read -r seconds bytes <<<"$out"
printf '| `/api/events.csv` | %s | %.1f | %.1f | %s | %s |\n' \
  "$rows" "$(echo "$bytes / 1048576" | bc -l)" "$seconds" "$before" "$after"
