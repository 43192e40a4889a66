/* Unit tests for diag: recording, counts, and the exact GNU-style rendering. */
#include "test_util.h"

#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct jql_source *src_of(const char *name, const char *text)
{
    return jql_source_new(name, NULL, text, strlen(text));
}

/* Render into memory; the result is a GC string. */
static char *render(const struct jql_diag *dg, bool color)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    jql_diag_render(f, dg, color);
    fclose(f);
    char *r = jql_strndup(s, n);
    free(s);
    return r;
}

/* The span of the first occurrence of `needle` in the source text. */
static struct jql_loc span(const struct jql_source *src, const char *needle)
{
    const char *p = strstr(src->text, needle);
    assert_non_null(p);
    uint32_t start = (uint32_t)(p - src->text);
    return (struct jql_loc){src, start, start + (uint32_t)strlen(needle)};
}

static struct jql_loc at(const struct jql_source *src, uint32_t start, uint32_t end)
{
    return (struct jql_loc){src, start, end};
}

static void diag_render__spec_example__exact(void **state)
{
    (void)state;
    struct jql_buf b = {0};
    for (int i = 1; i < 12; i++)
        jql_buf_puts(&b, "# filler\n");
    jql_buf_puts(&b, "  require pay.lowest_houly_wage >= living_wage\n}\n");
    struct jql_source *src = src_of("standards/pay.jq", jql_buf_str(&b));
    struct jql_diags d = {0};
    struct jql_diag *dg = jql_diag_error(&d, span(src, "pay.lowest_houly_wage"),
                                         "unknown fact '%s'", "pay.lowest_houly_wage");
    jql_diag_note(dg, (struct jql_loc){0}, "did you mean '%s'?", "pay.lowest_hourly_wage");
    assert_string_equal(render(dg, false),
                        "standards/pay.jq:12:11: error: unknown fact 'pay.lowest_houly_wage'\n"
                        "   12 |   require pay.lowest_houly_wage >= living_wage\n"
                        "      |           ^~~~~~~~~~~~~~~~~~~~~\n"
                        "note: did you mean 'pay.lowest_hourly_wage'?\n");
}

static void diag_render__tab_in_line__caret_keeps_tab(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "\tlet x =\tfoo\n");
    struct jql_diag *dg = jql_diag_error(NULL, span(src, "foo"), "unknown name 'foo'");
    assert_string_equal(render(dg, false), "r.jq:1:10: error: unknown name 'foo'\n"
                                           "    1 | \tlet x =\tfoo\n"
                                           "      | \t       \t^~~\n");
}

static void diag_render__multibyte_before_span__one_space_per_scalar(void **state)
{
    (void)state;
    struct jql_source *src = src_of("f.facts", "name = \"Caf\xc3\xa9 \xe2\x82\xac\" bad\n");
    struct jql_diag *dg = jql_diag_error(NULL, span(src, "bad"), "unexpected name");
    assert_string_equal(render(dg, false), "f.facts:1:17: error: unexpected name\n"
                                           "    1 | name = \"Caf\xc3\xa9 \xe2\x82\xac\" bad\n"
                                           "      |                 ^~~\n");
}

static void diag_render__multibyte_inside_span__one_tilde_per_scalar(void **state)
{
    (void)state;
    struct jql_source *src = src_of("f.facts", "x \"\xc3\xa9\xc3\xa9\"\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 2, 8), "bad text");
    assert_string_equal(render(dg, false), "f.facts:1:3: error: bad text\n"
                                           "    1 | x \"\xc3\xa9\xc3\xa9\"\n"
                                           "      |   ^~~~\n");
}

/* East Asian wide characters take two columns: the caret stays under its token, while
   the reported column still counts scalar values. */
static void diag_render__wide_before_span__two_spaces_each(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "standard s \"\xE8\x81\xB7\xE5\xA0\xB4\" { bad }\n");
    struct jql_diag *dg = jql_diag_error(NULL, span(src, "bad"), "unexpected name");
    assert_string_equal(render(dg, false), "r.jq:1:19: error: unexpected name\n"
                                           "    1 | standard s \"\xE8\x81\xB7\xE5\xA0\xB4\" { bad }\n"
                                           "      |                     ^~~\n");
}

