#!/bin/sh
# Installs the Debian 12 packages Right Help needs to build, test and run.
# Installs only what is missing; uses sudo when not root; says clearly when it cannot.
set -eu

# Build and run: compiler, SDL2 + SDL2_ttf, Lua 5.4, SQLite, JSON, PNG, QR codes, libsodium.
# Test: cmocka, an X server for on-screen tests, fonts.
# The kiosk itself: cage (which will not start without Xwayland), run and tested under systemd.
PKGS="build-essential pkg-config
libsdl2-dev libsdl2-ttf-dev liblua5.4-dev libsqlite3-dev libcjson-dev libpng-dev
libqrencode-dev libsodium-dev libfribidi-dev libinih-dev libcmocka-dev
fonts-noto-core xvfb xauth
systemd procps cage xwayland"
# Faults: clang with libFuzzer for tests/fuzz, valgrind for 'make valgrind'.
PKGS="$PKGS clang libclang-rt-14-dev valgrind"
# Signed rule packs: the tests sign with Debian's minisign (the kiosk verifies with libsodium).
PKGS="$PKGS minisign"
# Read aloud (issue 22): eSpeak NG's voices, and its header (the kiosk opens the library on first use).
PKGS="$PKGS espeak-ng libespeak-ng-dev"
# Fleet: libpq to reach a partnership's PostgreSQL; the server itself for the tests.
PKGS="$PKGS postgresql-15 libpq-dev"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing missing Debian packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
    SUDO="sudo"
else
    echo "install-deps: cannot install packages (not root and no sudo). Ask an administrator to run:" >&2
    echo "  apt-get install$missing" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# An old or empty package list makes apt fail to find packages: refresh it first.
$SUDO apt-get update -qq >&2 || echo "install-deps: apt-get update failed; trying with the lists we have" >&2
if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >&2; then
    echo "install-deps: apt-get install failed for:$missing" >&2
    exit 1
fi
