/* Unit tests for types: names, examples, every row of the spec's arithmetic
   table (accepted and rejected), comparisons, compatibility and unit words. */
#include "test_util.h"

#include "types.h"

#include <string.h>

#define ADD JQL_OP_ADD
#define SUB JQL_OP_SUB
#define MUL JQL_OP_MUL
#define DIV JQL_OP_DIV

static struct jql_type num(void) { return jql_type_make(JQL_T_NUMBER, JQL_NUM_NUMBER); }
static struct jql_type cnt(void) { return jql_type_make(JQL_T_NUMBER, JQL_NUM_COUNT); }
static struct jql_type pct(void) { return jql_type_make(JQL_T_NUMBER, JQL_NUM_PERCENT); }
static struct jql_type money(void) { return jql_type_make(JQL_T_MONEY, 0); }
static struct jql_type rate(enum jql_period p) { return jql_type_make(JQL_T_RATE, p); }
static struct jql_type dur(enum jql_dgroup g) { return jql_type_make(JQL_T_DURATION, g); }
static struct jql_type date(void) { return jql_type_make(JQL_T_DATE, 0); }
static struct jql_type text(void) { return jql_type_make(JQL_T_TEXT, 0); }
static struct jql_type boolean(void) { return jql_type_make(JQL_T_BOOL, 0); }
static struct jql_type list(void) { return jql_type_make(JQL_T_LIST, 0); }

static const char *enum_vals[] = {"none", "401k", "say \"hi\""};
static const struct jql_enum plan = {enum_vals, 3};

static struct jql_type enm(void)
{
    struct jql_type t = text();
    t.enm = &plan;
    return t;
}

/* `a op b` is accepted and has the type named `want`. */
static void ok(enum jql_binop op, struct jql_type a, struct jql_type b, const char *want)
{
    struct jql_type r;
    assert_true(jql_type_binop(op, a, b, &r));
    assert_string_equal(jql_type_name(r), want);
}

static void no(enum jql_binop op, struct jql_type a, struct jql_type b)
{
    struct jql_type r;
    assert_false(jql_type_binop(op, a, b, &r));
}

/* ---- names and examples ---- */

static void type_name__every_type__as_written_in_vocabulary(void **state)
{
    assert_string_equal(jql_type_name(boolean()), "bool");
    assert_string_equal(jql_type_name(num()), "number");
    assert_string_equal(jql_type_name(cnt()), "count");
    assert_string_equal(jql_type_name(pct()), "percent");
    assert_string_equal(jql_type_name(money()), "money");
    assert_string_equal(jql_type_name(rate(JQL_PER_HOUR)), "money/hour");
    assert_string_equal(jql_type_name(rate(JQL_PER_WEEK)), "money/week");
    assert_string_equal(jql_type_name(rate(JQL_PER_MONTH)), "money/month");
    assert_string_equal(jql_type_name(rate(JQL_PER_YEAR)), "money/year");
    assert_string_equal(jql_type_name(dur(JQL_DUR_HOURS)), "hours");
    assert_string_equal(jql_type_name(dur(JQL_DUR_DAYS)), "days");
    assert_string_equal(jql_type_name(dur(JQL_DUR_MONTHS)), "months");
    assert_string_equal(jql_type_name(date()), "date");
    assert_string_equal(jql_type_name(text()), "text");
    assert_string_equal(jql_type_name(list()), "list of text");
}

static void type_name__enumeration__one_of_quoted_values(void **state)
{
    assert_string_equal(jql_type_name(enm()), "one of \"none\", \"401k\", \"say \\\"hi\\\"\"");
}

static void type_example__every_type__a_literal(void **state)
{
    assert_string_equal(jql_type_example(rate(JQL_PER_HOUR)), "$18.25/hour");
    assert_string_equal(jql_type_example(rate(JQL_PER_YEAR)), "$52_000/year");
    assert_string_equal(jql_type_example(dur(JQL_DUR_DAYS)), "14 days");
    assert_string_equal(jql_type_example(dur(JQL_DUR_HOURS)), "40 hours");
    assert_string_equal(jql_type_example(dur(JQL_DUR_MONTHS)), "6 months");
    assert_string_equal(jql_type_example(pct()), "75%");
    assert_string_equal(jql_type_example(num()), "42");
    assert_string_equal(jql_type_example(money()), "$18.25");
    assert_string_equal(jql_type_example(date()), "2026-03-01");
    assert_string_equal(jql_type_example(text()), "\"text\"");
    assert_string_equal(jql_type_example(boolean()), "true");
    assert_string_equal(jql_type_example(enm()), "\"none\"");
    assert_string_equal(jql_type_example(list()), "[\"a\", \"b\"]");
}

