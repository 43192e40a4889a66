#!/bin/sh
# Golden end-to-end tests. Each folder tests/golden/CASE/ holds input files,
# a `cmd` file (one jqlc argument line per line, run inside the folder) and
# an `expected` transcript: for each command "$ jqlc ARGS", its stdout, then
# "--- stderr" and stderr when there is any, then "--- exit N".
# A line may start with NAME=VALUE words, which set environment variables for
# that one command (`JQL_PATH=lib check ...`), and end with `< FILE`, which becomes
# its standard input (otherwise /dev/null); the runner itself unsets
# JQL_PATH and JQL_STDLIB and sets NO_COLOR=1 and LC_ALL=C.
# Usage: sh tests/golden.sh [PATTERN...]  (shell patterns of case names;
# default: every case), e.g. `sh tests/golden.sh 'cli_*' spec_examples`.
# UPDATE=1 rewrites the transcripts of the cases run: name the cases you
# changed, and read every line of their diff before committing it.
set -u
JQLC=${JQLC:-$(pwd)/jqlc}
case $JQLC in /*) ;; *) JQLC=$(pwd)/$JQLC ;; esac
root=$(cd "$(dirname "$0")/golden" && pwd)
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB
pass=0 fail=0
[ $# -gt 0 ] || set -- '*'
for pat in "$@"; do
for dir in "$root"/$pat/; do
  [ -d "$dir" ] || continue
  name=$(basename "$dir")
  [ -f "$dir/cmd" ] || continue
  actual=$(mktemp)
  (
    cd "$dir" || exit 1
    while IFS= read -r line || [ -n "$line" ]; do
      [ -z "$line" ] && continue
      case $line in \#*) continue ;; esac
      echo "\$ jqlc $line"
      input=/dev/null
      case $line in *' < '*) input=${line##* < } line=${line% < *} ;; esac
      eval "set -- $line"
      (
        while [ $# -gt 0 ]; do
          case $1 in [A-Za-z_]*=*) ;; *) break ;; esac
          case ${1%%=*} in *[!A-Za-z0-9_]*) break ;; esac
          export "$1"
          shift
        done
        exec "$JQLC" "$@"
      ) <"$input" >"$actual.out" 2>"$actual.err"
      rc=$?
      cat "$actual.out"
      if [ -s "$actual.err" ]; then echo "--- stderr"; cat "$actual.err"; fi
      echo "--- exit $rc"
    done <cmd
  ) >"$actual"
  if [ "${UPDATE:-}" = 1 ]; then
    cp "$actual" "$dir/expected"
  fi
  if cmp -s "$actual" "$dir/expected"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: golden/$name"
    diff -u "$dir/expected" "$actual" | head -40
  fi
  rm -f "$actual" "$actual.out" "$actual.err"
done
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
