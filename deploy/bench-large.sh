#!/usr/bin/env bash
# The Standing Agency's pages on a national-size dataset, each beside the baseline page in the same run (QUALITY.md,
# issue "Performance"): wrk at 32 connections on 127.0.0.1 against a Release build in the Production environment.
#
#   deploy/bench-large.sh                      1,000,000 dossiers across 34 provinces (generated once, then reused)
#   deploy/bench-large.sh --dossiers 2000 --tenants 2 --seconds 3     a quick smoke run
#
# Its own PostgreSQL cluster lives in .data/bench-postgres (port TDKT_BENCH_PG_PORT, default 55490) and the app listens
# on 127.0.0.1:${TDKT_BENCH_APP_PORT:-5090}; neither touches the cluster of `deploy/local.sh run`. Data generation is
# not counted in the time bound (≤ 15 minutes for the measurements). The figures replace the "large dataset" section
# of docs/benchmarks.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/.data"
PGDATA="${TDKT_BENCH_PGDATA:-$DATA/bench-postgres}"
PGPORT="${TDKT_BENCH_PG_PORT:-55490}"
APP_PORT="${TDKT_BENCH_APP_PORT:-5090}"
URL="http://127.0.0.1:$APP_PORT"
OUT="$ROOT/docs/benchmarks.md"
TENANTS=34
DOSSIERS=1000000
SECONDS_PER_PAGE=20
SEED=20251124
TODAY="$(date -u +%Y-%m-%d)"
CONNECTIONS=32

while [ $# -gt 0 ]; do
  case "$1" in
    --tenants) TENANTS="$2"; shift 2 ;;
    --dossiers) DOSSIERS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_PAGE="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --today) TODAY="$2"; shift 2 ;;
    --no-write) NO_WRITE=1; shift ;;
    *) echo "Cách dùng / usage: deploy/bench-large.sh [--tenants N] [--dossiers N] [--seconds S] [--seed N] [--today yyyy-MM-dd] [--no-write]" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'Lỗi / error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
pg_run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

command -v wrk >/dev/null || { say "cài wrk / installing wrk"; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null; }
BIN="$(pg_bin)"
[ -n "$BIN" ] || die "chưa có PostgreSQL; chạy deploy/local.sh run một lần / install PostgreSQL first"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say "Biên dịch Release / building"
dotnet build "$ROOT/src/ThiDuaKhenThuong.Web" -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build "$ROOT/tests/ThiDuaKhenThuong.Benchmarks" -c Release -nologo -v quiet -clp:ErrorsOnly
WEB_DLL="$ROOT/src/ThiDuaKhenThuong.Web/bin/Release/net10.0/ThiDuaKhenThuong.Web.dll"
GEN_DLL="$ROOT/tests/ThiDuaKhenThuong.Benchmarks/bin/Release/net10.0/ThiDuaKhenThuong.Benchmarks.dll"

mkdir -p "$DATA" && chmod 755 "$DATA"
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  say "Khởi tạo cụm PostgreSQL đo hiệu năng / initialising the benchmark cluster in $PGDATA"
  if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres -m 700 "$PGDATA"; else mkdir -p "$PGDATA"; fi
  pg_run "$BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! pg_run "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  # Sized like a small production server (operations.md): 1 GB of shared buffers, room for two app pools.
  pg_run "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 \
    -c shared_buffers=1GB -c effective_cache_size=4GB -c work_mem=16MB -c maintenance_work_mem=512MB -c max_wal_size=8GB \
    -c checkpoint_timeout=30min -c max_connections=200 -c jit=off" start >/dev/null || die "PostgreSQL không khởi động được ($PGDATA/server.log)"
fi

