#!/bin/sh
# test_unit_file.sh BUILD: the systemd unit passes 'systemd-analyze verify'.
# verify also checks that ExecStart's programs exist: the copy points them at
# this build (and at sh for cage, which a build machine need not have).
# The sync service and its timer (fleet sync) are checked the same way.
set -eu
BUILD=${1:-build}
command -v systemd-analyze >/dev/null || { echo "systemd-analyze is missing"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed -e "s|/usr/bin/cage -d --|/bin/sh -c true|" -e "s|/usr/local/bin/righthelp|$(pwd)/$BUILD/righthelp|" \
    kiosk/righthelp-kiosk.service >"$dir/righthelp-kiosk.service"
for u in righthelp-sync.service righthelp-sync.timer; do
    sed -e "s|/usr/local/bin/righthelp|$(pwd)/$BUILD/righthelp|" "kiosk/$u" >"$dir/$u"
done
grep -q '^RandomizedDelaySec=' kiosk/righthelp-sync.timer || { echo "sync timer has no random delay"; exit 1; }
out=$(systemd-analyze verify "$dir/righthelp-kiosk.service" "$dir/righthelp-sync.service" "$dir/righthelp-sync.timer" 2>&1 |
      grep -v -e 'getty@tty1' -e 'graphical.target' || true)
if [ -n "$out" ]; then echo "$out"; exit 1; fi
# cage's -s allows switching to another console: no way out of a kiosk.
flags=$(sed -n 's|^ExecStart=/usr/bin/cage \(.*\) -- .*|\1|p' kiosk/righthelp-kiosk.service)
for f in $flags; do
    case $f in -[a-z]*s*) echo "cage is started with -s (VT switching): $flags"; exit 1 ;; esac
done
sh -n kiosk/setup-kiosk.sh kiosk/install-deps.sh
