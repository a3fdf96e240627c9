#!/usr/bin/env bash
# The test command: lint and formatting, unit specs, local-stack tests, end-to-end tests.
# Each step prints little on success (a summary line); the run stops at the first failing step and
# ends by naming it, so a failure is the last thing on screen.
set -euo pipefail
cd "$(dirname "$0")/.."

current="finding Chromium"
bash scripts/ensure-chromium.sh
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"

current=""
passed=()
started=$SECONDS

step() {
  current="$1"
  step_started=$SECONDS
  printf '\n== %s ==\n' "$1"
}
done_step() { passed+=("$current ($((SECONDS - step_started)) s)"); }

finish() {
  local code=$?
  printf '\n'
  for name in "${passed[@]}"; do printf 'passed  %s\n' "$name"; done
  if [ "$code" -ne 0 ] && [ -n "$current" ]; then
    printf 'FAILED  %s (exit code %s): its output is above\n' "$current" "$code"
  elif [ "$code" -eq 0 ]; then
    printf 'All checks passed in %s s\n' "$((SECONDS - started))"
  fi
}
trap finish EXIT

step "lint and format"
npm run --silent lint
done_step

step "unit specs (Karma, headless Chromium)"
npm run --silent test:unit
done_step

step "local stack tests (node test runner, real HTTP and socket.io)"
npm run --silent test:server
done_step

step "end-to-end (Playwright in Chromium against a fresh local stack)"
npm run --silent test:e2e
done_step
current=""
