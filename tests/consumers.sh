#!/bin/sh
# Each report format read back by a program that consumes it (docs/cli.md, Report
# formats), on reports with every status, text that needs quoting, an employer whose
# facts do not load and a problem outside every employer:
#   csv    Python's csv module (strict), every field against the JSON Lines report
#   tap    node-tap's tap-parser (TAP 14, strict), every test and YAML block against
#          the JSON Lines report; and prove, Perl's TAP harness
#   junit  xmllint: well-formed, and valid against tests/consumers/junit.xsd; Python's
#          XML parser: every suite and test case against the JSON Lines report
#   sarif  Ajv with the SARIF 2.1.0 JSON schema (tests/consumers/README.md says where
#          it comes from), then every result against the JSON Lines report
# Each consumer must also reject a broken copy, so that a check cannot pass by reading
# nothing. What the consumers need is installed first, as the build installs its
# packages: xmllint, perl's prove, python3 and Node.js from Debian (tools/deps.sh), the
# npm packages pinned below into $NPM_DIR (kept between runs). A consumer that cannot be
# installed fails the test; nothing is skipped.
# Usage: sh tests/consumers.sh   (JQLC=path/to/jqlc to test another binary)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
JQLC=${JQLC:-$root/jqlc}
case $JQLC in /*) ;; *) JQLC=$root/$JQLC ;; esac
OUT=${OUT:-$root/build/consumers}
NPM_DIR=${NPM_DIR:-$root/build/npm}
NPM_PKGS="tap-parser@18.3.4 ajv@8.20.0 ajv-draft-04@1.0.0 ajv-formats@3.0.1"
here=$root/tests/consumers
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL consumers: $*"; }

# ---- the consumers ----
sh "$root/tools/deps.sh" libxml2-utils perl python3 nodejs npm || exit 1
for tool in xmllint prove python3 node npm; do
  command -v $tool >/dev/null 2>&1 || { echo "FAIL consumers: no $tool, and it could not be installed"; exit 1; }
done
if [ "$(cat "$NPM_DIR/.installed" 2>/dev/null)" != "$NPM_PKGS" ]; then
  echo "consumers: npm install $NPM_PKGS"
  mkdir -p "$NPM_DIR" &&
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --no-package-lock --loglevel=error \
      $NPM_PKGS >"$NPM_DIR/install.log" 2>&1 ||
    { cat "$NPM_DIR/install.log"; echo "FAIL consumers: npm could not install $NPM_PKGS"; exit 1; }
  echo "$NPM_PKGS" >"$NPM_DIR/.installed"
fi
export NODE_PATH="$NPM_DIR/node_modules"

rm -rf "$OUT" && mkdir -p "$OUT" || exit 1

# ---- the reports ----
# report NAME DIR ARGS...: in DIR, the JSON Lines report and each format of one run.
report() {
  name=$1 dir=$2
  shift 2
  for fmt in jsonl csv tap junit sarif; do
    (cd "$dir" && "$JQLC" check --as-of 2026-11-23 --format $fmt "$@") \
      >"$OUT/$name.$fmt" 2>"$OUT/$name.$fmt.err"
    echo $? >"$OUT/$name.$fmt.rc"
  done
  # the exit status is the same in every format (docs/cli.md, Exit status)
  for fmt in csv tap junit sarif; do
    if cmp -s "$OUT/$name.jsonl.rc" "$OUT/$name.$fmt.rc"; then ok; else
      bad "$name.$fmt: exit status $(cat "$OUT/$name.$fmt.rc"), jsonl $(cat "$OUT/$name.jsonl.rc")"
    fi
  done
}

# the golden example (tests/golden/check_format_csv): every status, an employer whose
# facts do not load, a syntax error outside every employer, quotes and escapes
cp "$root"/tests/golden/check_format_csv/*.jq "$root"/tests/golden/check_format_csv/*.facts "$OUT"/
report every "$OUT" -r r.jq a.facts b.facts
report fails "$OUT" -r r.jq c.facts
report passes "$OUT" -r r.jq d.facts
# a path that a URI must percent-encode (SARIF), and a CSV export read as facts
mkdir -p "$OUT/a dir" && cp "$OUT/c.facts" "$OUT/a dir/Café #1:c.facts"
report path "$OUT" -r r.jq "a dir/Café #1:c.facts"
report exports "$root" -r examples/exports/wages.jq examples/exports/employers.json \
  examples/exports/employers.csv
report county "$root" -r examples/county/standards examples/childcare.facts \
  examples/hospital.facts examples/warehouse.facts
names="every fails passes path exports county"

# run WHAT CMD...: one check, passed when CMD succeeds
run() {
  what=$1
  shift
  if out=$("$@" 2>&1); then ok; [ -n "$out" ] && echo "$out" | tail -1; else bad "$what"; echo "$out" | tail -20; fi
}
# reject WHAT CMD...: a broken report, which CMD must refuse
reject() {
  what=$1
  shift
  if "$@" >/dev/null 2>&1; then bad "$what: a broken report was accepted"; else ok; fi
}

for n in $names; do
  run "$n.csv" python3 "$here/csv_check.py" "$OUT/$n.csv" "$OUT/$n.jsonl"
  run "$n.tap" node "$here/tap_check.js" "$OUT/$n.tap" "$OUT/$n.jsonl"
  run "$n.junit well-formed" xmllint --noout "$OUT/$n.junit"
  run "$n.junit schema" xmllint --noout --schema "$here/junit.xsd" "$OUT/$n.junit"
  run "$n.junit" python3 "$here/junit_check.py" "$OUT/$n.junit" "$OUT/$n.jsonl"
  run "$n.sarif" node "$here/sarif_check.js" "$here/sarif-2.1.0-rtm.5.json" "$OUT/$n.sarif" \
    "$OUT/$n.jsonl"
done

# prove, Perl's harness: the tests it counts are the report's. Debian 12's (Test::Harness
# 3.44) knows TAP up to version 13: reading "TAP version 14" is its one parse error.
for n in $names; do
  log=$(prove --exec cat "$OUT/$n.tap" 2>&1)
  tests=$(sed -n 's/^1\.\.\([0-9]*\).*/\1/p' "$OUT/$n.tap")
  failed=$(grep -c '^not ok' "$OUT/$n.tap")
  perrs=$(echo "$log" | sed -n 's/^ *Parse errors: *//p')
  counted=$(echo "$log" | sed -n 's/^Files=1, Tests=\([0-9]*\),.*/\1/p')
  pfailed=$(echo "$log" | sed -n 's/.*(Wstat: [0-9]* Tests: [0-9]* Failed: \([0-9]*\)).*/\1/p')
  case $perrs in
    ""|"TAP specified version 14 but we don't know about versions later than 13") ;;
    *) bad "$n.tap: prove: $perrs"; continue ;;
  esac
  if [ "$counted" = "$tests" ] && [ "${pfailed:-0}" = "$failed" ]; then
    ok; echo "prove: $OUT/$n.tap: $counted tests, ${pfailed:-0} failed"
  else
    bad "$n.tap: prove counted $counted tests, ${pfailed:-0} failed; the report has $tests, $failed"
    echo "$log" | tail -8
  fi
