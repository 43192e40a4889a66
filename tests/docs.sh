#!/bin/sh
# Doc tests: the commands that README.md and docs/*.md show with their output are run, and
# what they print is compared with what the docs show (docs/HACKING.md "Doc tests").
#
# A fenced block whose info string is `console` is a transcript: each line "$ jqlc ARGS" is
# run with sh from the repository root (./jqlc, or $JQLC, first on PATH), and the lines
# below it, up to the next "$ " line or the end of the block, are what it prints: standard
# error, then standard output. "[exit N]" as the last of them is the exit status (default 0).
# A line "..." stands for any number of lines, a line ending in "..." for one line that
# starts with the text before it; every other line must be equal. A `check` or `test`
# command without --as-of must print the same as of 2000-01-01 and 2100-01-01 (else the doc
# must give --as-of). A "$ " prompt in any other fenced block is an error. The runner unsets
# JQL_PATH and JQL_STDLIB and sets NO_COLOR=1 and LC_ALL=C, as tests/golden.sh does.
# Then the citation rule: no file in src/, grammar/, stdlib/, docs/ or README.md cites the
# external design reference. (The manual pages are checked by tests/man.sh.)
#
# Usage: sh tests/docs.sh [FILE.md...]   (default: README.md docs/*.md)
# UPDATE=1 rewrites the output shown of every command that does not match, from this run,
# keeping the elisions that still fit (`make docs-update`); read the diff before committing.
set -u
JQLC=${JQLC:-$(pwd)/jqlc}
case $JQLC in /*) ;; *) JQLC=$(pwd)/$JQLC ;; esac
cd "$(dirname "$0")/.." || exit 2
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
[ $# -gt 0 ] || set -- README.md docs/*.md

# `jqlc` on PATH runs the binary under test; DOCS_AS_OF (the date check) adds --as-of to a
# check or test command that has none.
mkdir "$tmp/bin" "$tmp/t"
cat >"$tmp/bin/jqlc" <<EOF
#!/bin/sh
if [ -n "\${DOCS_AS_OF:-}" ] && { [ "\${1:-}" = check ] || [ "\${1:-}" = test ]; }; then
  for a in "\$@"; do case \$a in --as-of|--as-of=*) exec "$JQLC" "\$@" ;; esac; done
  cmd=\$1; shift
  exec "$JQLC" "\$cmd" --as-of "\$DOCS_AS_OF" "\$@"
fi
exec "$JQLC" "\$@"
EOF
chmod +x "$tmp/bin/jqlc"
PATH=$tmp/bin:$PATH

: >"$tmp/t/index"
awk -v mode=extract -v dir="$tmp/t" -f tests/docs.awk "$@" >"$tmp/errors"
bad=$(($(wc -l <"$tmp/errors")))
cat "$tmp/errors"

# run CMD OUT: stderr then stdout of the command into OUT, its status into OUT.rc
run() {
    sh -c "$1" >"$2.out" 2>"$2.err" </dev/null
    echo $? >"$2.rc"
    cat "$2.err" "$2.out" >"$2"
}

pass=0 fail=0 updated=0
while IFS='	' read -r n file line from upto indent status; do
    t=$tmp/t/$n
    cmd=$(cat "$t.cmd")
    run "$cmd" "$t.act"
    rc=$(cat "$t.act.rc")
    awk -v mode=align -f tests/docs.awk "$t.exp" "$t.act" >"$t.new"
    problem=""
    if [ "$rc" -gt 2 ]; then
        problem="exit status $rc (a crash?)"
    elif [ "$rc" != "$status" ]; then
        problem="exit status $rc, the doc shows $status"
    fi
    if ! cmp -s "$t.exp" "$t.new"; then problem="${problem:+$problem; }output differs"; fi
    case $cmd in
    *--as-of*) ;;
    "jqlc check"*|"jqlc test"*)
        for d in 2000-01-01 2100-01-01; do
            DOCS_AS_OF=$d run "$cmd" "$t.$d"
            if ! cmp -s "$t.act" "$t.$d" || ! cmp -s "$t.act.rc" "$t.$d.rc"; then
                problem="${problem:+$problem; }the output depends on the date (it differs as of $d): give --as-of in the doc"
                break
            fi
        done ;;
    esac
    if [ -z "$problem" ]; then
        pass=$((pass + 1))
        continue
    fi
    if [ "${UPDATE:-}" = 1 ] && [ "$rc" -le 2 ] && [ "${problem#*date}" = "$problem" ]; then
        [ "$rc" = 0 ] || echo "[exit $rc]" >>"$t.new"
        echo "$n" >>"$tmp/rewrite"
        echo "docs: updated $file:$line: \$ $cmd"
        updated=$((updated + 1))
        pass=$((pass + 1))
        continue
    fi
    fail=$((fail + 1))
    echo "FAIL: $file:$line: \$ $cmd: $problem"
    diff -u "$t.exp" "$t.new" | sed "1s|.*|--- $file:$line (doc)|; 2s|.*|+++ (this run)|" |
        head -60
done <"$tmp/t/index"

# Rewrite the outputs to update in each doc; the others keep their text.
if [ -s "$tmp/rewrite" ]; then
    awk -F '\t' 'FILENAME == ARGV[1] { up[$1] = 1; next } $1 in up' "$tmp/rewrite" \
        "$tmp/t/index" >"$tmp/t/index.up"
    cut -f 2 "$tmp/t/index.up" | sort -u | while read -r file; do
        awk -v mode=rewrite -v dir="$tmp/t" -f tests/docs.awk "$tmp/t/index.up" "$file" \
            >"$tmp/doc" && cat "$tmp/doc" >"$file"
    done
fi

# The citation rule: the design reference is not part of the repository, so nothing cites
# it ("spec 11.4", "spec section 6", "the spec", LANGUAGE.md): cite docs/ sections.
spec='(^|[^A-Za-z])[Ss]pec(ification)?( sections?)? ?(§)? ?[0-9]|(^|[^A-Za-z])[Tt]he spec([^A-Za-z]|$)|spec table'
cites=$(grep -rnE "LANGUAGE\.md|$spec" src grammar stdlib docs README.md 2>/dev/null)
if [ -n "$cites" ]; then
    echo "FAIL: these cite the external design reference; cite docs/language.md or docs/cli.md sections (docs/HACKING.md, Doc tests):"
    echo "$cites"
    bad=$((bad + 1))
fi

echo "docs: $pass passed, $fail failed${UPDATE:+, $updated updated}"
[ "$fail" -eq 0 ] && [ "$bad" -eq 0 ]
