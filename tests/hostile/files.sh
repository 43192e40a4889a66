# Files, imports and walks (docs/cli.md, "What a rule file can read"): every file
# argument given a FIFO, a folder, a symbolic link loop, a missing name and /dev/null;
# imports that leave their roots by ".." or by a link; a local std/ folder; folder walks
# through links; 20 000 imports. Sourced by tests/hostile.sh in its scratch folder $T.

# run_t ARGS: `run` that cannot hang the suite (a FIFO nobody writes, a walk that never
# ends): killed after 30 seconds, which counts as exit status 124.
run_t() {
  if command -v timeout >/dev/null 2>&1; then
    timeout 30 "$JQLC" "$@" >"$T/out" 2>"$T/err"
  else
    "$JQLC" "$@" >"$T/out" 2>"$T/err"
  fi
  rc=$?
}

# fifo NAME FILE: a FIFO NAME that a background writer fills with FILE once; fifo_done
# ends the writer when jqlc never opened the FIFO.
fifo() {
  rm -f "$1" && mkfifo "$1" && { cat "$2" >"$1" & writer=$!; }
}
fifo_done() { kill "$writer" 2>/dev/null; wait "$writer" 2>/dev/null; }

# no_echo NAME: standard error shows no line of /etc/passwd (its first field and ':').
no_echo() {
  if grep -q '^ *[0-9]* | root:' "$T/err"; then bad "$1" "a line of /etc/passwd is shown"; else ok "$1"; fi
}

# not_find NAME: the message is never "cannot find" for a name that exists.
not_find() {
  if grep -q 'cannot find' "$T/err"; then bad "$1" "says cannot find: $(head -n 1 "$T/err")"; else ok "$1"; fi
}

AS_OF=--as-of=2026-01-01
rules r.jq
facts a.facts
cat >t.jq <<'EOF'
facts { ok: bool }
standard s "S" { rule r "R" { require ok } }
test "ok passes" { given { ok = true } expect s.r pass }
EOF
mkdir -p rulesdir emptydir factsdir && cp t.jq rulesdir/
ln -sf loopx loopx
ln -sf loopy.jq loopy.jq

# ---- each file argument × FIFO, folder, symbolic link loop, missing, /dev/null ----

fifo p r.jq; run_t check $AS_OF -r p a.facts; fifo_done
expect rules_fifo 0 ''
# a fact file's format is named by its extension or --input (docs/cli.md)
fifo p a.facts; run_t check $AS_OF -r r.jq --input facts p; fifo_done
expect facts_fifo 0 ''
fifo p t.jq; run_t test $AS_OF p; fifo_done
expect test_fifo 0 ''
grep -q '^1 passed, 0 failed' "$T/out" && ok test_fifo_ran || bad test_fifo_ran "$(cat "$T/out")"
fifo p r.jq; run_t template -r p; fifo_done
expect template_fifo 0 ''

run_t check $AS_OF -r rulesdir a.facts
expect rules_folder 0 ''
run_t check $AS_OF -r r.jq factsdir
expect facts_folder 2 "cannot read 'factsdir': it is a folder"
run_t test $AS_OF rulesdir
expect test_folder 0 ''
run_t template -r rulesdir
expect template_folder 0 ''

for arg in loopx loopy.jq; do
  run_t check $AS_OF -r $arg a.facts
  expect "rules_link_loop_$arg" 2 "cannot read '$arg': too many levels of symbolic links"
  run_t check $AS_OF -r r.jq $arg
  expect "facts_link_loop_$arg" 2 "cannot read '$arg': too many levels of symbolic links"
  run_t test $AS_OF $arg
  expect "test_link_loop_$arg" 2 "cannot read '$arg': too many levels of symbolic links"
  run_t template -r $arg
  expect "template_link_loop_$arg" 2 "cannot read '$arg': too many levels of symbolic links"
done

run_t check $AS_OF -r missing.jq a.facts
expect rules_missing 2 "cannot find rules 'missing.jq'"
run_t check $AS_OF -r r.jq missing.facts
expect facts_missing 2 "cannot read 'missing.facts': "
run_t test $AS_OF missing.jq
expect test_missing 2 "cannot find rules 'missing.jq'"
run_t template -r missing.jq
expect template_missing 2 "cannot find rules 'missing.jq'"