static void diag_render__wide_inside_span__two_columns_each(void **state)
{
    (void)state;
    struct jql_source *src = src_of("f.facts", "x = \"\xE5\xBB\xBA\xE8\xA8\xAD\"\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 4, 12), "not one of the values");
    assert_string_equal(render(dg, false), "f.facts:1:5: error: not one of the values\n"
                                           "    1 | x = \"\xE5\xBB\xBA\xE8\xA8\xAD\"\n"
                                           "      |     ^~~~~~\n");
    dg = jql_diag_error(NULL, at(src, 5, 8), "first");
    assert_string_equal(render(dg, false), "f.facts:1:6: error: first\n"
                                           "    1 | x = \"\xE5\xBB\xBA\xE8\xA8\xAD\"\n"
                                           "      |      ^~\n");
}

/* A byte-order mark is not shown and takes no column. */
static void diag_render__bom__not_echoed(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "\xEF\xBB\xBF  bad\n");
    struct jql_diag *dg = jql_diag_error(NULL, span(src, "bad"), "unexpected name");
    assert_string_equal(render(dg, false), "r.jq:1:3: error: unexpected name\n"
                                           "    1 |   bad\n"
                                           "      |   ^~~\n");
    dg = jql_diag_error(NULL, at(src, 0, 3), "at the mark");
    assert_string_equal(render(dg, false), "r.jq:1:1: error: at the mark\n"
                                           "    1 |   bad\n"
                                           "      | ^\n");
}

static void diag_render__multi_line_span__first_line_only(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "rule a {\n  x\n}\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 5, 14), "empty rule");
    assert_string_equal(render(dg, false), "r.jq:1:6: error: empty rule\n"
                                           "    1 | rule a {\n"
                                           "      |      ^~~\n");
}

static void diag_render__zero_width__single_caret(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "a b\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 2, 2), "expected ','");
    assert_string_equal(render(dg, false), "r.jq:1:3: error: expected ','\n"
                                           "    1 | a b\n"
                                           "      |   ^\n");
}

static void diag_render__at_end_of_line__caret_past_last_char(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "x >=\r\ny\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 4, 4), "expected an expression");
    assert_string_equal(render(dg, false), "r.jq:1:5: error: expected an expression\n"
                                           "    1 | x >=\n"
                                           "      |     ^\n");
}

static void diag_render__span_over_line_end__clipped(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "ab\r\ncd");
    /* starts on the CR's LF: still the first line, caret just past its text */
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 3, 6), "x");
    assert_string_equal(render(dg, false), "r.jq:1:4: error: x\n"
                                           "    1 | ab\n"
                                           "      |   ^\n");
    dg = jql_diag_error(NULL, at(src, 1, 5), "y");
    assert_string_equal(render(dg, false), "r.jq:1:2: error: y\n"
                                           "    1 | ab\n"
                                           "      |  ^\n");
}

static void diag_render__end_of_file_without_newline__caret_past_last_char(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "a\nrule x {");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 10, 10), "unexpected end of file");
    assert_string_equal(render(dg, false), "r.jq:2:9: error: unexpected end of file\n"
                                           "    2 | rule x {\n"
                                           "      |         ^\n");
}

static void diag_render__end_of_file_after_newline__empty_last_line(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "rule x {\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 9, 9), "unexpected end of file");
    assert_string_equal(render(dg, false), "r.jq:2:1: error: unexpected end of file\n"
                                           "    2 | \n"
                                           "      | ^\n");
}

static void diag_render__invalid_bytes_and_controls__escaped_and_aligned(void **state)
{
    (void)state;
    const char text[] = "a\0\xff\x1b\xc2\x9b\xc3\xa9 bad\n";
    struct jql_source *src = jql_source_new("f.facts", NULL, text, sizeof text - 1);
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 9, 12), "bad");
    assert_string_equal(render(dg, false),
                        "f.facts:1:8: error: bad\n"
                        "    1 | a<U+0000><FF><U+001B><U+009B>\xc3\xa9 bad\n"
                        "      |                                ^~~\n");
}

/* A span on an escaped character underlines the whole escape. */
static void diag_render__span_on_escape__underlines_it(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "x = \xe2\x80\xae" "1\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 4, 7), "bad");
    assert_string_equal(render(dg, false), "r.jq:1:5: error: bad\n"
                                           "    1 | x = <U+202E>1\n"
                                           "      |     ^~~~~~~~\n");
}

static void diag_render__stray_continuation_bytes__one_column_each(void **state)
{
    (void)state;
    struct jql_source *src = src_of("f.facts", "\x80\x80x");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 2, 3), "bad");
    /* the column (scalar values) skips continuation bytes; the caret follows the echo */
    assert_string_equal(render(dg, false), "f.facts:1:1: error: bad\n"
                                           "    1 | <80><80>x\n"
                                           "      |         ^\n");
}

