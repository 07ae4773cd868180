#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into a NEW database (never over a live one), keeping owners, grants and
# row-level security policies as they were.
#   deploy/restore.sh FILE [new-database]
# The roles of the backed-up database (owner and application role) must exist on the target server: on a new server
# create them first with deploy/postgres/roles.sql (or `ThiDuaKhenThuong.Web init-db`). Connection as for backup.sh.
set -euo pipefail
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-${TDKT_PG_PORT:-55432}}" PGUSER="${PGUSER:-postgres}"
FILE="${1:?Cách dùng / usage: deploy/restore.sh FILE [new-database]}"
TARGET="${2:-tdkt_restored_$(date -u +%Y%m%d%H%M%S)}"
[ -f "$FILE" ] || { echo "Không thấy tệp / no such file: $FILE" >&2; exit 1; }
# The manifest written by backup.sh: a damaged or altered backup is refused before anything is restored.
if [ -f "$FILE.sha256" ]; then
  (cd "$(dirname "$FILE")" && sha256sum --quiet -c "$(basename "$FILE").sha256") \
    || { echo "Bản sao lưu không khớp mã băm / the backup does not match its manifest" >&2; exit 1; }
else
  echo "Cảnh báo: không có tệp kiểm tra $FILE.sha256 / warning: no manifest" >&2
fi
if "$BIN/psql" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$TARGET'" | grep -q 1; then
  echo "CSDL $TARGET đã tồn tại; hãy chọn tên khác / database $TARGET exists: choose another name" >&2
  exit 1
fi
"$BIN/createdb" --template=template0 --encoding=UTF8 "$TARGET"
"$BIN/pg_restore" --exit-on-error --dbname="$TARGET" "$FILE"
if [ -f "$FILE.files.tar.gz" ] && [ -n "${TDKT_FILES_TARGET:-}" ]; then
  mkdir -p "$TDKT_FILES_TARGET"
  tar -C "$TDKT_FILES_TARGET" -xzf "$FILE.files.tar.gz"
  echo "Đã khôi phục tệp vào / files restored into: $TDKT_FILES_TARGET"
fi
echo "Đã khôi phục vào / restored into: $TARGET"
echo "Kiểm tra chuỗi lịch sử / verify the history chain: ConnectionStrings__Default=...Database=$TARGET dotnet ThiDuaKhenThuong.Web.dll verify-history"
