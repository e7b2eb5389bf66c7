#!/bin/bash
# test-cli.sh: hearth-cli's output and exit status (TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs HEARTH_CLI (the built hearth-cli) and HEARTH_SOURCE_ROOT. Exit
# status of hearth-cli: 0 nothing needs action, 1 a breach or hazard,
# 2 a file is not a valid assessment or the command line is wrong.

set -u

: "${HEARTH_CLI:?HEARTH_CLI must name the hearth-cli program}"
: "${HEARTH_SOURCE_ROOT:?HEARTH_SOURCE_ROOT must name the source tree}"

EXAMPLE="$HEARTH_SOURCE_ROOT/data/examples/carter-household.hearth"
HOSTILE="$HEARTH_SOURCE_ROOT/tests/data/hostile/unclosed-tag.hearth"
MINIMAL="$HEARTH_SOURCE_ROOT/tests/data/valid/minimal.hearth"
TAB=$'\t'

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hearth-cli-test.XXXXXX") || exit 99
trap 'rm -rf "$WORK"' EXIT
OUT="$WORK/stdout"
ERR="$WORK/stderr"

# run ARGS...: runs hearth-cli, leaving its output in $OUT and $ERR and its
# exit status in $STATUS.
run () {
  "$HEARTH_CLI" "$@" >"$OUT" 2>"$ERR"
  STATUS=$?
}

# Diagnostics for a failed case, as TAP comments.
why () {
  echo "# $*"
  echo "# exit status: $STATUS"
  sed 's/^/# stdout: /' "$OUT" | head -20
  sed 's/^/# stderr: /' "$ERR" | head -20
}

case_check_example () {
  run check "$EXAMPLE"
  [ "$STATUS" -eq 1 ] || { why "expected exit status 1 (a hazard)"; return 1; }
  grep -q "Bedroom under 70 sq ft" "$OUT" || { why "no “Bedroom under 70 sq ft”"; return 1; }
  [ ! -s "$ERR" ] || { why "unexpected stderr"; return 1; }
}

case_check_tsv () {
  local bad
  run check --tsv "$EXAMPLE"
  [ "$STATUS" -eq 1 ] || { why "expected exit status 1"; return 1; }
  [ -s "$OUT" ] || { why "no lines"; return 1; }
  # Exactly five fields on every line: rule, severity, rooms, persons, message.
  bad=$(awk -F'\t' 'NF != 5 { print NR": "NF" fields" }' "$OUT")
  [ -z "$bad" ] || { why "lines without 5 fields: $bad"; return 1; }
  grep -q "^small-bedroom${TAB}hazard${TAB}box${TAB}amy${TAB}." "$OUT" ||
    { why "no small-bedroom line for amy in box"; return 1; }
}

case_areas () {
  run areas "$EXAMPLE"
  [ "$STATUS" -eq 0 ] || { why "expected exit status 0"; return 1; }
  # Box room: 2400 × 2600 mm = 6.24 m² = 67.16 sq ft (truncated); less the
  # 2400 × 400 mm bulkhead, 5.28 m² = 56.83 sq ft.
  grep -Eq "[[:space:]]box[[:space:]].*[[:space:]]6\.24[[:space:]]+67\.16[[:space:]]+5\.28[[:space:]]+56\.83([[:space:]]|$)" "$OUT" ||
    { why "no box row with 6.24 67.16 5.28 56.83"; return 1; }
}

case_validate_example () {
  run validate "$EXAMPLE"
  [ "$STATUS" -eq 0 ] || { why "expected exit status 0"; return 1; }
  [ ! -s "$ERR" ] || { why "unexpected stderr"; return 1; }
}

case_validate_hostile () {
  run validate "$HOSTILE"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  [ ! -s "$OUT" ] || { why "expected nothing on stdout"; return 1; }
  # The tag left open on line 5 shows up where </hearth-assessment> is, line 24.
  grep -q "unclosed-tag.hearth: line 24:" "$ERR" || { why "no file name and line on stderr"; return 1; }
}

case_validate_mixed () {
  # One bad file among good ones: status 2, but the good ones are reported.
  run validate "$EXAMPLE" "$HOSTILE" "$MINIMAL"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  grep -q "carter-household.hearth" "$OUT" || { why "example not reported"; return 1; }
  grep -q "minimal.hearth" "$OUT" || { why "minimal not reported"; return 1; }
  grep -q "unclosed-tag.hearth: line" "$ERR" || { why "hostile file not reported"; return 1; }
}

case_areas_hostile () {
  run areas "$HOSTILE"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  grep -q "line" "$ERR" || { why "no line on stderr"; return 1; }
}

case_check_clear () {
  run check "$MINIMAL"
  [ "$STATUS" -eq 0 ] || { why "expected exit status 0 (nothing to act on)"; return 1; }
  [ ! -s "$ERR" ] || { why "unexpected stderr"; return 1; }
}

case_check_missing_file () {
  run check "$WORK/no-such.hearth"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  grep -q "no-such.hearth" "$ERR" || { why "file not named on stderr"; return 1; }
}

case_unknown_command () {
  run frobnicate "$EXAMPLE"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  grep -q "frobnicate" "$ERR" || { why "command not named on stderr"; return 1; }
  [ ! -s "$OUT" ] || { why "expected nothing on stdout"; return 1; }
}

case_no_file () {
  run check
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  [ -s "$ERR" ] || { why "expected a message"; return 1; }
}

case_bad_pairing () {
  run check --pairing=bogus "$EXAMPLE"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  grep -q "pairing" "$ERR" || { why "no message about --pairing"; return 1; }
  grep -q "bogus" "$ERR" || { why "the bad value is not named"; return 1; }
  [ ! -s "$OUT" ] || { why "expected nothing on stdout"; return 1; }
}

case_bad_headroom () {
  run areas --headroom=2m "$EXAMPLE"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  grep -q "headroom" "$ERR" || { why "no message about --headroom"; return 1; }
}

CASES=(
  "check_example:check on the example exits 1 and reports the small bedroom"
  "check_tsv:check --tsv prints five fields a line, with small-bedroom for amy in box"
  "areas:areas prints the box room as 6.24/67.16 gross and 5.28/56.83 countable"
  "validate_example:validate on the example exits 0"
  "validate_hostile:validate on a damaged file exits 2, message and line on stderr only"
  "validate_mixed:validate reports good files and exits 2 when one is bad"
  "areas_hostile:areas on a damaged file exits 2"
  "check_clear:check on a file with nothing to act on exits 0"
  "check_missing_file:check on a missing file exits 2 and names it"
  "unknown_command:an unknown command exits 2"
  "no_file:check without a file exits 2"
  "bad_pairing:--pairing=bogus exits 2 with a message"
  "bad_headroom:--headroom with an unknown rule exits 2"
)

echo "1..${#CASES[@]}"
failed=0
n=0
for entry in "${CASES[@]}"; do
  n=$((n + 1))
  name=${entry%%:*}
  description=${entry#*:}
  if "case_$name"; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    failed=$((failed + 1))
  fi
done

[ "$failed" -eq 0 ]
