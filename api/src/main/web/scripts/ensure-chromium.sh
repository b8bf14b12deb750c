#!/bin/sh
# Called by api's Maven build before the tests: the browser tests drive Debian's Chromium (/usr/bin/chromium), never a
# downloaded browser. Installs the package when it is missing and we are root; otherwise stops the build and says why.
set -eu
CHROMIUM=${SIGNPOST_CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "web: $CHROMIUM is missing; installing Debian's chromium package for the browser tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "ERROR: the browser tests need Chromium at $CHROMIUM: install the Debian package 'chromium'" >&2
echo "       (as root: apt-get install -y chromium), or set SIGNPOST_CHROMIUM to a Chromium binary." >&2
exit 1
