#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; Playwright's own browser download cannot work on
# these machines. Install it when we can (root on Debian), otherwise say exactly what is needed.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$chromium_path" ]; then
  "$chromium_path" --version 2>/dev/null || echo "Chromium found at $chromium_path"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is not installed: installing Debian's chromium package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  "$chromium_path" --version
  exit 0
fi

cat >&2 <<MSG
The end-to-end tests need Chromium at $chromium_path, and this script can install it only as root on Debian.
Install it, then run npm test again:
    sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome executable.
MSG
exit 1