run_t check $AS_OF -r /dev/null a.facts
expect rules_dev_null 2 "no standards in '/dev/null'"
run_t check $AS_OF -r r.jq --input facts /dev/null
expect facts_dev_null 0 ''
run_t test $AS_OF /dev/null
expect test_dev_null 0 ''
run_t template -r /dev/null
expect template_dev_null 2 "no standards in '/dev/null'"
for a in p loopx loopy.jq /dev/null rulesdir factsdir; do
  run_t check $AS_OF -r $a a.facts; not_find "rules_exists_$a"
done

# ---- no rules: every path reaches "no standards", and no undefined behaviour ----
run_t check $AS_OF -r emptydir a.facts
expect rules_empty_folder 2 "no standards in 'emptydir'"
run_t template -r emptydir
expect template_empty_folder 2 "no standards in 'emptydir'"
(export JQL_STDLIB=/etc; run_t check $AS_OF a.facts
 expect stdlib_etc 2 "no standards in 'std/default'")
mkdir -p tree/empty && cp t.jq tree/
run_t test $AS_OF tree
expect test_empty_subfolder 0 ''

# ---- imports stay under their roots ----
mkdir -p in/sub outer
echo 'facts { ok: bool }' >outer/shared.jq
printf 'import "../outer/shared.jq"\nstandard s "S" { rule r "R" { require ok } }\n' >in/up.jq
run_t check $AS_OF -r in/up.jq a.facts
expect import_dotdot 2 "import '../outer/shared.jq' leaves the rule folders"
run_t check $AS_OF -r in/up.jq -I . a.facts
expect import_dotdot_included 0 ''
ln -sf ../outer/shared.jq in/linked.jq
printf 'import "linked.jq"\nstandard s "S" { rule r "R" { require ok } }\n' >in/bylink.jq
run_t check $AS_OF -r in/bylink.jq a.facts
expect import_by_link 2 "import 'linked.jq' leaves the rule folders"
ln -sfn ../outer in/outdir
printf 'import "outdir/shared.jq"\nstandard s "S" { rule r "R" { require ok } }\n' >in/byfolder.jq
run_t check $AS_OF -r in/byfolder.jq a.facts
expect import_by_folder_link 2 "import 'outdir/shared.jq' leaves the rule folders"
printf 'import "outdir"\nstandard s "S" { rule r "R" { require ok } }\n' >in/folder.jq
run_t check $AS_OF -r in/folder.jq a.facts
expect import_folder_by_link 2 "import 'outdir' leaves the rule folders"
up=$(awk 'BEGIN { for (i = 0; i < 40; i++) printf "../" }')
for target in etc/passwd etc/shadow proc/self/environ; do
  printf 'import "%s%s"\n' "$up" "$target" >in/esc.jq
  run_t check $AS_OF -r in/esc.jq a.facts
  expect "import_escape_$(basename $target)" 2 "leaves the rule folders"
  no_echo "import_escape_$(basename $target)_no_echo"
  printf 'import "/%s"\n' "$target" >in/abs.jq
  run_t check $AS_OF -r in/abs.jq a.facts
  expect "import_absolute_$(basename $target)" 2 "import '/$target' is an absolute path"
  no_echo "import_absolute_$(basename $target)_no_echo"
done
printf 'import "/"\n' >in/root.jq
run_t check $AS_OF -r in/root.jq a.facts
expect import_root 2 "import '/' is an absolute path"
printf 'import ""\n' >in/empty.jq
run_t check $AS_OF -r in/empty.jq a.facts
expect import_empty 2 "empty import path"
if grep -q 'import cycle' "$T/err"; then bad import_empty_no_cycle "reports a cycle"; else ok import_empty_no_cycle; fi
# the library itself: a path through std/ cannot leave it either
printf 'import "std/../../../../../../etc/passwd"\n' >in/stdesc.jq
run_t check $AS_OF -r in/stdesc.jq a.facts
expect import_std_escape 2 "cannot find import 'std/../../../../../../etc/passwd'"
mkdir -p lib && cp r.jq lib/default.jq
printf 'import "std/../outside"\n' >in/stdesc2.jq
mkdir -p outside && cp r.jq outside/x.jq
(export JQL_STDLIB=lib; run_t check $AS_OF -r in/stdesc2.jq a.facts
 expect import_jql_stdlib_escape 2 "import 'std/../outside' leaves the rule folders")
