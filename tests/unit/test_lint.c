/* Unit tests for the lint module (docs/lint.md): each check on small rule files, the
   ignore comments, expression equality, and every bad and good example of docs/lint.md
   (read from the source tree: the tests run from the top folder). */
#include "test_util.h"

#include "lint.h"

#include <stdio.h>
#include <string.h>

struct linted {
    struct jql_diags d;
    int n;
};

/* Lint one rule file's text; it must load without error. */
static struct linted lint_text(const char *text)
{
    const struct jql_source *src = jql_source_new("t.jq", "t.jq", text, strlen(text));
    struct jql_diags d = {0};
    struct jql_rulefile *rf = jql_parse_rules(src, &d);
    struct jql_program *p = jql_check(&rf, 1, &d);
    if (!p || d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_non_null(p);
    struct linted l = {{0}, 0};
    l.n = jql_lint(p, &rf, 1, NULL, &l.d);
    assert_int_equal(l.n, l.d.nwarnings);
    return l;
}

/* How many warnings carry `code`. */
static int count_code(const struct linted *l, const char *code)
{
    const char *tag = jql_sprintf("[%s]", code);
    int n = 0;
    for (int i = 0; i < l->d.n; i++)
        n += strstr(l->d.v[i]->msg, tag) != NULL;
    return n;
}

/* The line of the first warning with `code`, or 0. */
static int line_of_code(const struct linted *l, const char *code)
{
    const char *tag = jql_sprintf("[%s]", code);
    for (int i = 0; i < l->d.n; i++)
        if (strstr(l->d.v[i]->msg, tag)) {
            int line, col;
            jql_source_linecol(l->d.v[i]->loc.src, l->d.v[i]->loc.start, &line, &col);
            return line;
        }
    return 0;
}

#define CLEAN_RULE(req)                                                                    \
    "  rule r \"R\" {\n    require " req "\n    cite \"c\"\n    advice \"a\"\n  }\n"

static const char vocab[] =
    "facts {\n"
    "  org.n: count \"n\"\n"
    "  org.pct: percent in 0%..100% \"p\"\n"
    "  org.net: money in .. \"may be negative\"\n"
    "  org.ok: bool \"b\"\n"
    "  org.start: date \"d\"\n"
    "  collection job \"j\"\n"
    "  job.wage: money/hour\n"
    "}\n";

/* A file of vocab plus a standard of one rule whose other lines are `lines`, using every
   fact of vocab in `uses`. */
static struct linted lint_rule(const char *lines)
{
    return lint_text(jql_sprintf(
        "%sstandard s \"S\" {\n  rule r \"R\" {\n%s\n"
        "    require org.n >= 0 and org.pct >= 0%% and org.net > $0 and org.ok\n"
        "    require org.start > 2020-01-01 and all j in job: j.wage > $0/hour\n"
        "    cite \"c\"\n    advice \"a\"\n  }\n}\n",
        vocab, lines));
}

static void codes__names_round_trip(void **state)
{
    (void)state;
    assert_string_equal(jql_lint_code_name(JQL_LINT_UNUSED_FACT), "JQL-L001");
    assert_string_equal(jql_lint_code_name(JQL_LINT_UNUSED_IGNORE), "JQL-L009");
    assert_null(jql_lint_code_name(JQL_LINT_NONE));
    assert_null(jql_lint_code_name(JQL_LINT_NCODES));
    for (int c = JQL_LINT_NONE + 1; c < JQL_LINT_NCODES; c++)
        assert_int_equal(jql_lint_code_named(jql_lint_code_name((enum jql_lint_code)c)), c);
    assert_int_equal(jql_lint_code_named("jql-l001"), JQL_LINT_NONE);
    assert_int_equal(jql_lint_code_named("JQL-L010"), JQL_LINT_NONE);
    assert_int_equal(jql_lint_code_named(""), JQL_LINT_NONE);
}

static void clean_file__no_warning(void **state)
{
    (void)state;
    struct linted l = lint_rule("");
    assert_int_equal(l.n, 0);
}

/* ---- expression equality ---- */

/* The first require of each of two rules a and b of one standard. */
static bool requires_equal(const char *a, const char *b)
{
    struct jql_program *p = test_program("eq.jq", jql_sprintf(
        "%sparam k = 3\nlet w = $1/hour\nstandard s \"S\" {\n"
        "  rule a \"A\" { require %s }\n  rule b \"B\" { require %s }\n}\n", vocab, a, b));
    return jql_lint_expr_equal(p->standards[0]->rules[0]->requires[0],
                               p->standards[0]->rules[1]->requires[0]);
}

static void expr_equal__same_tree__true(void **state)
{
    (void)state;
    assert_true(requires_equal("org.n > 3", "org.n>3"));
    assert_true(requires_equal("org.n > 3", "(org.n > 3)"));
    assert_true(requires_equal("org.n > 3", "org.n\n  > # a comment\n 3"));
    assert_true(requires_equal("org.pct >= 80%", "org.pct >= 0.8"));
    assert_true(requires_equal("all j in job: j.wage > w", "all x in job: (x.wage) > w"));
    assert_true(requires_equal("org.n > k and org.ok", "(org.n > k) and (org.ok)"));
    assert_true(requires_equal("org.start < today", "org.start < today"));
    assert_true(requires_equal("max(org.n, 2) > 1", "max(org.n, 2) > 1"));
    assert_true(requires_equal("(count j in job: j.wage > w) > 1",
                               "(count j in job: (j.wage > w)) > 1"));
}

static void expr_equal__different_tree__false(void **state)
{
    (void)state;
    assert_false(requires_equal("org.n > 3", "org.n >= 3"));
    assert_false(requires_equal("org.n > 3", "org.n > 4"));
    assert_false(requires_equal("org.n > 3", "3 < org.n")); /* no reordering */
    assert_false(requires_equal("org.n > 3 and org.ok", "org.ok and org.n > 3"));
    assert_false(requires_equal("org.n > k", "org.n > 3"));
    assert_false(requires_equal("all j in job: j.wage > w", "any j in job: j.wage > w"));
    assert_false(requires_equal("max(org.n, 2) > 1", "min(org.n, 2) > 1"));
    assert_false(requires_equal("org.n is known", "org.n is unknown"));
    assert_false(requires_equal("org.n + 1 > 2", "org.n - 1 > 2"));
    assert_true(jql_lint_expr_equal(NULL, NULL));
}

/* ---- the checks ---- */

static void unused_fact__reported_once_per_fact_and_collection(void **state)
{
    (void)state;
    struct linted l = lint_text(
        "facts {\n  org.n: count \"n\"\n  org.unused: text\n  collection site\n"
        "  site.size: count\n  collection job\n  job.wage: money/hour\n  job.spare: bool\n}\n"
        "standard s \"S\" {\n" CLEAN_RULE("org.n > 0 and any j in job: j.wage > $1/hour") "}\n");
    assert_int_equal(count_code(&l, "JQL-L001"), 3); /* org.unused, site, job.spare */
    assert_int_equal(l.n, 3);
    assert_int_equal(line_of_code(&l, "JQL-L001"), 3);
}

static void unused_fact__goal_where_and_weight_are_uses(void **state)
{
    (void)state;
    struct linted l = lint_text(
        "facts {\n  org.n: count \"n\"\n  org.region: text\n  org.jobs: count\n}\n"
        "standard s \"S\" {\n" CLEAN_RULE("org.n > 0") "}\n"
        "goal g \"G\" {\n  share of employers passing s weighted by org.jobs >= 50%\n"
        "  where org.region == \"north\"\n}\n");
    assert_int_equal(l.n, 0);
}

static void unused_param__declared_only(void **state)
{
    (void)state;
    struct linted l = lint_text(
        "facts {\n  org.n: count \"n\"\n}\nparam used = 3\nparam unused = 4\n"
        "param pct = 50%\nlet twice = used * 2\n"
        "standard s \"S\" {\n  requires pct of recommended\n" CLEAN_RULE("org.n > twice")
        "  rule q \"Q\" {\n    level recommended\n    require org.n > 1\n    cite \"c\"\n"
        "    advice \"a\"\n  }\n}\n");
    assert_int_equal(count_code(&l, "JQL-L002"), 1);
    assert_int_equal(line_of_code(&l, "JQL-L002"), 5);
    assert_int_equal(l.n, 1);
}

static void cite_advice__each_its_code(void **state)
{
    (void)state;
    struct linted l = lint_text("facts {\n  org.n: count \"n\"\n}\nstandard s \"S\" {\n"
                                "  rule a \"A\" { require org.n > 0 }\n"
                                "  rule b \"B\" { require org.n > 1 cite \"c\" }\n"
                                "  rule c \"C\" { require org.n > 2 advice \"a\" }\n}\n");
    assert_int_equal(count_code(&l, "JQL-L003"), 2);
    assert_int_equal(count_code(&l, "JQL-L004"), 2);
    assert_int_equal(l.n, 4);
}

static void never_true__each_form(void **state)
{
    (void)state;
    const char *const never[] = {
        "when false",
        "when org.n < 0",
        "when 0 > org.n",
        "when org.n <= -1",
        "when org.n == -2",
        "when org.pct > 100%",
        "when org.pct < 0%",
        "when org.pct == 150%",
        "when org.n > 10 and org.n < 5",
        "when org.n >= 10 and org.ok and org.n < 10",
        "when org.n > 10 and org.n == 10",
        "when org.start > 2026-01-01 and org.start < 2025-01-01",
        "when org.pct > 100% or false",
        "when org.ok and false",
        "when (org.n > 3 and org.n < 2) or org.n < 0",
    };
    for (int i = 0; i < JQL_COUNT(never); i++) {
        struct linted l = lint_rule(jql_sprintf("    %s", never[i]));
        if (count_code(&l, "JQL-L005") != 1 || l.n != 1)
            fail_msg("expected one JQL-L005 for '%s', got %d warnings", never[i], l.n);
    }
}

static void never_true__possible_whens_pass(void **state)
{
    (void)state;
    const char *const possible[] = {
        "when true",
        "when org.n <= 0",
        "when org.n == 0",
        "when org.n != -1",
        "when org.net < $0",
        "when org.pct >= 100%",
        "when org.pct <= 0%",
        "when org.n >= 10 and org.n <= 10",
        "when org.n > 10 or org.n < 5",
        "when org.pct > 100% or org.ok",
        "when not (org.n < 0)",
        "when any j in job: j.wage < $0/hour", /* quantifiers are not looked into */
        "when org.start < 1999-01-01",
    };
    for (int i = 0; i < JQL_COUNT(possible); i++) {
        struct linted l = lint_rule(jql_sprintf("    %s", possible[i]));
        if (l.n != 0)
            fail_msg("expected no warning for '%s', got %d", possible[i], l.n);
    }
}

static const char two_standards[] =
    "facts {\n  org.n: count \"n\"\n}\n"
    "standard a \"A\" {\n" CLEAN_RULE("org.n > 0") "}\n"
    "standard b \"B\" {\n" CLEAN_RULE("org.n > 1") "}\n";

static void no_tier__only_where_tiers_exist(void **state)
{
    (void)state;
    struct linted none = lint_text(two_standards);
    assert_int_equal(none.n, 0);
    struct linted one = lint_text(jql_sprintf("%stier t \"T\" { requires a }\n", two_standards));
    assert_int_equal(count_code(&one, "JQL-L006"), 1);
    assert_int_equal(line_of_code(&one, "JQL-L006"), 11);
    assert_int_equal(one.n, 1);
    struct linted both = lint_text(jql_sprintf("%stier t \"T\" { requires 1 of a, b }\n",
                                               two_standards));
    assert_int_equal(both.n, 0);
    struct linted goal = lint_text(jql_sprintf(
        "%stier t \"T\" { requires a }\n"
        "goal g \"G\" { share of employers passing b >= 50%% }\n", two_standards));
    assert_int_equal(goal.n, 0);
}

static void duplicate__require_when_unless(void **state)
{
    (void)state;
    struct linted l = lint_rule("    when org.n > 1\n    when (org.n > 1)\n"
                                "    unless org.ok\n    unless org.ok\n"
                                "    require org.n >= 0 and org.pct >= 0% and org.net > $0 and "
                                "org.ok");
    assert_int_equal(count_code(&l, "JQL-L007"), 3);
    assert_int_equal(l.n, 3);
    /* three copies: each later one reported once */
    struct linted three = lint_rule("    when org.n > 1\n    when org.n > 1\n    when org.n > 1");
    assert_int_equal(count_code(&three, "JQL-L007"), 2);
}

/* Literals equal by value are found however they are written (the structural hash that
   picks the pairs to compare agrees with equality). */
static void duplicate__equal_values_written_apart(void **state)
{
    (void)state;
    struct linted l = lint_text(
        "facts {\n  org.m: money/month \"m\"\n  org.d: days \"d\"\n  org.p: percent \"p\"\n"
        "  org.t: text \"t\"\n}\nstandard s \"S\" {\n  rule r \"R\" {\n"
        "    require org.m > $1000/month\n    require org.d >= 1 week\n"
        "    require org.p >= 80%\n    require org.t == \"a\"\n"
        "    require org.m > $12000/year\n    require org.d >= 7 days\n"
        "    require org.p >= 0.8\n    require org.t == \"a\"\n"
        "    require org.t == \"b\"\n    require org.d >= 8 days\n"
        "    cite \"c\"\n    advice \"a\"\n  }\n}\n");
    assert_int_equal(count_code(&l, "JQL-L007"), 4);
    assert_int_equal(l.n, 4);
}

/* ---- ignore comments ---- */

static void ignore__silences_the_next_code_line(void **state)
{
    (void)state;
    struct linted l = lint_text(
        "facts {\n  org.n: count \"n\"\n}\nstandard s \"S\" {\n"
        "  # jqlc: ignore[JQL-L003, JQL-L004]\n"
        "  rule a \"A\" { require org.n > 0 }\n"
        "  # jqlc: ignore[JQL-L003]\n  # a comment of the author's\n  #jqlc:ignore [ JQL-L004 ]\n"
        "  rule b \"B\" { require org.n > 1 }\n"
        "  rule c \"C\" { require org.n > 2 } # jqlc: ignore[JQL-L003,JQL-L004]\n"
        "  # jqlc: ignore[JQL-L004]\n\n"
        "  rule d \"D\" { require org.n > 3 cite \"c\" }\n}\n");
    /* the ignore above a blank line silences the blank line: d's advice is reported,
       and the ignore is stale */
    assert_int_equal(count_code(&l, "JQL-L004"), 1);
    assert_int_equal(line_of_code(&l, "JQL-L004"), 14);
    assert_int_equal(count_code(&l, "JQL-L009"), 1);
    assert_int_equal(line_of_code(&l, "JQL-L009"), 12);
    assert_int_equal(l.n, 2);
}

static void ignore__other_code_does_not_silence(void **state)
{
    (void)state;
    struct linted l = lint_text("facts {\n  org.n: count \"n\"\n}\nstandard s \"S\" {\n"
                                "  # jqlc: ignore[JQL-L004]\n"
                                "  rule a \"A\" { require org.n > 0 advice \"a\" }\n}\n");
    assert_int_equal(count_code(&l, "JQL-L003"), 1);
    assert_int_equal(count_code(&l, "JQL-L009"), 1);
    assert_int_equal(l.n, 2);
}

static void ignore__malformed_and_unknown(void **state)
{
    (void)state;
    const char *const bad[] = {
        "# jqlc: ignore JQL-L003",  "# jqlc: ignore[]",          "# jqlc: ignore[JQL-L003",
        "# jqlc: ignores[JQL-L003]", "# jqlc: skip[JQL-L003]",   "# jqlc:",
        "# jqlc: ignore[JQL-L003,]", "# jqlc: ignore[JQL-L003 JQL-L004]",
        "# jqlc: ignore[JQL-L3]",   "# jqlc: ignore[jql-l003]",
    };
    for (int i = 0; i < JQL_COUNT(bad); i++) {
        struct linted l = lint_text(jql_sprintf(
            "facts {\n  org.n: count \"n\"\n}\nstandard s \"S\" {\n  %s\n%s}\n", bad[i],
            CLEAN_RULE("org.n > 0")));
        if (count_code(&l, "JQL-L008") < 1)
            fail_msg("expected JQL-L008 for '%s'", bad[i]);
    }
    /* a comment that is not a directive is the author's */
    struct linted own = lint_text(
        "facts {\n  org.n: count \"n\"\n}\nstandard s \"S\" {\n  # jqlc is the checker\n"
        "  # ignore[JQL-L003]\n" CLEAN_RULE("org.n > 0") "}\n");
    assert_int_equal(own.n, 0);
}

/* ---- the examples of docs/lint.md ---- */

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct jql_buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        jql_buf_put(&b, chunk, n);
    fclose(f);
    return (char *)jql_buf_str(&b);
}

