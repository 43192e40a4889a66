/* Unit tests for port: percents rounded once half-to-even, shares and bounds with their
   n/a cases, goal status exactly at the target (>= and >), and the fold of a driver run:
   tier and standard outcomes, evidence, the missing-evidence order, weights (unknown and
   in error), groups sorted by value with unknown last. */
#include "test_util.h"

#include "check.h"
#include "driver.h"
#include "parse.h"
#include "port.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static jql_dec I(int64_t n) { return jql_dec_from_int(n); }

static const char *pct(int64_t num, int64_t den)
{
    static char buf[16];
    jql_port_pct(I(num), I(den), buf);
    return buf;
}

static void pct__rounds_once_half_to_even(void **state)
{
    (void)state;
    assert_string_equal(pct(1, 8), "12.5%");   /* exact */
    assert_string_equal(pct(1, 16), "6.2%");   /* 6.25: half, to the even 6.2 */
    assert_string_equal(pct(3, 16), "18.8%");  /* 18.75: half, to the even 18.8 */
    assert_string_equal(pct(2, 3), "66.7%");
    assert_string_equal(pct(1, 3), "33.3%");
    assert_string_equal(pct(0, 5), "0.0%");
    assert_string_equal(pct(5, 5), "100.0%");
    assert_string_equal(pct(1, 2000), "0.0%"); /* 0.05: half, to the even 0.0 */
    assert_string_equal(pct(3, 2000), "0.2%"); /* 0.15: half, to the even 0.2 */
}

static struct jql_amounts A(int64_t r, int64_t u, int64_t n, int64_t e)
{
    return (struct jql_amounts){{I(r), I(u), I(n), I(e)}};
}

static void share_text__bounds_and_na(void **state)
{
    (void)state;
    struct jql_share_text t;
    struct jql_amounts a = A(5, 1, 2, 7); /* error is left out of all three */
    jql_port_share_text(&a, &t);
    assert_true(t.has_share && t.has_bounds);
    assert_string_equal(t.share, "71.4%"); /* 5 / 7 */
    assert_string_equal(t.low, "62.5%");   /* 5 / 8 */
    assert_string_equal(t.high, "75.0%");  /* 6 / 8 */
    a = A(0, 3, 0, 1);                     /* nothing decided: no share, bounds 0..100 */
    jql_port_share_text(&a, &t);
    assert_false(t.has_share);
    assert_true(t.has_bounds);
    assert_string_equal(t.low, "0.0%");
    assert_string_equal(t.high, "100.0%");
    a = A(0, 0, 0, 4);                     /* only errors: nothing at all */
    jql_port_share_text(&a, &t);
    assert_false(t.has_share || t.has_bounds);
}

static void std_amounts__pass_untested_fail_error_na_left_out(void **state)
{
    (void)state;
    int64_t st[JQL_NSTATUS] = {[JQL_PASS] = 3, [JQL_FAIL] = 2, [JQL_UNTESTED] = 1,
                               [JQL_NOT_APPLICABLE] = 9, [JQL_ERROR] = 4};
    struct jql_amounts a = jql_port_std_amounts(st);
    assert_int_equal(jql_dec_cmp(a.n[JQL_REACH_REACHED], I(3)), 0);
    assert_int_equal(jql_dec_cmp(a.n[JQL_REACH_UNDECIDED], I(1)), 0);
    assert_int_equal(jql_dec_cmp(a.n[JQL_REACH_NOT], I(2)), 0);
    assert_int_equal(jql_dec_cmp(a.n[JQL_REACH_ERROR], I(4)), 0);
}

static void goal_status__exact_at_the_target(void **state)
{
    (void)state;
    struct jql_goal g = {.pct = I(75)};
    struct jql_amounts a = A(3, 0, 1, 0); /* exactly 75% */
    assert_int_equal(jql_port_goal_status(&g, &a), JQL_GOAL_MET);
    g.strict = true;                      /* > 75%: exactly 75 is not */
    assert_int_equal(jql_port_goal_status(&g, &a), JQL_GOAL_NOT_MET);
    g.strict = false;
    a = A(2, 2, 0, 0);                    /* 50%..100%: undecided */
    assert_int_equal(jql_port_goal_status(&g, &a), JQL_GOAL_UNDECIDED);
    a = A(1, 1, 2, 0);                    /* high 50% < 75%: not met whatever is found */
    assert_int_equal(jql_port_goal_status(&g, &a), JQL_GOAL_NOT_MET);
    a = A(0, 0, 0, 3);                    /* no one decided or undecided */
    assert_int_equal(jql_port_goal_status(&g, &a), JQL_GOAL_UNDECIDED);
    /* weighted amounts with fractions: 2.999999 of 4 is under 75% */
    g.pct = I(75);
    jql_dec r;
    assert_int_equal(jql_dec_parse("2.999999", 8, &r), JQL_DEC_OK);
    a = (struct jql_amounts){{r, I(0), {I(4).v - r.v}, I(0)}};
    assert_int_equal(jql_port_goal_status(&g, &a), JQL_GOAL_NOT_MET);
}

/* ---- a run through the driver ---- */

static const char RULES[] =
    "facts {\n"
    "  wage: money/hour\n"
    "  union: bool\n"
    "  staff: count\n"
    "  sector: one of \"care\", \"retail\"\n"
    "}\n"
    "standard pay \"Pay\" { rule floor \"F\" { require wage >= $15/hour } }\n"
    "standard voice \"Voice\" { rule u \"U\" { require union == true } }\n"
    "tier good \"Good\" { requires pay, voice }\n";

