#!/usr/bin/env bash
# Runs every test in the solution: unit, integration and browser tests.
# Browser tests drive Chrome or Chromium and read printed PDFs with poppler's pdftotext. The browser is taken from
# CHROMIUM_PATH, else google-chrome (preinstalled on GitHub's Ubuntu runners, where apt's chromium is only a snap
# stub), else chromium / chromium-browser; on Debian, chromium and poppler-utils are installed with apt when missing.
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

missing=()
browser="${CHROMIUM_PATH:-$(find_browser || true)}"
[ -n "$browser" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing packages for the browser tests: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -n "$browser" ] || browser=$(find_browser)
fi
export CHROMIUM_PATH="$browser"
echo "Browser for the browser tests: $CHROMIUM_PATH"

# Each test host would otherwise watch its appsettings files; hundreds of hosts (and other test runs on the same
# machine) exhaust the per-user inotify instances, and hosts then fail at random.
export DOTNET_hostBuilder__reloadConfigOnChange=false

dotnet test OutsourcingAdvisor.sln -c Release "$@"
