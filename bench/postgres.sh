#!/usr/bin/env bash
# PostgreSQL beside SQLite, the same build on the same machine: the timeline page and a
# filtered API query from the cache (wrk at 64 connections), editors' saves per second (wrk at
# 8 connections posting the event form), and the cold sweep of bench/cold.sh (150 views nobody
# asked for before) at EVENTS synthetic events. Then on PostgreSQL alone: two servers behind
# nginx (README's block, as the tests use it) against one, and how long a change saved through
# one server takes to show on the other's kept page, with the listener and with the poll alone.
# Prints Markdown. Needs a PostgreSQL server: run it under scripts/with-postgres.sh (make bench
# does, with POSTGRES_DURABLE=1 so that PostgreSQL flushes its commits as SQLite does).
#   POSTGRES_DURABLE=1 scripts/with-postgres.sh bench/postgres.sh       after `make build`
#   EVENTS=10000 DURATION=5s POSTGRES_DURABLE=1 scripts/with-postgres.sh bench/postgres.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TEST_DATABASE_URL:?run it under scripts/with-postgres.sh, which starts a PostgreSQL server}"

BIN=${BIN:-target/release/korea-japan-timeline}
PORT=${PORT:-3204}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
EDITORS=${EDITORS:-8}
EVENTS=${EVENTS:-100000}
ROUNDS=${ROUNDS:-40}
BASE="http://127.0.0.1:$PORT"
OTHER_PORT=$((PORT + 1))
PROXY_PORT=$((PORT + 2))
API="/api/events?category=trade&from=1950&to=1990"
PASSWORD="a benchmark passphrase"

source bench/common.sh
for tool in node psql; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is missing: scripts/install-tools.sh postgres" >&2; exit 1; }

