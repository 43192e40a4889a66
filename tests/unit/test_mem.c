/* Unit tests for mem: the string helpers shared across modules. */
#include "test_util.h"

#include <string.h>

/* Published FNV-1a 32-bit test vectors. */
static void hash_str__fnv1a_vectors__match(void **state)
{
    (void)state;
    assert_int_equal(jql_hash_str(""), 0x811c9dc5u);
    assert_int_equal(jql_hash_str("a"), 0xe40c292cu);
    assert_int_equal(jql_hash_str("foobar"), 0xbf9cf968u);
}

static void join__several_one_none__separated(void **state)
{
    (void)state;
    const char *v[] = {"pay.a", "pay.b", "job"};
    assert_string_equal(jql_join(v, 3, ", "), "pay.a, pay.b, job");
    assert_string_equal(jql_join(v, 1, ", "), "pay.a");
    assert_string_equal(jql_join(v, 0, ", "), "");
}

static void str_index__present_absent__index_or_minus_one(void **state)
{
    (void)state;
    const char *const v[] = {"hour", "week", "month", "year"};
    assert_int_equal(jql_str_index(v, JQL_COUNT(v), "month"), 2);
    assert_int_equal(jql_str_index(v, JQL_COUNT(v), "day"), -1);
}

static void buf__grows_past_first_block__keeps_contents(void **state)
{
    (void)state;
    struct jql_buf b = {0};
    assert_string_equal(jql_buf_str(&b), "");
    for (int i = 0; i < 1000; i++)
        jql_buf_printf(&b, "%d,", i % 10);
    assert_int_equal(b.len, 2000);
    assert_int_equal(strncmp(jql_buf_str(&b), "0,1,2,", 6), 0);
    assert_string_equal(jql_buf_str(&b) + 1994, "7,8,9,");
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hash_str__fnv1a_vectors__match),
        cmocka_unit_test(join__several_one_none__separated),
        cmocka_unit_test(str_index__present_absent__index_or_minus_one),
        cmocka_unit_test(buf__grows_past_first_block__keeps_contents),
    };
    return cmocka_run_group_tests_name("mem", tests, NULL, NULL);
}
