#!/bin/sh
# Error catalogue: every diagnostic message in the source must have an end-to-end test.
# tests/diag_catalogue.awk finds each message passed to jql_diag_error/_warning/_note,
# jql_parse_error, jql_parse_fatal, cli_usage_error, fprintf to the error stream and the runtime faults
# (fault, jql_value_fault, op_fault) in src/*.c and grammar/*, including each literal
# argument a message can be filled with; its literal text (the runs between %-directives
# and escapes, in order, on one line) must occur in a golden transcript
# (tests/golden/*/expected, command lines excluded) or in tests/limits.sh and tests/limits/.
# Messages that cannot be triggered end to end are listed in tests/diag_allowlist.txt,
# one a line, as written in the source, with "# reason"; a message the scan cannot read
# (built at run time) is listed as "@FILE FUNCTION: EXPRESSION # reason".
# Exit 1 when a message is missing or an allowlist entry is stale or has no reason.
# Usage: sh tests/diag_catalogue.sh [-l]   (-l: list every message found, then check)
set -u
cd "$(dirname "$0")/.." || exit 2
export LC_ALL=C
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
allow=tests/diag_allowlist.txt
[ -f "$allow" ] || : >"$tmp/allow" && [ -f "$allow" ] || allow=$tmp/allow

awk -v mode=scan -f tests/diag_catalogue.awk src/*.c grammar/*.y grammar/*.l >"$tmp/records" ||
    { echo "diag_catalogue: the scan failed" >&2; exit 2; }
[ "${1:-}" = -l ] && cat "$tmp/records"

# The corpus: every golden transcript without its "$ jqlc ..." command lines, the limits
# tests, and the transcripts of `jqlc diff --git` (tests/diff_git.sh).
{
    for f in tests/golden/*/expected; do grep -v '^\$ jqlc ' "$f"; done
    [ -f tests/limits.sh ] && cat tests/limits.sh
    [ -d tests/limits ] && find tests/limits -type f -exec cat {} +
    [ -d tests/diff_git/expected ] && cat tests/diff_git/expected/*
} >"$tmp/corpus" 2>/dev/null

awk -F '\t' -v mode=check -v allow="$allow" -v corpus="$tmp/corpus" -f tests/diag_catalogue.awk \
    "$allow" "$tmp/records"
