#!/usr/bin/env bash
# Benchmarks beside the baseline page, in one run (QUALITY.md): wrk at 32 connections on 127.0.0.1.
#   deploy/bench.sh            measure against the app started by `deploy/local.sh run` (http://127.0.0.1:5000)
# Writes the figures to docs/benchmarks.md (the previous run's table is replaced).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
URL="${TDKT_BENCH_URL:-http://127.0.0.1:5000}"
DURATION="${TDKT_BENCH_SECONDS:-15}"
CONNECTIONS=32
OUT="$ROOT/docs/benchmarks.md"

command -v wrk >/dev/null || { echo "cài wrk / installing wrk"; if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk; else sudo apt-get install -y wrk; fi; }
curl -sf "$URL/health/ready" >/dev/null || { echo "Ứng dụng chưa chạy ở $URL: chạy deploy/local.sh run trước / start the app first" >&2; exit 1; }

jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
token() { curl -s -c "$jar" -b "$jar" "$URL$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//'; }
curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$URL/Account/Login" \
  --data-urlencode "UserName=tb.canbo" --data-urlencode "Password=ThiDua@2025-demo" \
  --data-urlencode "__RequestVerificationToken=$(token /Account/Login)"
cookie="$(awk '$6 == "tdkt.session" { print "tdkt.session=" $7 }' "$jar")"
[ -n "$cookie" ] || { echo "Không đăng nhập được / sign-in failed" >&2; exit 1; }
unit="$(curl -s -b "$jar" "$URL/Units?q=so%20y%20te" | grep -o '/Units/Details/[0-9a-f-]*' | head -n 1)"

measure() { # name path -> "rps p99ms"
  local result rps p99
  result="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: $cookie" "$URL$2")"
  rps="$(awk '/Requests\/sec/ { print $2 }' <<<"$result")"
  p99="$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 }; print v }' <<<"$result")"
  if grep -q "Non-2xx" <<<"$result"; then echo "$1: có phản hồi lỗi / non-2xx answers" >&2; fi
  echo "$rps $p99"
}

declare -a names=("Baseline (12 rows, EF Core + Razor)" "Unit directory, page 1 (25 rows, filters)" "Unit search without diacritics (\"so y te\")" "Unit page with history" "People search without diacritics (\"nguyen van\", indexed)" "A unit's dossier list")
declare -a paths=("/Baseline" "/Units" "/Units?q=so%20y%20te" "$unit" "/People?q=nguyen%20van" "/Dossiers")
rows=""
base=""
for i in "${!names[@]}"; do
  read -r rps p99 <<<"$(measure "${names[$i]}" "${paths[$i]}")"
  [ -n "$base" ] || base="$rps"
  share="$(awk -v r="$rps" -v b="$base" 'BEGIN { printf "%.0f %%", 100 * r / b }')"
  rows+="| ${names[$i]} | \`${paths[$i]}\` | $rps | $share | $p99 |"$'\n'
  echo "${names[$i]}: $rps req/s, p99 $p99 ms ($share of baseline)"
done

# The large-dataset section (deploy/bench-large.sh) is kept as it is.
large="$(python3 -c 'import re,sys; m=re.search(r"<!-- large:begin.*?<!-- large:end -->", open(sys.argv[1], encoding="utf-8").read(), re.S); print(m.group(0) if m else "")' "$OUT" 2>/dev/null || true)"
cat >"$OUT" <<MD
# Benchmarks

Measured with \`deploy/bench.sh\` (wrk, $CONNECTIONS connections, ${DURATION} s per page, signed in as a unit's staff
member of the demo province), against the app served by \`deploy/local.sh run\` (Release build, Development
environment, private PostgreSQL on the same machine). Every figure is compared with the baseline page measured in the
same run, since these machines are shared and noisy (QUALITY.md).

Run: $(date -u +"%Y-%m-%d %H:%M UTC") · commit $(git -C "$ROOT" rev-parse --short HEAD) · $(nproc) cores · load before the run: $(cut -d' ' -f1-3 /proc/loadavg)

| page | path | req/s | share of baseline | p99 latency (ms) |
|---|---|---:|---:|---:|
$rows
Reading the figures: every page, the baseline included, is a signed-in request, so each one also looks up its
server-side session (one query) and sets the province on its database connection (ADR-001, ADR-004); in Development
every request is also logged to the console. That is why the baseline is far below a bare "fortunes" page, and why the
figures are read as shares of it.

The Standing Agency's inbox, a dossier page and the searches on 1,000,000 dossiers are measured by
\`deploy/bench-large.sh\` (section below). Not yet measured: a workflow transition under load, 31 simultaneous council
votes, the annual report PDF/XLSX and the 10,000-nominee import (QUALITY.md, Performance).
MD
[ -z "$large" ] || printf '\n%s\n' "$large" >>"$OUT"
echo "Đã ghi / written: $OUT"
