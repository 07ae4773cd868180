#!/usr/bin/env bash
# One machine, two commands:
#   deploy/local.sh run    install what is missing, start a private PostgreSQL in .data/postgres, migrate, seed the
#                          demo provinces, serve http://127.0.0.1:5000 and print the demo accounts
#   deploy/local.sh test   the whole test suite, browser journeys included (the tests start their own throwaway
#                          PostgreSQL and use Debian's chromium; nginx-light is installed when missing, for the
#                          two-instance test)
#   deploy/local.sh stop   stop the private PostgreSQL
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/.data"
PGDATA="$DATA/postgres"
PGPORT="${TDKT_PG_PORT:-55432}"
APP_HOST=127.0.0.1
APP_PORT="${TDKT_APP_PORT:-5000}"
WEB="$ROOT/src/ThiDuaKhenThuong.Web"
CONFIGURATION=Release

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'Lỗi / error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

missing_packages() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql postgresql-contrib)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if command -v dpkg-query >/dev/null; then
    dpkg-query -W -f='${Status}' fonts-liberation2 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-liberation2)
    dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-core)
  fi
  echo "${missing[@]:-}"
}

install_prerequisites() {
  command -v dotnet >/dev/null || die "cần .NET SDK 10 (dotnet) trên PATH / the .NET 10 SDK must be on PATH."
  local missing
  missing="$(missing_packages)"
  if [ -n "${missing// /}" ]; then
    say "Cài đặt / installing: $missing"
    if command -v apt-get >/dev/null; then
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing \
        || { as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing; } \
        || echo "Không cài được $missing; PDF có thể không hoạt động / could not install $missing" >&2
    else
      echo "Không có apt-get: hãy tự cài $missing / no apt-get: install $missing yourself" >&2
    fi
  fi
  [ -n "$(pg_bin)" ] || die "chưa có PostgreSQL (/usr/lib/postgresql/*/bin) / PostgreSQL is not installed."
}

# Runs a PostgreSQL binary as the postgres user when we are root (initdb refuses root).
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  local bin; bin="$(pg_bin)"
  mkdir -p "$DATA"
  chmod 755 "$DATA"
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    say "Khởi tạo PostgreSQL riêng trong .data/postgres / initialising a private PostgreSQL cluster"
    rm -rf "$PGDATA"
    if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres -m 700 "$PGDATA"; fi
    pg_run "$bin/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if pg_run "$bin/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    say "PostgreSQL đang chạy trên cổng $PGPORT / already running"
    return
  fi
  if port_busy "$PGPORT"; then
    die "cổng $PGPORT đang bị chương trình khác dùng; đặt TDKT_PG_PORT=<cổng khác> / port $PGPORT is busy: set TDKT_PG_PORT."
  fi
  say "Khởi động PostgreSQL trên 127.0.0.1:$PGPORT / starting PostgreSQL"
  pg_run "$bin/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1" start >/dev/null \
    || die "PostgreSQL không khởi động được; xem $PGDATA/server.log / PostgreSQL did not start, see the log."
}

stop_postgres() {
  local bin; bin="$(pg_bin)" || true
  if [ -n "${bin:-}" ] && [ -f "$PGDATA/PG_VERSION" ]; then
    pg_run "$bin/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 && say "Đã dừng PostgreSQL / stopped" || say "PostgreSQL không chạy / not running"
  fi
}

app_env() {
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$PGPORT;Database=tdkt;Username=tdkt_app;Password=tdkt_app_dev"
  export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$PGPORT;Database=tdkt;Username=tdkt_owner;Password=tdkt_owner_dev"
  export Files__Root="$DATA/files"
  export ConnectionStrings__Admin="Host=127.0.0.1;Port=$PGPORT;Database=postgres;Username=postgres"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
}

run() {
  install_prerequisites
  start_postgres
  app_env
  say "Biên dịch / building"
  dotnet build "$WEB" -c "$CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly
  local dll="bin/$CONFIGURATION/net10.0/ThiDuaKhenThuong.Web.dll"
  cd "$WEB"
  say "Tạo vai trò, cơ sở dữ liệu, cập nhật cấu trúc, nạp dữ liệu mẫu / roles, database, migrations, demo data"
  dotnet "$dll" init-db
  dotnet "$dll" migrate
  dotnet "$dll" seed-demo
  if port_busy "$APP_PORT"; then
    die "cổng $APP_PORT đang bận (có thể ứng dụng đã chạy); đặt TDKT_APP_PORT=<cổng khác> / port $APP_PORT is busy."
  fi
  say "Cổng thông tin: http://$APP_HOST:$APP_PORT  (Ctrl+C để dừng / to stop; PostgreSQL keeps running: deploy/local.sh stop)"
  exec dotnet "$dll" --urls "http://$APP_HOST:$APP_PORT"
}

run_tests() {
  install_prerequisites
  # The two-instance test (TwoInstancesTests) puts nginx in front of two app instances.
  if ! [ -x /usr/sbin/nginx ] && command -v apt-get >/dev/null; then
    say "Cài đặt / installing: nginx-light"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light \
      || { as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light; } \
      || echo "Không cài được nginx-light / could not install nginx-light" >&2
  fi
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  local results="$DATA/test-results"
  rm -rf "$results"
  mkdir -p "$results"
  # Browser journeys save a screenshot of every tab when a step fails.
  export TDKT_SCREENSHOTS="$results/screenshots"
  cd "$ROOT"
  dotnet test ThiDuaKhenThuong.sln -c "$CONFIGURATION" --results-directory "$results" --logger "trx" --logger "console;verbosity=normal"
}

# The code an authenticator app would show now for a demo account that has set up two-step sign-in (Development only).
totp() {
  [ -n "${1:-}" ] || die "Cách dùng / usage: deploy/local.sh totp <tài khoản / account>"
  app_env
  cd "$WEB"
  dotnet "bin/$CONFIGURATION/net10.0/ThiDuaKhenThuong.Web.dll" demo-totp "$1"
}

case "${1:-}" in
  run) run ;;
  test) run_tests ;;
  stop) stop_postgres ;;
  totp) totp "${2:-}" ;;
  *) echo "Cách dùng / usage: deploy/local.sh run|test|stop|totp <account>"; exit 2 ;;
esac