/* ---- arithmetic table ---- */

static void type_binop__numbers__mix_and_flavours(void **state)
{
    ok(ADD, num(), num(), "number");
    ok(ADD, cnt(), cnt(), "count");
    ok(SUB, cnt(), cnt(), "number");
    ok(ADD, pct(), pct(), "percent");
    ok(SUB, pct(), pct(), "percent");
    ok(ADD, cnt(), pct(), "number");
    ok(MUL, pct(), pct(), "number");
    ok(MUL, cnt(), num(), "number");
    ok(DIV, cnt(), cnt(), "number");
}

static void type_binop__money__table_rows(void **state)
{
    ok(ADD, money(), money(), "money");
    ok(SUB, money(), money(), "money");
    ok(MUL, money(), num(), "money");
    ok(MUL, money(), pct(), "money");
    ok(MUL, cnt(), money(), "money");
    ok(DIV, money(), num(), "money");
    ok(DIV, money(), money(), "number");
    no(MUL, money(), money());
    no(DIV, num(), money());
    no(ADD, money(), num());
    no(SUB, num(), money());
    no(ADD, money(), rate(JQL_PER_HOUR));
}

static void type_binop__rates__same_period_or_month_year(void **state)
{
    ok(ADD, rate(JQL_PER_HOUR), rate(JQL_PER_HOUR), "money/hour");
    ok(SUB, rate(JQL_PER_WEEK), rate(JQL_PER_WEEK), "money/week");
    ok(ADD, rate(JQL_PER_MONTH), rate(JQL_PER_YEAR), "money/month");
    ok(SUB, rate(JQL_PER_YEAR), rate(JQL_PER_MONTH), "money/year");
    ok(MUL, rate(JQL_PER_HOUR), pct(), "money/hour");
    ok(MUL, num(), rate(JQL_PER_YEAR), "money/year");
    ok(DIV, rate(JQL_PER_HOUR), num(), "money/hour");
    ok(DIV, rate(JQL_PER_HOUR), rate(JQL_PER_HOUR), "number");
    ok(DIV, rate(JQL_PER_MONTH), rate(JQL_PER_YEAR), "number");
    no(ADD, rate(JQL_PER_HOUR), rate(JQL_PER_YEAR));
    no(DIV, rate(JQL_PER_WEEK), rate(JQL_PER_MONTH));
    no(MUL, rate(JQL_PER_HOUR), rate(JQL_PER_HOUR));
    no(DIV, num(), rate(JQL_PER_HOUR));
    no(DIV, rate(JQL_PER_HOUR), money());
}

static void type_binop__rate_times_duration__matching_group_only(void **state)
{
    ok(MUL, rate(JQL_PER_HOUR), dur(JQL_DUR_HOURS), "money");
    ok(MUL, dur(JQL_DUR_HOURS), rate(JQL_PER_HOUR), "money");
    ok(MUL, rate(JQL_PER_WEEK), dur(JQL_DUR_DAYS), "money");
    ok(MUL, rate(JQL_PER_MONTH), dur(JQL_DUR_MONTHS), "money");
    ok(MUL, dur(JQL_DUR_MONTHS), rate(JQL_PER_YEAR), "money");
    no(MUL, rate(JQL_PER_HOUR), dur(JQL_DUR_DAYS));
    no(MUL, rate(JQL_PER_WEEK), dur(JQL_DUR_HOURS));
    no(MUL, rate(JQL_PER_YEAR), dur(JQL_DUR_DAYS));
    no(DIV, rate(JQL_PER_HOUR), dur(JQL_DUR_HOURS));
    no(DIV, money(), dur(JQL_DUR_HOURS));
}

