#!/usr/bin/env bash
# Runs ../shared/tools/dialog-check.mjs against two real servers started from this checkout (PGlite
# in a temporary DATA_DIR): one with staff always on duty, one with OFFICE_HOURS closed, for the
# dialogues marked office_closed. Usage: bash scripts/devDialogueCheck.sh [dialogues.json] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
FILE="${1:-../shared/dialogues/dev.json}"
FLAG="${2:-}"
TMP="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${KEEP_LOGS:-}" ] || rm -rf "$TMP"' EXIT
python3 - "$FILE" "$TMP" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
json.dump([x for x in d if not x.get("office_closed")], open(sys.argv[2] + "/open.json", "w"))
json.dump([x for x in d if x.get("office_closed")], open(sys.argv[2] + "/closed.json", "w"))
PY
start() { # port hours dir
  PORT="$1" OFFICE_HOURS="$2" DATA_DIR="$3" NODE_ENV=development SECRET_KEY=dev-check-secret-key-0123456789abcdef \
    PROGRAMME_MAILBOX=conciliazione@regione.lombardia.it LOG_LEVEL=warn node --import tsx src/app/main.ts >"$3.log" 2>&1 &
}
# A server left on a port from an earlier run would answer instead of ours: refuse to go on.
for port in 3811 3812; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/readyz"; then echo "port $port is in use" >&2; exit 2; fi
done
start 3811 "mon-sun 00:00-24:00" "$TMP/open"
start 3812 "mon 03:00-03:01" "$TMP/closed"
for port in 3811 3812; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 1; done
done
node ../shared/tools/dialog-check.mjs http://127.0.0.1:3811 "$TMP/open.json" $FLAG || true
node ../shared/tools/dialog-check.mjs http://127.0.0.1:3812 "$TMP/closed.json" $FLAG || true
