/*
** driver: the pipeline of `jqlc check`, one employer at a time (docs/HACKING.md,
** "Data flow"): each fact file is read in records (input.c) by its reader (.facts,
** JSON, JSON Lines, CSV) into the fact builder; each employer is evaluated, counted
** and handed to the report's sink, then dropped, so a run's memory does not grow
** with the number of employers. The CLI, the tests and the fuzzers call it.
*/
#ifndef JQL_DRIVER_H
#define JQL_DRIVER_H

#include "check.h"
#include "eval.h"
#include "input.h"
#include "port.h"
#include "report.h"

#include <stdio.h>

struct jql_drv_opts {
    const struct jql_program *p;
    int32_t as_of;
    bool stamp;            /* the report carries a stamp: hash the fact files */
    bool strict;           /* undeclared facts and duplicate employers are errors */
    const char *name_key;  /* the JSON key or CSV column of the name; NULL: "employer" */
    int64_t max_steps;     /* per employer; 0: the default (docs/cli.md, Evaluation options) */
    int jobs;              /* employers evaluated at once, on as many threads (-j); 0, 1: one */
    int input;             /* enum jql_input_kind for every file, or -1: by extension */
    struct jql_port *port; /* the portfolio each employer is folded into, or NULL */
    FILE *err;             /* diagnostics, as they are found */
    bool err_color;
};

struct jql_drv;

/* A run writing into `sink`; `rep` receives the counts, the diagnostics that belong to
   no employer and the stamp's fact files (its header and rule files are the caller's). */
struct jql_drv *jql_drv_new(const struct jql_drv_opts *o, struct jql_report *rep,
                            struct jql_sink *sink);
/* Read, evaluate and write every employer of one fact file ("-": standard input). */
void jql_drv_file(struct jql_drv *d, const char *path);
/* After the last file: the threads end. */
void jql_drv_end(struct jql_drv *d);
/* Whether an error outside the counts happened (a file that could not be read, a
   syntax error outside every employer, a header that names no employer column). */
bool jql_drv_had_error(const struct jql_drv *d);

/* The rules' constant fields for the report (jsonl writes them once): each standard's
   rules in order, ids qualified. */
const struct jql_rrule *jql_drv_rules(struct jql_drv *d, int *n);

#endif
