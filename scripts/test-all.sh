#!/usr/bin/env bash
# The test command: lint and formatting, unit specs, local-stack tests. End-to-end: npm run test:e2e.
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

# The Playwright suite (npm run test:e2e) is not yet part of this command: it was still being
# stabilised when it was committed. Run it on its own until it joins here.