static void diag_render__located_note__own_line_and_caret(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "param a = 1\nparam a = 2\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 18, 19), "duplicate param 'a'");
    jql_diag_note(dg, at(src, 6, 7), "'a' was first declared here");
    jql_diag_note(dg, (struct jql_loc){0}, "params are global");
    assert_string_equal(render(dg, false), "r.jq:2:7: error: duplicate param 'a'\n"
                                           "    2 | param a = 2\n"
                                           "      |       ^\n"
                                           "r.jq:1:7: note: 'a' was first declared here\n"
                                           "    1 | param a = 1\n"
                                           "      |       ^\n"
                                           "note: params are global\n");
}

static void diag_render__no_source__program_prefix(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_diag *dg = jql_diag_error(&d, (struct jql_loc){0}, "cannot open '%s'", "x.jq");
    jql_diag_note(dg, (struct jql_loc){0}, "try -r");
    assert_string_equal(render(dg, false), "jqlc: error: cannot open 'x.jq'\nnote: try -r\n");
    dg = jql_diag_warning(&d, (struct jql_loc){0}, "w");
    assert_string_equal(render(dg, false), "jqlc: warning: w\n");
}

static void diag_render__warning__severity_word(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "let unused = 1\n");
    struct jql_diags d = {0};
    struct jql_diag *dg = jql_diag_warning(&d, span(src, "unused"), "unused let");
    assert_string_equal(render(dg, false), "r.jq:1:5: warning: unused let\n"
                                           "    1 | let unused = 1\n"
                                           "      |     ^~~~~~\n");
}

