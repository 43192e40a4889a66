/*
** explain: the evaluation tree of `jqlc explain` (docs/cli.md): for one employer, how
** each rule asked for was evaluated — its status, then every `when`, `unless` and
** `require` clause and every sub-expression under it with the value it took (true,
** false, unknown, a number, a text, a fault), every element of a quantifier (all of
** them), lets with their values and table lookups with the row used.
**
** The tree is recorded from the evaluator while it runs (eval.h, struct
** jql_eval_trace): each node is an expression with its value, never text read back.
** Elements a quantifier did not need (an `all` stops at its first false element) are
** evaluated aside afterwards and marked so; nothing recorded changes a result, so the
** statuses are those `jqlc check` reports.
**
** Not to be confused with eval_explain.c, which writes the one-line reason a report
** gives for a rule that did not pass ("why: ..."): that reason keeps only what
** decided; this tree keeps everything that was evaluated.
*/
#ifndef JQL_EXPLAIN_H
#define JQL_EXPLAIN_H

#include "check.h"
#include "eval.h"
#include "facts.h"

#include <stdbool.h>
#include <stdio.h>

/* A recorded tree is cut after this many nodes (a runaway rule could record 10^8):
   the printout says how many evaluations it left out. */
#define JQL_EXPLAIN_MAX_NODES 200000

/* One evaluated expression node. */
struct jql_explain_node {
    const struct jql_expr *e;
    const struct jql_elem *elem;     /* a quantifier's body or weight: the element bound */
    struct jql_value v;
    const struct jql_table_row *row; /* a lookup: the row found, or NULL */
    int parent;                      /* -1: a clause's root or a let's */
    int first, last, next;           /* children in evaluation order; -1 ends */
    bool aside;                      /* evaluated only to be shown (an element not needed) */
    bool cut;                        /* some of its operands were left out (the cap) */
};

/* A clause of a rule asked for, and the root of what it evaluated (-1: not evaluated; -2:
   evaluated past the cap, not recorded). */
struct jql_explain_clause {
    const char *word; /* "when", "unless", "require" */
    const struct jql_expr *e;
    int node;
};

/* A rule asked for, with its clauses in the order the evaluator takes them (when, unless,
   require) and its result as check reports it. */
struct jql_explain_rule {
    int s, r;
    struct jql_explain_clause *cl;
    int ncl;
    const struct jql_rrule *res; /* after jql_explain_run */
};

struct jql_explain;

/* A recorder for the rules asked for: rule r of standard s, or every rule of s when
   r < 0. `max_steps` as check's (0: the default). */
struct jql_explain *jql_explain_new(const struct jql_program *p, int32_t as_of,
                                    int64_t max_steps, int s, int r);
/* Evaluate one employer (every standard, as check does, so that statuses and the step
   budget are check's), recording the rules asked for; reasons rendered. `emp` must not
   have failed to load. Returns the employer's result; the tree is valid until the next
   run. */
const struct jql_remployer *jql_explain_run(struct jql_explain *x, const struct jql_employer *emp);

/* What was recorded (tests, other writers). */
const struct jql_explain_rule *jql_explain_rules(const struct jql_explain *x, int *n);
const struct jql_explain_node *jql_explain_nodes(const struct jql_explain *x, int *n);
/* The tree of let `slot` as computed for the employer, or -1 (not computed). */
int jql_explain_let(const struct jql_explain *x, int slot);
/* Evaluations left out past the cap. */
long jql_explain_dropped(const struct jql_explain *x);
/* The cap on the nodes of a run's tree (default JQL_EXPLAIN_MAX_NODES; n >= 1). */
void jql_explain_set_max_nodes(struct jql_explain *x, int n);

/* The tree as text for a terminal (docs/cli.md, "jqlc explain"): the employer's line,
   then each rule (under its standard's line when the whole standard was asked for). */
void jql_explain_write(FILE *out, const struct jql_explain *x, bool color);

/* The same as one line of JSON (docs/cli.md, "jqlc explain", --format jsonl): the
   employer, the rules with their clauses' root nodes, the lets' roots, and every node
   recorded with its expression, location, result, value and children by id. */
void jql_explain_write_jsonl(FILE *out, const struct jql_explain *x);

#endif
