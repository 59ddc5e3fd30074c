#!/usr/bin/env bash
# Runs make targets at the same time, each printed whole when it ends, with the time it
# took; fails if any fails. The Rust tests and the end-to-end tests each leave cores idle at
# times (waiting on PostgreSQL, on the browser, on timers) that the other fills.
#   scripts/side-by-side.sh test-rust test-e2e
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
declare -A running started_at
for target in "$@"; do
  started_at[$target]=$(date +%s)
  # Each make keeps its own job slots: slots shared with the other would leave a compiler a
  # single thread while the other only runs tests.
  env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make --no-print-directory "$target" \
    >"$logs/$target" 2>&1 &
  running[$!]=$target
done

failed=0
while [ ${#running[@]} -gt 0 ]; do
  wait -n -p ended
  status=$?
  target=${running[$ended]}
  unset "running[$ended]"
  cat "$logs/$target"
  if [ "$status" -eq 0 ]; then
    echo "==> make $target: $(($(date +%s) - started_at[$target])) s"
  else
    echo "==> make $target: failed after $(($(date +%s) - started_at[$target])) s"
    failed=1
  fi
done
exit "$failed"
