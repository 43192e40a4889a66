/*
** check_int: state shared by the two halves of the checker, check.c (the
** program: vocabulary, params, lets, standards, tiers, tests) and
** check_expr.c (name resolution and typing of expressions).
*/
#ifndef JQL_CHECK_INT_H
#define JQL_CHECK_INT_H

#include "check.h"

/* The program as jql_check allocates it: the public part first, so that a
   `struct jql_program *` from jql_check points at a `struct chk_prog`, plus a
   hash index of fact names (jql_program_fact runs once per fact-file entry). */
struct chk_prog {
    struct jql_program pub;
    int facts_cap;
    int *hash;          /* fact ids, -1 = empty slot; open addressing */
    unsigned hash_cap;  /* a power of two, at least twice nfacts */
};

/* A quantifier variable in scope. */
struct chk_binding {
    const char *name;
    int coll; /* the collection's fact id; -1 when the range did not resolve */
};

enum chk_let_state { CHK_LET_NEW, CHK_LET_BUSY, CHK_LET_DONE };

struct chk {
    struct jql_rulefile **files; int nfiles; /* in load order */
    int *param_file, nparam_file; /* per param slot: the file that set its value; -1 built in */
    int *default_file, ndefault_file; /* per default: the file that set it */
    int *table_file, ntable_file; /* per table: the file whose declaration is in force */
    int cur_file;                 /* the file whose items are being declared */
    int *visit;                   /* per file: stamp of the last import walk that reached it */
    int visit_stamp;
    struct chk_prog *cp;
    struct jql_program *p;
    struct jql_diags *d;
    int std;                      /* standard whose lets are in scope; -1 at top level */
    struct chk_binding *binds;    /* quantifier variables, outermost first */
    int nbinds, bind_base, bind_cap; /* the current expression tree binds from bind_base */
    uint8_t *let_state;           /* enum chk_let_state per let slot */
    bool *let_cycle;              /* a cycle or nesting error through this let was reported */
    int *let_stack, nlet_stack;   /* lets being checked, for cycle paths */
    int *let_depth;               /* levels of a checked let's body, the lets it uses included */
    int depth, max_depth;         /* levels of the expression being checked, lets included */
    int *let_binds;               /* quantifier levels a let's body binds, its lets included */
    int max_binds;                /* most quantifier levels bound at once so far (limit.h) */
    bool deep_reported;           /* its "nested too deeply" error is reported */
};

/* check.c */
/* A declared name (`what`: "param", "table", ...) may not be a reserved word, unit word
   or built-in name; false (reported) when it is. */
bool jql_check_name_ok(struct chk *c, const char *name, const char *what, struct jql_loc loc);
/* A param, let or table may not take the first segment of a fact path (reported). */
void jql_check_not_a_fact_name(struct chk *c, const char *name, const char *what,
                               struct jql_loc loc);
/* A param, default or table (`what`) that file `prev` set (-1: built in) is set again in
   `file` at `at`: true when `file` imports `prev` (the importer's wins), else reported. */
bool jql_check_may_set_again(struct chk *c, const char *what, const char *name, int prev,
                             struct jql_loc prev_loc, int file, struct jql_loc at);
int jql_check_find_let(const struct chk *c, const char *name); /* in scope, or -1 */
int jql_check_first_seg_fact(const struct chk *c, const char *name); /* fact id, or -1 */

/* check_table.c */
/* Declare a reference table of file `file`: columns, rows, duplicates, replacement. */
void jql_check_table(struct chk *c, struct jql_table *t, int file);
/* Resolve and type `t[k1, k2, date]` (args already checked). */
void jql_check_lookup(struct chk *c, struct jql_expr *e);

/* check_goal.c */
/* Declare a goal: its id, its share line (tier or standard, weight, target). Call after
   the tiers and standards are declared. */
void jql_check_goal(struct chk *c, struct jql_goal *g);
/* Type a goal's `where` (with the other expressions). */
void jql_check_goal_where(struct chk *c, struct jql_goal *g);
/* A test's givens: at least one, each named when there are several, names unique. */
void jql_check_test_givens(struct chk *c, const struct jql_test *t);
/* An expectation's employer (the given it names) or goal: true when it is a goal's (then
   fully checked), false when its standard or rule is still to check. */
bool jql_check_test_expect(struct chk *c, const struct jql_test *t, struct jql_expect *ex);

/* check_expr.c */
/* Resolve and type a rule condition (`what`: "require", "when", "unless"). */
void jql_check_condition(struct chk *c, struct jql_expr *e, const char *what);
/* Check a let's body once (on demand, so that a let's type is known before use). */
struct jql_type jql_check_let(struct chk *c, int slot);

#endif
