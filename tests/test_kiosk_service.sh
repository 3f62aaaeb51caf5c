#!/bin/sh
# test_kiosk_service.sh BUILD: the shipped unit, run by a real systemd, keeps the
# kiosk up: it starts it under cage (headless) in its sandbox, reloads it without a
# restart, restarts it when it is killed, kills and restarts it when its event loop
# hangs (the watchdog), and stops it cleanly.
#
# PID 1 here is not systemd, so the unit runs in a systemd user manager instead, as
# the unprivileged user nobody, in a private mount namespace and a cgroup of its
# own that is delegated to it (as systemd does for user@.service). The unit and
# the config are the shipped files re-rooted under /srv/righthelp; a drop-in
# (written below) changes only what a user manager or a test needs.
# Needs root (namespace and cgroup), cage and Xwayland (kiosk/install-deps.sh).
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."

fail() { echo "test_kiosk_service: $*" >&2; exit 1; }

if [ "${RIGHTHELP_SERVICE_NS:-}" != 1 ]; then
    [ "$(id -u)" = 0 ] || fail "needs root (a mount namespace and a delegated cgroup)"
    for tool in unshare setpriv systemctl /lib/systemd/systemd /usr/bin/cage /usr/bin/Xwayland; do
        command -v "$tool" >/dev/null || fail "$tool is missing (kiosk/install-deps.sh installs it)"
    done
    [ -x "$BUILD/righthelp" ] || fail "$BUILD/righthelp is not built"
    unshare --mount true || fail "cannot make a mount namespace (needs CAP_SYS_ADMIN)"
    # Mounts made from here on are private to this test and vanish with it.
    exec env RIGHTHELP_SERVICE_NS=1 unshare --mount --propagation private "$0" "$@"
fi

USER_ID=$(id -u nobody) GROUP_ID=$(id -g nobody)
ROOT=/srv/righthelp
UNIT=righthelp-kiosk.service
MANAGER=""

# systemd's user manager starts only where systemd runs (/run/systemd/system);
# /run here is a tmpfs of this namespace, the manager's runtime directory.
mount -t tmpfs -o mode=755 righthelp-run /run
mkdir -p /run/systemd/system
chown "$USER_ID:$GROUP_ID" /run /run/systemd
mount -t tmpfs -o mode=755 righthelp-srv /srv

# The program, rules, assets and config, installed as 'make install' would.
mkdir -p $ROOT/usr/local/bin $ROOT/usr/local/share/righthelp $ROOT/etc/righthelp \
    $ROOT/var/lib/righthelp $ROOT/home/.config/systemd/user/$UNIT.d
install -m 755 "$BUILD/righthelp" $ROOT/usr/local/bin/righthelp
install -m 755 "$BUILD/righthelp-fleet" $ROOT/usr/local/bin/righthelp-fleet
cp -R rules assets $ROOT/usr/local/share/righthelp/
reroot() { sed -e "s|/usr/local/|$ROOT/usr/local/|g" -e "s|/etc/righthelp/|$ROOT/etc/righthelp/|g" \
    -e "s|/var/lib/righthelp|$ROOT/var/lib/righthelp|g" "$1"; }
reroot kiosk/righthelp.conf >$ROOT/etc/righthelp/righthelp.conf
reroot kiosk/$UNIT >$ROOT/home/.config/systemd/user/$UNIT
# What differs from the shipped unit, and why.
cat >$ROOT/home/.config/systemd/user/$UNIT.d/test.conf <<EOF
[Service]
# A user manager runs services as its own user, without PAM or a console.
User=
PAMName=
TTYPath=
StandardInput=null
# No journal here: the kiosk's log goes to a file the test prints on failure.
StandardOutput=append:$ROOT/kiosk.log
StandardError=append:$ROOT/kiosk.log
# No screen or input devices: wlroots' headless output and its CPU renderer.
Environment=WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman
# An unprivileged manager applies ProtectSystem= and PrivateTmp= only inside a user
# namespace; ProtectHome=yes it cannot set up at all (226/NAMESPACE), so that one is off.
PrivateUsers=yes
ProtectHome=no
# A shorter watchdog, so that a hang is seen sooner (the loop pings every second;
# a reload checks the pack in the loop, a few seconds under AddressSanitizer).
WatchdogSec=10
# Why each run ended, as systemd tells it: "watchdog" when the watchdog killed it.
ExecStopPost=/bin/sh -c 'echo "\$SERVICE_RESULT" >>$ROOT/var/lib/righthelp/ends'
EOF
touch $ROOT/var/lib/righthelp/ends
chown -R "$USER_ID:$GROUP_ID" $ROOT/var/lib/righthelp $ROOT/home
: >$ROOT/kiosk.log
chown "$USER_ID:$GROUP_ID" $ROOT/kiosk.log

