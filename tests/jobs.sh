#!/bin/sh
# Parallel runs (docs/cli.md, "check", -j): the report, the diagnostics and the exit
# status are the same bytes for every number of threads. A generated portfolio of
# 3,000 employers (several jobs of records each way) in JSON Lines, CSV and .facts,
# with what crosses employers: names listed twice (in one job and across jobs, and
# across files), undeclared keys counted per file, records that do not parse, values
# of the wrong type, an employer whose rules fault. Each format and file set is run
# with -j 1 and compared with -j 2, 3, 4 and 8.
# Usage: sh tests/jobs.sh   (JQLC=path/to/jqlc to test another binary)
set -u
JQLC=${JQLC:-$(pwd)/jqlc}
case $JQLC in /*) ;; *) JQLC=$(pwd)/$JQLC ;; esac
OUT=${OUT:-build/jobs}
rm -rf "$OUT" && mkdir -p "$OUT" && cd "$OUT" || exit 1
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB
pass=0 fail=0
N=3000

cat >r.jq <<'EOF'
facts {
  wage: money/hour in $0/hour..$1000/hour
  staff: count
  share_full: percent
  collection job
  job.wage: money/hour
}
standard pay "Pay" {
  rule floor "Floor" { require wage >= $15/hour }
  rule per_head "Per head" { require wage / staff > $1/hour }
  rule jobs "Jobs" { require all j in job: j.wage >= $15/hour }
}
standard full "Full time" {
  rule half "Half" { require share_full >= 50% }
}
EOF

# Employer i: its name repeats an earlier one every 701st, its record does not parse every
# 997th, its wage is text every 1009th, its staff is 0 (a fault) every 613th, and every
# 89th has a key the vocabulary does not declare.
awk -v n=$N 'BEGIN {
  for (i = 1; i <= n; i++) {
    name = (i % 701 == 0) ? "E" (i - 650) : "E" i
    wage = (i % 1009 == 0) ? "\"lots\"" : (10 + i % 17) "." (i % 100)
    staff = (i % 613 == 0) ? 0 : 1 + i % 40
    extra = (i % 89 == 0) ? ",\"bonus\":1" : ""
    if (i % 997 == 0) { print "{\"id\":\"" name "\",\"wage\":"; continue }
    printf "{\"id\":\"%s\",\"wage\":%s,\"staff\":%d,\"share_full\":%d%s,\"job\":[{\"wage\":%d},{\"wage\":%d}]}\n",
      name, wage, staff, i % 100, extra, 12 + i % 7, 14 + i % 5
  }
}' >e.jsonl
awk -v n=$N 'BEGIN {
  print "id,wage,staff,share_full,bonus"
  for (i = 1; i <= n; i++) {
    name = (i % 701 == 0) ? "E" (i - 650) : "E" i
    wage = (i % 1009 == 0) ? "lots" : (10 + i % 17) "." (i % 100)
    staff = (i % 613 == 0) ? 0 : 1 + i % 40
    if (i % 997 == 0) { print "\"" name ",unclosed"; continue }
    printf "%s,%s,%d,%d,%s\n", name, wage, staff, i % 100, (i % 89 == 0) ? "1" : ""
  }
}' >e.csv
awk -v n=$N 'BEGIN {
  for (i = 1; i <= n; i++) {
    name = (i % 701 == 0) ? "E" (i - 650) : "E" i
    wage = (i % 1009 == 0) ? "\"lots\"" : "$" (10 + i % 17) "." (i % 100) "/hour"
    staff = (i % 613 == 0) ? 0 : 1 + i % 40
    if (i % 997 == 0) { print "employer \"" name "\" {\n  wage = $12/hour +\n}"; continue }
    printf "employer \"%s\" {\n  wage = %s\n  staff = %d\n  share_full = %d%%\n", name, wage, staff, i % 100
    if (i % 89 == 0) print "  bonus = 1"
    printf "  job \"a\" { wage = $%d/hour }\n}\n", 12 + i % 7
  }
}' >e.facts

# run NAME ARGS...: -j 1 first, then the others compared with it.
run() {
  name=$1
  shift
  "$JQLC" check -j 1 "$@" >"$name.1.out" 2>"$name.1.err"
  echo $? >"$name.1.rc"
  for j in 2 3 4 8; do
    "$JQLC" check -j $j "$@" >"$name.$j.out" 2>"$name.$j.err"
    echo $? >"$name.$j.rc"
    if cmp -s "$name.1.out" "$name.$j.out" && cmp -s "$name.1.err" "$name.$j.err" &&
       cmp -s "$name.1.rc" "$name.$j.rc"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL $name -j $j: differs from -j 1 (files in $OUT/$name.*)"
    fi
  done
}

# the inputs hold what the comparison is about (else it would compare little)
check_inputs() {
  "$JQLC" check -j 1 --as-of 2026-01-01 -r r.jq --name-key id --format json e.jsonl \
    >inputs.out 2>inputs.err
  for want in "duplicate employer" "unknown fact 'bonus' (in 33 employers)" "invalid JSON" \
              "wrong value for 'wage'" "division by zero"; do
    if grep -qF "$want" inputs.err inputs.out; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL inputs: no '$want' in the report of e.jsonl"
    fi
  done
}
check_inputs

for fmt in text json jsonl csv tap junit sarif markdown html; do
  for set in "e.jsonl" "e.csv" "e.facts" "e.jsonl e.csv e.facts e.jsonl"; do
    run "$fmt.$(echo "$set" | tr ' .' '_-')" --as-of 2026-01-01 -r r.jq --name-key id \
      --format "$fmt" $set
  done
done
run summary --as-of 2026-01-01 -r r.jq --name-key id --summary e.jsonl e.csv
# the portfolio: weights and groups folded in input order, whatever the threads
run portfolio --as-of 2026-01-01 -r r.jq --name-key id --summary --weight staff --group-by staff e.jsonl e.csv
run portfolio_json --as-of 2026-01-01 -r r.jq --name-key id --format json --weight staff e.jsonl
run summary_html --as-of 2026-01-01 -r r.jq --name-key id --summary --format html e.jsonl e.csv
run strict --as-of 2026-01-01 -r r.jq --name-key id --strict --format jsonl e.jsonl e.csv
run quiet --as-of 2026-01-01 -r r.jq --name-key id -q e.jsonl

echo "jobs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
