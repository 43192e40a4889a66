# Outputs and the terminal (docs/cli.md, Security: outputs and the terminal).
# - every command with standard output on a full disk, closed, cut short by a file-size
#   limit, or read by `head -1`;
# - --output onto each kind of input (rule file, imported file, fact file; by a symbolic
#   link, a ../ path, a hard link, /dev/stdout), onto a device, a folder, a missing folder;
# - --output under a file-size limit: the previous report intact, no temporary file left;
#   markdown and html past it in their temporary file of employers;
# - file names and arguments holding control characters and bidirectional overrides:
#   nothing raw reaches the terminal.

ESC=$(printf '\033')
BEL=$(printf '\007')
RLO=$(printf '\342\200\256') # U+202E

# intact NAME FILE TEXT: FILE still holds exactly TEXT (one line).
intact() {
  if [ "$(cat "$2" 2>/dev/null)" = "$3" ]; then ok "$1"; else bad "$1" "$2 changed: $(head -c 80 "$2")"; fi
}

# no_temp NAME: no temporary file (.NAME.XXXXXX) left in the scratch folder.
no_temp() {
  left=$(ls -A "$T" | grep '^\.' | head -n 1)
  if [ -z "$left" ]; then ok "$1"; else bad "$1" "temporary file left: $left"; fi
}

# raw_free NAME FILE...: no ESC, BEL or U+202E byte sequence in the files.
raw_free() {
  n=$1
  shift
  if cat "$@" | grep -q "$ESC\|$BEL\|$RLO"; then
    bad "$n" "raw control or bidi characters: $(cat "$@" | grep "$ESC\|$BEL\|$RLO" | head -n 1 | od -c | head -n 2 | tr -s ' ' | tr '\n' ' ')"
  else
    ok "$n"
  fi
}

rules r.jq
facts a.facts
cat >lib.jq <<'EOF'
facts { n: number "A number" }
EOF
cat >imp.jq <<'EOF'
import "lib"
standard t "T" { rule r "R" { require n > 1 } }
EOF
echo 'employer "B" { n = 2 }' >b.facts
A="--as-of 2026-01-01"

# ---- standard output on a full disk: every command, exit 2 with a message ----
for c in "check $A -r r.jq a.facts" "check $A -r r.jq --format json a.facts" \
         "check $A -r r.jq --summary a.facts" "test r.jq" "test --coverage --all r.jq" \
         "template -r r.jq" "--version" "--help" "help" "help check" "check --help" \
         "test --help" "template -h" "help lint"; do
  # shellcheck disable=SC2086
  "$JQLC" $c >/dev/full 2>"$T/err"
  rc=$?
  expect "stdout_full: jqlc $c" 2 '^jqlc: error: cannot write standard output: No space left on device$'
done
# -q writes nothing to standard output, so nothing fails: the usual status
"$JQLC" check $A -r r.jq -q a.facts >/dev/full 2>"$T/err"
rc=$?
expect "stdout_full: check -q writes nothing" 0 ''

# ---- standard output closed ----
for c in "check $A -r r.jq a.facts" "test r.jq" "template -r r.jq" "--version"; do
  # shellcheck disable=SC2086
  "$JQLC" $c >&- 2>"$T/err"
  rc=$?
  expect "stdout_closed: jqlc $c" 2 '^jqlc: error: cannot write standard output: Bad file descriptor$'
done
# with --output, a closed standard output takes no part (and no file takes its place)
"$JQLC" check $A -r r.jq a.facts --output closed.txt >&- 2>"$T/err"
rc=$?
expect "stdout_closed: check --output" 0 ''
grep -q '^A — pass' closed.txt && ok "stdout_closed: report written" || bad "stdout_closed: report written" "$(head -n 1 closed.txt)"

# ---- standard output cut short by a file-size limit (a partial write) ----
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "employer \"E%d\" { ok = %s }\n", i, i % 2 ? "true" : "false" }' >many.facts
(ulimit -f 8; "$JQLC" check $A -r r.jq many.facts >partial.txt 2>"$T/err"; echo $? >rc.txt)
rc=$(cat rc.txt)
expect "stdout_size_limit: check" 2 '^jqlc: error: cannot write standard output: File too large$'
(ulimit -f 8; "$JQLC" check $A -r r.jq --format json many.facts >partial.txt 2>"$T/err"; echo $? >rc.txt)
rc=$(cat rc.txt)
expect "stdout_size_limit: check json" 2 '^jqlc: error: cannot write standard output: File too large$'

