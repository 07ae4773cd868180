#!/usr/bin/env bash
# The Standing Agency's pages on a national-size dataset, each beside the baseline page in the same run (QUALITY.md,
# issue "Performance"): wrk at 32 connections on 127.0.0.1 against a Release build in the Production environment.
#
#   deploy/bench-large.sh                      1,000,000 dossiers across 34 provinces (generated once, then reused)
#   deploy/bench-large.sh --dossiers 2000 --tenants 2 --seconds 3     a quick smoke run
#   (CI runs a tiny one against the test build: --configuration Debug|Release --no-build --stop-after, with
#    TDKT_BENCH_DATA, TDKT_BENCH_PGDATA and the ports pointing at a scratch folder; see BenchScriptSmokeTests)
#
# Its own PostgreSQL cluster lives in .data/bench-postgres (port TDKT_BENCH_PG_PORT, default 55490) and the app listens
# on 127.0.0.1:${TDKT_BENCH_APP_PORT:-5090}; neither touches the cluster of `deploy/local.sh run`. Data generation is
# not counted in the time bound (≤ 15 minutes for the measurements). The figures replace the "large dataset" section
# of docs/benchmarks.md.
#
# Stage "writes" (after the pages; skip with --no-writes-stage): the vote burst of the first province's generated
# council (31 members) and 32 workers moving received dossiers on (each run moves up to --write-dossiers of them for
# good), through the pages with ThiDuaKhenThuong.Benchmarks `load votes|transitions`; its figures replace the
# "writes" section of docs/benchmarks.md.
#
# Stage "import" (after the writes; skip with --no-import-stage): the province's unit staff uploads a generated workbook
# of --import-rows nominees (default 10,000) through the nomination import page (ThiDuaKhenThuong.Benchmarks
# `load import`), timed beside the baseline page measured in the same stage; the rows stored are counted in the
# database. Its figures replace the "import" section of docs/benchmarks.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${TDKT_BENCH_DATA:-$ROOT/.data}"
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
WRITE_ROUNDS=3      # vote bursts (each a new session of the benchmark council)
WRITE_DOSSIERS=640  # received dossiers the transition stage may move (each run moves them on for good)
IMPORT_ROWS=10000   # nominees in the generated workbook of the import stage (QUALITY.md: 10,000 within 10 s)
CONFIGURATION=Release

while [ $# -gt 0 ]; do
  case "$1" in
    --tenants) TENANTS="$2"; shift 2 ;;
    --dossiers) DOSSIERS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_PAGE="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --today) TODAY="$2"; shift 2 ;;
    --no-write) NO_WRITE=1; shift ;;
    --no-writes-stage) NO_WRITES_STAGE=1; shift ;;
    --write-rounds) WRITE_ROUNDS="$2"; shift 2 ;;
    --write-dossiers) WRITE_DOSSIERS="$2"; shift 2 ;;
    --no-import-stage) NO_IMPORT_STAGE=1; shift ;;
    --import-rows) IMPORT_ROWS="$2"; shift 2 ;;
    --configuration) CONFIGURATION="$2"; shift 2 ;;
    --no-build) NO_BUILD=1; shift ;;
    --stop-after) STOP_AFTER=1; shift ;;
    *) echo "Cách dùng / usage: deploy/bench-large.sh [--tenants N] [--dossiers N] [--seconds S] [--seed N] [--today yyyy-MM-dd] [--no-write] [--no-writes-stage] [--write-rounds N] [--write-dossiers N] [--no-import-stage] [--import-rows N] [--configuration Release|Debug] [--no-build] [--stop-after]" >&2; exit 2 ;;
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

if [ -z "${NO_BUILD:-}" ]; then
  say "Biên dịch $CONFIGURATION / building"
  dotnet build "$ROOT/src/ThiDuaKhenThuong.Web" -c "$CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly
  dotnet build "$ROOT/tests/ThiDuaKhenThuong.Benchmarks" -c "$CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly
