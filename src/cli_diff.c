/*
** cli_diff: the `jqlc diff` command (docs/cli.md, "diff"): two versions of the rules,
** as two paths or as the -r paths at a git revision and in the working tree (or at two
** revisions), loaded side by side; without facts what they declare differently
** (diff.h), with facts how each employer's outcomes differ (diff_run.h).
*/
#include "cli_int.h"

#include "check.h"
#include "diff.h"
#include "diff_run.h"
#include "gitrev.h"
#include "input.h"
#include "load.h"
#include "mem.h"
#include "path.h"
#include "term.h"

#include <stdlib.h>
#include <string.h>

const char cli_diff_usage[] =
    "usage: jqlc diff [OPTIONS] OLD NEW [FACTS...]\n"
    "       jqlc diff --git REV|A..B|A...B [-r RULES]... [OPTIONS] [FACTS...]\n"
    "\n"
    "Compare two versions of the rules. OLD and NEW are rule files or folders;\n"
    "with --git, the -r paths at git revision REV are compared with the working\n"
    "tree (A..B: revision A with revision B; A...B: where B left A with B), read\n"
    "through git, nothing checked out.\n"
    "Without FACTS: the facts, params, defaults, tables (row by row), lets,\n"
    "standards, rules (their require, when and unless clauses), tiers and goals\n"
    "that changed, by qualified id; layout and comments are no change. With FACTS:\n"
    "each employer whose outcomes differ, with every standard, rule, tier and goal\n"
    "that changed (old -> new, and the new reason), then how many employers newly\n"
    "fail what and how each share moved.\n"
    "\n"
    "      --git REV           the old rules are the -r paths at git revision REV;\n"
    "                          A..B compares revision A with revision B, A...B\n"
    "                          the commit where B left A with B\n"
    "  -r, --rules PATH        with --git: rule file or folder (repeatable); default\n"
    "                          ./standards\n"
    "  -I, --include DIR       also search DIR for imports (repeatable); see JQL_PATH\n"
    "      --as-of DATE        evaluate as of DATE (YYYY-MM-DD); default today\n"
    "      --param NAME=VALUE  override a param, on both sides\n"
    "      --max-steps N       evaluation steps allowed per employer (default\n"
    "                          100000000); past them its rules are error\n"
    "      --input FORMAT      read every FACTS file as facts, json, jsonl or csv\n"
    "                          (default: by its extension; '-' is standard input)\n"
    "      --name-key KEY      the JSON key or CSV column naming each employer\n"
    "                          (default employer)\n"
    "      --format FORMAT     text (default), markdown (a pull request comment) or\n"
    "                          json\n"
    "      --color WHEN        auto (default), always or never; NO_COLOR disables\n"
    "  -q, --quiet             print nothing on stdout: the exit status tells\n"
    "  -h, --help              show this help\n"
    "\n"
    "environment: JQL_PATH, JQL_STDLIB, NO_COLOR, TMPDIR (as for check); --git runs\n"
    "the git on the PATH\n"
    "exit status: 0 nothing changed, 1 something changed, 2 an error in usage,\n"
    "rules, facts, git or evaluation\n";

struct diff_opts {
    struct cli_common c;
    const char *git;                 /* --git REV or A..B */
    const char **args; int nargs;    /* OLD NEW FACTS..., or with --git FACTS... */
    const char *input, *name_key;
    enum jql_diff_format fmt;
};

/* One side: its rules, where they are read, and its name in the report. */
struct diff_side {
    const char *const *paths; int npaths;
    struct jql_gitrev *rev;          /* NULL: the working tree */
    const char *label;
    struct jql_program *p;
};

/* Returns -1 to go on, or an exit status. */
static int diff_parse(struct cli *C, struct diff_opts *o, int argc, char **argv)
{
    static const struct cli_opt opts[] = {{"--git", NULL}, {"--rules", "-r"}, {"--format", NULL},
                                          {"--input", NULL}, {"--name-key", NULL}};
    bool only_args = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v;
        if (only_args || a[0] != '-' || strcmp(a, "-") == 0) {
            JQL_APPEND(o->args, o->nargs, a);
            continue;
        }
        if (strcmp(a, "--") == 0) { only_args = true; continue; }
        if (cli_is(a, "--help", "-h"))
            return fputs(cli_diff_usage, C->out), JQL_EXIT_OK;
        int k, rc = cli_parse_opt(C, &o->c, opts, JQL_COUNT(opts), argc, argv, &i, &v, &k);
        if (rc >= 0)
            return rc;
        switch (k) {
        case -1: break;
        case 0: o->git = v; break;
        case 1: JQL_APPEND(o->c.rules, o->c.nrules, v); break;
        case 2:
            if (strcmp(v, "text") == 0) o->fmt = JQL_DIFF_TEXT;
            else if (strcmp(v, "markdown") == 0) o->fmt = JQL_DIFF_MARKDOWN;
            else if (strcmp(v, "json") == 0) o->fmt = JQL_DIFF_JSON;
            else return cli_usage_error(C, "unknown diff format '%s' (expected text, markdown or "
                                        "json)", v);
            break;
        case 3:
            if (jql_input_kind_named(v) < 0)
                return cli_usage_error(C, "unknown --input '%s' (expected facts, json, jsonl or "
                                       "csv)", v);
            o->input = v;
            break;
        default: o->name_key = v; break;
        }
    }
    return -1;
}

