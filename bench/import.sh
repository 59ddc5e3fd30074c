#!/usr/bin/env bash
# An import of 5,000 rows: the timeline's CSV export of synthetic events, cut to its first
# 5,000 rows, uploaded by a signed-in editor. Times the upload with its preview (the file
# read, every row checked by the form's rules and against the database, the page of 5,000
# rows rendered) and then the confirmation (5,000 updates with their audit entries, in one
# transaction). Prints Markdown.
#   bench/import.sh               after `make build`
#   ROWS=10000 bench/import.sh
#   BIN=/elsewhere/release/korea-japan-timeline bench/import.sh   (a build with its own target)
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-target/release/korea-japan-timeline}
PORT=${PORT:-3204}
ROWS=${ROWS:-5000}
BASE="http://127.0.0.1:$PORT"

[ -x "$BIN" ] || { echo "build first: make build" >&2; exit 1; }
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export DATABASE_URL="sqlite://$work/bench.db" LEPTOS_SITE_ADDR="127.0.0.1:$PORT" RUST_LOG=warn

"$BIN" seed-synthetic --events "$ROWS" >/dev/null
printf '%s\n%s\n' "bench passphrase" "bench passphrase" | "$BIN" admin create bench >/dev/null
"$BIN" & server=$!
for _ in $(seq 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.1; done

curl -fs -o "$work/all.csv" "$BASE/api/events.csv"
python3 - "$work/all.csv" "$work/import.csv" "$ROWS" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    csv.writer(out).writerows(rows[: int(sys.argv[3]) + 1])
PY
curl -fs -o /dev/null -c "$work/cookies" -d 'username=bench&password=bench passphrase&next=' \
  "$BASE/login"

# The upload answers with the preview's address; the preview reads and checks the rows.
upload=$(curl -fs -o /dev/null -b "$work/cookies" -F "file=@$work/import.csv;type=text/csv" \
  -w '%{time_total} %{redirect_url}' "$BASE/admin/import")
read -r upload_seconds preview <<<"$upload"
preview_seconds=$(curl -fs -o "$work/preview.html" -b "$work/cookies" -w '%{time_total}' "$preview")
csrf=$(grep -o 'name="csrf" value="[^"]*"' "$work/preview.html" | sed 's/.*value="//; s/"$//')
confirm_seconds=$(curl -fs -o /dev/null -b "$work/cookies" --data-urlencode "csrf=$csrf" \
  -w '%{time_total}' "$preview")

echo "Machine: $(nproc) cores, $(uname -sr); $ROWS rows of synthetic events"
echo
echo "| step | seconds |"
echo "|---|---:|"
printf '| upload (%s KB, read and kept) | %.2f |\n' "$(( $(stat -c %s "$work/import.csv") / 1024 ))" "$upload_seconds"
printf '| preview (every row checked, %s KB of page) | %.2f |\n' "$(( $(stat -c %s "$work/preview.html") / 1024 ))" "$preview_seconds"
printf '| confirmation (every row written, audited) | %.2f |\n' "$confirm_seconds"
