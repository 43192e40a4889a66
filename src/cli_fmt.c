/*
** cli_fmt: the `jqlc fmt` command (docs/cli.md, "fmt"): rule files and fact files
** in the canonical layout of the fmt module, printed, checked (--check) or rewritten
** in place (-w, atomically, only when the text changes).
*/
#include "cli_int.h"

#include "fmt.h"
#include "load.h"
#include "mem.h"
#include "path.h"
#include "term.h"

#include <errno.h>
#include <string.h>

const char cli_fmt_usage[] =
    "usage: jqlc fmt [-w | --check] [--input KIND] [FILES...]\n"
    "\n"
    "Print rule files (.jq) and fact files (.facts) in the canonical layout: two\n"
    "blanks of indentation a level, one clause or entry a line, one blank around\n"
    "operators, at most one blank line where the author left some, every comment\n"
    "kept where it was, every literal as written. A folder stands for its .jq and\n"
    ".facts files, subfolders included; no FILES or '-' is standard input to\n"
    "standard output. A file that does not parse is left as it is, with its errors.\n"
    "\n"
    "  -w, --write             rewrite each file that is not formatted (atomically:\n"
    "                          a temporary file in its folder, then renamed)\n"
    "      --check             print the names of the files that are not formatted\n"
    "                          and change nothing\n"
    "      --input KIND        rules or facts: read every file as that kind (default:\n"
    "                          .facts files as facts, the others and standard input\n"
    "                          as rules)\n"
    "  -h, --help              show this help\n"
    "\n"
    "exit status: 0 done (-w: whether or not a file changed; --check: every file is\n"
    "formatted), 1 --check found a file that is not formatted, 2 an error in usage or\n"
    "a file that cannot be read or does not parse (the other files are still done)\n";

enum fmt_mode { FMT_PRINT, FMT_WRITE, FMT_CHECK };
enum fmt_kind { FMT_BY_NAME, FMT_RULES, FMT_FACTS };

struct cli_fmt_opts {
    enum fmt_mode mode;
    enum fmt_kind kind;
    const char **paths; int npaths;
};

struct cli_fmt_run {
    struct cli *C;
    const struct cli_fmt_opts *o;
    bool error;         /* a file could not be read, parsed or written */
    bool unformatted;   /* --check: a file is not formatted */
};

static void cli_fmt_writer(FILE *f, const void *arg)
{
    fputs(arg, f);
}

static bool cli_fmt_is_facts(const struct cli_fmt_opts *o, const char *path)
{
    if (o->kind != FMT_BY_NAME)
        return o->kind == FMT_FACTS;
    return path && jql_path_ends_with(path, ".facts");
}

/* Read one file (NULL path: standard input). NULL when it cannot be read (reported). */
static const struct jql_source *cli_fmt_read(struct cli_fmt_run *R, const char *path, bool facts)
{
    struct jql_diags d = {0};
    struct jql_source *src =
        jql_load_source(path ? path : "/dev/stdin", facts ? JQL_FILE_FACTS : JQL_FILE_RULES, &d);
    if (src && !path)
        src->name = "<stdin>";
    jql_diags_render(R->C->err, &d, R->C->err_color);
    if (!src)
        R->error = true;
    return src;
}

/* The file's text without a byte-order mark: what the formatted text is compared with. */
static bool cli_fmt_same(const struct jql_source *src, const char *text)
{
    size_t n = strlen(text);
    return src->len - src->body == n && memcmp(src->text + src->body, text, n) == 0;
}

static void cli_fmt_one(struct cli_fmt_run *R, const char *path)
{
    bool facts = cli_fmt_is_facts(R->o, path);
    const struct jql_source *src = cli_fmt_read(R, path, facts);
    if (!src)
        return;
    struct jql_diags d = {0};
    const char *text = jql_fmt_source(src, facts, &d);
    jql_diags_render(R->C->err, &d, R->C->err_color);
    if (!text) {
        R->error = true;
        return;
    }
    bool same = cli_fmt_same(src, text);
    switch (R->o->mode) {
    case FMT_PRINT:
        fputs(text, R->C->out);
        break;
    case FMT_CHECK:
        if (!same) {
            fprintf(R->C->out, "%s\n", jql_term_str(src->name, JQL_TERM_LINE));
            R->unformatted = true;
        }
        break;
    case FMT_WRITE: {
        struct jql_out out;
        if (same)
            break;
        if (!cli_out_init(R->C, &out, path) || cli_write(R->C, &out, cli_fmt_writer, text) < 0)
            R->error = true;
        break;
    }
    }
}

