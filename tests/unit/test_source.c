/* Unit tests for source: line index, offset -> line/column, UTF-8 validation, spans, a
   byte-order mark, the width of wide characters. */
#include "test_util.h"

#include "source.h"

#include <string.h>

static struct jql_source *src_of(const char *text)
{
    return jql_source_new("t.jq", NULL, text, strlen(text));
}

static int nlines_of(const struct jql_source *src)
{
    int n;
    jql_source_lines(src, &n);
    return n;
}

static void assert_linecol(const struct jql_source *src, uint32_t off, int eline, int ecol)
{
    int line = -1, col = -1;
    jql_source_linecol(src, off, &line, &col);
    assert_int_equal(line, eline);
    assert_int_equal(col, ecol);
}

static void assert_line(const struct jql_source *src, int line, const char *expect)
{
    size_t len = 99;
    const char *s = jql_source_line(src, line, &len);
    assert_int_equal(len, strlen(expect));
    assert_memory_equal(s, expect, len);
}

static void source_new__text_with_nul__copied_whole_and_terminated(void **state)
{
    (void)state;
    const char text[] = "a\0b";
    struct jql_source *src = jql_source_new("n", "p", text, 3);
    assert_ptr_not_equal(src->text, text);
    assert_int_equal(src->len, 3);
    assert_memory_equal(src->text, "a\0b\0", 4);
    assert_string_equal(src->name, "n");
    assert_string_equal(src->path, "p");
}

static void source_new__no_path__path_is_name(void **state)
{
    (void)state;
    struct jql_source *src = jql_source_new("rules/a.jq", NULL, "", 0);
    assert_string_equal(src->path, "rules/a.jq");
    assert_int_equal(nlines_of(src), 1);
    assert_linecol(src, 0, 1, 1);
}

static void source_lines__lf_crlf_lone_cr__each_ends_a_line(void **state)
{
    (void)state;
    struct jql_source *src = src_of("a\nbb\r\nc\rd");
    assert_int_equal(nlines_of(src), 4);
    assert_int_equal(jql_source_lines(src, NULL)[1], 2);
    assert_int_equal(jql_source_lines(src, NULL)[2], 6);
    assert_int_equal(jql_source_lines(src, NULL)[3], 8);
    assert_line(src, 1, "a");
    assert_line(src, 2, "bb");
    assert_line(src, 3, "c");
    assert_line(src, 4, "d");
}

static void source_lines__trailing_newline__empty_last_line(void **state)
{
    (void)state;
    struct jql_source *src = src_of("ab\r\n");
    assert_int_equal(nlines_of(src), 2);
    assert_line(src, 1, "ab");
    assert_line(src, 2, "");
    assert_linecol(src, 4, 2, 1);
}

static void source_linecol__last_line_without_newline__end_is_past_last_char(void **state)
{
    (void)state;
    struct jql_source *src = src_of("ab\ncd");
    assert_linecol(src, 3, 2, 1);
    assert_linecol(src, 5, 2, 3);
    assert_line(src, 2, "cd");
}

static void source_linecol__crlf__cr_belongs_to_its_line(void **state)
{
    (void)state;
    struct jql_source *src = src_of("ab\r\ncd");
    assert_linecol(src, 2, 1, 3);
    assert_linecol(src, 3, 1, 4);
    assert_linecol(src, 4, 2, 1);
    assert_linecol(src, 5, 2, 2);
}

static void source_linecol__multibyte__columns_count_scalar_values(void **state)
{
    (void)state;
    /* é (2 bytes), € (3), 😀 (4), then x */
    struct jql_source *src = src_of("x\n\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80x");
    assert_linecol(src, 2, 2, 1);
    assert_linecol(src, 4, 2, 2);
    assert_linecol(src, 7, 2, 3);
    assert_linecol(src, 11, 2, 4);
    assert_linecol(src, 12, 2, 5);
}

static void source_linecol__past_end__clamped_to_end(void **state)
{
    (void)state;
    struct jql_source *src = src_of("ab\nc");
    assert_linecol(src, 1000, 2, 2);
}

static void source_linecol__many_lines__found_by_search(void **state)
{
    (void)state;
    struct jql_buf b = {0};
    for (int i = 0; i < 1000; i++)
        jql_buf_puts(&b, i % 2 ? "xyz\n" : "\n");
    struct jql_source *src = src_of(jql_buf_str(&b));
    assert_int_equal(nlines_of(src), 1001);
    /* line 2k+1 is empty (1 byte), line 2k+2 is "xyz\n"; pair k starts at 5k */
    assert_linecol(src, 0, 1, 1);
    assert_linecol(src, 5 * 400 + 1, 802, 1);
    assert_linecol(src, 5 * 400 + 3, 802, 3);
    assert_linecol(src, 5 * 499 + 4, 1000, 4);
    assert_linecol(src, 5000, 1001, 1);
    assert_line(src, 802, "xyz");
}