static void type_binop__durations__same_group(void **state)
{
    ok(ADD, dur(JQL_DUR_DAYS), dur(JQL_DUR_DAYS), "days");
    ok(SUB, dur(JQL_DUR_HOURS), dur(JQL_DUR_HOURS), "hours");
    ok(MUL, dur(JQL_DUR_MONTHS), num(), "months");
    ok(MUL, cnt(), dur(JQL_DUR_HOURS), "hours");
    ok(DIV, dur(JQL_DUR_DAYS), num(), "days");
    ok(DIV, dur(JQL_DUR_DAYS), dur(JQL_DUR_DAYS), "number");
    no(ADD, dur(JQL_DUR_DAYS), dur(JQL_DUR_HOURS));
    no(DIV, dur(JQL_DUR_DAYS), dur(JQL_DUR_MONTHS));
    no(MUL, dur(JQL_DUR_DAYS), dur(JQL_DUR_DAYS));
    no(DIV, num(), dur(JQL_DUR_DAYS));
    no(ADD, dur(JQL_DUR_DAYS), num());
}

static void type_binop__dates__shift_and_difference(void **state)
{
    ok(ADD, date(), dur(JQL_DUR_DAYS), "date");
    ok(SUB, date(), dur(JQL_DUR_MONTHS), "date");
    ok(SUB, date(), date(), "days");
    no(ADD, date(), dur(JQL_DUR_HOURS));
    no(ADD, date(), date());
    no(ADD, dur(JQL_DUR_DAYS), date());
    no(MUL, date(), num());
    no(ADD, date(), num());
}

static void type_binop__other_kinds__rejected(void **state)
{
    no(ADD, text(), text());
    no(ADD, boolean(), boolean());
    no(ADD, list(), list());
    no(MUL, text(), num());
    no(ADD, jql_type_make(JQL_T_COLLECTION, 0), num());
}

static void type_binop__error_operand__accepted_as_error(void **state)
{
    struct jql_type r;
    assert_true(jql_type_binop(ADD, jql_type_make(JQL_T_ERROR, 0), text(), &r));
    assert_int_equal(r.kind, JQL_T_ERROR);
}

/* ---- comparisons and compatibility ---- */

static void type_comparable__ordered_families(void **state)
{
    assert_true(jql_type_comparable(JQL_CMP_LT, cnt(), pct()));
    assert_true(jql_type_comparable(JQL_CMP_GE, money(), money()));
    assert_true(jql_type_comparable(JQL_CMP_GE, rate(JQL_PER_HOUR), rate(JQL_PER_HOUR)));
    assert_true(jql_type_comparable(JQL_CMP_LT, rate(JQL_PER_MONTH), rate(JQL_PER_YEAR)));
    assert_true(jql_type_comparable(JQL_CMP_LE, dur(JQL_DUR_DAYS), dur(JQL_DUR_DAYS)));
    assert_true(jql_type_comparable(JQL_CMP_GT, date(), date()));
}

static void type_comparable__mismatches_rejected(void **state)
{
    assert_false(jql_type_comparable(JQL_CMP_LT, dur(JQL_DUR_DAYS), dur(JQL_DUR_HOURS)));
    assert_false(jql_type_comparable(JQL_CMP_EQ, rate(JQL_PER_HOUR), rate(JQL_PER_YEAR)));
    assert_false(jql_type_comparable(JQL_CMP_EQ, money(), rate(JQL_PER_HOUR)));
    assert_false(jql_type_comparable(JQL_CMP_EQ, money(), num()));
    assert_false(jql_type_comparable(JQL_CMP_EQ, date(), dur(JQL_DUR_DAYS)));
    assert_false(jql_type_comparable(JQL_CMP_EQ, text(), num()));
    assert_false(jql_type_comparable(JQL_CMP_EQ, list(), list()));
}

static void type_comparable__text_and_bool__equality_only(void **state)
{
    assert_true(jql_type_comparable(JQL_CMP_EQ, text(), text()));
    assert_true(jql_type_comparable(JQL_CMP_NE, enm(), text()));
    assert_true(jql_type_comparable(JQL_CMP_EQ, enm(), enm()));
    assert_false(jql_type_comparable(JQL_CMP_LT, text(), text()));
    assert_true(jql_type_comparable(JQL_CMP_EQ, boolean(), boolean()));
    assert_false(jql_type_comparable(JQL_CMP_GT, boolean(), boolean()));
    assert_false(jql_type_comparable(JQL_CMP_EQ, boolean(), num()));
}

