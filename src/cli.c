/*
** cli: option parsing and the `check` and `test` commands. Rule files that
** fail to load stop the run before any output (exit 2); a bad fact file or
** employer is reported while every other employer is still evaluated, and a
** test whose given does not load fails while the other tests still run.
*/
#include "cli_int.h"

#include "check.h"
#include "eval.h"
#include "facts.h"
#include "factb.h"
#include "driver.h"
#include "limit.h"
#include "load.h"
#include "mem.h"
#include "output.h"
#include "parse.h"
#include "path.h"
#include "report.h"
#include "template.h"
#include "term.h"
#include "testrun.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifndef JQL_VERSION
#define JQL_VERSION "0.0.0"
#endif

static const char cli_usage[] =
    "usage: jqlc COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "commands:\n"
    "  check     evaluate employers' facts against the standards\n"
    "  test      run the tests in rule files\n"
    "  template  print a blank fact file for the vocabulary\n"
    "  explain   show how a rule evaluated for an employer, as a tree\n"
    "  diff      what a change to the rules changes, for employers or in the rules\n"
    "  lint      warn of what loads but is likely a mistake in rule files\n"
    "  fmt       print rule and fact files in the one canonical layout\n"
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
    "      --max-steps N       evaluation steps allowed per employer (default\n"
    "                          100000000); past them its rules are error\n"
    "      --fail-on untested  exit 1 also when an employer is untested\n"
    "      --fail-on goals     exit 1 also when a goal is not met or undecided\n"
    "      --weight FACT       also weight every share of the portfolio by FACT, a\n"
    "                          count or number fact (repeatable)\n"
    "      --group-by FACT     repeat the portfolio for each value of FACT (at most\n"
    "                          twice: the groups nest)\n"
    "      --strict            warnings (undeclared facts, duplicate employers) are\n"
    "                          errors, and make that employer error\n"
    "      --input FORMAT      read every FACTS file as facts, json, jsonl or csv\n"
    "                          (default: by its extension; '-' is standard input)\n"
    "      --name-key KEY      the JSON key or CSV column naming each employer\n"
    "                          (default employer)\n"
    "  -j, --jobs N            evaluate N employers at once (default: one per\n"
    "                          processor); the report is the same for every N\n"
    "      --format FORMAT     text (default), json, jsonl, csv, tap, junit, sarif,\n"
    "                          markdown or html\n"
    "      --output FILE       write the report to FILE instead of stdout\n"
    "      --summary           print only the counts (markdown, html: only the\n"
    "                          portfolio, goals and stamp)\n"
    "      --min-cell N        markdown, html: show no share of a group of fewer\n"
    "                          than N employers, only its counts (default 3)\n"
    "      --color WHEN        auto (default), always or never; NO_COLOR disables\n"
    "  -q, --quiet             print nothing on stdout\n"
    "  -h, --help              show this help\n"
    "\n"
    "environment: JQL_PATH (colon-separated import folders), JQL_STDLIB (a folder\n"
    "that replaces the built-in standard library), NO_COLOR, TMPDIR (where markdown\n"
    "and html keep the employers until the end)\n"
    "exit status: 0 no employer fails, 1 some employer fails (or is untested with\n"
    "--fail-on untested, or a goal is not met or undecided with --fail-on goals),\n"
    "2 an error in usage, rules (rules that declare no standard included), facts,\n"
    "evaluation or output\n";

static const char cli_test_usage[] =
    "usage: jqlc test [OPTIONS] [RULES...]\n"
    "\n"
    "Run the test blocks of the RULES files and of the *.jq files under the RULES\n"
    "folders, subfolders included (std/... paths name the built-in library);\n"
    "default ./standards. Tests of files that are only imported (the library's,\n"
    "under a local standard) are skipped unless --all. Each failing expectation\n"
    "is printed with the status reached and the rule's reason; the last line is\n"
    "'N passed, N failed', then ', N skipped' when tests were skipped.\n"
    "\n"
    "      --all               also run the tests of the files the RULES import\n"
    "      --filter TEXT       run only the tests whose name contains TEXT\n"
    "      --coverage          list the rules no test drove to both pass and fail:\n"
    "                          the rules of the files whose tests ran and the rules\n"
    "                          their expects name (with --all, every rule)\n"
    "  -I, --include DIR       also search DIR for imports (repeatable); see JQL_PATH\n"
    "      --as-of DATE        evaluate as of DATE (YYYY-MM-DD); default today\n"
    "      --param NAME=VALUE  override a param with a literal of its type\n"
    "      --max-steps N       evaluation steps allowed per test (default 100000000)\n"
    "      --color WHEN        auto (default), always or never; NO_COLOR disables\n"
    "  -v, --verbose           also print 'ok \"NAME\"' for each passing test\n"
    "  -q, --quiet             print nothing on stdout\n"
    "  -h, --help              show this help\n"
    "\n"
    "environment: JQL_PATH, JQL_STDLIB, NO_COLOR (as for check)\n"
    "exit status: 0 every test passes, 1 some test fails, 2 an error in usage or\n"
    "in the rule files (then no test runs), or an output that could not be written\n";

static const char cli_template_usage[] =
    "usage: jqlc template [-r RULES]... [OPTIONS] [RULES...]\n"
    "\n"
    "Print a blank fact file for the vocabulary of the rules: every declared fact,\n"
    "grouped, with its description, type and an example, set to `unknown`, ready\n"
    "for an employer to fill in. The file loads as it is (every rule untested).\n"
    "\n"
    "  -r, --rules PATH        rule file or folder (repeatable; also positional);\n"
    "                          default ./standards if it exists, else std/default\n"
    "  -I, --include DIR       also search DIR for imports (repeatable); see JQL_PATH\n"
    "      --output FILE       write the template to FILE instead of stdout\n"
    "      --color WHEN        auto (default), always or never; NO_COLOR disables\n"
    "  -h, --help              show this help\n"
    "\n"
    "environment: JQL_PATH, JQL_STDLIB, NO_COLOR (as for check)\n"
    "exit status: 0 written, 2 an error in usage or in the rule files (rules that\n"
    "declare no standard included), or an output that could not be written\n";