static const char FACTS[] =
    "{\"employer\": \"A\", \"wage\": 16, \"union\": true, \"staff\": 10, \"sector\": \"retail\"}\n"
    "{\"employer\": \"B\", \"wage\": 14, \"union\": true, \"staff\": 5, \"sector\": \"care\"}\n"
    "{\"employer\": \"C\", \"wage\": 16, \"staff\": 20, \"sector\": \"care\"}\n"
    "{\"employer\": \"D\", \"union\": false, \"sector\": \"care\"}\n"
    "{\"employer\": \"E\", \"wage\": \"x\", \"staff\": 7}\n";

static struct jql_program *program(void) { return test_program("r.jq", RULES); }

static const struct jql_portfolio *run(const struct jql_program *p, struct jql_port *pt)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = jql_sprintf("%s/jql_port_XXXXXX", tmp && *tmp ? tmp : "/tmp");
    assert_non_null(mkdtemp(dir));
    const char *path = jql_sprintf("%s/e.jsonl", dir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(FACTS, f);
    fclose(f);
    FILE *err = fopen("/dev/null", "w");
    struct jql_report rep = {0};
    struct jql_sink sink;
    jql_sink_init(&sink, JQL_FMT_JSONL, NULL, NULL, &rep);
    struct jql_drv_opts o = {.p = p, .as_of = 20000, .port = pt, .err = err, .input = -1};
    struct jql_drv *d = jql_drv_new(&o, &rep, &sink);
    jql_drv_file(d, path);
    jql_drv_end(d);
    fclose(err);
    remove(path);
    rmdir(dir);
    return jql_port_result(pt);
}

static int64_t amt(jql_dec d)
{
    int64_t v = -1;
    assert_true(jql_dec_to_int(d, &v));
    return v;
}

static void fold__outcomes_evidence_missing(void **state)
{
    (void)state;
    struct jql_program *p = program();
    const struct jql_portfolio *r = run(p, jql_port_new(&(struct jql_port_opts){.p = p}));
    assert_int_equal(r->employers[JQL_PASS], 1);  /* A */
    assert_int_equal(r->employers[JQL_FAIL], 2);  /* B, D */
    assert_int_equal(r->employers[JQL_UNTESTED], 1); /* C */
    assert_int_equal(r->employers[JQL_ERROR], 1); /* E */
    /* good: A reached; C undecided (voice untested); B, D not; E error */
    assert_int_equal(amt(r->tiers[0].n[JQL_REACH_REACHED]), 1);
    assert_int_equal(amt(r->tiers[0].n[JQL_REACH_UNDECIDED]), 1);
    assert_int_equal(amt(r->tiers[0].n[JQL_REACH_NOT]), 2);
    assert_int_equal(amt(r->tiers[0].n[JQL_REACH_ERROR]), 1);
    /* pay: A, C pass; B fail; D untested; E error (its facts did not load) */
    assert_int_equal(r->stds[0][JQL_PASS], 2);
    assert_int_equal(r->stds[0][JQL_FAIL], 1);
    assert_int_equal(r->stds[0][JQL_UNTESTED], 1);
    assert_int_equal(r->stds[0][JQL_ERROR], 1);
    assert_int_equal(r->outcomes, 8); /* 4 evaluated employers x 2 rules */
    assert_int_equal(r->untested, 2);
    assert_int_equal(r->decided, 6);
    assert_int_equal(r->nmissing, 2); /* one outcome each: sorted by path */
    assert_string_equal(r->missing[0].path, "union");
    assert_string_equal(r->missing[1].path, "wage");
    assert_int_equal(r->missing[0].employers, 1);
    assert_int_equal(r->missing[0].outcomes, 1);
}

static void fold__weights_and_groups(void **state)
{
    (void)state;
    struct jql_program *p = program();
    int w = jql_program_fact(p, "staff"), g = jql_program_fact(p, "sector");
    struct jql_port_opts o = {.p = p, .weights = &w, .nweights = 1, .group_by = &g,
                              .ngroup_by = 1};
    const struct jql_portfolio *r = run(p, jql_port_new(&o));
    const struct jql_pweight *pw = &r->weights[0];
    assert_int_equal(amt(pw->tiers[0].n[JQL_REACH_REACHED]), 10);  /* A */
    assert_int_equal(amt(pw->tiers[0].n[JQL_REACH_UNDECIDED]), 20); /* C */
    assert_int_equal(amt(pw->tiers[0].n[JQL_REACH_NOT]), 5);        /* B; D's unknown */
    assert_int_equal(amt(pw->tiers[0].n[JQL_REACH_ERROR]), 7);      /* E, in error */
    assert_int_equal(pw->unknown, 1);                               /* D */
    /* groups: care, retail, then (unknown) */
    assert_int_equal(r->ngroups, 3);
    assert_string_equal(r->groups[0].by[0], "care");
    assert_string_equal(r->groups[1].by[0], "retail");
    assert_null(r->groups[2].by[0]);
    assert_int_equal(r->groups[0].p->employers[JQL_FAIL], 2);
    assert_int_equal(r->groups[2].p->employers[JQL_ERROR], 1);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pct__rounds_once_half_to_even),
        cmocka_unit_test(share_text__bounds_and_na),
        cmocka_unit_test(std_amounts__pass_untested_fail_error_na_left_out),
        cmocka_unit_test(goal_status__exact_at_the_target),
        cmocka_unit_test(fold__outcomes_evidence_missing),
        cmocka_unit_test(fold__weights_and_groups),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
