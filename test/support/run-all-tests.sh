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

step "Unit and component tests"
npx vitest run

step "Date tests in other time zones (UTC-8 and UTC+14)"
TZ=America/Los_Angeles npx vitest run test/domain test/lib
TZ=Pacific/Kiritimati npx vitest run test/domain test/lib

step "Build"
npx vite build --logLevel warn

step "End-to-end tests (Chromium)"
npx playwright test

printf '\nAll tests passed in %ss.\n' "$(( $(date +%s) - started ))"