fi
WEB_DLL="$ROOT/src/ThiDuaKhenThuong.Web/bin/$CONFIGURATION/net10.0/ThiDuaKhenThuong.Web.dll"
GEN_DLL="$ROOT/tests/ThiDuaKhenThuong.Benchmarks/bin/$CONFIGURATION/net10.0/ThiDuaKhenThuong.Benchmarks.dll"
[ -f "$WEB_DLL" ] && [ -f "$GEN_DLL" ] || die "chưa biên dịch / not built: $WEB_DLL, $GEN_DLL"

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
# The write stages sign 32 accounts in from 127.0.0.1 within a minute (the per-address limit is 30 in production), and
# the benchmark council's accounts have no authenticator app: two-step sign-in stays required for the other roles.
export Security__SignInPerIpPerMinute=1000 Security__TwoFactorRequiredRoles="TenantAdmin,SystemAdmin,Leader"
cd "$ROOT/src/ThiDuaKhenThuong.Web"
for step in init-db migrate; do
  dotnet "$WEB_DLL" "$step" >"$DATA/bench-$step.log" 2>&1 || { tail -n 5 "$DATA/bench-$step.log" >&2; die "$step không thành công / failed"; }
done

say "Sinh dữ liệu (dùng lại phần đã có) / generating data (reusing what exists): $DOSSIERS hồ sơ, $TENANTS tỉnh"
gen_started=$(date +%s)
dotnet "$GEN_DLL" --connection "$ConnectionStrings__Migrations" --tenants "$TENANTS" --dossiers "$DOSSIERS" --seed "$SEED" --today "$TODAY" | tail -n 3
gen_seconds=$(( $(date +%s) - gen_started ))
# A bulk load and the previous run's writes leave pages that autovacuum has not reached yet: visibility maps unset
# (index-only scans go to the table) and stale statistics. Vacuum as autovacuum would have by the time of a real morning
# (quick when nothing changed).
say "VACUUM (ANALYZE) sau khi sinh dữ liệu / after loading"
"$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d tdkt -qc "VACUUM (ANALYZE)" >/dev/null

say "Khởi động ứng dụng / starting the app on $URL"
app_log="$DATA/bench-app.log"
dotnet "$WEB_DLL" --urls "$URL" >"$app_log" 2>&1 &
app_pid=$!
jar="$(mktemp)"
cleanup() {
  kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; rm -f "$jar"
  [ -z "${STOP_AFTER:-}" ] || pg_run "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
}
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
# (On a tiny smoke dataset, the middle row instead.)
name="$(psql_q "SELECT lower(f_unaccent(nominee_name)) FROM nominations WHERE tenant_id = '$tenant_id' ORDER BY id OFFSET LEAST(1000, (SELECT count(*) / 2 FROM nominations WHERE tenant_id = '$tenant_id')) LIMIT 1")"
number="$(psql_q "SELECT number || '/' || year FROM dossiers WHERE tenant_id = '$tenant_id' AND number IS NOT NULL ORDER BY created_at OFFSET LEAST(500, (SELECT count(*) / 2 FROM dossiers WHERE tenant_id = '$tenant_id' AND number IS NOT NULL)) LIMIT 1")"
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# write_section NAME TEXT: replaces the part of docs/benchmarks.md between <!-- NAME:begin … --> and <!-- NAME:end -->
# with TEXT (appended at the end the first time).
write_section() {
  python3 - "$OUT" "$1" "$2" <<'PY'
import re, sys
path, name, section = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"<!-- " + name + r":begin.*?<!-- " + name + r":end -->\n?", re.S)
text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
}

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

# Warm up (JIT tiers, prepared statements, plans, buffers) at the measured concurrency, so that the first baseline is
# not measured on a cold app (a 2 s warm-up at 4 connections left it 20 % below the end-of-run baseline).
warm=$(( SECONDS_PER_PAGE < 5 ? SECONDS_PER_PAGE : 5 ))
for path in "${paths[@]}"; do wrk -t2 -c"$CONNECTIONS" -d"${warm}s" -H "Cookie: $cookie" "$URL$path" >/dev/null; done

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

