#!/bin/sh
# setup-kiosk.sh: turns a Debian 12 machine into a Right Help kiosk. Run as root
# from the checkout after 'make'. Safe to run twice: every step checks first.
set -eu
cd "$(dirname "$0")/.."

kiosk/install-deps.sh # includes cage and Xwayland

# The program, rules, assets and a default config (an existing config is kept).
make install PREFIX=/usr/local
install -d -m 755 /etc/righthelp
[ -f /etc/righthelp/righthelp.conf ] || install -m 644 kiosk/righthelp.conf /etc/righthelp/righthelp.conf

# An unprivileged user owns the database and nothing else.
id righthelp >/dev/null 2>&1 || useradd --system --create-home --home-dir /var/lib/righthelp \
    --shell /usr/sbin/nologin --groups video,input,render righthelp
install -d -o righthelp -g righthelp -m 750 /var/lib/righthelp

# The unit, started at boot instead of a login prompt on tty1.
install -m 644 kiosk/righthelp-kiosk.service /etc/systemd/system/righthelp-kiosk.service
systemctl daemon-reload
systemctl enable righthelp-kiosk.service
systemctl disable getty@tty1.service 2>/dev/null || true

# Fleet sync: a timer beside the kiosk; it runs only once
# /etc/righthelp/pg_service.conf exists (kiosk/README.md, "Joining a fleet").
install -m 644 kiosk/righthelp-sync.service kiosk/righthelp-sync.timer /etc/systemd/system/
systemctl daemon-reload
systemctl enable --now righthelp-sync.timer

# No screen blanking on the console.
if ! grep -q 'consoleblank=0' /etc/default/grub 2>/dev/null; then
    sed -i 's/^GRUB_CMDLINE_LINUX_DEFAULT="\(.*\)"/GRUB_CMDLINE_LINUX_DEFAULT="\1 consoleblank=0"/' /etc/default/grub
    command -v update-grub >/dev/null 2>&1 && update-grub || true
fi

echo "setup-kiosk: done. Start it now with: systemctl start righthelp-kiosk"
echo "The first touch-and-hold (3 s) in the top-left corner asks for the staff PIN to set."