/* A rule path where a fact file is expected: a folder, or a .jq file. */
static bool diff_is_rules(const char *path)
{
    return jql_path_ends_with(path, ".jq") || jql_path_is_dir(path);
}

/* The arguments make sense together. Returns -1 to go on, or an exit status. */
static int diff_check_args(struct cli *C, const struct diff_opts *o, int *nfacts_at)
{
    if (!o->git) {
        if (o->c.nrules)
            return cli_usage_error(C, "%s-r names the rules of --git; without --git, the rules "
                                   "compared are OLD and NEW", "");
        if (o->nargs < 2)
            return cli_usage_error(C, "%sdiff needs the rules OLD and NEW (files or folders), "
                                   "or --git REV", "");
        *nfacts_at = 2;
    } else {
        for (int i = 0; i < o->nargs; i++)
            if (diff_is_rules(o->args[i]))
                return cli_usage_error(C, "'%s' is a rule path: with --git, the rules compared "
                                       "are the -r paths (OLD and NEW are for diff without "
                                       "--git)", o->args[i]);
        *nfacts_at = 0;
    }
    for (int i = *nfacts_at; i < o->nargs; i++) {
        const char *f = o->args[i];
        int kind = o->input ? jql_input_kind_named(o->input)
                   : strcmp(f, "-") == 0 ? JQL_IN_FACTS : jql_input_kind_of(f);
        if (kind < 0 && jql_path_is_file(f))
            return cli_usage_error(C, "cannot tell how to read '%s': a fact file ends in .facts, "
                                   ".json, .jsonl or .ndjson, or .csv (or give --input)", f);
    }
    return -1;
}

/* "A..B" into its two revisions (an empty one is HEAD, as for git), "A...B" into the
   commit where A and B meet and B (what B changed since it left A, as a forge shows a
   pull request); one revision: the working tree is the new side. *la names the old
   side. Returns -1 to go on, or an exit status. */
static int diff_revs(struct cli *C, const char *git, const char **a, const char **b,
                     const char **la)
{
    const char *dots = strstr(git, "..");
    *a = *la = git;
    *b = NULL;
    if (!dots)
        return -1;
    bool three = dots[2] == '.';
    const char *left = dots == git ? "HEAD" : jql_strndup(git, (size_t)(dots - git));
    const char *right = dots[three ? 3 : 2] ? dots + (three ? 3 : 2) : "HEAD";
    *a = *la = left;
    *b = right;
    if (!three)
        return -1;
    const char *err;
    if (!(*a = jql_gitrev_merge_base(left, right, &err))) {
        fprintf(C->err, "jqlc: error: --git: %s\n", jql_term_str(err, JQL_TERM_LINE));
        return JQL_EXIT_ERROR;
    }
    *la = jql_sprintf("the merge base of %s and %s", left, right);
    return -1;
}

static int diff_open_rev(struct cli *C, const char *rev, const char *label,
                         struct diff_side *s)
{
    const char *err;
    s->rev = jql_gitrev_open(rev, &err);
    if (!s->rev) {
        fprintf(C->err, "jqlc: error: --git: %s\n", jql_term_str(err, JQL_TERM_LINE));
        return JQL_EXIT_ERROR;
    }
    s->label = label;
    return -1;
}

/* Every rule path given is in the revision (as PATH or PATH.jq). */
static int diff_paths_in_rev(struct cli *C, const struct diff_side *s)
{
    const struct jql_load_fs *fs = jql_gitrev_fs(s->rev);
    for (int i = 0; i < s->npaths; i++) {
        const char *p = s->paths[i];
        if (strncmp(p, "std/", 4) == 0 || strcmp(p, "std") == 0)
            continue;
        if (fs->kind(fs->ctx, p, NULL) == JQL_PATH_NONE &&
            fs->kind(fs->ctx, jql_sprintf("%s.jq", p), NULL) == JQL_PATH_NONE) {
            fprintf(C->err, "jqlc: error: '%s' is not in git revision '%s'\n",
                    jql_term_str(p, JQL_TERM_LINE),
                    jql_term_str(jql_gitrev_name(s->rev), JQL_TERM_LINE));
            return JQL_EXIT_ERROR;
        }
    }
    return -1;
}

