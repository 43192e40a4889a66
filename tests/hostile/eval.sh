# Runs that end (docs/cli.md, "Security"): evaluation is bounded. A let is evaluated
# once per employer, unknown values included, so chains of lets that each use the one
# before twice take linear time; a per-employer step budget (--max-steps) turns a
# runaway rule into error for that employer while the others go on; running out of
# memory exits 2 with one line of message. The weights of a weighted share and the
# diagnostics' wording are golden cases (eval_weights, eval_step_budget).

# run_in SECS ARGS...: like run, but the run is killed after SECS seconds (rc 124).
run_in() {
  secs=$1
  shift
  timeout "$secs" "$JQLC" "$@" >"$T/out" 2>"$T/err"
  rc=$?
}

# ended NAME STATUS ERR_PATTERN [OUT_PATTERN...]: after run_in, the run ended in time
# with STATUS and stderr matching ERR_PATTERN (as for expect), and stdout has a line
# matching each OUT_PATTERN (grep -E).
ended() {
  name=$1 status=$2 err=$3
  shift 3
  if [ "$rc" -eq 124 ]; then
    bad "$name" "did not end within ${secs}s"
    return
  fi
  for pat in "$@"; do
    if ! grep -Eq -- "$pat" "$T/out"; then
      bad "$name" "stdout lacks /$pat/ (exit $rc): $(head -n 1 "$T/out")"
      return
    fi
  done
  expect "$name" "$status" "$err"
}

# ---- let chains: each let uses the one before twice ----

# let_chain FILE N BASE STEP: facts, `let l0 = BASE`, `let lI = STEP` with P for the
# previous let, a rule on lN and a test whose given leaves every fact unknown.
let_chain() {
  { printf 'facts {\n  x: number\n  collection job\n  job.w: number\n}\n'
    printf 'let l0 = %s\n' "$3"
    awk -v n="$2" -v step="$4" 'BEGIN { for (i = 1; i <= n; i++) {
      s = step; gsub(/P/, "l" (i - 1), s); printf "let l%d = %s\n", i, s } }'
    printf 'standard s "S" {\n  rule r "R" { require l%d > 0 }\n}\n' "$2"
    printf 'test "unknown" {\n  given { }\n  expect s.r untested\n}\n'
  } >"$1"
}

echo 'employer "A" { }' >none.facts
echo 'employer "A" { job = [] }' >empty.facts

# The finding: 24 lets took 1 s, 28 took 17 s, 60 never ended (2^N evaluations when x
# is unknown). A budget of 10 000 steps shows each let is evaluated once, whatever the
# machine's speed: the chain of 60 takes a few hundred.
for n in 24 28 60; do
  let_chain plus$n.jq $n x 'P + P'
  run_in 10 check --as-of 2026-01-01 -r plus$n.jq none.facts
  ended let_chain_${n}_check 0 '' '^ +missing: x$'
  run_in 10 check --as-of 2026-01-01 --max-steps 10000 -r plus$n.jq none.facts
  ended let_chain_${n}_budget 0 '' '^ +missing: x$'
  run_in 10 test --as-of 2026-01-01 plus$n.jq
  ended let_chain_${n}_test 0 '' '^1 passed, 0 failed$'
done

