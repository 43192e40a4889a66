/*
** cli_explain: the `jqlc explain` command (docs/cli.md, "jqlc explain"): the rules
** load as for check, the id names one rule (STANDARD.RULE) or a standard (each of its
** rules), and every employer of the fact files (or the one --employer names) is read,
** evaluated and printed as a tree by the explain module. Employers are read one at a
** time, in this thread: explain is for reading, not for a portfolio.
*/
#include "cli_int.h"

#include "check.h"
#include "explain.h"
#include "factb.h"
#include "input.h"
#include "mem.h"
#include "parse.h"
#include "read_csv.h"
#include "read_json.h"
#include "report.h"
#include "term.h"

#include <string.h>

const char cli_explain_usage[] =
    "usage: jqlc explain [-r RULES]... [OPTIONS] QUALIFIED_ID FACTS...\n"
    "\n"
    "Show how a rule was evaluated for each employer of the FACTS files: its status,\n"
    "then every when, unless and require clause and every sub-expression under it\n"
    "with its value (true, false, unknown, a number, a text, an error), every element\n"
    "of a quantifier, lets and the rows of table lookups. QUALIFIED_ID is a rule\n"
    "(STANDARD.RULE), or a standard for each of its rules.\n"
    "\n"
    "  -r, --rules PATH        rule file or folder (repeatable); default ./standards\n"
    "                          if it exists, else std/default\n"
    "  -I, --include DIR       also search DIR for imports (repeatable); see JQL_PATH\n"
    "      --employer NAME     only the employer named NAME\n"
    "      --as-of DATE        evaluate as of DATE (YYYY-MM-DD); default today\n"
    "      --param NAME=VALUE  override a param with a literal of its type\n"
    "      --max-steps N       evaluation steps allowed per employer (default\n"
    "                          100000000); past them its rules are error\n"
    "      --strict            warnings in the facts are errors\n"
    "      --input FORMAT      read every FACTS file as facts, json, jsonl or csv\n"
    "                          (default: by its extension; '-' is standard input)\n"
    "      --name-key KEY      the JSON key or CSV column naming each employer\n"
    "                          (default employer)\n"
    "      --format FORMAT     text (default), or jsonl: one line of JSON per\n"
    "                          employer, every node recorded by id\n"
    "      --color WHEN        auto (default), always or never; NO_COLOR disables\n"
    "  -q, --quiet             print nothing on stdout\n"
    "  -h, --help              show this help\n"
    "\n"
    "environment: JQL_PATH, JQL_STDLIB, NO_COLOR (as for check)\n"
    "exit status: 0 printed (whatever the rule's status), 2 an error in usage, rules,\n"
    "an unknown id or employer, or facts that did not load\n";

struct cli_xp {
    struct cli_check o;   /* the options shared with check: rules, facts, reading */
    const char *id;       /* QUALIFIED_ID */
    const char *employer; /* --employer, or NULL */
    bool jsonl;           /* --format jsonl */
};

