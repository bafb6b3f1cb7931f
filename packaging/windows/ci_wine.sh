#!/usr/bin/env bash
# The Windows installer under Wine, run by packaging/ci.sh (issue 15):
#   1. install Wine (64-bit and 32-bit: ISCC.exe is a 32-bit program) from the distribution
#      and the pinned Inno Setup compiler from npm, when they are not here yet;
#   2. compile the real packaging/windows/medsos.iss (warnings fail) and run the silent
#      install matrix of wine_matrix.py in a private, throw-away Wine prefix, under Xvfb.
# Wine and the compiler stay installed (a second run skips step 1); the prefix is removed.
# MEDSOS_SKIP_WINE=1 skips all of it, for developers' machines only: CI must not set it.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

INNOSETUP_VERSION=6.4.1
innosetup_dir="${MEDSOS_INNOSETUP_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/medsos-ci/innosetup-$INNOSETUP_VERSION}"
iscc="$innosetup_dir/node_modules/innosetup/bin/ISCC.exe"

if [ "${MEDSOS_SKIP_WINE:-}" = 1 ]; then
  if [ "${CI:-}" = true ]; then
    echo "MEDSOS_SKIP_WINE=1 is for developers' machines, not CI (CI=true)" >&2
    exit 1
  fi
  echo "MEDSOS_SKIP_WINE=1: the Windows installer is NOT compiled or tested under Wine." >&2
  exit 0
fi

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
apt_get() { DEBIAN_FRONTEND=noninteractive $sudo apt-get "$@"; }
fail() {
  echo "ci_wine.sh: $*" >&2
  echo "  (set MEDSOS_SKIP_WINE=1 to skip the Windows installer on a developer's machine)" >&2
  exit 1
}

# --- 1: Wine and the compiler -------------------------------------------------------------
# xvfb and xauth: xvfb-run (packaging/ci.sh installs them too); npm: the compiler's package.
packages=(wine wine64 wine32:i386 xvfb xauth)
command -v npm >/dev/null || packages+=(npm)
missing=()
for pkg in "${packages[@]}"; do
  if [ "$pkg" = npm ] || ! dpkg -s "$pkg" >/dev/null 2>&1; then missing+=("$pkg"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  t=$SECONDS
  if ! dpkg --print-foreign-architectures | grep -qx i386; then
    $sudo dpkg --add-architecture i386 || fail "dpkg --add-architecture i386 failed"
  fi
  apt_get update -qq || fail "apt-get update failed"
  apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "could not install ${missing[*]} with apt-get"
  echo "installed in $((SECONDS - t))s"
fi
command -v wine >/dev/null || fail "wine is not on PATH after installing it"

if [ ! -f "$iscc" ]; then
  echo "Fetching Inno Setup $INNOSETUP_VERSION (npm package innosetup) into $innosetup_dir"
  t=$SECONDS
  mkdir -p "$innosetup_dir"
  npm install --prefix "$innosetup_dir" --no-audit --no-fund --ignore-scripts \
    --save-exact "innosetup@$INNOSETUP_VERSION" >/dev/null \
    || fail "npm install innosetup@$INNOSETUP_VERSION failed"
  [ -f "$iscc" ] || fail "the innosetup package has no $iscc"
  echo "Inno Setup fetched in $((SECONDS - t))s"
fi


# --- 2: compile and test in a private prefix, under a virtual X display ---------------------
# (packaging/ci.sh has installed xvfb and xauth.)
t=$SECONDS
xvfb-run --auto-servernum --server-args="-screen 0 1024x768x24" \
  .venv/bin/python packaging/windows/wine_matrix.py --iscc "$iscc" \
  --innosetup-version "$INNOSETUP_VERSION"
echo "Windows installer under Wine: $((SECONDS - started))s in all ($((SECONDS - t))s compiling and testing)"
