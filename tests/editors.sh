#!/bin/sh
# The editor support of editors/ (docs/editors.md), read by the editors themselves:
#   vscode  vscode-textmate with vscode-oniguruma (the engine VS Code uses) loads the
#           extension's TextMate grammars and tokenizes every rule and fact file of
#           stdlib/ and examples/: a token of text that no rule matched, or that a rule
#           marks invalid, fails; so does an invalid grammar or regular expression, and
#           a word of src/words.h (keyword, goal word, built-in, status) the grammar does
#           not highlight as one (tests/editors/tm_check.js)
#   vim     Vim (vim -u NONE -es) loads editors/vim: every such file gets filetype jql
#           and its syntax without an error message and with no character highlighted
#           as an error, a jq program named *.jq stays jq, and every word of
#           src/words.h is highlighted as its kind (tests/editors/vim_check.vim)
# Besides the library and the examples, both read tests/editors/corpus.jq and
# corpus.facts, which jqlc must load without an error.
# What they need is installed first, as the build installs its packages: Node.js, npm
# and Vim from Debian (tools/deps.sh), the npm packages pinned below into $NPM_DIR (kept
# between runs). A tool that cannot be installed fails the test; nothing is skipped.
# Usage: sh tests/editors.sh   (JQLC=path/to/jqlc to check the corpus with another binary)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
JQLC=${JQLC:-$root/jqlc}
case $JQLC in /*) ;; *) JQLC=$root/$JQLC ;; esac
OUT=${OUT:-$root/build/editors}
NPM_DIR=${NPM_DIR:-$root/build/npm/editors}
NPM_PKGS="vscode-textmate@9.3.2 vscode-oniguruma@2.0.1"
here=$root/tests/editors
export LC_ALL=C.UTF-8
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL editors: $*"; }

# ---- the tools ----
sh "$root/tools/deps.sh" nodejs npm vim || exit 1
for tool in node npm vim; do
  command -v $tool >/dev/null 2>&1 || { echo "FAIL editors: no $tool, and it could not be installed"; exit 1; }
done
if [ "$(cat "$NPM_DIR/.installed" 2>/dev/null)" != "$NPM_PKGS" ]; then
  echo "editors: npm install $NPM_PKGS"
  mkdir -p "$NPM_DIR" &&
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --no-package-lock --loglevel=error \
      $NPM_PKGS >"$NPM_DIR/install.log" 2>&1 ||
    { cat "$NPM_DIR/install.log"; echo "FAIL editors: npm could not install $NPM_PKGS"; exit 1; }
  echo "$NPM_PKGS" >"$NPM_DIR/.installed"
fi

rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
cd "$root" || exit 1

# ---- what they read ----
awk -f "$here/words.awk" src/words.h >"$OUT/words.txt"
n=$(wc -l <"$OUT/words.txt")
# every list of src/words.h read (66 keywords and more): a change of its shape fails here
if [ "$n" -ge 80 ] && grep -q '^keyword import$' "$OUT/words.txt" && grep -q '^today ' "$OUT/words.txt" &&
   grep -q '^goal_status ' "$OUT/words.txt" && grep -q '^goal ' "$OUT/words.txt"; then ok; else
  bad "src/words.h: read $n words; tests/editors/words.awk no longer reads its lists"
fi
# the library and the examples, and a corpus of what they do not all use (ranges after
# rates and durations, tables, goals, keywords as members, escapes), which must stay JQL
find stdlib examples -name '*.jq' -o -name '*.facts' | LC_ALL=C sort >"$OUT/files.txt"
printf '%s\n' tests/editors/corpus.jq tests/editors/corpus.facts >>"$OUT/files.txt"
if "$JQLC" test tests/editors/corpus.jq >"$OUT/corpus.log" 2>&1 &&
   "$JQLC" check --as-of 2026-11-23 -r tests/editors/corpus.jq tests/editors/corpus.facts \
     >>"$OUT/corpus.log" 2>&1; then ok; else
  bad "tests/editors/corpus.jq and corpus.facts are no longer valid JQL"; cat "$OUT/corpus.log"
fi
printf '# a jq program\ndef f: .a;\nimport "lib" as lib;\n.[] | select(.kind == "standard")\n' \
  >"$OUT/program.jq"

# ---- VS Code: the TextMate grammars ----
if NODE_PATH="$NPM_DIR/node_modules" node "$here/tm_check.js" editors/vscode "$OUT/words.txt" \
     $(cat "$OUT/files.txt") >"$OUT/vscode.log" 2>&1; then
  ok; tail -1 "$OUT/vscode.log"
else
  bad "vscode: the TextMate grammars"; tail -40 "$OUT/vscode.log"
fi

# ---- Vim: syntax, ftdetect, ftplugin, as `make install` installs them ----
vimdir=$OUT/dest/usr/share/vim/vimfiles
if make --no-print-directory -s install-vim DESTDIR="$OUT/dest" PREFIX=/usr >"$OUT/install.log" 2>&1 &&
   for f in syntax ftdetect ftplugin; do cmp "editors/vim/$f/jql.vim" "$vimdir/$f/jql.vim" || exit 1; done
then ok; echo "install-vim: ${vimdir#"$root"/}/{syntax,ftdetect,ftplugin}/jql.vim"
else bad "make install-vim DESTDIR=$OUT/dest PREFIX=/usr"; cat "$OUT/install.log"
fi
rm -f "$OUT/vim.out"
JQL_WORDS="$OUT/words.txt" JQL_FILES="$OUT/files.txt" JQL_JQ="$OUT/program.jq" \
  JQL_OUT="$OUT/vim.out" HOME="$OUT" \
  vim -u NONE -i NONE -N -es --cmd "set rtp^=$vimdir" -S "$here/vim_check.vim" \
  </dev/null >"$OUT/vim.log" 2>&1
rc=$?
if [ $rc -eq 0 ] && [ -f "$OUT/vim.out" ] && ! grep -q '^FAIL' "$OUT/vim.out"; then
  ok; tail -1 "$OUT/vim.out"
else
  bad "vim (exit $rc)"; cat "$OUT/vim.log"; tail -40 "$OUT/vim.out" 2>/dev/null
fi

echo "editors: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
