/* Unit tests for dec: parsing, exact arithmetic, half-even rounding,
   overflow at the 10^18 limit and canonical formatting. */
#include "test_util.h"

#include "dec.h"

#include <string.h>

/* A decimal from text, with an optional leading '-' (parse itself has no sign). */
static jql_dec D(const char *s)
{
    bool neg = s[0] == '-';
    jql_dec d;
    assert_int_equal(jql_dec_parse(s + neg, strlen(s + neg), &d), JQL_DEC_OK);
    return neg ? jql_dec_neg(d) : d;
}

static void assert_dec(jql_dec d, const char *want)
{
    assert_string_equal(jql_dec_format(d, 0), want);
}

static enum jql_dec_status parse(const char *s)
{
    jql_dec d;
    return jql_dec_parse(s, strlen(s), &d);
}

typedef enum jql_dec_status (*binop_fn)(jql_dec, jql_dec, jql_dec *);

static void check_op(binop_fn f, const char *a, const char *b, const char *want)
{
    jql_dec r;
    assert_int_equal(f(D(a), D(b), &r), JQL_DEC_OK);
    assert_dec(r, want);
}

static void check_fails(binop_fn f, const char *a, const char *b, enum jql_dec_status st)
{
    jql_dec r;
    assert_int_equal(f(D(a), D(b), &r), st);
}

/* ---- parse ---- */

static void dec_parse__underscores_between_digits__accepted(void **state)
{
    assert_dec(D("1_000_000"), "1000000");
    assert_dec(D("0.000_001"), "0.000001");
    assert_dec(D("3.5"), "3.5");
    assert_dec(D("007"), "7");
}

static void dec_parse__misplaced_underscore_or_dot__syntax(void **state)
{
    const char *bad[] = {"",   "_1",    "1_", "1__0", "1_.5", "1._5", ".5",
                         "5.", "1.2.3", "-1", "1e5",  "1 0",  "$1",   "."};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(parse(bad[i]), JQL_DEC_SYNTAX);
}

static void dec_parse__seven_fraction_digits__too_precise(void **state)
{
    assert_int_equal(parse("0.1234567"), JQL_DEC_TOO_PRECISE);
    assert_int_equal(parse("1.0000000"), JQL_DEC_TOO_PRECISE);
    assert_int_equal(parse("0.123456"), JQL_DEC_OK);
}

static void dec_parse__at_limit__overflow(void **state)
{
    assert_int_equal(parse("1_000_000_000_000_000_000"), JQL_DEC_OVERFLOW);
    assert_int_equal(parse("99999999999999999999999999999999999999999999"), JQL_DEC_OVERFLOW);
    assert_dec(D("999999999999999999.999999"), "999999999999999999.999999");
}

/* ---- add / sub ---- */

static void dec_add__point1_plus_point2__equals_point3(void **state)
{
    jql_dec r;
    assert_int_equal(jql_dec_add(D("0.10"), D("0.20"), &r), JQL_DEC_OK);
    assert_int_equal(jql_dec_cmp(r, D("0.30")), 0);
    assert_dec(r, "0.3");
}

static void dec_sub__negative_result__keeps_sign(void **state)
{
    check_op(jql_dec_sub, "1.5", "4", "-2.5");
    check_op(jql_dec_sub, "-1.5", "-1.5", "0");
}

static void dec_add__past_limit__overflow(void **state)
{
    check_fails(jql_dec_add, "999999999999999999.999999", "0.000001", JQL_DEC_OVERFLOW);
    check_fails(jql_dec_sub, "-999999999999999999.999999", "0.000001", JQL_DEC_OVERFLOW);
    check_op(jql_dec_add, "999999999999999999.999998", "0.000001", "999999999999999999.999999");
}

/* ---- mul ---- */

static void dec_mul__exact_products__no_rounding(void **state)
{
    check_op(jql_dec_mul, "20", "40", "800");
    check_op(jql_dec_mul, "17.5", "0.8", "14");
    check_op(jql_dec_mul, "-2.5", "4", "-10");
    check_op(jql_dec_mul, "0.001", "0.001", "0.000001");
}

static void dec_mul__half_millionth__rounds_half_even(void **state)
{
    check_op(jql_dec_mul, "0.000001", "0.5", "0");        /* 0.0000005 -> 0 */
    check_op(jql_dec_mul, "0.000003", "0.5", "0.000002"); /* 0.0000015 -> 0.000002 */
    check_op(jql_dec_mul, "0.000005", "0.5", "0.000002"); /* 0.0000025 -> 0.000002 */
    check_op(jql_dec_mul, "-0.000003", "0.5", "-0.000002");
    check_op(jql_dec_mul, "0.000001", "0.51", "0.000001");
}

