/*
** testrun: the test runner behind `jqlc test`. Each `given` of a test becomes an
** employer through the fact loader (so it is validated exactly like a fact
** file), the evaluator produces the same result `check` would report, and
** each `expect` is looked up in the result of the employer it names by id; an
** `expect goal` is compared with the goal's status over the test's employers.
** Coverage records, per rule, the set of statuses the tests drove it to.
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
static bool rule_expect_holds(const struct jql_expect *ex, const struct jql_remployer *r,
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

/* `expect goal ID STATUS` against the goal computed for this expectation. */
static bool goal_expect_holds(const struct jql_expect *ex, const struct jql_testrun_goal *g,
                              struct jql_testrun_miss *miss)
{
    *miss = (struct jql_testrun_miss){.ex = ex, .goal = g, .got = JQL_GOAL_UNDECIDED};
    if (!g)
        return false;
    miss->got = g->pg.status;
    return miss->got == ex->status;
}

static bool did_not_load(const struct jql_remployer *r)
{
    return r->nstds == 0 && r->status == JQL_ERROR;
}

void jql_testrun_check_all(const struct jql_test *t, const struct jql_remployer *evals,
                           struct jql_testrun_result *out)
{
    out->test = t;
    out->misses = NULL;
    out->nmisses = 0;
    out->passed = false;
    for (int k = 0; k < t->ngivens; k++)
        if (did_not_load(&evals[k]))
            return;
    for (int i = 0; i < t->nexpects; i++) {
        const struct jql_expect *ex = t->expects[i];
        struct jql_testrun_miss m;
        int k = ex->given < t->ngivens ? ex->given : 0; /* jql_testrun_check: all read one */
        bool ok = ex->goal ? goal_expect_holds(ex, out->goals ? &out->goals[i] : NULL, &m)
                           : rule_expect_holds(ex, &evals[k], &m);
        if (!ok)
            JQL_APPEND(out->misses, out->nmisses, m);
    }
    out->passed = out->nmisses == 0;
}

void jql_testrun_check(const struct jql_test *t, const struct jql_remployer *r,
                       struct jql_testrun_result *out)
{
    struct jql_test one = *t;
    one.ngivens = 1; /* the expectations all read r (the checker gave each given 0) */
    out->goals = NULL;
    out->evals = r;
    out->ngivens = 1;
    jql_testrun_check_all(&one, r, out);
    out->test = t;
}

/* ---- goals over a test's employers ----
   The portfolio of the test's givens (port.h), as `jqlc check` folds a run's: one
   contribution per given, goals judged by the same bounds (docs/language.md §4, "Goals"). */

/* ---- running ---- */

/* The employer the CLI prints the diagnostics of: the first given, with the diagnostics
   of the others after its own. */
static const struct jql_employer *all_diags(const struct jql_employer **givens, int n)
{
    if (n == 1)
        return givens[0];
    struct jql_employer *all = jql_alloc(sizeof *all);
    *all = *givens[0];
    all->diags = (struct jql_diags){0};
    for (int k = 0; k < n; k++)
        for (int i = 0; i < givens[k]->diags.n; i++)
            JQL_APPEND(all->diags.v, all->diags.n, givens[k]->diags.v[i]);
    return all;
}