static void diag_render__color__ansi_codes_reset_each_time(void **state)
{
    (void)state;
    struct jql_source *src = src_of("r.jq", "x y\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 2, 3), "bad");
    jql_diag_note(dg, at(src, 0, 1), "here");
    jql_diag_note(dg, (struct jql_loc){0}, "plain");
    assert_string_equal(render(dg, true),
                        "\033[1mr.jq:1:3:\033[0m \033[1;31merror:\033[0m bad\n"
                        "    1 | x y\n"
                        "      |   \033[1;32m^\033[0m\n"
                        "\033[1mr.jq:1:1:\033[0m \033[1;36mnote:\033[0m here\n"
                        "    1 | x y\n"
                        "      | \033[1;32m^\033[0m\n"
                        "\033[1;36mnote:\033[0m plain\n");
    struct jql_diags d = {0};
    dg = jql_diag_warning(&d, (struct jql_loc){0}, "w");
    assert_string_equal(render(dg, true), "\033[1mjqlc:\033[0m \033[1;35mwarning:\033[0m w\n");
}

static void diag_render__message_controls__made_safe(void **state)
{
    (void)state;
    struct jql_diag *dg = jql_diag_error(NULL, (struct jql_loc){0}, "bad '\x1b[2J\xff'");
    assert_string_equal(render(dg, false), "jqlc: error: bad '<U+001B>[2J<FF>'\n");
}

static void diag_render__line_past_99999__gutter_widens(void **state)
{
    (void)state;
    struct jql_buf b = {0};
    for (int i = 1; i < 123456; i++)
        jql_buf_putc(&b, '\n');
    jql_buf_puts(&b, "oops\n");
    struct jql_source *src = src_of("big.jq", jql_buf_str(&b));
    struct jql_diag *dg = jql_diag_error(NULL, span(src, "oops"), "x");
    assert_string_equal(render(dg, false), "big.jq:123456:1: error: x\n"
                                           "123456 | oops\n"
                                           "       | ^~~~\n");
}

static void diag_record__counts_by_severity(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    for (int i = 0; i < 10; i++)
        jql_diag_error(&d, (struct jql_loc){0}, "e%d", i);
    jql_diag_warning(&d, (struct jql_loc){0}, "w");
    assert_int_equal(d.n, 11);
    assert_int_equal(d.nerrors, 10);
    assert_int_equal(d.nwarnings, 1);
    assert_string_equal(d.v[9]->msg, "e9");
    assert_int_equal(d.v[10]->sev, JQL_SEV_WARNING);
}

static void diag_warning__werror__recorded_as_error(void **state)
{
    (void)state;
    struct jql_diags d = {.werror = true};
    struct jql_diag *dg = jql_diag_warning(&d, (struct jql_loc){0}, "unused fact '%s'", "a.b");
    assert_int_equal(dg->sev, JQL_SEV_ERROR);
    assert_int_equal(d.nerrors, 1);
    assert_int_equal(d.nwarnings, 0);
    assert_string_equal(render(dg, false), "jqlc: error: unused fact 'a.b'\n");
}

static void diags_append__all_moved_in_order_with_counts(void **state)
{
    (void)state;
    struct jql_diags to = {0}, from = {0};
    jql_diag_error(&to, (struct jql_loc){0}, "first");
    jql_diag_warning(&from, (struct jql_loc){0}, "second");
    jql_diag_error(&from, (struct jql_loc){0}, "third");
    jql_diags_append(&to, &from);
    assert_int_equal(to.n, 3);
    assert_int_equal(to.nerrors, 2);
    assert_int_equal(to.nwarnings, 1);
    assert_string_equal(to.v[1]->msg, "second");
    assert_string_equal(to.v[2]->msg, "third");

    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    jql_diags_render(f, &to, false);
    fclose(f);
    assert_string_equal(s, "jqlc: error: first\njqlc: warning: second\njqlc: error: third\n");
    free(s);
}

static void loc_str__with_and_without_source(void **state)
{
    (void)state;
    struct jql_source *src = src_of("a/b.jq", "x\n\xc3\xa9y\n");
    assert_string_equal(jql_loc_str(at(src, 4, 5)), "a/b.jq:2:2");
    assert_string_equal(jql_loc_str((struct jql_loc){0}), "");
}

/* A file name reaches the terminal escaped, in the location and in the message. */
static void diag_render__file_name_controls__escaped(void **state)
{
    (void)state;
    struct jql_source *src = src_of("a\x1b]0;x\x07.jq", "x\n");
    struct jql_diag *dg = jql_diag_error(NULL, at(src, 0, 1), "in '%s'", src->name);
    assert_string_equal(render(dg, false),
                        "a<U+001B>]0;x<U+0007>.jq:1:1: error: in 'a<U+001B>]0;x<U+0007>.jq'\n"
                        "    1 | x\n"
                        "      | ^\n");
}

/* Diagnostics found by different checker phases read top to bottom per file. */
static void diags_sort__phases_mixed__file_then_offset_stable(void **state)
{
    (void)state;
    struct jql_source *a = src_of("a.jq", "one two\nthree\n");
    struct jql_source *b = src_of("b.jq", "four\n");
    struct jql_diags d = {0};
    jql_diag_error(&d, span(b, "four"), "b1");
    jql_diag_error(&d, span(a, "three"), "a3");
    jql_diag_error(&d, span(a, "one"), "a1-first");
    jql_diag_error(&d, (struct jql_loc){0}, "unlocated");
    jql_diag_error(&d, span(a, "one"), "a1-second");
    jql_diags_sort(&d);
    const char *want[] = {"unlocated", "a1-first", "a1-second", "a3", "b1"};
    assert_int_equal(d.n, 5);
    for (int i = 0; i < 5; i++)
        assert_string_equal(d.v[i]->msg, want[i]);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(diag_render__spec_example__exact),
        cmocka_unit_test(diag_render__tab_in_line__caret_keeps_tab),
        cmocka_unit_test(diag_render__multibyte_before_span__one_space_per_scalar),
        cmocka_unit_test(diag_render__multibyte_inside_span__one_tilde_per_scalar),
        cmocka_unit_test(diag_render__wide_before_span__two_spaces_each),
        cmocka_unit_test(diag_render__wide_inside_span__two_columns_each),
        cmocka_unit_test(diag_render__bom__not_echoed),
        cmocka_unit_test(diag_render__multi_line_span__first_line_only),
        cmocka_unit_test(diag_render__zero_width__single_caret),
        cmocka_unit_test(diag_render__at_end_of_line__caret_past_last_char),
        cmocka_unit_test(diag_render__span_over_line_end__clipped),
        cmocka_unit_test(diag_render__end_of_file_without_newline__caret_past_last_char),
        cmocka_unit_test(diag_render__end_of_file_after_newline__empty_last_line),
        cmocka_unit_test(diag_render__invalid_bytes_and_controls__escaped_and_aligned),
        cmocka_unit_test(diag_render__stray_continuation_bytes__one_column_each),
        cmocka_unit_test(diag_render__located_note__own_line_and_caret),
        cmocka_unit_test(diag_render__no_source__program_prefix),
        cmocka_unit_test(diag_render__warning__severity_word),
        cmocka_unit_test(diag_render__color__ansi_codes_reset_each_time),
        cmocka_unit_test(diag_render__message_controls__made_safe),
        cmocka_unit_test(diag_render__line_past_99999__gutter_widens),
        cmocka_unit_test(diag_record__counts_by_severity),
        cmocka_unit_test(diag_warning__werror__recorded_as_error),
        cmocka_unit_test(diags_append__all_moved_in_order_with_counts),
        cmocka_unit_test(loc_str__with_and_without_source),
        cmocka_unit_test(diag_render__file_name_controls__escaped),
        cmocka_unit_test(diag_render__span_on_escape__underlines_it),
        cmocka_unit_test(diags_sort__phases_mixed__file_then_offset_stable),
    };
    return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}