# The class around it: other operators, a quantifier inside each let, an unknown that
# comes from an empty collection, a when clause, many rules using the chain.
let_chain logic.jq 60 'x > 0' '(P and P) or (P and P)'
sed -i.bak 's/require l60 > 0/require l60/' logic.jq
run_in 10 check --as-of 2026-01-01 --max-steps 10000 -r logic.jq none.facts
ended let_chain_logic 0 '' '^ +missing: x$'
let_chain quant.jq 60 x 'sum j in job: P + P + j.w'
echo 'employer "A" { job "a" { w = 1 } job "b" { w = 2 } job "c" { w = 3 } }' >jobs3.facts
run_in 10 check --as-of 2026-01-01 --max-steps 10000 -r quant.jq jobs3.facts
ended let_chain_quantifier 0 '' '^ +missing: x$'
let_chain emptymin.jq 60 'min j in job: j.w' 'P + P'
run_in 10 check --as-of 2026-01-01 --max-steps 10000 -r emptymin.jq empty.facts
ended let_chain_empty_collection 0 '' '^ +why: job has no elements$'
let_chain when.jq 60 x 'if P > P then P else P'
sed -i.bak 's/{ require l60 > 0 }/{ when l60 > 0 require x > 1 }/' when.jq
run_in 10 check --as-of 2026-01-01 --max-steps 10000 -r when.jq none.facts
ended let_chain_when 0 '' '^ +why: when l60 > 0 is unknown$'
let_chain many.jq 60 x 'P * 1 + P * 0'
awk '/^standard s/ { print; for (i = 0; i < 500; i++) printf "  rule r%d { require l60 > %d }\n", i, i; next } { print }' \
  many.jq >many2.jq
run_in 10 check --as-of 2026-01-01 --max-steps 100000 -r many2.jq none.facts
ended let_chain_500_rules 0 '' '^1 employer: 0 pass, 0 fail, 1 untested'

# ---- the step budget: five nested `all` over 100 jobs is 10^10 steps ----

jobs() { awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) printf "  job \"J%03d\" { w = %d }\n", i, i }'; }
cat >nested.jq <<'EOF'
facts {
  ready: bool
  collection job
  job.w: number
}
standard s "S" {
  rule first "First" { require all a in job: a.w > 0 }
  rule nested "Nested" {
    require all a in job: all b in job: all c in job: all d in job: all e in job:
      a.w + b.w + c.w + d.w + e.w > 0
  }
  rule after "After" { require ready }
}
EOF
{ printf 'employer "Small" {\n  ready = true\n'; jobs 3; printf '}\n'
  printf 'employer "Big" {\n  ready = true\n'; jobs 100; printf '}\n'
  printf 'employer "Late" {\n  ready = false\n'; jobs 3; printf '}\n'; } >nested.facts

# The default budget (10^8 steps) ends it: "Big" is error, the others are evaluated.
# About 2 s with -O2, 10 s under the sanitizers.
run_in 120 check --as-of 2026-01-01 -r nested.jq nested.facts
ended nested_quantifiers_default_budget 2 '' \
  '^Small — pass' '^Big — error' '^Late — fail' \
  '^ +why: evaluation exceeded the step budget \(--max-steps 100000000\) at nested.jq:9:13$' \
  "^ +why: not evaluated: rule 's.nested' used up the step budget$" \
  '^3 employers: 1 pass, 1 fail, 0 untested, 0 not_applicable, 1 error'
run_in 20 check --as-of 2026-01-01 --max-steps 100000 -r nested.jq --format json nested.facts
ended nested_quantifiers_json 2 '' \
  '"reason": "evaluation exceeded the step budget \(--max-steps 100000\) at nested.jq:9:13"' \
  '"employers": \{"pass": 1, "fail": 1, "untested": 0, "not_applicable": 0, "error": 1\}'

# jqlc test: the same rule in a test whose given has the 100 jobs.
{ cat nested.jq; printf 'test "big" {\n  given {\n    ready = true\n'; jobs 100
  printf '  }\n  expect s pass\n}\ntest "small" {\n  given {\n    ready = true\n'; jobs 3
  printf '  }\n  expect s pass\n}\n'; } >nested_test.jq
run_in 120 test --as-of 2026-01-01 nested_test.jq
ended nested_quantifiers_test 1 '' 'test "big": expected s pass, got error' '^1 passed, 1 failed$'