/* A usage error (exit 2): "jqlc: error: MSG" and where to find help. The names in msg
   are escaped for the terminal already (docs/cli.md, Security). */
int cli_usage_msg(struct cli *C, const char *msg)
{
    fprintf(C->err, "jqlc: error: %s\ntry 'jqlc %s--help'\n", msg,
            C->cmd ? jql_sprintf("%s ", C->cmd) : "");
    return JQL_EXIT_ERROR;
}

/* A usage error about one argument as the user typed it: escaped, as it may hold
   anything. */
int cli_usage_error(struct cli *C, const char *fmt, const char *arg)
{
    return cli_usage_msg(C, jql_sprintf(fmt, jql_term_str(arg, JQL_TERM_LINE)));
}

bool cli_is(const char *a, const char *lng, const char *shrt)
{
    return strcmp(a, lng) == 0 || (shrt && strcmp(a, shrt) == 0);
}

/* "--opt=value", "--opt value", "-o value": the value, advancing *i; NULL when absent. */
const char *cli_optarg(int argc, char **argv, int *i, const char *lng, const char *shrt,
                       bool *matched)
{
    const char *a = argv[*i];
    size_t n = strlen(lng);
    *matched = false;
    if (strncmp(a, lng, n) == 0 && a[n] == '=') {
        *matched = true;
        return a + n + 1;
    }
    if (cli_is(a, lng, shrt)) {
        *matched = true;
        return *i + 1 < argc ? argv[++*i] : NULL;
    }
    return NULL;
}

/* Which of `opts` argv[*i] is (its index, or -1), with its value in *v (NULL when the
   value is missing: the caller reports that as a usage error). */
int cli_match_opt(const struct cli_opt *opts, int nopts, int argc, char **argv, int *i,
                  const char **v)
{
    for (int k = 0; k < nopts; k++) {
        bool m;
        *v = cli_optarg(argc, argv, i, opts[k].lng, opts[k].shrt, &m);
        if (m)
            return k;
    }
    return -1;
}


int cli_parse_color(struct cli *C, struct cli_common *co, const char *v)
{
    if (strcmp(v, "auto") == 0) co->color = CLI_COLOR_AUTO;
    else if (strcmp(v, "always") == 0) co->color = CLI_COLOR_ALWAYS;
    else if (strcmp(v, "never") == 0) co->color = CLI_COLOR_NEVER;
    else return cli_usage_error(C, "unknown --color '%s' (expected auto, always or never)", v);
    return -1;
}

/* --max-steps N: a whole number from 1 to 2^63 - 1, digits only. */
static int cli_parse_max_steps(struct cli *C, struct cli_common *co, const char *v)
{
    int64_t n = 0;
    const char *s = v;
    for (; *s >= '0' && *s <= '9' && n <= (INT64_MAX - (*s - '0')) / 10; s++)
        n = n * 10 + (*s - '0');
    if (*s || s == v || n < 1)
        return cli_usage_error(
            C, "--max-steps needs a whole number from 1 to 9223372036854775807, got '%s'", v);
    co->max_steps = n;
    return -1;
}

/* The options every evaluating command takes. Returns -1 to go on (*handled tells
   whether argv[*i] was one of them), or an exit status. */
int cli_parse_common(struct cli *C, struct cli_common *co, int argc, char **argv, int *i,
                     bool *handled)
{
    static const struct cli_opt opts[] = {{"--include", "-I"}, {"--param", NULL},
                                          {"--as-of", NULL},   {"--color", NULL},
                                          {"--max-steps", NULL}};
    *handled = true;
    if (cli_is(argv[*i], "--quiet", "-q")) {
        co->quiet = true;
        return -1;
    }
    const char *v;
    int k = cli_match_opt(opts, JQL_COUNT(opts), argc, argv, i, &v);
    if (k < 0) {
        *handled = false;
        return -1;
    }
    if (!v)
        return cli_usage_error(C, "option '%s' needs a value", opts[k].lng);
    switch (k) {
    case 0: JQL_APPEND(co->includes, co->nincludes, v); break;
    case 1: JQL_APPEND(co->params, co->nparams, v); break;
    case 2: co->as_of = v; break;
    case 3: return cli_parse_color(C, co, v);
    default: return cli_parse_max_steps(C, co, v);
    }
    return -1;
}

/* One option of a command with its own value-taking `opts`: the common options first,
   else one of `opts` (its index in *k, its value in *v). Returns -1 to go on (*k < 0: a
   common option, already applied), or an exit status (an unknown option, a missing
   value, a common option's bad value). */
int cli_parse_opt(struct cli *C, struct cli_common *co, const struct cli_opt *opts, int nopts,
                  int argc, char **argv, int *i, const char **v, int *k)
{
    bool handled = false;
    int rc = cli_parse_common(C, co, argc, argv, i, &handled);
    *k = -1;
    if (rc >= 0 || handled)
        return rc;
    const char *a = argv[*i];
    *k = cli_match_opt(opts, nopts, argc, argv, i, v);
    if (*k < 0)
        return cli_usage_error(C, "unknown option '%s'", a);
    if (!*v)
        return cli_usage_error(C, "option '%s' needs a value", opts[*k].lng);
    return -1;
}