/* The codes of l's warnings, for a failure message. */
static const char *codes_of(const struct linted *l)
{
    struct jql_buf b = {0};
    for (int i = 0; i < l->d.n; i++)
        jql_buf_printf(&b, "%s%s", i ? "; " : "", l->d.v[i]->msg);
    return l->d.n ? jql_buf_str(&b) : "none";
}

/* One example: a bad one must give warnings of `code` only, a good one none. */
static void doc_example(const char *text, const char *code, int line)
{
    struct linted l = lint_text(text);
    if (code && (l.n == 0 || count_code(&l, code) != l.n))
        fail_msg("docs/lint.md:%d: expected %s only, got: %s", line, code, codes_of(&l));
    if (!code && l.n)
        fail_msg("docs/lint.md:%d: expected no warning, got: %s", line, codes_of(&l));
}

static void docs__every_example_says_what_it_shows(void **state)
{
    (void)state;
    char *doc = read_file("docs/lint.md");
    assert_non_null(doc);
    int nbad[JQL_LINT_NCODES] = {0}, ngood = 0, line = 1;
    for (char *s = doc; *s;) {
        char *ln = s, *eol = strchr(s, '\n');
        if (!eol)
            break;
        *eol = 0;
        bool bad = strncmp(ln, "```jq bad ", 10) == 0, good = strcmp(ln, "```jq good") == 0;
        int start = line;
        s = eol + 1, line++;
        if (!bad && !good)
            continue;
        enum jql_lint_code c = bad ? jql_lint_code_named(ln + 10) : JQL_LINT_NONE;
        char *end = strstr(s, "\n```\n");
        assert_non_null(end);
        const char *text = jql_strndup(s, (size_t)(end - s) + 1);
        for (const char *t = s; t < end + 1; t++)
            line += *t == '\n';
        s = end + 5, line++;
        if (bad)
            assert_int_not_equal(c, JQL_LINT_NONE);
        doc_example(text, bad ? jql_lint_code_name(c) : NULL, start);
        if (bad)
            nbad[c]++;
        else
            ngood++;
    }
    for (int c = JQL_LINT_NONE + 1; c < JQL_LINT_NCODES; c++)
        if (nbad[c] == 0)
            fail_msg("docs/lint.md has no bad example of %s", jql_lint_code_name(c));
    assert_true(ngood >= JQL_LINT_NCODES - 1);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(codes__names_round_trip),
        cmocka_unit_test(clean_file__no_warning),
        cmocka_unit_test(expr_equal__same_tree__true),
        cmocka_unit_test(expr_equal__different_tree__false),
        cmocka_unit_test(unused_fact__reported_once_per_fact_and_collection),
        cmocka_unit_test(unused_fact__goal_where_and_weight_are_uses),
        cmocka_unit_test(unused_param__declared_only),
        cmocka_unit_test(cite_advice__each_its_code),
        cmocka_unit_test(never_true__each_form),
        cmocka_unit_test(never_true__possible_whens_pass),
        cmocka_unit_test(no_tier__only_where_tiers_exist),
        cmocka_unit_test(duplicate__require_when_unless),
        cmocka_unit_test(duplicate__equal_values_written_apart),
        cmocka_unit_test(ignore__silences_the_next_code_line),
        cmocka_unit_test(ignore__other_code_does_not_silence),
        cmocka_unit_test(ignore__malformed_and_unknown),
        cmocka_unit_test(docs__every_example_says_what_it_shows),
    };
    return cmocka_run_group_tests_name("lint", tests, NULL, NULL);
}