# Every quantifier kind, a runaway inside a let and in a `when`: each ends in error.
i=0
for body in 'all a in job: all b in job: all c in job: a.w + b.w + c.w > 0' \
            'any a in job: any b in job: any c in job: a.w + b.w + c.w < 0' \
            'none a in job: any b in job: any c in job: a.w + b.w + c.w < 0' \
            '(count a in job: (count b in job: (count c in job: c.w > a.w + b.w) > 0) > 0) > 0' \
            '(sum a in job: sum b in job: sum c in job: a.w * b.w * c.w) > 0' \
            '(max a in job: min b in job: max c in job: a.w - b.w + c.w) > 0' \
            '(share a in job weighted by a.w: (share b in job weighted by b.w: (share c in job: c.w > b.w) > 50%) > 50%) > 50%'
do
  i=$((i + 1))
  printf 'facts {\n  collection job\n  job.w: number\n}\nstandard s { rule r { require %s } }\n' \
    "$body" >kind$i.jq
  { printf 'employer "Big" {\n'; jobs 100; printf '}\n'; } >kind.facts
  run_in 20 check --as-of 2026-01-01 --max-steps 100000 -r kind$i.jq kind.facts
  ended quantifier_kind_$i 2 '' '^ +why: evaluation exceeded the step budget \(--max-steps 100000\) at kind'$i'.jq:5:'
done
printf 'facts {\n  collection job\n  job.w: number\n}\nlet big = count a in job: any b in job: any c in job: a.w + b.w < c.w\nstandard s {\n  rule r { require big >= 0 }\n  rule w { when big > 0 require big > 1 }\n}\n' >inlet.jq
run_in 20 check --as-of 2026-01-01 --max-steps 100000 -r inlet.jq kind.facts
ended runaway_in_let 2 '' '^ +why: evaluation exceeded the step budget \(--max-steps 100000\) at inlet.jq:5:11$' \
  "^ +why: not evaluated: rule 's.r' used up the step budget$"
printf 'facts {\n  collection job\n  job.w: number\n}\nstandard s {\n  rule w { when all a in job: all b in job: all c in job: a.w + b.w + c.w > 0 require true }\n}\n' >inwhen.jq
run_in 20 check --as-of 2026-01-01 --max-steps 100000 -r inwhen.jq kind.facts
ended runaway_in_when 2 '' '^ +why: evaluation exceeded the step budget \(--max-steps 100000\) at inwhen.jq:6:17$'

# ---- out of memory: exit 2 and one line, never an abort ----

# 100 000 declared facts: loading them takes about 90 MB, so under a 60 MB address
# space every command runs out while loading. The sanitizer build reserves terabytes of
# address space for itself and cannot run under such a limit: skipped there.
if [ -n "${ASAN_OPTIONS:-}" ]; then
  echo "skip out_of_memory_*: the sanitizer build cannot run under ulimit -v"
else
  { echo 'facts {'
    awk 'BEGIN { for (i = 0; i < 100000; i++) printf "  f%d: number \"Fact %d\"\n", i, i }'
    printf '}\nstandard s { rule r { require f0 > 0 } }\ntest "t" {\n  given { f0 = 1 }\n  expect s pass\n}\n'
  } >manyfacts.jq
  echo 'employer "A" { f0 = 1 }' >f0.facts
  for cmd in "check --as-of 2026-01-01 -r manyfacts.jq f0.facts" "test manyfacts.jq" \
             "template -r manyfacts.jq"; do
    # shellcheck disable=SC2086 # the command's words
    (ulimit -v 60000 && exec "$JQLC" $cmd) >"$T/out" 2>"$T/err"
    rc=$?
    name=out_of_memory_${cmd%% *}
    if [ "$(wc -l <"$T/err")" -ne 1 ]; then
      bad "$name" "exit $rc, $(wc -l <"$T/err") lines on stderr: $(head -n 1 "$T/err")"
    else
      expect "$name" 2 '^jqlc: error: out of memory \(allocating [0-9]+ bytes\)$'
    fi
  done
fi