int cli_parse_format(struct cli *C, struct cli_check *o, const char *v)
{
    int f = jql_format_named(v);
    if (f < 0)
        return cli_usage_error(C, "unknown format '%s' (expected text, json, jsonl, csv, tap, "
                               "junit, sarif, markdown or html)", v);
    o->format = (enum jql_format)f;
    return -1;
}

/* --min-cell N: the smallest group whose shares the public formats show, 1 to
   2^31 - 1 (docs/cli.md, "Markdown and HTML reports"). */
static int cli_parse_min_cell(struct cli *C, struct cli_check *o, const char *v)
{
    int64_t n = 0;
    const char *s = v;
    for (; *s >= '0' && *s <= '9' && n <= INT32_MAX; s++)
        n = n * 10 + (*s - '0');
    if (*s || s == v || n < 1 || n > INT32_MAX)
        return cli_usage_error(C, "--min-cell needs a whole number from 1 to 2147483647, "
                               "got '%s'", v);
    o->min_cell = (int)n;
    return -1;
}

/* The reader of fact file `path` (docs/cli.md, "Fact files"), or -1 when its extension
   names none. */
int cli_reader_of(const struct cli_check *o, const char *path)
{
    if (o->input)
        return jql_input_kind_named(o->input);
    return strcmp(path, "-") == 0 ? JQL_IN_FACTS : jql_input_kind_of(path);
}

/* -j N: threads evaluating employers, 1 to JQL_LIMIT_JOBS (docs/cli.md, "check"). */
int cli_parse_jobs(struct cli *C, struct cli_check *o, const char *v)
{
    int n = 0;
    const char *s = v;
    for (; *s >= '0' && *s <= '9' && n <= JQL_LIMIT_JOBS; s++)
        n = n * 10 + (*s - '0');
    if (*s || s == v || n < 1 || n > JQL_LIMIT_JOBS)
        return cli_usage_error(C, "--jobs needs a whole number from 1 to 256, got '%s'", v);
    o->jobs = n;
    return -1;
}

int cli_parse_value_opt(struct cli *C, struct cli_check *o, int argc, char **argv, int *i,
                        bool *handled)
{
    static const struct cli_opt opts[] = {{"--rules", "-r"}, {"--output", NULL}, {"--format", NULL},
                                          {"--fail-on", NULL}, {"--name-key", NULL},
                                          {"--input", NULL}, {"--jobs", "-j"},
                                          {"--group-by", NULL}, {"--weight", NULL},
                                          {"--min-cell", NULL}};
    const char *v;
    int k = cli_match_opt(opts, JQL_COUNT(opts), argc, argv, i, &v);
    *handled = k >= 0;
    if (k < 0)
        return -1;
    if (!v)
        return cli_usage_error(C, "option '%s' needs a value", opts[k].lng);
    switch (k) {
    case 0: JQL_APPEND(o->c.rules, o->c.nrules, v); break;
    case 1: o->output = v; break;
    case 2: return cli_parse_format(C, o, v);
    case 3:
        if (strcmp(v, "untested") == 0)
            o->fail_on_untested = true;
        else if (strcmp(v, "goals") == 0)
            o->fail_on_goals = true;
        else
            return cli_usage_error(C, "unknown --fail-on '%s' (expected untested or goals)", v);
        break;
    case 4: o->name_key = v; break;
    case 5:
        if (jql_input_kind_named(v) < 0)
            return cli_usage_error(C, "unknown --input '%s' (expected facts, json, jsonl or csv)",
                                   v);
        o->input = v;
        break;
    case 6: return cli_parse_jobs(C, o, v);
    case 7:
        if (o->ngroup_by == 2)
            return cli_usage_error(C, "--group-by is given at most twice (groups nest two "
                                      "deep), not for '%s' too", v);
        JQL_APPEND(o->group_by, o->ngroup_by, v);
        break;
    case 8: JQL_APPEND(o->weights, o->nweights, v); break;
    default: return cli_parse_min_cell(C, o, v);
    }
    return -1;
}

/* Returns -1 to go on, or an exit status. */
static bool cli_readable(const char *path)
{
    enum jql_path_kind k = jql_path_kind(path, NULL);
    return k == JQL_PATH_FILE || k == JQL_PATH_OTHER;
}

int cli_parse_check(struct cli *C, struct cli_check *o, int argc, char **argv)
{
    bool only_files = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            JQL_APPEND(o->facts, o->nfacts, a);
            continue;
        }
        if (strcmp(a, "--") == 0) { only_files = true; continue; }
        if (cli_is(a, "--help", "-h")) {
            fputs(cli_check_usage, C->out);
            return JQL_EXIT_OK;
        }
        if (strcmp(a, "--strict") == 0) { o->strict = true; continue; }
        if (strcmp(a, "--summary") == 0) { o->summary = true; continue; }
        bool handled = false;
        int rc = cli_parse_common(C, &o->c, argc, argv, &i, &handled);
        if (rc < 0 && !handled)
            rc = cli_parse_value_opt(C, o, argc, argv, &i, &handled);
        if (rc >= 0)
            return rc;
        if (!handled)
            return cli_usage_error(C, "unknown option '%s'", a);
    }
    if (o->nfacts == 0)
        return cli_usage_error(C, "%sno fact files given", "");
    /* A name that cannot be read is reported as such when its turn comes (the other
       files are still read); the extension matters only for what can be. */
    for (int i = 0; i < o->nfacts; i++)
        if (cli_reader_of(o, o->facts[i]) < 0 && cli_readable(o->facts[i]))
            return cli_usage_error(C, "cannot tell how to read '%s': a fact file ends in .facts, "
                                   ".json, .jsonl or .ndjson, or .csv (or give --input)",
                                   o->facts[i]);
    return -1;
}