static bool cli_fmt_wanted(const char *name)
{
    return jql_path_ends_with(name, ".jq") || jql_path_ends_with(name, ".facts");
}

/* A folder: its .jq and .facts files and those of its subfolders, in name order. */
static void cli_fmt_dir(struct cli_fmt_run *R, const char *dir)
{
    int n;
    const char **v = jql_path_list(dir, true, &n);
    if (!v) {
        fprintf(R->C->err, "jqlc: error: cannot read '%s': %s\n",
                jql_term_str(dir, JQL_TERM_LINE), jql_path_strerror(errno));
        R->error = true;
        return;
    }
    for (int i = 0; i < n; i++) {
        size_t len = strlen(v[i]);
        if (len > 0 && v[i][len - 1] == '/')
            cli_fmt_dir(R, jql_path_join(dir, jql_strndup(v[i], len - 1)));
        else if (cli_fmt_wanted(v[i]))
            cli_fmt_one(R, jql_path_join(dir, v[i]));
    }
}

static int cli_fmt_parse(struct cli *C, struct cli_fmt_opts *o, int argc, char **argv)
{
    static const struct cli_opt opts[] = {{"--input", NULL}};
    bool only_files = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v;
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            JQL_APPEND(o->paths, o->npaths, a);
        } else if (strcmp(a, "--") == 0) {
            only_files = true;
        } else if (cli_is(a, "--write", "-w") || cli_is(a, "--check", NULL)) {
            enum fmt_mode m = a[2] == 'c' ? FMT_CHECK : FMT_WRITE;
            if (o->mode != FMT_PRINT && o->mode != m)
                return cli_usage_msg(C, "-w and --check cannot be used together");
            o->mode = m;
        } else if (cli_match_opt(opts, 1, argc, argv, &i, &v) == 0) {
            if (!v)
                return cli_usage_error(C, "%s needs a value", a);
            if (strcmp(v, "rules") == 0)
                o->kind = FMT_RULES;
            else if (strcmp(v, "facts") == 0)
                o->kind = FMT_FACTS;
            else
                return cli_usage_error(C, "unknown --input '%s' (expected rules or facts)", v);
        } else {
            return cli_usage_error(C, "unknown option '%s'", a);
        }
    }
    return -1;
}

int cli_fmt(struct cli *C, int argc, char **argv)
{
    struct cli_fmt_opts o = {0};
    for (int i = 0; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (cli_is(argv[i], "--help", "-h"))
            return fputs(cli_fmt_usage, C->out), JQL_EXIT_OK;
    int st = cli_fmt_parse(C, &o, argc, argv);
    if (st >= 0)
        return st;
    C->err_color = cli_color_on(CLI_COLOR_AUTO, C->err);
    if (o.npaths == 0)
        JQL_APPEND(o.paths, o.npaths, "-");
    for (int i = 0; i < o.npaths; i++)
        if (o.mode == FMT_WRITE && strcmp(o.paths[i], "-") == 0)
            return cli_usage_msg(C, "-w rewrites files: standard input cannot be rewritten");
    struct cli_fmt_run R = {.C = C, .o = &o};
    for (int i = 0; i < o.npaths; i++) {
        const char *p = o.paths[i];
        if (strcmp(p, "-") == 0)
            cli_fmt_one(&R, NULL);
        else if (jql_path_is_dir(p))
            cli_fmt_dir(&R, p);
        else
            cli_fmt_one(&R, p);
    }
    return R.error ? JQL_EXIT_ERROR : R.unformatted ? JQL_EXIT_FAIL : JQL_EXIT_OK;
}