# ---- reports stage (begin): annual report PDF/XLSX, dashboard at 8 connections, a burst of 20 PDFs ----------------
# The report province bmr-bao-cao (300 units, ≥ 20,000 awards in the last full year; generated once by
# `--report-awards`, then reused) is measured against this same running app. Writes the reports:begin/end section.
REPORT_AWARDS="${TDKT_BENCH_REPORT_AWARDS:-20000}"
bench_reports() {
  local code="bmr-bao-cao" rjar year started ms draft job published status link i
  say "Báo cáo năm / annual report: tỉnh $code ($REPORT_AWARDS khen thưởng, 300 đơn vị)"
  local rgen_started; rgen_started=$(date +%s)
  dotnet "$GEN_DLL" --connection "$ConnectionStrings__Migrations" --report-awards "$REPORT_AWARDS" --seed "$SEED" --today "$TODAY" | tail -n 1
  local rgen_seconds=$(( $(date +%s) - rgen_started ))
  rjar="$(mktemp)"
  rtoken() { curl -s -c "$rjar" -b "$rjar" "$URL$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//'; }
  curl -s -c "$rjar" -b "$rjar" -o /dev/null -X POST "$URL/Account/Login" \
    --data-urlencode "UserName=$code.chuyenvien" --data-urlencode "Password=ThiDua@2025-bench" \
    --data-urlencode "__RequestVerificationToken=$(rtoken /Account/Login)"
  local rcookie; rcookie="$(awk '$6 == "tdkt.session" { print "tdkt.session=" $7 }' "$rjar")"
  [ -n "$rcookie" ] || die "không đăng nhập được $code / sign-in failed"
  year=$(( ${TODAY:0:4} - 1 ))
  local rtenant; rtenant="$(psql_q "SELECT id FROM tenants WHERE code = '$code'")"
  local facts; facts="$(psql_q "SELECT (SELECT count(*) FROM units WHERE tenant_id = '$rtenant') || ' units, ' || (SELECT count(*) FROM award_history WHERE tenant_id = '$rtenant' AND decision_date BETWEEN '$year-01-01' AND '$year-12-31') || ' awards decided in $year (' || (SELECT count(*) FROM award_history WHERE tenant_id = '$rtenant') || ' in all), ' || (SELECT count(*) FROM people WHERE tenant_id = '$rtenant') || ' people, ' || (SELECT count(*) FROM dossiers WHERE tenant_id = '$rtenant') || ' dossiers'")"
  echo "  $facts"
  now_ms() { date +%s%3N; }

  # A draft of the province's annual report: creating it computes the figures and writes the narrative draft.
  started=$(now_ms)
  draft="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$rjar" -b "$rjar" -X POST "$URL/Reports/Create" \
    --data-urlencode "NewReport.PeriodKind=Annual" --data-urlencode "NewReport.Year=$year" --data-urlencode "NewReport.ScopeKind=Province" \
    --data-urlencode "__RequestVerificationToken=$(rtoken /Reports)")"
  local create_ms=$(( $(now_ms) - started ))
  draft="${draft##*/}"
  [ -n "$draft" ] || die "không tạo được dự thảo báo cáo / report draft not created"
  started=$(now_ms)
  curl -s -o /dev/null -b "$rjar" "$URL/Reports/Edit/$draft"
  local edit_ms=$(( $(now_ms) - started ))

  # Publishing goes through the background job (ReportJobs worker, polling every 2 s): timed from the click to done.
  local publish_token; publish_token="$(rtoken "/Reports/Edit/$draft")"
  started=$(now_ms)
  job="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$rjar" -b "$rjar" -X POST "$URL/Reports/Publish/$draft" --data-urlencode "__RequestVerificationToken=$publish_token")"
  job="${job##*/}"
  [ -n "$job" ] || die "không công bố được / publish refused"
  link=""
  for _ in $(seq 1 600); do
    status="$(curl -s -b "$rjar" "$URL/Reports/JobStatus/$job")"
    if grep -q '"done":true' <<<"$status"; then link="$(grep -o '/Reports/Published/[0-9a-f-]*' <<<"$status" | head -n 1)"; break; fi
    sleep 0.2
  done
  local job_ms=$(( $(now_ms) - started ))
  [ -n "$link" ] || die "công việc công bố không xong / the publish job did not finish: $status"
  published="${link##*/}"

  download() { # format -> "ms bytes code" for each of 5 downloads, one per line
    for i in 1 2 3 4 5; do
      curl -s -o /tmp/tdkt-report.$1 -w '%{time_total} %{size_download} %{http_code}\n' -b "$rjar" "$URL/Reports/Download/$published?format=$1" \
        | awk '{ printf "%.0f %s %s\n", $1 * 1000, $2, $3 }'
    done
  }
  stats() { sort -n | awk '{ v[NR] = $1; ok += ($3 == 200); size = $2 } END { printf "%d %d %d %d", v[int((NR + 1) / 2)], v[NR], ok, size }'; }
  local pdf xlsx
  read -r pdf_med pdf_max pdf_ok pdf_size <<<"$(download pdf | stats)"
  read -r xlsx_med xlsx_max xlsx_ok xlsx_size <<<"$(download xlsx | stats)"
  local pdf_pages; pdf_pages="$(pdfinfo /tmp/tdkt-report.pdf 2>/dev/null | awk '/^Pages/ { print $2 }')"
  echo "  PDF: median ${pdf_med} ms, max ${pdf_max} ms ($pdf_ok/5 ok, ${pdf_pages:-?} pages, $pdf_size bytes); XLSX: median ${xlsx_med} ms, max ${xlsx_max} ms ($xlsx_ok/5 ok)"
  echo "  draft ${create_ms} ms, draft page ${edit_ms} ms, publish job ${job_ms} ms"

  # The dashboard at 8 connections, beside the baseline page measured the same way just before.
  local saved=$CONNECTIONS; CONNECTIONS=8
  local old_cookie=$cookie; cookie=$rcookie
  wrk -t1 -c4 -d2s -H "Cookie: $cookie" "$URL/Dashboard" >/dev/null
  read -r b_rps b_p50 b_p99 b_err <<<"$(measure /Baseline)"
  read -r d_rps d_p50 d_p99 d_err <<<"$(measure /Dashboard)"
  CONNECTIONS=$saved; cookie=$old_cookie
  echo "  baseline: $b_rps req/s, p50 $b_p50 ms, p99 $b_p99 ms; dashboard: $d_rps req/s, p50 $d_p50 ms, p99 $d_p99 ms ($d_err non-2xx)"

  # A burst of 20 PDF downloads at once: all must succeed; the app's (and its Chromium's) memory is sampled.
  tree_rss() { # kB of resident memory of the app and every process under it
    ps -eo pid=,ppid=,rss= | awk -v root="$app_pid" '{ parent[$1] = $2; rss[$1] = $3 }
      END { for (p in rss) { q = p; while (q != "" && q != root && q != 1 && q != 0) q = parent[q]; if (q == root) total += rss[p] }; print total + 0 }'
  }
  local hwm_before; hwm_before="$(awk '/VmHWM/ { print $2 }' /proc/$app_pid/status)"
  local peak_file; peak_file="$(mktemp)"
  ( peak=0; while :; do r="$(tree_rss)"; [ "$r" -gt "$peak" ] && { peak=$r; echo "$peak" >"$peak_file"; }; sleep 0.2; done ) &
  local sampler=$!
  local burst_dir; burst_dir="$(mktemp -d)"
  local -a burst=()
  started=$(now_ms)
  for i in $(seq 1 20); do
    curl -s -o "$burst_dir/$i.pdf" -w '%{http_code} %{time_total} %{content_type}\n' -b "$rjar" "$URL/Reports/Download/$published?format=pdf" >"$burst_dir/$i.txt" &
    burst+=($!)
  done
  wait "${burst[@]}" || true
  local burst_ms=$(( $(now_ms) - started ))
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  local burst_ok; burst_ok="$(cat "$burst_dir"/*.txt | awk '$1 == 200 && $3 == "application/pdf" { n++ } END { print n + 0 }')"
  local burst_max; burst_max="$(cat "$burst_dir"/*.txt | awk '{ v = $2 * 1000; if (v > m) m = v } END { printf "%.0f", m }')"
  local hwm_after; hwm_after="$(awk '/VmHWM/ { print $2 }' /proc/$app_pid/status)"
  local tree_peak; tree_peak="$(cat "$peak_file" 2>/dev/null || echo 0)"
  rm -rf "$burst_dir" "$peak_file" "$rjar"
  echo "  burst of 20 PDFs: $burst_ok/20 ok in ${burst_ms} ms (slowest ${burst_max} ms); app VmHWM $((hwm_before / 1024)) → $((hwm_after / 1024)) MB; app + Chromium peak $((tree_peak / 1024)) MB"

  [ -z "${NO_WRITE:-}" ] || return 0
  local verdict_pdf verdict_xlsx verdict_dash
  verdict_pdf="$([ "$pdf_max" -le 5000 ] && [ "$pdf_ok" = 5 ] && echo met || echo '**not met**')"
  verdict_xlsx="$([ "$xlsx_max" -le 2000 ] && [ "$xlsx_ok" = 5 ] && echo met || echo '**not met**')"
  verdict_dash="$(awk -v p="$d_p99" 'BEGIN { print (p <= 200 ? "met" : "**not met**") }')"
  local rsection
  rsection="$(cat <<MD
