/* Unit tests for the CSV, TAP, JUnit and SARIF writers' helpers (report_rows.h): the
   escaping of each format, the rows of an employer, and SARIF's commas between units. */
#include "test_util.h"

#include "report.h"
#include "report_rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void escaper(FILE *out, const char *s);

static char *capture(escaper *fn, const char *in)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    fn(f, in);
    fclose(f);
    char *res = jql_strndup(s, n);
    free(s);
    return res;
}

static void xml_text(FILE *out, const char *s) { jql_report_xml(out, s, false); }
static void xml_attr(FILE *out, const char *s) { jql_report_xml(out, s, true); }

static void plain_run__stops_at_what_needs_escaping(void **state)
{
    (void)state;
    assert_int_equal(jql_report_plain_run("abc\tdef", 7, ""), 7);
    assert_int_equal(jql_report_plain_run("ab,c", 4, ","), 2);
    assert_int_equal(jql_report_plain_run("ab\nc", 4, ""), 2);
    assert_int_equal(jql_report_plain_run("caf\xc3\xa9!", 6, ""), 6); /* é is plain */
    assert_int_equal(jql_report_plain_run("a\xff" "b", 3, ""), 1);    /* not UTF-8 */
    assert_int_equal(jql_report_plain_run("a\x7f", 2, ""), 1);        /* DEL */
    assert_int_equal(jql_report_plain_run("a\xc2\x9b", 3, ""), 1);    /* C1 */
    assert_int_equal(jql_report_plain_run("a\xe2\x80\xae", 4, ""), 1); /* U+202E */
}

