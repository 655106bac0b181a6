#!/usr/bin/env bash
# Runs every test in the solution: unit, integration and browser tests.
# Browser tests drive Debian's Chromium; it is installed here when missing (apt-get, needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

dotnet test OutsourcingAdvisor.sln -c Release "$@"
