/*
** testrun: the test runner behind `jqlc test`. A test's `given` becomes an
** employer through the fact loader (so it is validated exactly like a fact
** file), the evaluator produces the same result `check` would report, and
** each `expect` is looked up in that result by id. Coverage records, per
** rule, the set of statuses the tests drove it to.
*/
#include "testrun.h"

#include "eval.h"
#include "mem.h"
#include "term.h"

#include <string.h>

#define COLOR_BOLD "\033[1m"
#define COLOR_RED "\033[31m"
#define COLOR_RESET "\033[0m"

/* ---- checking expectations ---- */

static const struct jql_rstd *find_std(const struct jql_remployer *r, const char *id, size_t n)
{
    for (int i = 0; i < r->nstds; i++)
        if (strlen(r->stds[i].id) == n && strncmp(r->stds[i].id, id, n) == 0)
            return &r->stds[i];
    return NULL;
}

static const struct jql_rrule *find_rule(const struct jql_rstd *s, const char *id)
{
    for (int i = 0; i < s->nrules; i++)
        if (strcmp(s->rules[i].id, id) == 0)
            return &s->rules[i];
    return NULL;
}

/* Look up `expect QID STATUS` in the result. The checker already proved the id exists,
   so a miss here means the result has no standards (the given did not load). */
static bool expect_holds(const struct jql_expect *ex, const struct jql_remployer *r,
                         struct jql_testrun_miss *miss)
{
    const char *dot = strchr(ex->qid, '.');
    size_t sid_len = dot ? (size_t)(dot - ex->qid) : strlen(ex->qid);
    const struct jql_rstd *s = find_std(r, ex->qid, sid_len);
    const struct jql_rrule *ru = s && dot ? find_rule(s, dot + 1) : NULL;
    *miss = (struct jql_testrun_miss){.ex = ex, .std = s, .rule = ru, .got = JQL_ERROR};
    if (!s || (dot && !ru))
        return false;
    miss->got = ru ? ru->status : s->status;
    return miss->got == ex->status;
}

void jql_testrun_check(const struct jql_test *t, const struct jql_remployer *r,
                       struct jql_testrun_result *out)
{
    out->test = t;
    out->misses = NULL;
    out->nmisses = 0;
    if (r->nstds == 0 && r->status == JQL_ERROR) {
        out->passed = false;
        return;
    }
    for (int i = 0; i < t->nexpects; i++) {
        struct jql_testrun_miss m;
        if (!expect_holds(t->expects[i], r, &m))
            JQL_APPEND(out->misses, out->nmisses, m);
    }
    out->passed = out->nmisses == 0;
}

/* ---- running ---- */

static void run_one(const struct jql_program *p, struct jql_evaluator *ev,
                    const struct jql_test *t, struct jql_testrun_result *res)
{
    struct jql_facts_opts fo = {0};
    struct jql_employer *e = jql_facts_load_employer(p, t->given, &fo);
    e->name = t->name; /* a given has no employer name; the test's stands in */
    res->given = e;
    jql_eval_run(ev, e, &res->eval);
    jql_eval_render(ev, &res->eval);
    jql_testrun_check(t, &res->eval, res);
}

static bool in_files(const struct jql_testrun_opts *o, const struct jql_source *src)
{
    for (int i = 0; i < o->nfiles; i++)
        if (o->files[i] == src)
            return true;
    return false;
}

static bool matches_filter(const struct jql_testrun_opts *o, const struct jql_test *t)
{
    return !o->filter || strstr(t->name, o->filter);
}

/* A test of a file that was only imported (the library's, under a local standard) is
   not the user's to run: `jqlc test standards` reports the tests of standards/. */
static bool skipped(const struct jql_testrun_opts *o, const struct jql_test *t)
{
    return o->only_files && !in_files(o, t->loc.src);
}

int jql_testrun_skipped(const struct jql_program *p, const struct jql_testrun_opts *o)
{
    int n = 0;
    for (int i = 0; i < p->ntests; i++)
        n += matches_filter(o, p->tests[i]) && skipped(o, p->tests[i]);
    return n;
}

