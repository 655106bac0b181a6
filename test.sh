#!/usr/bin/env bash
# Runs every test in the solution: unit, integration and browser tests, then the web tests a second time on
# PostgreSQL. Browser tests drive Debian's Chromium and read printed PDFs with poppler's pdftotext; the PostgreSQL
# pass starts a throw-away PostgreSQL 15 cluster on 127.0.0.1 from Debian's binaries. All three are installed here
# when missing (apt-get, needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages for the tests: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
export PG_BIN

# Pass 1: everything on SQLite (the default provider). Tests about PostgreSQL itself wait for pass 2.
status=0
ADVISOR_TEST_PROVIDER=Sqlite dotnet test OutsourcingAdvisor.sln -c Release --filter "Provider!=PostgreSql" "$@" || status=$?

# Pass 2: the same web test classes on PostgreSQL (one database per test from a migrated template).
ADVISOR_TEST_PROVIDER=PostgreSQL dotnet test tests/OutsourcingAdvisor.Web.Tests -c Release --no-build --filter "Provider!=Sqlite" "$@" || status=$?
exit $status
