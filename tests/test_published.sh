#!/bin/sh
# test_published.sh BUILD: the published-case report (tests/published) can fail, and says why:
# a pack that loses a red flag falls below the floor; a mapping made for other questions, or one
# that leaves a question the flow asks unanswered, is refused rather than scored.
set -eu
BUILD=${1:-build}
bin="$BUILD/righthelp"
dir=$(mktemp -d /tmp/righthelp-published-XXXXXX)
trap 'rm -rf "$dir"' EXIT
fail() { echo "test_published: $*"; exit 1; }

out=$("$bin" check --cases tests/published --report 2>&1) || fail "the set is below its floor: $out"
printf '%s\n' "$out" | grep -q '^| practitioner | ' || fail "no practitioner row: $out"
printf '%s\n' "$out" | grep -q '^| family | ' || fail "no family row: $out"

# A pack whose red flag for a risky adult no longer fires: escalation recall drops below the floor.
cp -r rules "$dir/rules"
sed -i 's/when = { { p_rf_risky_adult = { "yes", "suspected" } }, { f_rf_risky_adult = "yes" } } }/when = { { p_rf_risky_adult = "never" } } }/' \
    "$dir/rules/indicators/redflags.lua"
grep -q 'p_rf_risky_adult = "never"' "$dir/rules/indicators/redflags.lua" || fail "could not disable the red flag"
if out=$("$bin" check --rules "$dir/rules" --cases tests/published --report 2>&1); then
    fail "a pack without the risky-adult red flag passed"
fi
printf '%s\n' "$out" | grep -q 'below the floor' || fail "no floor message: $out"

# A mapping made for another question list, and one with an answer missing.
mkdir "$dir/cases"
cp tests/published/floor.json "$dir/cases/"
case_file=$(ls tests/published/p*.json | head -1)
python3 - "$case_file" "$dir/cases" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
stale = json.loads(json.dumps(c)); stale["mapping"]["questions"]["family"] = "0" * 64
json.dump(stale, open(sys.argv[2] + "/stale.json", "w"))
gap = json.loads(json.dumps(c)); del gap["mapping"]["practitioner"]["p_rf_any"]
json.dump(gap, open(sys.argv[2] + "/gap.json", "w"))
PY
if out=$("$bin" check --cases "$dir/cases" --report 2>&1); then fail "stale and incomplete mappings passed"; fi
printf '%s\n' "$out" | grep -q 'stale.json: error: the family mapping was made for other questions' || fail "stale: $out"
printf '%s\n' "$out" | grep -q "gap.json: error: practitioner: the mapping leaves 'p_rf_any' unanswered" || fail "gap: $out"
echo "test_published: ok"
