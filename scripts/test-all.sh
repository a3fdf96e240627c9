#!/usr/bin/env bash
# The test command: lint and formatting, unit specs, local-stack tests, end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"

step() { printf '\n== %s ==\n' "$1"; }

step "lint and format"
npm run --silent lint

step "unit specs (Karma, headless Chromium)"
npm run --silent test:unit

step "local stack tests (node test runner, real HTTP and socket.io)"
npm run --silent test:server

step "end-to-end (Playwright in Chromium against a fresh local stack)"
npm run --silent test:e2e
