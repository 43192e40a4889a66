/* Unit tests for testrun: rule files with test blocks are parsed and checked, the tests
   run, and the expectation checking, filter, coverage bits and writers are asserted. */
#include "test_util.h"

#include "check.h"
#include "parse.h"
#include "testrun.h"

#include <stdio.h>
#include <string.h>

static const char RULES[] =
    "facts {\n"
    "  wage: money/hour\n"
    "  big: bool\n"
    "  bad: bool\n"
    "}\n"
    "standard s \"S\" {\n"
    "  rule floor \"Floor\" { require wage >= $15/hour }\n"
    "  rule big_only \"Big\" { when big  require wage >= $20/hour }\n"
    "  rule hint \"Hint\" { level recommended  require not bad }\n"
    "}\n"
    "test \"low wage\" {\n"
    "  given { wage = $12/hour  big = false  bad = false }\n"
    "  expect s.floor fail\n"
    "  expect s.big_only not_applicable\n"
    "  expect s fail\n"
    "}\n"
    "test \"wrong on purpose\" {\n"
    "  given { wage = $16/hour  big = true }\n"
    "  expect s.floor fail\n"
    "  expect s.big_only pass\n"
    "  expect s pass\n"
    "  expect s.hint pass\n"
    "}\n"
    "test \"bad given\" {\n"
    "  given { wage = true }\n"
    "  expect s.floor pass\n"
    "}\n";

