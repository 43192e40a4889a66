/* Unit tests for the distance to compliance (docs/language.md §8): the gap a failing
   comparison adds to its reason and to the rule's struct jql_gap, for each operator and
   each kind of amount, quantifiers' failing counts, and no gap where none is defined
   (dates, `!=`, the left side of `implies`, an overflowing difference). */
#include "test_util.h"

#include "eval.h"
#include "facts.h"
#include "value.h"

static const char VOCAB[] =
    "facts {\n"
    "  n: number\n"
    "  m: number\n"
    "  c: count\n"
    "  pct: percent\n"
    "  wage: money/hour\n"
    "  bonus: money\n"
    "  monthly: money/month\n"
    "  yearly: money/year\n"
    "  notice: days\n"
    "  shift: hours\n"
    "  hired: date\n"
    "  collection job\n"
    "  job.wage: money/hour\n"
    "  job.hours: hours\n"
    "}\n";

static int32_t day(int y, int m, int d)
{
    int32_t days = 0;
    assert_true(jql_date_from_ymd(y, m, d, &days));
    return days;
}

/* The one rule `s.r` whose condition is `require` (one or more clauses, each a
   line), evaluated for an employer whose block body is `facts`. */
static const struct jql_rrule *eval_rule(const char *require, const char *facts)
{
    char *rules = jql_sprintf("%sstandard s {\n  rule r {\n    %s\n  }\n}\n", VOCAB, require);
    const struct jql_program *p = test_program("t.jq", rules);
    char *text = jql_sprintf("employer \"Acme\" {\n%s\n}\n", facts);
    struct jql_diags d = {0};
    struct jql_factfile *ff =
        jql_parse_facts(jql_source_new("t.facts", "t.facts", text, strlen(text)), &d);
    struct jql_facts_opts o = {0};
    int n = 0;
    struct jql_employer **emps = jql_facts_load(p, ff, &o, &n);
    if (d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_int_equal(d.nerrors, 0);
    assert_int_equal(n, 1);
    struct jql_remployer *r = jql_alloc(sizeof *r);
    jql_eval_employer(p, emps[0], day(2026, 6, 1), r);
    assert_int_equal(r->nstds, 1);
    assert_int_equal(r->stds[0].nrules, 1);
    return &r->stds[0].rules[0];
}

/* The rule fails with this reason and gap (expr NULL: no gap) and failing count. */
static void expect_gap(const char *require, const char *facts, const char *reason,
                       const char *expr, const char *by, enum jql_gap_dir dir, int failing)
{
    const struct jql_rrule *r = eval_rule(require, facts);
    assert_int_equal(r->status, JQL_FAIL);
    assert_string_equal(r->reason, reason);
    assert_int_equal(r->gap.failing, failing);
    if (!expr) {
        assert_int_equal(r->gap.dir, JQL_GAP_NONE);
        assert_null(r->gap.expr);
        assert_null(r->gap.by);
        return;
    }
    assert_int_equal(r->gap.dir, dir);
    assert_string_equal(r->gap.expr, expr);
    assert_string_equal(r->gap.by, by);
}

/* ---- each operator --------------------------------------------------------- */

static void test_operators(void **state)
{
    (void)state;
    expect_gap("require wage >= $24.10/hour", "wage = $17.50/hour",
               "wage = $17.50/hour < $24.10/hour (short by $6.60/hour)", "wage", "$6.60/hour",
               JQL_GAP_SHORT, 0);
    expect_gap("require n <= 10", "n = 12.5", "n = 12.5 > 10 (over by 2.5)", "n", "2.5",
               JQL_GAP_OVER, 0);
    expect_gap("require n == 10", "n = 7", "n = 7 != 10 (off by 3)", "n", "3", JQL_GAP_OFF, 0);
    expect_gap("require n == 10", "n = 13", "n = 13 != 10 (off by 3)", "n", "3", JQL_GAP_OFF, 0);
    /* a failing != compares equal values: nothing to measure */
    expect_gap("require n != 10", "n = 10", "n = 10 == 10", NULL, NULL, 0, 0);
    /* strict operators: |a - b| with no allowance, 0 on equality */
    expect_gap("require n > 10", "n = 10", "n = 10 <= 10 (at the limit, must be above it)", "n", "0", JQL_GAP_SHORT,
               0);
    expect_gap("require n < 10", "n = 10", "n = 10 >= 10 (at the limit, must be below it)", "n", "0", JQL_GAP_OVER, 0);
    expect_gap("require n > 10", "n = 4", "n = 4 <= 10 (short by 6)", "n", "6", JQL_GAP_SHORT, 0);
    expect_gap("require n < 10", "n = 14", "n = 14 >= 10 (over by 4)", "n", "4", JQL_GAP_OVER, 0);
    /* a literal on the left: the words are about the other side */
    expect_gap("require $15/hour <= wage", "wage = $12/hour",
               "$15/hour > wage = $12.00/hour (short by $3.00/hour)", "wage", "$3.00/hour",
               JQL_GAP_SHORT, 0);
    expect_gap("require 10 > n", "n = 12", "10 <= n = 12 (over by 2)", "n", "2", JQL_GAP_OVER, 0);
    /* two computed sides: about the left one, as written */
    expect_gap("require n + 1 >= m * 2", "n = 1\n m = 3", "n + 1 = 2 < m * 2 = 6 (short by 4)",
               "n + 1", "4", JQL_GAP_SHORT, 0);
}

/* ---- each kind of amount ----------------------------------------------------- */

static void test_kinds(void **state)
{
    (void)state;
    expect_gap("require bonus >= $500", "bonus = $450", "bonus = $450.00 < $500 (short by $50.00)",
               "bonus", "$50.00", JQL_GAP_SHORT, 0);
    /* negative numbers */
    expect_gap("require n >= m", "n = -3\n m = 2.5", "n = -3 < m = 2.5 (short by 5.5)", "n", "5.5",
               JQL_GAP_SHORT, 0);
    expect_gap("require n <= m", "n = -1\n m = -4", "n = -1 > m = -4 (over by 3)", "n", "3",
               JQL_GAP_OVER, 0);
    expect_gap("require c >= 20", "c = 12", "c = 12 < 20 (short by 8)", "c", "8", JQL_GAP_SHORT,
               0);
    /* a percent gap is a percent of the same kind */
    expect_gap("require pct >= 3%", "pct = 1%", "pct = 1% < 3% (short by 2%)", "pct", "2%",
               JQL_GAP_SHORT, 0);
    expect_gap("require pct <= 12.5%", "pct = 80%", "pct = 80% > 12.5% (over by 67.5%)", "pct",
               "67.5%", JQL_GAP_OVER, 0);
    expect_gap("require pct >= 0.71", "pct = 60%", "pct = 60% < 0.71 (short by 11%)", "pct", "11%",
               JQL_GAP_SHORT, 0);
    /* durations: in the left side's unit when whole in it, else the right's, else base */
    expect_gap("require notice >= 3 weeks", "notice = 14 days",
               "notice = 14 days < 3 weeks (short by 7 days)", "notice", "7 days", JQL_GAP_SHORT,
               0);
    expect_gap("require notice >= 3 weeks", "notice = 1 week",
               "notice = 1 week < 3 weeks (short by 2 weeks)", "notice", "2 weeks", JQL_GAP_SHORT,
               0);
    expect_gap("require shift <= 8 hours", "shift = 9.5 hours",
               "shift = 9.5 hours > 8 hours (over by 1.5 hours)", "shift", "1.5 hours",
               JQL_GAP_OVER, 0);
    expect_gap("require shift >= 4 hours", "shift = 200 minutes",
               "shift = 200 minutes < 4 hours (short by 40 minutes)", "shift", "40 minutes",
               JQL_GAP_SHORT, 0);
    /* rates: month against year in the left period when exact, else per year */
    expect_gap("require monthly >= $1_200/year", "monthly = $99.99/month",
               "monthly = $99.99/month < $1_200/year (short by $0.01/month)", "monthly",
               "$0.01/month", JQL_GAP_SHORT, 0);
    expect_gap("require monthly >= $1_201/year", "monthly = $100/month",
               "monthly = $100.00/month < $1_201/year (short by $1.00/year)", "monthly",
               "$1.00/year", JQL_GAP_SHORT, 0);
    expect_gap("require yearly >= $100/month", "yearly = $1_000/year",
               "yearly = $1000.00/year < $100/month (short by $200.00/year)", "yearly",
               "$200.00/year", JQL_GAP_SHORT, 0);
}

/* Dates, `implies`, `or`: where a gap is and is not. */
static void test_where_no_gap(void **state)
{
    (void)state;
    expect_gap("require hired <= 2026-01-01", "hired = 2026-03-01",
               "hired = 2026-03-01 > 2026-01-01", NULL, NULL, 0, 0);
    /* the left of a false implies holds as it should: only the right side has a gap */
    expect_gap("require n > 5 implies m >= 10", "n = 7\n m = 8",
               "n = 7 > 5 and m = 8 < 10 (short by 2)", "m", "2", JQL_GAP_SHORT, 0);
    /* an or: every side has its gap, the rule's is the first one's */
    expect_gap("require n >= 5 or wage >= $20/hour", "n = 1\n wage = $18/hour",
               "n = 1 < 5 (short by 4) and wage = $18.00/hour < $20/hour (short by $2.00/hour)",
               "n", "4", JQL_GAP_SHORT, 0);
    /* the first side without a gap leaves it to the next */
    expect_gap("require hired >= 2026-05-01 or n >= 5", "hired = 2026-01-01\n n = 1",
               "hired = 2026-01-01 < 2026-05-01 and n = 1 < 5 (short by 4)", "n", "4",
               JQL_GAP_SHORT, 0);
    /* the second of two requires decides */
    expect_gap("require n >= 0\n    require m <= 1", "n = 1\n m = 3", "m = 3 > 1 (over by 2)", "m",
               "2", JQL_GAP_OVER, 0);
}

/* ---- quantifiers ----------------------------------------------------------- */

static const char JOBS[] = "job \"A\" { wage = $20/hour\n hours = 30 hours }\n"
                           "job \"B\" { wage = $16/hour\n hours = 40 hours }\n"
                           "job \"C\" { wage = $25/hour\n hours = 20 hours }\n"
                           "job \"D\" { wage = $19/hour\n hours = 10 hours }\n"
                           "job \"E\" { wage = $17.50/hour\n hours = 35 hours }\n";

static void test_quantifier_counts(void **state)
{
    (void)state;
    /* one failing element: no "largest gap" (its own is shown) */
    expect_gap("require all j in job: j.wage >= $17/hour", JOBS,
               "1 of 5 elements of job fails: job \"B\": j.wage = $16.00/hour < $17/hour "
               "(short by $1.00/hour)",
               "j.wage", "$1.00/hour", JQL_GAP_SHORT, 1);
    /* every element fails, more than 3: the others counted and their gaps weighed */
    expect_gap("require all j in job: j.wage >= $26/hour", JOBS,
               "5 of 5 elements of job fail, largest gap $10.00/hour: "
               "job \"A\": j.wage = $20.00/hour < $26/hour (short by $6.00/hour); "
               "job \"B\": j.wage = $16.00/hour < $26/hour (short by $10.00/hour); "
               "job \"C\": j.wage = $25.00/hour < $26/hour (short by $1.00/hour); \xe2\x80\xa6",
               "j.wage", "$10.00/hour", JQL_GAP_SHORT, 5);
    /* the largest among elements not shown */
    expect_gap("require all j in job: j.hours <= 12 hours", JOBS,
               "4 of 5 elements of job fail, largest gap 28 hours: "
               "job \"A\": j.hours = 30 hours > 12 hours (over by 18 hours); "
               "job \"B\": j.hours = 40 hours > 12 hours (over by 28 hours); "
               "job \"C\": j.hours = 20 hours > 12 hours (over by 8 hours); \xe2\x80\xa6",
               "j.hours", "28 hours", JQL_GAP_OVER, 4);
    expect_gap("require all j in job: j.hours <= 36 hours", JOBS,
               "1 of 5 elements of job fails: job \"B\": j.hours = 40 hours > 36 hours "
               "(over by 4 hours)",
               "j.hours", "4 hours", JQL_GAP_OVER, 1);
    /* none: the elements that match fail, each must fall out of the body */
    expect_gap("require none j in job: j.wage < $18/hour", JOBS,
               "2 of 5 elements of job fail, largest gap $2.00/hour: "
               "job \"B\": j.wage = $16.00/hour < $18/hour (short by $2.00/hour); "
               "job \"E\": j.wage = $17.50/hour < $18/hour (short by $0.50/hour)",
               "j.wage", "$2.00/hour", JQL_GAP_SHORT, 2);
    /* any: every element fails; one passing is enough, so the closest one's gap */
    expect_gap("require any j in job: j.wage >= $30/hour", JOBS,
               "no job satisfies j.wage >= $30/hour (closest: job \"C\", short by $5.00/hour)",
               "j.wage", "$5.00/hour", JQL_GAP_SHORT, 5);
    /* a body with no comparison: the count, no gap */
    expect_gap("require all j in job: not (j.hours > 1 hours)", JOBS,
               "5 of 5 elements of job fail: job \"A\": (j.hours > 1 hours) = true; "
               "job \"B\": (j.hours > 1 hours) = true; job \"C\": (j.hours > 1 hours) = true; "
               "\xe2\x80\xa6",
               NULL, NULL, 0, 5);
}

static void test_quantifier_edges(void **state)
{
    (void)state;
    /* any over no elements: nothing fails, nothing is close */
    expect_gap("require any j in job: j.wage >= $30/hour", "job = []",
               "no job satisfies j.wage >= $30/hour", NULL, NULL, 0, 0);
    /* a comparison before the quantifier gives the gap; failing stays with the
       quantifier only when it gives the gap */
    expect_gap("require n >= 5 or (all j in job: j.wage >= $26/hour)",
               jql_sprintf("n = 1\n%s", JOBS),
               "n = 1 < 5 (short by 4) and 5 of 5 elements of job fail, largest gap $10.00/hour: "
               "job \"A\": j.wage = $20.00/hour < $26/hour (short by $6.00/hour); "
               "job \"B\": j.wage = $16.00/hour < $26/hour (short by $10.00/hour); "
               "job \"C\": j.wage = $25.00/hour < $26/hour (short by $1.00/hour); \xe2\x80\xa6",
               "n", "4", JQL_GAP_SHORT, 0);
    /* a quantifier on the left of a false implies: its elements match, none fails */
    expect_gap("require (any j in job: j.wage < $17/hour) implies n >= 5",
               jql_sprintf("n = 1\n%s", JOBS),
               "1 of 5 elements of job matches: job \"B\": j.wage = $16.00/hour < $17/hour and "
               "n = 1 < 5 (short by 4)",
               "n", "4", JQL_GAP_SHORT, 0);
    expect_gap("require (none j in job: j.wage > $90/hour) implies n >= 5",
               jql_sprintf("n = 1\n%s", JOBS),
               "no job satisfies j.wage > $90/hour and n = 1 < 5 (short by 4)", "n", "4",
               JQL_GAP_SHORT, 0);
}

/* ---- overflow: no gap, never a wrapped one ------------------------------------ */

static void test_overflow(void **state)
{
    (void)state;
    expect_gap("require n <= m", "n = 999_999_999_999_999_999\n m = -999_999_999_999_999_999",
               "n = 999999999999999999 > m = -999999999999999999", NULL, NULL, 0, 0);
    expect_gap("require n <= m", "n = 600_000_000_000_000_000\n m = -400_000_000_000_000_000",
               "n = 600000000000000000 > m = -400000000000000000", NULL, NULL, 0, 0);
    /* just inside the limit */
    expect_gap("require n <= m", "n = 500_000_000_000_000_000\n m = -499_999_999_999_999_999",
               "n = 500000000000000000 > m = -499999999999999999 (over by 999999999999999999)", "n",
               "999999999999999999", JQL_GAP_OVER, 0);
}

/* jql_value_distance directly: what it refuses. */
static void test_value_distance(void **state)
{
    (void)state;
    struct jql_value out;
    jql_dec big = jql_dec_from_int(JQL_DEC_MAX_INT);
    assert_false(jql_value_distance(jql_value_num(big, JQL_NUM_NUMBER),
                                    jql_value_num(jql_dec_neg(big), JQL_NUM_NUMBER), &out));
    assert_false(jql_value_distance(jql_value_date(10), jql_value_date(3), &out));
    assert_false(jql_value_distance(jql_value_text("a"), jql_value_text("b"), &out));
    assert_false(jql_value_distance(jql_value_bool(true), jql_value_bool(false), &out));
    /* a year rate past the limit once a month is counted twelve times */
    assert_false(jql_value_distance(jql_value_rate(jql_dec_from_int(100000000000000000LL),
                                                   JQL_PER_MONTH),
                                    jql_value_rate(jql_dec_from_int(1), JQL_PER_YEAR), &out));
    /* periods that do not mix (the checker rejects comparing them) */
    assert_false(jql_value_distance(jql_value_rate(jql_dec_from_int(1), JQL_PER_HOUR),
                                    jql_value_rate(jql_dec_from_int(1), JQL_PER_YEAR), &out));
    assert_true(jql_value_distance(jql_value_num(jql_dec_from_int(3), JQL_NUM_COUNT),
                                   jql_value_num(jql_dec_from_int(5), JQL_NUM_COUNT), &out));
    assert_int_equal(out.sub, JQL_NUM_COUNT);
    assert_string_equal(jql_value_format(out), "2");
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_where_no_gap),
        cmocka_unit_test(test_quantifier_counts),
        cmocka_unit_test(test_quantifier_edges),
        cmocka_unit_test(test_overflow),
        cmocka_unit_test(test_value_distance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