<!-- reports:begin (written by deploy/bench-large.sh, function bench_reports) -->
## Annual report, dashboard and a PDF burst: one province with 300 units and $REPORT_AWARDS awards

Province \`$code\` (generated by \`--report-awards $REPORT_AWARDS\` with \`--seed $SEED --today $TODAY\`, ${rgen_seconds} s, 0 when reused): $facts.
Same app, database and machine as the section above; signed in as the province's Standing Officer. The annual report
$year (province scope) is created as a draft, published through the background job, then downloaded 5 times in each
format (each download renders the published version again: figures from the frozen JSON, PDF printed by Chromium).

Run: $(date -u +"%Y-%m-%d %H:%M UTC") · commit $(git -C "$ROOT" rev-parse --short HEAD) · $(nproc) cores · load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)

| step | median (ms) | max (ms) | bar (QUALITY.md) |
|---|---:|---:|---|
| Create the draft (figures computed, narrative pre-filled) | $create_ms | $create_ms | |
| Draft page (live figures) | $edit_ms | $edit_ms | |
| Publish: background job from the click to done (worker polls every 2 s) | $job_ms | $job_ms | |
| Download PDF ($pdf_ok/5 ok, ${pdf_pages:-?} pages, $pdf_size bytes) | $pdf_med | $pdf_max | ≤ 5 s: $verdict_pdf |
| Download XLSX ($xlsx_ok/5 ok, $xlsx_size bytes) | $xlsx_med | $xlsx_max | ≤ 2 s: $verdict_xlsx |

| page (wrk, 8 connections, ${SECONDS_PER_PAGE} s) | req/s | p50 (ms) | p99 (ms) | share of baseline | bar |
|---|---:|---:|---:|---:|---|
| Baseline | $b_rps | $b_p50 | $b_p99 | 100 % | |
| Dashboard \`/Dashboard\` | $d_rps | $d_p50 | $d_p99 | $(awk -v r="$d_rps" -v b="$b_rps" 'BEGIN { printf "%.0f %%", 100 * r / b }') | p99 ≤ 200 ms: $verdict_dash |

Burst: 20 PDF downloads fired at once: **$burst_ok/20 succeeded** in ${burst_ms} ms (slowest ${burst_max} ms; printing is
limited to \`Pdf:MaxParallel\` = 2 at a time, the others wait their turn). Memory: the app's peak resident size (VmHWM)
$((hwm_before / 1024)) MB before the burst, $((hwm_after / 1024)) MB after; the app with its Chromium processes peaked at
$((tree_peak / 1024)) MB (sampled every 0.2 s).
<!-- reports:end -->
MD
)"
  write_section reports "$rsection"
}
bench_reports
# ---- reports stage (end) -------------------------------------------------------------------------------------------

# ---- writes: vote burst, workflow transitions (functions below; figures in the "writes" section) ----------------------
writes_run() {
  local line
  writes_load="$(cut -d' ' -f1-3 /proc/loadavg)"
  read -r _ writes_base_rps _ writes_base_p99 _ <<<"$(measure /Baseline | awk '{ print "x", $1, "x", $3, "x" }')"
  echo "Baseline (writes): $writes_base_rps req/s, p99 $writes_base_p99 ms"
  writes_rows=""
  for scenario in votes transitions; do
    if [ "$scenario" = votes ]; then
      line="$(dotnet "$GEN_DLL" load votes --url "$URL" --connection "$ConnectionStrings__Migrations" --rounds "$WRITE_ROUNDS" | grep '^RESULT' || true)"
    else
      # Each run moves the received dossiers it posts on for good: take the generated province that has the most left.
      transit_province="$(psql_q "SELECT t.code FROM workflow_instances w JOIN tenants t ON t.id = w.tenant_id WHERE t.code LIKE 'bm-%' AND w.state = 'Received' GROUP BY t.code ORDER BY count(*) DESC, t.code LIMIT 1")"
      line="$(dotnet "$GEN_DLL" load transitions --url "$URL" --connection "$ConnectionStrings__Migrations" --province "${transit_province:-$tenant_code}" --workers "$CONNECTIONS" --seconds "$SECONDS_PER_PAGE" --dossiers "$WRITE_DOSSIERS" | grep '^RESULT' || true)"
    fi
    [ -n "$line" ] || { echo "$scenario: không đo được / failed (xem $app_log)"; writes_rows+="| $scenario | failed |||||||"$'\n'; continue; }
    echo "$line"
    writes_rows+="$(writes_row "$line")"$'\n'
  done
}

writes_row() { # "RESULT scenario count rps p50 p99 max errors wall | note" -> a table row with its verdict
  awk -v base="$writes_base_rps" '{
    split($0, halves, " \\| "); note = halves[2]
    scenario = $2; count = $3; rps = $4; p50 = $5; p99 = $6; errors = $8
    if (scenario == "votes") { name = "31 council members submit their ballots at once"; ok = (p99 <= 300 && errors == 0); bar = "all 31 recorded, p99 ≤ 300 ms"; share = "" }
    else { name = "Workflow transition: the officer starts the appraisal of a received dossier (32 workers)"; ok = (p99 <= 150 && rps >= 0.15 * base && errors == 0); bar = "≥ 15 %, p99 ≤ 150 ms"; share = sprintf("%.0f %%", 100 * rps / base) }
    printf "| %s | %d | %s | %s | %s | %s | %d | %s: %s | %s |", name, count, rps, p50, p99, share, errors, bar, (ok ? "met" : "**not met**"), note
  }' <<<"$1"
}

writes_section() {
  cat <<MD
<!-- writes:begin (written by deploy/bench-large.sh) -->
## Write path: vote burst and workflow transitions

Command: \`deploy/bench-large.sh --tenants $TENANTS --dossiers $DOSSIERS --seconds $SECONDS_PER_PAGE\`, stage "writes", which runs
\`ThiDuaKhenThuong.Benchmarks load votes|transitions\` against the same app (Release, Production, logging at Warning)
after the page measurements. Each scenario signs real accounts in through the sign-in page, reads every form it will
post first (antiforgery token; for transitions also the one-time form token and row version from the dossier page),
then fires the posts at once; what was posted is then counted in the database. Votes: $WRITE_ROUNDS rounds, each a
new session of the benchmark council (31 members, \`$tenant_code.hoidong01\`…\`31\`) with 3 agenda items, created,
published and opened through the officer's pages; every member confirms their choices, then all 31 submit together.
Transitions: $CONNECTIONS workers post \`start-review\` on distinct received dossiers (up to $WRITE_DOSSIERS, ${SECONDS_PER_PAGE} s at most) of
the generated province with the most received dossiers left (\`${transit_province:-$tenant_code}\`; each run moves them on for good).

Run: $(date -u +"%Y-%m-%d %H:%M UTC") · commit $(git -C "$ROOT" rev-parse --short HEAD) · $(nproc) cores · load average before the stage: $writes_load
· baseline \`/Baseline\` in the same stage: $writes_base_rps req/s, p99 $writes_base_p99 ms

| scenario | posts | req/s | p50 (ms) | p99 (ms) | share of baseline | errors | bar (QUALITY.md) | checked |
|---|---:|---:|---:|---:|---:|---:|---|---|
$writes_rows
<!-- writes:end -->
MD
}

writes_write() {
  write_section writes "$(writes_section)"
}

if [ -z "${NO_WRITES_STAGE:-}" ]; then
  say "Đo ghi / write path: bỏ phiếu đồng thời, chuyển bước quy trình"
  writes_run
fi
# ---- end writes --------------------------------------------------------------------------------------------------

# ---- import stage (begin): the nomination import of a generated workbook, beside the baseline page ----------------
import_run() {
  local line
  import_load="$(cut -d' ' -f1-3 /proc/loadavg)"
  read -r import_base_rps _ import_base_p99 _ <<<"$(measure /Baseline)"
  echo "Baseline (import): $import_base_rps req/s, p99 $import_base_p99 ms"
  line="$(dotnet "$GEN_DLL" load import --url "$URL" --connection "$ConnectionStrings__Migrations" --province "$tenant_code" --rows "$IMPORT_ROWS" | grep '^RESULT' || true)"
  if [ -z "$line" ]; then
    echo "import: không đo được / failed (xem $app_log)"
    import_row="| Import of $IMPORT_ROWS nominees | failed |||||"
    return 0
  fi
  echo "$line"
  import_row="$(awk -v rows="$IMPORT_ROWS" '{
    split($0, halves, " \\| "); note = halves[2]; seconds = $9 / 1000; errors = $8
    ok = (errors == 0 && (rows < 10000 || seconds <= 10))
    bar = (rows >= 10000 ? sprintf("≤ 10 s: %s", (ok ? "met" : "**not met**")) : (errors == 0 ? "all stored (below the bar'"'"'s 10,000 rows)" : "**failed**"))
    printf "| Import of %d nominees from Excel through the import page | %.2f | %d | %s | %s |", rows, seconds, errors, bar, note
  }' <<<"$line")"
  echo "Import of $IMPORT_ROWS nominees: $(awk '{ printf "%.2f", $9 / 1000 }' <<<"$line") s"
}

import_write() {
  local isection
  isection="$(cat <<MD
<!-- import:begin (written by deploy/bench-large.sh, stage "import") -->
## Import: $IMPORT_ROWS nominees from Excel

Command: \`deploy/bench-large.sh --tenants $TENANTS --dossiers $DOSSIERS --seconds $SECONDS_PER_PAGE\`, stage "import", which runs
\`ThiDuaKhenThuong.Benchmarks load import --rows $IMPORT_ROWS\` against the same app (Release, Production, logging at Warning).
The unit of \`$tenant_code.canbo\` (Unit Staff) is given $IMPORT_ROWS people with a CCCD once (reused by later runs); the tool writes
a workbook in the template's columns (Vietnamese names, CCCD typed as numbers, every tenth row by name and unit code,
awards of the catalog: LĐTT, CSTĐCS, Bằng khen UBND tỉnh, CSTĐ cấp tỉnh), signs in through the sign-in page, creates a
draft dossier through its form and uploads the file through the import page. Timed: from the upload's first byte to
the last byte of the answer (the page with its per-row report). Checked afterwards in the database: the nominations
stored in the new dossier, each with its eligibility report, and their change-log rows.

Run: $(date -u +"%Y-%m-%d %H:%M UTC") · commit $(git -C "$ROOT" rev-parse --short HEAD) · $(nproc) cores · load average before the stage: $import_load
· baseline \`/Baseline\` in the same stage (wrk, $CONNECTIONS connections, ${SECONDS_PER_PAGE} s): $import_base_rps req/s, p99 $import_base_p99 ms

| scenario | seconds | errors | bar (QUALITY.md) | checked |
|---|---:|---:|---|---|
$import_row
<!-- import:end -->
MD
)"
  write_section import "$isection"
}

if [ -z "${NO_IMPORT_STAGE:-}" ]; then
  say "Nhập Excel / import: $IMPORT_ROWS đề nghị khen thưởng qua trang nhập"
  import_run
  [ -n "${NO_WRITE:-}" ] || import_write
fi
# ---- import stage (end) ----------------------------------------------------------------------------------------------

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
write_section large "$section"
[ -n "${NO_WRITES_STAGE:-}" ] || writes_write
say "Đã ghi / written: $OUT"