/* Returns -1 to go on, or an exit status. */
static int cli_xp_parse(struct cli *C, struct cli_xp *x, int argc, char **argv)
{
    static const struct cli_opt opts[] = {{"--rules", "-r"}, {"--input", NULL},
                                          {"--name-key", NULL}, {"--employer", NULL},
                                          {"--format", NULL}};
    bool only_args = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v;
        if (only_args || a[0] != '-' || strcmp(a, "-") == 0) {
            if (!x->id)
                x->id = a;
            else
                JQL_APPEND(x->o.facts, x->o.nfacts, a);
            continue;
        }
        if (strcmp(a, "--") == 0) { only_args = true; continue; }
        if (cli_is(a, "--help", "-h"))
            return fputs(cli_explain_usage, C->out), JQL_EXIT_OK;
        if (strcmp(a, "--strict") == 0) { x->o.strict = true; continue; }
        int k, rc = cli_parse_opt(C, &x->o.c, opts, JQL_COUNT(opts), argc, argv, &i, &v, &k);
        if (rc >= 0)
            return rc;
        if (k < 0)
            continue;
        if (k == 0)
            JQL_APPEND(x->o.c.rules, x->o.c.nrules, v);
        else if (k == 1 && jql_input_kind_named(v) < 0)
            return cli_usage_error(C, "unknown --input '%s' (expected facts, json, jsonl or csv)",
                                   v);
        else if (k == 1)
            x->o.input = v;
        else if (k == 2)
            x->o.name_key = v;
        else if (k == 3)
            x->employer = v;
        else if (strcmp(v, "text") == 0 || strcmp(v, "jsonl") == 0)
            x->jsonl = strcmp(v, "jsonl") == 0;
        else
            return cli_usage_error(C, "unknown --format '%s' (expected text or jsonl)", v);
    }
    if (!x->id)
        return cli_usage_error(C, "%sno rule given: jqlc explain STANDARD.RULE FACTS...", "");
    if (x->o.nfacts == 0)
        return cli_usage_error(C, "no fact files given after '%s'", x->id);
    for (int i = 0; i < x->o.nfacts; i++)
        if (cli_reader_of(&x->o, x->o.facts[i]) < 0)
            return cli_usage_error(C, "cannot tell how to read '%s': a fact file ends in .facts, "
                                   ".json, .jsonl or .ndjson, or .csv (or give --input)",
                                   x->o.facts[i]);
    return -1;
}

/* ---- the id ---- */

static int cli_xp_standard(const struct jql_program *p, const char *id, size_t n)
{
    for (int s = 0; s < p->nstandards; s++)
        if (strlen(p->standards[s]->id) == n && strncmp(p->standards[s]->id, id, n) == 0)
            return s;
    return -1;
}

/* Every standard and rule id, for "did you mean". */
static const char **cli_xp_ids(const struct jql_program *p, int *n)
{
    JQL_VEC(const char *) v = {0};
    for (int s = 0; s < p->nstandards; s++) {
        JQL_VEC_PUSH(v, p->standards[s]->id);
        for (int r = 0; r < p->standards[s]->nrules; r++)
            JQL_VEC_PUSH(v, jql_sprintf("%s.%s", p->standards[s]->id,
                                        p->standards[s]->rules[r]->id));
    }
    *n = v.n;
    return v.v;
}

/* A tier's, goal's or let's id is a real name, just not one explain shows: say what it
   is, and what to ask for instead. */
static int cli_xp_not_rule(struct cli *C, const struct jql_program *p, const char *id)
{
    const char *shown = jql_term_str(id, JQL_TERM_LINE);
    for (int t = 0; t < p->ntiers; t++)
        if (strcmp(p->tiers[t]->id, id) == 0) {
            const struct jql_tier *tr = p->tiers[t];
            const char *std = tr->nreqs && tr->reqs[0]->nids ? tr->reqs[0]->ids[0] : NULL;
            return cli_usage_msg(C, jql_sprintf(
                "'%s' is a tier, not a rule or standard%s", shown,
                std ? jql_sprintf("; explain a standard it requires, such as '%s'",
                                  jql_term_str(std, JQL_TERM_LINE)) : ""));
        }
    for (int g = 0; g < p->ngoals; g++)
        if (strcmp(p->goals[g]->id, id) == 0)
            return cli_usage_msg(C, jql_sprintf("'%s' is a goal, not a rule or standard; "
                                                "'jqlc check' reports goals", shown));
    for (int l = 0; l < p->nlets; l++)
        if (strcmp(p->lets[l].name, id) == 0)
            return cli_usage_msg(C, jql_sprintf("'%s' is a let, not a rule or standard; explain "
                                                "a rule that uses it: its tree shows the let",
                                                shown));
    return -1;
}

/* STANDARD.RULE into *s, *r; a standard alone gives *r = -1. Returns -1 to go on, or an
   exit status (an unknown id, with "did you mean"). */