static void source_line__out_of_range__empty(void **state)
{
    (void)state;
    struct jql_source *src = src_of("a\nb");
    assert_line(src, 0, "");
    assert_line(src, 3, "");
}

static void source_invalid_utf8__valid_text__minus_one(void **state)
{
    (void)state;
    /* ASCII, NUL, U+07FF, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF */
    const char text[] = "a\0\xdf\xbf\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf"
                        "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf";
    struct jql_source *src = jql_source_new("t", NULL, text, sizeof text - 1);
    assert_int_equal(jql_source_invalid_utf8(src, 0), -1);
}

static void assert_invalid_at(const char *text, long expect)
{
    struct jql_source *src = src_of(text);
    assert_int_equal(jql_source_invalid_utf8(src, 0), expect);
}

static void source_invalid_utf8__bad_sequences__offset_of_first(void **state)
{
    (void)state;
    assert_invalid_at("ab\x80", 2);             /* stray continuation byte */
    assert_invalid_at("a\xc0\x80", 1);          /* overlong NUL */
    assert_invalid_at("a\xc1\xbf", 1);          /* overlong 2-byte */
    assert_invalid_at("\xe0\x9f\xbf", 0);       /* overlong 3-byte */
    assert_invalid_at("\xf0\x8f\xbf\xbf", 0);   /* overlong 4-byte */
    assert_invalid_at("x\xed\xa0\x80", 1);      /* surrogate U+D800 */
    assert_invalid_at("x\xed\xbf\xbf", 1);      /* surrogate U+DFFF */
    assert_invalid_at("\xf4\x90\x80\x80", 0);   /* U+110000 */
    assert_invalid_at("\xf5\x80\x80\x80", 0);   /* lead byte F5 */
    assert_invalid_at("\xff", 0);
    assert_invalid_at("ok\xe2\x82", 2);         /* truncated at end */
    assert_invalid_at("ok\xe2\x82x", 2);        /* truncated by ASCII */
    assert_invalid_at("\xf0\x9f\x98", 0);       /* truncated 4-byte */
}

static void source_invalid_utf8__from_offset__skips_earlier(void **state)
{
    (void)state;
    struct jql_source *src = src_of("\xff\xc3\xa9\xfe");
    assert_int_equal(jql_source_invalid_utf8(src, 0), 0);
    assert_int_equal(jql_source_invalid_utf8(src, 1), 3);
    assert_int_equal(jql_source_invalid_utf8(src, 4), -1);
}

static void source_invalid_utf8__truncated_before_embedded_nul__detected(void **state)
{
    (void)state;
    const char text[] = "\xe2\x82\0";
    struct jql_source *src = jql_source_new("t", NULL, text, 3);
    assert_int_equal(jql_source_invalid_utf8(src, 0), 0);
}

static void utf8_seq__lengths_and_limits(void **state)
{
    (void)state;
    assert_int_equal(jql_utf8_seq("a", 1), 1);
    assert_int_equal(jql_utf8_seq("\xc3\xa9", 2), 2);
    assert_int_equal(jql_utf8_seq("\xe2\x82\xac", 3), 3);
    assert_int_equal(jql_utf8_seq("\xf0\x9f\x98\x80", 4), 4);
    assert_int_equal(jql_utf8_seq("\xf0\x9f\x98\x80", 3), 0); /* n cuts the sequence */
    assert_int_equal(jql_utf8_seq("\xc3\xa9", 0), 0);
    assert_int_equal(jql_utf8_seq("\xa9", 1), 0);
}

static void source_text__span__fresh_copy_clamped(void **state)
{
    (void)state;
    struct jql_source *src = src_of("hello world");
    assert_string_equal(jql_source_text((struct jql_loc){src, 6, 11}), "world");
    assert_string_equal(jql_source_text((struct jql_loc){src, 6, 99}), "world");
    assert_string_equal(jql_source_text((struct jql_loc){src, 3, 3}), "");
    assert_string_equal(jql_source_text((struct jql_loc){NULL, 0, 4}), "");
}

static void loc_join__two_spans__covers_both(void **state)
{
    (void)state;
    struct jql_source *src = src_of("a + b * c");
    struct jql_loc a = {src, 0, 1}, c = {src, 8, 9}, none = {NULL, 0, 0};
    struct jql_loc j = jql_loc_join(a, c);
    assert_ptr_equal(j.src, src);
    assert_int_equal(j.start, 0);
    assert_int_equal(j.end, 9);
    j = jql_loc_join(c, a);
    assert_int_equal(j.start, 0);
    assert_int_equal(j.end, 9);
    j = jql_loc_join(none, c);
    assert_int_equal(j.start, 8);
    j = jql_loc_join(a, none);
    assert_int_equal(j.end, 1);
}