bool cli_color_on(enum cli_color c, FILE *f)
{
    if (c == CLI_COLOR_ALWAYS)
        return true;
    if (c == CLI_COLOR_NEVER)
        return false;
    const char *nc = getenv("NO_COLOR");
    return !(nc && *nc) && isatty(fileno(f));
}

bool cli_parse_date(const char *s, int32_t *out)
{
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || s[4] != '-' ||
        s[7] != '-')
        return false;
    return jql_date_from_ymd(y, m, d, out);
}

int32_t cli_today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    int32_t days = 0;
    jql_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &days);
    return days;
}

const char *cli_date_str(int32_t days)
{
    int y, m, d;
    jql_date_to_ymd(days, &y, &m, &d);
    return jql_sprintf("%04d-%02d-%02d", y, m, d);
}

/* --param NAME=LITERAL: the literal must have the param's type; a percent needs its '%'
   (docs/language.md §4, "Parameters"). */
bool cli_apply_param(struct cli *C, struct jql_program *p, const char *arg,
                     struct jql_diags *d)
{
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg || !eq[1]) {
        cli_usage_error(C, "--param needs NAME=VALUE, got '%s'", arg);
        return false;
    }
    char *name = jql_strndup(arg, (size_t)(eq - arg));
    int slot = jql_program_param(p, name);
    if (slot < 0) {
        cli_usage_error(C, "--param names no declared param: '%s'", name);
        return false;
    }
    struct jql_source *src =
        jql_source_new(jql_sprintf("--param %s", name), "", eq + 1, strlen(eq + 1));
    struct jql_value v;
    if (!jql_parse_literal(src, d, &v))
        return false;
    const char *why, *hint;
    if (jql_program_param_set(p, slot, v, &why, &hint))
        return true;
    fprintf(C->err, "jqlc: error: --param %s: %s, got '%s'\n", jql_term_str(name, JQL_TERM_LINE),
            why, jql_term_str(eq + 1, JQL_TERM_LINE));
    if (hint)
        fprintf(C->err, "note: did you mean %s?\n", jql_term_str(hint, JQL_TERM_LINE));
    return false;
}

static bool cli_have_standards_dir(void)
{
    return jql_path_is_dir("standards");
}

/* $JQL_STDLIB when set and not empty. */
static const char *cli_stdlib_dir(void)
{
    const char *dir = getenv("JQL_STDLIB");
    return dir && *dir ? dir : NULL;
}

/* Load, check and apply --param, recording in *l what was loaded. NULL when the rules
   are unusable. */
struct jql_program *cli_load_program(struct cli *C, const struct cli_common *o,
                                     struct cli_loaded *l)
{
    struct jql_diags d = {0};
    struct jql_load_opts lo = {.includes = o->includes, .nincludes = o->nincludes,
                               .jql_path = getenv("JQL_PATH"), .stdlib_dir = cli_stdlib_dir(),
                               .recursive = o->recursive};
    l->files = jql_load_rules_named(o->rules, o->nrules, &lo, &d, &l->nfiles, &l->named);
    struct jql_program *p = d.nerrors ? NULL : jql_check(l->files, l->nfiles, &d);
    bool ok = p != NULL;
    for (int i = 0; ok && i < o->nparams; i++)
        ok = cli_apply_param(C, p, o->params[i], &d);
    jql_diags_sort(&d);
    jql_diags_render(C->err, &d, C->err_color);
    return ok && d.nerrors == 0 ? p : NULL;
}

/* "a, b, c, …": at most `max` of the names. */
static const char *cli_some(const char **names, int n, int max)
{
    const char *some = jql_join(names, n < max ? n : max, ", ");
    return n > max ? jql_sprintf("%s, …", some) : some;
}

/* Why a rules folder declared nothing: it holds no *.jq file (rule files of a folder are
   its *.jq files, not those of its subfolders). */
static void cli_note_folder(struct jql_diag *dg, const char *shown, const char *dir)
{
    if (jql_path_ends_with(dir, ".jq") || jql_path_is_file(jql_sprintf("%s.jq", dir)) ||
        !jql_path_is_dir(dir))
        return; /* loaded as a file (an import tries x.jq before x/), not as this folder */
    int n;
    const char **names = jql_path_list(dir, true, &n);
    for (int i = 0; i < n; i++)
        if (jql_path_ends_with(names[i], ".jq"))
            return;
    if (n == 0)
        jql_diag_note(dg, (struct jql_loc){0}, "'%s' is an empty folder", shown);
    else
        jql_diag_note(dg, (struct jql_loc){0},
                      "'%s' holds no *.jq file, only %s; a folder loads its *.jq files, "
                      "not its subfolders", shown, cli_some(names, n, 3));
}

/* Rules that declare no standard would make every employer not_applicable and exit 0
   (an empty or mistyped ./standards, a vocabulary alone): an error instead, with what
   was loaded, so the reason is plain. `shown` names the rules as the user knows them. */
