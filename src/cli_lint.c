/*
** cli_lint: the `jqlc lint` command (docs/cli.md, "jqlc lint"; the checks in
** docs/lint.md). Loads and checks the rules as `jqlc test` does (folders with their
** subfolders), then lints the files named, or every file loaded with --all. The
** findings are the command's output, so they go to standard output; load errors go
** to standard error like every command's.
*/
#include "cli_int.h"

#include "check.h"
#include "diag.h"
#include "lint.h"
#include "mem.h"
#include "path.h"

#include <string.h>

const char cli_lint_usage[] =
    "usage: jqlc lint [OPTIONS] [RULES...]\n"
    "\n"
    "Look for what loads but is likely a mistake in the RULES files and in the *.jq\n"
    "files under the RULES folders, subfolders included: facts and params declared\n"
    "and never used, rules without cite or advice, whens that can never be true,\n"
    "standards no tier names, a require, when or unless written twice in a rule.\n"
    "Each finding is a warning with a stable code, JQL-L001 to JQL-L009 (docs/lint.md);\n"
    "'# jqlc: ignore[CODE, ...]' on the line above silences it. Default RULES:\n"
    "./standards if it exists, else std/default. Files that are only imported are\n"
    "not linted unless --all; their uses count all the same.\n"
    "\n"
    "      --all               also lint the files the RULES import (the library's)\n"
    "  -r, --rules PATH        a rule file or folder, as a RULES argument\n"
    "  -I, --include DIR       also search DIR for imports (repeatable); see JQL_PATH\n"
    "      --format FORMAT     text (default) or json\n"
    "      --color WHEN        auto (default), always or never; NO_COLOR disables\n"
    "  -q, --quiet             print nothing on stdout (the exit status still tells)\n"
    "  -h, --help              show this help\n"
    "\n"
    "environment: JQL_PATH, JQL_STDLIB, NO_COLOR (as for check)\n"
    "exit status: 0 no warning, 1 some warning, 2 an error in usage or in the rule\n"
    "files (then nothing is linted)\n";

struct cli_lint_opts {
    struct cli_common c;
    bool all;
    bool json; /* --format json */
};

static int cli_lint_format(struct cli *C, struct cli_lint_opts *o, const char *v)
{
    if (strcmp(v, "text") == 0 || strcmp(v, "json") == 0) {
        o->json = v[0] == 'j';
        return -1;
    }
    return cli_usage_error(C, "unknown --format '%s' (expected text or json)", v);
}

/* Returns -1 to go on, or an exit status. */
static int cli_parse_lint(struct cli *C, struct cli_lint_opts *o, int argc, char **argv)
{
    static const struct cli_opt opts[] = {{"--rules", "-r"}, {"--include", "-I"},
                                          {"--color", NULL}, {"--format", NULL}};
    bool only_files = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v;
        if (only_files || a[0] != '-') {
            JQL_APPEND(o->c.rules, o->c.nrules, a);
            continue;
        }
        if (strcmp(a, "--") == 0) { only_files = true; continue; }
        if (cli_is(a, "--help", "-h"))
            return fputs(cli_lint_usage, C->out), JQL_EXIT_OK;
        if (strcmp(a, "--all") == 0) { o->all = true; continue; }
        if (cli_is(a, "--quiet", "-q")) { o->c.quiet = true; continue; }
        int k = cli_match_opt(opts, JQL_COUNT(opts), argc, argv, &i, &v);
        if (k < 0)
            return cli_usage_error(C, "unknown option '%s'", a);
        if (!v)
            return cli_usage_error(C, "option '%s' needs a value", opts[k].lng);
        int rc = -1;
        switch (k) {
        case 0: JQL_APPEND(o->c.rules, o->c.nrules, v); break;
        case 1: JQL_APPEND(o->c.includes, o->c.nincludes, v); break;
        case 2: rc = cli_parse_color(C, &o->c, v); break;
        default: rc = cli_lint_format(C, o, v); break;
        }
        if (rc >= 0)
            return rc;
    }
    return -1;
}

int cli_lint(struct cli *C, int argc, char **argv)
{
    struct cli_lint_opts o = {0};
    int rc = cli_parse_lint(C, &o, argc, argv);
    if (rc >= 0)
        return rc;
    C->err_color = cli_color_on(o.c.color, C->err);
    if (o.c.nrules == 0)
        JQL_APPEND(o.c.rules, o.c.nrules, jql_path_is_dir("standards") ? "standards"
                                                                       : "std/default");
    /* a linter, like a test runner, is expected to see every file under a folder */
    o.c.recursive = true;
    struct cli_loaded l;
    struct jql_program *p = cli_load_program(C, &o.c, &l);
    if (!p)
        return JQL_EXIT_ERROR;
    int nfiles = 0;
    for (int i = 0; i < l.nfiles; i++)
        nfiles += o.all || l.named[i];
    struct jql_diags d = {0};
    int n = jql_lint(p, l.files, l.nfiles, o.all ? NULL : l.named, &d);
    jql_diags_sort(&d);
    if (!o.c.quiet && o.json) {
        jql_lint_write_json(C->out, &d, nfiles);
    } else if (!o.c.quiet) {
        jql_diags_render(C->out, &d, cli_color_on(o.c.color, C->out));
        fprintf(C->out, "%d warning%s, %d file%s linted\n", n, n == 1 ? "" : "s", nfiles,
                nfiles == 1 ? "" : "s");
    }
    return n ? JQL_EXIT_FAIL : JQL_EXIT_OK;
}
