#!/bin/sh
# `make smoke` (docs/performance.md, "Correctness smoke"): 10,000 generated employers
# checked against the 30 benchmark rules by jqlc (JSON Lines in and out) and by
# tests/bench/oracle.py, a plain Python implementation that shares nothing with jqlc.
# Every employer's 30 outcomes must agree, jqlc must print nothing on standard error,
# and the per-rule totals must equal tests/bench/totals-10k.txt, so that a change to the
# generator or the oracle shows too. A correctness test, never a timing test.
# Environment: JQLC (the binary, default ./jqlc), OUT (scratch folder, default build/smoke).
set -u
JQLC=${JQLC:-./jqlc}
OUT=${OUT:-build/smoke}
BENCH=tests/bench
N=10000
EXPECTED=$BENCH/totals-10k.txt
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
mkdir -p "$OUT" || exit 1
start=$(date +%s)

python3 "$BENCH/gen.py" "$N" --out "$OUT/employers.jsonl" || fail "tests/bench/gen.py $N"
"$JQLC" check -r "$BENCH/rules.jq" --name-key id --as-of 2026-11-23 --format jsonl \
  "$OUT/employers.jsonl" >"$OUT/report.jsonl" 2>"$OUT/stderr.txt"
rc=$?
# 1: some employer fails, as some do here; 0 would mean no rule failed anywhere.
[ "$rc" -eq 1 ] || { head -n 20 "$OUT/stderr.txt" >&2; fail "jqlc exit status $rc, expected 1"; }
[ ! -s "$OUT/stderr.txt" ] ||
  { head -n 20 "$OUT/stderr.txt" >&2; fail "jqlc wrote to standard error"; }

python3 "$BENCH/totals.py" "$OUT/report.jsonl" --employers >"$OUT/jqlc.txt" ||
  fail "tests/bench/totals.py could not read jqlc's report"
python3 "$BENCH/oracle.py" "$OUT/employers.jsonl" --employers >"$OUT/oracle.txt" ||
  fail "tests/bench/oracle.py"
employers=$(grep -vc '^TOTAL ' "$OUT/jqlc.txt")
[ "$employers" -eq "$N" ] || fail "jqlc reported $employers employers, expected $N"

if ! cmp -s "$OUT/oracle.txt" "$OUT/jqlc.txt"; then
  echo "smoke: employer and rules R01..R30 (P pass, F fail, U untested," \
    "N not_applicable, E error), oracle (<) against jqlc (>):" >&2
  diff "$OUT/oracle.txt" "$OUT/jqlc.txt" | head -n 40 >&2
  fail "jqlc and the oracle disagree on $(diff "$OUT/oracle.txt" "$OUT/jqlc.txt" |
    grep -c '^> E') of $N employers (files in $OUT)"
fi
grep '^TOTAL ' "$EXPECTED" >"$OUT/expected.txt"
if ! grep '^TOTAL ' "$OUT/oracle.txt" | cmp -s - "$OUT/expected.txt"; then
  echo "smoke: $EXPECTED (<) against this run (>):" >&2
  grep '^TOTAL ' "$OUT/oracle.txt" | diff "$OUT/expected.txt" - >&2
  fail "jqlc and the oracle agree, but not with $EXPECTED: did tests/bench/gen.py or" \
    "oracle.py change? If on purpose, update it from $OUT/oracle.txt"
fi
echo "smoke: $N employers x 30 rules: jqlc agrees with the oracle, employer by employer," \
  "and with $EXPECTED ($(($(date +%s) - start)) s)"