# Servers of our own besides common.sh's one, and nginx: all stopped however the script ends.
servers=()
serve_on() { # DATABASE_URL PORT
  DATABASE_URL=$1 "$BIN" --addr "127.0.0.1:$2" & servers+=($!)
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$2/healthz" >/dev/null && return; sleep 0.1; done
  echo "the server on port $2 did not start" >&2; exit 1
}
stop_servers() {
  [ ${#servers[@]} -gt 0 ] || return 0
  kill "${servers[@]}" 2>/dev/null || true; wait "${servers[@]}" 2>/dev/null || true; servers=()
}
stop_nginx() { [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -f "$work/nginx.pid"; sleep 0.2; }
trap 'stop_nginx || true; stop_servers; cleanup' EXIT

on_postgres() { # NAME: a new database, its URL printed
  psql -qAt "$TEST_DATABASE_URL" -c "CREATE DATABASE $1 ENCODING 'UTF8' TEMPLATE template0" >&2
  echo "${TEST_DATABASE_URL%/*}/$1"
}
# The editor's cookies (the session and the known browser), signed in on the server at $1.
sign_in() {
  curl -fs -o /dev/null -D - -H "Sec-Fetch-Site: same-origin" \
    --data-urlencode username=bench --data-urlencode "password=$PASSWORD" "$1/login" |
    awk 'tolower($1) == "set-cookie:" { split($2, c, ";"); all = all sep c[1]; sep = "; " }
         END { print all }'
}
# An editor's account on the database at $1, signed in on the server at $2: the cookie.
editor_cookie() {
  printf '%s\n%s\n' "$PASSWORD" "$PASSWORD" | DATABASE_URL=$1 "$BIN" admin create bench >/dev/null
  sign_in "$2"
}
# "requests/s p50 p99" of wrk against $1, with the rest of the arguments given to wrk.
measure() {
  local out
  out=$(wrk -t2 --latency -d"$DURATION" "$@")
  if grep -q 'Non-2xx' <<<"$out"; then echo "failed answers: $out" >&2; exit 1; fi
  printf '%s %s %s\n' "$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$out" | ms)" "$(awk '$1 == "99%" { print $2 }' <<<"$out" | ms)"
}
at() { sed -n "$(( ($1 * $(wc -l <<<"$2") + 99) / 100 ))p" <<<"$2" | cut -d' ' -f1; }

# README's proxy block with the servers on $@ (ports), nginx on PROXY_PORT.
start_nginx() {
  local block
  block=$(awk '/\*A proxy in front\*/ { found = 1 } found && /```nginx/ { inside = 1; next }
               inside && /```/ { exit } inside { sub(/^  /, ""); print }' README.md)
  block=${block/"# … listen, server_name and TLS as above …"/"listen 127.0.0.1:$PROXY_PORT;"}
  block=${block/"10.0.0.11:3000"/"127.0.0.1:$1"}
  if [ $# -gt 1 ]; then block=${block/"10.0.0.12:3000"/"127.0.0.1:$2"}
  else block=$(grep -v "10.0.0.12:3000" <<<"$block"); fi
  cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp-body;
  proxy_temp_path $work/tmp-proxy;
  fastcgi_temp_path $work/tmp-fastcgi;
  uwsgi_temp_path $work/tmp-uwsgi;
  scgi_temp_path $work/tmp-scgi;
$block
}
CONF
  "$NGINX" -c "$work/nginx.conf" -e "$work/nginx-error.log"
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$PROXY_PORT/healthz" && return; sleep 0.1; done
  echo "nginx did not start" >&2; exit 1
}

declare -A page api saves cold
for engine in sqlite postgres; do
  if [ "$engine" = sqlite ]; then url="sqlite://$work/curated.db"; else url=$(on_postgres curated); fi
  serve_on "$url" "$PORT"
  cookie=$(editor_cookie "$url" "$BASE")
  curl -fs -o /dev/null "$BASE/"; curl -fs -o /dev/null "$BASE$API"
  page[$engine]=$(measure -c"$CONNECTIONS" -H "Accept-Encoding: br" "$BASE/")
  api[$engine]=$(measure -c"$CONNECTIONS" -H "Accept-Encoding: br" "$BASE$API")
  saves[$engine]=$(COOKIE=$cookie measure -c"$EDITORS" -s bench/lua/save-event.lua "$BASE")
  stop_servers

  if [ "$engine" = sqlite ]; then url="sqlite://$work/cold.db"; else url=$(on_postgres cold); fi
  DATABASE_URL=$url "$BIN" seed-synthetic --events "$EVENTS" >/dev/null
  serve_on "$url" "$PORT"
  # What every view shares is computed once, by the unfiltered timeline (not in the sweep).
  curl -fs -o /dev/null "$BASE/"
  sorted=$(sweep "$BASE")
  cold[$engine]="$(at 50 "$sorted") $(at 99 "$sorted")"
  stop_servers
done

# Two servers on one PostgreSQL database behind nginx, against one.
url="${TEST_DATABASE_URL%/*}/curated"
declare -A proxied
serve_on "$url" "$PORT"
serve_on "$url" "$OTHER_PORT"
cookie=$(sign_in "$BASE")
for behind in one two; do
  if [ "$behind" = one ]; then start_nginx "$PORT"; else start_nginx "$PORT" "$OTHER_PORT"; fi
  proxy="http://127.0.0.1:$PROXY_PORT"
  curl -fs -o /dev/null "$proxy/"
  proxied[$behind-page]=$(measure -c"$CONNECTIONS" -H "Accept-Encoding: br" "$proxy/")
  proxied[$behind-saves]=$(COOKIE=$cookie measure -c"$EDITORS" -s bench/lua/save-event.lua "$proxy")
  stop_nginx
done

# How long a change takes to reach the other server: with the listener, then with the poll
# alone (the writes' trigger no longer announces anything, so the listener hears nothing).
spread_listening=$(node bench/invalidation.mjs "$BASE" "http://127.0.0.1:$OTHER_PORT" "$cookie" "$ROUNDS" 1100)
psql -qAt "$url" >/dev/null <<'SQL'
CREATE OR REPLACE FUNCTION bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE app_state SET value = (value::bigint + 1)::text WHERE key = 'generation';
    RETURN NULL;
END $$;
SQL
spread_polling=$(node bench/invalidation.mjs "$BASE" "http://127.0.0.1:$OTHER_PORT" "$cookie" "$ROUNDS" 1300)
stop_servers

pg_version=$(psql -qAt "$TEST_DATABASE_URL" -c "SHOW server_version")
fsync=$(psql -qAt "$TEST_DATABASE_URL" -c "SHOW fsync")
echo "Machine: $(machine); PostgreSQL $pg_version (fsync $fsync) on the same machine; wrk -t2 -d$DURATION"
echo
echo "| measure | SQLite | PostgreSQL |"
echo "|---|---:|---:|"
row() { # label, the two engines' "rate p50 p99" figures, which of them
  printf '| %s | %s | %s |\n' "$1" "$(cut -d' ' -f"$4" <<<"$2")" "$(cut -d' ' -f"$4" <<<"$3")"
}
row "timeline page from the cache, requests/s (c$CONNECTIONS)" "${page[sqlite]}" "${page[postgres]}" 1
row "timeline page from the cache, p99 ms" "${page[sqlite]}" "${page[postgres]}" 3
row "\`$API\` from the cache, requests/s" "${api[sqlite]}" "${api[postgres]}" 1
row "\`$API\` from the cache, p99 ms" "${api[sqlite]}" "${api[postgres]}" 3
row "saves/s ($EDITORS editors at once)" "${saves[sqlite]}" "${saves[postgres]}" 1
row "a save, p50 ms" "${saves[sqlite]}" "${saves[postgres]}" 2
row "a save, p99 ms" "${saves[sqlite]}" "${saves[postgres]}" 3
row "cold sweep at $EVENTS events, p50 ms" "${cold[sqlite]}" "${cold[postgres]}" 1
row "cold sweep at $EVENTS events, p99 ms" "${cold[sqlite]}" "${cold[postgres]}" 2
echo
echo "PostgreSQL, through nginx (README's block):"
echo
echo "| behind nginx | timeline page requests/s | p99 ms | saves/s | a save p99 ms |"
echo "|---|---:|---:|---:|---:|"
for behind in one two; do
  read -r rate _ p99 <<<"${proxied[$behind-page]}"
  read -r srate _ sp99 <<<"${proxied[$behind-saves]}"
  label="one server"; [ "$behind" = two ] && label="two servers"
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$rate" "$p99" "$srate" "$sp99"
done
echo
echo "A change saved through one server, shown on the other's kept page ($ROUNDS saves each), ms:"
echo
echo "| | p50 | p99 | max |"
echo "|---|---:|---:|---:|"
read -r p50 p99 max <<<"$spread_listening"; echo "| with the listener | $p50 | $p99 | $max |"
read -r p50 p99 max <<<"$spread_polling"; echo "| the poll alone | $p50 | $p99 | $max |"
