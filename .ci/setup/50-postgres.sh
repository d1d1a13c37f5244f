# Crawl state in PostgreSQL (src/Extractor.Worker/State): a private cluster for the tests, in a temporary folder,
# on 127.0.0.1 and a free port, stopped and removed when .ci/run exits. The server refuses to run as root, so it runs
# as the `postgres` user that Debian's package creates. A connection string already in EXTRACTOR_POSTGRES is used
# as it is (a developer's own server) and nothing is started.
# Sourced by .ci/run; also usable by hand: `source .ci/setup/50-postgres.sh` (then stop it with the printed command).
if ! type ci_on_exit >/dev/null 2>&1; then
  ci_on_exit() { echo "50-postgres: to stop the cluster later: $1"; }
fi
if ! type ci_apt_install >/dev/null 2>&1; then
  ci_apt_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; }
fi

if [ -z "${EXTRACTOR_POSTGRES:-}" ]; then
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    ci_apt_install postgresql
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/extractor-pg.XXXXXX")
  pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pg_password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  mkdir -p "$pg_dir/socket"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$pg_dir"
    pg_as() { runuser -u postgres -- "$@"; }
  else
    pg_as() { "$@"; }
  fi
  pg_as "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; return 1 2>/dev/null || exit 1; }
  # A test cluster: durability off (it is thrown away), enough connections for several worker processes' pools.
  pg_as "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
    -o "-p $pg_port -k $pg_dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    >/dev/null || { cat "$pg_dir/server.log" >&2; return 1 2>/dev/null || exit 1; }
  ci_on_exit "runuser -u postgres -- '$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate -w stop >/dev/null 2>&1 || '$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate -w stop >/dev/null 2>&1; rm -rf '$pg_dir'"
  pg_as "$pg_bin/psql" -h "$pg_dir/socket" -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE extractor LOGIN SUPERUSER PASSWORD '$pg_password'"
  export EXTRACTOR_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=extractor;Password=$pg_password;Database=postgres"
  echo "50-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_dir)"
  unset -f pg_as
  unset pg_password
fi
# The PostgreSQL tests fail instead of skipping when this is set.
export EXTRACTOR_REQUIRE_POSTGRES=1
