/*
** ast: the syntax tree of rule files and fact files, with exact source
** spans on every node and every comment kept (for the formatter).
** The checker annotates expression nodes in place (type and resolved
** reference); the evaluator walks the annotated tree without any string
** lookup.
*/
#ifndef JQL_AST_H
#define JQL_AST_H

#include "source.h"
#include "types.h"
#include "value.h"
#include "words.h"

#include <stdbool.h>

/* ---- expressions ---- */

enum jql_expr_kind {
    JQL_E_LIT,     /* lit */
    JQL_E_NAME,    /* name: an identifier or dotted path, resolved by the checker */
    JQL_E_NEG,     /* un: unary minus */
    JQL_E_NOT,     /* un */
    JQL_E_AND,     /* bin */
    JQL_E_OR,      /* bin */
    JQL_E_IMPLIES, /* bin */
    JQL_E_ARITH,   /* bin, op: enum jql_binop */
    JQL_E_CMP,     /* bin, op: enum jql_cmpop */
    JQL_E_IN,      /* bin; op 1 for "not in" */
    JQL_E_KNOWN,   /* un; op 1 for "is unknown" */
    JQL_E_QUANT,   /* quant */
    JQL_E_IF,      /* cond */
    JQL_E_CALL,    /* call */
    JQL_E_LIST,    /* list */
    JQL_E_LOOKUP   /* call: fn is the table's name, args its keys (and a date) */
};

enum jql_quant_kind {
    JQL_Q_ALL, JQL_Q_ANY, JQL_Q_NONE, JQL_Q_COUNT, JQL_Q_SUM, JQL_Q_MIN, JQL_Q_MAX, JQL_Q_SHARE
};

/* What a name resolved to (filled by the checker). */
enum jql_ref_kind {
    JQL_REF_NONE,      /* unresolved (error reported) */
    JQL_REF_FACT,      /* index: fact id (program->facts[index].slot indexes the values) */
    JQL_REF_COLL,      /* index: fact id of the collection (only under `is known`) */
    JQL_REF_MEMBER,    /* index: fact id of the member; var: quantifier depth of the variable */
    JQL_REF_ELEM_NAME, /* the implicit `name` member (index: its fact id); var: depth */
    JQL_REF_PARAM,     /* index: param slot */
    JQL_REF_LET,       /* index: let slot */
    JQL_REF_TODAY      /* the built-in `today` */
};

/* The built-in functions of words.h, after JQL_FN_NONE (no function resolved). */
enum jql_builtin {
    JQL_FN_NONE,
#define X(id, name, least, most) JQL_FN_##id,
    JQL_BUILTINS(X)
#undef X
};

struct jql_expr {
    uint8_t kind; /* enum jql_expr_kind */
    uint8_t op;   /* per kind, see above */
    uint8_t parens; /* pairs of parentheses the author wrote around it (at most 255; the
                       formatter prints them, the checker and evaluator ignore them) */
    int depth;    /* levels of the tree from this node down (a leaf: 1); see limits.h */
    struct jql_loc loc;    /* the whole expression */
    struct jql_loc oploc;  /* the operator token (binary/unary/call name) */
    struct jql_loc inner;  /* when parens > 0: the span inside them (loc covers them), so
                              the formatter finds a literal's own text; else unset */
    union {
        struct jql_value lit;
        struct {
            const char *text;   /* "pay.lowest_hourly_wage", "j.hourly_wage", "living_wage" */
            const char **segs;  /* split at '.' */
            int nsegs;
        } name;
        struct {
            struct jql_expr *a;
        } un;
        struct {
            struct jql_expr *a, *b;
        } bin;
        struct {
            uint8_t qkind;           /* enum jql_quant_kind */
            const char *var;
            struct jql_loc var_loc;
            const char *coll;
            struct jql_loc coll_loc;
            struct jql_expr *weight; /* share ... weighted by; else NULL */
            struct jql_expr *body;
        } quant;
        struct {
            struct jql_expr *c, *t, *e;
        } cond;
        struct {
            const char *fn;
            struct jql_expr **args;
            int nargs;
        } call;
        struct {
            struct jql_expr **items;
            int n;
        } list;
    } u;