static int cli_xp_resolve(struct cli *C, const struct jql_program *p, const char *id, int *s,
                          int *r)
{
    const char *dot = strchr(id, '.');
    *s = cli_xp_standard(p, id, dot ? (size_t)(dot - id) : strlen(id));
    *r = -1;
    if (*s >= 0 && !dot)
        return -1;
    for (int i = 0; *s >= 0 && i < p->standards[*s]->nrules; i++)
        if (strcmp(p->standards[*s]->rules[i]->id, dot + 1) == 0) {
            *r = i;
            return -1;
        }
    int rc = dot ? -1 : cli_xp_not_rule(C, p, id);
    if (rc >= 0)
        return rc;
    int n;
    const char **ids = cli_xp_ids(p, &n);
    const char *near = jql_suggest(id, ids, n);
    const char *shown = jql_term_str(id, JQL_TERM_LINE);
    const char *hint = near ? jql_sprintf(" (did you mean '%s'?)", jql_term_str(near, JQL_TERM_LINE))
                            : "";
    if (*s >= 0)
        return cli_usage_msg(C, jql_sprintf("standard '%s' has no rule '%s'%s",
                                            p->standards[*s]->id,
                                            jql_term_str(dot + 1, JQL_TERM_LINE), hint));
    return cli_usage_msg(C, jql_sprintf("no standard or rule '%s' in the rules loaded%s", shown,
                                        hint));
}

/* ---- the employers ---- */

struct cli_xp_run {
    struct cli *C;
    const struct cli_xp *x;
    const struct jql_program *p;
    struct jql_explain *ex;
    bool color, error;
    int shown;                   /* employers printed */
    JQL_VEC(const char *) names; /* with --employer: the others', for "did you mean" */
};

static void cli_xp_employer(struct cli_xp_run *run, struct jql_fb *fb, struct jql_employer *e)
{
    if (run->x->employer && strcmp(e->name, run->x->employer) != 0) {
        JQL_VEC_PUSH(run->names, jql_strdup(e->name)); /* for "did you mean" */
        jql_fb_recycle(fb, e);
        return;
    }
    struct cli *C = run->C;
    jql_diags_render(C->err, &e->diags, C->err_color);
    FILE *out = run->x->o.c.quiet ? NULL : C->out;
    bool jsonl = run->x->jsonl;
    if (out && run->shown && !jsonl)
        fputc('\n', out);
    run->shown++;
    if (e->failed) { /* nothing to evaluate: its facts are in error (printed above) */
        run->error = true;
        int line = 0, col = 0;
        jql_source_linecol(e->loc.src, e->loc.start, &line, &col);
        if (out && jsonl) {
            fputs("{\"employer\":", out);
            jql_json_string(out, e->name);
            fputs(",\"file\":", out);
            jql_json_string(out, e->loc.src->name);
            fprintf(out, ",\"line\":%d,\"loaded\":false}\n", line);
        } else if (out) {
            fprintf(out, "%s  (%s:%d)\n  not evaluated: its facts did not load\n",
                    jql_term_str(e->name, JQL_TERM_LINE),
                    jql_term_str(e->loc.src->name, JQL_TERM_LINE), line);
        }
    } else {
        jql_explain_run(run->ex, e);
        if (out && jsonl)
            jql_explain_write_jsonl(out, run->ex);
        else if (out)
            jql_explain_write(out, run->ex, run->color);
    }
    jql_fb_recycle(fb, e);
}

/* A .facts record: its syntax errors, then its employer blocks. */
static void cli_xp_facts(struct cli_xp_run *run, struct jql_fb *fb, const struct jql_source *src)
{
    struct jql_diags syn = {.werror = run->x->o.strict};
    struct jql_factfile *ff = jql_parse_facts(src, &syn);
    jql_diags_render(run->C->err, &syn, run->C->err_color);
    run->error |= syn.nerrors > 0;
    for (int i = 0; i < ff->nemployers; i++)
        cli_xp_employer(run, fb, jql_facts_read(fb, ff->employers[i]));
}

