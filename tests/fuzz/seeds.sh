#!/bin/sh
# Build the fuzzers' seed corpora from the repository's own inputs.
# Usage: sh tests/fuzz/seeds.sh OUTDIR   (run from the repository root)
# Writes OUTDIR/{rules,facts,eval,param}/, one file per seed; regenerated on
# every `make fuzz`, never committed.
#   rules  every *.jq of examples/, stdlib/ and tests/golden/
#   facts  every *.facts of examples/ and tests/golden/
#   eval   each golden case's rule files paired with its fact files
#          ("RULES\n%%\nFACTS"), and each example fact file against the
#          built-in std/default rules ("%%\nFACTS")
#   param  the --param values of the golden cmd files, plus literal shapes
#   imports each golden case's files as one tree ("%% PATH" lines, fuzz_imports.c),
#          once with each of its rule files first (the one loaded)
#   json, jsonl, csv  every such fact file of tests/golden/ and examples/, and records of
#          the harnesses' vocabulary (fuzz_reader.h), each after an option byte (0: as
#          is; 5: --strict, JSON report; 10: --name-key name, JSON Lines report;
#          16: CSV report; 21: --strict, TAP; 26: --name-key name, JUnit; 29: --strict,
#          SARIF)
# and for rules, eval and imports, chains of lets each using the one before
# twice, in several shapes (docs/HACKING.md, "Fuzzing": the let blow-up class).
set -eu
out=$1
rm -rf "$out"
mkdir -p "$out/rules" "$out/facts" "$out/eval" "$out/param" "$out/imports" "$out/json" \
  "$out/jsonl" "$out/csv"
# seed DIR NAME...: stdin becomes DIR/NAME, the names joined with '_' and '/' made '_'
seed() { d=$1; shift; cat > "$d/$(echo "$*" | tr '/ ' '__')"; }

find examples stdlib tests/golden -type f -name '*.jq' | sort | while read -r f; do
  seed "$out/rules" "$f" < "$f"; done
find examples tests/golden -type f -name '*.facts' | sort | while read -r f; do
  seed "$out/facts" "$f" < "$f"; done
for f in examples/*.facts; do
  { printf '%%%%\n'; cat "$f"; } | seed "$out/eval" std "$f"; done
for dir in tests/golden/*/; do
  for r in "$dir"*.jq; do
    [ -f "$r" ] || continue
    for f in "$dir"*.facts; do
      [ -f "$f" ] || continue
      { cat "$r"; printf '\n%%%%\n'; cat "$f"; } | seed "$out/eval" "$r" "$(basename "$f")"
    done
  done
done

# --param NAME=VALUE arguments in the golden cmd files: the text after the first '='.
cat tests/golden/*/cmd | grep -o -- "--param[= ]'[^']*'\|--param[= ][^ ']*" |
  sed "s/^--param[= ]//; s/^'//; s/'$//; s/^[^=]*=//" | sort -u |
  while IFS= read -r v; do printf '%s' "$v" | seed "$out/param" "golden $v"; done
for v in '$17.50' '$27.375/hour' '$52000/year' '75%' '-5' '0.000001' '14 days' '3 months' \
         '2026-02-29' '"text"' '"\u{1F600}"' '"\u{8a}\u{202E}"' 'true' 'false' 'unknown' '["a", "b"]' '1_000'; do
  printf '%s' "$v" | seed "$out/param" "shape $v"
done
# A golden case as a file tree: FIRST, then every other *.jq and *.facts under the case
# folder, each as "%% PATH" and its text; paths fuzz_imports.c would refuse are left out.
tree() {
  ( cd "$1" && { printf '%%%% %s\n' "$2"; cat "$2"
    find . -type f \( -name '*.jq' -o -name '*.facts' \) -size -64k | sed 's|^\./||' | sort |
      grep -v -x -F "$2" | grep -E '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+){0,2}$' | head -n 15 |
      while read -r f; do printf '%%%% %s\n' "$f"; cat "$f"; done; } )
}
for dir in tests/golden/*/; do
  ( cd "$dir" && find . -type f -name '*.jq' -size -64k | sed 's|^\./||' | sort ) |
    while read -r r; do
      case $r in *[!A-Za-z0-9_./-]*) continue ;; esac
      tree "$dir" "$r" | seed "$out/imports" "$dir" "$r"
    done
done

