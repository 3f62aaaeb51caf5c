#!/bin/sh
# test_training_stats.sh BUILD: 'righthelp stats --training' on a real database filled by a
# training session played on the kiosk (tests/ui/training.play): the counts, the usual wrong
# answer, the CSV and JSON forms, and bad usage.
set -eu
BUILD=${1:-build}
bin="$BUILD/righthelp"
dir=$(mktemp -d /tmp/righthelp-training-XXXXXX)
trap 'rm -rf "$dir"' EXIT
fail() { echo "test_training_stats: $*"; exit 1; }

"$bin" play tests/ui/training.play --out "$dir" --db "$dir/t.db" >/dev/null 2>&1 || fail "training.play failed"

json=$("$bin" stats --db "$dir/t.db" --training --json) || fail "stats --training exited $?"
flat=$(printf '%s' "$json" | tr -d ' \t\n')
for want in '"attempts":8,' '"level_correct":0.875,' '"action_correct":0.625,' \
            '"case":"ad-phone-worry","rules_level":1,"attempts":1,"level_correct":0,"action_correct":0,"usual_wrong_level":2,"usual_wrong_action":"early_help"' \
            '"usual_wrong_action":"call_999"'; do
    case "$flat" in *"$want"*) ;; *) fail "JSON lacks $want: $flat" ;; esac
done
# The hardest case comes first.
case "$flat" in *'"by_case":[{"case":"ad-phone-worry"'*) ;; *) fail "hardest case not first: $flat" ;; esac

csv=$("$bin" stats --db "$dir/t.db" --training --csv) || fail "stats --training --csv exited $?"
printf '%s\n' "$csv" | head -1 | grep -qx 'table,key,rules_level,attempts,level_correct,action_correct,usual_wrong_level,usual_wrong_action' ||
    fail "CSV header: $csv"
printf '%s\n' "$csv" | grep -qx 'case,"ad-phone-worry",1,1,0.000,0.000,2,early_help' || fail "CSV row: $csv"
printf '%s\n' "$csv" | grep -qx 'level,"4",4,2,1.000,0.500,,call_999' || fail "CSV level row: $csv"

# The sessions table is untouched by training; nothing identifying is stored.
"$bin" stats --db "$dir/t.db" --json | tr -d ' \t\n' | grep -q '"sessions":0,' || fail "training wrote sessions"

# Bad usage: exit 2 and a message on stderr.
set +e
"$bin" stats --training --db "$dir/t.db" --bogus >/dev/null 2>"$dir/err"; rc=$?
set -e
[ "$rc" = 2 ] || fail "bad option exited $rc, not 2"
grep -q -- '--training' "$dir/err" || fail "usage does not name --training"

# A mistyped path is an error, not a new empty database; a damaged file is left as it is.
set +e
"$bin" stats --db "$dir/no-such.db" --json >/dev/null 2>"$dir/err"; rc=$?
set -e
[ "$rc" = 1 ] || fail "a missing database exited $rc, not 1"
[ ! -e "$dir/no-such.db" ] || fail "stats created a database at a mistyped path"
grep -q 'no database at' "$dir/err" || fail "no message for a missing database: $(cat "$dir/err")"
printf 'not a database, but somebody may need it' >"$dir/bad.db"
set +e
"$bin" stats --db "$dir/bad.db" --json >/dev/null 2>"$dir/err"; rc=$?
set -e
[ "$rc" = 1 ] || fail "a damaged database exited $rc, not 1"
grep -q 'integrity' "$dir/err" || fail "no message for a damaged database: $(cat "$dir/err")"
grep -q 'somebody' "$dir/bad.db" || fail "stats changed a damaged database"
echo "training stats: ok"