/* Load and check one side, as cli_load_program does, from its tree. */
static struct jql_program *diff_load(struct cli *C, const struct diff_opts *o,
                                     const struct diff_side *s)
{
    struct jql_diags d = {0};
    const char *lib = getenv("JQL_STDLIB");
    struct jql_load_opts lo = {.includes = o->c.includes, .nincludes = o->c.nincludes,
                               .jql_path = getenv("JQL_PATH"),
                               .stdlib_dir = lib && *lib ? lib : NULL,
                               .fs = s->rev ? jql_gitrev_fs(s->rev) : NULL};
    int nfiles;
    struct jql_rulefile **files = jql_load_rules(s->paths, s->npaths, &lo, &d, &nfiles);
    struct jql_program *p = d.nerrors ? NULL : jql_check(files, nfiles, &d);
    bool ok = p != NULL;
    for (int i = 0; ok && i < o->c.nparams; i++)
        ok = cli_apply_param(C, p, o->c.params[i], &d);
    if (d.n && s->rev) /* the files named below are those of the revision */
        fprintf(C->err, "jqlc: note: in git revision '%s':\n",
                jql_term_str(jql_gitrev_name(s->rev), JQL_TERM_LINE));
    jql_diags_sort(&d);
    jql_diags_render(C->err, &d, C->err_color);
    return ok && d.nerrors == 0 ? p : NULL;
}

/* The two sides, from the arguments. Returns -1 to go on, or an exit status. */
static int diff_sides(struct cli *C, struct diff_opts *o, struct diff_side s[2])
{
    if (!o->git) {
        for (int k = 0; k < 2; k++)
            s[k] = (struct diff_side){.paths = &o->args[k], .npaths = 1, .label = o->args[k]};
        return -1;
    }
    if (!o->c.nrules)
        JQL_APPEND(o->c.rules, o->c.nrules, "standards");
    const char *ra = NULL, *rb = NULL, *la = NULL;
    int rc = diff_revs(C, o->git, &ra, &rb, &la);
    for (int k = 0; k < 2; k++)
        s[k] = (struct diff_side){.paths = o->c.rules, .npaths = o->c.nrules,
                                  .label = "the working tree"};
    if (rc < 0)
        rc = diff_open_rev(C, ra, la, &s[0]);
    if (rc < 0 && rb)
        rc = diff_open_rev(C, rb, rb, &s[1]);
    for (int k = 0; rc < 0 && k < 2; k++)
        if (s[k].rev)
            rc = diff_paths_in_rev(C, &s[k]);
    return rc;
}

int cli_diff(struct cli *C, int argc, char **argv)
{
    struct diff_opts o = {0};
    int32_t as_of;
    int nfacts_at = 0;
    int rc = diff_parse(C, &o, argc, argv);
    if (rc < 0)
        rc = cli_prepare(C, &o.c, &as_of);
    if (rc < 0)
        rc = diff_check_args(C, &o, &nfacts_at);
    struct diff_side s[2];
    if (rc < 0)
        rc = diff_sides(C, &o, s);
    if (rc >= 0)
        return rc;
    bool loaded = true;
    for (int k = 0; k < 2; k++) /* both, so that every error of either is shown at once */
        loaded &= (s[k].p = diff_load(C, &o, &s[k])) != NULL;
    if (!loaded)
        return JQL_EXIT_ERROR;
    FILE *out = o.c.quiet ? NULL : C->out;
    if (nfacts_at == o.nargs) {
        struct jql_diff_changes ch = {0};
        jql_diff_programs(s[0].p, s[1].p, &ch);
        if (out)
            jql_diff_changes_write(out, &ch, o.fmt, s[0].label, s[1].label);
        return ch.n ? JQL_EXIT_FAIL : JQL_EXIT_OK;
    }
    struct jql_diff_run_opts ro = {.a = s[0].p, .b = s[1].p, .old_label = s[0].label,
                                   .new_label = s[1].label, .as_of = as_of,
                                   .max_steps = o.c.max_steps, .name_key = o.name_key,
                                   .input = o.input ? jql_input_kind_named(o.input) : -1,
                                   .fmt = o.fmt, .out = out, .err = C->err,
                                   .err_color = C->err_color};
    struct jql_diff_run *run = jql_diff_run_new(&ro);
    for (int i = nfacts_at; i < o.nargs; i++)
        jql_diff_run_file(run, o.args[i]);
    bool changed = jql_diff_run_end(run);
    if (jql_diff_run_had_error(run))
        return JQL_EXIT_ERROR;
    return changed ? JQL_EXIT_FAIL : JQL_EXIT_OK;
}