export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Default="Host=127.0.0.1;Port=$PGPORT;Database=tdkt;Username=tdkt_app;Password=tdkt_app_bench;Maximum Pool Size=64"
export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$PGPORT;Database=tdkt;Username=tdkt_owner;Password=tdkt_owner_bench"
export ConnectionStrings__Admin="Host=127.0.0.1;Port=$PGPORT;Database=postgres;Username=postgres"
export Files__Root="$DATA/bench-files"
# The deadline and planning reminder jobs would write a reminder for every overdue dossier of 34 provinces while the
# pages are measured; like the outbox worker they are off.
export Serilog__MinimumLevel__Default=Warning Outbox__Enabled=false Reminders__Enabled=false PlanningReminders__Enabled=false
cd "$ROOT/src/ThiDuaKhenThuong.Web"
for step in init-db migrate; do
  dotnet "$WEB_DLL" "$step" >"$DATA/bench-$step.log" 2>&1 || { tail -n 5 "$DATA/bench-$step.log" >&2; die "$step không thành công / failed"; }
done

say "Sinh dữ liệu (dùng lại phần đã có) / generating data (reusing what exists): $DOSSIERS hồ sơ, $TENANTS tỉnh"
gen_started=$(date +%s)
dotnet "$GEN_DLL" --connection "$ConnectionStrings__Migrations" --tenants "$TENANTS" --dossiers "$DOSSIERS" --seed "$SEED" --today "$TODAY" | tail -n 3
gen_seconds=$(( $(date +%s) - gen_started ))

say "Khởi động ứng dụng / starting the app on $URL"
app_log="$DATA/bench-app.log"
dotnet "$WEB_DLL" --urls "$URL" >"$app_log" 2>&1 &
app_pid=$!
jar="$(mktemp)"
cleanup() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; rm -f "$jar"; }
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$URL/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$URL/health/ready" >/dev/null || die "ứng dụng không sẵn sàng; xem $app_log"

# The Standing Officer of the first generated province (the largest when the split is uneven).
psql_q() { "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d tdkt -Atc "$1"; }
tenant_code="bm-ha-noi"
token() { curl -s -c "$jar" -b "$jar" "$URL$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//'; }
curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$URL/Account/Login" \
  --data-urlencode "UserName=$tenant_code.chuyenvien" --data-urlencode "Password=ThiDua@2025-bench" \
  --data-urlencode "__RequestVerificationToken=$(token /Account/Login)"
cookie="$(awk '$6 == "tdkt.session" { print "tdkt.session=" $7 }' "$jar")"
[ -n "$cookie" ] || die "không đăng nhập được / sign-in failed"

dossier="$(curl -s -H "Cookie: $cookie" "$URL/Dossiers" | grep -o '/Dossiers/Details/[0-9a-f-]*' | head -n 1)"
[ -n "$dossier" ] || die "hộp hồ sơ trống / the inbox is empty"
tenant_id="$(psql_q "SELECT id FROM tenants WHERE code = '$tenant_code'")"
# A nominee of an older dossier, typed the way people type: lower case, without diacritics.
name="$(psql_q "SELECT lower(f_unaccent(nominee_name)) FROM nominations WHERE tenant_id = '$tenant_id' ORDER BY id OFFSET 1000 LIMIT 1")"
number="$(psql_q "SELECT number || '/' || year FROM dossiers WHERE tenant_id = '$tenant_id' AND number IS NOT NULL ORDER BY created_at OFFSET 500 LIMIT 1")"
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

measure() { # path -> "rps p50ms p99ms errors"
  local result rps p50 p99 errors
  result="$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" --timeout 10s --latency -H "Cookie: $cookie" "$URL$1")"
  rps="$(awk '/Requests\/sec/ { print $2 }' <<<"$result")"
  to_ms='{ v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 }; printf "%.1f", v }'
  p50="$(awk '$1 == "50%" '"$to_ms" <<<"$result")"
  p99="$(awk '$1 == "99%" '"$to_ms" <<<"$result")"
  errors="$(awk '/Non-2xx/ { print $NF }' <<<"$result")"
  echo "$rps $p50 $p99 ${errors:-0}"
}

declare -a names=(
  "Baseline (12 rows, EF Core + Razor)"
  "Standing Agency inbox, first page (counts per state, overdue, 25 rows)"
  "Inbox filtered: under review, overdue"
  "Dossier page with nominations and history"
  "Search by nominee name without diacritics (\"$name\")"
  "Search by dossier number (\"$number\")"
  "Baseline again (end of run)")
declare -a paths=(
  "/Baseline"
  "/Dossiers"
  "/Dossiers?state=UnderReview&due=overdue"
  "$dossier"
  "/Dossiers?q=$(urlencode "$name")"
  "/Dossiers?q=$(urlencode "$number")"
  "/Baseline")
declare -a bars=("" "≥ 30 %, p99 ≤ 100 ms" "p99 ≤ 100 ms" "≥ 30 %, p99 ≤ 100 ms" "p99 ≤ 100 ms" "p99 ≤ 100 ms" "")

# Warm up (JIT, plans, buffers) so the first measured page is not penalised.
for path in "${paths[@]}"; do wrk -t1 -c4 -d2s -H "Cookie: $cookie" "$URL$path" >/dev/null; done

rows=""
base=""
bench_started=$(date +%s)
for i in "${!names[@]}"; do
  read -r rps p50 p99 errors <<<"$(measure "${paths[$i]}")"
  [ -n "$base" ] || base="$rps"
  share="$(awk -v r="$rps" -v b="$base" 'BEGIN { printf "%.0f %%", 100 * r / b }')"
  verdict=""
  if [ -n "${bars[$i]}" ]; then
    verdict="$(awk -v r="$rps" -v b="$base" -v p="$p99" -v need="${bars[$i]}" 'BEGIN {
      ok = (p <= 100); if (need ~ /30 %/) ok = ok && (r >= 0.3 * b); print (ok ? "met" : "**not met**") }')"
    verdict="${bars[$i]}: $verdict"
  fi
  [ "$errors" = "0" ] || verdict="$verdict ($errors non-2xx)"
  rows+="| ${names[$i]} | \`${paths[$i]}\` | $rps | $p50 | $p99 | $share | $verdict |"$'\n'
  echo "${names[$i]}: $rps req/s, p50 $p50 ms, p99 $p99 ms ($share of baseline) $verdict"
