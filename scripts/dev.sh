#!/usr/bin/env bash
# Set up everything from a fresh clone (Debian or Ubuntu, Python >= 3.11), then:
#   bash scripts/dev.sh run  [app arguments]     start Medsos Desktop
#   bash scripts/dev.sh test [pytest arguments]  lint, then the whole test suite (slow tiers too)
# Safe to run again: it only installs what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-}
[ $# -gt 0 ] && shift
case "$action" in
  run|test|setup) ;;
  *) echo "usage: bash scripts/dev.sh run|test|setup [arguments]" >&2; exit 2 ;;
esac

python=${PYTHON:-python3}

# --- system packages: Python's venv, Qt's runtime libraries, fonts ----------------
apt_packages=(python3-venv python3-pip libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
  libfribidi0 fonts-noto-core fonts-noto-color-emoji gnome-keyring dbus)
# Ubuntu 24.04 renamed glib for the 64-bit time_t transition.
if command -v apt-cache >/dev/null && apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then
  apt_packages+=(libglib2.0-0t64)
else
  apt_packages+=(libglib2.0-0)
fi
if command -v dpkg >/dev/null; then
  missing=()
  for pkg in "${apt_packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

"$python" - <<'PY' || { echo "Medsos Desktop needs Python 3.11 or newer." >&2; exit 2; }
import sys
raise SystemExit(sys.version_info < (3, 11))
PY

# --- the virtual environment, from the lock file -----------------------------------
stamp=.venv/.installed-$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q --require-hashes -r requirements.lock
  .venv/bin/python -m pip install -q --no-deps -e .
  rm -f .venv/.installed-*
  touch "$stamp"
fi

case "$action" in
  run)
    exec .venv/bin/medsos-desktop "$@"
    ;;
  test)
    .venv/bin/ruff check medsos_desktop tests scripts
    .venv/bin/ruff format --check medsos_desktop tests scripts
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest -m "slow or not slow" "$@"
    ;;
  setup)
    echo "Ready: .venv"
    ;;
esac
