/* Unit tests for value: canonical printing, unit-aware arithmetic and faults,
   comparisons across periods, and the proleptic Gregorian date helpers. */
#include "test_util.h"

#include "value.h"

#include <string.h>

static const struct jql_loc here = {NULL, 3, 7};

static jql_dec D(const char *s)
{
    bool neg = s[0] == '-';
    jql_dec d;
    assert_int_equal(jql_dec_parse(s + neg, strlen(s + neg), &d), JQL_DEC_OK);
    return neg ? jql_dec_neg(d) : d;
}

static struct jql_value num(const char *s) { return jql_value_num(D(s), JQL_NUM_NUMBER); }
static struct jql_value pct(const char *s) { return jql_value_num(D(s), JQL_NUM_PERCENT); }
static struct jql_value money(const char *s) { return jql_value_money(D(s)); }
static struct jql_value rate(const char *s, enum jql_period p) { return jql_value_rate(D(s), p); }

static struct jql_value dur(const char *s, enum jql_unit u)
{
    struct jql_value v;
    assert_true(jql_value_duration(D(s), u, &v));
    return v;
}

static struct jql_value date(int y, int m, int d)
{
    int32_t days;
    assert_true(jql_date_from_ymd(y, m, d, &days));
    return jql_value_date(days);
}

static void assert_prints(struct jql_value v, const char *want)
{
    assert_string_equal(jql_value_format(v), want);
}

static struct jql_value op(enum jql_binop o, struct jql_value a, struct jql_value b)
{
    return jql_value_binop(o, a, b, here);
}

static void assert_fault(struct jql_value v, const char *msg)
{
    assert_int_equal(v.kind, JQL_V_ERROR);
    assert_string_equal(v.u.fault->msg, msg);
    assert_int_equal(v.u.fault->loc.start, 3);
    assert_int_equal(v.u.fault->loc.end, 7);
}

/* ---- printing ---- */

static void value_format__numbers_and_percents(void **state)
{
    assert_prints(num("42"), "42");
    assert_prints(num("3.500"), "3.5");
    assert_prints(num("-0.25"), "-0.25");
    assert_prints(jql_value_num(D("12"), JQL_NUM_COUNT), "12");
    assert_prints(pct("0.75"), "75%");
    assert_prints(pct("0.025"), "2.5%");
    assert_prints(pct("1"), "100%");
    assert_prints(pct("0.000001"), "0.0001%");
}

static void value_format__money_and_rates(void **state)
{
    assert_prints(money("17.5"), "$17.50");
    assert_prints(money("52000"), "$52000.00");
    assert_prints(money("27.375"), "$27.375");
    assert_prints(money("-5"), "-$5.00");
    assert_prints(money("0"), "$0.00");
    assert_prints(rate("17.5", JQL_PER_HOUR), "$17.50/hour");
    assert_prints(rate("27.375", JQL_PER_HOUR), "$27.375/hour");
    assert_prints(rate("52000", JQL_PER_YEAR), "$52000.00/year");
    assert_prints(rate("800", JQL_PER_WEEK), "$800.00/week");
    assert_prints(rate("-4000", JQL_PER_MONTH), "-$4000.00/month");
}

static void value_format__durations_in_written_unit(void **state)
{
    assert_prints(dur("14", JQL_UNIT_DAY), "14 days");
    assert_prints(dur("1", JQL_UNIT_DAY), "1 day");
    assert_prints(dur("2", JQL_UNIT_WEEK), "2 weeks");
    assert_prints(dur("1.5", JQL_UNIT_WEEK), "1.5 weeks");
    assert_prints(dur("40", JQL_UNIT_HOUR), "40 hours");
    assert_prints(dur("30", JQL_UNIT_MINUTE), "30 minutes");
    assert_prints(dur("1", JQL_UNIT_MINUTE), "1 minute");
    assert_prints(dur("1", JQL_UNIT_YEAR), "1 year");
    assert_prints(dur("6", JQL_UNIT_MONTH), "6 months");
}

