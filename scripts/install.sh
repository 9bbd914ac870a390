#!/usr/bin/env bash
# Installs what Lectern's build, demo and tests need on a fresh Debian machine: Debian's Chromium,
# Firefox ESR (and their French interfaces), Xvfb, xauth and xdotool (each only when missing), then the npm packages exactly as
# package-lock.json pins them. Safe to run again: it does nothing that is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xauth >/dev/null 2>&1 || missing+=(xauth)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
# The browsers' French interfaces: the reader's French strings are tested in each browser's own French.
dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
dpkg -s firefox-esr-l10n-fr >/dev/null 2>&1 || missing+=(firefox-esr-l10n-fr)

if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "install.sh: installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when node_modules is missing or older than the lock file: it starts from scratch each time.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install.sh: npm ci"
  npm ci --no-audit --no-fund
fi
echo "install.sh: ready (chromium, firefox-esr, their French interfaces, xvfb, xdotool, npm packages)"
