#!/usr/bin/env bash
# The server under load, on the curated data: wrk at 64 connections against the timeline (in
# English, Korean and Japanese), a permanent page, a filtered API query, an embed, a feed, the
# two exports and a static file, in one run, so the ratios compare like with like; the server's memory at rest and at its peak; and what a first visit
# to the timeline transfers in each language, measured in headless Chromium. Prints a Markdown table.
#   bench/serve.sh                   after `make build` and `make test-e2e` (for Playwright)
#   DURATION=10s bench/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=target/release/korea-japan-timeline
PORT=${PORT:-3201}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
BASE="http://127.0.0.1:$PORT"

source bench/common.sh

start_server

rss() { awk -v key="$1" '$1 == key":" { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }

permalink=$(curl -fs -o /dev/null -w '%{redirect_url}' "$BASE/events/1")
permalink=${permalink#"$BASE"}
static_file=$(curl -fs "$BASE/" | grep -o '/pkg/[^"]*\.css' | head -1)
REQUESTS=(
  "/"
  "/ko/"
  "/ja/"
  "$permalink"
  "/api/events?category=trade&from=1950&to=1990"
  "/ko/embed?category=trade"
  "/feed.atom"
  "/api/events.csv"
  "/api/timelinejs.json?lang=ko"
  "$static_file"
)
# Warm up each once, as readers before the burst would.
for path in "${REQUESTS[@]}"; do curl -fs -o /dev/null "$BASE$path"; done
at_rest=$(rss VmRSS)

echo "Machine: $(machine); wrk -t2 -c$CONNECTIONS -d$DURATION, Accept-Encoding: br"
echo
echo "| request | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|"
declare -A rate
for path in "${REQUESTS[@]}"; do
  # As browsers ask: compressed, brotli first.
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: br" "$BASE$path")
  rate[$path]=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out" | ms)
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out" | ms)
  errors=$(awk '/Non-2xx|Socket errors/ { n += $NF } END { print n + 0 }' <<<"$out")
  printf '| `%s` | %s | %s | %s | %s |\n' "$path" "${rate[$path]}" "$p50" "$p99" "$errors"
done
peak=$(rss VmHWM)
echo
printf 'Timeline page / static file: %.2f; permanent page / static file: %.2f.\n' \
  "$(echo "${rate[/]} / ${rate[$static_file]}" | bc -l)" \
  "$(echo "${rate[$permalink]} / ${rate[$static_file]}" | bc -l)"
printf 'Korean / English timeline: %.2f; Japanese / English timeline: %.2f.\n' \
  "$(echo "${rate[/ko/]} / ${rate[/]}" | bc -l)" \
  "$(echo "${rate[/ja/]} / ${rate[/]}" | bc -l)"
printf 'Embed / timeline page: %.2f; Atom feed / timeline page: %.2f.\n' \
  "$(echo "${rate[/ko/embed?category=trade]} / ${rate[/]}" | bc -l)" \
  "$(echo "${rate[/feed.atom]} / ${rate[/]}" | bc -l)"
printf 'CSV export (all events, streamed, never kept) / timeline page: %.2f; TimelineJS export / timeline page: %.2f.\n' \
  "$(echo "${rate[/api/events.csv]} / ${rate[/]}" | bc -l)" \
  "$(echo "${rate[/api/timelinejs.json?lang=ko]} / ${rate[/]}" | bc -l)"
echo "Server memory (RSS): ${at_rest} MiB at rest, ${peak} MiB at its peak under load."
# The enhancer (links, filters and the time axis), as every reader's page inlines it.
enhancer=$(curl -fs "$BASE/" | perl -0777 -ne 'print $1 if m{<script type="module">(.*?)</script>}s')
printf 'Enhancer: %.1f KB as inlined, %.1f KB gzipped (-9).\n' \
  "$(echo "$(printf '%s' "$enhancer" | wc -c) / 1024" | bc -l)" \
  "$(echo "$(printf '%s' "$enhancer" | gzip -9c | wc -c) / 1024" | bc -l)"

if [ -d end2end/node_modules/playwright ] || [ -d end2end/node_modules/@playwright ]; then
  echo
  (cd end2end && BASE="$BASE" node ../bench/first-load.mjs)
fi
