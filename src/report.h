/*
** report: the result of a run as plain data (filled by the evaluator and
** the CLI), and the writers that print it. A new output format is one more
** writer over this data; writers never look at the AST or the program.
*/
#ifndef JQL_REPORT_H
#define JQL_REPORT_H

#include "ast.h"
#include "diag.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct jql_portfolio;
struct jql_pgoal;

/* Why a rule did not pass, as data (docs/language.md §8, Rule status). The evaluator
   records it; the text of `reason` and the names in `missing` are made from it only for
   a report that shows them (jql_eval_render), so a summary never formats a value. */
enum jql_why_kind {
    JQL_WHY_NONE,    /* it passed */
    JQL_WHY_TEXT,    /* `text`: not in force, a fault, the step budget, a lookup with no row */
    JQL_WHY_FAILED,  /* the `require` clause `clause` is false: its comparisons, with values */
    JQL_WHY_WHEN,    /* `when CLAUSE is false` */
    JQL_WHY_UNLESS,  /* `unless CLAUSE is true` */
    JQL_WHY_UNKNOWN, /* `[when|unless] CLAUSE is unknown`, word as `word` */
    JQL_WHY_EMPTY,   /* `FACT has no elements`, the collection `fact` */
};

struct jql_why {
    uint8_t kind;                   /* enum jql_why_kind */
    uint8_t word;                   /* JQL_WHY_UNKNOWN: JQL_WHY_WHEN, JQL_WHY_UNLESS or 0 */
    int fact;
    const struct jql_expr *clause;
    const char *text;
    int miss, nmiss;                /* missing facts: the evaluator's list [miss, miss+nmiss) */
    long text_at, names_at;         /* jql_eval_render's, while it writes */
    long gap_at;                    /* the same, for the gap's texts */
};

/* A failed rule's distance to compliance (docs/language.md §8, "Distance to compliance"),
   made with its reason by jql_eval_render: the operand of the failing comparison the
   words are about (its source text) and how far it is from passing, |a - b| printed as a
   value. For a quantifier, `failing` counts its elements that fail, and the gap is the
   largest among them (the nearest for `any`). */
enum jql_gap_dir {
    JQL_GAP_NONE,  /* no gap: the rule did not fail, or its reason compares no amounts */
    JQL_GAP_SHORT, /* the operand must rise: `short by` */
    JQL_GAP_OVER,  /* the operand must fall: `over by` */
    JQL_GAP_OFF    /* the operand must equal the other: `off by` */
};

struct jql_gap {
    uint8_t dir;      /* enum jql_gap_dir */
    const char *expr; /* "pay.lowest_hourly_wage"; NULL without a gap */
    const char *by;   /* "$6.60/hour"; NULL without a gap */
    int failing;      /* the elements of the quantifier that fail (at least 1); 0: none */
};

/* "short", "over", "off" (for a gap's dir), "" for JQL_GAP_NONE. */
const char *jql_gap_word(enum jql_gap_dir d);

struct jql_rrule {
    const char *id;        /* unqualified */
    const char *title;     /* "" when none */
    const char *level;     /* "required" | "recommended" */
    uint8_t status;        /* enum jql_status */
    struct jql_why why;
    const char *reason;    /* "" for pass, and until rendered */
    const char **missing;  /* qualified fact paths, sorted, no duplicates (once rendered) */
    int nmissing;
    struct jql_gap gap;    /* for fail, once rendered; else zero: no gap */
    const char *cite, *advice; /* "" when none */
    const char *location;  /* "file:line:col" of the rule */
};

struct jql_rstd {
    const char *id, *title;
    uint8_t status;
    struct jql_rrule *rules; int nrules;
    const char *version, *source; /* NULL or "" when not declared */
    const char *reason;   /* `requires N of recommended`: "5 of 8 recommended met (needs 4)";
                             NULL otherwise */
};

/* A tier's, a standard's or a goal's outcome for one employer. */
enum jql_reach {
    JQL_REACH_REACHED,   /* tier reached; standard pass */
    JQL_REACH_UNDECIDED, /* it would be if every untested standard passed; untested */
    JQL_REACH_NOT,       /* not reached; fail */
    JQL_REACH_ERROR,     /* the employer, or the standard, is in error */
    JQL_REACH_OUT        /* left out: the standard is not applicable; not in a goal's population */
};
enum { JQL_NREACH = 4 };

struct jql_remployer {
    const char *name;
    const char *file;
    int line;
    uint8_t status;
    const char **tiers; int ntiers;   /* reached, in declaration order */
    /* not reached, but would be if every untested standard passed (docs/language.md,
       "Portfolio"), in declaration order */
    const char **tiers_undecided; int nundecided;
    const uint8_t *tier_reach;        /* per tier of the program, enum jql_reach; NULL
                                         when the employer is in error */
    struct jql_rstd *stds; int nstds; /* empty when status is error from fact loading */
    const struct jql_diag **diags; int ndiags;
};

enum { JQL_NSTATUS = 5 };