done
bench_seconds=$(( $(date +%s) - bench_started ))

[ -z "${NO_WRITE:-}" ] || exit 0
counts="$(psql_q "SELECT (SELECT count(*) FROM tenants WHERE code LIKE 'bm-%') || ' provinces, ' || (SELECT count(*) FROM dossiers) || ' dossiers, ' || (SELECT count(*) FROM nominations) || ' nominations, ' || (SELECT count(*) FROM workflow_history) || ' history rows, ' || (SELECT count(*) FROM people) || ' people'")"
section="$(cat <<MD
<!-- large:begin (written by deploy/bench-large.sh) -->
## Large dataset: the Standing Agency's pages on $DOSSIERS dossiers

Command: \`deploy/bench-large.sh --tenants $TENANTS --dossiers $DOSSIERS --seconds $SECONDS_PER_PAGE\` (data: \`--seed $SEED --today $TODAY\`).
Release build, \`ASPNETCORE_ENVIRONMENT=Production\`, logging at Warning, outbox worker and reminder jobs off, private PostgreSQL
$("$BIN/postgres" --version | awk '{ print $3 }') on the same machine (shared_buffers 1 GB). wrk, $CONNECTIONS connections, ${SECONDS_PER_PAGE} s per page after a
2 s warm-up, signed in as the Standing Officer of \`$tenant_code\` (one province of $TENANTS; row security limits every
query to it). Database: $counts.

Run: $(date -u +"%Y-%m-%d %H:%M UTC") · commit $(git -C "$ROOT" rev-parse --short HEAD) · $(nproc) cores · load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)
· data generation ${gen_seconds} s (0 when reused) · measurements ${bench_seconds} s

| page | path | req/s | p50 (ms) | p99 (ms) | share of baseline | bar (QUALITY.md) |
|---|---|---:|---:|---:|---:|---|
$rows
<!-- large:end -->
MD
)"
python3 - "$OUT" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"<!-- large:begin.*?<!-- large:end -->\n?", re.S)
text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
say "Đã ghi / written: $OUT"
