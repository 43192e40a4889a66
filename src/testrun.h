/*
** testrun: runs the `test` blocks of rule files (docs/language.md §10). Each
** `given` of a test loads as one employer and is evaluated; every `expect`
** is compared with the status its employer reached, or with the status of a
** goal over the test's employers. Results and rule-outcome coverage are
** plain data; the writers below print them, and the CLI prints the givens'
** diagnostics and picks the exit status.
*/
#ifndef JQL_TESTRUN_H
#define JQL_TESTRUN_H

#include "check.h"
#include "facts.h"
#include "port.h"
#include "report.h"

#include <stdbool.h>
#include <stdio.h>

struct jql_testrun_opts {
    const char *filter; /* run only tests whose name contains it; NULL: all */
    int32_t as_of;      /* evaluation date, days since 1970-01-01 */
    int64_t max_steps;  /* step budget per test (jql_eval_set_max_steps); 0: the default */
    bool verbose;       /* print `ok "NAME"` for passing tests */
    bool color;
    /* With only_files, run only the tests declared in files[] (the rule files named on
       the command line); the others, of files merely imported, are skipped. */
    bool only_files;
    const struct jql_source **files; int nfiles;
};

/* A goal over the employers of one test (docs/language.md §4, "Goals"). */
struct jql_testrun_goal {
    struct jql_pgoal pg;     /* status, population, left out, amounts (counts or weights) */
    int64_t unknown_weight;  /* employers of the population whose weight is unknown */
};

/* One expectation that did not hold. */
struct jql_testrun_miss {
    const struct jql_expect *ex;
    uint8_t got;                  /* enum jql_status reached; a goal's enum jql_goal_status */
    const struct jql_rstd *std;   /* the standard's result (also for a rule expectation) */
    const struct jql_rrule *rule; /* the rule's result; NULL for a standard expectation */
    const struct jql_testrun_goal *goal; /* `expect goal`; else NULL */
};

struct jql_testrun_result {
    const struct jql_test *test;
    /* The first given's employer; its diags hold the diagnostics of every given of the
       test, in order (the CLI prints them). */
    const struct jql_employer *given;
    struct jql_remployer eval;        /* the first given's result (status error, no
                                         standards, when it did not load) */
    const struct jql_employer **givens; /* each given's own, in order */
    const struct jql_remployer *evals;  /* each given's result, in order */
    int ngivens;
    struct jql_testrun_goal *goals;   /* per expectation of the test: its goal's status and
                                         amounts for `expect goal`, else unused */
    struct jql_testrun_miss *misses; int nmisses;
    bool passed;
};

/* Which statuses each rule reached across the tests: one bit (1 << status) per status. */
struct jql_testrun_coverage {
    const struct jql_program *p;
    int *first;        /* per standard: index of its first rule in reached[] */
    uint8_t *reached;  /* per rule of every standard, in declaration order */
    int nrules;
    bool *counted;     /* per rule: listed and counted; NULL: every rule */
};

/* Compare every expectation of `t` with the evaluation `r` of its only given, filling
   out->misses and out->passed (a goal's expectation, having no goal, is a miss). A test
   whose given failed to load (r->status error, no standards) fails without misses: its
   diagnostics are the explanation. */
void jql_testrun_check(const struct jql_test *t, const struct jql_remployer *r,
                       struct jql_testrun_result *out);
/* The same over every given: `evals` (one per given of `t`, in order) and the goals of
   out->goals. A given that failed to load fails the test without misses. */
void jql_testrun_check_all(const struct jql_test *t, const struct jql_remployer *evals,
                           struct jql_testrun_result *out);

/* Run the program's tests that match o->filter (and o->files), in declaration order;
   each evaluated result is also added to `cov` when it is not NULL. */
struct jql_testrun_result *jql_testrun_run(const struct jql_program *p,
                                           const struct jql_testrun_opts *o,
                                           struct jql_testrun_coverage *cov, int *nresults);
/* The tests that match o->filter but were not run because o->files leaves them out. */
int jql_testrun_skipped(const struct jql_program *p, const struct jql_testrun_opts *o);

/* Coverage of every rule of p, nothing reached yet. */
void jql_testrun_coverage_init(struct jql_testrun_coverage *cov, const struct jql_program *p);
/* Add the statuses the rules reached in one evaluation. */
void jql_testrun_cover(struct jql_testrun_coverage *cov, const struct jql_remployer *r);
/* The statuses rule `rule` of standard `std` reached, as bits (1 << status). */
unsigned jql_testrun_reached(const struct jql_testrun_coverage *cov, int std, int rule);
/* With o->only_files, list and count only the rules the tests that ran are about: the
   rules declared in o->files, and each rule that an `expect STANDARD.RULE` of one of
   the n results names. Without it, every rule stays counted. */
void jql_testrun_coverage_scope(struct jql_testrun_coverage *cov,
                                const struct jql_testrun_opts *o,
                                const struct jql_testrun_result *res, int n);

/* Writers. A failing expectation prints as
   `FILE:LINE:COL: test "NAME": expected ID STATUS, got STATUS` (`expected "EMPLOYER" ID
   STATUS` when it names one, `expected goal ID STATUS` for a goal) with the rule's
   reason and missing facts below, or the goal's target, population, amounts and share;
   a passing test prints only when o->verbose. */
void jql_testrun_write_result(FILE *out, const struct jql_testrun_result *res,
                              const struct jql_testrun_opts *o);
/* The counted rules not driven to both pass and fail, then `coverage: N of M rules ...`. */
void jql_testrun_write_coverage(FILE *out, const struct jql_testrun_coverage *cov);
/* The final line, `N passed, N failed` (counting tests), then `, N skipped` when
   nskipped > 0. */
void jql_testrun_write_summary(FILE *out, const struct jql_testrun_result *res, int n,
                               int nskipped);

#endif
