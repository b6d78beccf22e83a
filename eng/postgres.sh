#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL cluster for the tests, on a loopback port, in a temp folder.
#   eng/postgres.sh start  -> prints the connection string for ATTACHE_TEST_POSTGRES
#   eng/postgres.sh stop
# Needs Debian's postgresql package (installed by .ci/run) and root (initdb runs as the postgres user).
set -euo pipefail
PGPORT=${PGPORT:-55433}
STATE=${PGSTATE:-/tmp/attache-pg}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
case "${1:-start}" in
  start)
    if [ -f "$STATE/data/postmaster.pid" ]; then
      runuser -u postgres -- "$PGBIN/pg_ctl" -D "$STATE/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$STATE"; mkdir -p "$STATE"; chown postgres:postgres "$STATE"
    runuser -u postgres -- "$PGBIN/initdb" -D "$STATE/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$STATE/initdb.log"
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w -t 60 \
      -o "-p $PGPORT -k $STATE -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
    echo "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Include Error Detail=true"
    ;;
  stop)
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$STATE/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$STATE"
    ;;
esac
