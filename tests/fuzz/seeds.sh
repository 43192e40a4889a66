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
set -eu
out=$1
rm -rf "$out"
mkdir -p "$out/rules" "$out/facts" "$out/eval" "$out/param"
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
         '2026-02-29' '"text"' '"\u{1F600}"' 'true' 'false' 'unknown' '["a", "b"]' '1_000'; do
  printf '%s' "$v" | seed "$out/param" "shape $v"
done
for h in rules facts eval param; do
  echo "seeds: $h $(ls "$out/$h" | wc -l)"
done