# an import never reads a FIFO (it could block for ever) nor a file without .jq
mkfifo in/pipe.jq
printf 'import "pipe.jq"\n' >in/pipe_imp.jq
run_t check $AS_OF -r in/pipe_imp.jq a.facts
expect import_fifo 2 "cannot read 'in/pipe.jq': not a regular file"

# ---- std/ is the library: a local std/ never shadows it ----
mkdir -p shadow/std && cd shadow
printf 'facts { local_copy: bool }\nstandard local_default "Local" { rule r "R" { require local_copy } }\n' >std/default.jq
echo 'employer "B" { }' >b.facts
run_t check $AS_OF --summary b.facts
expect std_default_not_shadowed 0 ''
grep -q '8 standards' "$T/out" && ok std_default_builtin || bad std_default_builtin "$(cat "$T/out")"
run_t check $AS_OF --summary -r std/default b.facts
grep -q '8 standards' "$T/out" && ok std_path_builtin || bad std_path_builtin "$(cat "$T/out")"
printf 'import "std/default"\n' >mine.jq
run_t check $AS_OF --summary -r mine.jq b.facts
grep -q '8 standards' "$T/out" && ok std_import_builtin || bad std_import_builtin "$(cat "$T/out")"
run_t test $AS_OF std/default
if grep -q 'local_default' "$T/out" "$T/err"; then bad std_test_builtin "ran the local copy"; else ok std_test_builtin; fi
cd "$T"

# ---- walks end: links to ".", "..", a sibling, and a loop ----
mkdir -p walk/d/sub && cp t.jq walk/d/a.jq
ln -sfn . walk/d/self
ln -sfn .. walk/d/sub/up
ln -sfn .. walk/d/parent
ln -sfn sub walk/d/again
ln -sfn / walk/d/root
ln -sf wloop walk/d/wloop
run_t test $AS_OF walk/d
expect walk_links 0 ''
grep -q '^1 passed, 0 failed' "$T/out" && ok walk_links_once || bad walk_links_once "$(tail -n 1 "$T/out")"
run_t check $AS_OF -r walk/d a.facts
expect walk_links_check 0 ''

# ---- 20 000 imports: linear, not quadratic ----
mkdir -p many && (cd many && awk 'BEGIN { for (i = 0; i < 20000; i++) {
    f = "f" i ".jq"; printf "facts { x%d: bool }\n", i > f; close(f)
    printf "import \"f%d.jq\"\n", i > "main.jq" }
  print "standard s \"S\" { rule r \"R\" { require x0 } }" > "main.jq" }')
echo 'employer "A" { x0 = true }' >many/a.facts
t0=$(date +%s)
run_t check $AS_OF --summary -r many/main.jq many/a.facts
secs=$(($(date +%s) - t0))
expect imports_20k 0 ''
[ "$secs" -le 20 ] && ok imports_20k_time || bad imports_20k_time "took ${secs}s"

# ---- encodings: a UTF-8 byte-order mark at the start of every input kind ----
BOM=$(printf '\357\273\277')
{ printf '%s' "$BOM"; cat t.jq; } >bom.jq
{ printf '%s' "$BOM"; cat a.facts; } >bom.facts
printf '%sparam floor = 5\nfacts { n: number }\nstandard s "S" { rule r "R" { require n >= floor } }\n' "$BOM" >bomp.jq
echo 'employer "A" { n = 4 }' >n.facts
run_t check $AS_OF -r bom.jq a.facts
expect bom_rule_file 0 ''
run_t check $AS_OF -r r.jq bom.facts
expect bom_fact_file 0 ''
run_t test $AS_OF bom.jq
expect bom_test 0 ''
run_t template -r bom.jq
expect bom_template 0 ''
run_t check $AS_OF -r bomp.jq --param "floor=${BOM}3" n.facts
expect bom_param 0 ''
fifo p bom.facts; run_t check $AS_OF -r r.jq --input facts p; fifo_done
expect bom_fact_fifo 0 ''
fifo p bom.jq; run_t check $AS_OF -r p a.facts; fifo_done
expect bom_rule_fifo 0 ''
# only at the start: anywhere else it is an unexpected character
{ cat r.jq; printf '%s\n' "$BOM"; } >bom_late.jq
run_t check $AS_OF -r bom_late.jq a.facts
expect bom_elsewhere 2 "unexpected character"
