#!/bin/sh
# Called by api's Maven build (generate-resources): installs the web app's npm packages exactly as package-lock.json
# says (npm ci), with the machine's Node and npm. Skips the install when node_modules already matches the lock.
set -eu
cd "${0%/*}/.."
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "ERROR: the resident web app (api/src/main/web) needs Node.js 20 and npm on the PATH to build." >&2
  echo "       Install them (Debian/Ubuntu: apt-get install -y nodejs npm), then run the build again." >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "ERROR: the resident web app needs Node.js 20 or newer; this machine has $(node -v)." >&2
  exit 1
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ -f node_modules/.signpost-lock ] && cmp -s package-lock.json node_modules/.signpost-lock; then
  echo "web: node_modules matches package-lock.json"
  exit 0
fi
npm ci --no-audit --no-fund
cp package-lock.json node_modules/.signpost-lock