    /* Filled by the checker. */
    struct jql_type type;
    uint8_t ref;     /* enum jql_ref_kind for NAME; enum jql_builtin for CALL */
    int index;       /* NAME: fact id, param slot or let slot; QUANT: collection fact id;
                        LOOKUP: table slot */
    int var;         /* quantifier depth for member references; binding depth for QUANT */
};

/* ---- rule files ---- */

struct jql_str {
    const char *s; /* decoded text; NULL when absent */
    struct jql_loc loc;
};

struct jql_date_opt {
    bool set;
    int32_t days;
    struct jql_loc loc;
};

struct jql_import {
    const char *path;
    struct jql_loc loc;
};

/* A type as written in a vocabulary. */
struct jql_fact_decl {
    const char *name; /* dotted path; for a collection, its name */
    struct jql_loc loc;      /* the whole declaration */
    struct jql_loc name_loc;
    bool is_collection;
    struct jql_type type;    /* not meaningful for a collection */
    struct jql_loc type_loc;
    struct jql_str desc;
    bool has_range;          /* `in LOW..HIGH` written */
    struct jql_range range;
    struct jql_loc range_loc, lo_loc, hi_loc;
};

struct jql_facts_block {
    struct jql_loc loc;
    struct jql_fact_decl **decls;
    int ndecls;
};

struct jql_param {
    const char *name;
    struct jql_loc loc, name_loc;
    struct jql_value value; /* the literal, negation already applied */
    struct jql_loc value_loc;
    struct jql_str desc;
    int slot; /* checker */
};

/* ---- reference tables (docs/language.md §4, "Reference tables") ---- */

/* A column: `key NAME: TYPE`, `from: date` or `value: TYPE`. */
struct jql_table_col {
    const char *name;
    struct jql_type type;
    struct jql_loc loc, type_loc;
};

/* `"CO" from 2025-01-01 => $14.81/hour source "..."` */
struct jql_table_row {
    struct jql_loc loc;
    struct jql_value keys[2];
    struct jql_loc key_locs[2];
    int nkeys;
    bool has_from;
    int32_t from;
    struct jql_loc from_loc;
    struct jql_value value;
    struct jql_loc value_loc;
    struct jql_str source;
};

struct jql_table {
    const char *name;
    struct jql_loc loc, name_loc;
    struct jql_str title;
    struct jql_table_col keys[2]; int nkeys;
    bool has_from;
    struct jql_loc from_loc;
    bool has_value;
    struct jql_table_col value;
    struct jql_table_row **rows; int nrows;
};

/* `default PATH = LITERAL ["source"]`: the value of a fact an employer did not report. */
struct jql_default {
    const char *path;
    struct jql_loc loc, path_loc;
    struct jql_value value;
    struct jql_loc value_loc;
    struct jql_str source;
};

struct jql_let {
    const char *name;
    struct jql_loc loc, name_loc;
    struct jql_expr *expr;
    int slot; /* checker */
};

enum jql_level { JQL_LEVEL_REQUIRED, JQL_LEVEL_RECOMMENDED };

struct jql_rule {
    const char *id;
    struct jql_loc loc, id_loc;
    struct jql_str title;
    struct jql_expr **requires; int nrequires;
    struct jql_expr **whens;    int nwhens;
    struct jql_expr **unlesses; int nunlesses;
    uint8_t level;           /* enum jql_level */
    bool level_set;
    struct jql_loc level_loc;
    struct jql_str cite, advice;
    struct jql_date_opt effective, expires;
};

/* `requires N of recommended` in a standard (docs/language.md §8, "Scoring recommended
   rules"): N a count, or a percent of the recommended rules that apply. */