static void source_bom__skipped_by_lines_and_columns__kept_in_text(void **state)
{
    (void)state;
    struct jql_source *src = src_of("\xEF\xBB\xBF" "ab\ncd");
    assert_int_equal(src->body, 3);
    assert_int_equal(src->len, 8); /* the stamp hashes the file's bytes */
    assert_int_equal(nlines_of(src), 2);
    assert_line(src, 1, "ab");
    assert_linecol(src, 3, 1, 1);
    assert_linecol(src, 4, 1, 2);
    assert_linecol(src, 0, 1, 1); /* inside the mark: the first column */
    assert_linecol(src, 7, 2, 2);
    /* only at the very start; elsewhere it is text */
    src = src_of("a\xEF\xBB\xBF");
    assert_int_equal(src->body, 0);
    assert_linecol(src, 4, 1, 3);
    src = src_of("\xEF\xBB");
    assert_int_equal(src->body, 0);
}

static void utf8_width__wide_and_narrow(void **state)
{
    (void)state;
    assert_int_equal(jql_utf8_width("a", 1), 1);
    assert_int_equal(jql_utf8_width("\xC3\xA9", 2), 1);         /* é */
    assert_int_equal(jql_utf8_width("\xE2\x82\xAC", 3), 1);     /* € */
    assert_int_equal(jql_utf8_width("\xE8\x81\xB7", 3), 2);     /* 職 */
    assert_int_equal(jql_utf8_width("\xEA\xB0\x80", 3), 2);     /* 가 (Hangul) */
    assert_int_equal(jql_utf8_width("\xEF\xBC\xA1", 3), 2);     /* Ａ (fullwidth) */
    assert_int_equal(jql_utf8_width("\xEF\xBD\xA1", 3), 1);     /* ｡ (halfwidth) */
    assert_int_equal(jql_utf8_width("\xF0\x9F\x98\x80", 4), 2); /* 😀 */
    assert_int_equal(jql_utf8_width("\xF0\x9D\x90\x80", 4), 1); /* 𝐀 (math bold) */
    assert_int_equal(jql_utf8_width("\xE3\x89\x88", 3), 1);     /* ㉈: ambiguous, narrow */
}

/* Located without an index (a scan up to the offset) or with one: the same place, for
   every offset of a text with every kind of line end, in a whole file and in a part. */
static void source_linecol__unindexed__same_as_indexed(void **state)
{
    (void)state;
    static const char text[] = "ab\ncd\r\nef\rg\xc3\xa9h\n\n";
    size_t n = sizeof text - 1;
    for (int part = 0; part < 2; part++) {
        struct jql_source *a = part ? jql_source_part("p", text, n, 4, 7)
                                    : jql_source_new("f", "f", text, n);
        struct jql_source *b = part ? jql_source_part("p", text, n, 4, 7)
                                    : jql_source_new("f", "f", text, n);
        jql_source_lines(b, NULL);
        /* forwards (each from the place before), backwards (each from scratch), and b
           from its index with a fresh memo each time, all the same */
        for (int dir = 0; dir < 2; dir++)
            for (uint32_t k = 0; k <= n; k++) {
                uint32_t off = dir ? (uint32_t)n - k : k;
                int la, ca, lb, cb;
                jql_source_linecol(a, off, &la, &ca);
                b->memo_set = false;
                jql_source_linecol(b, off, &lb, &cb);
                assert_int_equal(la, lb);
                assert_int_equal(ca, cb);
            }
        assert_null(a->line_starts); /* asking a place indexes nothing */
    }
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(source_new__text_with_nul__copied_whole_and_terminated),
        cmocka_unit_test(source_new__no_path__path_is_name),
        cmocka_unit_test(source_linecol__unindexed__same_as_indexed),
        cmocka_unit_test(source_lines__lf_crlf_lone_cr__each_ends_a_line),
        cmocka_unit_test(source_lines__trailing_newline__empty_last_line),
        cmocka_unit_test(source_linecol__last_line_without_newline__end_is_past_last_char),
        cmocka_unit_test(source_linecol__crlf__cr_belongs_to_its_line),
        cmocka_unit_test(source_linecol__multibyte__columns_count_scalar_values),
        cmocka_unit_test(source_linecol__past_end__clamped_to_end),
        cmocka_unit_test(source_linecol__many_lines__found_by_search),
        cmocka_unit_test(source_line__out_of_range__empty),
        cmocka_unit_test(source_invalid_utf8__valid_text__minus_one),
        cmocka_unit_test(source_invalid_utf8__bad_sequences__offset_of_first),
        cmocka_unit_test(source_invalid_utf8__from_offset__skips_earlier),
        cmocka_unit_test(source_invalid_utf8__truncated_before_embedded_nul__detected),
        cmocka_unit_test(utf8_seq__lengths_and_limits),
        cmocka_unit_test(source_text__span__fresh_copy_clamped),
        cmocka_unit_test(loc_join__two_spans__covers_both),
        cmocka_unit_test(source_bom__skipped_by_lines_and_columns__kept_in_text),
        cmocka_unit_test(utf8_width__wide_and_narrow),
    };
    return cmocka_run_group_tests_name("source", tests, NULL, NULL);
}
