#!/bin/sh
# `make bench` (docs/performance.md): throughput and peak memory of `jqlc check` on
# generated employers in JSON Lines, beside `jq -c .` on the same file in the same run,
# and the start-up time of one employer. Prints a table; never fails on a number, only
# when jqlc fails (an exit status other than 0 or 1) or a tool it needs is missing.
#
# Environment: SIZES (employers per file, default "10000 100000 1000000"), RUNS (runs
# per measurement, median reported, default 3), STARTUP_RUNS (default 20), JQLC (the
# binary, default ./jqlc), OUT (cache of generated files, default build/bench).
# Generated files are kept in OUT and made again only when tests/bench/gen.py is newer.
set -u
JQLC=${JQLC:-./jqlc}
OUT=${OUT:-build/bench}
SIZES=${SIZES:-10000 100000 1000000}
RUNS=${RUNS:-3}
STARTUP_RUNS=${STARTUP_RUNS:-20}
BENCH=tests/bench
AS_OF=2026-11-23
TIME=/usr/bin/time
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB

die() { echo "bench: $*" >&2; exit 2; }

# What the bench needs beyond jqlc; `make bench` installs these first when it can.
missing=
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
command -v jq >/dev/null 2>&1 || missing="$missing jq"
"$TIME" -f %M true >/dev/null 2>&1 || missing="$missing time"
[ -z "$missing" ] ||
  die "missing:$missing; install the Debian packages of those names (GNU time, for" \
      "$TIME -f, is the package 'time'): apt-get install$missing (with sudo when not root)"
[ -x "$JQLC" ] || die "no jqlc binary at $JQLC (run make first)"
case $RUNS in ''|*[!0-9]*|0) die "RUNS must be a positive whole number, not '$RUNS'" ;; esac
mkdir -p "$OUT" || exit 2

# gen N: the cached file of N employers (made again when the generator changed).
gen() {
  f=$OUT/emp-$1.jsonl
  if [ ! -f "$f" ] || [ "$BENCH/gen.py" -nt "$f" ]; then
    echo "bench: generating $1 employers into $f" >&2
    python3 "$BENCH/gen.py" "$1" --out "$f.tmp" && mv "$f.tmp" "$f" ||
      die "tests/bench/gen.py $1 failed"
  fi
}

# once NAME CMD...: one timed run, appending "wall_seconds peak_kib" to $OUT/NAME.t.
# jqlc may exit 0 or 1 (some employer fails); any other status ends the bench.
once() {
  name=$1
  shift
  "$TIME" -f '%e %M' -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt"
  rc=$?
  if [ "$rc" -gt 1 ] || { [ "$name" = jq ] && [ "$rc" -ne 0 ]; }; then
    echo "bench: exit status $rc from: $*" >&2
    head -n 20 "$OUT/stderr.txt" >&2
    [ "$name" = jq ] && { echo "bench: jq failed; its column is left empty" >&2; return; }
    exit 1
  fi
  tail -n 1 "$OUT/time.txt" >>"$OUT/$name.t"
}

# median FILE: the median wall time of the runs in FILE; peak FILE: the largest RSS in MiB.
median() {
  cut -d' ' -f1 "$1" | sort -n |
    awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2];
          else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
peak() { cut -d' ' -f2 "$1" | sort -n | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'; }

# row N BYTES LABEL NAME JQ_SECONDS: one line of the table.
row() {
  wall=$(median "$OUT/$4.t")
  [ -n "$wall" ] || { printf '%10s  %-27s  %s\n' "$1" "$3" "(no run)"; return; }
  awk -v n="$1" -v bytes="$2" -v label="$3" -v wall="$wall" -v rss="$(peak "$OUT/$4.t")" \
      -v jq="$5" 'BEGIN {
    w = (wall > 0) ? wall : 0.005            # %e counts in steps of 10 ms
    ratio = (jq != "" && jq > 0) ? sprintf("%.2f", wall / jq) : "n/a"
    printf "%10d  %-27s %8.2f %12.0f %8.1f %9s %7s\n", n, label, wall, n / w,
           bytes / 1e6 / w, rss " MiB", ratio
  }'
}

echo "jqlc bench: $(uname -m), $(nproc 2>/dev/null || echo '?') cores, $("$JQLC" --version 2>&1 |
  head -n 1), $(jq --version 2>&1); median of $RUNS runs; inputs in the page cache"
echo "rules: $BENCH/rules.jq (30 rules), check --name-key id --as-of $AS_OF;" \
  "vs jq = wall time / wall time of 'jq -c . FILE' in the same run"
for n in $SIZES; do
  case $n in ''|*[!0-9]*|0) die "SIZES must list positive whole numbers, not '$n'" ;; esac
  gen "$n"
done
echo
printf '%10s  %-27s %8s %12s %8s %9s %7s\n' employers command "wall s" employers/s MB/s \
  "peak RSS" "vs jq"
for n in $SIZES; do
  f=$OUT/emp-$n.jsonl
  bytes=$(wc -c <"$f")
  cat "$f" >/dev/null                       # into the page cache before the first run
  rm -f "$OUT/summary.t" "$OUT/jsonl.t" "$OUT/jq.t"
  r=0
  while [ "$r" -lt "$RUNS" ]; do            # interleaved, so noise falls on all three
    once summary "$JQLC" check -r "$BENCH/rules.jq" --name-key id --as-of "$AS_OF" \
      --summary "$f"
    once jsonl "$JQLC" check -r "$BENCH/rules.jq" --name-key id --as-of "$AS_OF" \
      --format jsonl "$f"
    once jq jq -c . "$f"
    r=$((r + 1))
  done
  jq_wall=$(median "$OUT/jq.t")
  row "$n" "$bytes" "jqlc check --summary" summary "$jq_wall"
  row "$n" "$bytes" "jqlc check --format jsonl" jsonl "$jq_wall"
  row "$n" "$bytes" "jq -c ." jq "$jq_wall"
done

# Start-up: one employer, whole process. `-r std` loads std/default and the vocabulary
# only (a folder's *.jq files, not its subfolders), so the whole library is four folders.
echo
one=examples/childcare.facts
whole=$(python3 "$BENCH/wall.py" "$STARTUP_RUNS" "$JQLC" check -r std -r std/law -r std/nist \
  -r std/rfa --as-of "$AS_OF" "$one") || exit 1
dflt=$(python3 "$BENCH/wall.py" "$STARTUP_RUNS" "$JQLC" check -r std/default --as-of "$AS_OF" \
  "$one") || exit 1
echo "start-up, one employer ($one), median of $STARTUP_RUNS runs:" \
  "whole library ${whole} ms, std/default ${dflt} ms"
