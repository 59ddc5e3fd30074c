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
