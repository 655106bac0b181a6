#!/usr/bin/env bash
# Runs every test in the solution: unit, integration and browser tests.
# Browser tests drive Debian's Chromium and read printed PDFs with poppler's pdftotext; both are installed
# here when missing (apt-get, needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages for the browser tests: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

dotnet test OutsourcingAdvisor.sln -c Release "$@"