struct jql_kof {
    bool set;
    bool percent;             /* N is `pct` of the applicable recommended rules */
    jql_dec pct;
    int n;
    struct jql_loc loc;       /* the `requires` line */
    const char *param;        /* `requires PARAM of recommended`: a count or percent param,
                                 read at evaluation (an agency may set it); else NULL */
    struct jql_loc param_loc;
    int param_slot;           /* checker */
};

struct jql_standard {
    const char *id;
    struct jql_loc loc, id_loc;
    struct jql_str title, version, source;
    struct jql_date_opt effective, expires;
    struct jql_let **lets; int nlets;
    struct jql_rule **rules; int nrules;
    struct jql_kof kof;
};

/* One `requires` line of a tier: every standard listed, or at least n_of of them. */
struct jql_tier_req {
    struct jql_loc loc;
    int n_of;                 /* 0: all listed standards */
    struct jql_loc n_of_loc;
    const char **ids; struct jql_loc *id_locs; int nids;
    int *std_index;           /* checker: index into the program's standards */
};

/* A tier is reached when every one of its `requires` lines holds. */
struct jql_tier {
    const char *id;
    struct jql_loc loc, id_loc;
    struct jql_str title;
    struct jql_tier_req **reqs; int nreqs;
};


/* ---- fact files (also the `given` body of a test) ---- */

enum jql_fentry_kind {
    JQL_F_SET,      /* path = value [source "..."] */
    JQL_F_GROUP,    /* name { entries } */
    JQL_F_ELEMENT,  /* name "label" { entries } */
    JQL_F_EMPTY     /* name = [] (an empty collection or an empty list; the loader decides) */
};

struct jql_fentry {
    uint8_t kind;
    const char *path; /* dotted, relative to the enclosing group */
    struct jql_loc loc, path_loc;
    struct jql_value value;   /* SET: a literal, negation applied; JQL_V_UNKNOWN for `unknown` */
    struct jql_loc value_loc;
    struct jql_str source;    /* `source "..."` annotation */
    struct jql_str label;     /* ELEMENT */
    struct jql_fentry **entries; int nentries; /* GROUP, ELEMENT */
};

struct jql_femployer {
    const char *name;
    struct jql_loc loc, name_loc;
    struct jql_fentry **entries; int nentries;
    int nsyntax_errors; /* syntax errors inside this block */
};

enum jql_status {
#define X(id, name) JQL_##id,
    JQL_STATUSES(X)
#undef X
};

/* `expect QID STATUS`, `expect "Name" QID STATUS` or `expect goal ID STATUS`
   (docs/language.md §10). */
struct jql_expect {
    const char *qid; /* "earnings.lowest_wage" or "earnings"; a goal's id */
    struct jql_loc loc, qid_loc;
    uint8_t status;  /* enum jql_status; for a goal, enum jql_goal_status (port.h) */
    bool goal;       /* `expect goal ID STATUS` */
    const char *employer;      /* the given it names, `expect "Name" ...`; else NULL */
    struct jql_loc employer_loc;
    /* checker */
    int given;       /* index of its given in the test's givens (0 with one given) */
    int goal_index;  /* `expect goal`: index into the program's goals; else -1 */
};

/* A test (docs/language.md §10): one or more `given` employers, then `expect` lines. */
struct jql_test {
    const char *name;
    struct jql_loc loc, name_loc;
    struct jql_femployer *given;    /* the first given (NULL when none) */
    struct jql_femployer **givens; int ngivens; /* `given "Name" { ... }`: name set; a
                                                   bare `given { ... }`: name NULL */
    struct jql_expect **expects; int nexpects;
};

/* A portfolio goal (docs/language.md, "Goals"): `share of employers (reaching TIER |
   passing STANDARD) [weighted by FACT] (>= | >) PERCENT`, with `where`, `deadline`,
   `cite` and `advice`. */
