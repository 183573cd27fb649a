#!/usr/bin/env bash
# `npm test` after Biome: the type check and vitest side by side. The type check keeps one core
# busy for about 8 s, which fits in vitest's start (its workers wait for the global setups) instead
# of coming before it. It is incremental (its state in node_modules/.cache): on an unchanged tree it
# costs 5 s of CPU instead of 15. The type check's report follows vitest's; the run fails if either
# fails.
# Arguments go to vitest (`npm test -- test/content`).
set -uo pipefail
cd "$(dirname "$0")/.."
report="$(mktemp)"
npx tsc --noEmit --incremental --tsBuildInfoFile node_modules/.cache/conciliabot/tsc.tsbuildinfo >"$report" 2>&1 &
typecheck=$!
npx vitest run "$@"
tests=$?
wait "$typecheck"
types=$?
cat "$report"
rm -f "$report"
if [ "$types" -ne 0 ]; then echo "npm test: the type check failed (tsc --noEmit)" >&2; fi
if [ "$tests" -ne 0 ] || [ "$types" -ne 0 ]; then exit 1; fi
