#!/usr/bin/env bash
# The Flatpak manifest parses cleanly with flatpak-builder and keeps to
# what Hearth promises: the GNOME runtime, no network, files through the
# portals only (no --filesystem), the app built with meson. It cannot be
# built offline, so this only checks it. TAP output.
#
# flatpak-builder --show-manifest prints the parsed manifest and fails on
# a syntax error; an unknown key (a misspelt "finish-args", say) is only a
# warning on stderr, so any output on stderr fails too.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
cd "${HEARTH_SOURCE_ROOT:?}" || exit 1

manifest=flatpak/io.github.hearthapp.Hearth.json

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "1..0 # SKIP flatpak-builder not installed"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "1..0 # SKIP python3 not installed"
  exit 0
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

echo "1..7"
n=0
check () {
  # check DESCRIPTION STATUS [DIAGNOSTIC]
  n=$((n + 1))
  if [ "$2" -eq 0 ]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    [ -n "${3:-}" ] && printf '%s\n' "$3" | sed -e '/^$/d' -e 's/^/# /'
  fi
}

# Run from a scratch directory: flatpak-builder may create state there.
(cd "$tmp" && flatpak-builder --show-manifest "$HEARTH_SOURCE_ROOT/$manifest") \
  >"$tmp/parsed.json" 2>"$tmp/stderr"
rc=$?
check "flatpak-builder --show-manifest parses $manifest" "$rc" "$(cat "$tmp/stderr")"

[ -s "$tmp/stderr" ] && rc=1 || rc=0
check "flatpak-builder prints no warning" "$rc" "$(cat "$tmp/stderr")"

# The checks below read the manifest as flatpak-builder parsed it (it
# spells "app-id" as "id"); if it could not, read the file itself.
parsed=$tmp/parsed.json
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$parsed" 2>/dev/null \
  || parsed=$manifest

query () {
  # query PYTHON-EXPRESSION: prints what is wrong, nothing when all is well.
  python3 - "$parsed" "$1" <<'EOF'
import json, sys
try:
    m = json.load(open(sys.argv[1], encoding="utf-8"))
except ValueError as e:
    print("not JSON: %s" % e)
    sys.exit(0)
args = m.get("finish-args") or []
hearth = [mod for mod in m.get("modules") or []
          if isinstance(mod, dict) and mod.get("name") == "hearth"]
problem = eval(sys.argv[2])
if problem:
    print(problem)
EOF
}

result () {
  local out
  out=$(query "$2" 2>&1)
  if [ -z "$out" ]; then check "$1" 0; else check "$1" 1 "$out"; fi
}

result "finish-args has no --share=network" \
  '", ".join(a for a in args if a.startswith("--share=network") or a == "--share")'
result "finish-args has no --filesystem (files go through the portals)" \
  '", ".join(a for a in args if a.startswith("--filesystem"))'
result "runtime is org.gnome.Platform" \
  '"" if m.get("runtime") == "org.gnome.Platform" else "runtime is %r" % m.get("runtime")'
result "command is hearth" \
  '"" if m.get("command") == "hearth" else "command is %r" % m.get("command")'
result "the hearth module is built with meson" \
  '"no module named hearth" if not hearth else "" if hearth[0].get("buildsystem") == "meson" else "buildsystem is %r" % hearth[0].get("buildsystem")'