/* The stamp (docs/cli.md, "The stamp"): what an auditor needs to re-run a report. */
struct jql_rparam {
    const char *name, *value; /* a param whose value differs from its declaration */
};

struct jql_rfile {
    const char *path; /* as named on the command line or in an import; std/... built in */
    const char *kind; /* "rules" | "facts" */
    char sha256[65];
};

struct jql_report {
    const char *version; /* jqlc version */
    const char *as_of;   /* ISO date */
    struct jql_remployer *emps; int nemps;
    /* fact-file problems that belong to no employer (unreadable file, syntax
       outside every employer block) */
    const struct jql_diag **diags; int ndiags;
    /* counts by status: [0] employers, [1] standards, [2] rules; 64-bit, as the
       portfolio's, because a run's rule outcomes pass 2^31 (10M employers, 250 rules) */
    int64_t counts[3][JQL_NSTATUS];
    struct jql_rparam *params; int nparams; /* the stamp */
    struct jql_rfile *files; int nfiles;    /* in load order, then the fact files */
    /* the rules' constant fields, each standard's rules in order (JSON Lines writes them
       once); `id` qualified ("earnings.lowest_wage") */
    const struct jql_rrule *rules; int nrules;
    /* at the end: the portfolio summary and goals (port.h), NULL / 0 until then */
    const struct jql_portfolio *port;
    const struct jql_pgoal *goals; int ngoals;
};

struct jql_report_opts {
    bool color;
    bool summary_only; /* --summary */
    int min_cell;      /* --min-cell: markdown and html show no share of a smaller group;
                          0 is the default, 3 */
};

/* The report formats (docs/cli.md, "Report formats"). */
enum jql_format {
    JQL_FMT_TEXT, JQL_FMT_JSON, JQL_FMT_JSONL,
    JQL_FMT_CSV, JQL_FMT_TAP, JQL_FMT_JUNIT, JQL_FMT_SARIF,
    JQL_FMT_MARKDOWN, JQL_FMT_HTML,
};

/* The format named s ("text", "json", ...), or -1. */
int jql_format_named(const char *s);

/* A writer as a sink: begin, then each employer as it is evaluated, then end (the
   counts, the diagnostics that belong to no employer, the stamp). A sink keeps
   nothing of an employer once written, so a run's memory does not grow with it.
   Markdown and html put the portfolio, known only at the end, before the employers:
   their sink writes the employers into a temporary file (`spool`) and copies it after
   the portfolio at the end, so memory stays flat there too. */
struct jql_sink {
    enum jql_format fmt;
    FILE *out;
    struct jql_report_opts o;
    const struct jql_report *r; /* version and as_of at begin; counts, diags, stamp at end */
    int n;                      /* employers written */
    FILE *spool;                /* markdown, html: the employers until the end, or NULL */
    struct jql_diags problems;  /* the report could not be written whole (the spool) */
    bool sep;                   /* SARIF: a result written, the next follows a comma */
};

void jql_sink_init(struct jql_sink *s, enum jql_format fmt, FILE *out,
                   const struct jql_report_opts *o, const struct jql_report *r);
/* Begin and end record in s->problems what kept the report from being written whole
   (the caller reports it: no report then). */
void jql_sink_begin(struct jql_sink *s);
/* Whether the sink writes rules' reasons and missing facts (not for a summary or -q). */
bool jql_sink_shows_reasons(const struct jql_sink *s);
void jql_sink_employer(struct jql_sink *s, const struct jql_remployer *e);
/* An employer written by itself, without what goes between two (JSON's comma), so that
   threads can write employers apart and the driver join them in order with
   jql_sink_unit_bytes, which writes what goes between and the unit's bytes. */
void jql_sink_unit(struct jql_sink *s, const struct jql_remployer *e);
void jql_sink_unit_bytes(struct jql_sink *s, const char *bytes, size_t n);
void jql_sink_end(struct jql_sink *s);

/* Count one employer, its standards and rules into r->counts. */
void jql_report_tally(struct jql_report *r, const struct jql_remployer *e);

/* Add a file the run read to the stamp, with its SHA-256. */
void jql_report_add_file(struct jql_report *r, const struct jql_source *src, const char *kind);
/* The same for a file streamed through, hashed as it was read. */
void jql_report_add_file_sha(struct jql_report *r, const char *path, const char *kind,
                             const char sha256[65]);

/* Recompute report->counts from the employers. */
void jql_report_count(struct jql_report *r);

/* The writers (o may be NULL: defaults). Text: per employer its status, tiers, standards
   and every rule that did not pass with why / missing / advice / cite, then the counts.
   JSON: schema 1, stable byte for byte; it ignores the options. */
void jql_report_text(FILE *out, const struct jql_report *r, const struct jql_report_opts *o);
void jql_report_json(FILE *out, const struct jql_report *r, const struct jql_report_opts *o);

/* JSON string escaping (shared by writers that embed JSON). */
void jql_json_string(FILE *out, const char *s);

#endif
