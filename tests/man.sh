#!/bin/sh
# The manual pages of docs/man/ (docs/HACKING.md, "Manual pages"), against the binary:
#   pages     every page lints (tests/man.awk mode=lint: .TH, sections in order, macros,
#             escaped option dashes) and groff renders it without a warning, in 80 columns
#   overview  jqlc.1 lists, in its SYNOPSIS, COMMANDS and SEE ALSO, exactly the commands
#             that have a page jqlc-CMD.1; `jqlc --help` lists no command without a page,
#             and every page's command that is built (see below)
#   commands  for each jqlc-CMD.1: `jqlc help CMD`, `jqlc CMD --help` and `jqlc CMD -h`
#             print the same usage, starting "usage: jqlc CMD "; every option it lists is
#             a tag of the page's OPTIONS and every option of those tags is in it (names:
#             -x, --long); its usage lines name the options the SYNOPSIS names; the exit
#             statuses of its "exit status:" line are the tags of EXIT STATUS, its
#             "environment:" variables those of ENVIRONMENT (none when it has no such
#             line); the binary knows every option it lists (no "unknown option")
#   see also  every jqlc-*(1) a page names has a page, and each page names jqlc(1)
#   overview  the same for jqlc.1 and `jqlc --help`: its options and its exit statuses
#   install   `make install DESTDIR=...` installs every page into share/man/man1, and
#             `make uninstall` removes them
# groff comes from Debian (tools/deps.sh groff-base), as the build installs its packages; a
# missing groff fails the test.
# Usage: sh tests/man.sh   (JQLC=path/to/jqlc to check another binary; MAN_INSTALL=0
# leaves out the install check)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
JQLC=${JQLC:-$root/jqlc}
case $JQLC in /*) ;; *) JQLC=$root/$JQLC ;; esac
OUT=${OUT:-$root/build/man}
MAKE=${MAKE:-make}
export LC_ALL=C NO_COLOR=1
unset JQL_PATH JQL_STDLIB
awkf=$root/tests/man.awk
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL man: $*"; }

sh "$root/tools/deps.sh" groff-base || exit 1
command -v groff >/dev/null 2>&1 || { echo "FAIL man: no groff, and it could not be installed"; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT/empty" || exit 1
cd "$root" || exit 1

version=$("$JQLC" --version) || { echo "FAIL man: $JQLC --version"; exit 1; }
version=${version#jqlc }

# Lines of $1 not in $2 (both sorted unique lists, one item a line), as "a, b".
only_in() { comm -23 "$1" "$2" | tr '\n' ',' | sed 's/,$//; s/,/, /g'; }

# Compare two sorted lists; $3 names the items, $4 and $5 the two sides.
same_list() {
  a=$(only_in "$1" "$2") b=$(only_in "$2" "$1")
  if [ -z "$a$b" ]; then ok; return 0; fi
  [ -z "$a" ] || bad "$3 in $4 but not in $5: $a"
  [ -z "$b" ] || bad "$3 in $5 but not in $4: $b"
  return 1
}

# tags PAGE SECTION: the text of the section's .TP tags.
tags() { awk -f "$awkf" -v mode=tags -v sec="$2" "$1"; }
options() { awk -f "$awkf" -v mode=options | LC_ALL=C sort -u; }

# ---- every page: its macros, and groff's reading of them ----
pages=$(ls docs/man/jqlc.1 docs/man/jqlc-*.1 2>/dev/null)
[ -n "$pages" ] || { echo "FAIL man: no pages in docs/man"; exit 1; }
for page in $pages; do
  name=$(basename "$page" .1)
  if [ "$name" = jqlc ]; then
    req="NAME,SYNOPSIS,DESCRIPTION,COMMANDS,OPTIONS,EXIT STATUS,ENVIRONMENT,EXAMPLES,SEE ALSO"
  else
    req="NAME,SYNOPSIS,DESCRIPTION,OPTIONS,EXIT STATUS,ENVIRONMENT,EXAMPLES,SEE ALSO"
  fi
  if awk -f "$awkf" -v mode=lint -v name="$name" -v version="$version" -v required="$req" \
      "$page" >"$OUT/$name.lint"; then ok; else
    bad "$page does not lint:"; cat "$OUT/$name.lint"
  fi
  groff -man -Tutf8 -ww -z "$page" >"$OUT/$name.groff" 2>&1
  if [ -s "$OUT/$name.groff" ]; then bad "groff warns on $page:"; cat "$OUT/$name.groff"; else ok; fi
  groff -man -Tascii -P-cbou "$page" 2>/dev/null >"$OUT/$name.txt"
  wide=$(awk 'length > 80 { print FNR ": " $0 }' "$OUT/$name.txt")
  if [ -z "$wide" ]; then ok; else bad "$page renders lines wider than 80 columns:"; echo "$wide"; fi
  # the pages it names exist, and every command's page names the overview
  awk -f "$awkf" -v mode=text -v sec="SEE ALSO" "$page" |
    grep -oE 'jqlc(-[a-z]+)?\([0-9]\)' | LC_ALL=C sort -u >"$OUT/$name.see"
  for ref in $(cat "$OUT/$name.see"); do
    ref=${ref%(1)}
    if [ -f "docs/man/$ref.1" ]; then ok; else bad "$page: SEE ALSO names $ref(1), which has no page"; fi
  done
  if [ "$name" != jqlc ]; then
    if grep -qx 'jqlc(1)' "$OUT/$name.see"; then ok; else bad "$page: SEE ALSO does not name jqlc(1)"; fi
  fi
done

# ---- the overview and the commands ----
for page in $pages; do
  name=$(basename "$page" .1)
  [ "$name" = jqlc ] || echo "${name#jqlc-}"
done | LC_ALL=C sort -u >"$OUT/commands.pages"
awk '/^\.SH/ { sec = $2; next } sec == "SYNOPSIS" && /^\.B jqlc [a-z]+$/ { print $3 }' \
  docs/man/jqlc.1 | LC_ALL=C sort -u >"$OUT/commands.synopsis"
tags docs/man/jqlc.1 COMMANDS | LC_ALL=C sort -u >"$OUT/commands.listed"
sed -n 's/^jqlc-\([a-z]*\)(1)$/\1/p' "$OUT/jqlc.see" >"$OUT/commands.see"
same_list "$OUT/commands.pages" "$OUT/commands.synopsis" commands "docs/man/jqlc-*.1" \
  "the SYNOPSIS of jqlc.1"
same_list "$OUT/commands.pages" "$OUT/commands.listed" commands "docs/man/jqlc-*.1" \
  "the COMMANDS of jqlc.1"
same_list "$OUT/commands.pages" "$OUT/commands.see" commands "docs/man/jqlc-*.1" \
  "the SEE ALSO of jqlc.1"

"$JQLC" --help >"$OUT/jqlc.help" 2>&1 || bad "jqlc --help: exit status $?"
awk -f "$awkf" -v mode=help-commands "$OUT/jqlc.help" | LC_ALL=C sort -u >"$OUT/commands.help"
for c in $(only_in "$OUT/commands.help" "$OUT/commands.pages" | tr -d ','); do
  bad "jqlc --help lists '$c', which has no page docs/man/jqlc-$c.1"
done

# compare PAGE HELP-FILE LABEL MODE: the page's options and exit statuses against the
# usage text's, whose options are read by tests/man.awk's MODE (help-options: the option
# lines of a command's usage; options: every option named, for `jqlc --help`).
compare() {
  base=$OUT/$(basename "$1" .1)
  awk -f "$awkf" -v mode="$4" "$2" | LC_ALL=C sort -u >"$base.help-options"
  tags "$1" OPTIONS | options >"$base.page-options"
  same_list "$base.help-options" "$base.page-options" options "$3" "the OPTIONS of $1"
  awk -f "$awkf" -v mode=help-para -v key="exit status" "$2" |
    awk -f "$awkf" -v mode=statuses | LC_ALL=C sort -u >"$base.help-status"
  [ -s "$base.help-status" ] || bad "$3 has no 'exit status:' line naming statuses"
  tags "$1" "EXIT STATUS" | LC_ALL=C sort -u >"$base.page-status"
  same_list "$base.help-status" "$base.page-status" "exit statuses" "$3" "the EXIT STATUS of $1"
}

for c in $(cat "$OUT/commands.pages"); do
  page=docs/man/jqlc-$c.1 base=$OUT/jqlc-$c
  "$JQLC" help "$c" >"$base.help" 2>&1 || bad "jqlc help $c: exit status $?"
  for h in --help -h; do
    "$JQLC" "$c" $h >"$base.help2" 2>&1 || bad "jqlc $c $h: exit status $?"
    if cmp -s "$base.help" "$base.help2"; then ok; else bad "jqlc $c $h differs from jqlc help $c"; fi
  done
  if head -1 "$base.help" | grep -q "^usage: jqlc $c "; then ok; else
    bad "jqlc help $c does not start 'usage: jqlc $c '"
  fi
  if grep -qx "$c" "$OUT/commands.help"; then ok; else
    bad "jqlc --help does not list '$c' (docs/man/jqlc-$c.1 documents it)"
  fi
  compare "$page" "$base.help" "jqlc help $c" help-options
  # the usage lines (up to the first blank line) and the SYNOPSIS name the same options
  sed '/^$/q' "$base.help" | options >"$base.help-synopsis"
  awk -f "$awkf" -v mode=text -v sec=SYNOPSIS "$page" | options >"$base.page-synopsis"
  same_list "$base.help-synopsis" "$base.page-synopsis" options "the usage line of jqlc help $c" \
    "the SYNOPSIS of $page"
  awk -f "$awkf" -v mode=help-para -v key=environment "$base.help" |
    awk -f "$awkf" -v mode=variables | LC_ALL=C sort -u >"$base.help-env"
  tags "$page" ENVIRONMENT | LC_ALL=C sort -u >"$base.page-env"
  same_list "$base.help-env" "$base.page-env" "environment variables" "jqlc help $c" \
    "the ENVIRONMENT of $page"
  # every option of the help is one the command knows (in an empty folder, no input)
  for o in $(cat "$base.help-options"); do
    [ "$o" = -h ] || [ "$o" = --help ] && continue
    (cd "$OUT/empty" && timeout 60 "$JQLC" "$c" "$o" </dev/null >/dev/null 2>"$base.probe")
    if grep -q "unknown option" "$base.probe"; then
      bad "jqlc help $c lists $o, which 'jqlc $c' does not know: $(head -1 "$base.probe")"
    else ok; fi
  done
done

compare docs/man/jqlc.1 "$OUT/jqlc.help" "jqlc --help" options

# ---- make install, make uninstall ----
if [ "${MAN_INSTALL:-1}" = 1 ]; then
  dest=$OUT/root man1=$OUT/root/usr/share/man/man1
  if $MAKE -s --no-print-directory install DESTDIR="$dest" PREFIX=/usr >"$OUT/install.log" 2>&1
  then ok; else bad "make install failed:"; cat "$OUT/install.log"; fi
  for page in $pages; do
    if cmp -s "$page" "$man1/${page##*/}"; then ok; else
      bad "make install did not install $page into share/man/man1"
    fi
  done
  extra=$(cd "$man1" 2>/dev/null && for f in *; do [ -f "$root/docs/man/$f" ] || echo "$f"; done)
  [ -z "$extra" ] || bad "make install put pages that are not in docs/man: $extra"
  if $MAKE -s --no-print-directory uninstall DESTDIR="$dest" PREFIX=/usr >"$OUT/uninstall.log" 2>&1
  then ok; else bad "make uninstall failed:"; cat "$OUT/uninstall.log"; fi
  left=$(find "$dest" -type f | sed "s|^$dest||")
  [ -z "$left" ] || bad "make uninstall left: $left"
fi

echo "man: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
