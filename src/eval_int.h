/*
** eval_int: the evaluator's private state, shared by eval.c (expressions,
** statuses) and eval_explain.c (reasons). Nothing here is part of the API.
*/
#ifndef JQL_EVAL_INT_H
#define JQL_EVAL_INT_H

#include "eval.h"
#include "limit.h"
#include "mem.h"

#include <stdbool.h>
#include <stdint.h>

/* Quantifier bindings live in a fixed array, not a growing one on the hot path; the
   checker rejects every condition that could bind more than JQL_LIMIT_BINDINGS levels,
   lets included (limit.h), so the evaluator's own guard never fires. */
#define JQL_EVAL_MAX_DEPTH JQL_LIMIT_BINDINGS

/* A position in the missing-facts stack, to drop what an operand recorded when a known
   operand decided the result (`false and x` does not depend on x). */
struct jql_eval_mark {
    int nmiss;
    int empty_coll;
    const char *why_unknown;
};

/* A let's result for the current employer (docs/language.md §4, Definitions): its value,
   known or not, and what evaluating it recorded, replayed at every later use so that
   each rule using an unknown let still reports the facts it is missing. */
struct jql_eval_let {
    uint32_t gen;      /* == the evaluator's gen: computed for the current employer */
    struct jql_value val;
    const int *miss;   /* the unknown facts its value depends on */
    int nmiss;
    int empty_coll;    /* as jql_evaluator.empty_coll, or -1 */
    const char *why_unknown;
};

/* Per-rule data that does not depend on the employer, computed once per evaluator. */
struct jql_eval_rinfo {
    struct jql_rrule tmpl;  /* id, title, level, cite, advice, location filled in */
    const char *nif_reason; /* "not in force ..." or NULL when in force on as_of */
};

/* The distance to compliance found while a failed `require` is explained
   (eval_explain.c): the first part of the reason that has a gap, or, without one, the
   first quantifier's count of failing elements. */
struct jql_eval_gap {
    uint8_t dir;                  /* enum jql_gap_dir; JQL_GAP_NONE: no gap yet */
    const struct jql_expr *expr;  /* the operand the words are about */
    struct jql_value by;          /* |a - b| */
    int failing;                  /* a quantifier's failing elements; 0: none yet */
    bool off;                     /* explaining a condition that holds as it should (the
                                     left side of a false `implies`): no gaps there */
};

struct jql_evaluator {
    const struct jql_program *p;
    int32_t as_of;
    struct jql_eval_rinfo **rinfo; /* [standard][rule] */
    bool *std_has_required;        /* [standard] */

    /* The employer being evaluated and the current bindings. Lets evaluate with their
       own binding frame starting at `base`; `top` is the first free slot. */
    const struct jql_employer *emp;
    const struct jql_elem *bind[JQL_EVAL_MAX_DEPTH];
    int base, top;

    /* Unknown facts read so far for the current rule: a stack of fact ids, deduplicated
       by `marked`. A known result never leaves entries behind (operands that did not
       decide are rolled back). While a let is first evaluated the entries below it are
       unmarked, so the stack may hold a fact twice and grows (cap) past nfacts. */
    int *miss;
    int nmiss, cap;
    uint8_t *marked;
    int empty_coll; /* collection fact id that made min/max/share unknown by being empty */
    /* Why a value with no missing fact is unknown: "no row of TABLE for KEYS on DATE"
       (a lookup that found none), "total weight is 0" (a weighted share). */
    const char *why_unknown;

    /* The missing facts of the current employer's untested rules, each rule's a run of
       `saved` (struct jql_why.miss, .nmiss), kept for jql_eval_render. */
    int *saved;
    int nsaved, saved_cap;

    /* jql_eval_reuse: every run writes its result into these (a run's result lives until
       the next), so evaluating an employer allocates nothing of a size to contend for. */
    bool reuse;
    struct jql_rstd *reuse_stds;
    struct jql_rrule **reuse_rules;
    const char **reuse_tiers;
    uint8_t *reuse_reach;
    /* jql_eval_render: the employer's reasons, and its rules' lists of missing names */
    struct jql_buf text;
    JQL_VEC(const char *) names;
    struct jql_eval_gap gap; /* of the reason being explained */

    /* Lets are constant per employer (they cannot see quantifier variables): each is
       evaluated once, its result stamped with `gen`, which changes per employer. */
    struct jql_eval_let *lets;
    uint32_t gen;

    /* The step budget (docs/language.md §7, Runtime faults): every expression node
       evaluated for the current employer takes one step. Past max_steps every
       evaluation returns the fault `spent`; `spent_by` is the rule that ran out. */
    int64_t max_steps, steps_left;
    struct jql_fault *spent;
    const char *spent_by;

    /* jql_eval_set_trace: an observer of every node, or NULL (one branch per node);
       trace_row is the row the last lookup found, for its `leave`. */
    const struct jql_eval_trace *trace;
    const struct jql_table_row *trace_row;
};

/* Evaluate an annotated expression under the current bindings. */
struct jql_value jql_eval_expr(struct jql_evaluator *x, const struct jql_expr *e);

struct jql_eval_mark jql_eval_save(const struct jql_evaluator *x);
void jql_eval_restore(struct jql_evaluator *x, struct jql_eval_mark m);

/* The collection value a quantifier ranges over. */
const struct jql_coll_value *jql_eval_coll(const struct jql_evaluator *x,
                                           const struct jql_expr *q);
/* Bind element `el` for quantifier q; returns the previous top to restore, or -1 when
   nesting is too deep. */
int jql_eval_bind(struct jql_evaluator *x, const struct jql_expr *q, const struct jql_elem *el);

/* Append why `e` evaluated to `want` under the current bindings (docs/language.md §8). */
void jql_eval_explain(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                      struct jql_buf *b);
/* The `source "..."` annotation of a fact or member read directly (a NAME node) or of
   the row a table lookup found, or NULL: other expressions and unannotated values have
   none. */
const char *jql_eval_source(struct jql_evaluator *x, const struct jql_expr *e);
/* Is `e` a fact whose value is a rule file's default? */
bool jql_eval_is_default(const struct jql_evaluator *x, const struct jql_expr *e);

/* The text of a fault, for a rule in error. */
const char *jql_eval_fault_reason(struct jql_value err);

#endif
