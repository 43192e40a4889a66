/* Unit tests for term: which characters are escaped, how, and the width of each unit. */
#include "test_util.h"

#include "term.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *line(const char *s) { return jql_term_str(s, JQL_TERM_LINE); }

static void term_str__printable__unchanged(void **state)
{
    (void)state;
    assert_string_equal(line("plain ASCII ~ caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80"),
                        "plain ASCII ~ caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80");
    assert_string_equal(line(""), "");
    assert_string_equal(line(NULL), "");
}

static void term_str__tab_and_newline__kept_by_flag(void **state)
{
    (void)state;
    assert_string_equal(line("a\tb\nc"), "a\tb<U+000A>c");
    assert_string_equal(jql_term_str("a\tb\nc", JQL_TERM_LINES), "a\tb\nc");
    /* a carriage return moves the cursor back over what was printed: always escaped */
    assert_string_equal(jql_term_str("a\r\nb", JQL_TERM_LINES), "a<U+000D>\nb");
}

static void term_str__c0_del_c1__escaped(void **state)
{
    (void)state;
    assert_string_equal(line("\x1b[2J\x07\x7f"), "<U+001B>[2J<U+0007><U+007F>");
    assert_string_equal(line("\x01\x1f"), "<U+0001><U+001F>");
    /* C1 in UTF-8: U+0080, U+0085 (next line), U+009B (CSI), U+009F; U+00A0 is no control */
    assert_string_equal(line("\xc2\x80\xc2\x85\xc2\x9b\xc2\x9f\xc2\xa0"),
                        "<U+0080><U+0085><U+009B><U+009F>\xc2\xa0");
}

static void term_str__bidi_overrides_and_isolates__escaped_exactly(void **state)
{
    (void)state;
    /* U+2029 and U+202F, U+2065 and U+206A are the neighbours: not escaped */
    assert_string_equal(line("\xe2\x80\xa9\xe2\x80\xaa\xe2\x80\xae\xe2\x80\xaf"),
                        "\xe2\x80\xa9<U+202A><U+202E>\xe2\x80\xaf");
    assert_string_equal(line("\xe2\x81\xa5\xe2\x81\xa6\xe2\x81\xa9\xe2\x81\xaa"),
                        "\xe2\x81\xa5<U+2066><U+2069>\xe2\x81\xaa");
}

static void term_str__invalid_utf8__each_byte_escaped(void **state)
{
    (void)state;
    assert_string_equal(line("a\xff" "b"), "a<FF>b");
    assert_string_equal(line("\xe2\x82"), "<E2><82>");          /* truncated */
    assert_string_equal(line("\xc0\x80"), "<C0><80>");          /* overlong NUL */
    assert_string_equal(line("\xed\xa0\x80"), "<ED><A0><80>");  /* a surrogate */
}

static void term_unit__widths__escape_length_or_one(void **state)
{
    (void)state;
    struct jql_term_unit u;
    jql_term_unit("\xe2\x80\xae!", 4, JQL_TERM_LINE, &u);
    assert_int_equal(u.len, 3);
    assert_int_equal(u.cols, 8);
    assert_memory_equal(u.text, "<U+202E>", 8);
    jql_term_unit("\xc3\xa9", 2, JQL_TERM_LINE, &u);
    assert_int_equal(u.len, 2);
    assert_int_equal(u.cols, 1);
    jql_term_unit("\xff", 1, JQL_TERM_LINE, &u);
    assert_int_equal(u.len, 1);
    assert_int_equal(u.cols, 4);
    const char *tab = "\t";
    jql_term_unit(tab, 1, JQL_TERM_LINE, &u);
    assert_int_equal(u.cols, 1);
    assert_ptr_equal(u.text, tab); /* itself, not an escape */
    assert_int_equal(u.textlen, 1);
}

static void term_unsafe__the_json_writer_set(void **state)
{
    (void)state;
    assert_true(jql_term_unsafe(0x00) && jql_term_unsafe('\n') && jql_term_unsafe(0x1B));
    assert_false(jql_term_unsafe('\t') || jql_term_unsafe(' ') || jql_term_unsafe('~'));
    assert_true(jql_term_unsafe(0x7F) && jql_term_unsafe(0x80) && jql_term_unsafe(0x9F));
    assert_false(jql_term_unsafe(0xA0) || jql_term_unsafe(0x2029) || jql_term_unsafe(0x206A));
    assert_true(jql_term_unsafe(0x202A) && jql_term_unsafe(0x2069));
    assert_int_equal(jql_term_codepoint("\xf0\x9f\x98\x80", 4), 0x1F600);
}

static void term_write__stream__same_as_str(void **state)
{
    (void)state;
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    const char text[] = "x\0\x1b y";
    jql_term_write(f, text, sizeof text - 1, JQL_TERM_LINE); /* n bytes: a NUL inside too */
    jql_term_puts(f, NULL, JQL_TERM_LINE);
    fclose(f);
    assert_string_equal(s, "x<U+0000><U+001B> y");
    free(s);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(term_str__printable__unchanged),
        cmocka_unit_test(term_str__tab_and_newline__kept_by_flag),
        cmocka_unit_test(term_str__c0_del_c1__escaped),
        cmocka_unit_test(term_str__bidi_overrides_and_isolates__escaped_exactly),
        cmocka_unit_test(term_str__invalid_utf8__each_byte_escaped),
        cmocka_unit_test(term_unit__widths__escape_length_or_one),
        cmocka_unit_test(term_unsafe__the_json_writer_set),
        cmocka_unit_test(term_write__stream__same_as_str),
    };
    return cmocka_run_group_tests_name("term", tests, NULL, NULL);
}