# let_chain N BASE STEP: `let l0 = BASE`, then N lets `lI = STEP` with P the one before,
# and rules on the last; every fact unknown in a test's given.
let_chain() {
  printf 'facts {\n  x: number\n  b: bool\n  collection job\n  job.w: number\n}\n'
  printf 'let l0 = %s\n' "$2"
  awk -v n="$1" -v step="$3" 'BEGIN { for (i = 1; i <= n; i++) {
    s = step; gsub(/P/, "l" (i - 1), s); printf "let l%d = %s\n", i, s } }'
  printf 'standard s {\n  rule r { require l%d is known or b }\n' "$1"
  printf '  rule u { when l%d is unknown require x > 1 }\n}\n' "$1"
  printf 'test "none" {\n  given { }\n  expect s.r untested\n}\n'
}
chain_facts='employer "A" { }
employer "B" { x = 1  job "a" { w = 1 }  job "b" { w = 2 } }
employer "C" { b = true  job = [] }'
n=0
for shape in 'x|P + P' 'b|(P and P) or (P and P)' 'x|sum j in job: P + P + j.w' \
             'x|if P > P then P else P' 'min j in job: j.w|P + P' 'x|max(P, P) - min(P, P)' \
             'x|share j in job weighted by P + P: j.w > P'; do
  n=$((n + 1))
  for len in 4 16 30; do
    let_chain $len "${shape%%|*}" "${shape#*|}" | seed "$out/rules" "let chain $n $len"
    { let_chain $len "${shape%%|*}" "${shape#*|}"; printf '\n%%%%\n%s\n' "$chain_facts"; } |
      seed "$out/eval" "let chain $n $len"
    # split over two files: the first half imported from lib/ (fuzz_imports passes -I lib)
    { let_chain $len "${shape%%|*}" "${shape#*|}" >"$out/chain.tmp"
      half=$((len / 2 + 7))
      printf '%%%% main.jq\nimport "chain.jq"\n'; sed -n "$((half + 1)),\$p" "$out/chain.tmp"
      printf '%%%% lib/chain.jq\n'; sed -n "1,${half}p" "$out/chain.tmp"
      printf '%%%% e.facts\n%s\n' "$chain_facts"; } | seed "$out/imports" "let chain $n $len"
  done
done
rm -f "$out/chain.tmp"

# record seeds: opts HARNESS NAME < FILE writes the file after each option byte
opts() { f=$(mktemp); cat >"$f"
  for o in 000 005 012 020 025 032 035; do { printf "\\$o"; cat "$f"; } | seed "$out/$1" "$2 $o"; done
  rm -f "$f"; }
for f in $(find examples tests/golden -type f \( -name '*.json' -o -name '*.jsonl' -o -name '*.ndjson' \
    -o -name '*.csv' -o -name '*.data' \) | sort); do
  case $f in *.json) h=json ;; *.csv) h=csv ;; *) h=jsonl ;; esac
  opts $h "$f" <"$f"
done
# an employer with every kind of fact of the vocabulary, in each shape a reader takes
full='{"employer": "Full", "name": "Full", "org": {"name": "Acme \u00e9", "sector": "childcare",
 "tags": ["union", "nonprofit"], "founded": "1998-04-01", "nonprofit": true}, "employees": 42,
 "score": -1.5e2, "net_income": -1200.50, "union_share": 35.5, "pay.lowest_hourly_wage": 15.41,
 "pay": {"salary": "$52_000/year", "bonus": 1.5e3}, "leave": {"shift": 90, "sick": 40,
 "notice": "2 weeks", "family": 12}, "tenure": {"probation": 3, "vesting": "1 year"},
 "job": [{"hourly_wage": 22.5, "headcount": 3, "full_time": true, "title": "Cook", "shift": "day",
 "share_women": 50, "started": "2025-01-01", "notice": 7, "skills": ["cpr", "food"]},
 {"hourly_wage": "$14.25/hour", "headcount": 1, "full_time": false, "skills": []}]}'
line=$(printf '%s' "$full" | tr -d '\n')
printf '%s\n' "$full" | opts json "record full"
printf '[%s,\n{"employer": "Empty", "job": {}}, {"employer": 7, "job": {"A": {"title": "a"}}}]\n' "$full" |
  opts json "record array"
printf '{"source": "export", "employers": [%s, {"employer": "Nulls", "score": null, "job": null}], "n": 2}\n' \
  "$full" | opts json "record wrapper"
printf '%s\n\n{"employer": "Second", "pay": {"lowest_hourly_wage": 19}, "unknown": [1, {"a": 2}]}\n%s\n' \
  "$line" "$line" | opts jsonl "record lines"
printf '%s\r\n' 'employer,name,org.name,org.sector,org.tags,org.founded,org.nonprofit,employees,score,net_income,union_share,pay.lowest_hourly_wage,pay.salary,pay.bonus,leave.shift,leave.sick,leave.notice,leave.family,tenure.probation,tenure.vesting,job[Cook].hourly_wage,job[Cook].full_time,job[Cook].skills,job[Cook].shift,job[Host].hourly_wage,job[Host].started,job' \
  'Full,Full,"Acme, ""the"" first",childcare,union; nonprofit,1998-04-01,TRUE,42,-150,-1200.50,35.5,15.41,$52_000/year,1500,90,40,2 weeks,12,3,1 year,22.5,true,cpr,day,$14.25/hour,2025-01-01,' \
  'Empty,,,,,,,,,,,,,,,,,,,,,,,,,,[]' \
  '"Multi
line",,x,retail,,,false,1,0,0,0,16,,,,,,,,,,,,,,,' | opts csv "record rows"

for h in rules facts eval param imports json jsonl csv; do
  echo "seeds: $h $(ls "$out/$h" | wc -l)"
done
