/*
** fuzz_common: shared setup for the libFuzzer harnesses in tests/fuzz/.
** Every harness starts the collector once, owns a sink for whatever the
** code under test prints (diagnostics, reports), and wraps the input as an
** in-memory source the same way the CLI wraps a file it has read.
*/
#ifndef JQL_FUZZ_COMMON_H
#define JQL_FUZZ_COMMON_H

#include "check.h"
#include "diag.h"
#include "load.h"
#include "mem.h"
#include "report.h"
#include "source.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The libFuzzer entry points every harness defines. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Diagnostics and reports go here: /dev/null, opened once. */
static FILE *fuzz_sink;

static void fuzz_init(void)
{
    jql_mem_init();
    fuzz_sink = fopen("/dev/null", "w");
    if (!fuzz_sink)
        abort();
}

static __attribute__((unused)) struct jql_source *fuzz_source(const char *name,
                                                              const uint8_t *data, size_t size)
{
    return jql_source_new(name, name, (const char *)data, size);
}

/* Sort and render every diagnostic (source line and caret), as the CLI does. */
static __attribute__((unused)) void fuzz_render(struct jql_diags *d)
{
    jql_diags_sort(d);
    jql_diags_render(fuzz_sink, d, false);
}

/* The built-in std/default, checked: the fixed program the facts and eval
   harnesses run inputs against. A library that does not check is a bug. */
static __attribute__((unused)) struct jql_program *fuzz_std_default(void)
{
    struct jql_diags d = {0};
    struct jql_load_opts lo = {0};
    const char *paths[] = {"std/default"};
    int nfiles = 0;
    struct jql_rulefile **files = jql_load_rules(paths, 1, &lo, &d, &nfiles);
    struct jql_program *p = d.nerrors ? NULL : jql_check(files, nfiles, &d);
    if (!p) {
        jql_diags_render(stderr, &d, false);
        abort();
    }
    return p;
}

/* ---- the step budget as an oracle (docs/HACKING.md, "Fuzzing") ----------------------

   Every evaluating harness gives each employer and each test a step budget, so that a
   runaway rule (quantifiers nested over many elements) ends quickly in error instead of
   timing out. But the budget would also hide a blow-up of the evaluator itself, such as
   the unknown lets that were evaluated again at every use (2^N work for N lets): for
   rules that nest no quantifier inside another, lets counted where they are used, the
   work per employer is at most about (expression nodes) x (elements) <= size^2 / 4, so
   their budget is 16 size^2 and running out of it is a bug: fuzz_budget_check aborts. */

/* The most quantifiers binding at once inside e; memo[i] caches let i's (-1: not yet). */
static int fuzz_qdepth(const struct jql_program *p, const struct jql_expr *e, int *memo)
{
    int d = 0, k;
    switch (e->kind) {
    case JQL_E_NAME:
        if (e->ref != JQL_REF_LET)
            return 0;
        if (memo[e->index] < 0)
            memo[e->index] = fuzz_qdepth(p, p->lets[e->index].expr, memo);
        return memo[e->index];
    case JQL_E_NEG: case JQL_E_NOT: case JQL_E_KNOWN:
        return fuzz_qdepth(p, e->u.un.a, memo);
    case JQL_E_AND: case JQL_E_OR: case JQL_E_IMPLIES: case JQL_E_ARITH: case JQL_E_CMP:
    case JQL_E_IN:
        d = fuzz_qdepth(p, e->u.bin.a, memo);
        k = fuzz_qdepth(p, e->u.bin.b, memo);
        return d > k ? d : k;
    case JQL_E_QUANT:
        d = fuzz_qdepth(p, e->u.quant.body, memo);
        if (e->u.quant.weight && (k = fuzz_qdepth(p, e->u.quant.weight, memo)) > d)
            d = k;
        return d + 1;
    case JQL_E_IF:
        d = fuzz_qdepth(p, e->u.cond.c, memo);
        if ((k = fuzz_qdepth(p, e->u.cond.t, memo)) > d)
            d = k;
        if ((k = fuzz_qdepth(p, e->u.cond.e, memo)) > d)
            d = k;
        return d;
    case JQL_E_CALL: case JQL_E_LOOKUP:
        for (int i = 0; i < e->u.call.nargs; i++)
            if ((k = fuzz_qdepth(p, e->u.call.args[i], memo)) > d)
                d = k;
        return d;
    case JQL_E_LIST:
        for (int i = 0; i < e->u.list.n; i++)
            if ((k = fuzz_qdepth(p, e->u.list.items[i], memo)) > d)
                d = k;
        return d;
    default:
        return 0;
    }
}

static int fuzz_qdepth_clauses(const struct jql_program *p, struct jql_expr **v, int n,
                               int *memo)
{
    int d = 0;
    for (int i = 0; i < n; i++) {
        int k = fuzz_qdepth(p, v[i], memo);
        d = k > d ? k : d;
    }
    return d;
}

struct fuzz_budget {
    int64_t steps; /* per employer, per test */
    bool strict;   /* running out is a bug (no nested quantifiers) */
};

/* The budget for a program on an input of `size` bytes that evaluates `nruns` employers
   and tests: strict as above, else 10^7 steps for the whole input (about a second in
   the sanitizer build), shared out. */
static __attribute__((unused)) struct fuzz_budget fuzz_budget_for(const struct jql_program *p,
                                                                  size_t size, int nruns)
{
    int *memo = jql_alloc_atomic(((size_t)p->nlets + 1) * sizeof *memo);
    memset(memo, 0xff, ((size_t)p->nlets + 1) * sizeof *memo);
    int depth = 0;
    for (int s = 0; s < p->nstandards; s++)
        for (int r = 0; r < p->standards[s]->nrules; r++) {
            const struct jql_rule *ru = p->standards[s]->rules[r];
            int k = fuzz_qdepth_clauses(p, ru->whens, ru->nwhens, memo);
            int k2 = fuzz_qdepth_clauses(p, ru->unlesses, ru->nunlesses, memo);
            int k3 = fuzz_qdepth_clauses(p, ru->requires, ru->nrequires, memo);
            k = k > k2 ? k : k2;
            k = k > k3 ? k : k3;
            depth = k > depth ? k : depth;
        }
    struct fuzz_budget b = {10000000 / (nruns > 0 ? nruns : 1), false};
    if (b.steps < 1000)
        b.steps = 1000;
    if (depth <= 1 && size <= 1000000) {
        b.steps = 16 * (int64_t)size * (int64_t)size + 100000;
        b.strict = true;
    }
    return b;
}

/* Abort when a strict budget ran out for r (an employer or a test's given). */
static __attribute__((unused)) void fuzz_budget_check(const struct fuzz_budget *b,
                                                      const struct jql_remployer *r)
{
    if (!b->strict)
        return;
    for (int s = 0; s < r->nstds; s++)
        for (int i = 0; i < r->stds[s].nrules; i++) {
            const char *why = r->stds[s].rules[i].reason;
            if (strncmp(why, "evaluation exceeded the step budget", 35) == 0) {
                fprintf(stderr, "fuzz: %lld steps were not enough for rules that nest no "
                                "quantifier: an evaluation blow-up (%s: %s)\n",
                        (long long)b->steps, r->stds[s].rules[i].id, why);
                abort();
            }
        }
}

#endif