static void cli_no_standards(struct cli *C, const struct cli_common *c, const char *const *shown,
                             const struct cli_loaded *l)
{
    struct jql_diags d = {0};
    struct jql_buf b = {0};
    for (int i = 0; i < c->nrules; i++)
        jql_buf_printf(&b, "%s'%s'", i ? ", " : "", shown[i]);
    struct jql_diag *dg = jql_diag_error(&d, (struct jql_loc){0}, "no standards in %s",
                                         jql_buf_str(&b));
    const char *stdlib = cli_stdlib_dir();
    for (int i = 0; i < c->nrules; i++) {
        const char *disk = c->rules[i];
        if (stdlib && strncmp(disk, "std/", 4) == 0) {
            disk = jql_sprintf("%s/%s", stdlib, disk + 4);
            jql_diag_note(dg, (struct jql_loc){0}, "JQL_STDLIB is set: '%s' is read from '%s'",
                          c->rules[i], disk);
        }
        cli_note_folder(dg, disk == c->rules[i] ? shown[i] : disk, disk);
    }
    const char **names = NULL;
    int n = 0;
    for (int i = 0; i < l->nfiles; i++)
        JQL_APPEND(names, n, l->files[i]->src->name);
    if (n == 1)
        jql_diag_note(dg, (struct jql_loc){0}, "the file loaded, %s, declares no standard",
                      names[0]);
    else if (n > 1)
        jql_diag_note(dg, (struct jql_loc){0},
                      "none of the %d files loaded declares a standard: %s", n,
                      cli_some(names, n, 3));
    jql_diags_render(C->err, &d, C->err_color);
}

/* The rules given, or the default: ./standards when it is a folder, else std/default.
   For check and template, which report on standards: rules with none are an error. */
struct jql_program *cli_load_or_default(struct cli *C, struct cli_common *c)
{
    bool local = c->nrules == 0 && cli_have_standards_dir();
    if (c->nrules == 0)
        JQL_APPEND(c->rules, c->nrules, local ? "standards" : "std/default");
    struct cli_loaded l;
    struct jql_program *p = cli_load_program(C, c, &l);
    if (!p || p->nstandards > 0)
        return p;
    const char *dot_standards = "./standards"; /* the default, as users know it */
    cli_no_standards(C, c, local ? &dot_standards : c->rules, &l);
    return NULL;
}

/* After option parsing: colour for diagnostics and the evaluation date.
   Returns -1 to go on, or an exit status. */
int cli_prepare(struct cli *C, const struct cli_common *o, int32_t *as_of)
{
    C->err_color = cli_color_on(o->color, C->err);
    *as_of = cli_today();
    if (o->as_of && !cli_parse_date(o->as_of, as_of))
        return cli_usage_error(C, "--as-of needs a date like 2026-03-01, got '%s'", o->as_of);
    return -1;
}

/* The stamp's rule files and changed params (docs/cli.md, "The stamp"). */
void cli_stamp_rules(struct jql_report *rep, const struct jql_program *p)
{
    for (int i = 0; i < p->nsources; i++)
        jql_report_add_file(rep, p->sources[i], "rules");
    for (int i = 0; i < p->nparams; i++)
        if (jql_program_param_changed(p, i)) {
            struct jql_rparam rp = {p->params[i].name, jql_value_format(p->params[i].value)};
            JQL_APPEND(rep->params, rep->nparams, rp);
        }
}

int cli_exit_status(const struct cli_check *o, const struct jql_report *rep,
                    bool had_error)
{
    if (had_error || rep->counts[0][JQL_ERROR] || rep->counts[2][JQL_ERROR])
        return JQL_EXIT_ERROR;
    if (rep->counts[0][JQL_FAIL] || (o->fail_on_untested && rep->counts[0][JQL_UNTESTED]))
        return JQL_EXIT_FAIL;
    for (int i = 0; o->fail_on_goals && i < rep->ngoals; i++)
        if (rep->goals[i].status != JQL_GOAL_MET)
            return JQL_EXIT_FAIL;
    return JQL_EXIT_OK;
}

/* The output (--output FILE, or stdout when path is NULL), prepared before anything
   is read; false (reported) when it cannot be written at all (a folder). */
bool cli_out_init(struct cli *C, struct jql_out *out, const char *path)
{
    struct jql_diags d = {0};
    bool ok = jql_out_init(out, path, C->out, &d);
    jql_diags_render(C->err, &d, C->err_color);
    return ok;
}

/* --output naming a file the run reads would destroy it (docs/cli.md, Security): a
   usage error, found before anything is written. `input` is the file on disk, `shown`
   its name as the user knows it. Returns -1 to go on, or an exit status. */
int cli_out_clash(struct cli *C, const struct jql_out *out, const char *input,
                  const char *shown, const char *kind)
{
    if (!jql_out_is_input(out, input))
        return -1;
    return cli_usage_msg(C, jql_sprintf("--output '%s' would overwrite the %s '%s', which "
                                        "this run reads",
                                        jql_term_str(out->path, JQL_TERM_LINE), kind,
                                        jql_term_str(shown, JQL_TERM_LINE)));
}

/* Before reading anything: the fact files and the rule paths named. */
int cli_out_clash_args(struct cli *C, const struct jql_out *out, const char *const *facts,
                       int nfacts, const struct cli_common *c)
{
    int rc = -1;
    for (int i = 0; rc < 0 && i < nfacts; i++)
        rc = cli_out_clash(C, out, facts[i], facts[i], "fact file");
    for (int i = 0; rc < 0 && i < c->nrules; i++)
        rc = cli_out_clash(C, out, c->rules[i], c->rules[i], "rule file");
    return rc;
}

/* Once the rules are loaded: every rule file, imports included (the built-in library
   files are in the binary, not on disk). */
int cli_out_clash_rules(struct cli *C, const struct jql_out *out,
                        const struct jql_program *p)
{
    int rc = -1;
    for (int i = 0; rc < 0 && i < p->nsources; i++) {
        const struct jql_source *src = p->sources[i];
        bool builtin = src->path[0] != '/' && strncmp(src->path, "std/", 4) == 0;
        if (!builtin)
            rc = cli_out_clash(C, out, src->path[0] == '/' ? src->path : src->name, src->name,
                               "rule file");
    }
    return rc;
}

/* Write the result through `out` (docs/cli.md, Security): a file is replaced only when
   every write succeeded. 0, or -1 when it was not written (reported). */
