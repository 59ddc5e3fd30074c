# Shared by the benchmark scripts, which set BIN, PORT and BASE before sourcing it: checks the
# tools, a fresh database in a temporary folder, starting and stopping the server, and wrk's
# latencies in milliseconds.

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

machine() { echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"; }

# Percent-encodes every byte: what a browser sends for the non-ASCII ones, and harmless for the rest.
enc() { printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n' | sed 's/../%&/g'; }

# The 150 views of the cold sweep (bench/cold.sh, bench/postgres.sh), into the array `views`:
# categories, actors, date ranges, words in three scripts among them two-character Korean and
# Japanese words, pages 1–3; timeline pages and the API.
sweep_views() {
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
}

# Asks for each of the sweep's views once from $1, one after another (asking for brotli, as
# browsers do); prints "milliseconds view" a line, fastest first.
sweep() {
  local view ms
  sweep_views
  for view in "${views[@]}"; do
    ms=$(curl -fs -H "Accept-Encoding: br" -o /dev/null -w '%{time_total}' "$1$view" | awk '{ printf "%.1f", $1 * 1000 }')
    echo "$ms $view"
  done | sort -n
}