# A cgroup of the manager's own, delegated to nobody: the manager can place its
# services there and nowhere else. It goes in every hierarchy systemd tracks with.
# Never start the manager as root or in the top cgroup: one there takes the whole
# machine for its own and moves every process into its init.scope.
CG=righthelp-test.$$
CGDIRS=""
if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
    CGDIRS=/sys/fs/cgroup/$CG # cgroup v2 only
else
    [ -d /sys/fs/cgroup/systemd ] && CGDIRS="/sys/fs/cgroup/systemd/$CG"
    [ -d /sys/fs/cgroup/unified ] && CGDIRS="$CGDIRS /sys/fs/cgroup/unified/$CG"
fi
[ -n "$CGDIRS" ] || fail "no cgroup hierarchy for systemd at /sys/fs/cgroup"
for d in $CGDIRS; do
    mkdir "$d" || fail "cannot make a cgroup at $d (is /sys/fs/cgroup writable?)"
    chown -R "$USER_ID:$GROUP_ID" "$d"
done

as_user() { setpriv --reuid="$USER_ID" --regid="$GROUP_ID" --clear-groups \
    env -i PATH=/usr/bin:/bin HOME=$ROOT/home XDG_RUNTIME_DIR=/run XDG_CONFIG_HOME=$ROOT/home/.config "$@"; }
sctl() { as_user systemctl --user "$@"; }
show() { sctl show -p "$1" --value $UNIT; }

cleanup() {
    set +e
    if [ -n "$MANAGER" ]; then
        sctl stop $UNIT >/dev/null 2>&1
        kill "$MANAGER" 2>/dev/null
        i=0
        while kill -0 "$MANAGER" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    fi
    # Whatever is left in the test's cgroup was started by this test.
    for d in $CGDIRS; do
        find "$d" -name cgroup.procs -exec cat {} + 2>/dev/null | xargs -r kill -9 2>/dev/null
    done
    sleep 0.2
    for d in $CGDIRS; do find "$d" -depth -type d -exec rmdir {} + 2>/dev/null; done
}
trap cleanup EXIT

# Waits (polling, at most 60 s: a guard against a hang, not a speed test) until
# the command succeeds; on timeout prints what systemd and the kiosk said.
wait_for() { # description, command...
    what=$1
    shift
    deadline=$(($(date +%s) + 60))
    until "$@"; do
        if [ "$(date +%s)" -ge $deadline ]; then
            echo "test_kiosk_service: gave up waiting for: $what" >&2
            sctl status --no-pager $UNIT >&2 || true
            echo "--- kiosk log" >&2
            tail -n 30 $ROOT/kiosk.log >&2
            exit 1
        fi
        sleep 0.2
    done
}
is_up() { # active and ready (Type=notify: the kiosk said READY=1), with n restarts
    [ "$(show ActiveState)" = active ] && [ "$(show SubState)" = running ] && [ "$(show NRestarts)" = "$1" ] &&
        [ -n "$(app_pid)" ]
}
# The kiosk itself: the righthelp process that cage (the main process) started.
app_pid() { pgrep -x -P "$(show MainPID)" righthelp || true; }
# Why run n ended (ExecStopPost's SERVICE_RESULT).
ended() { sed -n "${1}p" $ROOT/var/lib/righthelp/ends 2>/dev/null; }
ms() { echo $(($(date +%s%N) / 1000000)); }
gone() { ! kill -0 "$1" 2>/dev/null; }
manager_up() { sctl is-system-running >/dev/null 2>&1; }

