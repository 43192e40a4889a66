/*
** check: static checking of loaded rule files before any evaluation.
** Builds the program: the fact vocabulary with a slot for every fact,
** params, lets, standards and tiers; resolves every name in every
** expression to a slot and types it (annotating the AST in place).
** Reports every independent error; errors caused only by an earlier
** error are suppressed (an unresolvable subexpression has JQL_T_ERROR).
*/
#ifndef JQL_CHECK_H
#define JQL_CHECK_H

#include "ast.h"
#include "diag.h"

enum jql_fact_kind { JQL_FACT_SCALAR, JQL_FACT_COLLECTION, JQL_FACT_MEMBER };

/* A declared fact. Its id is its index in program->facts. */
struct jql_fact_info {
    const char *name;       /* qualified: "pay.lowest_hourly_wage", "job", "job.hourly_wage" */
    uint8_t kind;           /* enum jql_fact_kind */
    struct jql_type type;   /* JQL_T_COLLECTION for a collection */
    const char *desc;       /* may be NULL */
    struct jql_loc loc;     /* first declaration */
    int coll;               /* MEMBER: fact id of its collection; else -1 */
    int slot;               /* SCALAR: index in employer->values; COLLECTION: index in
                               employer->colls; MEMBER: index in an element's values */
    int nmembers;           /* COLLECTION: members incl. the implicit `name` (slot 0) */
    struct jql_range range; /* the values it may take: declared, else the type's default */
    bool range_declared;
    struct jql_loc range_loc; /* `in LOW..HIGH` of the declaration, when declared */
};

struct jql_param_info {
    const char *name;
    struct jql_type type;       /* the declaration's */
    struct jql_value value;     /* current value: the declaration's, an importing file's
                                   or --param's (docs/language.md §4, "Parameters") */
    struct jql_value decl_value; /* the value declared (or built in) */
    const char *desc;
    struct jql_loc loc;         /* declaration; no src for built-in params */
    struct jql_loc set_loc;     /* the name in the file that set `value`, if a file did */
};


/* A fact's default (docs/language.md §5, "Defaults"): the value an employer that did not
   report the fact gets. At most one per fact; an importing file's replaces an imported one. */
struct jql_default_info {
    int fact;               /* a scalar fact's id */
    struct jql_value value;
    const char *source;     /* the `"source"` written after the value, or NULL */
    struct jql_loc loc;     /* the path in the `default` line that set it */
};

/* A reference table (docs/language.md §4, "Reference tables"): the declaration in force
   (an importing file's replaces an imported one) and its rows sorted for lookup. */
struct jql_table_info {
    const struct jql_table *decl;
    const struct jql_table_row **rows; /* by keys, then by `from` */
    int nrows;
    bool broken; /* its columns are in error: lookups are not checked further */
};

/* Order of two rows of one table: by keys, then by `from`. */
int jql_table_row_cmp(const struct jql_table_row *a, const struct jql_table_row *b);

struct jql_let_info {
    const char *name;
    struct jql_expr *expr;
    int standard;            /* index of the enclosing standard, or -1 for top level */
    struct jql_loc loc;
};

struct jql_program {
    const struct jql_source **sources; int nsources; /* the rule files, in load order */
    struct jql_fact_info *facts; int nfacts;
    int nscalars, ncolls;     /* sizes of employer->values and employer->colls */
    struct jql_param_info *params; int nparams;
    struct jql_default_info *defaults; int ndefaults;
    struct jql_table_info *tables; int ntables;
    struct jql_let_info *lets; int nlets;
    struct jql_standard **standards; int nstandards; /* declaration order */
    struct jql_tier **tiers; int ntiers;
    struct jql_goal **goals; int ngoals;     /* declaration order */
    struct jql_test **tests; int ntests;
    /* slots of the built-in params used by annual()/hourly() */
    int param_hours_per_year, param_weeks_per_year;
};

/* Check the files (in load order). Returns NULL when any error was recorded. */
struct jql_program *jql_check(struct jql_rulefile **files, int nfiles, struct jql_diags *d);

/* Fact id by qualified name, or -1. (Load time only: a linear or hashed lookup.) */
int jql_program_fact(const struct jql_program *p, const char *name);
/* Param slot by name, or -1. */
int jql_program_param(const struct jql_program *p, const char *name);
/* Table slot by name, or -1. */
int jql_program_table(const struct jql_program *p, const char *name);
/* Does literal v fit param `slot`'s type? On success the param takes it (numbers take the
   declared flavour). On failure returns false and sets *why to the expectation
   ("expected percent, like 75%"), with *hint the percent forms of a bare number
   ("80% or 0.8%") or NULL. */
bool jql_program_param_set(struct jql_program *p, int slot, struct jql_value v,
                           const char **why, const char **hint);
/* Has the param's value changed from its declaration (an importing file or --param)? */
bool jql_program_param_changed(const struct jql_program *p, int slot);
/* The declared name closest to `name` by edit distance, or NULL when none is close. */
const char *jql_program_suggest_fact(const struct jql_program *p, const char *name);

/* The notes of a text that is not one of an enumeration's values: "did you mean" (when
   one is close) and the allowed values. */
void jql_enum_notes(struct jql_diag *dg, const struct jql_enum *en, const char *got);

/* Levenshtein-based "did you mean": the candidate closest to `name`, or NULL. */
const char *jql_suggest(const char *name, const char *const *cands, int n);

#endif
