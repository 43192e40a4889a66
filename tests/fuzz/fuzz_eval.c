/*
** fuzz_eval: rules and facts together. The input is a rule file, a line
** "%%", then a fact file. When the rule part is empty the built-in
** std/default rules are used (checked once, at start-up). The rules are
** checked, every employer loaded and evaluated, the report written as JSON
** and as text, and the rule file's `test` blocks run, all to /dev/null.
** Each employer and test runs under the step budget of fuzz_budget_for, an
** oracle for evaluation blow-ups (fuzz_common.h).
*/
#include "check.h"
#include "eval.h"
#include "explain.h"
#include "facts.h"
#include "fuzz_common.h"
#include "load.h"
#include "parse.h"
#include "report.h"
#include "testrun.h"
#include "value.h"

#include <string.h>

static const char SEP[] = "\n%%\n";
static int32_t as_of;
static struct jql_program *std_prog;
static struct jql_evaluator *std_ev;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init();
    if (!jql_date_from_ymd(2026, 11, 23, &as_of))
        abort();
    std_prog = fuzz_std_default();
    std_ev = jql_eval_new(std_prog, as_of);
    return 0;
}

/* The rule part: NULL when it does not check (nothing to evaluate). */
/* `jqlc explain` of the first standard for each employer that loaded: the tree written
   both ways, and its statuses must be check's (explain.h: tracing changes no result). */
static void fuzz_explain(const struct jql_program *p, struct jql_employer **emps, int n,
                         const struct jql_remployer *checked, const struct fuzz_budget *b)
{
    if (!p->nstandards)
        return;
    struct jql_explain *x = jql_explain_new(p, as_of, b->steps, 0, -1);
    jql_explain_set_max_nodes(x, 20000);
    for (int i = 0; i < n; i++) {
        if (emps[i]->failed)
            continue;
        const struct jql_remployer *r = jql_explain_run(x, emps[i]);
        jql_explain_write(fuzz_sink, x, false);
        jql_explain_write_jsonl(fuzz_sink, x);
        if (r->status != checked[i].status)
            abort();
        for (int k = 0; k < r->nstds; k++)
            if (r->stds[k].status != checked[i].stds[k].status)
                abort();
    }
}

static struct jql_program *fuzz_program(const uint8_t *data, size_t size,
                                        struct jql_evaluator **ev)
{
    if (size == 0) {
        *ev = std_ev;
        return std_prog;
    }
    struct jql_diags d = {0};
    struct jql_rulefile *rf = jql_parse_rules(fuzz_source("fuzz.jq", data, size), &d);
    struct jql_program *p = d.nerrors ? NULL : jql_check(&rf, 1, &d);
    fuzz_render(&d);
    if (!p)
        return NULL;
    *ev = jql_eval_new(p, as_of);
    return p;
}

/* The rule file's test blocks, each under the budget. */
static void fuzz_tests(const struct jql_program *p, const struct fuzz_budget *b)
{
    struct jql_testrun_opts to = {.as_of = as_of, .max_steps = b->steps, .verbose = true};
    struct jql_testrun_coverage cov;
    jql_testrun_coverage_init(&cov, p);
    int n = 0;
    struct jql_testrun_result *res = jql_testrun_run(p, &to, &cov, &n);
    for (int i = 0; i < n; i++) {
        fuzz_budget_check(b, &res[i].eval);
        jql_testrun_write_result(fuzz_sink, &res[i], &to);
    }
    jql_testrun_write_summary(fuzz_sink, res, n, 0);
    jql_testrun_write_coverage(fuzz_sink, &cov);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *facts = NULL;
    size_t rules_len = size;
    if (size >= 3 && memcmp(data, SEP + 1, 3) == 0) { /* "%%\n" at the very start */
        rules_len = 0;
        facts = data + 3;
    } else {
        for (size_t i = 0; i + 4 <= size; i++)
            if (memcmp(data + i, SEP, 4) == 0) {
                rules_len = i + 1; /* keep the rule part's last newline */
                facts = data + i + 4;
                break;
            }
    }
    if (!facts)
        return 0;
    struct jql_evaluator *ev = NULL;
    struct jql_program *p = fuzz_program(data, rules_len, &ev);
    if (!p)
        return 0;
    struct jql_diags d = {0};
    struct jql_source *src = fuzz_source("fuzz.facts", facts, size - (size_t)(facts - data));
    struct jql_factfile *ff = jql_parse_facts(src, &d);
    fuzz_render(&d);
    struct jql_facts_opts fo = {0};
    int n = 0;
    struct jql_employer **emps = jql_facts_load(p, ff, &fo, &n);
    struct fuzz_budget b = fuzz_budget_for(p, size, n + (p == std_prog ? 0 : p->ntests));
    if (p != std_prog && p->ntests)
        fuzz_tests(p, &b);
    jql_eval_set_max_steps(ev, b.steps);
    struct jql_report rep = {.version = "fuzz", .as_of = "2026-11-23"};
    for (int i = 0; i < n; i++) {
        fuzz_render(&emps[i]->diags);
        struct jql_remployer r = {0};
        jql_eval_run(ev, emps[i], &r);
        jql_eval_render(ev, &r);
        fuzz_budget_check(&b, &r);
        int line, col;
        jql_source_linecol(src, emps[i]->loc.start, &line, &col);
        r.name = emps[i]->name;
        r.file = src->name;
        r.line = line;
        JQL_APPEND(rep.emps, rep.nemps, r);
    }
    if (p != std_prog)
        fuzz_explain(p, emps, n, rep.emps, &b);
    jql_report_count(&rep);
    struct jql_report_opts ro = {0};
    jql_report_json(fuzz_sink, &rep, &ro);
    jql_report_text(fuzz_sink, &rep, &ro);
    return 0;
}
