#!/usr/bin/env bash
# Runs every test in the solution: unit, integration and browser tests, then the web tests a second time on
# PostgreSQL. Browser tests drive Chrome or Chromium and read printed PDFs with poppler's pdftotext. The browser is
# taken from CHROMIUM_PATH, else google-chrome (preinstalled on GitHub's Ubuntu runners, where apt's chromium is only
# a snap stub), else chromium / chromium-browser. The PostgreSQL pass starts a throw-away PostgreSQL cluster on
# 127.0.0.1 from Debian's binaries. Missing packages are installed with apt (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

find_browser() {
  local name path
  for name in google-chrome google-chrome-stable chromium chromium-browser; do
    path=$(command -v "$name" 2>/dev/null) || continue
    # Ubuntu's chromium-browser without snapd is a shell stub that only tells you to install the snap.
    if [ "$name" = chromium-browser ] && grep -qs snap "$path" 2>/dev/null && ! command -v snap >/dev/null 2>&1; then continue; fi
    echo "$path"
    return 0
  done
  return 1
}

# Debian 12 ships PostgreSQL 15, Ubuntu 24.04 (GitHub's runner) 16: take the newest installed server.
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PG_BIN="${PG_BIN:-$(find_pg_bin)}"
missing=()
browser="${CHROMIUM_PATH:-$(find_browser || true)}"
[ -n "$browser" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages for the tests: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -n "$browser" ] || browser=$(find_browser)
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || PG_BIN=$(find_pg_bin)
fi
export CHROMIUM_PATH="$browser"
echo "Browser for the browser tests: $CHROMIUM_PATH"
export PG_BIN

# Each test host would otherwise watch its appsettings files; hundreds of hosts (and other test runs on the same
# machine) exhaust the per-user inotify instances, and hosts then fail at random.
export DOTNET_hostBuilder__reloadConfigOnChange=false
# In-process test hosts still make file watchers; as root, raise the per-user inotify instance limit (128 on Debian).
if [ "$(id -u)" -eq 0 ] && [ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 1024)" -lt 1024 ]; then
  sysctl -q -w fs.inotify.max_user_instances=1024 2>/dev/null || true
fi

# Pass 1: everything on SQLite (the default provider). Tests about PostgreSQL itself wait for pass 2.
status=0
ADVISOR_TEST_PROVIDER=Sqlite dotnet test OutsourcingAdvisor.sln -c Release --filter "Provider!=PostgreSql" "$@" || status=$?

# Pass 2: the same web test classes on PostgreSQL (one database per test from a migrated template).
ADVISOR_TEST_PROVIDER=PostgreSQL dotnet test tests/OutsourcingAdvisor.Web.Tests -c Release --no-build --filter "Provider!=Sqlite" "$@" || status=$?
exit $status