int cli_write(struct cli *C, struct jql_out *out,
              void (*writer)(FILE *f, const void *arg), const void *arg)
{
    struct jql_diags d = {0};
    bool ok = jql_out_open(out, &d);
    if (ok) {
        writer(out->f, arg);
        ok = jql_out_close(out, &d);
    }
    jql_diags_render(C->err, &d, C->err_color);
    return ok ? 0 : -1;
}

/* The threads of a run: -j, else one per processor online (at most JQL_LIMIT_JOBS). */
int cli_jobs(const struct cli_check *o)
{
    if (o->jobs)
        return o->jobs;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > JQL_LIMIT_JOBS ? JQL_LIMIT_JOBS : (int)n;
}

/* A fact named by --weight or --group-by: a scalar fact of a kind `ok` accepts, or a
   usage error (exit 2) saying what it is, with "did you mean". */
int cli_fact_opt(struct cli *C, const struct jql_program *p, const char *opt,
                 const char *name, bool (*ok)(struct jql_type), const char *want,
                 int *out)
{
    int f = jql_program_fact(p, name);
    const char *shown = jql_term_str(name, JQL_TERM_LINE);
    if (f < 0) {
        const char *near = jql_program_suggest_fact(p, name);
        return cli_usage_msg(C, jql_sprintf("%s '%s': no such fact is declared%s", opt, shown,
                                            near ? jql_sprintf(" (did you mean '%s'?)", near)
                                                 : ""));
    }
    const struct jql_fact_info *fi = &p->facts[f];
    if (fi->kind != JQL_FACT_SCALAR)
        return cli_usage_msg(C, jql_sprintf("%s '%s': the fact has a value per element of a "
                                            "collection, not one per employer", opt, shown));
    if (!ok(fi->type))
        return cli_usage_msg(C, jql_sprintf("%s '%s': the fact's type is %s; %s needs %s", opt,
                                            shown, jql_type_name(fi->type), opt, want));
    *out = f;
    return -1;
}

static bool cli_weight_type(struct jql_type t)
{
    return t.kind == JQL_T_NUMBER && t.sub != JQL_NUM_PERCENT;
}

static bool cli_group_type(struct jql_type t)
{
    return t.kind == JQL_T_TEXT || t.kind == JQL_T_BOOL ||
           (t.kind == JQL_T_NUMBER && t.sub == JQL_NUM_COUNT);
}

/* The portfolio's options (docs/cli.md, "The portfolio summary"). Returns -1 to go on,
   or an exit status. */
int cli_port_opts(struct cli *C, const struct cli_check *o, const struct jql_program *p,
                  struct jql_port_opts *po)
{
    int *w = jql_alloc_atomic((size_t)(o->nweights + 1) * sizeof *w);
    int *g = jql_alloc_atomic((size_t)(o->ngroup_by + 1) * sizeof *g);
    int rc = -1;
    for (int i = 0; rc < 0 && i < o->nweights; i++)
        rc = cli_fact_opt(C, p, "--weight", o->weights[i], cli_weight_type,
                          "a count or a number", &w[i]);
    for (int i = 0; rc < 0 && i < o->ngroup_by; i++)
        rc = cli_fact_opt(C, p, "--group-by", o->group_by[i], cli_group_type,
                          "a text, an enumeration, a bool or a count", &g[i]);
    *po = (struct jql_port_opts){.p = p, .weights = w, .nweights = o->nweights,
                                 .group_by = g, .ngroup_by = o->ngroup_by};
    return rc;
}

/* The report could not be written whole (markdown and html spool their employers to a
   temporary file): said, and the output file left as it was. */
static bool cli_sink_failed(struct cli *C, struct jql_sink *sink, struct jql_out *out)
{
    if (!sink->problems.n)
        return false;
    jql_diags_render(C->err, &sink->problems, C->err_color);
    if (sink->out)
        jql_out_discard(out);
    return true;
}

/* The run: every fact file through the driver into the report's sink, which writes each
   employer as it is evaluated (docs/cli.md, "check"). */
int cli_run(struct cli *C, struct cli_check *o, const struct jql_program *p,
            int32_t as_of, struct jql_out *out)
{
    struct jql_port_opts po;
    int rc = cli_port_opts(C, o, p, &po);
    if (rc >= 0)
        return rc;
    struct jql_port *port = jql_port_new(&po);
    struct jql_report rep = {.version = JQL_VERSION, .as_of = cli_date_str(as_of)};
    /* the reports an auditor re-runs carry the stamp (docs/cli.md, "The stamp") */
    bool stamp = o->format == JQL_FMT_JSON || o->format == JQL_FMT_JSONL ||
                 o->format == JQL_FMT_MARKDOWN || o->format == JQL_FMT_HTML;
    if (stamp)
        cli_stamp_rules(&rep, p);
    struct jql_drv_opts dopts = {.p = p, .as_of = as_of, .strict = o->strict,
                                 .name_key = o->name_key, .err = C->err,
                                 .err_color = C->err_color, .max_steps = o->c.max_steps,
                                 .stamp = stamp, .jobs = cli_jobs(o),
                                 .port = port,
                                 .input = o->input ? jql_input_kind_named(o->input) : -1};
    struct jql_sink sink;
    struct jql_drv *drv = jql_drv_new(&dopts, &rep, &sink);
    rep.rules = jql_drv_rules(drv, &rep.nrules);
    bool quiet = o->c.quiet && !o->output; /* -q silences stdout, not an explicit --output */
    struct jql_diags d = {0};
    if (!quiet && !jql_out_open(out, &d)) {
        jql_diags_render(C->err, &d, C->err_color);
        return JQL_EXIT_ERROR;
    }
    /* --color always colours a report file too; auto never does (a file is no terminal) */
    struct jql_report_opts ro = {
        .color = o->format == JQL_FMT_TEXT && (o->output ? o->c.color == CLI_COLOR_ALWAYS
                                                    : cli_color_on(o->c.color, C->out)),
        .summary_only = o->summary, .min_cell = o->min_cell};
    jql_sink_init(&sink, o->format, quiet ? NULL : out->f, &ro, &rep);
    jql_sink_begin(&sink);
    if (cli_sink_failed(C, &sink, out))
        return JQL_EXIT_ERROR;
    for (int i = 0; i < o->nfacts; i++)
        jql_drv_file(drv, o->facts[i]);
    jql_drv_end(drv);
    rep.port = jql_port_result(port);
    rep.goals = jql_port_goals(port, &rep.ngoals);
    bool overflow = jql_port_overflowed(port);
    if (overflow)
        fputs("jqlc: error: a weighted sum is too large (over 10^18); its shares are not "
              "exact\n", C->err);
    jql_sink_end(&sink);
    if (cli_sink_failed(C, &sink, out))
        return JQL_EXIT_ERROR;
    if (!quiet && !jql_out_close(out, &d)) {
        jql_diags_render(C->err, &d, C->err_color);
        return JQL_EXIT_ERROR;
    }
    return cli_exit_status(o, &rep, jql_drv_had_error(drv) || overflow);
}

