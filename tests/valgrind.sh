#!/bin/sh
# valgrind.sh BUILD: memcheck over every unit test, a few play scripts and the
# rule commands, with the program built normally (not under ASan). Any memory
# error, or any leak definitely or indirectly lost, fails the run; the only
# suppressions are named third-party leaks in tests/valgrind.supp. The long
# tests run short here (valgrind is some 50 times slower): the storm 300
# events, the soak 40 sessions. Prints "valgrind: N clean, N failed".
set -u
BUILD=${1:-build}
cd "$(dirname "$0")/.." || exit 2
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed (kiosk/install-deps.sh)" >&2; exit 1; }
VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect
    --show-leak-kinds=definite,indirect --suppressions=tests/valgrind.supp"
export RIGHTHELP_STORM_EVENTS=300 RIGHTHELP_SOAK_SESSIONS=40 RIGHTHELP_RESULT_FLOWS=6 RIGHTHELP_SPEECH_QUESTIONS=3
logs=$BUILD/valgrind
mkdir -p "$logs"
clean=0
failed=0
failures=""

vg() { # name, command...
    name=$1
    shift
    start=$(date +%s)
    # shellcheck disable=SC2086
    if $VG "$@" >"$logs/$name.log" 2>&1; then
        clean=$((clean + 1))
        echo "clean $name ($(( $(date +%s) - start )) s)"
    else
        failed=$((failed + 1))
        failures="$failures $name"
        grep -E "==[0-9]+==|FAILED|ERROR" "$logs/$name.log" | head -30
        echo "FAIL  $name (log: $logs/$name.log)"
    fi
}

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    vg "$(basename "$t")" "$t"
done
shots=$(mktemp -d /tmp/righthelp-valgrind-XXXXXX)
for s in smoke arabic city-family training staff wandsworth-spanish; do
    vg "play-$s" "$BUILD/righthelp" play "tests/ui/$s.play" --out "$shots" --db "$shots/$s.db" # a database each: staff.play counts its own sessions
done
vg "decide" "$BUILD/righthelp" decide --area sutton --mode practitioner --answers tests/fuzz/corpus/answers/p-rf-two-flags.json
vg "check-cases" "$BUILD/righthelp" check --cases rules/cases
rm -rf "$shots"

echo "valgrind: $clean clean, $failed failed"
[ "$failed" = 0 ] || { echo "failed:$failures"; exit 1; }
