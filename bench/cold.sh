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

# Percent-encodes every byte: what a browser sends for the non-ASCII ones, and harmless for the rest.
enc() { printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n' | sed 's/../%&/g'; }
views=()
for category in history legal trade security diplomacy society; do
  views+=("/?category=$category" "/api/events?category=$category&page=2")
done
for actor in KR JP US CN KP WTO UN; do
  views+=("/?actor=$actor" "/api/events?actor=$actor&page=2" "/?actor=$actor&page=3")
done
for decade in 1900 1910 1920 1930 1940 1950 1960 1970 1980 1990 2000 2010 2020; do
  views+=("/?from=$decade&to=$((decade + 9))" "/api/events?from=$decade&page=2")
done
for word in treaty export summit Seoul Tokyo ruling fisheries tariff accord dialogue \
  수출 한일 징용 정상 회담 협상 무역 배상 독도 판결 \
  輸出 日韓 首脳 会談 交渉 貿易 賠償 判決 竹島 規制 \
  지소미아 강제징용 정상회담 徴用工 安全保障 首脳会談; do
  q=$(enc "$word")
  views+=("/?q=$q" "/api/events?q=$q&page=2")
done
for actor in JP KR; do
  for category in trade security diplomacy; do
    views+=("/?actor=$actor&category=$category&from=1990" "/api/events?actor=$actor&category=$category&page=3")
  done
done
views+=("/?q=$(enc 수출)&actor=JP" "/?q=$(enc 輸出)&category=trade&from=2000" "/?q=export&actor=KR&page=2")
views+=("/?category=trade&category=legal" "/api/events?actor=KP&actor=CN" "/?from=1945-08&to=1965-06")
views+=("/?q=GSOMIA" "/ko/?category=security&page=2" "/ja/?q=$(enc 輸出)")
views=("${views[@]:0:150}")

# The server's own first request pays once for what every view shares (the counts of the
# whole timeline, its periods): made here by the unfiltered timeline, which is not in the sweep.
curl -fs -o /dev/null "$BASE/"
times=()
for view in "${views[@]}"; do
  ms=$(curl -fs -H "Accept-Encoding: br" -o /dev/null -w '%{time_total}' "$BASE$view" | awk '{ printf "%.1f", $1 * 1000 }')
  times+=("$ms $view")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
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
