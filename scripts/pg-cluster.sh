#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster, then stop and remove the cluster (also when
# the command fails or is interrupted). The command sees DETENTE_TEST_PG, a SQLAlchemy URL.
#
#   scripts/pg-cluster.sh .venv/bin/pytest -q
#
# PostgreSQL comes from Debian's packages; it is installed when initdb/pg_ctl are missing. initdb
# refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail

find_bin() {
  local dir
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  done
}

bin=$(find_bin)
if [ -z "$bin" ]; then
  echo "pg-cluster: installing PostgreSQL from Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(find_bin)
fi
[ -n "$bin" ] || { echo "pg-cluster: no initdb/pg_ctl after installing postgresql" >&2; exit 1; }

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir=$(mktemp -d /tmp/detente-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null

export DETENTE_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "pg-cluster: PostgreSQL on 127.0.0.1:$port (DETENTE_TEST_PG)" >&2
status=0
"$@" || status=$?
exit "$status"
