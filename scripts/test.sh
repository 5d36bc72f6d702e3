#!/usr/bin/env bash
# The project's one test command (npm test): style, types, unit + storage + function tests,
# the H5 build driven in Chromium, and the weapp build against its size budgets. Ends with one
# "N passed, N failed" line summing every vitest run.
set -euo pipefail
cd "$(dirname "$0")/.."

results=test-results
rm -rf "$results" && mkdir -p "$results"

step() { printf '\n== %s\n' "$1"; }

step 'lint and format'
npx eslint .
npx prettier --check . > /dev/null

step 'type check'
npx tsc -p tsconfig.json --noEmit

step 'unit, storage and function tests'
set +e
npx vitest run --reporter=default --reporter=json --outputFile="$results/unit.json"
unit_status=$?
set -e

step 'H5 build and browser tests'
npm run --silent build:h5 > "$results/build-h5.log" 2>&1 || { tail -40 "$results/build-h5.log"; exit 1; }
set +e
npx vitest run --config vitest.browser.mts --reporter=default --reporter=json \
  --outputFile="$results/browser.json"
browser_status=$?
set -e

step 'weapp build and size budgets'
npm run --silent build:weapp > "$results/build-weapp.log" 2>&1 || { tail -40 "$results/build-weapp.log"; exit 1; }
npx tsx scripts/check-weapp.ts
npx tsx scripts/check-h5.ts

node scripts/summarise-tests.mjs "$results/unit.json" "$results/browser.json"
[ "$unit_status" -eq 0 ] && [ "$browser_status" -eq 0 ]