# ---- a closed pipe: quiet, ended by SIGPIPE (status 141), also when SIGPIPE is ignored ----
("$JQLC" check $A -r r.jq many.facts 2>"$T/err"; echo $? >rc.txt) | head -n 1 >/dev/null
rc=$(cat rc.txt)
expect "pipe_closed: check | head -1" 141 ''
("$JQLC" check $A -r r.jq --format json many.facts 2>"$T/err"; echo $? >rc.txt) | head -n 1 >/dev/null
rc=$(cat rc.txt)
expect "pipe_closed: check json | head -1" 141 ''
(trap '' PIPE; "$JQLC" check $A -r r.jq many.facts 2>"$T/err"; echo $? >rc.txt) | head -n 1 >/dev/null
rc=$(cat rc.txt)
expect "pipe_closed: SIGPIPE ignored, still quiet" 141 ''
(trap '' PIPE; "$JQLC" check $A -r r.jq --output /dev/stdout many.facts 2>"$T/err"; echo $? >rc.txt) | head -n 1 >/dev/null
rc=$(cat rc.txt)
# /dev/stdout as --output is the pipe itself: an ordinary output file, its error reported
expect "pipe_closed: --output /dev/stdout" 2 "^jqlc: error: cannot write '/dev/stdout': Broken pipe$"

# ---- --output on a device ----
run check $A -r r.jq a.facts --output /dev/full
expect "output_full: check" 2 "^jqlc: error: cannot write '/dev/full': No space left on device$"
run template -r r.jq --output /dev/full
expect "output_full: template" 2 "^jqlc: error: cannot write '/dev/full': No space left on device$"
run check $A -r r.jq a.facts --output /dev/null
expect "output_null: written in place" 0 ''
[ -c /dev/null ] && ok "output_null: /dev/null is still a device" || bad "output_null: /dev/null is still a device" "replaced"
echo 'old line' >log.txt
"$JQLC" check $A -r r.jq a.facts --output /dev/stdout >>log.txt 2>"$T/err"
rc=$?
expect "output_dev_stdout: appended" 0 ''
[ "$(head -n 1 log.txt)" = 'old line' ] && grep -q '^A — pass' log.txt && ok "output_dev_stdout: log kept" || bad "output_dev_stdout: log kept" "$(head -n 2 log.txt)"

# ---- --output onto an input: a usage error, nothing written ----
ln -s a.facts link.facts
ln a.facts hard.facts
mkdir -p sub
for o in a.facts link.facts hard.facts ./a.facts sub/../a.facts "$T/a.facts"; do
  run check $A -r r.jq a.facts --output "$o"
  expect "output_is_fact_file: --output $o" 2 "would overwrite the fact file 'a.facts', which this run reads"
  intact "output_is_fact_file: $o intact" a.facts 'employer "A" { ok = true }'
done
run check $A -r r.jq link.facts --output a.facts
expect "output_is_fact_file: read through a link" 2 "would overwrite the fact file 'link.facts'"
for o in r.jq ./r.jq "$T/r.jq"; do
  run check $A -r r.jq a.facts --output "$o"
  expect "output_is_rule_file: --output $o" 2 "would overwrite the rule file 'r.jq', which this run reads"
  run template -r r.jq --output "$o"
  expect "output_is_rule_file: template --output $o" 2 "would overwrite the rule file 'r.jq'"
done
intact "output_is_rule_file: r.jq intact" r.jq "$(rules /dev/stdout)"
ln -s lib.jq lib_link.jq
for o in lib.jq lib_link.jq sub/../lib.jq; do
  run check $A -r imp.jq b.facts --output "$o"
  expect "output_is_import: --output $o" 2 "would overwrite the rule file 'lib.jq', which this run reads"
  run template -r imp.jq --output "$o"
  expect "output_is_import: template --output $o" 2 "would overwrite the rule file 'lib.jq'"
done
intact "output_is_import: lib.jq intact" lib.jq 'facts { n: number "A number" }'
# found before anything is read: the broken rules are never parsed
echo 'standard {' >broken.jq
run check $A -r broken.jq a.facts --output a.facts
expect "output_is_fact_file: before the rules are read" 2 "^jqlc: error: --output 'a.facts' would overwrite"
run check $A -r broken.jq a.facts --output nodir/report.txt
expect "output_missing_folder: before the rules are read" 2 "^jqlc: error: cannot write 'nodir/report.txt': No such file or directory$"
run check $A -r r.jq a.facts --output sub
expect "output_folder" 2 "^jqlc: error: cannot write 'sub': it is a folder$"
# /dev/stdout appended to a fact file is the fact file
"$JQLC" check $A -r r.jq a.facts --output /dev/stdout >>a.facts 2>"$T/err"
rc=$?
expect "output_is_fact_file: /dev/stdout >>a.facts" 2 "would overwrite the fact file 'a.facts'"
intact "output_is_fact_file: a.facts intact after >>" a.facts 'employer "A" { ok = true }'

