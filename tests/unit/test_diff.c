/* Unit tests for diff.c (declarations compared by meaning) and diff_run.c (employers'
   outcomes under two programs). */
#include "test_util.h"

#include "diff.h"
#include "diff_run.h"
#include "input.h"

#include <stdlib.h>
#include <unistd.h>

static const char base[] =
    "facts {\n"
    "  w: money/hour \"Lowest wage\"\n"
    "  d: count \"Leave days\"\n"
    "}\n"
    "param floor = $20.00/hour \"Floor\"\n"
    "table t \"T\" {\n"
    "  key k: text\n"
    "  value: number\n"
    "  \"a\" => 1\n"
    "  \"b\" => 2\n"
    "}\n"
    "standard s \"S\" {\n"
    "  rule r \"R\" { require w >= floor }\n"
    "  rule q \"Q\" { when d > 0  require d >= 10 }\n"
    "}\n"
    "tier good \"Good\" { requires s }\n";

static struct jql_diff_changes changes(const char *a, const char *b)
{
    struct jql_diff_changes c = {0};
    jql_diff_programs(test_program("a.jq", a), test_program("b.jq", b), &c);
    return c;
}

/* `text` with the first `from` replaced by `to`. */
static const char *edit(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    assert_non_null(at);
    return jql_sprintf("%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
}

static const char *written(const struct jql_diff_changes *c, enum jql_diff_format f)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    jql_diff_changes_write(out, c, f, "old", "new");
    fclose(out);
    const char *s = jql_strdup(buf);
    free(buf);
    return s;
}

static void same__layout_and_comments__no_change(void **state)
{
    (void)state;
    assert_int_equal(changes(base, base).n, 0);
    const char *moved =
        edit(base, "require w >= floor", "require   # the floor\n    (w)\n >= floor");
    moved = edit(moved, "\"a\" => 1\n  \"b\" => 2", "\"b\" => 2\n  \"a\" => 1"); /* row order */
    assert_int_equal(changes(base, moved).n, 0);
}

static void param__value__old_and_new(void **state)
{
    (void)state;
    struct jql_diff_changes c = changes(base, edit(base, "$20.00/hour", "$21/hour"));
    assert_int_equal(c.n, 1);
    assert_int_equal(c.v[0].op, JQL_DIFF_CHANGED);
    assert_string_equal(c.v[0].kind, "param");
    assert_string_equal(c.v[0].id, "floor");
    assert_string_equal(c.v[0].field, "value");
    assert_string_equal(c.v[0].old, "$20.00/hour");
    assert_string_equal(c.v[0].new, "$21.00/hour");
    assert_string_equal(written(&c, JQL_DIFF_TEXT),
                        "changed param floor: value: $20.00/hour → $21.00/hour\n"
                        "1 change from old to new\n");
}

static void rule__threshold__expression_as_written(void **state)
{
    (void)state;
    struct jql_diff_changes c = changes(base, edit(base, "require d >= 10", "require d >=  12"));
    assert_int_equal(c.n, 1);
    assert_string_equal(c.v[0].kind, "rule");
    assert_string_equal(c.v[0].id, "s.q");
    assert_string_equal(c.v[0].field, "require");
    assert_true(c.v[0].expr);
    assert_string_equal(c.v[0].old, "d >= 10");
    assert_string_equal(c.v[0].new, "d >= 12");
    assert_string_equal(written(&c, JQL_DIFF_TEXT),
                        "changed rule s.q: require\n    - d >= 10\n    + d >= 12\n"
                        "1 change from old to new\n");
}

static void when__added__old_side_none(void **state)
{
    (void)state;
    struct jql_diff_changes c =
        changes(base, edit(base, "rule r \"R\" {", "rule r \"R\" { when d > 1"));
    assert_int_equal(c.n, 1);
    assert_string_equal(c.v[0].field, "when");
    assert_null(c.v[0].old);
    assert_string_equal(c.v[0].new, "d > 1");
}

static void table__rows__added_removed_changed(void **state)
{
    (void)state;
    struct jql_diff_changes c =
        changes(base, edit(base, "\"a\" => 1\n  \"b\" => 2", "\"a\" => 5\n  \"c\" => 3"));
    assert_int_equal(c.n, 3);
    assert_int_equal(c.v[0].op, JQL_DIFF_CHANGED);
    assert_string_equal(c.v[0].field, "row \"a\"");
    assert_int_equal(c.v[1].op, JQL_DIFF_ADDED);
    assert_string_equal(c.v[1].field, "row \"c\"");
    assert_string_equal(c.v[1].new, "3");
    assert_int_equal(c.v[2].op, JQL_DIFF_REMOVED);
    assert_string_equal(c.v[2].field, "row \"b\"");
    assert_string_equal(c.v[2].old, "2");
}

