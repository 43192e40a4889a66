/* Unit tests for sha256: the digests of the stamp. */
#include "test_util.h"

#include "sha256.h"

#include <string.h>

static const char *digest(const char *s, size_t n)
{
    static char out[65];
    jql_sha256_hex(s, n, out);
    return out;
}

/* FIPS 180-4 examples, and lengths around the one-block / two-block padding edge. */
static void sha256__published_vectors__match(void **state)
{
    (void)state;
    assert_string_equal(digest("", 0),
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert_string_equal(digest("abc", 3),
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"; /* 56 bytes */
    assert_string_equal(digest(m, strlen(m)),
                        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void sha256__million_a__matches(void **state)
{
    (void)state;
    char *a = jql_alloc_atomic(1000000);
    memset(a, 'a', 1000000);
    assert_string_equal(digest(a, 1000000),
                        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* 55 bytes leave room for the length in the last block, 56 to 63 do not: both must be right. */
static void sha256__padding_edges__match(void **state)
{
    (void)state;
    char buf[64];
    memset(buf, 'x', sizeof buf);
    assert_string_equal(digest(buf, 55),
                        "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
    assert_string_equal(digest(buf, 56),
                        "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
}

/* Fed in pieces of every size (as a file is read in chunks): the same digest. */
static void sha256__pieces__same_as_whole(void **state)
{
    (void)state;
    char buf[1000];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (char)(i * 131 + 7);
    char whole[65], part[65];
    jql_sha256_hex(buf, sizeof buf, whole);
    for (size_t step = 1; step <= 130; step++) {
        struct jql_sha256 c;
        jql_sha256_init(&c);
        for (size_t i = 0; i < sizeof buf; i += step)
            jql_sha256_update(&c, buf + i, sizeof buf - i < step ? sizeof buf - i : step);
        jql_sha256_final(&c, part);
        assert_string_equal(part, whole);
    }
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sha256__published_vectors__match),
        cmocka_unit_test(sha256__million_a__matches),
        cmocka_unit_test(sha256__padding_edges__match),
        cmocka_unit_test(sha256__pieces__same_as_whole),
    };
    return cmocka_run_group_tests_name("sha256", tests, NULL, NULL);
}
