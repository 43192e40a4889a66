/*
** eval: three-valued evaluation (docs/language.md §7) of a checked program
** against one employer's facts. Walks the annotated AST; every name is
** already a slot, so evaluation does no string lookups.
*/
#ifndef JQL_EVAL_H
#define JQL_EVAL_H

#include "check.h"
#include "facts.h"
#include "report.h"

/* Evaluate every standard of the program for one loaded employer and fill
   `out` (status, tiers, standards, rules with reasons and missing facts, rendered).
   `as_of` is the evaluation date (days since 1970-01-01). An employer that
   failed to load gets status error and no standards. */
void jql_eval_employer(const struct jql_program *p, const struct jql_employer *emp,
                       int32_t as_of, struct jql_remployer *out);

/* A reusable evaluator for one program and evaluation date. It computes once what
   does not depend on the employer (rule locations, which rules are in force) and owns
   the scratch space, so evaluating many employers allocates only their results.
   One per thread; jql_eval_employer is the one-shot form. */
struct jql_evaluator;
struct jql_evaluator *jql_eval_new(const struct jql_program *p, int32_t as_of);
void jql_eval_run(struct jql_evaluator *ev, const struct jql_employer *emp,
                  struct jql_remployer *out);
/* Make the text of every reason and the names of every rule's missing facts in `out`,
   the result of the evaluator's last run (docs/language.md §8, Rule status): operands
   are evaluated again, so this must come before the next run. A reason that would take
   more than the step budget ends in "...". */
void jql_eval_render(struct jql_evaluator *ev, struct jql_remployer *out);
/* From now on, each run's result is written into arrays the evaluator keeps: it is
   valid only until the next run (a driver that writes each employer before the next). */
void jql_eval_reuse(struct jql_evaluator *ev);
/* The step budget per employer (default JQL_LIMIT_STEPS, limit.h; n >= 1): an employer
   whose evaluation takes more steps gets the rule that ran out, and every rule after it,
   as error (docs/language.md §7, Runtime faults). */
void jql_eval_set_max_steps(struct jql_evaluator *ev, int64_t n);
/* A goal's `where` over the employer of the last run: 1 true, 0 false, -1 unknown or a
   fault (docs/language.md, "Goals"). */
int jql_eval_where(struct jql_evaluator *ev, const struct jql_expr *e);
/* The fact ids missing for an untested rule of the last run (why->nmiss of them, no
   duplicates): the portfolio's missing-evidence table counts them without names. */
const int *jql_eval_missing_ids(const struct jql_evaluator *ev, const struct jql_why *why);

/* An observer of evaluation (jqlc explain, src/explain.h): told of every expression node
   as it is evaluated, in order — `enter` before its operands, `leave` with its value
   after — with the quantifier element bound innermost (NULL outside quantifiers) and,
   for a table lookup, the row found. Tracing changes no result: the evaluator only
   reports what it does. Nodes past the step budget are not reported. */
struct jql_eval_trace {
    void *ctx;
    void (*enter)(void *ctx, const struct jql_expr *e, const struct jql_elem *elem);
    void (*leave)(void *ctx, const struct jql_expr *e, struct jql_value v,
                  const struct jql_table_row *row);
};
/* Trace every following evaluation into t (NULL: stop); t must outlive its use. */
void jql_eval_set_trace(struct jql_evaluator *ev, const struct jql_eval_trace *t);
/* Evaluate e for the employer of the last run with quantifier variables 0..n-1 bound to
   binds[0..n-1]: an evaluation aside, as a reason's, with its own step budget and no
   effect on any result (explain shows with it the elements a quantifier did not need). */
struct jql_value jql_eval_aside(struct jql_evaluator *ev, const struct jql_expr *e,
                                const struct jql_elem *const *binds, int n);

/* The source text of a span, every run of white space collapsed to one space (reasons and
   explain's tree show expressions so). */
struct jql_buf;
void jql_eval_put_src(struct jql_buf *b, struct jql_loc loc);

/* The constant fields of rule `r` of standard `s` (id unqualified, title, level, cite,
   advice, location), as every result of it carries them. */
const struct jql_rrule *jql_eval_rule_info(const struct jql_evaluator *ev, int s, int r);

/* Fold statuses (docs/language.md §8, Standard status): error > fail > untested >
   not_applicable-if-all > pass. Exposed for tests and for the tier logic. */
enum jql_status jql_eval_fold(const uint8_t *statuses, int n);

#endif