static void rules__added_removed__in_new_order_then_old(void **state)
{
    (void)state;
    struct jql_diff_changes c = changes(
        base, edit(base, "rule r \"R\" { require w >= floor }",
                   "rule n \"N\" { require w > floor }"));
    assert_int_equal(c.n, 2);
    assert_int_equal(c.v[0].op, JQL_DIFF_ADDED);
    assert_string_equal(c.v[0].id, "s.n");
    assert_null(c.v[0].field);
    assert_int_equal(c.v[1].op, JQL_DIFF_REMOVED);
    assert_string_equal(c.v[1].id, "s.r");
}

static void tier__requires__lines(void **state)
{
    (void)state;
    const char *two = edit(base, "tier good \"Good\" { requires s }",
                           "standard x \"X\" { rule y \"Y\" { require d > 0 } }\n"
                           "tier good \"Good\" { requires s  requires 1 of s, x }");
    struct jql_diff_changes c = changes(base, two);
    assert_int_equal(c.n, 2); /* standard x added, the tier's requires changed */
    assert_string_equal(c.v[1].kind, "tier");
    assert_string_equal(c.v[1].old, "requires s");
    assert_string_equal(c.v[1].new, "requires s\nrequires 1 of s, x");
}

static void markdown__cells__escaped_lines_joined(void **state)
{
    (void)state;
    struct jql_diff_changes c = changes(base, edit(base, "\"S\"", "\"S | *new*\""));
    assert_int_equal(c.n, 1);
    const char *md = written(&c, JQL_DIFF_MARKDOWN);
    assert_non_null(strstr(md, "| changed | standard | s | title | S | S \\| \\*new\\* |\n"));
    struct jql_diff_change two = {JQL_DIFF_CHANGED, "tier", "t", "requires", "a\nb", "c", true};
    struct jql_diff_changes one = {&two, 1};
    assert_non_null(strstr(written(&one, JQL_DIFF_MARKDOWN), "| a<br>b | c |"));
}

static void expr_text__comments_space_strings__normalised(void **state)
{
    (void)state;
    struct jql_program *p = test_program(
        "x.jq", "facts { t: text }\nstandard s \"S\" {\n  rule r \"R\" {\n"
                "    require t == \"a  # b\"   # why\n      or t == \"c\\\"d\"\n  }\n}\n");
    assert_string_equal(jql_diff_expr_text(p->standards[0]->rules[0]->requires[0]),
                        "t == \"a  # b\" or t == \"c\\\"d\"");
}

/* ---- outcomes ---- */

static const char *run(const char *a, const char *b, const char *jsonl, enum jql_diff_format f,
                       bool *changed)
{
    char path[] = "/tmp/jqlc-test-diff-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, jsonl, strlen(jsonl)), (ssize_t)strlen(jsonl));
    close(fd);
    char *buf = NULL, *ebuf = NULL;
    size_t n = 0, en = 0;
    FILE *out = open_memstream(&buf, &n), *err = open_memstream(&ebuf, &en);
    struct jql_diff_run_opts o = {.a = test_program("a.jq", a), .b = test_program("b.jq", b),
                                  .old_label = "old", .new_label = "new", .as_of = 20000,
                                  .input = JQL_IN_JSONL, .fmt = f, .out = out, .err = err};
    struct jql_diff_run *r = jql_diff_run_new(&o);
    jql_diff_run_file(r, path);
    *changed = jql_diff_run_end(r);
    assert_false(jql_diff_run_had_error(r));
    fclose(out);
    fclose(err);
    unlink(path);
    const char *s = jql_strdup(buf);
    free(buf);
    free(ebuf);
    return s;
}

static const char employers[] = "{\"employer\": \"A\", \"w\": 25, \"d\": 12}\n"
                                "{\"employer\": \"B\", \"w\": 21, \"d\": 12}\n"
                                "{\"employer\": \"C\", \"w\": 21}\n";

static void outcomes__same_rules__nothing_written(void **state)
{
    (void)state;
    bool changed;
    const char *s = run(base, base, employers, JQL_DIFF_TEXT, &changed);
    assert_false(changed);
    assert_string_equal(s, "0 of 3 employers with changed outcomes, from old to new\n");
}

