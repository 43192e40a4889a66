/*
** lint: the checks of `jqlc lint` (docs/lint.md) over a checked program. They read
** the program and the syntax tree, change neither, and record each finding as a
** located warning "MESSAGE [JQL-Lnnn]" in the caller's diagnostics, after the
** `# jqlc: ignore[...]` comments of the file had their say.
*/
#ifndef JQL_LINT_H
#define JQL_LINT_H

#include "ast.h"
#include "check.h"
#include "diag.h"

#include <stdbool.h>
#include <stdio.h>

/* The stable codes: a code is never reused for another check (docs/lint.md). */
#define JQL_LINT_CODES(X)                                                                  \
    X(UNUSED_FACT, 1, "JQL-L001")   /* a fact declared and never used */                  \
    X(UNUSED_PARAM, 2, "JQL-L002")  /* a param declared and never used */                 \
    X(NO_CITE, 3, "JQL-L003")       /* a rule without cite */                             \
    X(NO_ADVICE, 4, "JQL-L004")     /* a rule without advice */                           \
    X(NEVER_TRUE, 5, "JQL-L005")    /* a when that can never be true */                   \
    X(NO_TIER, 6, "JQL-L006")       /* a standard no tier names (when there are tiers) */ \
    X(DUPLICATE, 7, "JQL-L007")     /* a require, when or unless repeated in one rule */  \
    X(BAD_IGNORE, 8, "JQL-L008")    /* an ignore comment malformed or naming no code */   \
    X(UNUSED_IGNORE, 9, "JQL-L009") /* an ignore comment that silences nothing */

enum jql_lint_code {
    JQL_LINT_NONE,
#define X(id, n, name) JQL_LINT_##id = n,
    JQL_LINT_CODES(X)
#undef X
    JQL_LINT_NCODES
};

/* Lint the files of `files` (every file `p` was checked from, in load order) whose `lint`
   flag is set (NULL: all): the ones named on the command line, or all of them. Uses are
   counted over the whole program, so a fact declared in a linted vocabulary and used by
   an imported standard is used. Returns the number of warnings recorded in d. */
int jql_lint(const struct jql_program *p, struct jql_rulefile *const *files, int nfiles,
             const bool *lint, struct jql_diags *d);

/* The result as JSON (docs/cli.md, "jqlc lint"): one object with every warning of d (its
   code apart from its message), their number and the number of files linted. */
void jql_lint_write_json(FILE *out, const struct jql_diags *d, int nfiles);

/* "JQL-L001" for JQL_LINT_UNUSED_FACT; NULL for a value that is no code. */
const char *jql_lint_code_name(enum jql_lint_code c);
/* The code written as "JQL-L001" (exactly), or JQL_LINT_NONE. */
enum jql_lint_code jql_lint_code_named(const char *s);

/* Are two expressions the same tree? Whitespace, comments and parentheses are not in the
   tree; literals compare by value (80% and 0.8 are one number), names by what they
   resolved to (so `all j in job: j.x` equals `all k in job: k.x`). */
bool jql_lint_expr_equal(const struct jql_expr *a, const struct jql_expr *b);

#endif
