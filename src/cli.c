/*
** cli: option parsing and the `check` command. Rule files that fail to
** load stop the run before any output (exit 2); a bad fact file or
** employer is reported while every other employer is still evaluated.
*/
#include "cli.h"

#include "check.h"
#include "eval.h"
#include "facts.h"
#include "load.h"
#include "mem.h"
#include "parse.h"
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef JQL_VERSION
#define JQL_VERSION "0.0.0"
#endif

enum cli_format { CLI_TEXT, CLI_JSON };
enum cli_color { CLI_COLOR_AUTO, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER };

struct cli_check {
    const char **rules; int nrules;
    const char **includes; int nincludes;
    const char **params; int nparams;
    const char **facts; int nfacts;
    const char *as_of, *output;
    enum cli_format format;
    enum cli_color color;
    bool fail_on_untested, strict, quiet, summary;
};

struct cli {
    FILE *out, *err;
    bool err_color;
};

static const char cli_usage[] =
    "usage: jqlc COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "commands:\n"
    "  check     evaluate employers' facts against the standards\n"
    "  test      run the tests in rule files (planned)\n"
    "  fmt       format rule files, keeping comments (planned)\n"
    "  lint      find unused facts, unreachable rules, missing cites (planned)\n"
    "  template  print a blank fact file for the vocabulary (planned)\n"
    "  explain   trace one rule for one employer (planned)\n"
    "  diff      compare outcomes between two versions of the standards (planned)\n"
    "\n"
    "  jqlc --version | --help | help COMMAND\n"
    "exit status: 0 no employer fails, 1 some employer fails, 2 error\n";

static const char cli_check_usage[] =
    "usage: jqlc check [-r RULES]... [OPTIONS] FACTS...\n"
    "\n"
    "Evaluate every employer in the FACTS files against the standards and report\n"
    "each standard and rule as pass, fail, untested, not_applicable or error.\n"
    "\n"
    "  -r, --rules PATH        rule file or folder (repeatable); default ./standards\n"
    "                          if it exists, else std/default\n"
    "  -I, --include DIR       also search DIR for imports (repeatable); see JQL_PATH\n"
    "      --as-of DATE        evaluate as of DATE (YYYY-MM-DD); default today\n"
    "      --param NAME=VALUE  override a param with a literal of its type\n"
    "      --fail-on untested  exit 1 also when an employer is untested\n"
    "      --strict            undeclared facts are errors, not warnings\n"
    "      --format FORMAT     text (default) or json\n"
    "      --output FILE       write the report to FILE instead of stdout\n"
    "      --summary           print only the counts\n"
    "      --color WHEN        auto (default), always or never; NO_COLOR disables\n"
    "  -q, --quiet             print nothing on stdout\n"
    "  -h, --help              show this help\n"
    "\n"
    "environment: JQL_PATH (colon-separated import folders), JQL_STDLIB (a folder\n"
    "that replaces the built-in standard library), NO_COLOR\n"
    "exit status: 0 no employer fails, 1 some employer fails (or is untested with\n"
    "--fail-on untested), 2 an error in usage, rules, facts or evaluation\n";

static int cli_usage_error(struct cli *C, const char *cmd, const char *fmt, const char *arg)
{
    fprintf(C->err, "jqlc: error: ");
    fprintf(C->err, fmt, arg);
    fprintf(C->err, "\ntry 'jqlc %s--help'\n", cmd ? jql_sprintf("%s ", cmd) : "");
    return JQL_EXIT_ERROR;
}

/* "--opt=value", "--opt value", "-o value": the value, advancing *i; NULL when absent. */
static const char *cli_optarg(int argc, char **argv, int *i, const char *lng, const char *shrt,
                              bool *matched)
{
    const char *a = argv[*i];
    size_t n = strlen(lng);
    *matched = false;
    if (strncmp(a, lng, n) == 0 && a[n] == '=') {
        *matched = true;
        return a + n + 1;
    }
    if (strcmp(a, lng) == 0 || (shrt && strcmp(a, shrt) == 0)) {
        *matched = true;
        return *i + 1 < argc ? argv[++*i] : NULL;
    }
    return NULL;
}

/* The formats of spec 10 that this version does not write yet. */
static bool cli_planned_format(const char *v)
{
    static const char *const planned[] = {"junit", "tap", "sarif", "markdown", "html", "csv"};
    for (size_t i = 0; i < sizeof planned / sizeof *planned; i++)
        if (strcmp(v, planned[i]) == 0)
            return true;
    return false;
}