static const struct jql_program *compile(const char *text)
{
    struct jql_diags d = {0};
    struct jql_rulefile *rf =
        jql_parse_rules(jql_source_new("t.jq", "t.jq", text, strlen(text)), &d);
    struct jql_program *p = d.nerrors ? NULL : jql_check(&rf, 1, &d);
    if (!p || d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_non_null(p);
    return p;
}

static int32_t day(void)
{
    int32_t days = 0;
    assert_true(jql_date_from_ymd(2026, 6, 1, &days));
    return days;
}

static struct jql_testrun_result *run(const char *filter, struct jql_testrun_coverage *cov,
                                      int *n)
{
    const struct jql_program *p = compile(RULES);
    struct jql_testrun_opts o = {.filter = filter, .as_of = day()};
    if (cov)
        jql_testrun_coverage_init(cov, p);
    return jql_testrun_run(p, &o, cov, n);
}

static void test_expectations(void **state)
{
    (void)state;
    int n = 0;
    struct jql_testrun_result *r = run(NULL, NULL, &n);
    assert_int_equal(n, 3);
    assert_true(r[0].passed);
    assert_int_equal(r[0].nmisses, 0);
    /* every expectation of the second test is a miss, in order */
    assert_false(r[1].passed);
    assert_int_equal(r[1].nmisses, 4);
    assert_string_equal(r[1].misses[0].ex->qid, "s.floor");
    assert_int_equal(r[1].misses[0].got, JQL_PASS);
    assert_string_equal(r[1].misses[1].ex->qid, "s.big_only");
    assert_int_equal(r[1].misses[1].got, JQL_FAIL);
    assert_non_null(r[1].misses[1].rule);
    assert_string_equal(r[1].misses[1].rule->reason,
                        "wage = $16.00/hour < $20/hour (short by $4.00/hour)");
    assert_string_equal(r[1].misses[2].ex->qid, "s");
    assert_int_equal(r[1].misses[2].got, JQL_FAIL);
    assert_null(r[1].misses[2].rule);
    assert_non_null(r[1].misses[2].std);
    assert_string_equal(r[1].misses[3].ex->qid, "s.hint");
    assert_int_equal(r[1].misses[3].got, JQL_UNTESTED);
    assert_int_equal(r[1].misses[3].rule->nmissing, 1);
    assert_string_equal(r[1].misses[3].rule->missing[0], "bad");
    /* a given that does not load: failed, no misses, the diagnostic kept */
    assert_false(r[2].passed);
    assert_int_equal(r[2].nmisses, 0);
    assert_int_equal(r[2].eval.status, JQL_ERROR);
    assert_int_equal(r[2].given->diags.nerrors, 1);
}

static void test_filter(void **state)
{
    (void)state;
    int n = 0;
    struct jql_testrun_result *r = run("wrong", NULL, &n);
    assert_int_equal(n, 1);
    assert_string_equal(r[0].test->name, "wrong on purpose");
    run("no such test", NULL, &n);
    assert_int_equal(n, 0);
}

/* Checking against a hand-built result: only ids and statuses matter. */
static void test_check_by_hand(void **state)
{
    (void)state;
    const struct jql_program *p = compile(RULES);
    const struct jql_test *t = p->tests[0];
    struct jql_rrule rules[3] = {{.id = "floor", .status = JQL_FAIL, .level = "required"},
                                 {.id = "big_only", .status = JQL_NOT_APPLICABLE},
                                 {.id = "hint", .status = JQL_PASS}};
    struct jql_rstd sd = {.id = "s", .status = JQL_FAIL, .rules = rules, .nrules = 3};
    struct jql_remployer r = {.status = JQL_FAIL, .stds = &sd, .nstds = 1};
    struct jql_testrun_result res;
    jql_testrun_check(t, &r, &res);
    assert_true(res.passed);
    sd.status = JQL_UNTESTED;
    rules[1].status = JQL_ERROR;
    jql_testrun_check(t, &r, &res);
    assert_false(res.passed);
    assert_int_equal(res.nmisses, 2);
    assert_int_equal(res.misses[0].got, JQL_ERROR);
    assert_int_equal(res.misses[1].got, JQL_UNTESTED);
    /* no standards and status error: the given did not load */
    struct jql_remployer none = {.status = JQL_ERROR};
    jql_testrun_check(t, &none, &res);
    assert_false(res.passed);
    assert_int_equal(res.nmisses, 0);
}

static void test_coverage(void **state)
{
    (void)state;
    struct jql_testrun_coverage cov;
    int n = 0;
    run(NULL, &cov, &n);
    assert_int_equal(cov.nrules, 3);
    const unsigned P = 1u << JQL_PASS, F = 1u << JQL_FAIL, U = 1u << JQL_UNTESTED,
                   NA = 1u << JQL_NOT_APPLICABLE;
    /* the failed given adds nothing */
    assert_int_equal(jql_testrun_reached(&cov, 0, 0), F | P);
    assert_int_equal(jql_testrun_reached(&cov, 0, 1), NA | F);
    assert_int_equal(jql_testrun_reached(&cov, 0, 2), P | U);
    char buf[512] = {0};
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    jql_testrun_write_coverage(f, &cov);
    fclose(f);
    assert_string_equal(buf, "s.big_only: reached fail, not_applicable; never pass\n"
                             "s.hint: reached pass, untested; never fail\n"
                             "coverage: 1 of 3 rules reached pass and fail\n");
}

static void test_coverage_nothing(void **state)
{
    (void)state;
    struct jql_testrun_coverage cov;
    int n = 0;
    run("no such test", &cov, &n);
    char buf[512] = {0};
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    jql_testrun_write_coverage(f, &cov);
    fclose(f);
    assert_string_equal(buf, "s.floor: reached nothing; never pass, never fail\n"
                             "s.big_only: reached nothing; never pass, never fail\n"
                             "s.hint: reached nothing; never pass, never fail\n"
                             "coverage: 0 of 3 rules reached pass and fail\n");
}

static void test_writers(void **state)
{
    (void)state;
    int n = 0;
    struct jql_testrun_result *r = run(NULL, NULL, &n);
    char buf[2048] = {0};
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    struct jql_testrun_opts o = {.verbose = true};
    for (int i = 0; i < n; i++)
        jql_testrun_write_result(f, &r[i], &o);
    jql_testrun_write_summary(f, r, n, 0);
    fclose(f);
    assert_string_equal(buf,
                        "ok \"low wage\"\n"
                        "t.jq:19:3: test \"wrong on purpose\": expected s.floor fail, got pass\n"
                        "t.jq:20:3: test \"wrong on purpose\": expected s.big_only pass, got fail\n"
                        "    why: wage = $16.00/hour < $20/hour (short by $4.00/hour)\n"
                        "t.jq:21:3: test \"wrong on purpose\": expected s pass, got fail\n"
                        "    s.big_only fail\n"
                        "      why: wage = $16.00/hour < $20/hour (short by $4.00/hour)\n"
                        "t.jq:22:3: test \"wrong on purpose\": expected s.hint pass, got untested\n"
                        "    why: not bad is unknown\n"
                        "    missing: bad\n"
                        "t.jq:25:9: test \"bad given\": the given facts did not load\n"
                        "1 passed, 2 failed\n");
}

/* A library file and a local file on top of it: `jqlc test local.jq` runs only the
   local file's tests. */
static const char LIB[] =
    "facts {\n"
    "  wage: money/hour\n"
    "  sick: hours\n"
    "}\n"
    "standard pay \"Pay\" {\n"
    "  rule floor \"Floor\" { require wage >= $15/hour }\n"
    "  rule bonus \"Bonus\" { level recommended  require wage >= $20/hour }\n"
    "}\n"
    "test \"lib: low wage\" {\n"
    "  given { wage = $12/hour }\n"
    "  expect pay.floor fail\n"
    "}\n"
    "test \"lib: high wage\" {\n"
    "  given { wage = $22/hour }\n"
    "  expect pay.floor pass\n"
    "}\n";

static const char LOCAL[] =
    "standard leave \"Leave\" {\n"
    "  rule sick \"Sick leave\" { require sick >= 40 hours }\n"
    "}\n"
    "test \"local: no sick leave\" {\n"
    "  given { sick = 0 hours  wage = $16/hour }\n"
    "  expect leave.sick fail\n"
    "  expect pay.floor pass\n"
    "  expect pay pass\n"
    "}\n";

struct two_files {
    const struct jql_program *p;
    const struct jql_source *lib, *local;
};

static struct two_files compile_two(void)
{
    struct jql_diags d = {0};
    struct jql_rulefile *rf[2] = {
        jql_parse_rules(jql_source_new("lib.jq", "lib.jq", LIB, strlen(LIB)), &d),
        jql_parse_rules(jql_source_new("local.jq", "local.jq", LOCAL, strlen(LOCAL)), &d)};
    struct jql_program *p = d.nerrors ? NULL : jql_check(rf, 2, &d);
    if (!p || d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_non_null(p);
    return (struct two_files){p, rf[0]->src, rf[1]->src};
}

static void test_only_files(void **state)
{
    (void)state;
    struct two_files t = compile_two();
    const struct jql_source *local[] = {t.local};
    struct jql_testrun_opts o = {.as_of = day(), .only_files = true, .files = local, .nfiles = 1};
    int n = 0;
    struct jql_testrun_result *r = jql_testrun_run(t.p, &o, NULL, &n);
    assert_int_equal(n, 1);
    assert_string_equal(r[0].test->name, "local: no sick leave");
    assert_true(r[0].passed);
    assert_int_equal(jql_testrun_skipped(t.p, &o), 2);
    /* the filter applies first: a test it leaves out is not counted as skipped */
    o.filter = "high";
    assert_int_equal(jql_testrun_skipped(t.p, &o), 1);
    jql_testrun_run(t.p, &o, NULL, &n);
    assert_int_equal(n, 0);
    /* no file named: every test is skipped; without only_files none is */
    o = (struct jql_testrun_opts){.as_of = day(), .only_files = true};
    jql_testrun_run(t.p, &o, NULL, &n);
    assert_int_equal(n, 0);
    assert_int_equal(jql_testrun_skipped(t.p, &o), 3);
    o.only_files = false;
    jql_testrun_run(t.p, &o, NULL, &n);
    assert_int_equal(n, 3);
    assert_int_equal(jql_testrun_skipped(t.p, &o), 0);
}

static const char *coverage_text(const struct jql_testrun_coverage *cov)
{
    static char buf[512];
    memset(buf, 0, sizeof buf);
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    jql_testrun_write_coverage(f, cov);
    fclose(f);
    return buf;
}

/* Coverage counts the rules of the named files and the rules the tests that ran name in
   an `expect STANDARD.RULE` (pay.floor), not those only their standard's expectation
   covers (pay.bonus); with --all, every rule, reached by every test. */
static void test_coverage_scope(void **state)
{
    (void)state;
    struct two_files t = compile_two();
    const struct jql_source *local[] = {t.local};
    struct jql_testrun_opts o = {.as_of = day(), .only_files = true, .files = local, .nfiles = 1};
    struct jql_testrun_coverage cov;
    jql_testrun_coverage_init(&cov, t.p);
    int n = 0;
    struct jql_testrun_result *r = jql_testrun_run(t.p, &o, &cov, &n);
    jql_testrun_coverage_scope(&cov, &o, r, n);
    assert_string_equal(coverage_text(&cov), "pay.floor: reached pass; never fail\n"
                                             "leave.sick: reached fail; never pass\n"
                                             "coverage: 0 of 2 rules reached pass and fail\n");
    /* without only_files (--all): every rule */
    o.only_files = false;
    jql_testrun_coverage_init(&cov, t.p);
    r = jql_testrun_run(t.p, &o, &cov, &n);
    jql_testrun_coverage_scope(&cov, &o, r, n);
    assert_string_equal(coverage_text(&cov), "leave.sick: reached fail, untested; never pass\n"
                                             "coverage: 2 of 3 rules reached pass and fail\n");
}

static void test_summary_skipped(void **state)
{
    (void)state;
    struct two_files t = compile_two();
    const struct jql_source *local[] = {t.local};
    struct jql_testrun_opts o = {.as_of = day(), .only_files = true, .files = local, .nfiles = 1};
    int n = 0;
    struct jql_testrun_result *r = jql_testrun_run(t.p, &o, NULL, &n);
    char buf[128] = {0};
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    jql_testrun_write_summary(f, r, n, jql_testrun_skipped(t.p, &o));
    jql_testrun_write_summary(f, r, n, 0);
    fclose(f);
    assert_string_equal(buf, "1 passed, 0 failed, 2 skipped\n"
                             "1 passed, 0 failed\n");
}

/* Goals over several givens: the statuses by the bounds, the amounts, the population,
   left out and weights, and what a failed goal expectation prints. */
static const char GOALS[] =
    "facts {\n"
    "  wage: money/hour\n"
    "  workers: count\n"
    "  funded: bool\n"
    "}\n"
    "standard pay \"Pay\" { rule floor \"Floor\" { require wage >= $15/hour } }\n"
    "standard size \"Size\" { rule big \"Big\" { when workers > 100  require wage >= $20/hour } }\n"
    "tier good \"Good\" { requires pay, size }\n"
    "goal most \"Most\" { share of employers reaching good >= 60% }\n"
    "goal jobs \"Jobs\" {\n"
    "  share of employers reaching good weighted by workers >= 60%\n"
    "  where funded\n"
    "}\n"
    "goal big_pay \"Big pay\" { share of employers passing size > 50% }\n"
    "test \"four employers\" {\n"
    "  given \"A\" { wage = $16/hour  workers = 10  funded = true }\n"
    "  given \"B\" { wage = $12/hour  workers = 30  funded = true }\n"
    "  given \"C\" { workers = 60  funded = true }\n"
    "  given \"D\" { wage = $21/hour  workers = 500 }\n"
    "  expect goal most undecided\n"
    "  expect goal jobs met\n"
    "  expect goal big_pay not_met\n"
    "  expect \"B\" pay fail\n"
    "}\n";

static void test_goals(void **state)
{
    (void)state;
    const struct jql_program *p = compile(GOALS);
    struct jql_testrun_opts o = {.as_of = day()};
    struct jql_testrun_coverage cov;
    jql_testrun_coverage_init(&cov, p);
    int n = 0;
    struct jql_testrun_result *r = jql_testrun_run(p, &o, &cov, &n);
    assert_int_equal(n, 1);
    assert_int_equal(r[0].ngivens, 4);
    /* `jobs` expected met and `big_pay` not met, wrongly */
    assert_false(r[0].passed);
    assert_int_equal(r[0].nmisses, 2);
    const struct jql_testrun_goal *most = &r[0].goals[0], *jobs = &r[0].goals[1];
    /* most: A and D reached, B not, C undecided: 50% to 75% */
    assert_int_equal(most->pg.status, JQL_GOAL_UNDECIDED);
    assert_int_equal(most->pg.population, 4);
    assert_string_equal(jql_dec_format(most->pg.a.n[JQL_REACH_REACHED], 0), "2");
    assert_string_equal(jql_dec_format(most->pg.a.n[JQL_REACH_UNDECIDED], 0), "1");
    assert_string_equal(jql_dec_format(most->pg.a.n[JQL_REACH_NOT], 0), "1");
    /* jobs: A reached (10), B not (30), C undecided (60), D left out (funded unknown):
       10% to 70% */
    assert_int_equal(jobs->pg.status, JQL_GOAL_UNDECIDED);
    assert_int_equal(jobs->pg.population, 3);
    assert_int_equal(jobs->pg.left_out, 1);
    assert_string_equal(jql_dec_format(jobs->pg.a.n[JQL_REACH_REACHED], 0), "10");
    assert_string_equal(jql_dec_format(jobs->pg.a.n[JQL_REACH_UNDECIDED], 0), "60");
    assert_string_equal(jql_dec_format(jobs->pg.a.n[JQL_REACH_NOT], 0), "30");
    /* big_pay: size is not applicable for A, B and C (left out), D passes: 1 of 1 */
    assert_int_equal(r[0].goals[2].pg.status, JQL_GOAL_MET);
    assert_int_equal(r[0].goals[2].pg.population, 1);
    assert_int_equal(r[0].misses[0].ex->goal_index, 1);
    assert_int_equal(r[0].misses[0].got, JQL_GOAL_UNDECIDED);
    assert_int_equal(r[0].misses[1].got, JQL_GOAL_MET);
    /* every given counts for coverage: pay.floor passed (A) and failed (B) */
    assert_int_equal(jql_testrun_reached(&cov, 0, 0),
                     (1u << JQL_PASS) | (1u << JQL_FAIL) | (1u << JQL_UNTESTED));

    char buf[2048] = {0};
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    jql_testrun_write_result(f, &r[0], &o);
    fclose(f);
    assert_string_equal(buf,
        "t.jq:21:3: test \"four employers\": expected goal jobs met, got undecided\n"
        "    target: share of employers reaching good weighted by workers >= 60%\n"
        "    population: 3 employers; 1 left out ('where' unknown)\n"
        "    workers: 10 reached, 60 undecided, 30 not reached\n"
        "    share: 25.0% (10.0\xe2\x80\x93" "70.0%)\n"
        "t.jq:22:3: test \"four employers\": expected goal big_pay not_met, got met\n"
        "    target: share of employers passing size > 50%\n"
        "    population: 1 employer\n"
        "    employers: 1 reached, 0 undecided, 0 not reached\n"
        "    share: 100.0% (100.0\xe2\x80\x93" "100.0%)\n");
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_expectations),
        cmocka_unit_test(test_filter),
        cmocka_unit_test(test_check_by_hand),
        cmocka_unit_test(test_coverage),
        cmocka_unit_test(test_coverage_nothing),
        cmocka_unit_test(test_writers),
        cmocka_unit_test(test_only_files),
        cmocka_unit_test(test_coverage_scope),
        cmocka_unit_test(test_summary_skipped),
        cmocka_unit_test(test_goals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
