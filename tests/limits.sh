#!/bin/sh
# Input limits (docs/cli.md, "Limits") on inputs too big to commit as golden
# cases: each is generated into $OUT (default build/limits) with sh, awk and dd
# only, then jqlc runs on it; the exit status and the first line of standard
# error must be as expected, and every run must end (no crash, no hang).
# The golden cases tests/golden/limit_* show the same diagnostics on small inputs.
# Usage: sh tests/limits.sh   (JQLC=path/to/jqlc to test another binary)
set -u
JQLC=${JQLC:-$(pwd)/jqlc}
case $JQLC in /*) ;; *) JQLC=$(pwd)/$JQLC ;; esac
OUT=${OUT:-build/limits}
mkdir -p "$OUT" && cd "$OUT" || exit 1
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB
pass=0 fail=0
AS_OF=--as-of=2026-01-01

# expect NAME STATUS PATTERN [MAX_SECONDS] -- JQLC_ARGS...: PATTERN (grep -E) must match
# the first line of stderr ('' when stderr must be empty); the run must take at most
# MAX_SECONDS (default 30; generous, so that sanitizer builds pass too).
expect() {
  name=$1 want=$2 pat=$3 max=30
  shift 3
  if [ "$1" != -- ]; then max=$1; shift; fi
  shift
  t0=$(date +%s)
  "$JQLC" "$@" >"$name.out" 2>"$name.err"
  rc=$?
  secs=$(($(date +%s) - t0))
  first=$(head -n 1 "$name.err")
  why=
  [ "$rc" -eq "$want" ] || why="exit $rc, expected $want"
  if [ -z "$pat" ]; then
    [ -z "$first" ] || why="${why:+$why; }unexpected stderr: $first"
  elif ! printf '%s\n' "$first" | grep -Eq -- "$pat"; then
    why="${why:+$why; }first line of stderr: $first"
  fi
  [ "$secs" -le "$max" ] || why="${why:+$why; }took ${secs}s, more than ${max}s"
  if [ -z "$why" ]; then
    pass=$((pass + 1))
    echo "ok   $name (${secs}s)"
  else
    fail=$((fail + 1))
    echo "FAIL $name: $why"
  fi
}

# repeat N TEXT: TEXT N times, no newline.
repeat() { awk -v n="$1" -v t="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", t }'; }

# rule FILE PREFIX N MIDDLE SUFFIX: one rule whose condition is PREFIX x N, MIDDLE,
# SUFFIX x N, 100 repetitions to a line (so no line is too long).
rule() {
  { echo 'import "voc.jq"'
    printf 'standard s {\n  rule r { require '
    awk -v p="$2" -v n="$3" -v m="$4" -v s="$5" 'BEGIN {
      for (i = 1; i <= n; i++) { printf "%s", p; if (i % 100 == 0) print "" }
      printf "%s", m
      for (i = 1; i <= n; i++) { printf "%s", s; if (i % 100 == 0) print "" } }'
    printf ' }\n}\n'; } >"$1"
}

cat >voc.jq <<'EOF'
facts {
  n: number
  b: bool
  employees: count
  pay.lowest_hourly_wage: money/hour
  collection jobs
  jobs.wage: money/hour
}
EOF
echo 'employer "E" { n = 1, b = true, jobs "Cook" { wage = $18/hour } }' >e.facts
# the rules for the fact-file checks: rules that declare no standard are an error
printf 'import "voc.jq"\nstandard s {\n  rule r { require n > 0 }\n}\n' >std.jq

# ---- nesting: 100 000 levels of everything that nests ----
DEEP='error: expression nested too deeply \(the limit is 256 levels\)'
rule parens.jq '(' 100000 'b' ')'
expect parens_100k 2 "^parens.jq:5:55: $DEEP" -- check $AS_OF -r parens.jq e.facts
rule lists.jq 'b in [' 100000 '"x"' ']'
expect lists_100k 2 "$DEEP" -- check $AS_OF -r lists.jq e.facts
rule calls.jq 'abs(' 100000 'n' ')'
expect calls_100k 2 "$DEEP" -- check $AS_OF -r calls.jq e.facts
rule nots.jq 'not ' 100000 'b' ''
expect not_100k 2 "$DEEP" -- check $AS_OF -r nots.jq e.facts
rule negs.jq '- ' 100000 'n > 0' ''
expect minus_100k 2 "$DEEP" -- check $AS_OF -r negs.jq e.facts
rule quants.jq 'any j in jobs: ' 100000 'b' ''
expect quantifier_100k 2 "$DEEP" -- check $AS_OF -r quants.jq e.facts
rule ifs.jq 'if b then ' 100000 'b' ' else b'
expect if_100k 2 "$DEEP" -- check $AS_OF -r ifs.jq e.facts
rule implies.jq 'b implies ' 100000 'b' ''
expect implies_100k 2 "$DEEP" -- check $AS_OF -r implies.jq e.facts
rule plus.jq 'n + ' 100000 'n > 0' ''
expect plus_chain_100k 2 "$DEEP" -- check $AS_OF -r plus.jq e.facts
rule ands.jq 'b and ' 100000 'b' ''
expect and_chain_100k 2 "$DEEP" -- check $AS_OF -r ands.jq e.facts
{ echo 'import "voc.jq"'
  awk 'BEGIN { for (i = 0; i < 10000; i++) printf "let a%d = a%d + 1\n", i, i + 1 }'
  printf 'let a10000 = n\nstandard s {\n  rule r { require a0 > 0 }\n}\n'; } >lets.jq
expect let_chain_10k 2 'nested too deeply \(the limit is 256 levels, counting the lets' \
  -- check $AS_OF -r lets.jq e.facts
{ printf 'employer "Deep" {\n'; awk 'BEGIN { for (i = 1; i <= 100000; i++) {
    printf "g { "; if (i % 100 == 0) print "" } }'; } >deep.facts
expect fact_groups_100k 2 'error: blocks nested too deeply \(the limit is 256 levels\)' \
  -- check $AS_OF -r std.jq deep.facts
{ printf 'test "deep" {\n  given {\n'; awk 'BEGIN { for (i = 1; i <= 100000; i++) {
    printf "g { "; if (i % 100 == 0) print "" } }'; } >deep_given.jq
expect test_given_100k 2 'error: blocks nested too deeply' -- test $AS_OF deep_given.jq
# a chain of 20 000 imports: l0.jq imports l1.jq imports ... (the loader recursed once
# per level and overflowed its stack); a chain of 256 files is fine
mkdir -p chain && (cd chain && awk 'BEGIN { for (i = 0; i < 20000; i++) {
    f = "l" i ".jq"; printf "import \"l%d.jq\"\n", i + 1 > f; close(f) }
  for (i = 1; i < 256; i++) { f = "c" i ".jq"; printf "import \"c%d.jq\"\n", i + 1 > f; close(f) } }' &&
  printf 'facts { n: number }\nstandard s {\n  rule r { require n > 0 }\n}\n' | tee l20000.jq >c256.jq &&
  echo 'employer "E" { n = 1 }' >n.facts)
expect imports_20k 2 '^chain/l255.jq:1:1: error: imports nested too deeply' \
  -- check $AS_OF -r chain/l0.jq chain/n.facts
grep -qF "error: imports nested too deeply (the limit is 256 levels)" imports_20k.err &&
  grep -qF "note: the chain of imports starts at 'chain/l0.jq'" imports_20k.err ||
  { fail=$((fail + 1)); echo "FAIL imports_20k: message or note: $(cat imports_20k.err)"; }
expect imports_at_limit 0 '' -- check $AS_OF -r chain/c1.jq chain/n.facts

# ---- sizes: lines, literals, files ----
{ printf 'employer "Long" { n = 1 }'; repeat 1048576 ' '; echo; } >long_line.facts
expect line_over_1MiB 2 '^long_line.facts:1:1048577: error: line is too long \(1048601 bytes' \
  -- check $AS_OF -r std.jq long_line.facts
# in the second employer of a file (a record of its own, whose lines are the file's)
{ printf 'employer "A" { n = 1 }\nemployer "Long" {\n  n = 1'; repeat 1048576 ' '; echo; echo '}'; } >long_line2.facts
expect line_over_1MiB_second_employer 2 '^long_line2.facts:3:1048577: error: line is too long \(1048583 bytes' \
  -- check $AS_OF -r std.jq long_line2.facts
{ printf 'employer "Long" { n = 1 }'; repeat 1048551 ' '; echo; } >line_at_limit.facts
expect line_at_limit 0 '' -- check $AS_OF -r std.jq line_at_limit.facts
# undeclared keys by the tens of thousands: each a warning once per file, found without
# scanning the keys seen before (a record each, and all on one line of one record)
awk 'BEGIN { for (i = 0; i < 70000; i++) printf "{\"employer\":\"E%d\",\"k%d\":1}\n", i, i }' >keys.jsonl
expect keys_70k_records 0 '^keys.jsonl:1:18: warning: unknown fact .k0. \(in 1 employer\)' 30 \
  -- check $AS_OF -r std.jq --summary keys.jsonl
awk 'BEGIN { printf "{\"employer\":\"E\""; for (i = 0; i < 70000; i++) printf ",\"k%d\":1", i; print "}" }' >wide.jsonl
expect keys_70k_one_line 0 '^wide.jsonl:1:17: warning: unknown fact .k0. \(in 1 employer\)' 30 \
  -- check $AS_OF -r std.jq --summary wide.jsonl
{ printf 'let x = '; repeat 1000000 9; echo; } >digits.jq
expect digits_1M 2 "has too many digits \(1000000; the limit is 64\)" 5 -- check $AS_OF -r digits.jq e.facts
{ printf 'let x = "'; repeat 1000000 a; echo '"'; } >text.jq
expect text_1M 2 "text is too long \(1000000 bytes; the limit is 65536\)" -- check $AS_OF -r text.jq e.facts
{ printf 'let '; repeat 100000 x; echo ' = 1'; } >name.jq
expect name_100k 2 "name is too long \(100000 bytes; the limit is 255\)" -- check $AS_OF -r name.jq e.facts
# sparse files: the size is checked before anything is read
rm -f big.jq big.facts
dd if=/dev/null of=big.jq bs=1048576 seek=65 2>/dev/null
expect rule_file_over_64MiB 2 "cannot read 'big.jq': it is larger than 64 MiB" -- check $AS_OF -r big.jq e.facts
dd if=/dev/null of=big.facts bs=1048576 seek=257 2>/dev/null
expect fact_file_over_256MiB 2 "cannot read 'big.facts': a record at line 1 is larger than 256 MiB" -- check $AS_OF -r std.jq big.facts
rm -f big.jq big.facts

# ---- bytes that are no text ----
dd if=/dev/urandom of=random.jq bs=1024 count=1024 2>/dev/null
expect random_bytes_1MiB 2 'error' -- check $AS_OF -r random.jq e.facts
dd if=/dev/zero of=zeros.facts bs=1024 count=64 2>/dev/null
expect nul_bytes_64KiB 2 'error: unexpected NUL byte' -- check $AS_OF -r std.jq zeros.facts
if [ "$(id -u)" -ne 0 ]; then # root reads everything
  echo 'employer "E" { n = 1 }' >unreadable.facts && chmod 000 unreadable.facts
  expect unreadable 2 "cannot read 'unreadable.facts': Permission denied" -- check $AS_OF -r std.jq unreadable.facts
  rm -f unreadable.facts
fi

# ---- scale: must work, in reasonable time ----
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "employer \"Employer %d\" {\n  employees = %d\n" \
  "  pay.lowest_hourly_wage = $%d.50/hour source \"payroll 2025\"\n  b = %s\n" \
  "  jobs \"Cook\" { wage = $18/hour }\n  jobs \"Clerk\" { wage = $%d/hour }\n}\n",
  i, i % 500 + 1, 10 + i % 10, i % 2 ? "true" : "false", 12 + i % 9 }' >employers.facts
cat >scale.jq <<'EOF'
import "voc.jq"
standard s "S" {
  rule wage { require pay.lowest_hourly_wage >= $15/hour }
  rule jobs { require all j in jobs: j.wage >= $15/hour }
  rule big { when employees > 100 require b }
}
tier t { requires s }
EOF
expect employers_100k 1 '' 60 -- check $AS_OF -r scale.jq employers.facts
grep -q '^100000 employers: 22667 pass, 77333 fail' employers_100k.out ||
  { fail=$((fail + 1)); echo "FAIL employers_100k: summary: $(tail -n 1 employers_100k.out | cut -c1-80)"; }
expect employers_100k_json 1 '' 60 -- check $AS_OF -r scale.jq --format json --summary employers.facts
{ echo 'import "voc.jq"'; echo 'let base = n * 2'; echo 'standard big "Big" {'
  awk 'BEGIN { for (i = 0; i < 10000; i++) printf "  rule r%d \"Rule %d\" {\n    when b\n" \
    "    require n + %d > base - 1 and any j in jobs: j.wage >= $%d/hour\n    cite \"Sec. %d\"\n  }\n",
    i, i, i, i % 30, i }'
  echo '}'; echo 'tier all_of { requires big }'; } >rules.jq
awk 'BEGIN { for (i = 0; i < 100; i++)
  printf "employer \"E%d\" { n = %d, b = true, jobs \"A\" { wage = $%d/hour } }\n", i, i, i % 40 }' >e100.facts
expect rules_10k 1 '' 60 -- check $AS_OF -r rules.jq e100.facts
grep -q '^100 employers: 0 pass, 100 fail.* 1000000 rules: ' rules_10k.out ||
  { fail=$((fail + 1)); echo "FAIL rules_10k: summary: $(tail -n 1 rules_10k.out | cut -c1-80)"; }

# ---- records: JSON, JSON Lines and CSV fact files (docs/cli.md, "Limits") ----
# a CSV header of 100 000 columns, each an element (jobs[Ji].wage): each column was
# compared with every one before it, and each element's cells looked up among all the
# columns for every row (10 000 columns took 0.6 s, 40 000 about 7, this one minutes)
awk 'BEGIN { printf "employer,n"; for (i = 0; i < 100000; i++) printf ",jobs[J%d].wage", i
  printf "\n"; for (r = 0; r < 10; r++) { printf "E%d,1", r
    for (i = 0; i < 100000; i++) printf ",$%d/hour", 15 + i % 5; printf "\n" } }' >wide.csv
expect csv_columns_100k 0 '' 30 -- check $AS_OF -r std.jq wide.csv
grep -q '^10 employers: 10 pass' csv_columns_100k.out ||
  { fail=$((fail + 1)); echo "FAIL csv_columns_100k: summary: $(tail -n 1 csv_columns_100k.out | cut -c1-80)"; }

# a record larger than 256 MiB, in each format, after a record that is read: the reader
# stops at it, the employers before it are reported (sparse files: nothing to write)
for f in big.jsonl big.json big.csv; do rm -f $f; done
printf '{"employer": "A", "n": 1}\n{"employer": "B", "n": 1, "x": "' >big.jsonl
printf '[{"employer": "A", "n": 1},\n{"employer": "B", "n": 1, "x": "' >big.json
printf 'employer,n,x\nA,1,\nB,1,"' >big.csv
for f in big.jsonl big.json big.csv; do
  dd if=/dev/null of=$f bs=1048576 seek=257 2>/dev/null
  case $f in big.csv) at=3 ;; *) at=2 ;; esac
  expect "record_over_256MiB_${f#big.}" 2 "^jqlc: error: cannot read '$f': a record at line $at is larger than 256 MiB" \
    -- check $AS_OF -r std.jq --summary $f
  grep -q '^1 employer: 1 pass' "record_over_256MiB_${f#big.}.out" ||
    { fail=$((fail + 1)); echo "FAIL record_over_256MiB_${f#big.}: $(cat "record_over_256MiB_${f#big.}.out")"; }
  rm -f $f
done
# 100 000 levels of nesting in a JSON Lines record and in a JSON document's element: an
# error at level 257 for that employer; the document's end is still found
awk 'BEGIN { printf "{\"employer\": \"Deep\", \"x\": "; for (i = 0; i < 100000; i++) printf "["
  for (i = 0; i < 100000; i++) printf "]"; printf "}\n{\"employer\": \"Next\", \"n\": 1}\n" }' >deep.jsonl
expect json_nesting_100k_jsonl 2 '^deep.jsonl:1:283: error: invalid JSON: nested too deeply' \
  -- check $AS_OF -r std.jq --summary deep.jsonl
{ printf '['; head -n 1 deep.jsonl; printf ', {"employer": "Next", "n": 1}]\n'; } >deep.json
expect json_nesting_100k_json 2 '^deep.json:1:284: error: invalid JSON: nested too deeply' \
  -- check $AS_OF -r std.jq --summary deep.json
grep -q '^2 employers: 1 pass, 0 fail, 0 untested, 0 not_applicable, 1 error' json_nesting_100k_json.out ||
  { fail=$((fail + 1)); echo "FAIL json_nesting_100k_json: $(cut -c1-80 json_nesting_100k_json.out)"; }
# a string of 64 MiB in a JSON Lines record, a CSV cell of 64 MiB: no limit but the record's
awk 'BEGIN { s = "0123456789abcdef"; while (length(s) < 67108864) s = s s
  printf "{\"employer\": \"Long\", \"n\": 1, \"x\": \"%s\"}\n", s > "long.jsonl"
  printf "employer,n,x\nLong,1,%s\n", s > "long.csv" }'
expect jsonl_string_64MiB 0 '^long.jsonl:1:30: warning: unknown fact .x.' -- check $AS_OF -r std.jq --summary long.jsonl
expect csv_cell_64MiB 0 '^long.csv:2:3: warning: unknown fact .x.' -- check $AS_OF -r std.jq --summary long.csv
rm -f long.jsonl long.csv

# ---- streaming: a run over gigabytes, its memory bounded by the largest record ----
# Records of about 1 MiB (200 jobs and a text of 1 MiB each) are generated as they are
# read, through a pipe into `check -`: nothing is stored. In JSON Lines, 100 records (105
# MB) and 2048 (2.2 GB) must give the right counts and the same peak memory (GNU time's
# %M, when there is one); 200 records as a JSON document and as CSV the right counts
# (the pipe's reads end inside records and at their ends). The sanitizer and coverage
# builds read ten times slower or more: there the 2.2 GB run is not made.
cat >stream.jq <<'EOF'
facts {
  n: number
  note: text
  collection jobs
  jobs.wage: money/hour
  jobs.title: text
}
standard s "S" {
  rule positive { require n > 0 }
  rule wages { require all j in jobs: j.wage >= $15/hour }
}
EOF
awk 'BEGIN { s = "0123456789abcdef"; while (length(s) < 1048576) s = s s; printf "%s", s }' >pad.txt
stream_jobs=$(awk 'BEGIN { for (i = 0; i < 200; i++)
  printf "%s{\"wage\": %d.%02d, \"title\": \"Job %d\"}", i ? ", " : "", 15 + i % 10, i % 100, i }')
# stream FORMAT N: N records, employer i with n = i mod 3 (so a third of them fail)
stream() {
  case $1 in json) printf '{"source": "stream", "employers": [\n' ;;
             csv) printf 'employer,n,jobs[a].wage,jobs[b].wage,note\n' ;; esac
  i=1
  while [ $i -le "$2" ]; do
    case $1 in
    csv) printf 'E%d,%d,16,17.50,' $i $((i % 3)) ;;
    *) if [ $1 = json ] && [ $i -gt 1 ]; then printf ',\n'; fi
       printf '{"employer": "E%d", "n": %d, "jobs": [%s], "note": "' $i $((i % 3)) "$stream_jobs" ;;
    esac
    cat pad.txt
    case $1 in jsonl) printf '"}\n' ;; json) printf '"}' ;; csv) printf '\n' ;; esac
    i=$((i + 1))
  done
  if [ $1 = json ]; then printf '\n]}\n'; fi
}
# 65 537 fact files in one run: an employer named again in the last is noted at its
# first place, the file before (file numbers were once 16 bits: the 65 536th wrapped to
# no name); the same empty file is given 65 535 times before them.
printf 'standard s { rule r { require 1 > 0 } }\n' >files.jq
printf 'employer "Twice" {\n}\n' >first.facts
cp first.facts last.facts
: >empty.facts
# (one split of awk's output: a loop of `set -- "$@" x` takes minutes in dash)
set -- $(awk 'BEGIN { for (i = 0; i < 65535; i++) print "empty.facts" }')
"$JQLC" check $AS_OF --summary -r files.jq "$@" first.facts last.facts >many_files.out \
  2>many_files.err
rc=$?
if [ $rc -eq 0 ] && grep -q '^first.facts:1:10: note: first listed here$' many_files.err; then
  pass=$((pass + 1))
  echo "ok   many_files"
else
  fail=$((fail + 1))
  echo "FAIL many_files: exit $rc, $(grep note: many_files.err)"
fi
set --

if /usr/bin/time -f %M -o rss.txt true 2>/dev/null; then rss=yes; else rss=; fi
# stream_run NAME FORMAT N: the run, its exit status and summary; its peak memory (KB) in $kb
stream_run() {
  t0=$(date +%s)
  if [ -n "$rss" ]; then
    stream "$2" "$3" | /usr/bin/time -f %M -o rss.txt "$JQLC" check $AS_OF --summary \
      -r stream.jq --input "$2" - >"$1.out" 2>"$1.err"
  else
    stream "$2" "$3" | "$JQLC" check $AS_OF --summary -r stream.jq --input "$2" - >"$1.out" 2>"$1.err"
  fi
  rc=$? secs=$(($(date +%s) - t0))
  kb=0
  [ -z "$rss" ] || kb=$(tail -n 1 rss.txt)
  want="$3 employers: $(($3 - $3 / 3)) pass, $(($3 / 3)) fail, 0 untested, 0 not_applicable, 0 error"
  why=
  [ "$rc" -eq 1 ] || why="exit $rc, expected 1"
  [ ! -s "$1.err" ] || why="${why:+$why; }stderr: $(head -n 1 "$1.err" | cut -c1-200)"
  grep -q "^$want;" "$1.out" || why="${why:+$why; }summary: $(cut -c1-80 "$1.out")"
  if [ -z "$why" ]; then
    pass=$((pass + 1))
    echo "ok   $1 (${secs}s, peak ${kb} KB)"
  else
    fail=$((fail + 1))
    echo "FAIL $1: $why"
  fi
}
stream_run stream_json_200MB json 200
stream_run stream_csv_200MB csv 200
stream_run stream_jsonl_100MB jsonl 100
small_kb=$kb
case $JQLC in
*/build-asan/* | */build-cov/*)
  echo "skip stream_jsonl_2GB: a sanitizer or coverage build reads ten times slower" ;;
*)
  stream_run stream_jsonl_2GB jsonl 2048
  # the same peak, give or take the collector's heap growing once more
  if [ -z "$rss" ]; then
    echo "skip stream_jsonl_2GB_memory: no GNU time to measure the peak"
  elif [ "$kb" -gt $((small_kb + small_kb / 2 + 4096)) ]; then
    fail=$((fail + 1))
    echo "FAIL stream_jsonl_2GB_memory: peak $kb KB for 2.2 GB, $small_kb KB for 105 MB"
  else
    pass=$((pass + 1))
    echo "ok   stream_jsonl_2GB_memory ($kb KB for 2.2 GB, $small_kb KB for 105 MB)"
  fi ;;
esac
rm -f pad.txt

echo "limits: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
