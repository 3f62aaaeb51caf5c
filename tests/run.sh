#!/bin/sh
# run.sh BUILD: runs every test of the suite against the binaries in BUILD and
# prints one closing line "tests: N passed, N failed". Exits non-zero on any failure.
set -u
BUILD=${1:-build}
cd "$(dirname "$0")/.." || exit 2
passed=0
failed=0
failures=""

run() { # name, command...
    name=$1
    shift
    start=$(date +%s)
    if "$@"; then
        passed=$((passed + 1))
        echo "ok   $name ($(( $(date +%s) - start )) s)"
    else
        failed=$((failed + 1))
        failures="$failures $name"
        echo "FAIL $name"
    fi
}

state_before=$(ls -d righthelp.db* 2>/dev/null)
for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    run "$(basename "$t")" "$t"
done

# The pack must pass its own linter and every case file.
# Answers over 16 MB on stdin are refused with a message (exit 1), never cut short and decided.
huge_answers() {
    out=$(head -c 17000000 /dev/zero | tr '\0' ' ' | "$BUILD/righthelp" decide --area sutton --mode practitioner --answers - 2>&1)
    [ $? = 1 ] && echo "$out" | grep -q "too large"
}
run "decide refuses huge answers" huge_answers
run "check" "$BUILD/righthelp" check
run "cases" "$BUILD/righthelp" check --cases tests/cases
run "pack cases" "$BUILD/righthelp" check --cases rules/cases
# Published cases answered blind (tests/published/README.md): both modes at or above the set's
# floor (tests/published/floor.json), and the report fails when a pack loses a red flag.
run "published cases" tests/test_published.sh "$BUILD"
# A fresh set, collected after that calibration (tests/published-fresh/README.md): at or above its floor.
fresh_set() {
    out=$("$BUILD/righthelp" check --cases tests/published-fresh --report 2>&1) && return 0
    printf '%s\n' "$out" | grep -E '^\| |floor|error:'
    return 1
}
run "published cases, fresh set" fresh_set
run "unit file" tests/test_unit_file.sh "$BUILD"
run "training stats" tests/test_training_stats.sh "$BUILD"

# Every play script walks the kiosk headless and asserts on what is on screen.
shots=$(mktemp -d /tmp/righthelp-shots-XXXXXX)
for s in tests/ui/*.play; do
    # A database each: settings and a PIN one script sets must not change another's screens.
    run "play $(basename "$s")" "$BUILD/righthelp" play "$s" --out "$shots" --db "$shots/$(basename "$s" .play).db"
done
rm -rf "$shots"
# Nothing the suite runs leaves a database or last good rules in the checkout (they go to --db, or to
# the user's state folder); what was there before the run is not the suite's.
no_state_in_checkout() { [ "$(ls -d righthelp.db* 2>/dev/null)" = "$state_before" ]; }
run "no state in the checkout" no_state_in_checkout

# Fuzzing (tests/fuzz): every committed corpus and regression input replayed,
# then a short run of each libFuzzer target ('make fuzz' runs them long).
for t in answers config play rules; do
    run "fuzz $t" tests/fuzz/run.sh build/fuzz "${FUZZ_SECONDS:-6}" "$t"
done

echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ] || { echo "failed:$failures"; exit 1; }