static void dec_mul__large_valid_product__no_overflow(void **state)
{
    check_op(jql_dec_mul, "999999999999", "999999", "999998999999000001");
    check_op(jql_dec_mul, "999999999999.999999", "999999.999999", "999999999998999999");
    check_op(jql_dec_mul, "123456789012345678.123456", "0.000001", "123456789012.345678");
}

static void dec_mul__past_limit__overflow(void **state)
{
    check_fails(jql_dec_mul, "1000000000000", "1000000", JQL_DEC_OVERFLOW);
    check_fails(jql_dec_mul, "999999999999999999", "999999999999999999", JQL_DEC_OVERFLOW);
    check_fails(jql_dec_mul, "-999999999999999999.5", "2", JQL_DEC_OVERFLOW);
}

/* ---- div ---- */

static void dec_div__thirds__six_digits_rounded(void **state)
{
    check_op(jql_dec_div, "1", "3", "0.333333");
    check_op(jql_dec_div, "2", "3", "0.666667");
    check_op(jql_dec_div, "-2", "3", "-0.666667");
}

static void dec_div__exact_tie__rounds_half_even(void **state)
{
    check_op(jql_dec_div, "0.000001", "2", "0");        /* 0.0000005 */
    check_op(jql_dec_div, "0.000003", "2", "0.000002"); /* 0.0000015 */
    check_op(jql_dec_div, "0.000005", "2", "0.000002"); /* 0.0000025 */
    check_op(jql_dec_div, "2.5", "1", "2.5");
}

static void dec_div__by_zero__divzero(void **state)
{
    check_fails(jql_dec_div, "1", "0", JQL_DEC_DIVZERO);
}

static void dec_div__past_limit__overflow(void **state)
{
    check_fails(jql_dec_div, "999999999999999999", "0.5", JQL_DEC_OVERFLOW);
    check_op(jql_dec_div, "999999999999999999", "1", "999999999999999999");
}

static void dec_mul_div_int__one_rounding(void **state)
{
    jql_dec r;
    assert_int_equal(jql_dec_mul_div_int(D("20"), D("90"), 60, &r), JQL_DEC_OK);
    assert_dec(r, "30");
    assert_int_equal(jql_dec_mul_div_int(D("20"), D("1"), 60, &r), JQL_DEC_OK);
    assert_dec(r, "0.333333");
    assert_int_equal(jql_dec_mul_div_int(D("1"), D("0.000001"), 2, &r), JQL_DEC_OK);
    assert_dec(r, "0");
    assert_int_equal(jql_dec_mul_div_int(D("1"), D("1"), 0, &r), JQL_DEC_DIVZERO);
}

/* ---- round, predicates ---- */

static void dec_round__half_even_places(void **state)
{
    assert_dec(jql_dec_round(D("2.5"), 0), "2");
    assert_dec(jql_dec_round(D("3.5"), 0), "4");
    assert_dec(jql_dec_round(D("-2.5"), 0), "-2");
    assert_dec(jql_dec_round(D("2.675"), 2), "2.68");
    assert_dec(jql_dec_round(D("2.665"), 2), "2.66");
    assert_dec(jql_dec_round(D("2.6651"), 2), "2.67");
    assert_dec(jql_dec_round(D("1.234567"), 9), "1.234567");
}

static void dec_predicates__whole_neg_zero_to_int(void **state)
{
    int64_t n = 0;
    assert_true(jql_dec_is_whole(D("42")));
    assert_false(jql_dec_is_whole(D("-4.2")));
    assert_true(jql_dec_is_neg(D("-0.000001")));
    assert_true(jql_dec_is_zero(D("0.000")));
    assert_true(jql_dec_to_int(D("-42"), &n));
    assert_int_equal(n, -42);
    assert_false(jql_dec_to_int(D("4.5"), &n));
    assert_int_equal(jql_dec_cmp(jql_dec_abs(D("-3")), jql_dec_from_int(3)), 0);
    assert_int_equal(jql_dec_cmp(D("1"), D("2")), -1);
}

/* ---- format ---- */