static void outcomes__threshold_raised__only_changed_employers(void **state)
{
    (void)state;
    bool changed;
    const char *s = run(base, edit(base, "$20.00/hour", "$22.00/hour"), employers, JQL_DIFF_TEXT,
                        &changed);
    assert_true(changed);
    assert_null(strstr(s, "A (")); /* A passes under both */
    assert_non_null(strstr(s, "B (/tmp/"));
    assert_non_null(strstr(s, "  rule s.r: pass → fail\n"
                              "      why: w = $21.00/hour < floor = $22.00/hour (short by "
                              "$1.00/hour)\n"));
    assert_non_null(strstr(s, "  tier good: reached → not reached\n"));
    assert_non_null(strstr(s, "2 of 3 employers with changed outcomes, from old to new\n"));
    assert_non_null(strstr(s, "  rule s.r: 2 employers newly fail\n"));
    /* C was undecided (q untested), so the old share has bounds; now it fails */
    assert_non_null(strstr(s, "  tier good: share 100.0% (66.7–100.0%) → 33.3%\n"));
}

static void outcomes__rule_added__shown_where_it_does_not_pass(void **state)
{
    (void)state;
    bool changed;
    const char *added = edit(base, "rule q", "rule z \"Z\" { require d < 100 }\n  rule q");
    const char *s = run(base, added, employers, JQL_DIFF_TEXT, &changed);
    assert_true(changed); /* C is untested under z */
    assert_null(strstr(s, "A ("));
    assert_null(strstr(s, "B ("));
    assert_non_null(strstr(s, "  rule s.z: (not there) → untested\n      why: missing: d\n"));
}

static void outcomes__markdown__summary_before_employers(void **state)
{
    (void)state;
    bool changed;
    const char *s = run(base, edit(base, "$20.00/hour", "$22.00/hour"), employers,
                        JQL_DIFF_MARKDOWN, &changed);
    const char *sum = strstr(s, "| summary | |"), *emp = strstr(s, "| employer | what |");
    assert_non_null(sum);
    assert_non_null(emp);
    assert_true(sum < emp);
    assert_true(strncmp(s, "### Outcomes: old → new\n\n2 of 3 employers", 41) == 0);
}

static void outcomes__json__one_document(void **state)
{
    (void)state;
    bool changed;
    const char *s = run(base, edit(base, "$20.00/hour", "$22.00/hour"), employers, JQL_DIFF_JSON,
                        &changed);
    assert_true(strncmp(s, "{\"old\": \"old\", \"new\": \"new\",\n \"employers\": [\n  "
                           "{\"employer\": \"B\"", 58) == 0);
    assert_non_null(strstr(s, "{\"kind\": \"rule\", \"id\": \"s.r\", \"old\": \"pass\", "
                              "\"new\": \"fail\", \"why\": \"w = $21.00/hour < floor = "
                              "$22.00/hour (short by $1.00/hour)\"}"));
    assert_non_null(strstr(s, "\"employers_compared\": 3, \"employers_changed\": 2"));
    assert_non_null(strstr(s, "{\"kind\": \"rule\", \"id\": \"s.r\", \"newly\": "
                              "{\"fail\": 2}}"));
    assert_string_equal(s + strlen(s) - 4, "\n ]}\n" + 1);
    struct jql_diff_changes none = {0};
    assert_string_equal(written(&none, JQL_DIFF_JSON),
                        "{\"old\": \"old\", \"new\": \"new\",\n \"changes\": []}\n");
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same__layout_and_comments__no_change),
        cmocka_unit_test(param__value__old_and_new),
        cmocka_unit_test(rule__threshold__expression_as_written),
        cmocka_unit_test(when__added__old_side_none),
        cmocka_unit_test(table__rows__added_removed_changed),
        cmocka_unit_test(rules__added_removed__in_new_order_then_old),
        cmocka_unit_test(tier__requires__lines),
        cmocka_unit_test(markdown__cells__escaped_lines_joined),
        cmocka_unit_test(expr_text__comments_space_strings__normalised),
        cmocka_unit_test(outcomes__same_rules__nothing_written),
        cmocka_unit_test(outcomes__threshold_raised__only_changed_employers),
        cmocka_unit_test(outcomes__rule_added__shown_where_it_does_not_pass),
        cmocka_unit_test(outcomes__markdown__summary_before_employers),
        cmocka_unit_test(outcomes__json__one_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