# The manager, moved into its cgroup before it starts.
sh -c 'for d in $1; do echo $$ >"$d/cgroup.procs"; done; shift; exec "$@"' sh "$CGDIRS" \
    setpriv --reuid="$USER_ID" --regid="$GROUP_ID" --clear-groups \
    env -i PATH=/usr/bin:/bin HOME=$ROOT/home XDG_RUNTIME_DIR=/run XDG_CONFIG_HOME=$ROOT/home/.config \
    /lib/systemd/systemd --user >$ROOT/manager.log 2>&1 &
MANAGER=$!
wait_for "the systemd user manager" manager_up

sctl start --no-block $UNIT
wait_for "the kiosk to start and say it is ready" is_up 0
first=$(app_pid)
# Under ProtectSystem=strict the only place it can write is its ReadWritePaths=.
[ -s $ROOT/var/lib/righthelp/righthelp.db ] || fail "no database in $ROOT/var/lib/righthelp"
grep -q ' / ro,' /proc/"$first"/mountinfo || fail "the kiosk's / is not read-only (ProtectSystem=strict)"
echo "kiosk up and ready under cage, / read-only, its database written: righthelp $first"

# A reload (systemctl reload: new rules) reaches the kiosk, which checks and swaps
# the pack without a restart.
sctl reload $UNIT
wait_for "the kiosk to reload its rules" grep -q "rules reloaded" $ROOT/kiosk.log
[ "$(show NRestarts)" = 0 ] && [ "$(app_pid)" = "$first" ] || fail "a reload restarted the kiosk"
echo "reloaded the rules in righthelp $first, without a restart"

# A crash: systemd starts it again (Restart=always).
t0=$(ms)
kill -KILL "$first"
wait_for "the killed kiosk to come back" is_up 1
back=$(($(ms) - t0))
second=$(app_pid)
gone "$first" || fail "the killed kiosk $first is still there"
[ "$second" != "$first" ] || fail "no new kiosk process after the kill"
ended 1 | grep -qv watchdog || fail "systemd blamed the watchdog for a kill"
echo "killed righthelp $first (systemd: $(ended 1)); systemd restarted it: righthelp $second, ready again after $back ms (RestartSec=2)"

# A hang: the loop stops (SIGSTOP), its pings stop, the watchdog kills and restarts it.
t0=$(ms)
kill -STOP "$second"
wait_for "the watchdog to restart the hung kiosk" is_up 2
back=$(($(ms) - t0))
third=$(app_pid)
gone "$second" || fail "the hung kiosk $second was not killed"
[ "$third" != "$second" ] || fail "no new kiosk process after the hang"
[ "$(ended 2)" = watchdog ] || fail "the hung kiosk ended by '$(ended 2)', not by the watchdog"
echo "hung righthelp $second (systemd: $(ended 2)); the watchdog killed it and systemd restarted it: righthelp $third, ready again after $back ms (WatchdogSec=10)"

# A stop (shutdown, an update) ends the kiosk cleanly (it exits on SIGTERM) and cage with it:
# systemd sees cage exit 0, not killed.
t0=$(ms)
sctl stop $UNIT
[ "$(show ActiveState)" = inactive ] || fail "the kiosk did not stop cleanly: $(show ActiveState) ($(ended 3))"
gone "$third" || fail "righthelp $third outlived 'systemctl stop'"
left=$(find /sys/fs/cgroup/*/"$CG" /sys/fs/cgroup/"$CG" -path '*righthelp-kiosk.service*' -name cgroup.procs -exec cat {} + 2>/dev/null || true)
[ -z "$left" ] || fail "processes left after stop: $left"
grep -q "stopped by a signal" $ROOT/kiosk.log || fail "the kiosk did not stop by itself on SIGTERM"
# Under 'make asan' the kiosk is a sanitizer build: what it reports counts here too.
if grep -E "Sanitizer|runtime error" $ROOT/kiosk.log >&2; then fail "the sanitizers reported the kiosk (above)"; fi
echo "stopped in $(($(ms) - t0)) ms (systemd: $(ended 3))"
