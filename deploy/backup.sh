#!/usr/bin/env bash
# Back up the portal's database (every province) to one file in PostgreSQL's custom format.
#   deploy/backup.sh [database] [file]
# Connection: the usual PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD); by default the private cluster of
# deploy/local.sh (127.0.0.1:55432, user postgres, database tdkt). Run as a role that can read every row: a superuser,
# since row-level security hides rows from everyone else (the dump would otherwise be silently incomplete).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-${TDKT_PG_PORT:-55432}}" PGUSER="${PGUSER:-postgres}"
DB="${1:-tdkt}"
FILE="${2:-$ROOT/.data/backups/$DB-$(date -u +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$FILE")"
FILES_ROOT="${TDKT_FILES_ROOT:-$ROOT/.data/files}"
# --enable-row-security is not used: as a superuser every province's rows are dumped.
"$BIN/pg_dump" --format=custom --dbname="$DB" --file="$FILE"
parts=("$(basename "$FILE")")
if [ -d "$FILES_ROOT" ]; then
  # The evidence files (per-province folders, generated names); their own SHA-256 sums live in the database.
  tar -C "$FILES_ROOT" -czf "$FILE.files.tar.gz" .
  parts+=("$(basename "$FILE").files.tar.gz")
fi
(cd "$(dirname "$FILE")" && sha256sum "${parts[@]}" > "$(basename "$FILE").sha256")
echo "Đã sao lưu / backed up: $FILE ($(du -h "$FILE" | cut -f1)), manifest $FILE.sha256"