static void type_compatible__families(void **state)
{
    assert_true(jql_type_compatible(num(), pct()));
    assert_true(jql_type_compatible(enm(), text()));
    assert_true(jql_type_compatible(rate(JQL_PER_YEAR), rate(JQL_PER_MONTH)));
    assert_true(jql_type_compatible(list(), list()));
    assert_true(jql_type_compatible(boolean(), boolean()));
    assert_false(jql_type_compatible(rate(JQL_PER_WEEK), rate(JQL_PER_MONTH)));
    assert_false(jql_type_compatible(dur(JQL_DUR_MONTHS), dur(JQL_DUR_DAYS)));
    assert_false(jql_type_compatible(money(), num()));
    assert_true(jql_type_compatible(jql_type_make(JQL_T_ERROR, 0), money()));
}

/* ---- operator and unit names ---- */

static void type_ops__strings_and_negation(void **state)
{
    assert_string_equal(jql_binop_str(DIV), "/");
    assert_string_equal(jql_cmpop_str(JQL_CMP_LE), "<=");
    assert_int_equal(jql_cmpop_negate(JQL_CMP_GE), JQL_CMP_LT);
    assert_int_equal(jql_cmpop_negate(JQL_CMP_LT), JQL_CMP_GE);
    assert_int_equal(jql_cmpop_negate(JQL_CMP_GT), JQL_CMP_LE);
    assert_int_equal(jql_cmpop_negate(JQL_CMP_EQ), JQL_CMP_NE);
    assert_string_equal(jql_period_name(JQL_PER_MONTH), "month");
}

static void unit_from_word__singular_and_plural(void **state)
{
    enum jql_unit u;
    enum jql_dgroup g;
    assert_true(jql_unit_from_word("weeks", 5, &u, &g));
    assert_int_equal(u, JQL_UNIT_WEEK);
    assert_int_equal(g, JQL_DUR_DAYS);
    assert_true(jql_unit_from_word("minute", 6, &u, &g));
    assert_int_equal(u, JQL_UNIT_MINUTE);
    assert_int_equal(g, JQL_DUR_HOURS);
    assert_true(jql_unit_from_word("years!", 5, &u, &g));
    assert_int_equal(g, JQL_DUR_MONTHS);
    assert_false(jql_unit_from_word("s", 1, &u, &g));
    assert_false(jql_unit_from_word("hourss", 6, &u, &g));
    assert_false(jql_unit_from_word("Hours", 5, &u, &g));
    assert_false(jql_unit_from_word("fortnight", 9, &u, &g));
}

static void unit_name__plural_and_group(void **state)
{
    assert_string_equal(jql_unit_name(JQL_UNIT_DAY, false), "day");
    assert_string_equal(jql_unit_name(JQL_UNIT_HOUR, true), "hours");
    assert_int_equal(jql_unit_group(JQL_UNIT_YEAR), JQL_DUR_MONTHS);
    assert_int_equal(jql_unit_group(JQL_UNIT_HOUR), JQL_DUR_HOURS);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(type_name__every_type__as_written_in_vocabulary),
        cmocka_unit_test(type_name__enumeration__one_of_quoted_values),
        cmocka_unit_test(type_example__every_type__a_literal),
        cmocka_unit_test(type_binop__numbers__mix_and_flavours),
        cmocka_unit_test(type_binop__money__table_rows),
        cmocka_unit_test(type_binop__rates__same_period_or_month_year),
        cmocka_unit_test(type_binop__rate_times_duration__matching_group_only),
        cmocka_unit_test(type_binop__durations__same_group),
        cmocka_unit_test(type_binop__dates__shift_and_difference),
        cmocka_unit_test(type_binop__other_kinds__rejected),
        cmocka_unit_test(type_binop__error_operand__accepted_as_error),
        cmocka_unit_test(type_comparable__ordered_families),
        cmocka_unit_test(type_comparable__mismatches_rejected),
        cmocka_unit_test(type_comparable__text_and_bool__equality_only),
        cmocka_unit_test(type_compatible__families),
        cmocka_unit_test(type_ops__strings_and_negation),
        cmocka_unit_test(unit_from_word__singular_and_plural),
        cmocka_unit_test(unit_name__plural_and_group),
    };
    return cmocka_run_group_tests_name("types", tests, NULL, NULL);
}
