/*
** diff: what changed between two checked programs, by meaning (docs/cli.md, "diff",
** Without facts): facts, params, defaults, tables (row by row), lets, standards,
** rules (their require, when and unless clauses: the thresholds), tiers and goals,
** each by its qualified id. Expressions are compared as trees, so a change of layout
** or comments is no change; they are shown as written, whitespace made single spaces.
** The outcomes of employers under both programs are diff_run.h's.
*/
#ifndef JQL_DIFF_H
#define JQL_DIFF_H

#include "check.h"

#include <stdbool.h>
#include <stdio.h>

enum jql_diff_format { JQL_DIFF_TEXT, JQL_DIFF_MARKDOWN, JQL_DIFF_JSON };

enum jql_diff_op { JQL_DIFF_ADDED, JQL_DIFF_REMOVED, JQL_DIFF_CHANGED };

struct jql_diff_change {
    uint8_t op;         /* enum jql_diff_op */
    const char *kind;   /* "fact", "param", "default", "table", "let", "standard", "rule",
                           "tier", "goal" */
    const char *id;     /* qualified: "earnings.lowest_wage" */
    const char *field;  /* what changed ("require", "value", a table's row "\"CO\" from
                           2026-01-01"); NULL for a whole declaration added or removed */
    const char *old, *new; /* the texts, one clause a line; NULL on the side it is not */
    bool expr;          /* the texts are expressions (shown one per line) */
};

struct jql_diff_changes {
    struct jql_diff_change *v;
    int n;
};

/* The changes from program a (old) to program b (new), in b's order of declaration,
   then what only a declares. */
void jql_diff_programs(const struct jql_program *a, const struct jql_program *b,
                       struct jql_diff_changes *out);

/* An expression as written: its source text with every run of white space and every
   comment made one space. */
const char *jql_diff_expr_text(const struct jql_expr *e);

/* The changes as text, Markdown or JSON; `old_label` and `new_label` name the sides
   ("rules/", "HEAD:standards"). */
void jql_diff_changes_write(FILE *out, const struct jql_diff_changes *c,
                            enum jql_diff_format fmt, const char *old_label,
                            const char *new_label);

#endif
