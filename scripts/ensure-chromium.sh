#!/usr/bin/env bash
# Makes sure a Chromium the tests can drive is installed (Debian's package, /usr/bin/chromium).
set -euo pipefail

bin="${CHROME_BIN:-/usr/bin/chromium}"
if [ -x "$bin" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<TXT
Chromium is needed for the browser tests and was not found at $bin.
Install it once as root:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROME_BIN at an existing Chromium or Chrome binary, then run the tests again.
TXT
exit 1