struct jql_goal {
    const char *id;
    struct jql_loc loc, id_loc;
    struct jql_str title;
    bool passing;             /* `passing STANDARD`; else `reaching TIER` */
    const char *target;       /* the tier's or standard's id */
    struct jql_loc target_loc;
    const char *weight;       /* `weighted by FACT`, or NULL */
    struct jql_loc weight_loc;
    bool strict;              /* `>`; else `>=` */
    jql_dec pct;              /* the PERCENT, in percentage points (75% is 75) */
    struct jql_loc share_loc; /* the `share of ...` line; no src when the goal has none */
    struct jql_loc pct_loc;   /* the PERCENT */
    struct jql_expr *where;   /* NULL when none */
    struct jql_loc where_loc; /* the `where` keyword */
    struct jql_date_opt deadline;
    struct jql_str cite, advice;
    /* checker */
    int target_index;         /* into the program's tiers or standards */
    int weight_fact;          /* fact id, or -1 */
};

enum jql_item_kind {
    JQL_I_IMPORT, JQL_I_FACTS, JQL_I_PARAM, JQL_I_LET, JQL_I_STANDARD, JQL_I_TIER, JQL_I_TEST,
    JQL_I_DEFAULT, JQL_I_TABLE, JQL_I_GOAL
};

struct jql_item {
    uint8_t kind;
    union {
        struct jql_import *import;
        struct jql_facts_block *facts;
        struct jql_param *param;
        struct jql_let *let;
        struct jql_standard *standard;
        struct jql_tier *tier;
        struct jql_test *test;
        struct jql_default *dflt;
        struct jql_table *table;
        struct jql_goal *goal;
    } u;
};

struct jql_comment {
    struct jql_loc loc; /* from '#' to end of line, exclusive of the newline */
};

struct jql_rulefile {
    const struct jql_source *src;
    struct jql_item *items; int nitems;
    struct jql_rulefile **imports; int nimports; /* loader: the files its imports named */
    int index;                                   /* checker: position in load order */
    struct jql_comment *comments; int ncomments;
    int nsyntax_errors;
};

struct jql_factfile {
    const struct jql_source *src;
    struct jql_femployer **employers; int nemployers;
    struct jql_comment *comments; int ncomments;
    int nsyntax_errors; /* errors outside every employer block included */
};

/* ---- constructors used by the grammar ---- */

struct jql_expr *jql_ast_expr(enum jql_expr_kind kind, struct jql_loc loc);
struct jql_expr *jql_ast_lit(struct jql_value v, struct jql_loc loc);
struct jql_expr *jql_ast_name(const char *text, struct jql_loc loc);
struct jql_expr *jql_ast_unary(enum jql_expr_kind kind, int op, struct jql_loc oploc,
                               struct jql_expr *a, struct jql_loc loc);
struct jql_expr *jql_ast_binary(enum jql_expr_kind kind, int op, struct jql_loc oploc,
                                struct jql_expr *a, struct jql_expr *b);
/* Set e->depth from its children's (for nodes whose children are filled in later). */
void jql_ast_set_depth(struct jql_expr *e);
/* The children of e, in source order, as *v (an array of e's own, or buf); an entry is
   NULL for an absent optional child (a quantifier's weight). Returns their number. */
int jql_ast_children(const struct jql_expr *e, struct jql_expr *buf[3],
                     struct jql_expr *const **v);

const char *jql_status_name(enum jql_status s); /* "pass", ..., "not_applicable", "error" */
bool jql_status_from_name(const char *s, enum jql_status *out);
/* Every status name, for a message: "pass, fail, untested, not_applicable or error". */
const char *jql_status_choices(void);

/* Debug dump of an expression in fully parenthesised form (tests, --dump-ast). */
char *jql_ast_expr_dump(const struct jql_expr *e);
/* An expression as written, on one line: whitespace runs as one space, comments left
   out, text literals untouched; cut after `max` bytes (at a character's start) with
   "..." when max > 0. Its dump when it has no source. For messages and `jqlc diff`. */
const char *jql_ast_expr_text(const struct jql_expr *e, size_t max);
/* A goal's share line in canonical form, as reports and tests show its target:
   "share of employers reaching quality_job weighted by org.employees >= 75%". */
char *jql_ast_goal_share(const struct jql_goal *g);

#endif