# ---- --output written atomically ----
echo 'the old report' >report.txt
chmod 640 report.txt
run check $A -r r.jq a.facts --output report.txt
expect "output_atomic: written" 0 ''
grep -q '^A — pass' report.txt && ok "output_atomic: new report" || bad "output_atomic: new report" "$(head -n 1 report.txt)"
[ "$(stat -c %a report.txt)" = 640 ] && ok "output_atomic: mode kept" || bad "output_atomic: mode kept" "$(stat -c %a report.txt)"
no_temp "output_atomic: no temporary file"
ln -s report.txt report_link.txt
run check $A -r r.jq --format json a.facts --output report_link.txt
[ -L report_link.txt ] && grep -q '"schema": 1' report.txt && ok "output_atomic: through a link, link kept" || bad "output_atomic: through a link, link kept" "$(ls -l report_link.txt)"
# past a file-size limit: exit 2, the previous report untouched, no temporary file
echo 'the old report' >report.txt
(ulimit -f 8; "$JQLC" check $A -r r.jq many.facts --output report.txt 2>"$T/err"; echo $? >rc.txt)
rc=$(cat rc.txt)
expect "output_size_limit: check" 2 "^jqlc: error: cannot write 'report.txt': File too large$"
intact "output_size_limit: old report intact" report.txt 'the old report'
no_temp "output_size_limit: no temporary file"
awk 'BEGIN { printf "facts {\n"; for (i = 0; i < 2000; i++) printf "  f%d: number \"fact %d\"\n", i, i; printf "}\nstandard s \"S\" { rule r \"R\" { require f0 > 1 } }\n" }' >big.jq
echo 'the old template' >t.facts
(ulimit -f 8; "$JQLC" template -r big.jq --output t.facts 2>"$T/err"; echo $? >rc.txt)
rc=$(cat rc.txt)
expect "output_size_limit: template" 2 "^jqlc: error: cannot write 't.facts': File too large$"
intact "output_size_limit: old template intact" t.facts 'the old template'
no_temp "output_size_limit: template, no temporary file"
# markdown and html keep the employers in a temporary file in $TMPDIR until the end: a
# write to it that fails (here past the file-size limit) is an error with its reason, the
# previous report untouched, nothing left in the temporary folder
mkdir -p spool
for fmt in markdown html; do
  (ulimit -f 8; TMPDIR=spool "$JQLC" check $A -r r.jq --format $fmt many.facts --output report.txt \
    2>"$T/err"; echo $? >rc.txt)
  rc=$(cat rc.txt)
  expect "spool_size_limit: $fmt" 2 "^jqlc: error: cannot write a temporary file in 'spool': File too large$"
  intact "spool_size_limit: $fmt, old report intact" report.txt 'the old report'
  left=$(ls -A spool)
  if [ -z "$left" ]; then ok "spool_size_limit: $fmt, spool removed"; else
    bad "spool_size_limit: $fmt, spool removed" "left: $left"; fi
done
no_temp "spool_size_limit: no temporary file"
# a failure after the output was chosen (the rules do not load) writes nothing at all
run check $A -r broken.jq a.facts --output report.txt
expect "output_later_failure: rules fail" 2 'broken.jq'
intact "output_later_failure: old report intact" report.txt 'the old report'

# ---- names that reach the terminal escaped ----
bad_name="e${ESC}[31m${BEL}${RLO}x.facts"
printf 'employer "E" {\n  ok = \n}\n' >"$bad_name"
run check $A -r r.jq "$bad_name"
raw_free "terminal: fact file name in a syntax error" "$T/out" "$T/err"
grep -q 'e<U+001B>\[31m<U+0007><U+202E>x.facts:3:1: error' "$T/err" && ok "terminal: fact file name escaped" || bad "terminal: fact file name escaped" "$(head -n 1 "$T/err")"
run check $A -r r.jq "missing${ESC}]0;title${BEL}.facts"
raw_free "terminal: missing fact file" "$T/out" "$T/err"
expect "terminal: missing fact file message" 2 "cannot read 'missing<U\\+001B>\\]0;title<U\\+0007>.facts'"
run check $A -r "rules${RLO}.jq" a.facts
raw_free "terminal: missing rule file" "$T/out" "$T/err"
cp r.jq "r${ESC}[2J.jq"
run template -r "r${ESC}[2J.jq"
raw_free "terminal: template header" "$T/out" "$T/err"
run test "r${ESC}[2J.jq" --verbose
raw_free "terminal: test output" "$T/out" "$T/err"
run check $A -r r.jq a.facts "--output=${RLO}x/y"
raw_free "terminal: --output argument" "$T/out" "$T/err"
run check $A -r r.jq --param "x${ESC}=1" a.facts
raw_free "terminal: --param argument" "$T/out" "$T/err"
run check $A -r r.jq "--as-of=${BEL}" a.facts
raw_free "terminal: --as-of argument" "$T/out" "$T/err"
run "bogus${ESC}[2J"
raw_free "terminal: unknown command" "$T/out" "$T/err"