static void dec_format__min_frac_and_trailing_zeros(void **state)
{
    assert_string_equal(jql_dec_format(D("42"), 0), "42");
    assert_string_equal(jql_dec_format(D("3.500"), 0), "3.5");
    assert_string_equal(jql_dec_format(D("17.5"), 2), "17.50");
    assert_string_equal(jql_dec_format(D("27.375"), 2), "27.375");
    assert_string_equal(jql_dec_format(D("52000"), 2), "52000.00");
    assert_string_equal(jql_dec_format(D("-5"), 2), "-5.00");
    assert_string_equal(jql_dec_format(D("-0.000001"), 0), "-0.000001");
    assert_string_equal(jql_dec_format(D("0"), 0), "0");
}

static void dec_status_msg__every_status__nonempty(void **state)
{
    assert_string_equal(jql_dec_status_msg(JQL_DEC_DIVZERO), "division by zero");
    for (int s = JQL_DEC_OK; s <= JQL_DEC_SYNTAX; s++)
        assert_true(strlen(jql_dec_status_msg((enum jql_dec_status)s)) > 0);
}

static const char *json_str(const char *text)
{
    jql_dec d;
    enum jql_dec_status st = jql_dec_parse_json(text, strlen(text), &d);
    if (st != JQL_DEC_OK)
        return st == JQL_DEC_SYNTAX ? "syntax" : st == JQL_DEC_TOO_PRECISE ? "precise" : "overflow";
    return jql_dec_format(d, 0);
}

/* JSON numbers are read exactly from their text: 15.41 is 15.41, exponents when exact. */
static void dec_parse_json__exact_from_text(void **state)
{
    (void)state;
    assert_string_equal(json_str("15.41"), "15.41");
    assert_string_equal(json_str("-12.5"), "-12.5");
    assert_string_equal(json_str("0"), "0");
    assert_string_equal(json_str("-0"), "0");
    assert_string_equal(json_str("100.000"), "100");
    assert_string_equal(json_str("1.5e3"), "1500");
    assert_string_equal(json_str("1.5E+3"), "1500");
    assert_string_equal(json_str("25e-2"), "0.25");
    assert_string_equal(json_str("0.000001"), "0.000001");
    assert_string_equal(json_str("1.0000001e1"), "10.000001");
    assert_string_equal(json_str("0.0000001"), "precise");
    assert_string_equal(json_str("1e-7"), "precise");
    assert_string_equal(json_str("1.23456789"), "precise");
    assert_string_equal(json_str("1.2345670"), "1.234567"); /* trailing zeros are exact */
    assert_string_equal(json_str("999999999999999999"), "999999999999999999");
    assert_string_equal(json_str("1e18"), "overflow");
    assert_string_equal(json_str("1e999999999"), "overflow");
    assert_string_equal(json_str("0e999999999"), "0");
    assert_string_equal(json_str("123456789012345678901234567890123"), "overflow");
    static const char *const bad[] = {"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "1_000",
                                      "NaN", "Infinity", "0x10", "1.5.2", " 1"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_string_equal(json_str(bad[i]), "syntax");
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dec_parse_json__exact_from_text),
        cmocka_unit_test(dec_parse__underscores_between_digits__accepted),
        cmocka_unit_test(dec_parse__misplaced_underscore_or_dot__syntax),
        cmocka_unit_test(dec_parse__seven_fraction_digits__too_precise),
        cmocka_unit_test(dec_parse__at_limit__overflow),
        cmocka_unit_test(dec_add__point1_plus_point2__equals_point3),
        cmocka_unit_test(dec_sub__negative_result__keeps_sign),
        cmocka_unit_test(dec_add__past_limit__overflow),
        cmocka_unit_test(dec_mul__exact_products__no_rounding),
        cmocka_unit_test(dec_mul__half_millionth__rounds_half_even),
        cmocka_unit_test(dec_mul__large_valid_product__no_overflow),
        cmocka_unit_test(dec_mul__past_limit__overflow),
        cmocka_unit_test(dec_div__thirds__six_digits_rounded),
        cmocka_unit_test(dec_div__exact_tie__rounds_half_even),
        cmocka_unit_test(dec_div__by_zero__divzero),
        cmocka_unit_test(dec_div__past_limit__overflow),
        cmocka_unit_test(dec_mul_div_int__one_rounding),
        cmocka_unit_test(dec_round__half_even_places),
        cmocka_unit_test(dec_predicates__whole_neg_zero_to_int),
        cmocka_unit_test(dec_format__min_frac_and_trailing_zeros),
        cmocka_unit_test(dec_status_msg__every_status__nonempty),
    };
    return cmocka_run_group_tests_name("dec", tests, NULL, NULL);
}
