# Fact files read in records (docs/cli.md, "Fact files" and "Limits"): JSON documents cut
# at every byte, documents that arrive through a pipe a piece at a time, and records
# too large for one read. A run must end, lose no employer and read the same whatever
# the pieces. Sourced by tests/hostile.sh in its scratch folder $T.

AS_OF=--as-of=2026-01-01
cat >r.jq <<'EOF'
facts {
  n: number
  note: text
  collection job
  job.wage: money/hour
}
standard s "S" { rule r "R" { require n > 0 } }
EOF

# run_in SECS ARGS: `run` killed after SECS seconds (exit status 124 then).
run_in() {
  secs=$1
  shift
  timeout "$secs" "$JQLC" "$@" >"$T/out" 2>"$T/err"
  rc=$?
}

# pieces SECS TEXT...: each TEXT written to standard output with a pause between, so that
# a reader gets them in separate reads (printf's escapes are interpreted).
pieces() {
  pause=$1
  shift
  for p in "$@"; do
    printf "$p"
    sleep "$pause"
  done
}

# same NAME FILE ARGS: reading FILE's text in pieces through a pipe (the rest of the
# arguments, the pieces as for `pieces`) prints what reading FILE at once prints.
same() {
  name=$1 file=$2
  shift 2
  run_in 30 check $AS_OF -r r.jq --summary --input json "$file"
  cp "$T/out" "$T/whole.out"
  sed "s|^$file:|-:|" "$T/err" >"$T/whole.err"
  pieces 0.3 "$@" | timeout 30 "$JQLC" check $AS_OF -r r.jq --summary --input json - \
    >"$T/out" 2>"$T/err"
  if cmp -s "$T/out" "$T/whole.out" && cmp -s "$T/err" "$T/whole.err"; then
    ok "$name"
  else
    bad "$name" "read in pieces: $(head -n 1 "$T/err") $(head -n 1 "$T/out")"
  fi
}

# ---- a JSON document cut after every byte: each run ends, with a located error ----
doc='{"source": "x", "employers": [{"employer": "A", "n": 1}, {"employer": "B", "job": [{"wage": 16}]}], "n": [1, {"a": "]"}]}'
len=$(printf '%s' "$doc" | wc -c)
hung= crashed= i=1
while [ "$i" -lt "$len" ]; do
  printf '%s' "$doc" | head -c "$i" >cut.json
  run_in 10 check $AS_OF -r r.jq --summary cut.json
  [ "$rc" -eq 124 ] && hung="$hung $i"
  [ "$rc" -gt 2 ] && [ "$rc" -ne 124 ] && crashed="$crashed $i"
  i=$((i + 1))
done
[ -z "$hung" ] && ok json_cut_ends || bad json_cut_ends "no end when cut after byte$hung"
[ -z "$crashed" ] && ok json_cut_no_crash || bad json_cut_no_crash "crash when cut after byte$crashed"
# the array cut right after an element, no line end: the element is read, then the error
printf '[{"employer": "A", "n": 1}' >open.json
run_in 10 check $AS_OF -r r.jq --summary open.json
expect json_open_array 2 "^open.json:1:27: error: invalid JSON: the document ends before its '\]'"
grep -q '^1 employer: 1 pass' "$T/out" && ok json_open_array_read || bad json_open_array_read "$(cat "$T/out")"

# ---- a document through a pipe, in pieces: read as when read at once ----
printf '\357\273\277{"n": 1, "employer": "A"}\n' >bom.json
same json_bom_pieces bom.json '\357\273\277{"n":' ' 1, "employer": "A"}\n'
printf '{"employers":    [{"employer": "A", "n": 1}]}\n' >spaces.json
same json_wrapper_spaces_pieces spaces.json '{"employers":  ' '  [{"employer": "A", "n": 1}]}\n'
printf '{"n": 1, "employer": "A"}\n' >lone.json
same json_lone_object_pieces lone.json '{"n":' ' 1, "employer": "A"}\n'
printf '[{"employer": "A", "n": 1}, {"employer": "B", "n": 2}]\n' >array.json
same json_array_pieces array.json '[{"employer": "A", "n": 1}' ', {"employer": "B", "n": 2}' ']\n'

# ---- one large record through a pipe: scanned once, not once per read (64 KiB) ----
# 48 MiB of text in one employer; before, the scan for its end started again at each
# read: (48 MiB / 64 KiB) reads x 24 MiB = 18 GB scanned, half a minute
awk 'BEGIN { s = "0123456789abcdef"; while (length(s) < 50331648) s = s s; print s }' >pad.txt
big() { printf "$1"; tr -d '\n' <pad.txt; printf "$2"; }
t0=$(date +%s)
big '[{"employer": "Big", "n": 1, "note": "' '"}]\n' |
  timeout 60 "$JQLC" check $AS_OF -r r.jq --summary --input json - >"$T/out" 2>"$T/err"
rc=$? secs=$(($(date +%s) - t0))
expect json_large_record_piped 0 ''
[ "$secs" -le 10 ] && ok json_large_record_time || bad json_large_record_time "took ${secs}s"
for kind in jsonl csv; do
  t0=$(date +%s)
  if [ $kind = jsonl ]; then big '{"employer": "Big", "n": 1, "note": "' '"}\n'
  else big 'employer,n,note\nBig,1,"' '"\n'; fi |
    timeout 60 "$JQLC" check $AS_OF -r r.jq --summary --input $kind - >"$T/out" 2>"$T/err"
  rc=$? secs=$(($(date +%s) - t0))
  expect ${kind}_large_record_piped 0 ''
  [ "$secs" -le 10 ] && ok ${kind}_large_record_time || bad ${kind}_large_record_time "took ${secs}s"
done
# an element whose end arrives exactly at the end of a read, after the scan for it had
# stopped once inside it: its end is final (it was scanned on from the old place)
printf '[{"employer": "A", "n": 1, "note": "abcdef"}, {"employer": "B", "n": 2}]\n' >ends.json
same json_element_ends_a_read ends.json '[{"employer": "A", "n": 1, "note": "abc' 'def"}' \
  ', {"employer": "B", "n": 2}]\n'
# an empty record first in a job (a byte-order mark, '[', then a stray '}'): nothing
# copied from a job that has no text yet (found by the JSON fuzzer under --strict)
printf '\357\273\277[\n  }"employer": "A", "n": 1}\n' >empty_record.json
run check $AS_OF -r r.jq --strict --summary empty_record.json
expect json_empty_record_first 2 'the record is empty'
# a job whose only record is empty (a stray ',' before the first employer): the reader
# points into the job's text, which exists though it is empty (found by the JSON fuzzer)
printf '[\n  ,{"employer": "A", "n": 1}\n]\n' >empty_only.json
run check $AS_OF -r r.jq --summary empty_only.json
expect json_empty_record_alone 2 'the record is empty'
