/*
** diff_run: the outcomes of employers under two programs (docs/cli.md, "diff", With
** facts). Each record of a fact file is read once and built into an employer for each
** program (their vocabularies may differ), both are evaluated, and the employer is
** written at once when an outcome differs (its status, a standard, a rule, a tier, a
** goal's view of it), then dropped; each side folds a portfolio (port.h), so the
** summary says how many employers newly fail what and how each share moved. Memory
** does not grow with the number of employers.
*/
#ifndef JQL_DIFF_RUN_H
#define JQL_DIFF_RUN_H

#include "check.h"
#include "diff.h"

#include <stdbool.h>
#include <stdio.h>

struct jql_diff_run_opts {
    const struct jql_program *a, *b; /* old, new */
    const char *old_label, *new_label;
    int32_t as_of;
    int64_t max_steps;     /* 0: the default */
    const char *name_key;  /* NULL: "employer" */
    int input;             /* enum jql_input_kind for every file, or -1: by extension */
    enum jql_diff_format fmt;
    FILE *out;             /* NULL: nothing written (-q) */
    FILE *err;
    bool err_color;
};

struct jql_diff_run;

struct jql_diff_run *jql_diff_run_new(const struct jql_diff_run_opts *o);
/* Every employer of one fact file ("-": standard input). */
void jql_diff_run_file(struct jql_diff_run *r, const char *path);
/* The summary; true when some outcome or share changed. */
bool jql_diff_run_end(struct jql_diff_run *r);
/* A fact file could not be read, or the output could not be spooled. */
bool jql_diff_run_had_error(const struct jql_diff_run *r);

#endif