done

# ---- each consumer refuses a broken report ----
b=$OUT/broken
sed 's/^Alder,/"Alder,/' "$OUT/every.csv" >"$b.csv"
reject "csv: a stray quote" python3 "$here/csv_check.py" "$b.csv" "$OUT/every.jsonl"
{ cat "$OUT/every.tap"; echo "this line is not TAP"; } >"$b.tap"
reject "tap: a line that is not TAP" node "$here/tap_check.js" "$b.tap" "$OUT/every.jsonl"
sed 's/^ok - Alder: pay\.floor$/not ok - Alder: pay.floor/' "$OUT/every.tap" >"$b.2.tap"
reject "tap: a test that says otherwise" node "$here/tap_check.js" "$b.2.tap" "$OUT/every.jsonl"
head -c 300 "$OUT/every.junit" >"$b.junit"
reject "junit: cut short" xmllint --noout "$b.junit"
sed 's/<testsuite name="Alder"/<testsuite/' "$OUT/every.junit" >"$b.2.junit"
reject "junit: a suite with no name" xmllint --noout --schema "$here/junit.xsd" "$b.2.junit"
sed 's/"level": "warning"/"level": "fatal"/' "$OUT/every.sarif" >"$b.sarif"
reject "sarif: a level SARIF does not have" node "$here/sarif_check.js" \
  "$here/sarif-2.1.0-rtm.5.json" "$b.sarif"
sed 's/"uri": "a%20dir/"uri": "a dir/' "$OUT/path.sarif" >"$b.2.sarif"
reject "sarif: a URI with a space" node "$here/sarif_check.js" \
  "$here/sarif-2.1.0-rtm.5.json" "$b.2.sarif"

echo "consumers: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
