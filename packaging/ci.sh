#!/usr/bin/env bash
# Packaging CI, run by .ci/run after the tests (scripts/dev.sh has set up .venv):
#   1. freeze the app with PyInstaller and smoke-test the frozen programs;
#   2. build the .deb, install it with apt-get, smoke-test /usr/bin/medsos and
#      /usr/bin/medsos-desktop, then purge it so the machine stays as it was;
#   3. check that every runtime dependency has a Windows wheel for CPython 3.11;
#   4. compile the Windows installer and run its silent installs under Wine
#      (packaging/windows/ci_wine.sh; installs Wine the first time, about 80 s).
# Debian or Ubuntu; root, or sudo without a password.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
apt_get() { DEBIAN_FRONTEND=noninteractive $sudo apt-get "$@"; }

# binutils: objdump and friends, which PyInstaller uses to find shared libraries;
# dpkg-dev: dpkg-shlibdeps, for the .deb's Depends; xvfb, xauth: the smoke test also
# starts the window on a virtual X server (Qt's real xcb platform plugin).
# (No fakeroot: dpkg-deb --root-owner-group sets root ownership itself.)
need=(binutils dpkg-dev xvfb xauth)
missing=()
for pkg in "${need[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 1 and the .deb -----------------------------------------------------------------------
.venv/bin/python packaging/build.py --deb

debs=(dist/medsos-desktop_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "expected one .deb in dist/, found: ${debs[*]}" >&2
  exit 1
fi

# --- 2: install, test, remove --------------------------------------------------------------
if dpkg -s medsos-desktop >/dev/null 2>&1; then
  echo "medsos-desktop is already installed here (a real installation, or left by an" \
    "interrupted run): remove it with 'apt-get purge medsos-desktop' and run again." >&2
  exit 1
fi
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then
    apt_get purge -y -qq medsos-desktop >/dev/null || true
  fi
}
trap cleanup EXIT

echo "Installing ${debs[0]}"
installed=1
# Its Depends are already here when scripts/dev.sh has run; refresh the package lists
# only if apt needs them.
if ! apt_get install -y -qq --no-install-recommends "./${debs[0]}" >/dev/null; then
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends "./${debs[0]}" >/dev/null
fi

data=$(mktemp -d)
/usr/bin/medsos self-test --data-dir "$data"
rm -rf "$data"
.venv/bin/python packaging/build.py --smoke-test /usr/bin

apt_get purge -y -qq medsos-desktop >/dev/null
installed=0
for path in /opt/medsos-desktop /usr/bin/medsos /usr/bin/medsos-desktop \
  /usr/share/applications/medsos-desktop.desktop \
  /usr/share/icons/hicolor/256x256/apps/medsos-desktop.png; do
  if [ -e "$path" ] || [ -L "$path" ]; then
    echo "still there after apt-get purge: $path" >&2
    exit 1
  fi
done
echo "medsos-desktop installed, tested and removed"

# --- 3 ------------------------------------------------------------------------------------
.venv/bin/python packaging/check_windows_wheels.py

# --- 4 ------------------------------------------------------------------------------------
bash packaging/windows/ci_wine.sh

echo "packaging CI took $((SECONDS - started))s"
