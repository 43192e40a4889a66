/*
** cli_int: what the command files of the cli module share (src/cli.c has the
** option parsing, loading and output every command uses; each command of
** docs/cli.md beyond check, test and template has its own cli_CMD.c).
*/
#ifndef JQL_CLI_INT_H
#define JQL_CLI_INT_H

#include "cli.h"

#include "output.h"
#include "report.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct jql_program;
struct jql_rulefile;
struct jql_diags;
struct jql_port_opts;

/* The rule files a command loaded, in load order. */
struct cli_loaded {
    struct jql_rulefile **files; int nfiles;
    bool *named; /* per file: named on the command line (or by its folder), not only imported */
};

enum cli_color { CLI_COLOR_AUTO, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER };

/* Options of every command that loads rules and evaluates (check, test). */
struct cli_common {
    const char **rules; int nrules;
    const char **includes; int nincludes;
    const char **params; int nparams;
    const char *as_of;
    int64_t max_steps; /* 0: the default (docs/cli.md, Evaluation options) */
    enum cli_color color;
    bool quiet;
    bool recursive; /* a folder given loads its subfolders too (test) */
};

struct cli_check {
    struct cli_common c;
    const char **facts; int nfacts;
    const char *output;
    const char *name_key; /* --name-key: the JSON key or CSV column of employer names */
    int jobs;             /* -j: 0 for the default, the processors online */
    const char *input;    /* --input: the reader for every fact file (else by extension) */
    enum jql_format format;
    int min_cell;         /* --min-cell: 0 for the default */
    bool fail_on_untested, fail_on_goals, strict, summary;
    const char **weights; int nweights;   /* --weight FACT, in order */
    const char **group_by; int ngroup_by; /* --group-by FACT, at most 2 */
};

struct cli_test {
    struct cli_common c;
    const char *filter;
    bool coverage, verbose, all;
};

struct cli {
    FILE *out, *err;
    bool err_color;
    const char *cmd; /* the command running, for "try 'jqlc CMD --help'"; NULL: none yet */
};

/* A value-taking option: "--long VALUE", "--long=VALUE" or "-s VALUE". */
struct cli_opt {
    const char *lng, *shrt;
};

/* A usage error (exit 2): "jqlc: error: MSG" and where to find help. The names in msg
   are escaped for the terminal already (docs/cli.md, Security). */
int cli_usage_msg(struct cli *C, const char *msg);
/* A usage error about one argument as the user typed it: escaped, as it may hold
   anything. */
int cli_usage_error(struct cli *C, const char *fmt, const char *arg);
bool cli_is(const char *a, const char *lng, const char *shrt);
/* "--opt=value", "--opt value", "-o value": the value, advancing *i; NULL when absent. */
const char *cli_optarg(int argc, char **argv, int *i, const char *lng, const char *shrt,
                       bool *matched);
/* Which of `opts` argv[*i] is (its index, or -1), with its value in *v (NULL when the
   value is missing: the caller reports that as a usage error). */
int cli_match_opt(const struct cli_opt *opts, int nopts, int argc, char **argv, int *i,
                  const char **v);
/* The options every evaluating command takes. Returns -1 to go on (*handled tells
   whether argv[*i] was one of them), or an exit status. */
int cli_parse_common(struct cli *C, struct cli_common *co, int argc, char **argv, int *i,
                     bool *handled);
/* One option of a command with its own value-taking `opts`: the common options first,
   else one of `opts` (its index in *k, its value in *v). Returns -1 to go on (*k < 0: a
   common option, already applied), or an exit status. */
int cli_parse_opt(struct cli *C, struct cli_common *co, const struct cli_opt *opts, int nopts,
                  int argc, char **argv, int *i, const char **v, int *k);
/* --color WHEN. Returns -1 to go on, or an exit status. */
int cli_parse_color(struct cli *C, struct cli_common *co, const char *v);
int cli_parse_format(struct cli *C, struct cli_check *o, const char *v);
/* The reader of fact file `path` (docs/cli.md, "Fact files"), or -1 when its extension
   names none. */
int cli_reader_of(const struct cli_check *o, const char *path);
/* -j N: threads evaluating employers, 1 to JQL_LIMIT_JOBS (docs/cli.md, "check"). */
int cli_parse_jobs(struct cli *C, struct cli_check *o, const char *v);
int cli_parse_value_opt(struct cli *C, struct cli_check *o, int argc, char **argv, int *i,
                        bool *handled);