static void run_one(const struct jql_program *p, struct jql_evaluator *ev,
                    const struct jql_test *t, struct jql_testrun_result *res)
{
    int n = t->ngivens;
    res->ngivens = n;
    res->givens = jql_alloc((size_t)n * sizeof *res->givens);
    struct jql_remployer *evals = jql_alloc((size_t)n * sizeof *evals);
    res->evals = evals;
    res->goals = jql_alloc((size_t)(t->nexpects + 1) * sizeof *res->goals);
    struct jql_port *pt = jql_port_new(&(struct jql_port_opts){.p = p});
    for (int k = 0; k < n; k++) {
        struct jql_facts_opts fo = {0};
        struct jql_employer *e = jql_facts_load_employer(p, t->givens[k], &fo);
        /* a bare given has no employer name; the test's stands in */
        e->name = t->givens[k]->name ? t->givens[k]->name : t->name;
        jql_port_check_weights(pt, e);
        res->givens[k] = e;
        jql_eval_run(ev, e, &evals[k]);
        jql_port_add(pt, jql_port_take(pt, ev, e, &evals[k])); /* `where` reads the last run */
        jql_eval_render(ev, &evals[k]);
    }
    int ngoals;
    const struct jql_pgoal *goals = jql_port_goals(pt, &ngoals);
    for (int i = 0; i < t->nexpects; i++)
        if (t->expects[i]->goal)
            res->goals[i] = (struct jql_testrun_goal){goals[t->expects[i]->goal_index],
                                                      goals[t->expects[i]->goal_index].unknown};
    res->given = all_diags(res->givens, n);
    res->eval = res->evals[0];
    jql_testrun_check_all(t, res->evals, res);
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
        for (int k = 0; cov && k < res.ngivens; k++)
            jql_testrun_cover(cov, &res.evals[k]);
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
            if (!res[i].test->expects[e]->goal)
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

static const char *const goal_status_names[] = {
#define X(id, name) name,
    JQL_GOAL_STATUSES(X)
#undef X
};
/* `expect goal` keeps the index in this list (parse.c): it must be port.h's enum. */
enum {
#define X(id, name) TR_GOAL_##id,
    JQL_GOAL_STATUSES(X)
#undef X
};
#define X(id, name) _Static_assert((int)TR_GOAL_##id == (int)JQL_GOAL_##id, "goal status " name);
JQL_GOAL_STATUSES(X)
#undef X

static const char *status_word(bool goal, uint8_t st)
{
    return goal ? goal_status_names[st] : jql_status_name((enum jql_status)st);
}

/* A goal's target, population, amounts and share with its bounds. */
static void put_goal_detail(FILE *out, const struct jql_testrun_goal *acc)
{
    const struct jql_goal *g = acc->pg.g;
    const jql_dec *n = acc->pg.a.n;
    struct jql_buf b = {0};
    jql_buf_printf(&b, "    target: %s\n", jql_ast_goal_share(g));
    jql_buf_printf(&b, "    population: %lld employer%s", (long long)acc->pg.population,
                   acc->pg.population == 1 ? "" : "s");
    if (acc->pg.left_out)
        jql_buf_printf(&b, "; %lld left out ('where' unknown)", (long long)acc->pg.left_out);
    if (acc->unknown_weight)
        jql_buf_printf(&b, "; %lld with no known weight", (long long)acc->unknown_weight);
    jql_buf_printf(&b, "\n    %s: %s reached, %s undecided, %s not reached\n",
                   g->weight ? g->weight : "employers", jql_dec_format(n[JQL_REACH_REACHED], 0),
                   jql_dec_format(n[JQL_REACH_UNDECIDED], 0), jql_dec_format(n[JQL_REACH_NOT], 0));
    /* as the portfolio prints it: "62.5% (58.0–71.3%)", n/a for a share of nothing */
    struct jql_share_text st;
    jql_port_share_text(&acc->pg.a, &st);
    jql_buf_printf(&b, "    share: %s", st.has_share ? st.share : "n/a");
    if (st.has_bounds)
        jql_buf_printf(&b, " (%.*s\u2013%s)", (int)strlen(st.low) - 1, st.low, st.high);
    jql_buf_putc(&b, '\n');
    jql_term_puts(out, jql_buf_str(&b), JQL_TERM_LINES);
}

static void put_miss(FILE *out, const struct jql_testrun_result *res,
                     const struct jql_testrun_miss *m, bool color)
{
    const struct jql_expect *ex = m->ex;
    put_head(out, ex->loc, res->test, color);
    fputs("expected ", out);
    if (ex->goal)
        fputs("goal ", out);
    else if (ex->employer)
        fprintf(out, "%s ", jql_term_str(jql_value_quote(ex->employer), JQL_TERM_LINE));
    jql_term_puts(out, ex->qid, JQL_TERM_LINE);
    fprintf(out, " %s, got %s%s%s\n", status_word(ex->goal, ex->status),
            color ? COLOR_RED : "", status_word(ex->goal, m->got), color ? COLOR_RESET : "");
    if (m->goal)
        put_goal_detail(out, m->goal);
    else if (m->rule)
        put_rule_detail(out, "    ", m->rule);
    else if (m->std)
        put_std_detail(out, m->std, m->got);
}

/* The givens that did not load (their diagnostics went to stderr). */
static void put_not_loaded(FILE *out, const struct jql_testrun_result *res, bool color)
{
    const struct jql_test *t = res->test;
    for (int k = 0; k < res->ngivens && k < t->ngivens; k++) {
        if (!did_not_load(&res->evals[k]))
            continue;
        put_head(out, t->givens[k]->loc, t, color);
        if (!t->givens[k]->name) {
            fputs("the given facts did not load\n", out);
            continue;
        }
        fputs("the facts of given ", out);
        jql_term_puts(out, jql_value_quote(t->givens[k]->name), JQL_TERM_LINE);
        fputs(" did not load\n", out);
    }
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
    if (res->nmisses == 0) { /* a given did not load */
        put_not_loaded(out, res, o->color);
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
