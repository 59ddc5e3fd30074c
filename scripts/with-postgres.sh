#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster: made in a new folder under
# target/postgres, started on a free local port, named to the command in TEST_DATABASE_URL
# (a superuser's URL, on which the tests make a database each), and stopped and removed when
# the command ends, however it ends.
#   scripts/with-postgres.sh cargo test --test app
#   POSTGRES_DURABLE=1 scripts/with-postgres.sh bench/postgres.sh   (commits flushed to disk)
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed: run scripts/install-tools.sh postgres" >&2
  exit 1
fi
mkdir -p target/postgres
data=$(mktemp -d "$PWD/target/postgres/cluster.XXXXXX")
# initdb refuses to run as root, so the cluster belongs to the postgres user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port=
for candidate in $(shuf -i 20000-60000 -n 20); do
  if ! (: <"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port for PostgreSQL" >&2; exit 1; }

stop() {
  as_owner "$bin/pg_ctl" --pgdata="$data/cluster" --mode=immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT
[ "$(id -u)" = 0 ] && chown postgres "$data"
as_owner "$bin/initdb" --pgdata="$data/cluster" --username=postgres --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 >/dev/null
# Durability is not what the tests check on PostgreSQL: they skip the flushes to disk. A
# benchmark comparing it with SQLite (which flushes) keeps them.
flushes="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ -n "${POSTGRES_DURABLE:-}" ] && flushes=
as_owner "$bin/pg_ctl" --pgdata="$data/cluster" --log="$data/server.log" --wait start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c max_connections=300 $flushes" >/dev/null

TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" "$@"