static int cli_check(struct cli *C, int argc, char **argv)
{
    struct cli_check o = {0};
    int32_t as_of;
    int rc = cli_parse_check(C, &o, argc, argv);
    if (rc < 0)
        rc = cli_prepare(C, &o.c, &as_of);
    if (rc >= 0)
        return rc;
    struct jql_out out;
    if (!cli_out_init(C, &out, o.output))
        return JQL_EXIT_ERROR;
    if ((rc = cli_out_clash_args(C, &out, o.facts, o.nfacts, &o.c)) >= 0)
        return rc;
    struct jql_program *p = cli_load_or_default(C, &o.c);
    if (!p)
        return JQL_EXIT_ERROR;
    if ((rc = cli_out_clash_rules(C, &out, p)) >= 0)
        return rc;
    return cli_run(C, &o, p, as_of, &out);
}

/* ---- test ---- */

/* Returns -1 to go on, or an exit status. */
static int cli_parse_test(struct cli *C, struct cli_test *o, int argc, char **argv)
{
    static const struct cli_opt filter[] = {{"--filter", NULL}};
    bool only_files = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v;
        if (only_files || a[0] != '-') {
            JQL_APPEND(o->c.rules, o->c.nrules, a);
            continue;
        }
        if (strcmp(a, "--") == 0) { only_files = true; continue; }
        if (cli_is(a, "--help", "-h")) {
            fputs(cli_test_usage, C->out);
            return JQL_EXIT_OK;
        }
        if (strcmp(a, "--coverage") == 0) { o->coverage = true; continue; }
        if (strcmp(a, "--all") == 0) { o->all = true; continue; }
        if (cli_is(a, "--verbose", "-v")) { o->verbose = true; continue; }
        int k, rc = cli_parse_opt(C, &o->c, filter, 1, argc, argv, &i, &v, &k);
        if (rc >= 0)
            return rc;
        if (k == 0)
            o->filter = v;
    }
    return -1;
}

/* Each test's given diagnostics on stderr (where all diagnostics go), its failures on
   stdout; then coverage and the final count. Returns the number of failed tests. */
static int cli_test_report(struct cli *C, const struct cli_test *o,
                           const struct jql_testrun_opts *to,
                           const struct jql_testrun_result *res, int n, int nskipped,
                           const struct jql_testrun_coverage *cov)
{
    int failed = 0;
    for (int i = 0; i < n; i++) {
        jql_diags_render(C->err, &res[i].given->diags, C->err_color);
        if (!o->c.quiet)
            jql_testrun_write_result(C->out, &res[i], to);
        failed += !res[i].passed;
    }
    if (o->c.quiet)
        return failed;
    if (o->coverage)
        jql_testrun_write_coverage(C->out, cov);
    jql_testrun_write_summary(C->out, res, n, nskipped);
    return failed;
}

static int cli_test(struct cli *C, int argc, char **argv)
{
    struct cli_test o = {0};
    int32_t as_of;
    int rc = cli_parse_test(C, &o, argc, argv);
    if (rc < 0)
        rc = cli_prepare(C, &o.c, &as_of);
    if (rc >= 0)
        return rc;
    if (o.c.nrules == 0) {
        if (!cli_have_standards_dir())
            return cli_usage_error(C, "%sno rules given and no ./standards folder", "");
        JQL_APPEND(o.c.rules, o.c.nrules, "standards");
    }
    /* A test runner is expected to find every test under the folders it is given
       (`jqlc test stdlib`), unlike an import, which loads one folder level
       (docs/language.md §4). */
    o.c.recursive = true;
    struct cli_loaded l;
    struct jql_program *p = cli_load_program(C, &o.c, &l);
    if (!p)
        return JQL_EXIT_ERROR;
    struct jql_testrun_opts to = {.filter = o.filter, .as_of = as_of,
                                  .max_steps = o.c.max_steps, .verbose = o.verbose,
                                  .color = cli_color_on(o.c.color, C->out), .only_files = !o.all};
    for (int i = 0; i < l.nfiles; i++)
        if (l.named[i])
            JQL_APPEND(to.files, to.nfiles, l.files[i]->src);
    struct jql_testrun_coverage cov = {0};
    if (o.coverage)
        jql_testrun_coverage_init(&cov, p);
    int n = 0;
    struct jql_testrun_result *res = jql_testrun_run(p, &to, o.coverage ? &cov : NULL, &n);
    if (o.coverage)
        jql_testrun_coverage_scope(&cov, &to, res, n);
    int failed = cli_test_report(C, &o, &to, res, n, jql_testrun_skipped(p, &to), &cov);
    return failed ? JQL_EXIT_FAIL : JQL_EXIT_OK;
}