static int cli_parse_value_opt(struct cli *C, struct cli_check *o, int argc, char **argv, int *i,
                               bool *handled)
{
    static const struct {
        const char *lng, *shrt;
    } opts[] = {{"--rules", "-r"}, {"--include", "-I"}, {"--param", NULL}, {"--as-of", NULL},
                {"--output", NULL}, {"--format", NULL}, {"--color", NULL}, {"--fail-on", NULL},
                {"--group-by", NULL}};
    for (size_t k = 0; k < sizeof opts / sizeof *opts; k++) {
        bool m;
        const char *v = cli_optarg(argc, argv, i, opts[k].lng, opts[k].shrt, &m);
        if (!m)
            continue;
        *handled = true;
        if (!v)
            return cli_usage_error(C, "check", "option '%s' needs a value", opts[k].lng);
        switch (k) {
        case 0: JQL_APPEND(o->rules, o->nrules, v); break;
        case 1: JQL_APPEND(o->includes, o->nincludes, v); break;
        case 2: JQL_APPEND(o->params, o->nparams, v); break;
        case 3: o->as_of = v; break;
        case 4: o->output = v; break;
        case 5:
            if (strcmp(v, "text") == 0) o->format = CLI_TEXT;
            else if (strcmp(v, "json") == 0) o->format = CLI_JSON;
            else if (cli_planned_format(v))
                return cli_usage_error(C, "check", "format '%s' is planned but not supported yet (use text or json)", v);
            else return cli_usage_error(C, "check", "unknown format '%s' (expected text or json)", v);
            break;
        case 6:
            if (strcmp(v, "auto") == 0) o->color = CLI_COLOR_AUTO;
            else if (strcmp(v, "always") == 0) o->color = CLI_COLOR_ALWAYS;
            else if (strcmp(v, "never") == 0) o->color = CLI_COLOR_NEVER;
            else return cli_usage_error(C, "check", "unknown --color '%s' (expected auto, always or never)", v);
            break;
        case 7:
            if (strcmp(v, "untested") != 0)
                return cli_usage_error(C, "check", "unknown --fail-on '%s' (expected untested)", v);
            o->fail_on_untested = true;
            break;
        default:
            return cli_usage_error(C, "check", "option '%s' is not supported yet", opts[k].lng);
        }
        return -1;
    }
    return -1;
}

/* Returns -1 to go on, or an exit status. */
static int cli_parse_check(struct cli *C, struct cli_check *o, int argc, char **argv)
{
    bool only_files = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            JQL_APPEND(o->facts, o->nfacts, a);
            continue;
        }
        if (strcmp(a, "--") == 0) { only_files = true; continue; }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(cli_check_usage, C->out);
            return JQL_EXIT_OK;
        }
        if (strcmp(a, "--strict") == 0) { o->strict = true; continue; }
        if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) { o->quiet = true; continue; }
        if (strcmp(a, "--summary") == 0) { o->summary = true; continue; }
        bool handled = false;
        int rc = cli_parse_value_opt(C, o, argc, argv, &i, &handled);
        if (rc >= 0)
            return rc;
        if (!handled)
            return cli_usage_error(C, "check", "unknown option '%s'", a);
    }
    if (o->nfacts == 0)
        return cli_usage_error(C, "check", "%sno fact files given", "");
    return -1;
}

static bool cli_color_on(enum cli_color c, FILE *f)
{
    if (c == CLI_COLOR_ALWAYS)
        return true;
    if (c == CLI_COLOR_NEVER)
        return false;
    const char *nc = getenv("NO_COLOR");
    return !(nc && *nc) && isatty(fileno(f));
}

static bool cli_parse_date(const char *s, int32_t *out)
{
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || s[4] != '-' ||
        s[7] != '-')
        return false;
    return jql_date_from_ymd(y, m, d, out);
}

static int32_t cli_today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    int32_t days = 0;
    jql_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &days);
    return days;
}

static const char *cli_date_str(int32_t days)
{
    int y, m, d;
    jql_date_to_ymd(days, &y, &m, &d);
    return jql_sprintf("%04d-%02d-%02d", y, m, d);
}

/* --param NAME=LITERAL: the literal must have the param's type (spec 11.14). */
static bool cli_apply_param(struct cli *C, struct jql_program *p, const char *arg,
                            struct jql_diags *d)
{
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg || !eq[1]) {
        cli_usage_error(C, "check", "--param needs NAME=VALUE, got '%s'", arg);
        return false;
    }
    char *name = jql_strndup(arg, (size_t)(eq - arg));
    int slot = jql_program_param(p, name);
    if (slot < 0) {
        cli_usage_error(C, "check", "--param names no declared param: '%s'", name);
        return false;
    }
    struct jql_source *src = jql_source_new(jql_sprintf("--param %s", name), "", eq + 1, strlen(eq + 1));
    struct jql_value v;
    if (!jql_parse_literal(src, d, &v))
        return false;
    struct jql_type want = p->params[slot].type, got = jql_value_type(v);
    bool ok = got.kind == want.kind &&
              (got.kind == JQL_T_NUMBER || got.sub == want.sub ||
               (got.kind == JQL_T_RATE && got.sub >= JQL_PER_MONTH && want.sub >= JQL_PER_MONTH));
    if (!ok) {
        fprintf(C->err, "jqlc: error: --param %s: expected %s, like %s, got '%s'\n", name,
                jql_type_name(want), jql_type_example(want), eq + 1);
        return false;
    }
    if (got.kind == JQL_T_NUMBER)
        v.sub = want.sub;
    p->params[slot].value = v;
    return true;
}

