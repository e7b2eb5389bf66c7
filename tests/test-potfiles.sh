#!/usr/bin/env bash
# Every source file with a translatable string is listed in po/POTFILES.in,
# and every file listed there exists: otherwise its strings silently never
# reach translators. TAP output.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
cd "${HEARTH_SOURCE_ROOT:?}" || exit 1

listed=$(grep -v -e '^#' -e '^$' po/POTFILES.in | sort)
found=$( { grep -lE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|g_dpgettext2?)[[:space:]]*\(' \
             src/*/*.c 2>/dev/null; grep -l 'translatable="yes"' ui/*.ui 2>/dev/null; } | sort -u)

echo "1..2"
missing=$(comm -13 <(echo "$listed") <(echo "$found"))
if [ -z "$missing" ]; then
  echo "ok 1 - every file with translatable strings is in po/POTFILES.in"
else
  echo "not ok 1 - missing from po/POTFILES.in: $(echo $missing)"
fi
stale=""
for f in $listed; do [ -f "$f" ] || stale="$stale $f"; done
if [ -z "$stale" ]; then
  echo "ok 2 - every file in po/POTFILES.in exists"
else
  echo "not ok 2 - listed but not found:$stale"
fi