static void value_format__computed_durations_in_base_unit(void **state)
{
    assert_prints(jql_value_duration_base(D("90"), JQL_DUR_HOURS), "1.5 hours");
    assert_prints(jql_value_duration_base(D("60"), JQL_DUR_HOURS), "1 hour");
    assert_prints(jql_value_duration_base(D("1"), JQL_DUR_HOURS), "1 minute");
    assert_prints(jql_value_duration_base(D("21"), JQL_DUR_DAYS), "21 days");
    assert_prints(jql_value_duration_base(D("-1"), JQL_DUR_DAYS), "-1 day");
    assert_prints(jql_value_duration_base(D("18"), JQL_DUR_MONTHS), "18 months");
    /* A written unit that no longer divides falls back to the base unit. */
    struct jql_value v = dur("1", JQL_UNIT_WEEK);
    v.u.d = D("10");
    assert_prints(v, "10 days");
}

static void value_format__text_list_bool_unknown_date(void **state)
{
    assert_prints(jql_value_text("Lead Teacher"), "\"Lead Teacher\"");
    assert_prints(jql_value_text("a\"b\\c\nd\te\x01"), "\"a\\\"b\\\\c\\nd\\te\\u{1}\"");
    assert_prints(jql_value_text("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
    /* C1 and bidi controls are escaped: raw, the lexer rejects or a reader cannot see them */
    assert_prints(jql_value_text("a\xc2\x8a\xe2\x80\xae\x7f"), "\"a\\u{8A}\\u{202E}\\u{7F}\"");
    const char *items[] = {"a", "b"};
    struct jql_list l = {items, 2};
    assert_prints(jql_value_list(&l), "[\"a\", \"b\"]");
    struct jql_list empty = {NULL, 0};
    assert_prints(jql_value_list(&empty), "[]");
    assert_prints(jql_value_bool(true), "true");
    assert_prints(jql_value_bool(false), "false");
    assert_prints(jql_value_unknown(), "unknown");
    assert_prints(date(2026, 3, 1), "2026-03-01");
    assert_prints(jql_value_fault(here, "division by zero"), "division by zero");
}

static void value_type__of_each_kind(void **state)
{
    assert_int_equal(jql_value_type(pct("0.5")).sub, JQL_NUM_PERCENT);
    assert_int_equal(jql_value_type(rate("1", JQL_PER_WEEK)).kind, JQL_T_RATE);
    assert_int_equal(jql_value_type(rate("1", JQL_PER_WEEK)).sub, JQL_PER_WEEK);
    assert_int_equal(jql_value_type(dur("2", JQL_UNIT_WEEK)).sub, JQL_DUR_DAYS);
    assert_int_equal(jql_value_type(date(2026, 1, 1)).kind, JQL_T_DATE);
    assert_int_equal(jql_value_type(jql_value_unknown()).kind, JQL_T_ERROR);
}

/* ---- arithmetic ---- */

static void value_binop__money_point10_plus_point20__equals_point30(void **state)
{
    struct jql_value r = op(JQL_OP_ADD, money("0.10"), money("0.20"));
    assert_int_equal(r.kind, JQL_V_MONEY);
    assert_true(jql_value_equal(r, money("0.30")));
    assert_prints(r, "$0.30");
}

static void value_binop__number_flavours(void **state)
{
    assert_prints(op(JQL_OP_ADD, pct("0.5"), pct("0.25")), "75%");
    assert_prints(op(JQL_OP_MUL, num("2"), pct("0.75")), "1.5");
    assert_prints(op(JQL_OP_DIV, num("2"), num("3")), "0.666667");
    assert_prints(op(JQL_OP_MUL, money("24.10"), pct("1")), "$24.10");
    assert_prints(op(JQL_OP_DIV, money("10"), money("4")), "2.5");
    assert_prints(op(JQL_OP_MUL, num("3"), money("1.5")), "$4.50");
}

static void value_binop__rate_times_duration__each_period(void **state)
{
    assert_prints(op(JQL_OP_MUL, rate("20", JQL_PER_HOUR), dur("40", JQL_UNIT_HOUR)), "$800.00");
    assert_prints(op(JQL_OP_MUL, rate("20", JQL_PER_HOUR), dur("90", JQL_UNIT_MINUTE)), "$30.00");
    assert_prints(op(JQL_OP_MUL, dur("1", JQL_UNIT_MINUTE), rate("20", JQL_PER_HOUR)), "$0.333333");
    assert_prints(op(JQL_OP_MUL, rate("700", JQL_PER_WEEK), dur("3", JQL_UNIT_DAY)), "$300.00");
    assert_prints(op(JQL_OP_MUL, rate("800", JQL_PER_WEEK), dur("2", JQL_UNIT_WEEK)), "$1600.00");
    assert_prints(op(JQL_OP_MUL, rate("4000", JQL_PER_MONTH), dur("1", JQL_UNIT_YEAR)),
                  "$48000.00");
    assert_prints(op(JQL_OP_MUL, rate("52000", JQL_PER_YEAR), dur("6", JQL_UNIT_MONTH)),
                  "$26000.00");
}

static void value_binop__month_and_year_rates__left_period(void **state)
{
    struct jql_value m = rate("1000", JQL_PER_MONTH), y = rate("12000", JQL_PER_YEAR);
    assert_prints(op(JQL_OP_ADD, m, y), "$2000.00/month");
    assert_prints(op(JQL_OP_SUB, y, m), "$0.00/year");
    assert_prints(op(JQL_OP_DIV, m, y), "1");
    assert_prints(op(JQL_OP_DIV, y, m), "1");
    assert_prints(op(JQL_OP_ADD, m, rate("1", JQL_PER_YEAR)), "$1000.083333/month");
    assert_prints(op(JQL_OP_MUL, m, num("1.5")), "$1500.00/month");
}

static void value_binop__durations(void **state)
{
    assert_prints(op(JQL_OP_ADD, dur("1", JQL_UNIT_HOUR), dur("30", JQL_UNIT_MINUTE)), "1.5 hours");
    assert_prints(op(JQL_OP_ADD, dur("2", JQL_UNIT_WEEK), dur("1", JQL_UNIT_WEEK)), "21 days");
    assert_prints(op(JQL_OP_MUL, num("2"), dur("1", JQL_UNIT_YEAR)), "24 months");
    assert_prints(op(JQL_OP_DIV, dur("14", JQL_UNIT_DAY), num("4")), "3.5 days");
    assert_prints(op(JQL_OP_DIV, dur("2", JQL_UNIT_WEEK), dur("7", JQL_UNIT_DAY)), "2");
    assert_prints(op(JQL_OP_DIV, dur("1", JQL_UNIT_HOUR), dur("40", JQL_UNIT_MINUTE)), "1.5");
}

static void value_binop__date_plus_days_and_months(void **state)
{
    assert_prints(op(JQL_OP_ADD, date(2026, 3, 1), dur("14", JQL_UNIT_DAY)), "2026-03-15");
    assert_prints(op(JQL_OP_SUB, date(2026, 3, 1), dur("1", JQL_UNIT_DAY)), "2026-02-28");
    assert_prints(op(JQL_OP_ADD, date(2024, 2, 28), dur("1", JQL_UNIT_WEEK)), "2024-03-06");
    assert_prints(op(JQL_OP_ADD, date(2026, 1, 31), dur("1", JQL_UNIT_MONTH)), "2026-02-28");
    assert_prints(op(JQL_OP_ADD, date(2024, 1, 31), dur("1", JQL_UNIT_MONTH)), "2024-02-29");
    assert_prints(op(JQL_OP_ADD, date(2024, 2, 29), dur("1", JQL_UNIT_YEAR)), "2025-02-28");
    assert_prints(op(JQL_OP_SUB, date(2026, 3, 31), dur("13", JQL_UNIT_MONTH)), "2025-02-28");
    assert_prints(op(JQL_OP_ADD, date(2026, 11, 30), dur("2", JQL_UNIT_MONTH)), "2027-01-30");
}

static void value_binop__date_minus_date__signed_days(void **state)
{
    struct jql_value r = op(JQL_OP_SUB, date(2026, 3, 1), date(2026, 2, 1));
    assert_int_equal(r.kind, JQL_V_DUR);
    assert_int_equal(r.sub, JQL_DUR_DAYS);
    assert_prints(r, "28 days");
    assert_prints(op(JQL_OP_SUB, date(2025, 3, 1), date(2026, 3, 1)), "-365 days");
}

static void value_binop__faults__located_at_operator(void **state)
{
    assert_fault(op(JQL_OP_DIV, num("1"), num("0")), "division by zero");
    assert_fault(op(JQL_OP_DIV, money("1"), num("0")), "division by zero");
    assert_fault(op(JQL_OP_MUL, num("1000000000000"), num("1000000")), "overflow in '*'");
    assert_fault(op(JQL_OP_ADD, money("999999999999999999"), money("1")), "overflow in '+'");
    assert_fault(op(JQL_OP_ADD, date(2026, 1, 1), dur("1.5", JQL_UNIT_WEEK)),
                 "a date plus a non-whole number of days in '+'");
    assert_fault(op(JQL_OP_SUB, date(2026, 1, 1), dur("0.5", JQL_UNIT_MONTH)),
                 "a date plus a non-whole number of months in '-'");
    assert_fault(op(JQL_OP_ADD, date(9999, 12, 31), dur("1", JQL_UNIT_DAY)),
                 "date out of range in '+'");
    assert_fault(op(JQL_OP_SUB, date(0, 1, 31), dur("1", JQL_UNIT_MONTH)),
                 "date out of range in '-'");
}

static void value_binop__unknown_and_error__propagate(void **state)
{
    assert_int_equal(op(JQL_OP_ADD, jql_value_unknown(), num("1")).kind, JQL_V_UNKNOWN);
    assert_int_equal(op(JQL_OP_MUL, money("1"), jql_value_unknown()).kind, JQL_V_UNKNOWN);
    struct jql_value f = jql_value_fault(here, "first");
    assert_string_equal(op(JQL_OP_ADD, f, jql_value_unknown()).u.fault->msg, "first");
    assert_int_equal(op(JQL_OP_ADD, jql_value_text("a"), num("1")).kind, JQL_V_ERROR);
}

static void value_neg__flavours_and_units(void **state)
{
    assert_prints(jql_value_neg(money("5"), here), "-$5.00");
    assert_prints(jql_value_neg(pct("0.5"), here), "-50%");
    assert_prints(jql_value_neg(dur("2", JQL_UNIT_WEEK), here), "-2 weeks");
    assert_int_equal(jql_value_neg(jql_value_num(D("3"), JQL_NUM_COUNT), here).sub, JQL_NUM_NUMBER);
    assert_int_equal(jql_value_neg(jql_value_unknown(), here).kind, JQL_V_UNKNOWN);
    assert_int_equal(jql_value_neg(jql_value_bool(true), here).kind, JQL_V_ERROR);
}

/* ---- comparison ---- */

static void value_cmp__month_vs_year_rates(void **state)
{
    assert_int_equal(jql_value_cmp(rate("1000", JQL_PER_MONTH), rate("12000", JQL_PER_YEAR)), 0);
    assert_int_equal(jql_value_cmp(rate("1000", JQL_PER_MONTH), rate("11999", JQL_PER_YEAR)), 1);
    assert_int_equal(jql_value_cmp(rate("12000", JQL_PER_YEAR), rate("1001", JQL_PER_MONTH)), -1);
    assert_true(jql_value_equal(rate("1000", JQL_PER_MONTH), rate("12000", JQL_PER_YEAR)));
    assert_int_equal(jql_value_cmp(rate("17.5", JQL_PER_HOUR), rate("24.1", JQL_PER_HOUR)), -1);
}

static void value_cmp__across_flavours_and_units(void **state)
{
    assert_int_equal(jql_value_cmp(pct("0.8"), num("0.8")), 0);
    assert_true(jql_value_equal(pct("0.8"), num("0.8")));
    assert_int_equal(jql_value_cmp(dur("2", JQL_UNIT_WEEK), dur("14", JQL_UNIT_DAY)), 0);
    assert_int_equal(jql_value_cmp(dur("1", JQL_UNIT_HOUR), dur("59", JQL_UNIT_MINUTE)), 1);
    assert_int_equal(jql_value_cmp(dur("1", JQL_UNIT_YEAR), dur("13", JQL_UNIT_MONTH)), -1);
    assert_int_equal(jql_value_cmp(date(2026, 3, 1), date(2026, 2, 28)), 1);
    assert_int_equal(jql_value_cmp(money("-1"), money("0")), -1);
}

static void value_cmp__text_bool_list_equality(void **state)
{
    assert_int_equal(jql_value_cmp(jql_value_text("a"), jql_value_text("a")), 0);
    assert_int_equal(jql_value_cmp(jql_value_text("a"), jql_value_text("A")), 1);
    assert_int_equal(jql_value_cmp(jql_value_bool(true), jql_value_bool(true)), 0);
    assert_int_not_equal(jql_value_cmp(jql_value_bool(true), jql_value_bool(false)), 0);
    const char *ab[] = {"a", "b"}, *ac[] = {"a", "c"};
    struct jql_list l1 = {ab, 2}, l2 = {ab, 2}, l3 = {ac, 2};
    assert_true(jql_value_equal(jql_value_list(&l1), jql_value_list(&l2)));
    assert_false(jql_value_equal(jql_value_list(&l1), jql_value_list(&l3)));
    assert_false(jql_value_equal(money("1"), num("1")));
    assert_true(jql_value_equal(jql_value_unknown(), jql_value_unknown()));
    assert_false(jql_value_equal(jql_value_unknown(), num("1")));
}

/* ---- dates ---- */

static void date_from_ymd__validation(void **state)
{
    int32_t d;
    assert_false(jql_date_from_ymd(2026, 2, 30, &d));
    assert_false(jql_date_from_ymd(2026, 2, 29, &d));
    assert_true(jql_date_from_ymd(2024, 2, 29, &d));
    assert_true(jql_date_from_ymd(2000, 2, 29, &d));
    assert_false(jql_date_from_ymd(1900, 2, 29, &d));
    assert_false(jql_date_from_ymd(2026, 4, 31, &d));
    assert_false(jql_date_from_ymd(2026, 13, 1, &d));
    assert_false(jql_date_from_ymd(2026, 0, 1, &d));
    assert_false(jql_date_from_ymd(2026, 1, 0, &d));
    assert_false(jql_date_from_ymd(10000, 1, 1, &d));
    assert_true(jql_date_from_ymd(1970, 1, 1, &d));
    assert_int_equal(d, 0);
    assert_true(jql_date_from_ymd(1969, 12, 31, &d));
    assert_int_equal(d, -1);
}

static void date_to_ymd__round_trips_every_day(void **state)
{
    int32_t first, last;
    assert_true(jql_date_from_ymd(0, 1, 1, &first));
    assert_true(jql_date_from_ymd(9999, 12, 31, &last));
    int py = 0, pm = 1, pd = 0;
    for (int32_t day = first; day <= last; day++) {
        int y, m, d;
        int32_t back;
        jql_date_to_ymd(day, &y, &m, &d);
        assert_true(jql_date_from_ymd(y, m, d, &back));
        assert_int_equal(back, day);
        /* consecutive: next day of the same month, or day 1 of the next */
        assert_true((y == py && m == pm && d == pd + 1) || d == 1);
        py = y, pm = m, pd = d;
    }
}

static void date_add_months__clamps_to_month_end(void **state)
{
    int32_t jan31, feb28;
    assert_true(jql_date_from_ymd(2026, 1, 31, &jan31));
    assert_true(jql_date_from_ymd(2026, 2, 28, &feb28));
    assert_int_equal(jql_date_add_months(jan31, 1), feb28);
    int yy, mm, dd;
    jql_date_to_ymd(jql_date_add_months(jan31, -2), &yy, &mm, &dd);
    assert_int_equal(yy * 10000 + mm * 100 + dd, 20251130);
    jql_date_to_ymd(jql_date_add_months(jan31, 1000000000000LL), &yy, &mm, &dd);
    assert_int_equal(yy * 10000 + mm * 100 + dd, 99991231);
}

/* ---- values against declared types, ranges ---- */

static void value_fit__percent_needs_its_sign(void **state)
{
    (void)state;
    struct jql_type percent = jql_type_make(JQL_T_NUMBER, JQL_NUM_PERCENT);
    struct jql_type number = jql_type_make(JQL_T_NUMBER, JQL_NUM_NUMBER);
    struct jql_type count = jql_type_make(JQL_T_NUMBER, JQL_NUM_COUNT);
    struct jql_value v = num("0.8");
    assert_int_equal(jql_value_fit(percent, &v), JQL_FIT_PERCENT);
    v = pct("0.8");
    assert_int_equal(jql_value_fit(percent, &v), JQL_FIT_OK);
    v = pct("0.8"); /* a number fact takes either form, and keeps its own flavour */
    assert_int_equal(jql_value_fit(number, &v), JQL_FIT_OK);
    assert_prints(v, "0.8");
    v = num("2.5");
    assert_int_equal(jql_value_fit(count, &v), JQL_FIT_TYPE);
    v = money("5");
    assert_int_equal(jql_value_fit(number, &v), JQL_FIT_TYPE);
    v = rate("4000", JQL_PER_MONTH); /* month and year rates convert */
    assert_int_equal(jql_value_fit(jql_type_make(JQL_T_RATE, JQL_PER_YEAR), &v), JQL_FIT_OK);
    v = rate("20", JQL_PER_HOUR);
    assert_int_equal(jql_value_fit(jql_type_make(JQL_T_RATE, JQL_PER_YEAR), &v), JQL_FIT_TYPE);
}

static void value_percent_forms__share_and_points(void **state)
{
    (void)state;
    assert_string_equal(jql_value_percent_forms(num("0.8")), "80% or 0.8%");
    assert_string_equal(jql_value_percent_forms(num("4")), "400% or 4%");
    assert_string_equal(jql_value_percent_forms(num("0")), "0%");
    /* 0.000001% is not exact in 6 places: only the share is offered */
    assert_string_equal(jql_value_percent_forms(num("0.000001")), "0.0001%");
}

static void range__default_and_declared__bounds_inclusive(void **state)
{
    (void)state;
    struct jql_range r = jql_range_default(jql_type_make(JQL_T_MONEY, 0));
    assert_true(jql_range_holds(&r, money("0")));
    assert_false(jql_range_holds(&r, money("-0.01")));
    assert_string_equal(jql_range_str(&r), "$0.00..");
    r = jql_range_default(jql_type_make(JQL_T_NUMBER, JQL_NUM_NUMBER));
    assert_false(r.has_lo || r.has_hi);
    assert_true(jql_range_holds(&r, num("-5")));
    r = jql_range_default(jql_type_make(JQL_T_DURATION, JQL_DUR_DAYS));
    assert_false(jql_range_holds(&r, dur("-1", JQL_UNIT_WEEK)));
    r = (struct jql_range){.has_lo = true, .has_hi = true, .lo = pct("0"), .hi = pct("1")};
    assert_true(jql_range_holds(&r, pct("1")));
    assert_false(jql_range_holds(&r, pct("1.000001")));
    assert_string_equal(jql_range_str(&r), "0%..100%");
    r.has_lo = false;
    assert_string_equal(jql_range_str(&r), "..100%");
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(value_format__numbers_and_percents),
        cmocka_unit_test(value_format__money_and_rates),
        cmocka_unit_test(value_format__durations_in_written_unit),
        cmocka_unit_test(value_format__computed_durations_in_base_unit),
        cmocka_unit_test(value_format__text_list_bool_unknown_date),
        cmocka_unit_test(value_type__of_each_kind),
        cmocka_unit_test(value_binop__money_point10_plus_point20__equals_point30),
        cmocka_unit_test(value_binop__number_flavours),
        cmocka_unit_test(value_binop__rate_times_duration__each_period),
        cmocka_unit_test(value_binop__month_and_year_rates__left_period),
        cmocka_unit_test(value_binop__durations),
        cmocka_unit_test(value_binop__date_plus_days_and_months),
        cmocka_unit_test(value_binop__date_minus_date__signed_days),
        cmocka_unit_test(value_binop__faults__located_at_operator),
        cmocka_unit_test(value_binop__unknown_and_error__propagate),
        cmocka_unit_test(value_neg__flavours_and_units),
        cmocka_unit_test(value_cmp__month_vs_year_rates),
        cmocka_unit_test(value_cmp__across_flavours_and_units),
        cmocka_unit_test(value_cmp__text_bool_list_equality),
        cmocka_unit_test(date_from_ymd__validation),
        cmocka_unit_test(date_to_ymd__round_trips_every_day),
        cmocka_unit_test(date_add_months__clamps_to_month_end),
        cmocka_unit_test(value_fit__percent_needs_its_sign),
        cmocka_unit_test(value_percent_forms__share_and_points),
        cmocka_unit_test(range__default_and_declared__bounds_inclusive),
    };
    return cmocka_run_group_tests_name("value", tests, NULL, NULL);
}