static const char **cli_default_rules(int *n)
{
    static const char *const standards[] = {"standards"}, *const deflt[] = {"std/default"};
    struct stat st;
    *n = 1;
    return (const char **)(stat("standards", &st) == 0 && S_ISDIR(st.st_mode) ? standards : deflt);
}

/* Load, check and apply --param. NULL when the rules are unusable. */
static struct jql_program *cli_load_program(struct cli *C, struct cli_check *o)
{
    struct jql_diags d = {0};
    struct jql_load_opts lo = {.includes = o->includes, .nincludes = o->nincludes,
                               .jql_path = getenv("JQL_PATH"), .stdlib_dir = getenv("JQL_STDLIB")};
    if (lo.stdlib_dir && !*lo.stdlib_dir)
        lo.stdlib_dir = NULL;
    int nrules = o->nrules, nfiles = 0;
    const char **rules = nrules ? o->rules : cli_default_rules(&nrules);
    struct jql_rulefile **files = jql_load_rules(rules, nrules, &lo, &d, &nfiles);
    struct jql_program *p = d.nerrors ? NULL : jql_check(files, nfiles, &d);
    bool ok = p != NULL;
    for (int i = 0; ok && i < o->nparams; i++)
        ok = cli_apply_param(C, p, o->params[i], &d);
    jql_diags_sort(&d);
    jql_diags_render(C->err, &d, C->err_color);
    return ok && d.nerrors == 0 ? p : NULL;
}

struct cli_run {
    struct jql_report rep;
    struct jql_evaluator *ev; /* built once: per-program work is not redone per employer */
    bool had_error;
};

static bool cli_loc_in(struct jql_loc at, const struct jql_employer *e)
{
    return at.src && at.src == e->loc.src && at.start >= e->loc.start && at.start < e->loc.end;
}

/* A fact file's diagnostics that fall in no employer block go to the report's
   top-level list, so JSON readers see why the run exited 2. */
static void cli_file_diags(const struct jql_diags *file, struct jql_employer **emps, int n,
                           struct jql_report *rep)
{
    for (int k = 0; k < file->n; k++) {
        int i = 0;
        while (i < n && !cli_loc_in(file->v[k]->loc, emps[i]))
            i++;
        if (i == n)
            JQL_APPEND(rep->diags, rep->ndiags, file->v[k]);
    }
}

/* An employer's diagnostics for the report: the syntax errors inside its block (already
   printed with the file's), then those of loading its facts. */
static struct jql_diags cli_employer_diags(const struct jql_diags *file,
                                           const struct jql_employer *e)
{
    struct jql_diags all = {.werror = e->diags.werror};
    for (int k = 0; k < file->n; k++) {
        if (cli_loc_in(file->v[k]->loc, e)) {
            struct jql_diags one = {.v = &file->v[k], .n = 1};
            jql_diags_append(&all, &one);
        }
    }
    jql_diags_append(&all, &e->diags);
    return all;
}

static void cli_check_file(struct cli *C, struct cli_check *o, const struct jql_program *p,
                           const char *path, struct cli_run *run)
{
    struct jql_diags d = {.werror = o->strict};
    struct jql_source *src = jql_load_source(path, &d);
    struct jql_factfile *ff = src ? jql_parse_facts(src, &d) : NULL;
    jql_diags_render(C->err, &d, C->err_color);
    if (!src || ff->nsyntax_errors || d.nerrors)
        run->had_error = true;
    struct jql_facts_opts fo = {.strict = o->strict};
    int n = 0;
    struct jql_employer **emps = ff ? jql_facts_load(p, ff, &fo, &n) : NULL;
    cli_file_diags(&d, emps, n, &run->rep);
    for (int i = 0; i < n; i++) {
        jql_diags_render(C->err, &emps[i]->diags, C->err_color);
        emps[i]->diags = cli_employer_diags(&d, emps[i]);
        struct jql_remployer r = {0};
        jql_eval_run(run->ev, emps[i], &r);
        int line, col;
        jql_source_linecol(src, emps[i]->loc.start, &line, &col);
        r.name = emps[i]->name;
        r.file = src->name;
        r.line = line;
        JQL_APPEND(run->rep.emps, run->rep.nemps, r);
    }
}

