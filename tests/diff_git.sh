#!/bin/sh
# `jqlc diff --git` on a scratch repository (docs/cli.md, "diff"): revisions are read
# through git, imports resolve at the revision, the working tree and the index are
# never touched, and a bad revision is an error in git's words.
#
# The repository is made in a temporary folder from tests/diff_git/: v1/ is committed
# and tagged v1; v2/ over it (the imported lib/base.jq changes) is tagged v2; a commit
# adding broken.jq (a rule file that does not parse) is tagged broken, and the next
# removes it again (HEAD, as v2); then v3/ changes the working tree. A commit made on
# v1 without touching the working tree, adding side_extra.jq as standards/extra.jq, is
# tagged side (a branch that left at v1); an empty commit with no parent is tagged
# orphan. Each case
# runs one jqlc command in it; its transcript (stdout, then "--- stderr" and stderr
# when there is any, then "--- exit N", as the golden cases) must equal
# tests/diff_git/expected/CASE. UPDATE=1 rewrites them: read their diff.
# git's configuration is this script's alone: no global or system file is read.
set -u
JQLC=${JQLC:-$(pwd)/jqlc}
case $JQLC in /*) ;; *) JQLC=$(pwd)/$JQLC ;; esac
here=$(cd "$(dirname "$0")/diff_git" && pwd)
export LC_ALL=C NO_COLOR=1 GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 \
    GIT_AUTHOR_NAME=jqlc GIT_AUTHOR_EMAIL=jqlc@example.org \
    GIT_COMMITTER_NAME=jqlc GIT_COMMITTER_EMAIL=jqlc@example.org \
    GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' GIT_COMMITTER_DATE='2026-01-01T00:00:00Z'
unset JQL_PATH JQL_STDLIB GIT_DIR GIT_WORK_TREE
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
export GIT_CEILING_DIRECTORIES="$tmp"
repo=$tmp/repo
pass=0 fail=0

bad() { fail=$((fail + 1)); echo "FAIL: diff_git/$1: $2"; }

# The repository: three commits, then a working tree that differs from the last.
mkdir -p "$repo" "$tmp/norepo"
(
  cd "$repo" &&
  git init -q -b main . &&
  cp -R "$here/v1/." . && git add -A && git commit -qm v1 && git tag v1 &&
  blob=$(git hash-object -w "$here/side_extra.jq") &&
  index=$tmp/side.index &&
  GIT_INDEX_FILE=$index git read-tree v1 &&
  GIT_INDEX_FILE=$index git update-index --add --cacheinfo "100644,$blob,standards/extra.jq" &&
  tree=$(GIT_INDEX_FILE=$index git write-tree) &&
  git tag side "$(git commit-tree "$tree" -p v1 -m side)" &&
  git tag orphan "$(git commit-tree "$(git mktree </dev/null)" -m orphan)" &&
  cp -R "$here/v2/." . && git add -A && git commit -qm v2 && git tag v2 &&
  cp "$here/broken.jq" standards/ && git add -A && git commit -qm broken &&
  git tag broken &&
  git rm -q standards/broken.jq && git commit -qm fixed &&
  cp -R "$here/v3/." . && cp "$here/employers.jsonl" .
) >"$tmp/setup.log" 2>&1 || {
  cat "$tmp/setup.log"
  echo "diff_git: cannot make the repository"
  exit 1
}
status_before=$(cd "$repo" && git status --porcelain && git rev-parse HEAD && ls -la standards)

# case_run NAME DIR ARGS...: run jqlc ARGS in DIR (relative to the repository), with the
# environment assignment $case_env if set, and compare.
case_env=
case_run() {
  name=$1 dir=$2
  shift 2
  out=$tmp/$name.out
  (
    cd "$repo/$dir" || exit 1
    env $case_env "$JQLC" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
    rc=$?
    cat "$tmp/stdout"
    if [ -s "$tmp/stderr" ]; then echo "--- stderr"; cat "$tmp/stderr"; fi
    echo "--- exit $rc"
  ) >"$out"
  if [ "${UPDATE:-}" = 1 ]; then
    mkdir -p "$here/expected"
    cp "$out" "$here/expected/$name"
  fi
  if cmp -s "$out" "$here/expected/$name"; then
    pass=$((pass + 1))
  else
    bad "$name" "the transcript differs"
    diff -u "$here/expected/$name" "$out" | head -40
  fi
}

# The working tree against the last commit: its own rule files changed (a new
# standard, a tier that requires it).
case_run worktree . diff --git HEAD -r standards -I lib
# Two revisions: only the imported file changed, and it is read at each revision.
case_run range . diff --git v1..v2 -r standards -I lib
# The same with facts, and as the Markdown of a pull-request comment.
case_run range_facts . diff --as-of 2026-11-23 --git v1..v2 -r standards -I lib employers.jsonl
case_run markdown . diff --as-of 2026-11-23 --git v1 -r standards -I lib employers.jsonl \
    --format markdown
# Where v2 left side (v1) with v2: only what v2 changed; side..v2 also undoes side's.
case_run three_dots . diff --git side...v2 -r standards -I lib
case_run two_dots_diverged . diff --git side..v2 -r standards -I lib
case_run three_dots_bad_revision . diff --git side...nosuchrev -r standards -I lib
case_run no_common_ancestor . diff --git orphan...v2 -r standards -I lib
# Nothing changed: exit 0. A revision on its own side of the range is HEAD (as for git).
case_run same . diff --git v2..HEAD -r standards -I lib
# From a subfolder, paths are relative to it, in the revision as in the working tree.
case_run subfolder standards diff --git HEAD -r . -I ../lib
# An absolute path, through a symbolic link to the repository, is in the repository.
ln -s "$repo" "$tmp/link"
case_run absolute_link . diff --git v1..v2 -r "$tmp/link/standards" -I "$tmp/link/lib"
# The default rules are ./standards.
case_run default . diff --git HEAD -I lib
# Errors: git's message for a revision that is not there; a path the revision lacks;
# a revision whose rules do not load (their files named as in the revision); no
# repository at all; an argument that is no revision (never run as an option of git).
case_run bad_revision . diff --git nosuchrev -r standards -I lib
case_run bad_range . diff --git v1..nosuchrev -r standards -I lib
case_run not_in_revision . diff --git v1 -r standards/leave.jq -I lib
case_run broken_revision . diff --git broken -r standards -I lib
case_run no_repository ../norepo diff --git HEAD -r .
case_run injection . diff --git 'HEAD;touch pwned' -r standards -I lib
# No git on the PATH.
case_env=PATH=/nonexistent
case_run no_git . diff --git HEAD -r standards -I lib
case_env=

# Nothing was checked out, staged or written.
status_after=$(cd "$repo" && git status --porcelain && git rev-parse HEAD && ls -la standards)
if [ "$status_before" = "$status_after" ] && [ ! -e "$repo/pwned" ]; then
  pass=$((pass + 1))
else
  bad untouched "the working tree, the index or HEAD changed"
fi

echo "diff_git: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