bool cli_color_on(enum cli_color c, FILE *f);
bool cli_parse_date(const char *s, int32_t *out);
int32_t cli_today(void);
const char *cli_date_str(int32_t days);
/* --param NAME=LITERAL: the literal must have the param's type; a percent needs its '%'
   (docs/language.md §4, "Parameters"). */
bool cli_apply_param(struct cli *C, struct jql_program *p, const char *arg,
                     struct jql_diags *d);
/* Load, check and apply --param, recording in *l what was loaded. NULL when the rules
   are unusable. */
struct jql_program *cli_load_program(struct cli *C, const struct cli_common *o,
                                     struct cli_loaded *l);
/* The rules given, or the default: ./standards when it is a folder, else std/default.
   For check and template, which report on standards: rules with none are an error. */
struct jql_program *cli_load_or_default(struct cli *C, struct cli_common *c);
/* After option parsing: colour for diagnostics and the evaluation date.
   Returns -1 to go on, or an exit status. */
int cli_prepare(struct cli *C, const struct cli_common *o, int32_t *as_of);
/* The output (--output FILE, or stdout when path is NULL), prepared before anything
   is read; false (reported) when it cannot be written at all (a folder). */
bool cli_out_init(struct cli *C, struct jql_out *out, const char *path);
/* --output naming a file the run reads would destroy it (docs/cli.md, Security): a
   usage error, found before anything is written. `input` is the file on disk, `shown`
   its name as the user knows it. Returns -1 to go on, or an exit status. */
int cli_out_clash(struct cli *C, const struct jql_out *out, const char *input,
                  const char *shown, const char *kind);
/* Before reading anything: the fact files and the rule paths named. */
int cli_out_clash_args(struct cli *C, const struct jql_out *out, const char *const *facts,
                       int nfacts, const struct cli_common *c);
/* Once the rules are loaded: every rule file, imports included (the built-in library
   files are in the binary, not on disk). */
int cli_out_clash_rules(struct cli *C, const struct jql_out *out,
                        const struct jql_program *p);
/* Write the result through `out` (docs/cli.md, Security): a file is replaced only when
   every write succeeded. 0, or -1 when it was not written (reported). */
int cli_write(struct cli *C, struct jql_out *out,
              void (*writer)(FILE *f, const void *arg), const void *arg);
/* The threads of a run: -j, else one per processor online (at most JQL_LIMIT_JOBS). */
int cli_jobs(const struct cli_check *o);
/* A fact named by --weight or --group-by: a scalar fact of a kind `ok` accepts, or a
   usage error (exit 2) saying what it is, with "did you mean". */
int cli_fact_opt(struct cli *C, const struct jql_program *p, const char *opt,
                 const char *name, bool (*ok)(struct jql_type), const char *want,
                 int *out);
/* The run: every fact file through the driver into the report's sink, which writes each
   employer as it is evaluated (docs/cli.md, "check"). */
int cli_run(struct cli *C, struct cli_check *o, const struct jql_program *p,
            int32_t as_of, struct jql_out *out);
int cli_parse_check(struct cli *C, struct cli_check *o, int argc, char **argv);
/* The stamp's rule files and changed params (docs/cli.md, "The stamp"). */
void cli_stamp_rules(struct jql_report *rep, const struct jql_program *p);
int cli_exit_status(const struct cli_check *o, const struct jql_report *rep,
                    bool had_error);
/* The portfolio's options (docs/cli.md, "The portfolio summary"). Returns -1 to go on,
   or an exit status. */
int cli_port_opts(struct cli *C, const struct cli_check *o, const struct jql_program *p,
                  struct jql_port_opts *po);

/* The commands of their own files: each parses its arguments (argv after the command
   name) and returns an exit status. Their usage text is what `jqlc help CMD` prints. */
#define CLI_FILE_COMMANDS(X) X(fmt) X(lint) X(explain) X(diff)
#define X(name) int cli_##name(struct cli *C, int argc, char **argv); \
    extern const char cli_##name##_usage[];
CLI_FILE_COMMANDS(X)
#undef X

#endif