static int cli_exit_status(const struct cli_check *o, const struct cli_run *run)
{
    if (run->had_error || run->rep.counts[0][JQL_ERROR] || run->rep.counts[2][JQL_ERROR])
        return JQL_EXIT_ERROR;
    if (run->rep.counts[0][JQL_FAIL] || (o->fail_on_untested && run->rep.counts[0][JQL_UNTESTED]))
        return JQL_EXIT_FAIL;
    return JQL_EXIT_OK;
}

static int cli_write_report(struct cli *C, struct cli_check *o, struct cli_run *run)
{
    if (o->quiet && !o->output) /* -q silences stdout, not an explicit --output */
        return 0;
    FILE *f = C->out;
    if (o->output && !(f = fopen(o->output, "w"))) {
        fprintf(C->err, "jqlc: error: cannot write '%s': %s\n", o->output, strerror(errno));
        return -1;
    }
    /* --color always colours a report file too; auto never does (a file is no terminal) */
    struct jql_report_opts ro = {.color = o->format == CLI_TEXT &&
                                          (o->output ? o->color == CLI_COLOR_ALWAYS
                                                     : cli_color_on(o->color, C->out)),
                                 .summary_only = o->summary};
    if (o->format == CLI_JSON)
        jql_report_json(f, &run->rep, &ro);
    else
        jql_report_text(f, &run->rep, &ro);
    if (f != C->out && fclose(f) != 0) {
        fprintf(C->err, "jqlc: error: cannot write '%s'\n", o->output);
        return -1;
    }
    return 0;
}

static int cli_check(struct cli *C, int argc, char **argv)
{
    struct cli_check o = {0};
    int rc = cli_parse_check(C, &o, argc, argv);
    if (rc >= 0)
        return rc;
    C->err_color = cli_color_on(o.color, C->err);
    int32_t as_of = cli_today();
    if (o.as_of && !cli_parse_date(o.as_of, &as_of))
        return cli_usage_error(C, "check", "--as-of needs a date like 2026-03-01, got '%s'", o.as_of);
    struct jql_program *p = cli_load_program(C, &o);
    if (!p)
        return JQL_EXIT_ERROR;
    struct cli_run run = {.rep = {.version = JQL_VERSION, .as_of = cli_date_str(as_of)},
                          .ev = jql_eval_new(p, as_of)};
    for (int i = 0; i < o.nfacts; i++)
        cli_check_file(C, &o, p, o.facts[i], &run);
    jql_report_count(&run.rep);
    if (cli_write_report(C, &o, &run) < 0)
        return JQL_EXIT_ERROR;
    return cli_exit_status(&o, &run);
}

static int cli_planned(struct cli *C, const char *cmd)
{
    fprintf(C->err, "jqlc: error: '%s' is planned but not implemented in this version\n", cmd);
    return JQL_EXIT_ERROR;
}

static int cli_help(struct cli *C, const char *cmd)
{
    if (!cmd) {
        fputs(cli_usage, C->out);
        return JQL_EXIT_OK;
    }
    if (strcmp(cmd, "check") == 0) {
        fputs(cli_check_usage, C->out);
        return JQL_EXIT_OK;
    }
    static const char *const planned[] = {"test", "fmt", "lint", "template", "explain", "diff"};
    for (size_t i = 0; i < sizeof planned / sizeof *planned; i++)
        if (strcmp(cmd, planned[i]) == 0) {
            fprintf(C->out, "jqlc %s: planned, not implemented in this version (see docs/cli.md)\n", cmd);
            return JQL_EXIT_OK;
        }
    return cli_usage_error(C, NULL, "unknown command '%s'", cmd);
}

int jql_cli_main(int argc, char **argv, FILE *out, FILE *err)
{
    struct cli C = {.out = out, .err = err};
    if (argc < 2)
        return fputs(cli_usage, err), JQL_EXIT_ERROR;
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        fprintf(out, "jqlc %s\n", JQL_VERSION);
        return JQL_EXIT_OK;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0)
        return cli_help(&C, NULL);
    if (strcmp(cmd, "help") == 0)
        return cli_help(&C, argc > 2 ? argv[2] : NULL);
    if (strcmp(cmd, "check") == 0)
        return cli_check(&C, argc - 2, argv + 2);
    static const char *const planned[] = {"test", "fmt", "lint", "template", "explain", "diff"};
    for (size_t i = 0; i < sizeof planned / sizeof *planned; i++)
        if (strcmp(cmd, planned[i]) == 0) {
            if (argc > 2 && (strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0))
                return cli_help(&C, cmd);
            return cli_planned(&C, cmd);
        }
    return cli_usage_error(&C, NULL, "unknown command '%s'", cmd);
}
