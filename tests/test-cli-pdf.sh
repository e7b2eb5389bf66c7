#!/bin/bash
# test-cli-pdf.sh: hearth-cli export-pdf, read back with poppler (TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs HEARTH_CLI (the built hearth-cli) and HEARTH_SOURCE_ROOT, and
# pdfinfo and pdftotext (Debian: poppler-utils); skipped without them.
# export-pdf exits 0 when it wrote the PDF, 2 when it did not (a bad file,
# a version that must not be made, a file that could not be written, or
# a wrong command line).

set -u

: "${HEARTH_CLI:?HEARTH_CLI must name the hearth-cli program}"
: "${HEARTH_SOURCE_ROOT:?HEARTH_SOURCE_ROOT must name the source tree}"

if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
  echo "1..0 # SKIP pdftotext not installed"
  exit 0
fi

EXAMPLE="$HEARTH_SOURCE_ROOT/data/examples/carter-household.hearth"
HOSTILE="$HEARTH_SOURCE_ROOT/tests/data/hostile/unclosed-tag.hearth"
REFERENCE="CIN-2026-0417"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hearth-cli-pdf-test.XXXXXX") || exit 99
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
  echo "# exit status: ${STATUS:-none}"
  sed 's/^/# stdout: /' "$OUT" 2>/dev/null | head -20
  sed 's/^/# stderr: /' "$ERR" 2>/dev/null | head -20
}

# pages PDF: the page count pdfinfo reports, or nothing.
pages () {
  pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages:[[:space:]]*\([0-9][0-9]*\)$/\1/p'
}

# exported PDF MIN-PAGES ARGS...: export-pdf ARGS... -o PDF exits 0 quietly,
# and PDF has at least MIN-PAGES pages and the case reference in its title.
exported () {
  local pdf=$1 min=$2 n
  shift 2
  rm -f "$pdf"
  run export-pdf "$@" -o "$pdf"
  [ "$STATUS" -eq 0 ] || { why "expected exit status 0"; return 1; }
  [ ! -s "$ERR" ] || { why "unexpected stderr"; return 1; }
  [ -s "$pdf" ] || { why "no PDF written"; return 1; }
  n=$(pages "$pdf")
  [ -n "$n" ] && [ "$n" -ge "$min" ] || { why "expected at least $min pages, pdfinfo says “$n”"; return 1; }
  pdfinfo "$pdf" 2>/dev/null | grep -q "^Title:.*$REFERENCE" ||
    { why "the title does not have $REFERENCE:"; pdfinfo "$pdf" 2>&1 | sed 's/^/# pdfinfo: /' | head -20; return 1; }
}

# refused PDF ARGS...: export-pdf ARGS... -o PDF exits 2 with a message,
# and writes nothing.
refused () {
  local pdf=$1
  shift
  rm -f "$pdf"
  run export-pdf "$@" -o "$pdf"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  [ -s "$ERR" ] || { why "expected a message on stderr"; return 1; }
  [ ! -e "$pdf" ] || { why "a PDF was written anyway"; return 1; }
}

case_full () {
  exported "$WORK/full.pdf" 7 "$EXAMPLE"
}

case_full_text () {
  local text="$WORK/full.txt"
  [ -s "$WORK/full.pdf" ] || exported "$WORK/full.pdf" 7 "$EXAMPLE" || return 1
  pdftotext "$WORK/full.pdf" "$text" 2>"$ERR" || { why "pdftotext failed"; return 1; }
  grep -q "Box room" "$text" || { why "no “Box room” in the text"; return 1; }
  # The box room's countable area, 5.28 m².
  grep -q "5\.28" "$text" || { why "no “5.28” in the text"; return 1; }
}

case_mode () {
  local mode
  [ -s "$WORK/full.pdf" ] || exported "$WORK/full.pdf" 7 "$EXAMPLE" || return 1
  mode=$(stat -c %a "$WORK/full.pdf")
  [ "$mode" = 600 ] || { why "mode is $mode, not 600"; return 1; }
}

case_family () {
  exported "$WORK/family.pdf" 1 --family "$EXAMPLE"
}

case_initials () {
  local text="$WORK/initials.txt"
  exported "$WORK/initials.pdf" 1 --initials "$EXAMPLE" || return 1
  pdftotext "$WORK/initials.pdf" "$text" 2>"$ERR" || { why "pdftotext failed"; return 1; }
  # Amy sleeps in the box room: her full name is on a plan, a finding
  # and the household list of the full version.
  ! grep -q "Amy Carter" "$text" || { why "“Amy Carter” is in the initials-only PDF"; return 1; }
}

case_for_joanne () {
  exported "$WORK/joanne.pdf" 1 --for joanne "$EXAMPLE"
}

case_for_daniel () {
  refused "$WORK/daniel.pdf" --for daniel "$EXAMPLE" || return 1
  grep -q "assessed" "$ERR" || { why "the message does not say sharing is not assessed"; return 1; }
}

case_for_nobody () {
  refused "$WORK/nobody.pdf" --for nobody "$EXAMPLE"
}

case_no_output () {
  run export-pdf "$EXAMPLE"
  [ "$STATUS" -eq 2 ] || { why "expected exit status 2"; return 1; }
  grep -q -- "-o" "$ERR" || { why "the message does not mention -o"; return 1; }
}

case_hostile () {
  refused "$WORK/hostile.pdf" "$HOSTILE" || return 1
  grep -q "unclosed-tag.hearth: line" "$ERR" || { why "file and line not on stderr"; return 1; }
}

case_unwritable () {
  refused "$WORK/no-such-folder/full.pdf" "$EXAMPLE"
}

case_for_and_family () {
  refused "$WORK/both.pdf" --for joanne --family "$EXAMPLE"
}

CASES=(
  "full:export-pdf writes the full version: 7 pages or more, the case reference in the title"
  "full_text:the full version's text has the box room and its 5.28 m²"
  "mode:the PDF is readable by its owner only (mode 600)"
  "family:--family writes the plain-language version"
  "initials:--initials writes a version without the household's full names"
  "for_joanne:--for joanne writes her version"
  "for_daniel:--for daniel exits 2, says sharing is not assessed, writes nothing"
  "for_nobody:--for an unknown person exits 2 and writes nothing"
  "no_output:export-pdf without -o exits 2 and says so"
  "hostile:export-pdf on a damaged file exits 2 with the line, writes nothing"
  "unwritable:export-pdf into a missing folder exits 2"
  "for_and_family:--for with --family exits 2"
)

echo "1..${#CASES[@]}"
failed=0
n=0
for entry in "${CASES[@]}"; do
  n=$((n + 1))
  name=${entry%%:*}
  description=${entry#*:}
  STATUS=
  if "case_$name"; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    failed=$((failed + 1))
  fi
done

[ "$failed" -eq 0 ]