static void csv_field__minimal_quoting(void **state)
{
    (void)state;
    assert_string_equal(capture(jql_report_csv_field, "plain text"), "plain text");
    assert_string_equal(capture(jql_report_csv_field, ""), "");
    assert_string_equal(capture(jql_report_csv_field, "a,b"), "\"a,b\"");
    assert_string_equal(capture(jql_report_csv_field, "say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_string_equal(capture(jql_report_csv_field, "two\nlines"), "\"two\nlines\"");
    assert_string_equal(capture(jql_report_csv_field, "caf\xc3\xa9 <&>"), "caf\xc3\xa9 <&>");
}

static void csv_field__unsafe_text__shown_as_the_text_report_shows_it(void **state)
{
    (void)state;
    /* a CR is no line end once escaped: no quotes for it alone */
    assert_string_equal(capture(jql_report_csv_field, "a\rb"), "a<U+000D>b");
    assert_string_equal(capture(jql_report_csv_field, "\x1b[2J,x"), "\"<U+001B>[2J,x\"");
    assert_string_equal(capture(jql_report_csv_field, "x\xff"), "x<FF>");
    assert_string_equal(capture(jql_report_csv_field, "\xe2\x80\xae\"q"),
                        "\"<U+202E>\"\"q\"");
}

static void xml__markup_and_line_ends(void **state)
{
    (void)state;
    assert_string_equal(capture(xml_text, "a < b & c > \"d\""),
                        "a &lt; b &amp; c &gt; &quot;d&quot;");
    assert_string_equal(capture(xml_text, "one\ntwo\tthree\rfour"),
                        "one\ntwo\tthree&#13;four");
    /* attribute values would lose line ends and tabs to normalisation: references */
    assert_string_equal(capture(xml_attr, "one\ntwo\tthree"), "one&#10;two&#9;three");
    assert_string_equal(capture(xml_attr, "caf\xc3\xa9"), "caf\xc3\xa9");
}

static void xml__characters_xml_cannot_hold_or_a_terminal_must_not_get(void **state)
{
    (void)state;
    /* C0: not XML 1.0 characters at all, shown as the text report shows them */
    assert_string_equal(capture(xml_text, "a\x1b[2J\x01"), "a&lt;U+001B&gt;[2J&lt;U+0001&gt;");
    /* DEL, C1, bidirectional overrides: references, the reader gets the same text */
    assert_string_equal(capture(xml_text, "\x7f\xc2\x9b\xe2\x80\xae\xe2\x81\xa9"),
                        "&#x7F;&#x9B;&#x202E;&#x2069;");
    assert_string_equal(capture(xml_text, "a\xef\xbf\xbe" "b\xef\xbf\xbf"),
                        "a&lt;U+FFFE&gt;b&lt;U+FFFF&gt;");
    assert_string_equal(capture(xml_text, "\xef\xbf\xbd ok"), "\xef\xbf\xbd ok"); /* U+FFFD */
    assert_string_equal(capture(xml_text, "x\xc3"), "x&#xFFFD;"); /* not UTF-8 */
}

static void tap_text__escapes_and_one_line(void **state)
{
    (void)state;
    assert_string_equal(capture(jql_report_tap_text, "Acme #2"), "Acme \\#2");
    assert_string_equal(capture(jql_report_tap_text, "a\\b"), "a\\\\b");
    assert_string_equal(capture(jql_report_tap_text, "two\nlines"), "two<U+000A>lines");
    assert_string_equal(capture(jql_report_tap_text, "\x1b[31m caf\xc3\xa9"),
                        "<U+001B>[31m caf\xc3\xa9");
}

static void uri__percent_encoded_but_unreserved_and_slash(void **state)
{
    (void)state;
    assert_string_equal(capture(jql_report_uri, "examples/acme-1_x.~facts"),
                        "examples/acme-1_x.~facts");
    assert_string_equal(capture(jql_report_uri, "/abs/a dir/Caf\xc3\xa9 #1:c.facts"),
                        "/abs/a%20dir/Caf%C3%A9%20%231%3Ac.facts");
    assert_string_equal(capture(jql_report_uri, "50%?x=1"), "50%25%3Fx%3D1");
}

/* ---- rows ---- */

static struct jql_rrule rule(const char *id, enum jql_status st, const char *reason)
{
    return (struct jql_rrule){.id = id, .title = "", .level = "required", .status = (uint8_t)st,
                              .reason = reason, .cite = "", .advice = "", .location = "r.jq:1:1"};
}

/* Two standards, s (rules a, b) and t (rule c); the report's rules qualified. */
static struct jql_report report_of(void)
{
    struct jql_rrule *rules = jql_alloc(3 * sizeof *rules);
    rules[0] = rule("s.a", JQL_PASS, "");
    rules[1] = rule("s.b", JQL_PASS, "");
    rules[2] = rule("t.c", JQL_PASS, "");
    return (struct jql_report){.version = "0.1.0", .as_of = "2026-11-23", .rules = rules,
                               .nrules = 3};
}

static struct jql_remployer evaluated(const char *name)
{
    struct jql_rrule *sr = jql_alloc(2 * sizeof *sr);
    sr[0] = rule("a", JQL_FAIL, "x < 1");
    sr[1] = rule("b", JQL_UNTESTED, "y is unknown");
    struct jql_rrule *tr = jql_alloc(sizeof *tr);
    tr[0] = rule("c", JQL_PASS, "");
    struct jql_rstd *stds = jql_alloc(2 * sizeof *stds);
    stds[0] = (struct jql_rstd){.id = "s", .title = "", .status = JQL_FAIL, .rules = sr,
                                .nrules = 2};
    stds[1] = (struct jql_rstd){.id = "t", .title = "", .status = JQL_PASS, .rules = tr,
                                .nrules = 1};
    return (struct jql_remployer){.name = name, .file = "a.facts", .line = 3,
                                  .status = JQL_FAIL, .stds = stds, .nstds = 2};
}

static struct jql_remployer not_loaded(void)
{
    struct jql_source *src = jql_source_new("a.facts", NULL, "employer \"B\" {\n  x = 1\n}\n", 24);
    const struct jql_diag **diags = jql_alloc(2 * sizeof *diags);
    diags[0] = jql_diag_warning(NULL, (struct jql_loc){src, 17, 18}, "a warning first");
    diags[1] = jql_diag_error(NULL, (struct jql_loc){src, 17, 18}, "'x' is not a fact");
    return (struct jql_remployer){.name = "B", .file = "a.facts", .line = 1,
                                  .status = JQL_ERROR, .diags = diags, .ndiags = 2};
}

static void collect(void *arg, const struct jql_report_row *row)
{
    struct jql_buf *b = arg;
    jql_buf_printf(b, "%s.%s %s %s|", row->std, row->rule,
                   jql_status_name(jql_report_status(row->status)), row->reason);
}

static void rows__each_rule_in_order(void **state)
{
    (void)state;
    struct jql_report r = report_of();
    struct jql_remployer e = evaluated("A");
    struct jql_buf b = {0};
    jql_report_rows(&r, &e, collect, &b);
    assert_string_equal(jql_buf_str(&b), "s.a fail x < 1|s.b untested y is unknown|t.c pass |");
    int c[JQL_NSTATUS];
    jql_report_row_counts(&r, &e, c);
    const int want[JQL_NSTATUS] = {1, 1, 1, 0, 0};
    assert_memory_equal(c, want, sizeof want);
}

static void rows__facts_not_loaded__an_error_per_rule_with_the_first_error(void **state)
{
    (void)state;
    struct jql_report r = report_of();
    struct jql_remployer e = not_loaded();
    struct jql_buf b = {0};
    jql_report_rows(&r, &e, collect, &b);
    assert_string_equal(jql_buf_str(&b),
                        "s.a error a.facts:2:3: 'x' is not a fact|"
                        "s.b error a.facts:2:3: 'x' is not a fact|"
                        "t.c error a.facts:2:3: 'x' is not a fact|");
}

/* ---- SARIF: the comma between results, whichever unit writes the first ---- */

static char *sarif_run(const struct jql_remployer *emps, int n)
{
    struct jql_report r = report_of();
    char *s = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&s, &len);
    struct jql_sink sink;
    jql_sink_init(&sink, JQL_FMT_SARIF, f, NULL, &r);
    jql_sink_begin(&sink);
    for (int i = 0; i < n; i++)
        jql_sink_employer(&sink, &emps[i]);
    jql_sink_end(&sink);
    fclose(f);
    char *res = jql_strndup(s, len);
    free(s);
    return res;
}