struct jql_testrun_result *jql_testrun_run(const struct jql_program *p,
                                           const struct jql_testrun_opts *o,
                                           struct jql_testrun_coverage *cov, int *nresults)
{
    struct jql_testrun_result *v = NULL;
    int n = 0;
    struct jql_evaluator *ev = jql_eval_new(p, o->as_of);
    if (o->max_steps)
        jql_eval_set_max_steps(ev, o->max_steps);
    for (int i = 0; i < p->ntests; i++) {
        const struct jql_test *t = p->tests[i];
        if (!matches_filter(o, t) || skipped(o, t))
            continue;
        struct jql_testrun_result res = {0};
        run_one(p, ev, t, &res);
        if (cov)
            jql_testrun_cover(cov, &res.eval);
        JQL_APPEND(v, n, res);
    }
    *nresults = n;
    return v;
}

/* ---- coverage ---- */

void jql_testrun_coverage_init(struct jql_testrun_coverage *cov, const struct jql_program *p)
{
    cov->p = p;
    cov->counted = NULL;
    cov->first = jql_alloc_atomic((size_t)(p->nstandards + 1) * sizeof *cov->first);
    cov->nrules = 0;
    for (int s = 0; s < p->nstandards; s++) {
        cov->first[s] = cov->nrules;
        cov->nrules += p->standards[s]->nrules;
    }
    cov->first[p->nstandards] = cov->nrules;
    cov->reached = jql_alloc_atomic((size_t)cov->nrules + 1);
    memset(cov->reached, 0, (size_t)cov->nrules + 1);
}

/* The evaluator reports standards and rules in the program's declaration order,
   so result indices are program indices. */
void jql_testrun_cover(struct jql_testrun_coverage *cov, const struct jql_remployer *r)
{
    for (int s = 0; s < r->nstds && s < cov->p->nstandards; s++)
        for (int k = 0; k < r->stds[s].nrules; k++)
            cov->reached[cov->first[s] + k] |= (uint8_t)(1u << r->stds[s].rules[k].status);
}

unsigned jql_testrun_reached(const struct jql_testrun_coverage *cov, int std, int rule)
{
    return cov->reached[cov->first[std] + rule];
}

/* Count the rule an `expect STANDARD.RULE` names (a standard's expectation names none). */
static void scope_expect(struct jql_testrun_coverage *cov, const char *qid)
{
    const char *dot = strchr(qid, '.');
    if (!dot)
        return;
    for (int s = 0; s < cov->p->nstandards; s++) {
        const struct jql_standard *sd = cov->p->standards[s];
        if (strlen(sd->id) != (size_t)(dot - qid) || strncmp(sd->id, qid, (size_t)(dot - qid)))
            continue;
        for (int k = 0; k < sd->nrules; k++)
            if (strcmp(sd->rules[k]->id, dot + 1) == 0)
                cov->counted[cov->first[s] + k] = true;
    }
}

void jql_testrun_coverage_scope(struct jql_testrun_coverage *cov,
                                const struct jql_testrun_opts *o,
                                const struct jql_testrun_result *res, int n)
{
    if (!o->only_files)
        return;
    cov->counted = jql_alloc_atomic((size_t)cov->nrules + 1);
    for (int s = 0; s < cov->p->nstandards; s++) {
        const struct jql_standard *sd = cov->p->standards[s];
        for (int k = 0; k < sd->nrules; k++)
            cov->counted[cov->first[s] + k] = in_files(o, sd->rules[k]->loc.src);
    }
    for (int i = 0; i < n; i++)
        for (int e = 0; e < res[i].test->nexpects; e++)
            scope_expect(cov, res[i].test->expects[e]->qid);
}

/* ---- writers ---- */

static void put_detail(FILE *out, const char *indent, const char *label, const char *val)
{
    if (!val || !*val)
        return;
    fprintf(out, "%s%s: ", indent, label);
    jql_term_puts(out, val, JQL_TERM_LINES);
    fputc('\n', out);
}

/* why / missing of one rule, at `indent`. */
static void put_rule_detail(FILE *out, const char *indent, const struct jql_rrule *ru)
{
    put_detail(out, indent, "why", ru->reason);
    put_detail(out, indent, "missing", jql_join(ru->missing, ru->nmissing, ", "));
}

/* A standard's status is explained by its required rules that reached that status. */
static void put_std_detail(FILE *out, const struct jql_rstd *s, uint8_t got)
{
    if (got == JQL_PASS || got == JQL_NOT_APPLICABLE)
        return;
    for (int i = 0; i < s->nrules; i++) {
        const struct jql_rrule *ru = &s->rules[i];
        if (ru->status != got || (ru->level && strcmp(ru->level, "required") != 0))
            continue;
        fputs("    ", out);
        jql_term_puts(out, jql_sprintf("%s.%s %s", s->id, ru->id, jql_status_name(got)),
                      JQL_TERM_LINE);
        fputc('\n', out);
        put_rule_detail(out, "      ", ru);
    }
}

