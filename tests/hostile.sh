#!/bin/sh
# The adversarial suite (docs/HACKING.md, "Hostile input"): every hostile input a
# review found, and the classes around it, as cases that need more than a golden
# transcript can show (a full disk, a FIFO, a symlink loop, a file-size limit,
# timing). Each tests/hostile/*.sh is sourced in a subshell with the helpers below
# and its own scratch folder $T; it reports each case with `ok NAME` or
# `bad NAME WHY`. Usage: sh tests/hostile.sh [NAME...]   (JQLC=... to test another binary)
set -u
ROOT=$(pwd)
JQLC=${JQLC:-$ROOT/jqlc}
case $JQLC in /*) ;; *) JQLC=$ROOT/$JQLC ;; esac
OUT=${OUT:-$ROOT/build/hostile}
export JQLC ROOT LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB
mkdir -p "$OUT" || exit 1

scripts=
if [ $# -gt 0 ]; then
  for n in "$@"; do scripts="$scripts $ROOT/tests/hostile/$n.sh"; done
else
  scripts=$(ls "$ROOT"/tests/hostile/*.sh 2>/dev/null | grep -v '/lib\.sh$')
fi

pass=0 fail=0
for s in $scripts; do
  name=$(basename "$s" .sh)
  T=$OUT/$name
  rm -rf "$T" && mkdir -p "$T"
  (cd "$T" && T=$T && . "$ROOT/tests/hostile/lib.sh" && . "$s") >"$OUT/$name.log" 2>&1
  ok=$(grep -c '^ok ' "$OUT/$name.log")
  bad=$(grep -c '^bad ' "$OUT/$name.log")
  grep '^bad ' "$OUT/$name.log" | sed "s|^bad |FAIL $name: |"
  # a script that died before reporting anything is a failure too
  [ "$ok" -gt 0 ] || [ "$bad" -gt 0 ] || { echo "FAIL $name: no case ran (see $OUT/$name.log)"; bad=1; }
  pass=$((pass + ok)) fail=$((fail + bad))
done
echo "hostile: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
