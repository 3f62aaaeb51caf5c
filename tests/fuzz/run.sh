#!/bin/sh
# run.sh FUZZ_DIR SECONDS TARGET: replays every committed input of one libFuzzer
# target (tests/fuzz/corpus/TARGET and tests/fuzz/regressions/TARGET), then
# fuzzes it for SECONDS more. New inputs go to a temporary folder, never into
# the committed corpus; a crash is kept in build/fuzz-crashes/TARGET and fails
# the run. Prints one line of figures: "fuzz TARGET: N runs in S s, ...".
# Run from anywhere: it works from the repository root.
set -u
FUZZ_DIR=${1:?usage: run.sh FUZZ_DIR SECONDS TARGET}
SECONDS_=${2:?seconds}
T=${3:?target}
cd "$(dirname "$0")/../.." || exit 2
bin="$FUZZ_DIR/fuzz_$T"
[ -x "$bin" ] || { echo "run.sh: $bin is missing (make fuzzers)" >&2; exit 1; }
corpus=tests/fuzz/corpus/$T
regress=tests/fuzz/regressions/$T
[ -d "$corpus" ] || { echo "run.sh: $corpus is missing" >&2; exit 1; }
dirs="$corpus"
[ -d "$regress" ] && dirs="$dirs $regress"
opts="-max_len=4096 -timeout=20 -rss_limit_mb=2048 -dict=tests/fuzz/$T.dict -print_final_stats=1"

# Every committed input, once: a regression fails here before any fuzzing.
# shellcheck disable=SC2086
if ! "$bin" $opts -runs=0 $dirs >"$FUZZ_DIR/replay-$T.log" 2>&1; then
    tail -40 "$FUZZ_DIR/replay-$T.log" >&2
    echo "fuzz $T: a committed input fails (log: $FUZZ_DIR/replay-$T.log)" >&2
    exit 1
fi
[ "$SECONDS_" -gt 0 ] || exit 0

work=$(mktemp -d /tmp/righthelp-fuzz-XXXXXX)
crashes=build/fuzz-crashes/$T
mkdir -p "$crashes"
# shellcheck disable=SC2086
"$bin" $opts -max_total_time="$SECONDS_" -artifact_prefix="$crashes/" "$work" $dirs >"$FUZZ_DIR/run-$T.log" 2>&1
rc=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$FUZZ_DIR/run-$T.log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$FUZZ_DIR/run-$T.log" | tail -1)
found=$(find "$work" -type f | wc -l)
rm -rf "$work"
echo "fuzz $T: ${runs:-?} runs in $SECONDS_ s (${rate:-?}/s), $found new inputs, exit $rc"
if [ "$rc" != 0 ]; then
    grep -E "ERROR|SUMMARY|Test unit written|==[0-9]+==" "$FUZZ_DIR/run-$T.log" | head -20 >&2
    echo "fuzz $T: crash kept in $crashes (full log: $FUZZ_DIR/run-$T.log); add it to $regress with the fix" >&2
    exit 1
fi