/* ---- template ---- */

struct cli_template {
    struct cli_common c;
    const char *output;
};

/* Returns -1 to go on, or an exit status. */
/* Only the options a template uses: it evaluates nothing, so --param, --as-of,
   --max-steps and -q (which would print no template) are unknown options here. */
static int cli_parse_template(struct cli *C, struct cli_template *o, int argc, char **argv)
{
    static const struct cli_opt opts[] = {{"--rules", "-r"}, {"--output", NULL},
                                          {"--include", "-I"}, {"--color", NULL}};
    bool only_rules = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v;
        if (only_rules || a[0] != '-') {
            JQL_APPEND(o->c.rules, o->c.nrules, a);
            continue;
        }
        if (strcmp(a, "--") == 0) { only_rules = true; continue; }
        if (cli_is(a, "--help", "-h")) {
            fputs(cli_template_usage, C->out);
            return JQL_EXIT_OK;
        }
        int k = cli_match_opt(opts, JQL_COUNT(opts), argc, argv, &i, &v), rc = -1;
        if (k < 0)
            return cli_usage_error(C, "unknown option '%s'", a);
        if (!v)
            return cli_usage_error(C, "option '%s' needs a value", opts[k].lng);
        switch (k) {
        case 0: JQL_APPEND(o->c.rules, o->c.nrules, v); break;
        case 1: o->output = v; break;
        case 2: JQL_APPEND(o->c.includes, o->c.nincludes, v); break;
        default: rc = cli_parse_color(C, &o->c, v); break;
        }
        if (rc >= 0)
            return rc;
    }
    return -1;
}

struct cli_template_job {
    const struct jql_program *p;
    const char *rules;
};

static void cli_template_writer(FILE *f, const void *arg)
{
    const struct cli_template_job *job = arg;
    jql_template_write(f, job->p, job->rules);
}

static int cli_template(struct cli *C, int argc, char **argv)
{
    struct cli_template o = {0};
    int32_t as_of;
    int rc = cli_parse_template(C, &o, argc, argv);
    if (rc < 0)
        rc = cli_prepare(C, &o.c, &as_of);
    if (rc >= 0)
        return rc;
    struct jql_out out;
    if (!cli_out_init(C, &out, o.output))
        return JQL_EXIT_ERROR;
    if ((rc = cli_out_clash_args(C, &out, NULL, 0, &o.c)) >= 0)
        return rc;
    struct jql_program *p = cli_load_or_default(C, &o.c);
    if (!p)
        return JQL_EXIT_ERROR;
    if ((rc = cli_out_clash_rules(C, &out, p)) >= 0)
        return rc;
    struct cli_template_job job = {p, jql_join(o.c.rules, o.c.nrules, ", ")};
    return cli_write(C, &out, cli_template_writer, &job) < 0 ? JQL_EXIT_ERROR : JQL_EXIT_OK;
}

/* ---- dispatch ---- */


struct cli_cmd {
    const char *name, *usage;
    int (*run)(struct cli *C, int argc, char **argv);
};

static const struct cli_cmd *cli_find_cmd(const char *name)
{
#define X(name) {#name, cli_##name##_usage, cli_##name},
    static const struct cli_cmd cmds[] = {{"check", cli_check_usage, cli_check},
                                          {"test", cli_test_usage, cli_test},
                                          {"template", cli_template_usage, cli_template},
                                          CLI_FILE_COMMANDS(X)};
#undef X
    for (int i = 0; i < JQL_COUNT(cmds); i++)
        if (strcmp(name, cmds[i].name) == 0)
            return &cmds[i];
    return NULL;
}

static int cli_help(struct cli *C, const char *cmd)
{
    const struct cli_cmd *c = cmd ? cli_find_cmd(cmd) : NULL;
    if (!cmd || c) {
        fputs(c ? c->usage : cli_usage, C->out);
        return JQL_EXIT_OK;
    }
    return cli_usage_error(C, "unknown command '%s'", cmd);
}

static int cli_dispatch(struct cli *C, int argc, char **argv)
{
    FILE *out = C->out, *err = C->err;
    if (argc < 2)
        return fputs(cli_usage, err), JQL_EXIT_ERROR;
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        fprintf(out, "jqlc %s\n", JQL_VERSION);
        return JQL_EXIT_OK;
    }
    if (cli_is(cmd, "--help", "-h"))
        return cli_help(C, NULL);
    if (strcmp(cmd, "help") == 0)
        return cli_help(C, argc > 2 ? argv[2] : NULL);
    const struct cli_cmd *c = cli_find_cmd(cmd);
    if (c) {
        C->cmd = cmd;
        return c->run(C, argc - 2, argv + 2);
    }
    return cli_usage_error(C, "unknown command '%s'", cmd);
}

/* Every command's standard output is checked once, here, at its end: help and version
   text included (docs/cli.md, Security). */
int jql_cli_main(int argc, char **argv, FILE *out, FILE *err)
{
    struct cli C = {.out = out, .err = err};
    int rc = cli_dispatch(&C, argc, argv);
    struct jql_diags d = {0};
    switch (jql_out_end_std(out, &d)) {
    case JQL_OUT_PIPE:
        return JQL_EXIT_PIPE;
    case JQL_OUT_ERROR:
        jql_diags_render(err, &d, C.err_color);
        return JQL_EXIT_ERROR;
    default:
        return rc;
    }
}
