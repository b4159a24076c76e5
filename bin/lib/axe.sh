#!/usr/bin/env bash
# Installs axe-core from npm (the version pinned in storyfold-app/src/test/axe/package-lock.json)
# when it is missing: the web page's browser tests inject it into each page to find accessibility
# violations. Run by bin/test; does nothing when it is already there.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
dir="$root/storyfold-app/src/test/axe"
if [ -f "$dir/node_modules/axe-core/axe.min.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "storyfold: the browser tests need axe-core from npm, and npm is missing; install Node.js and npm (apt-get install nodejs npm)" >&2
  exit 1
fi
echo "storyfold: installing axe-core with npm, for the browser tests..." >&2
npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null
