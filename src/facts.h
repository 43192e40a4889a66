/*
** facts: turns a parsed fact file into employers whose values sit in
** arrays indexed by the program's fact slots, checking every value
** against the vocabulary. Errors belong to the employer they occur in:
** that employer's result becomes `error`, the others still load.
*/
#ifndef JQL_FACTS_H
#define JQL_FACTS_H

#include "ast.h"
#include "check.h"
#include "diag.h"

struct jql_elem {
    const char *label;
    struct jql_loc loc;
    struct jql_value *values;  /* program->facts[coll].nmembers; slot 0 = name (text) */
    const char **sources;      /* `source "..."` per member slot, NULL when none */
};

struct jql_coll_value {
    bool known;                /* false: absent or `= unknown` (unknown collection) */
    struct jql_elem *elems;
    int n;
};

struct jql_employer {
    const char *name;
    struct jql_loc loc;        /* the employer block (or record) */
    struct jql_loc name_loc;   /* its name */
    bool unnamed;              /* the record gave no name: `name` is a stand-in, "(line 12)" */
    struct jql_value *values;  /* program->nscalars; JQL_V_UNKNOWN when absent */
    const char **sources;      /* `source "..."` per scalar slot, or NULL */
    uint8_t *defaulted;        /* per scalar slot: 1 when the value is a rule file's
                                  default; NULL when no default was taken */
    struct jql_coll_value *colls; /* program->ncolls */
    struct jql_diags diags;    /* this employer's diagnostics (warnings included) */
    bool failed;               /* an error was recorded: status `error`, not evaluated */
};

/* The syntax of the file being read, for notes that show how to write something. */
enum jql_fact_syntax { JQL_SYNTAX_FACTS, JQL_SYNTAX_JSON, JQL_SYNTAX_CSV };

struct jql_facts_opts {
    bool strict;         /* undeclared facts are errors, not warnings */
    bool per_file;       /* undeclared keys reported once per file (JSON, CSV), see factb.h */
    uint8_t syntax;      /* enum jql_fact_syntax: the notes that say how to write a fact */
};

/* Load every employer of a parsed fact file. Never fails as a whole:
   problems are recorded on the employer concerned. */
struct jql_employer **jql_facts_load(const struct jql_program *p, const struct jql_factfile *ff,
                                     const struct jql_facts_opts *o, int *nemployers);

struct jql_fb;
/* One parsed employer block through a fact builder of the caller's (factb.h), which
   keeps what a whole file needs (the "did you mean" memo, per-file counts). */
struct jql_employer *jql_facts_read(struct jql_fb *b, const struct jql_femployer *fe);

/* Load the body of one employer (also used for a test's `given`). */
struct jql_employer *jql_facts_load_employer(const struct jql_program *p,
                                             const struct jql_femployer *fe,
                                             const struct jql_facts_opts *o);

#endif
