#!/usr/bin/env bash
# Whether a flood of readers' reports can hurt readers or editors. On the curated data:
#   1. readers load an event's page (8 connections): their p99 alone;
#   2. the same while 32 connections post reports for FLOOD (45 s), each from a new address
#      (the bench trusts X-Forwarded-For, so the per-address limit does not stop them), enough
#      to store 10,000 or more; meanwhile an editor saves an event, which must succeed;
#   3. afterwards, how long the editors' queue takes to show with all of them stored.
# Goals: readers' p99 during the flood at most 100 ms (as during a flood of filters), 10,000
# reports or more stored, and the editor's save answered 303 and published.
# Prints a Markdown table.
#   bench/reports.sh            after `make build`
#   DURATION=30s FLOOD=60s bench/reports.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-target/release/korea-japan-timeline}
PORT=${PORT:-3207}
DURATION=${DURATION:-20s}
FLOOD=${FLOOD:-45s}
BASE="http://127.0.0.1:$PORT"

source bench/common.sh
export TRUST_FORWARDED_FOR=true

"$BIN" migrate >/dev/null
printf '%s\n%s\n' "bench passphrase 1" "bench passphrase 1" | "$BIN" admin create bench >/dev/null
start_server

event=$(curl -fsS -o /dev/null -w '%{redirect_url}' "$BASE/events/1")
event=${event#"$BASE"}
page=$(curl -fsS "$BASE$event/report")
ticket=$(grep -o 'name="ticket" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
# The form's ticket must be a few seconds old before a report is taken.
sleep 4
export REPORT_PATH="$event/report" REPORT_TICKET="$ticket"

run() { wrk -t2 -c"$1" -d"$DURATION" --latency -H "Accept-Encoding: br" "${@:2}"; }
rate() { awk '/^Requests\/sec/ { printf "%.0f", $2 }'; }
p99() { awk '$1 == "99%" { print $2 }' | ms; }
errors() { awk '/Non-2xx|Socket errors/ { n += $NF } END { print n + 0 }'; }
reports() { sqlite3 "$work/bench.db" "SELECT count(*) FROM reports"; }

echo "Machine: $(machine); wrk -t2, readers -d$DURATION, the flood -d$FLOOD, Accept-Encoding: br"
echo
echo "| load | requests/s | p99 ms | errors |"
echo "|---|---:|---:|---:|"
curl -fs -o /dev/null "$BASE$event"
alone=$(run 8 "$BASE$event")
printf '| `%s`, 8 connections, alone | %s | %s | %s |\n' \
  "$event" "$(rate <<<"$alone")" "$(p99 <<<"$alone")" "$(errors <<<"$alone")"

wrk -t2 -c32 -d"$FLOOD" --latency -s bench/lua/reports.lua "$BASE" >"$work/flood.txt" &
flood=$!
sleep 5
run 8 "$BASE$event" >"$work/readers.txt" &
readers=$!
# An editor signs in and saves a new event halfway through the flood.
sleep 5
jar="$work/cookies"
curl -fsS -o /dev/null -c "$jar" -H "Origin: $BASE" \
  --data-urlencode "username=bench" --data-urlencode "password=bench passphrase 1" "$BASE/login"
saved=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" -H "Origin: $BASE" \
  --data-urlencode "title=Saved during a flood of reports" \
  --data-urlencode "summary=An editor's save while readers post reports." \
  --data-urlencode "start=2024-01-01" --data-urlencode "category=diplomacy" \
  --data-urlencode "actor=KR" --data-urlencode "source_publisher=Bench" \
  --data-urlencode "source_headline=Bench" --data-urlencode "source_date=2024-01-01" \
  --data-urlencode "source_url=https://example.org/" --data-urlencode "action=save" \
  "$BASE/admin/events/new")
wait "$readers" "$flood"
queue=$(curl -fsS -o /dev/null -w '%{time_total}' -b "$jar" "$BASE/admin/reports")
flood_out=$(cat "$work/flood.txt")
readers_out=$(cat "$work/readers.txt")
printf '| reports posted, 32 connections | %s | %s | %s |\n' \
  "$(rate <<<"$flood_out")" "$(p99 <<<"$flood_out")" "$(errors <<<"$flood_out")"
printf '| `%s` during the flood, 8 connections | %s | %s | %s |\n' \
  "$event" "$(rate <<<"$readers_out")" "$(p99 <<<"$readers_out")" "$(errors <<<"$readers_out")"
echo
stored=$(reports)
found=$(curl -fsS "$BASE/api/events?q=flood" | grep -c 'Saved during a flood of reports' || true)
echo "Reports stored: $stored (goal ≥ 10000). Readers' p99: $(p99 <<<"$alone") ms alone, $(p99 <<<"$readers_out") ms during the flood (goal ≤ 100)."
echo "The editors' queue with them all: $queue s."
echo "The editor's save during the flood: HTTP ${saved% *} in ${saved#* } s (goal 303), and the event is published: $([ "$found" -gt 0 ] && echo yes || echo no)."
