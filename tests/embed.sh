#!/bin/sh
# embed.sh READBACK: grammar/embed.sh must carry every byte of a library file into the
# binary unchanged. `make embed-test` embeds each file of tests/embed/ (trigraphs such
# as ??! and ??/, quotes, backslashes, a tab, percent signs, non-ASCII, CRLF, no final
# line ending, an empty file), compiles it as it compiles the library and links
# READBACK (tests/embed/readback.c), which writes a file's embedded text back; here the
# bytes must equal the file's.
set -u
readback=$1
out=$(dirname "$readback")/out
pass=0 fail=0
for f in tests/embed/*.txt; do
  if "$readback" "$f" > "$out" && cmp -s "$out" "$f"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL embed $f: the embedded copy differs from the file"
    cmp "$out" "$f" | head -1
  fi
done
echo "embed: $pass passed, $fail failed"
[ "$fail" = 0 ]
