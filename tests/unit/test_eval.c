/* Unit tests for eval: rule files and fact files are parsed, checked and loaded,
   then evaluated; statuses, reasons, missing facts and tiers are asserted exactly. */
#include "test_util.h"

#include "check.h"
#include "eval.h"
#include "facts.h"
#include "parse.h"

#include <stdio.h>
#include <string.h>

static const char VOCAB[] =
    "facts {\n"
    "  t: bool\n"
    "  f: bool\n"
    "  u: bool\n"
    "  v: bool\n"
    "  n: number\n"
    "  z: number\n"
    "  wage: money/hour\n"
    "  living: money/hour\n"
    "  plan: one of \"none\", \"401k\", \"403b\"\n"
    "  langs: list of text\n"
    "  employees: count\n"
    "  salary: money/month\n"
    "  collection job\n"
    "  job.wage: money/hour\n"
    "  job.ok: bool\n"
    "  job.headcount: count\n"
    "}\n"
    "let err_v = n / z > 0\n";

static const struct jql_program *compile(const char *rules)
{
    static const char *const names[] = {"vocab.jq", "t.jq"};
    const char *texts[] = {VOCAB, rules};
    struct jql_rulefile *rf[2];
    struct jql_diags d = {0};
    for (int i = 0; i < 2; i++)
        rf[i] = jql_parse_rules(jql_source_new(names[i], names[i], texts[i], strlen(texts[i])),
                                &d);
    struct jql_program *p = d.nerrors ? NULL : jql_check(rf, 2, &d);
    if (!p || d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_non_null(p);
    return p;
}

static int32_t date(const char *iso)
{
    int y, m, d;
    int32_t days = 0;
    assert_int_equal(sscanf(iso, "%d-%d-%d", &y, &m, &d), 3);
    assert_true(jql_date_from_ymd(y, m, d, &days));
    return days;
}

/* Evaluate the only employer `body` (an employer block body) against `rules`. */
static struct jql_remployer run_at(const char *rules, const char *body, const char *as_of)
{
    const struct jql_program *p = compile(rules);
    char *text = jql_sprintf("employer \"Acme\" {\n%s\n}\n", body);
    struct jql_diags d = {0};
    struct jql_factfile *ff =
        jql_parse_facts(jql_source_new("t.facts", "t.facts", text, strlen(text)), &d);
    if (d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_int_equal(d.nerrors, 0);
    struct jql_facts_opts o = {0};
    int n = 0;
    struct jql_employer **emps = jql_facts_load(p, ff, &o, &n);
    assert_int_equal(n, 1);
    struct jql_remployer r = {0};
    jql_eval_employer(p, emps[0], date(as_of), &r);
    return r;
}

static struct jql_remployer run(const char *rules, const char *body)
{
    return run_at(rules, body, "2026-06-01");
}

static const struct jql_rstd *std(const struct jql_remployer *r, const char *id)
{
    for (int i = 0; i < r->nstds; i++)
        if (strcmp(r->stds[i].id, id) == 0)
            return &r->stds[i];
    fail_msg("no standard %s", id);
    return NULL;
}

static const struct jql_rrule *rule(const struct jql_remployer *r, const char *qid)
{
    const char *dot = strchr(qid, '.');
    const struct jql_rstd *s = std(r, jql_strndup(qid, (size_t)(dot - qid)));
    for (int i = 0; i < s->nrules; i++)
        if (strcmp(s->rules[i].id, dot + 1) == 0)
            return &s->rules[i];
    fail_msg("no rule %s", qid);
    return NULL;
}

static const char *missing(const struct jql_rrule *r)
{
    struct jql_buf b = {0};
    for (int i = 0; i < r->nmissing; i++)
        jql_buf_printf(&b, "%s%s", i ? "," : "", r->missing[i]);
    return jql_buf_str(&b);
}

static void expect_rule(const struct jql_remployer *r, const char *qid, enum jql_status st,
                        const char *reason, const char *miss)
{
    const struct jql_rrule *ru = rule(r, qid);
    if (ru->status != st || strcmp(ru->reason, reason) != 0 || strcmp(missing(ru), miss) != 0)
        fail_msg("%s: got %s \"%s\" [%s], want %s \"%s\" [%s]", qid,
                 jql_status_name(ru->status), ru->reason, missing(ru), jql_status_name(st),
                 reason, miss);
}

static const char BASE_FACTS[] = "t = true f = false n = 1 z = 0";

/* ---- three-valued logic ---------------------------------------------------- */

/* Truth values in table order, as expressions, and the status each yields. */
static const char *const TV_EXPR[] = {"t", "f", "u", "err_v"};
static const char TV_CH[] = "TFUE";

static enum jql_status status_of(char c)
{
    switch (c) {
    case 'T':
        return JQL_PASS;
    case 'F':
        return JQL_FAIL;
    case 'U':
        return JQL_UNTESTED;
    default:
        return JQL_ERROR;
    }
}

/* Spec 6 + 11.1, row a, column b, both in T F U E order. */
static const char *const TABLE_AND[] = {"TFUE", "FFFF", "UFUE", "EFEE"};
static const char *const TABLE_OR[] = {"TTTT", "TFUE", "TUUE", "TEEE"};
static const char *const TABLE_IMPLIES[] = {"TFUE", "TTTT", "TUUE", "TEEE"};
static const char TABLE_NOT[] = "FTUE";

static void test_kleene_tables(void **state)
{
    static const char *const ops[] = {"and", "or", "implies"};
    const char *const *tables[] = {TABLE_AND, TABLE_OR, TABLE_IMPLIES};
    struct jql_buf b = {0};
    jql_buf_puts(&b, "standard k {\n");
    for (int o = 0; o < 3; o++)
        for (int a = 0; a < 4; a++)
            for (int c = 0; c < 4; c++)
                jql_buf_printf(&b, "  rule %s_%c%c { require %s %s %s }\n", ops[o], TV_CH[a],
                               TV_CH[c], TV_EXPR[a], ops[o], TV_EXPR[c]);
    for (int a = 0; a < 4; a++)
        jql_buf_printf(&b, "  rule not_%c { require not %s }\n", TV_CH[a], TV_EXPR[a]);
    jql_buf_puts(&b, "}\n");
    struct jql_remployer r = run(jql_buf_str(&b), BASE_FACTS);
    for (int o = 0; o < 3; o++)
        for (int a = 0; a < 4; a++)
            for (int c = 0; c < 4; c++) {
                const char *id = jql_sprintf("k.%s_%c%c", ops[o], TV_CH[a], TV_CH[c]);
                enum jql_status want = status_of(tables[o][a][c]);
                if (rule(&r, id)->status != want)
                    fail_msg("%s: got %s want %s", id, jql_status_name(rule(&r, id)->status),
                             jql_status_name(want));
                /* Only an unknown result reports missing facts, and only `u`. */
                assert_string_equal(missing(rule(&r, id)), want == JQL_UNTESTED ? "u" : "");
            }
    for (int a = 0; a < 4; a++)
        assert_int_equal(rule(&r, jql_sprintf("k.not_%c", TV_CH[a]))->status,
                         status_of(TABLE_NOT[a]));
    expect_rule(&r, "k.and_TU", JQL_UNTESTED, "t and u is unknown", "u");
    expect_rule(&r, "k.and_EF", JQL_FAIL, "f = false", "");
    expect_rule(&r, "k.or_FE", JQL_ERROR, "division by zero at vocab.jq:19:15", "");
}

/* A known operand that decides drops what the other operand was missing. */
static void test_missing_depends_on_deciders(void **state)
{
    struct jql_remployer r = run("standard s {\n"
                                 "  rule a { require (u and f) or v }\n"
                                 "  rule b { require (u or v) and (employees > 3 or u) }\n"
                                 "  rule c { require u is known or v }\n"
                                 "  rule d { require if u then v else t }\n"
                                 "  rule e { require u implies t }\n"
                                 "  rule f { require v and u and v }\n"
                                 "  rule g { require plan in [\"none\"] or t }\n"
                                 "  rule h { require job is known or u }\n"
                                 "}\n",
                                 BASE_FACTS);
    expect_rule(&r, "s.a", JQL_UNTESTED, "(u and f) or v is unknown", "v");
    expect_rule(&r, "s.b", JQL_UNTESTED, "(u or v) and (employees > 3 or u) is unknown",
                "employees,u,v");
    expect_rule(&r, "s.c", JQL_UNTESTED, "u is known or v is unknown", "v");
    expect_rule(&r, "s.d", JQL_UNTESTED, "if u then v else t is unknown", "u");
    expect_rule(&r, "s.e", JQL_PASS, "", "");
    expect_rule(&r, "s.f", JQL_UNTESTED, "v and u and v is unknown", "u,v"); /* sorted, once */
    expect_rule(&r, "s.g", JQL_PASS, "", "");
    expect_rule(&r, "s.h", JQL_UNTESTED, "job is known or u is unknown", "u");
}

/* A let with its own quantifier, used inside another quantifier's body: the let's
   bindings must not clobber the outer element. */
static void test_let_quantifier_frames(void **state)
{
    struct jql_remployer r =
        run("let top = max j in job: j.wage\n"
            "standard s {\n"
            "  rule r { require all j in job: j.wage * 2 >= top }\n"
            "  rule nested { require all j in job: any k in job: k.wage > j.wage or "
            "j.wage == top }\n"
            "  rule by_name { require none j in job: j.name == \"B\" }\n"
            "  rule cond { require if t then wage > living else f }\n"
            "}\n",
            "t = true wage = $1/hour living = $2/hour\n"
            "job \"A\" { wage = $10/hour } job \"B\" { wage = $30/hour }\n"
            "job \"C\" { wage = $16/hour }\n");
    expect_rule(&r, "s.r", JQL_FAIL, "1 of 3 elements of job fails: job \"A\": j.wage * 2 = "
                                     "$20.00/hour < top = $30.00/hour (short by $10.00/hour)",
                "");
    expect_rule(&r, "s.nested", JQL_PASS, "", "");
    expect_rule(&r, "s.by_name", JQL_FAIL, "1 of 3 elements of job fails: job \"B\": j.name = "
                                           "\"B\" == \"B\"", "");
    expect_rule(&r, "s.cond", JQL_FAIL, "wage = $1.00/hour <= living = $2.00/hour (short by "
                                        "$1.00/hour)", "");
}

/* ---- lets: evaluated once per employer (docs/language.md §4, Definitions) ---- */

/* A let's unknown value is kept, not recomputed: each use still reports every fact it
   is missing, also when the first use found some of them missing already. */
static void test_let_unknown_missing_replayed(void **state)
{
    struct jql_remployer r = run("let both = u and v\n"
                                 "let lo = min j in job: j.wage\n"
                                 "let ws = share j in job weighted by j.headcount: j.ok\n"
                                 "standard s {\n"
                                 "  rule a { require u or both }\n"
                                 "  rule b { require both }\n"
                                 "  rule c { require both or t }\n"
                                 "  rule d { require v or both }\n"
                                 "  rule e { require lo > $1/hour }\n"
                                 "  rule f { require lo > $1/hour and ws > 0% }\n"
                                 "  rule g { require ws > 0% }\n"
                                 "  rule h { require (ws > 0%) is known or lo > $1/hour }\n"
                                 "}\n",
                                 "t = true job = []");
    expect_rule(&r, "s.a", JQL_UNTESTED, "u or both is unknown", "u,v");
    expect_rule(&r, "s.b", JQL_UNTESTED, "both is unknown", "u,v");
    expect_rule(&r, "s.c", JQL_PASS, "", "");
    expect_rule(&r, "s.d", JQL_UNTESTED, "v or both is unknown", "u,v");
    expect_rule(&r, "s.e", JQL_UNTESTED, "job has no elements", "");
    expect_rule(&r, "s.f", JQL_UNTESTED, "job has no elements", "");
    expect_rule(&r, "s.g", JQL_UNTESTED, "job has no elements", "");
    expect_rule(&r, "s.h", JQL_UNTESTED, "job has no elements", "");
    r = run("table cap {\n  key n: number\n  value: money/hour\n  1 => $10/hour\n}\n"
            "let c = cap[z]\n"
            "standard s { rule a { require c > $0/hour } rule b { require c < $1/hour or u } }\n",
            "z = 0");
    expect_rule(&r, "s.a", JQL_UNTESTED, "no row of cap for 0", "");
    expect_rule(&r, "s.b", JQL_UNTESTED, "c < $1/hour or u is unknown", "u");
    r = run("let ws = share j in job weighted by j.headcount: j.ok\n"
            "standard s { rule a { require ws > 0% } rule b { require ws < 10% or u } }\n",
            "job \"A\" { ok = true headcount = 0 }");
    expect_rule(&r, "s.a", JQL_UNTESTED, "total weight is 0", "");
    expect_rule(&r, "s.b", JQL_UNTESTED, "ws < 10% or u is unknown", "u");
}

/* Each let using the one before twice: evaluated again at each use, 60 of them would
   take 2^60 evaluations; once each, a few hundred steps. */
static void test_let_chain_evaluated_once(void **state)
{
    struct jql_buf b = {0};
    jql_buf_puts(&b, "let l0 = n\n");
    for (int i = 1; i <= 60; i++)
        jql_buf_printf(&b, "let l%d = l%d + l%d\n", i, i - 1, i - 1);
    jql_buf_puts(&b, "standard s {\n  rule a { require l60 >= 0 }\n"
                     "  rule b { require l60 > 0 or t }\n  rule c { require l60 > 0 or u }\n}\n");
    const struct jql_program *p = compile(jql_buf_str(&b));
    static const char text[] = "employer \"A\" { t = true }\n"
                               "employer \"B\" { n = 0 }\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff =
        jql_parse_facts(jql_source_new("c.facts", "c.facts", text, strlen(text)), &d);
    struct jql_facts_opts o = {0};
    int n = 0;
    struct jql_employer **emps = jql_facts_load(p, ff, &o, &n);
    assert_int_equal(n, 2);
    struct jql_evaluator *ev = jql_eval_new(p, date("2026-06-01"));
    jql_eval_set_max_steps(ev, 1000);
    struct jql_remployer r[2] = {{0}, {0}};
    for (int i = 0; i < 2; i++) {
        jql_eval_run(ev, emps[i], &r[i]);
        jql_eval_render(ev, &r[i]);
    }
    expect_rule(&r[0], "s.a", JQL_UNTESTED, "l60 >= 0 is unknown", "n");
    expect_rule(&r[0], "s.b", JQL_PASS, "", "");
    expect_rule(&r[0], "s.c", JQL_UNTESTED, "l60 > 0 or u is unknown", "n,u");
    expect_rule(&r[1], "s.a", JQL_PASS, "", ""); /* the cache is per employer */
}

/* ---- the step budget (docs/language.md §7, Runtime faults) ---------------- */

/* Evaluate every employer of `text` with one evaluator and a budget of max steps. */
static struct jql_remployer *run_budget(const char *rules, const char *text, int64_t max, int *n)
{
    const struct jql_program *p = compile(rules);
    struct jql_diags d = {0};
    struct jql_factfile *ff =
        jql_parse_facts(jql_source_new("b.facts", "b.facts", text, strlen(text)), &d);
    assert_int_equal(d.nerrors, 0);
    struct jql_facts_opts o = {0};
    struct jql_employer **emps = jql_facts_load(p, ff, &o, n);
    struct jql_evaluator *ev = jql_eval_new(p, date("2026-06-01"));
    jql_eval_set_max_steps(ev, max);
    struct jql_remployer *r = jql_alloc((size_t)*n * sizeof *r);
    for (int i = 0; i < *n; i++) {
        jql_eval_run(ev, emps[i], &r[i]);
        jql_eval_render(ev, &r[i]);
    }
    return r;
}

static const char *jobs(int n)
{
    struct jql_buf b = {0};
    for (int i = 0; i < n; i++)
        jql_buf_printf(&b, "job \"J%d\" { wage = $%d/hour } ", i, 10 + i);
    return jql_buf_str(&b);
}

/* The rule that runs out is error, located at its outermost quantifier; the rules after
   it are not evaluated (error) unless not in force; the next employer starts afresh. */
static void test_step_budget(void **state)
{
    static const char rules[] =
        "standard s {\n"
        "  rule first { require all a in job: a.wage > $0/hour }\n"
        "  rule nested { require t and all a in job: all b in job: all c in job:\n"
        "    a.wage + b.wage + c.wage > $0/hour }\n"
        "  rule after { require t }\n"
        "  rule old { expires 2020-01-01 require t }\n"
        "}\n"
        "standard z { rule later { require f } }\n";
    const char *text = jql_sprintf("employer \"Big\" { t = true f = false %s }\n"
                                   "employer \"Small\" { t = true f = false %s }\n"
                                   "employer \"Big2\" { t = true f = false %s }\n",
                                   jobs(20), jobs(2), jobs(20));
    int n;
    struct jql_remployer *r = run_budget(rules, text, 10000, &n);
    assert_int_equal(n, 3);
    for (int i = 0; i < 3; i += 2) {
        assert_int_equal(r[i].status, JQL_ERROR);
        expect_rule(&r[i], "s.first", JQL_PASS, "", "");
        expect_rule(&r[i], "s.nested", JQL_ERROR,
                    "evaluation exceeded the step budget (--max-steps 10000) at t.jq:3:31", "");
        expect_rule(&r[i], "s.after", JQL_ERROR,
                    "not evaluated: rule 's.nested' used up the step budget", "");
        expect_rule(&r[i], "s.old", JQL_NOT_APPLICABLE, "not in force since 2020-01-01", "");
        expect_rule(&r[i], "z.later", JQL_ERROR,
                    "not evaluated: rule 's.nested' used up the step budget", "");
    }
    assert_int_equal(r[1].status, JQL_FAIL);
    expect_rule(&r[1], "s.nested", JQL_PASS, "", "");
    expect_rule(&r[1], "s.after", JQL_PASS, "", "");
    expect_rule(&r[1], "z.later", JQL_FAIL, "f = false", "");
}

/* A runaway let is located in the let, and its fault is kept like any value. */
static void test_step_budget_in_let(void **state)
{
    int n;
    struct jql_remployer *r = run_budget(
        "let big = count a in job: any b in job: a.wage + b.wage < $0/hour\n"
        "standard s { rule a { require big == 0 } rule b { require big == 0 } }\n",
        jql_sprintf("employer \"E\" { %s }\n", jobs(40)), 2000, &n);
    expect_rule(&r[0], "s.a", JQL_ERROR,
                "evaluation exceeded the step budget (--max-steps 2000) at t.jq:1:11", "");
    expect_rule(&r[0], "s.b", JQL_ERROR, "not evaluated: rule 's.a' used up the step budget",
                "");
}

/* A false `when` decides the rule, but a later `when` that runs away still makes it
   error: the rule that spent the budget is never reported as settled. */
static void test_step_budget_decided_rule(void **state)
{
    int n;
    struct jql_remployer *r = run_budget(
        "standard s {\n"
        "  rule gated { when f when all a in job: all b in job: a.wage + b.wage > $0/hour\n"
        "    require t }\n"
        "  rule next { require t }\n"
        "}\n",
        jql_sprintf("employer \"E\" { t = true f = false %s }\n", jobs(40)), 500, &n);
    expect_rule(&r[0], "s.gated", JQL_ERROR,
                "evaluation exceeded the step budget (--max-steps 500) at t.jq:2:28", "");
    expect_rule(&r[0], "s.next", JQL_ERROR,
                "not evaluated: rule 's.gated' used up the step budget", "");
}

/* A reason is explained under a budget of its own: whatever the budget, a failing rule
   reads as its full reason or, when explaining would take more steps, as its clause;
   never as a reason built from faulted values. A smaller budget only ever turns a fail
   into the budget's error, never the other way. */
static void test_step_budget_reasons(void **state)
{
    static const char rules[] =
        "standard s { rule r { require all a in job: a.wage * 2 > living or a.wage > wage } }\n";
    const char *text = jql_sprintf("employer \"E\" { living = $30/hour wage = $20/hour %s }\n",
                                   jobs(6));
    static const char want[] =
        "6 of 6 elements of job fail, largest gap $10.00/hour: "
        "job \"J0\": a.wage * 2 = $20.00/hour <= living = $30.00/hour (short by $10.00/hour) "
        "and a.wage = $10.00/hour <= wage = $20.00/hour (short by $10.00/hour); "
        "job \"J1\": a.wage * 2 = $22.00/hour <= living = $30.00/hour (short by $8.00/hour) "
        "and a.wage = $11.00/hour <= wage = $20.00/hour (short by $9.00/hour); "
        "job \"J2\": a.wage * 2 = $24.00/hour <= living = $30.00/hour (short by $6.00/hour) "
        "and a.wage = $12.00/hour <= wage = $20.00/hour (short by $8.00/hour); \xe2\x80\xa6";
    static const char clause[] =
        "all a in job: a.wage * 2 > living or a.wage > wage is false";
    int n, nfull = 0, nclause = 0, nerr = 0;
    bool failed = false;
    for (int64_t max = 1; max <= 400; max++) {
        struct jql_remployer *r = run_budget(rules, text, max, &n);
        const struct jql_rrule *ru = rule(&r[0], "s.r");
        if (ru->status == JQL_FAIL) {
            bool full = strcmp(ru->reason, want) == 0;
            if (!full)
                assert_string_equal(ru->reason, clause);
            /* the gap goes with the full reason only (docs/language.md §8) */
            assert_int_equal(ru->gap.dir, full ? JQL_GAP_SHORT : JQL_GAP_NONE);
            assert_int_equal(ru->gap.failing, full ? 6 : 0);
            if (full)
                assert_string_equal(ru->gap.by, "$10.00/hour");
            nfull += full;
            nclause += !full;
            failed = true;
        } else {
            assert_false(failed);
            assert_int_equal(ru->status, JQL_ERROR);
            assert_string_equal(ru->reason,
                                jql_sprintf("evaluation exceeded the step budget "
                                            "(--max-steps %lld) at t.jq:1:31",
                                            (long long)max));
            nerr++;
        }
    }
    assert_true(nfull > 0 && nclause > 0 && nerr > 0);
}

/* ---- quantifiers ----------------------------------------------------------- */

static const char QUANT_RULES[] =
    "standard q {\n"
    "  rule all_ok { require all j in job: j.ok }\n"
    "  rule any_ok { require any j in job: j.ok }\n"
    "  rule none_ok { require none j in job: j.ok }\n"
    "  rule count0 { require (count j in job: j.ok) == 0 }\n"
    "  rule sum0 { require (sum j in job: j.wage) == $0/hour }\n"
    "  rule min_w { require (min j in job: j.wage) >= $10/hour }\n"
    "  rule max_w { require (max j in job: j.wage) <= $30/hour }\n"
    "  rule share_ok { require (share j in job: j.ok) >= 50% }\n"
    "  rule wshare { require (share j in job weighted by j.headcount: j.ok) >= 50% }\n"
    "}\n";

static void test_quantifiers_absent_collection(void **state)
{
    struct jql_remployer r = run(QUANT_RULES, BASE_FACTS);
    expect_rule(&r, "q.all_ok", JQL_UNTESTED, "all j in job: j.ok is unknown", "job");
    expect_rule(&r, "q.any_ok", JQL_UNTESTED, "any j in job: j.ok is unknown", "job");
    expect_rule(&r, "q.none_ok", JQL_UNTESTED, "none j in job: j.ok is unknown", "job");
    expect_rule(&r, "q.count0", JQL_UNTESTED, "(count j in job: j.ok) == 0 is unknown", "job");
    expect_rule(&r, "q.min_w", JQL_UNTESTED, "(min j in job: j.wage) >= $10/hour is unknown",
                "job");
    expect_rule(&r, "q.wshare", JQL_UNTESTED,
                "(share j in job weighted by j.headcount: j.ok) >= 50% is unknown", "job");
}

static void test_quantifiers_empty_collection(void **state)
{
    struct jql_remployer r = run(QUANT_RULES, "job = []");
    expect_rule(&r, "q.all_ok", JQL_PASS, "", "");
    expect_rule(&r, "q.any_ok", JQL_FAIL, "no job satisfies j.ok", "");
    expect_rule(&r, "q.none_ok", JQL_PASS, "", "");
    expect_rule(&r, "q.count0", JQL_PASS, "", "");
    expect_rule(&r, "q.sum0", JQL_PASS, "", "");
    expect_rule(&r, "q.min_w", JQL_UNTESTED, "job has no elements", "");
    expect_rule(&r, "q.max_w", JQL_UNTESTED, "job has no elements", "");
    expect_rule(&r, "q.share_ok", JQL_UNTESTED, "job has no elements", "");
    expect_rule(&r, "q.wshare", JQL_UNTESTED, "job has no elements", "");
}

static void test_quantifiers_values(void **state)
{
    struct jql_remployer r =
        run(QUANT_RULES, "job \"A\" { wage = $12/hour ok = true headcount = 1 }\n"
                         "job \"B\" { wage = $31/hour ok = false headcount = 3 }\n");
    expect_rule(&r, "q.all_ok", JQL_FAIL, "1 of 2 elements of job fails: job \"B\": j.ok = "
                                          "false", "");
    expect_rule(&r, "q.any_ok", JQL_PASS, "", "");
    expect_rule(&r, "q.none_ok", JQL_FAIL, "1 of 2 elements of job fails: job \"A\": j.ok = "
                                           "true", "");
    expect_rule(&r, "q.count0", JQL_FAIL, "(count j in job: j.ok) = 1 != 0 (off by 1)", "");
    expect_rule(&r, "q.sum0", JQL_FAIL, "(sum j in job: j.wage) = $43.00/hour != $0/hour (off "
                                        "by $43.00/hour)", "");
    expect_rule(&r, "q.min_w", JQL_PASS, "", "");
    expect_rule(&r, "q.max_w", JQL_FAIL, "(max j in job: j.wage) = $31.00/hour > $30/hour "
                                         "(over by $1.00/hour)", "");
    expect_rule(&r, "q.share_ok", JQL_PASS, "", "");
    expect_rule(&r, "q.wshare", JQL_FAIL,
                "(share j in job weighted by j.headcount: j.ok) = 25% < 50% (short by 25%)", "");
}

static void test_quantifiers_unknown_elements(void **state)
{
    struct jql_remployer r = run(QUANT_RULES, "job \"A\" { wage = $12/hour ok = true }\n"
                                              "job \"B\" { headcount = 2 }\n");
    /* `all` and `any`: a deciding element wins; otherwise the unknown member is missing. */
    expect_rule(&r, "q.all_ok", JQL_UNTESTED, "all j in job: j.ok is unknown", "job.ok");
    expect_rule(&r, "q.any_ok", JQL_PASS, "", "");
    expect_rule(&r, "q.none_ok", JQL_FAIL, "1 of 2 elements of job fails: job \"A\": j.ok = "
                                           "true", "");
    expect_rule(&r, "q.count0", JQL_UNTESTED, "(count j in job: j.ok) == 0 is unknown",
                "job.ok");
    expect_rule(&r, "q.min_w", JQL_UNTESTED, "(min j in job: j.wage) >= $10/hour is unknown",
                "job.wage");
    expect_rule(&r, "q.wshare", JQL_UNTESTED,
                "(share j in job weighted by j.headcount: j.ok) >= 50% is unknown",
                "job.headcount,job.ok");
}

/* docs/language.md §7: a total weight of 0 is unknown, and the reason says so. */
static void test_weighted_share_zero_weight(void **state)
{
    struct jql_remployer r = run(QUANT_RULES, "job \"A\" { ok = true headcount = 0 }");
    expect_rule(&r, "q.wshare", JQL_UNTESTED, "total weight is 0", "");
    /* an element's unknown condition comes first: its fact is missing */
    r = run(QUANT_RULES, "job \"A\" { ok = true headcount = 0 } job \"B\" { headcount = 0 }");
    expect_rule(&r, "q.wshare", JQL_UNTESTED,
                "(share j in job weighted by j.headcount: j.ok) >= 50% is unknown", "job.ok");
}

/* A negative weight is a fault naming the element: weights 3 and -2 gave 300%, and
   1 and -1 a total of 0. It wins over unknown elements, like every fault. */
static void test_weighted_share_negative_weight(void **state)
{
    static const char rules[] =
        "standard w {\n"
        "  rule r { require (share j in job weighted by j.headcount - 2: j.ok) >= 50% }\n"
        "}\n";
    struct jql_remployer r = run(rules, "job \"A\" { ok = true headcount = 5 }\n"
                                        "job \"B\" { ok = false headcount = 0 }\n");
    expect_rule(&r, "w.r", JQL_ERROR, "negative weight -2 for job \"B\" at t.jq:2:48", "");
    r = run(rules, "job \"A\" { headcount = 3 } job \"Late \\\"one\\\"\" { headcount = 1 }");
    expect_rule(&r, "w.r", JQL_ERROR,
                "negative weight -1 for job \"Late \\\"one\\\"\" at t.jq:2:48", "");
    r = run(rules, "job \"A\" { ok = true headcount = 2 } job \"B\" { ok = true headcount = 4 }");
    expect_rule(&r, "w.r", JQL_PASS, "", "");
}

/* Up to three failing elements are named, then an ellipsis. */
static void test_all_fail_reason_lists_three(void **state)
{
    struct jql_remployer r =
        run("standard s {\n"
            "  let lw = living\n"
            "  rule every { require all j in job: j.wage >= lw }\n"
            "}\n",
            "living = $24.10/hour\n"
            "job \"Lead\" { wage = $25/hour }\n"
            "job \"Assistant\" { wage = $17.50/hour }\n"
            "job \"Aide\" { wage = $17/hour }\n"
            "job \"Cook\" { wage = $16/hour }\n"
            "job \"Driver\" { wage = $15/hour }\n");
    expect_rule(&r, "s.every", JQL_FAIL,
                "4 of 5 elements of job fail, largest gap $9.10/hour: job \"Assistant\": "
                "j.wage = $17.50/hour < lw = $24.10/hour (short by $6.60/hour); job \"Aide\": "
                "j.wage = $17.00/hour < lw = $24.10/hour (short by $7.10/hour); job \"Cook\": "
                "j.wage = $16.00/hour < lw = $24.10/hour (short by $8.10/hour); \xe2\x80\xa6",
                "");
}

/* ---- statuses ---------------------------------------------------------------- */

static void test_in_force(void **state)
{
    static const char rules[] =
        "standard s {\n"
        "  rule later { effective 2027-01-01 require f }\n"
        "  rule gone { expires 2026-01-01 require f }\n"
        "  rule edge { effective 2026-06-01 expires 2026-06-02 require t }\n"
        "}\n"
        "standard old {\n"
        "  expires 2026-06-01\n"
        "  rule r { require f }\n"
        "}\n";
    struct jql_remployer r = run(rules, BASE_FACTS);
    expect_rule(&r, "s.later", JQL_NOT_APPLICABLE, "not in force until 2027-01-01", "");
    expect_rule(&r, "s.gone", JQL_NOT_APPLICABLE, "not in force since 2026-01-01", "");
    expect_rule(&r, "s.edge", JQL_PASS, "", "");
    expect_rule(&r, "old.r", JQL_NOT_APPLICABLE, "not in force since 2026-06-01", "");
    assert_int_equal(std(&r, "old")->status, JQL_NOT_APPLICABLE);
    r = run_at(rules, BASE_FACTS, "2026-06-02");
    expect_rule(&r, "s.edge", JQL_NOT_APPLICABLE, "not in force since 2026-06-02", "");
    r = run_at(rules, BASE_FACTS, "2027-01-01");
    expect_rule(&r, "s.later", JQL_FAIL, "f = false", "");
}

static void test_when_unless(void **state)
{
    struct jql_remployer r =
        run("standard s {\n"
            "  rule w_false { when f require err_v }\n"
            "  rule u_true { unless t require err_v }\n"
            "  rule w_unknown { when u require f }\n"
            "  rule u_unknown { unless v require f }\n"
            "  rule w_err_false { when err_v when f require t }\n"
            "  rule w_err_true { when t when err_v require t }\n"
            "  rule w_unknown_false { when u unless t require t }\n"
            "  rule applies { when t unless f require   wage  >=\n   living }\n"
            "  rule fail_and_error { require f require err_v }\n"
            "}\n",
            "t = true f = false n = 1 z = 0 wage = $10/hour living = $20/hour");
    expect_rule(&r, "s.w_false", JQL_NOT_APPLICABLE, "when f is false", "");
    expect_rule(&r, "s.u_true", JQL_NOT_APPLICABLE, "unless t is true", "");
    expect_rule(&r, "s.w_unknown", JQL_UNTESTED, "when u is unknown", "u");
    expect_rule(&r, "s.u_unknown", JQL_UNTESTED, "unless v is unknown", "v");
    expect_rule(&r, "s.w_err_false", JQL_NOT_APPLICABLE, "when f is false", "");
    expect_rule(&r, "s.w_err_true", JQL_ERROR, "division by zero at vocab.jq:19:15", "");
    expect_rule(&r, "s.w_unknown_false", JQL_NOT_APPLICABLE, "unless t is true", "");
    expect_rule(&r, "s.applies", JQL_FAIL, "wage = $10.00/hour < living = $20.00/hour (short "
                                           "by $10.00/hour)", "");
    expect_rule(&r, "s.fail_and_error", JQL_ERROR, "division by zero at vocab.jq:19:15", "");
}

static void test_fail_reasons(void **state)
{
    struct jql_remployer r =
        run("param floor = $15/hour\n"
            "standard s {\n"
            "  rule cmp_lit { require wage >= $12/hour }\n"
            "  rule cmp_param { require wage > floor }\n"
            "  rule neg_lit { require n < -1 }\n"
            "  rule and_ { require t and wage == living }\n"
            "  rule or_ { require f or wage > living }\n"
            "  rule not_ { require not t }\n"
            "  rule in_ { require plan in [\"401k\", \"403b\"] }\n"
            "  rule not_in { require plan not in [\"none\", \"403b\"] }\n"
            "  rule in_list { require \"fr\" in langs }\n"
            "  rule implies_ { require employees > 5 implies t and f }\n"
            "  rule known_ { require u is known }\n"
            "  rule arith { require wage * 2 >= living + $1/hour }\n"
            "  rule annual_ { require annual(wage) >= $30_000/year }\n"
            "  rule month_year { require salary >= $30_000/year }\n"
            "}\n",
            "t = true f = false n = 1 z = 0 wage = $10/hour living = $20/hour\n"
            "plan = \"none\" langs = [\"en\", \"es\"] employees = 10 salary = $2_000/month");
    expect_rule(&r, "s.cmp_lit", JQL_FAIL, "wage = $10.00/hour < $12/hour (short by $2.00/hour)",
                "");
    expect_rule(&r, "s.cmp_param", JQL_FAIL, "wage = $10.00/hour <= floor = $15.00/hour (short "
                                             "by $5.00/hour)", "");
    expect_rule(&r, "s.neg_lit", JQL_FAIL, "n = 1 >= -1 (over by 2)", "");
    expect_rule(&r, "s.and_", JQL_FAIL, "wage = $10.00/hour != living = $20.00/hour (off by "
                                        "$10.00/hour)", "");
    expect_rule(&r, "s.or_", JQL_FAIL, "f = false and wage = $10.00/hour <= living = "
                                       "$20.00/hour (short by $10.00/hour)",
                "");
    expect_rule(&r, "s.not_", JQL_FAIL, "t = true", "");
    expect_rule(&r, "s.in_", JQL_FAIL, "plan = \"none\" not in [\"401k\", \"403b\"]", "");
    expect_rule(&r, "s.not_in", JQL_FAIL, "plan = \"none\" in [\"none\", \"403b\"]", "");
    expect_rule(&r, "s.in_list", JQL_FAIL, "\"fr\" not in langs = [\"en\", \"es\"]", "");
    expect_rule(&r, "s.implies_", JQL_FAIL, "employees = 10 > 5 and f = false", "");
    expect_rule(&r, "s.known_", JQL_FAIL, "u is known is false", "");
    expect_rule(&r, "s.arith", JQL_FAIL,
                "wage * 2 = $20.00/hour < living + $1/hour = $21.00/hour (short by $1.00/hour)",
                "");
    expect_rule(&r, "s.annual_", JQL_FAIL, "annual(wage) = $20800.00/year < $30_000/year "
                                           "(short by $9200.00/year)", "");
    expect_rule(&r, "s.month_year", JQL_FAIL, "salary = $2000.00/month < $30_000/year (short "
                                              "by $500.00/month)", "");
}

/* A fact or member read straight from the facts shows its `source "..."` after its value
   (spec 8); lets, params, literals and computed values have no single source. */
static void test_fail_reason_sources(void **state)
{
    struct jql_remployer r =
        run("standard s {\n"
            "  let lw = living\n"
            "  rule direct { require wage >= living }\n"
            "  rule via_let { require wage >= lw }\n"
            "  rule computed { require wage + $1/hour >= living }\n"
            "  rule member { require all j in job: j.wage >= living }\n"
            "  rule not_ { require not t }\n"
            "  rule in_ { require plan in [\"401k\"] }\n"
            "  rule empty_src { require n > 5 }\n"
            "  rule escaped { require employees > 5 }\n"
            "  rule untested { require u }\n"
            "}\n",
            "wage = $17.50/hour source \"payroll export 2026-10\"\n"
            "living = $24.10/hour source \"MIT Living Wage Calculator, San Diego County, 2025\"\n"
            "t = true source \"HR\"\n"
            "plan = \"none\" source \"HR interview\"\n"
            "n = 1 source \"\"\n"
            "employees = 3 source \"line one\\nline two\"\n"
            "u = unknown source \"did not answer\"\n"
            "job \"Cook\" { wage = $18/hour source \"job posting\" }\n"
            "job \"Host\" { wage = $20/hour }\n");
    expect_rule(&r, "s.direct", JQL_FAIL,
                "wage = $17.50/hour (source: payroll export 2026-10) < living = $24.10/hour "
                "(source: MIT Living Wage Calculator, San Diego County, 2025) (short by "
                "$6.60/hour)",
                "");
    expect_rule(&r, "s.via_let", JQL_FAIL,
                "wage = $17.50/hour (source: payroll export 2026-10) < lw = $24.10/hour (short "
                "by $6.60/hour)", "");
    expect_rule(&r, "s.computed", JQL_FAIL,
                "wage + $1/hour = $18.50/hour < living = $24.10/hour (source: MIT Living Wage "
                "Calculator, San Diego County, 2025) (short by $5.60/hour)",
                "");
    expect_rule(&r, "s.member", JQL_FAIL,
                "2 of 2 elements of job fail, largest gap $6.10/hour: job \"Cook\": j.wage = "
                "$18.00/hour (source: job posting) < living = $24.10/hour (source: MIT Living "
                "Wage Calculator, San Diego County, 2025) (short by $6.10/hour); job \"Host\": "
                "j.wage = $20.00/hour < living = $24.10/hour (source: MIT Living Wage "
                "Calculator, San Diego County, 2025) (short by $4.10/hour)",
                "");
    expect_rule(&r, "s.not_", JQL_FAIL, "t = true (source: HR)", "");
    expect_rule(&r, "s.in_", JQL_FAIL,
                "plan = \"none\" (source: HR interview) not in [\"401k\"]", "");
    expect_rule(&r, "s.empty_src", JQL_FAIL, "n = 1 <= 5 (short by 4)", "");
    expect_rule(&r, "s.escaped", JQL_FAIL, "employees = 3 (source: line one\\nline two) <= 5 "
                                           "(short by 2)", "");
    expect_rule(&r, "s.untested", JQL_UNTESTED, "u is unknown", "u");
}

static void test_runtime_faults_and_builtins(void **state)
{
    struct jql_remployer r =
        run("standard s {\n"
            "  rule div { require n / z > 1 }\n"
            "  rule guarded { require f and n / z > 1 }\n"
            "  rule hourly_ { require hourly($41_600/year) == $20/hour }\n"
            "  rule minmax { require min(wage, living) == wage and max(wage, living) == living }\n"
            "  rule abs_round { require abs(-n) == 1 and round(2.5, 0) == 2 }\n"
            "  rule len { require length(\"h\\u{e9}llo\") == 5 and length(langs) == 2 }\n"
            "  rule contains_ { require contains(\"childcare\", \"care\") }\n"
            "  rule starts { require starts_with(\"624410\", \"6244\")\n"
            "                and starts_with(\"522110\", [\"4412\", \"522\"])\n"
            "                and not starts_with(\"62\", \"624\")\n"
            "                and not starts_with(\"624410\", langs)\n"
            "                and starts_with(\"x\", \"\")\n"
            "                and starts_with(\"624410\", [\"6\", if u then \"1\" else \"2\"]) }\n"
            "  rule starts_unknown { require starts_with(\"624410\", if u then \"6\" else \"7\") }\n"
            "  rule starts_unknown_item {\n"
            "    require starts_with(\"624410\", [\"7\", if u then \"6\" else \"8\"]) }\n"
            "  rule today_ { require today == 2026-06-01 }\n"
            "}\n",
            "t = true f = false n = 1 z = 0 wage = $10/hour living = $20/hour\n"
            "langs = [\"en\", \"es\"]");
    expect_rule(&r, "s.div", JQL_ERROR, "division by zero at t.jq:2:24", "");
    expect_rule(&r, "s.guarded", JQL_FAIL, "f = false", "");
    expect_rule(&r, "s.hourly_", JQL_PASS, "", "");
    expect_rule(&r, "s.minmax", JQL_PASS, "", "");
    expect_rule(&r, "s.abs_round", JQL_PASS, "", "");
    expect_rule(&r, "s.len", JQL_PASS, "", "");
    expect_rule(&r, "s.contains_", JQL_PASS, "", "");
    expect_rule(&r, "s.starts", JQL_PASS, "", "");
    expect_rule(&r, "s.starts_unknown", JQL_UNTESTED,
                "starts_with(\"624410\", if u then \"6\" else \"7\") is unknown", "u");
    expect_rule(&r, "s.starts_unknown_item", JQL_UNTESTED,
                "starts_with(\"624410\", [\"7\", if u then \"6\" else \"8\"]) is unknown", "u");
    expect_rule(&r, "s.today_", JQL_PASS, "", "");
    assert_int_equal(r.status, JQL_ERROR);
}

/* ---- folds, standards, employer, tiers -------------------------------------- */

static void test_fold(void **state)
{
    static const uint8_t a[] = {JQL_PASS, JQL_NOT_APPLICABLE, JQL_FAIL, JQL_UNTESTED};
    static const uint8_t b[] = {JQL_PASS, JQL_UNTESTED, JQL_ERROR, JQL_FAIL};
    static const uint8_t c[] = {JQL_NOT_APPLICABLE, JQL_NOT_APPLICABLE};
    static const uint8_t d[] = {JQL_NOT_APPLICABLE, JQL_PASS};
    static const uint8_t e[] = {JQL_PASS, JQL_UNTESTED};
    assert_int_equal(jql_eval_fold(a, 4), JQL_FAIL);
    assert_int_equal(jql_eval_fold(b, 4), JQL_ERROR);
    assert_int_equal(jql_eval_fold(c, 2), JQL_NOT_APPLICABLE);
    assert_int_equal(jql_eval_fold(d, 2), JQL_PASS);
    assert_int_equal(jql_eval_fold(e, 2), JQL_UNTESTED);
    assert_int_equal(jql_eval_fold(NULL, 0), JQL_NOT_APPLICABLE);
}

static const char TIER_RULES[] =
    "standard req {\n"
    "  rule r1 { require t }\n"
    "  rule rec { level recommended require f }\n"
    "}\n"
    "standard recs {\n"
    "  rule a { level recommended require f }\n"
    "  rule b { level recommended require t }\n"
    "}\n"
    "standard na {\n"
    "  rule r1 { when f require t }\n"
    "  rule rec { level recommended require f }\n"
    "}\n"
    "standard unt {\n"
    "  rule r1 { require u }\n"
    "}\n"
    "tier gold \"Gold\" { requires req, recs }\n"
    "tier silver \"Silver\" { requires req, na }\n"
    "tier bronze \"Bronze\" { requires 2 of req, recs, na, unt }\n"
    "tier none_ \"None\" { requires 2 of recs, unt }\n";

static void test_standards_and_tiers(void **state)
{
    struct jql_remployer r = run(TIER_RULES, BASE_FACTS);
    assert_int_equal(std(&r, "req")->status, JQL_PASS);   /* recommended fail ignored */
    assert_int_equal(std(&r, "recs")->status, JQL_FAIL);  /* no required rule: folds these */
    assert_int_equal(std(&r, "na")->status, JQL_NOT_APPLICABLE); /* no fallback */
    assert_int_equal(std(&r, "unt")->status, JQL_UNTESTED);
    assert_int_equal(r.status, JQL_FAIL);
    assert_string_equal(rule(&r, "req.rec")->level, "recommended");
    assert_string_equal(rule(&r, "req.r1")->level, "required");
    assert_string_equal(rule(&r, "req.r1")->location, "t.jq:2:3");
    assert_string_equal(rule(&r, "req.r1")->cite, "");
    assert_string_equal(std(&r, "req")->title, "");
    assert_int_equal(r.ntiers, 2);
    assert_string_equal(r.tiers[0], "silver");
    assert_string_equal(r.tiers[1], "bronze");
}

/* requires N of recommended: a percent rounds up to whole rules; not-applicable rules
   leave n; none applying is not_applicable; one in error makes the standard error;
   failing required rules decide before the count. */
static void test_recommended_k_of_n(void **state)
{
    static const char rules[] =
        "standard half {\n"
        "  requires 50% of recommended\n"
        "  rule a { level recommended  require t }\n"
        "  rule b { level recommended  require f }\n"
        "  rule c { level recommended  require f }\n"
        "  rule d { level recommended  when f  require t }\n"
        "}\n"
        "standard none_apply {\n"
        "  requires 1 of recommended\n"
        "  rule a { level recommended  when f  require t }\n"
        "}\n"
        "standard broken {\n"
        "  requires 1 of recommended\n"
        "  rule a { level recommended  require t }\n"
        "  rule b { level recommended  require err_v }\n"
        "}\n"
        "standard req_fails {\n"
        "  requires 1 of recommended\n"
        "  rule r { require f }\n"
        "  rule a { level recommended  require t }\n"
        "}\n"
        "standard req_passes {\n"
        "  requires 1 of recommended\n"
        "  rule r { require t }\n"
        "  rule a { level recommended  when f  require t }\n"
        "}\n"
        "standard maybe {\n"
        "  requires 2 of recommended\n"
        "  rule a { level recommended  require t }\n"
        "  rule b { level recommended  require u }\n"
        "}\n";
    struct jql_remployer r = run(rules, BASE_FACTS);
    assert_int_equal(std(&r, "half")->status, JQL_FAIL); /* 1 of 3, needs ceil(1.5) = 2 */
    assert_string_equal(std(&r, "half")->reason, "1 of 3 recommended met (needs 2)");
    assert_int_equal(std(&r, "none_apply")->status, JQL_NOT_APPLICABLE);
    assert_string_equal(std(&r, "none_apply")->reason, "0 of 0 recommended met (needs 1)");
    assert_int_equal(std(&r, "broken")->status, JQL_ERROR);
    assert_int_equal(std(&r, "req_fails")->status, JQL_FAIL);
    assert_null(std(&r, "req_fails")->reason);
    assert_int_equal(std(&r, "req_passes")->status, JQL_PASS);
    assert_int_equal(std(&r, "maybe")->status, JQL_UNTESTED);
    assert_string_equal(std(&r, "maybe")->reason, "1 of 2 recommended met (needs 2)");
}

/* Table lookups: the row whose `from` is the latest on or before the date (the day before
   a change and the day of it), enumeration and number keys, and the reason for no row. */
static void test_table_lookups(void **state)
{
    static const char rules[] =
        "table cap {\n"
        "  key plan: one of \"none\", \"401k\", \"403b\"\n"
        "  key n: number\n"
        "  from: date\n"
        "  value: money/hour\n"
        "  \"401k\", 1 from 2025-01-01 => $10/hour\n"
        "  \"401k\", 1 from 2026-01-01 => $12/hour\n"
        "  \"401k\", 2 from 2025-01-01 => $20/hour\n"
        "}\n"
        "standard s {\n"
        "  rule before { require cap[plan, n, 2025-12-31] == $10/hour }\n"
        "  rule on { require cap[plan, n, 2026-01-01] == $12/hour }\n"
        "  rule as_of { require cap[plan, n] == $12/hour }\n"
        "  rule other { require cap[plan, 2] == $20/hour }\n"
        "  rule early { require cap[plan, n, 2024-12-31] > $0/hour }\n"
        "  rule nokey { require cap[plan, z] > $0/hour }\n"
        "  rule unk { require cap[plan, u2] > $0/hour }\n"
        "}\n"
        "let u2 = if u then 1 else 2\n";
    struct jql_remployer r = run(rules, "t = true f = false n = 1 z = 0 plan = \"401k\"");
    expect_rule(&r, "s.before", JQL_PASS, "", "");
    expect_rule(&r, "s.on", JQL_PASS, "", "");
    expect_rule(&r, "s.as_of", JQL_PASS, "", "");
    expect_rule(&r, "s.other", JQL_PASS, "", "");
    expect_rule(&r, "s.early", JQL_UNTESTED, "no row of cap for \"401k\", 1 on 2024-12-31", "");
    expect_rule(&r, "s.nokey", JQL_UNTESTED, "no row of cap for \"401k\", 0 on 2026-06-01", "");
    expect_rule(&r, "s.unk", JQL_UNTESTED, "cap[plan, u2] > $0/hour is unknown", "u");
}

static void test_employer_not_applicable(void **state)
{
    struct jql_remployer r = run("standard a { rule r { when f require t } }\n"
                                 "standard b { effective 2030-01-01 rule r { require t } }\n",
                                 BASE_FACTS);
    assert_int_equal(r.status, JQL_NOT_APPLICABLE);
    assert_int_equal(r.nstds, 2);
}

static void test_failed_employer(void **state)
{
    const struct jql_program *p = compile("standard a { rule r { require t } }\n"
                                          "tier x \"X\" { requires a }\n");
    static const char text[] = "employer \"Bad\" { t = 5 }\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff =
        jql_parse_facts(jql_source_new("b.facts", "b.facts", text, strlen(text)), &d);
    struct jql_facts_opts o = {0};
    int n = 0;
    struct jql_employer **emps = jql_facts_load(p, ff, &o, &n);
    assert_int_equal(n, 1);
    assert_true(emps[0]->failed);
    struct jql_remployer r = {0};
    jql_eval_employer(p, emps[0], date("2026-06-01"), &r);
    assert_int_equal(r.status, JQL_ERROR);
    assert_int_equal(r.nstds, 0);
    assert_int_equal(r.ntiers, 0);
    assert_true(r.ndiags >= 1);
    assert_string_equal(r.name, "Bad");
}

/* One evaluator serves many employers: let caches and missing stacks do not leak. */
static void test_evaluator_reuse(void **state)
{
    const struct jql_program *p = compile("let lw = living\n"
                                          "standard s { rule r { require wage >= lw } }\n");
    static const char text[] = "employer \"A\" { wage = $10/hour living = $20/hour }\n"
                               "employer \"B\" { wage = $30/hour }\n"
                               "employer \"C\" { wage = $30/hour living = $20/hour }\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff =
        jql_parse_facts(jql_source_new("m.facts", "m.facts", text, strlen(text)), &d);
    struct jql_facts_opts o = {0};
    int n = 0;
    struct jql_employer **emps = jql_facts_load(p, ff, &o, &n);
    assert_int_equal(n, 3);
    struct jql_evaluator *ev = jql_eval_new(p, date("2026-06-01"));
    struct jql_remployer r[3];
    for (int i = 0; i < 3; i++) {
        memset(&r[i], 0, sizeof r[i]);
        jql_eval_run(ev, emps[i], &r[i]);
        jql_eval_render(ev, &r[i]);
    }
    expect_rule(&r[0], "s.r", JQL_FAIL, "wage = $10.00/hour < lw = $20.00/hour (short by "
                                        "$10.00/hour)", "");
    expect_rule(&r[1], "s.r", JQL_UNTESTED, "wage >= lw is unknown", "living");
    expect_rule(&r[2], "s.r", JQL_PASS, "", "");
}

/* An evaluator that reuses its result arrays (jql_eval_reuse, as the driver's) gives each
   employer the result a fresh one gives: nothing of the employer before leaks into it
   (a standard's `requires N of recommended` reason, tiers, a rule's reason or missing). */
static void test_reuse_results_as_fresh(void **state)
{
    static const char rules[] =
        "facts { flag: bool\n f2: bool\n c: bool }\n"
        "standard k \"K\" { requires 2 of recommended\n"
        "  rule r1 { level recommended require flag }\n"
        "  rule r2 { level recommended require f2 }\n"
        "  rule r3 { level recommended require n > 2 }\n"
        "  rule req { require c } }\n"
        "standard q \"Q\" { rule n { require n > 2 } }\n"
        "tier gold \"Gold\" { requires k, q }\n";
    static const char text[] =
        "employer \"A\" { flag = true f2 = true c = true n = 3 }\n"
        "employer \"B\" { }\n"
        "employer \"C\" { flag = false c = false n = 1 }\n";
    const struct jql_program *p = compile(rules);
    struct jql_diags d = {0};
    struct jql_factfile *ff =
        jql_parse_facts(jql_source_new("r.facts", "r.facts", text, strlen(text)), &d);
    struct jql_facts_opts o = {0};
    int n;
    struct jql_employer **emps = jql_facts_load(p, ff, &o, &n);
    assert_int_equal(n, 3);
    struct jql_evaluator *ev = jql_eval_new(p, date("2026-06-01"));
    jql_eval_reuse(ev);
    for (int i = 0; i < n; i++) {
        struct jql_remployer got = {0}, want = {0};
        jql_eval_run(ev, emps[i], &got);
        jql_eval_render(ev, &got);
        jql_eval_employer(p, emps[i], date("2026-06-01"), &want);
        assert_int_equal(got.status, want.status);
        assert_int_equal(got.ntiers, want.ntiers);
        for (int t = 0; t < got.ntiers; t++)
            assert_string_equal(got.tiers[t], want.tiers[t]);
        assert_int_equal(got.nstds, want.nstds);
        for (int k = 0; k < got.nstds; k++) {
            const struct jql_rstd *g = &got.stds[k], *w = &want.stds[k];
            assert_int_equal(g->status, w->status);
            assert_string_equal(g->reason ? g->reason : "-", w->reason ? w->reason : "-");
            for (int r = 0; r < g->nrules; r++) {
                assert_int_equal(g->rules[r].status, w->rules[r].status);
                assert_string_equal(g->rules[r].reason, w->rules[r].reason);
                assert_int_equal(g->rules[r].nmissing, w->rules[r].nmissing);
            }
        }
    }
    (void)state;
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reuse_results_as_fresh),
        cmocka_unit_test(test_kleene_tables),
        cmocka_unit_test(test_missing_depends_on_deciders),
        cmocka_unit_test(test_let_quantifier_frames),
        cmocka_unit_test(test_let_unknown_missing_replayed),
        cmocka_unit_test(test_let_chain_evaluated_once),
        cmocka_unit_test(test_step_budget),
        cmocka_unit_test(test_step_budget_in_let),
        cmocka_unit_test(test_step_budget_reasons),
        cmocka_unit_test(test_step_budget_decided_rule),
        cmocka_unit_test(test_quantifiers_absent_collection),
        cmocka_unit_test(test_quantifiers_empty_collection),
        cmocka_unit_test(test_quantifiers_values),
        cmocka_unit_test(test_quantifiers_unknown_elements),
        cmocka_unit_test(test_weighted_share_zero_weight),
        cmocka_unit_test(test_weighted_share_negative_weight),
        cmocka_unit_test(test_all_fail_reason_lists_three),
        cmocka_unit_test(test_in_force),
        cmocka_unit_test(test_when_unless),
        cmocka_unit_test(test_fail_reasons),
        cmocka_unit_test(test_fail_reason_sources),
        cmocka_unit_test(test_runtime_faults_and_builtins),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_standards_and_tiers),
        cmocka_unit_test(test_recommended_k_of_n),
        cmocka_unit_test(test_table_lookups),
        cmocka_unit_test(test_employer_not_applicable),
        cmocka_unit_test(test_failed_employer),
        cmocka_unit_test(test_evaluator_reuse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
