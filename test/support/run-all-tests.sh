#!/usr/bin/env bash
# `npm test`: set up a fresh machine and run every test — typecheck, lint, unit and component
# tests (Vitest), then end-to-end tests of the built app in Debian's Chromium (Playwright).
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
step() { printf '\n=== %s\n' "$*"; }

step "Node $(node --version)"
node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Node ${process.versions.node} is too old: Contact Plan needs Node 20.19 or newer.`);
    process.exit(1);
  }'

step "Installing dependencies (exact versions from package-lock.json)"
if [ -n "${CI:-}" ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi

step "Checking for Chromium"
bash test/support/ensure-chromium.sh

step "Typecheck"
npx tsc --noEmit

step "Lint"
npx eslint . --max-warnings 0
npx prettier --check .

results_dir=node_modules/.cache/test-summary  # outside test-results/, which Playwright empties
mkdir -p "$results_dir"

step "Unit and component tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results_dir/vitest.json"

step "Date tests in other time zones (UTC-8 and UTC+14)"
TZ=America/Los_Angeles npx vitest run test/domain test/lib test/data/archive-round-trip.test.ts
TZ=Pacific/Kiritimati npx vitest run test/domain test/lib test/data/archive-round-trip.test.ts

step "Build"
npx vite build --logLevel warn

step "End-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results_dir/playwright.json" npx playwright test --reporter=list,json

# One closing line CI can read: every unit, component and end-to-end test counted once.
node -e '
  const fs = require("node:fs");
  const unit = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const e2e = JSON.parse(fs.readFileSync(process.argv[2], "utf8")).stats;
  const passed = unit.numPassedTests + e2e.expected;
  const failed = unit.numFailedTests + e2e.unexpected + e2e.flaky;
  const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
  console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$results_dir/vitest.json" "$results_dir/playwright.json"
printf 'All tests passed in %ss.\n' "$(( $(date +%s) - started ))"