static int count(const char *s, const char *what)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, what)); p++)
        n++;
    return n;
}

static void sarif__results_joined_by_commas(void **state)
{
    (void)state;
    struct jql_remployer pass = evaluated("P");
    pass.stds[0].rules[0].status = JQL_PASS; /* P: one untested result */
    struct jql_remployer emps[] = {evaluated("A"), not_loaded(), pass};
    const char *out = sarif_run(emps, 3);
    assert_int_equal(count(out, "{\"ruleId\""), 4); /* A: 2, B: 1 (its one error), P: 1 */
    assert_int_equal(count(out, "\"results\": [\n        {\"ruleId\""), 1);
    assert_int_equal(count(out, "}},\n        {\"ruleId\""), 3);
    assert_int_equal(count(out, "[,"), 0);
    assert_non_null(strstr(out, "\"ruleId\": \"facts\", \"ruleIndex\": 3"));
    assert_non_null(strstr(out, "}}\n      ],\n      \"invocations\""));
}

static void sarif__first_units_without_results__no_comma_first(void **state)
{
    (void)state;
    struct jql_remployer quiet = evaluated("Q");
    quiet.stds[0].rules[0].status = JQL_PASS;
    quiet.stds[0].rules[1].status = JQL_NOT_APPLICABLE;
    struct jql_remployer emps[] = {quiet, quiet, evaluated("A")};
    const char *out = sarif_run(emps, 3);
    assert_non_null(strstr(out, "\"results\": [\n        {\"ruleId\": \"s.a\""));
    assert_int_equal(count(out, "{\"ruleId\""), 2);
    const char *none = sarif_run(emps, 2);
    assert_non_null(strstr(none, "\"results\": [],\n"));
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_run__stops_at_what_needs_escaping),
        cmocka_unit_test(csv_field__minimal_quoting),
        cmocka_unit_test(csv_field__unsafe_text__shown_as_the_text_report_shows_it),
        cmocka_unit_test(xml__markup_and_line_ends),
        cmocka_unit_test(xml__characters_xml_cannot_hold_or_a_terminal_must_not_get),
        cmocka_unit_test(tap_text__escapes_and_one_line),
        cmocka_unit_test(uri__percent_encoded_but_unreserved_and_slash),
        cmocka_unit_test(rows__each_rule_in_order),
        cmocka_unit_test(rows__facts_not_loaded__an_error_per_rule_with_the_first_error),
        cmocka_unit_test(sarif__results_joined_by_commas),
        cmocka_unit_test(sarif__first_units_without_results__no_comma_first),
    };
    return cmocka_run_group_tests_name("report formats", tests, NULL, NULL);
}