static void cli_xp_file(struct cli_xp_run *run, const char *path)
{
    struct cli *C = run->C;
    struct jql_diags fd = {.werror = run->x->o.strict};
    enum jql_input_kind kind = (enum jql_input_kind)cli_reader_of(&run->x->o, path);
    struct jql_input *in = jql_input_open(path, kind, false, &fd);
    if (in) {
        const char *file = jql_input_name(in);
        struct jql_facts_opts fo = {.strict = run->x->o.strict, .per_file = kind != JQL_IN_FACTS,
                                    .syntax = kind == JQL_IN_CSV     ? JQL_SYNTAX_CSV
                                              : kind == JQL_IN_FACTS ? JQL_SYNTAX_FACTS
                                                                     : JQL_SYNTAX_JSON};
        struct jql_fb *fb = jql_fb_new(run->p, &fo);
        const char *key = run->x->o.name_key ? run->x->o.name_key : "employer";
        struct jql_csv *csv = NULL;
        struct jql_record r;
        bool header = kind == JQL_IN_CSV;
        while (jql_input_next(in, &r, &fd)) {
            bool rows = kind == JQL_IN_CSV;
            struct jql_source *src = (kind == JQL_IN_FACTS ? jql_source_part : jql_source_view)(
                file, r.text, r.len, rows ? r.number - 1 : r.line0, rows ? 0 : r.col0);
            src->csv = rows;
            if (header) {
                header = false;
                jql_source_keep(src);
                if (!(csv = jql_csv_header(src, key, &fd)))
                    break;
            } else if (kind == JQL_IN_FACTS) {
                cli_xp_facts(run, fb, src);
            } else if (rows) {
                cli_xp_employer(run, fb, jql_csv_row(csv, fb, src, r.number));
            } else {
                cli_xp_employer(run, fb, jql_read_json_record(fb, src, key,
                                                              jql_sprintf("(line %d)", r.line0 + 1)));
            }
        }
        if (header && !jql_input_failed(in))
            jql_diag_error(&fd, (struct jql_loc){0}, "cannot read '%s': the CSV file is empty",
                           file);
        jql_fb_file_end(fb, &fd);
        char sha[65];
        jql_input_close(in, sha);
    }
    for (int k = 0; k < fd.n; k++) /* a whole-file problem names its file (docs/cli.md) */
        if (!fd.v[k]->loc.src && !fd.v[k]->file)
            fd.v[k]->file = jql_strdup(path);
    jql_diags_sort(&fd);
    jql_diags_render(C->err, &fd, C->err_color);
    run->error |= fd.nerrors > 0;
}

/* --employer named no employer read: an error, with the closest name. */
static int cli_xp_no_employer(struct cli_xp_run *run)
{
    const char *want = run->x->employer;
    const char *near = jql_suggest(want, run->names.v, run->names.n);
    const char *files = jql_join(run->x->o.facts, run->x->o.nfacts, "', '");
    return cli_usage_msg(run->C, jql_sprintf(
        "no employer '%s' in '%s'%s", jql_term_str(want, JQL_TERM_LINE),
        jql_term_str(files, JQL_TERM_LINE),
        near ? jql_sprintf(" (did you mean '%s'?)", jql_term_str(near, JQL_TERM_LINE)) : ""));
}

int cli_explain(struct cli *C, int argc, char **argv)
{
    struct cli_xp x = {0};
    int32_t as_of;
    int rc = cli_xp_parse(C, &x, argc, argv);
    if (rc < 0)
        rc = cli_prepare(C, &x.o.c, &as_of);
    if (rc >= 0)
        return rc;
    struct jql_program *p = cli_load_or_default(C, &x.o.c);
    if (!p)
        return JQL_EXIT_ERROR;
    int s, r;
    if ((rc = cli_xp_resolve(C, p, x.id, &s, &r)) >= 0)
        return rc;
    struct cli_xp_run run = {.C = C, .x = &x, .p = p,
                             .ex = jql_explain_new(p, as_of, x.o.c.max_steps, s, r),
                             .color = cli_color_on(x.o.c.color, C->out)};
    for (int i = 0; i < x.o.nfacts; i++)
        cli_xp_file(&run, x.o.facts[i]);
    if (!run.shown && !run.error)
        return x.employer ? cli_xp_no_employer(&run)
                          : cli_usage_error(C, "no employer in '%s' to explain",
                                            jql_join(x.o.facts, x.o.nfacts, "', '"));
    return run.error ? JQL_EXIT_ERROR : JQL_EXIT_OK;
}