/* `FILE:LINE:COL: test "NAME": ` */
static void put_head(FILE *out, struct jql_loc at, const struct jql_test *t, bool color)
{
    const char *where = jql_term_str(jql_loc_str(at), JQL_TERM_LINE);
    fprintf(out, color ? COLOR_BOLD "%s:" COLOR_RESET " " : "%s: ", where);
    fputs("test \"", out);
    jql_term_puts(out, t->name, JQL_TERM_LINE);
    fputs("\": ", out);
}

static void put_miss(FILE *out, const struct jql_testrun_result *res,
                     const struct jql_testrun_miss *m, bool color)
{
    put_head(out, m->ex->loc, res->test, color);
    fputs("expected ", out);
    jql_term_puts(out, m->ex->qid, JQL_TERM_LINE);
    fprintf(out, " %s, got %s%s%s\n", jql_status_name(m->ex->status), color ? COLOR_RED : "",
            jql_status_name(m->got), color ? COLOR_RESET : "");
    if (m->rule)
        put_rule_detail(out, "    ", m->rule);
    else if (m->std)
        put_std_detail(out, m->std, m->got);
}

void jql_testrun_write_result(FILE *out, const struct jql_testrun_result *res,
                              const struct jql_testrun_opts *o)
{
    if (res->passed) {
        if (o->verbose) {
            fputs("ok \"", out);
            jql_term_puts(out, res->test->name, JQL_TERM_LINE);
            fputs("\"\n", out);
        }
        return;
    }
    if (res->nmisses == 0) { /* the given did not load; its diagnostics went to stderr */
        put_head(out, res->test->given->loc, res->test, o->color);
        fputs("the given facts did not load\n", out);
        return;
    }
    for (int i = 0; i < res->nmisses; i++)
        put_miss(out, res, &res->misses[i], o->color);
}

/* "reached pass, untested; never fail" */
static const char *coverage_line(unsigned bits)
{
    struct jql_buf b = {0};
    jql_buf_puts(&b, "reached ");
    int nreached = 0;
    for (int s = JQL_PASS; s <= JQL_ERROR; s++)
        if (bits & (1u << s))
            jql_buf_printf(&b, "%s%s", nreached++ ? ", " : "", jql_status_name((enum jql_status)s));
    if (!nreached)
        jql_buf_puts(&b, "nothing");
    jql_buf_puts(&b, ";");
    if (!(bits & (1u << JQL_PASS)))
        jql_buf_puts(&b, " never pass");
    if (!(bits & (1u << JQL_FAIL)))
        jql_buf_printf(&b, "%s never fail", bits & (1u << JQL_PASS) ? "" : ",");
    return jql_buf_str(&b);
}

void jql_testrun_write_coverage(FILE *out, const struct jql_testrun_coverage *cov)
{
    const unsigned both = (1u << JQL_PASS) | (1u << JQL_FAIL);
    int covered = 0, counted = 0;
    for (int s = 0; s < cov->p->nstandards; s++) {
        const struct jql_standard *sd = cov->p->standards[s];
        for (int k = 0; k < sd->nrules; k++) {
            if (cov->counted && !cov->counted[cov->first[s] + k])
                continue;
            counted++;
            unsigned bits = jql_testrun_reached(cov, s, k);
            if ((bits & both) == both) {
                covered++;
                continue;
            }
            jql_term_puts(out, jql_sprintf("%s.%s: %s", sd->id, sd->rules[k]->id,
                                           coverage_line(bits)),
                          JQL_TERM_LINE);
            fputc('\n', out);
        }
    }
    fprintf(out, "coverage: %d of %d rules reached pass and fail\n", covered, counted);
}

void jql_testrun_write_summary(FILE *out, const struct jql_testrun_result *res, int n,
                               int nskipped)
{
    int passed = 0;
    for (int i = 0; i < n; i++)
        passed += res[i].passed;
    fprintf(out, "%d passed, %d failed", passed, n - passed);
    if (nskipped > 0)
        fprintf(out, ", %d skipped", nskipped);
    fputc('\n', out);
}
