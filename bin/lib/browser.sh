#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver with apt-get when either is missing: the web
# page's tests drive a real browser. Run by bin/test; safe to run again (it does nothing then).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "storyfold: the browser tests need chromium and chromium-driver; install them with: apt-get install chromium chromium-driver" >&2
  exit 1
fi
echo "storyfold: installing chromium and chromium-driver with apt-get, for the browser tests..." >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
