/* Unit tests for the formatter (src/fmt.c): each construct, comments in every
   position, blank lines, line breaks, and idempotence. */
#include "test_util.h"

#include "cli.h"
#include "fmt.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* The formatted text of a rule file (or a fact file), which must parse; it must also
   format to itself. */
static const char *fmt_text(const char *text, bool facts)
{
    struct jql_diags d = {0};
    const struct jql_source *src = jql_source_new("t.jq", "t.jq", text, strlen(text));
    const char *out = jql_fmt_source(src, facts, &d);
    if (!out)
        jql_diags_render(stderr, &d, false);
    assert_non_null(out);
    const struct jql_source *src2 = jql_source_new("u.jq", "u.jq", out, strlen(out));
    const char *again = jql_fmt_source(src2, facts, &d);
    assert_non_null(again);
    assert_string_equal(out, again);
    return out;
}

#define FMT_RULES(in, want) assert_string_equal(fmt_text(in, false), want)
#define FMT_FACTS(in, want) assert_string_equal(fmt_text(in, true), want)

static void test_items(void **state)
{
    (void)state;
    FMT_RULES("import   \"a.jq\"\nparam  x=5 \"d\"\nparam y = -  3\n"
              "default  org.size = 4 days  \"s\"\nlet   z=x+y*2\n",
              "import \"a.jq\"\nparam x = 5 \"d\"\nparam y = -3\n"
              "default org.size = 4 days \"s\"\nlet z = x + y * 2\n");
    FMT_RULES("facts{\norg.a : money/hour in $0/hour..  \"x\"\n  collection   job \"j\"\n"
              "org.s: one of \"a\",\"b\"\n org.l : list of text}\n",
              "facts {\n  org.a: money/hour in $0/hour.. \"x\"\n  collection job \"j\"\n"
              "  org.s: one of \"a\", \"b\"\n  org.l: list of text\n}\n");
    FMT_RULES("", "");
    FMT_RULES("\n\n# only a comment\n\n", "# only a comment\n");
}

static void test_standard(void **state)
{
    (void)state;
    FMT_RULES("standard s \"S\" { version \"1\" requires 2 of recommended\n"
              "rule r \"R\" { advice \"a\" level recommended when x > 1 require (x)\n"
              "unless not x is known cite \"c\" effective 2026-01-01 } }\n",
              "standard s \"S\" {\n  version \"1\"\n  requires 2 of recommended\n"
              "  rule r \"R\" {\n    advice \"a\"\n    level recommended\n    when x > 1\n"
              "    require (x)\n    unless not x is known\n    cite \"c\"\n"
              "    effective 2026-01-01\n  }\n}\n");
    FMT_RULES("standard s {}\nstandard t {\n}\n", "standard s {}\nstandard t {}\n");
}

static void test_expressions(void **state)
{
    (void)state;
    FMT_RULES("let a = ((x))+-y*(2-z)\n", "let a = ((x)) + -y * (2 - z)\n");
    FMT_RULES("let a = share j in job weighted by j.h:j.w>=$5/hour and j.n not  in [\"a\",\"b\"]\n",
              "let a = share j in job weighted by j.h: j.w >= $5/hour and j.n not in [\"a\", \"b\"]\n");
    FMT_RULES("let a = if x then min( 1,2 ) else t[ \"k\" , 2026-01-01 ]\n",
              "let a = if x then min(1, 2) else t[\"k\", 2026-01-01]\n");
    FMT_RULES("let a = 5   days + 1.50 + 1_000 + 7.0% + \"t\\\"q\"\n",
              "let a = 5 days + 1.50 + 1_000 + 7.0% + \"t\\\"q\"\n");
}

static void test_breaks(void **state)
{
    (void)state;
    /* breaks at and/or kept (before the operator), one step in; inside parentheses under
       the first character after the '(' */
    FMT_RULES("let a = x and\n          y\n   or (z\nand w)\n",
              "let a = x\n  and y\n  or (z\n      and w)\n");
    FMT_RULES("standard s { rule r { require x\n and y } }\n",
              "standard s {\n  rule r {\n    require x\n      and y\n  }\n}\n");
    FMT_RULES("let a =\n   if x then 1\n else 2\n", "let a =\n  if x then 1\n  else 2\n");
    FMT_RULES("let a = x in [\"a\",\n \"b\"]\n", "let a = x in [\"a\",\n              \"b\"]\n");
    /* a list opened with a line break: one step in from the line, one item a line with
       its comment, the bracket closing on its own line (and the call after it) */
    FMT_RULES("standard s { let a = starts_with(x, [\n\"44\",  # shops\n     \"52\"  # banks\n])\n}\n",
              "standard s {\n  let a = starts_with(x, [\n    \"44\",   # shops\n    \"52\"   # banks\n  ])\n}\n");
    FMT_RULES("let a = x in [\n\"a\", \"b\"]\n", "let a = x in [\n  \"a\", \"b\"]\n");
    /* a line broken elsewhere is joined */
    FMT_RULES("let a = x +\n y\n", "let a = x + y\n");
}

static void test_comments(void **state)
{
    (void)state;
    FMT_RULES("# head\n\n\n\nlet a = 1   # trailing\n# before b\nlet b = 2\n",
              "# head\n\nlet a = 1   # trailing\n# before b\nlet b = 2\n");
    FMT_RULES("standard s { # on the brace\n\n  # first\n  rule r {\n require x # t\n"
              "   # in the rule\n  }\n  # last\n}\n# end\n",
              "standard s {   # on the brace\n  # first\n  rule r {\n    require x   # t\n"
              "    # in the rule\n  }\n  # last\n}\n# end\n");
    /* inside an expression */
    FMT_RULES("let a = x and # why x\n  y or\n  # why z\n  z\n",
              "let a = x\n  and   # why x\n  y\n  or\n  # why z\n  z\n");
    FMT_RULES("let a = [1, # one\n 2]\n", "let a = [1,   # one\n         2]\n");
}

static void test_blank_lines(void **state)
{
    (void)state;
    FMT_RULES("let a = 1\n\n\n\nlet b = 2\nlet c = 3\n\n",
              "let a = 1\n\nlet b = 2\nlet c = 3\n");
    FMT_RULES("standard s {\n\n  version \"1\"\n\n\n  let a = 1\n\n}\n",
              "standard s {\n  version \"1\"\n\n  let a = 1\n}\n");
}

static void test_tiers_tables_goals_tests(void **state)
{
    (void)state;
    FMT_RULES("tier t \"T\" { requires a,b requires 2 of c , d }\n",
              "tier t \"T\" {\n  requires a, b\n  requires 2 of c, d\n}\n");
    FMT_RULES("table w \"W\" { key s : text from : date value:money/hour\n"
              "\"CO\" from 2025-01-01=>$14.81/hour source \"x\"\n -1 => $1/hour }\n",
              "table w \"W\" {\n  key s: text\n  from: date\n  value: money/hour\n"
              "  \"CO\" from 2025-01-01 => $14.81/hour  source \"x\"\n  -1   => $1/hour\n}\n");
    /* a run of rows (no blank line between) aligns its columns on the widest key and
       value, as written by the tokens, not by the author's spacing; a blank line starts
       a new run */
    FMT_RULES("table t { key a: text key n: number from: date value: hours\n"
              "\"AK\", 1 from 2025-07-01 => 40 hours source \"x\"\n"
              "\"AK\",   15     from 2025-07-01 => 56   hours source \"y\"\n"
              "\"Ohio\", 100 from 2025-07-01 => 8 hours\n\n"
              "\"NY\", 1 from 2024-01-01 => 40 hours source \"z\"\n}\n",
              "table t {\n  key a: text\n  key n: number\n  from: date\n  value: hours\n"
              "  \"AK\",   1   from 2025-07-01 => 40 hours  source \"x\"\n"
              "  \"AK\",   15  from 2025-07-01 => 56 hours  source \"y\"\n"
              "  \"Ohio\", 100 from 2025-07-01 => 8 hours\n\n"
              "  \"NY\", 1 from 2024-01-01 => 40 hours  source \"z\"\n}\n");
    FMT_RULES("goal g \"G\" { share of employers reaching q weighted by org.n >= 75%\n"
              "where org.r == \"x\" deadline 2027-12-31 }\n",
              "goal g \"G\" {\n  share of employers reaching q weighted by org.n >= 75%\n"
              "  where org.r == \"x\"\n  deadline 2027-12-31\n}\n");
    FMT_RULES("test \"t\" { given \"A\" { a = 1 b { c = 2 } }\n given {\n x = [\"a\",\"b\"]\n"
              " job \"J\" { h = 1, w = 2 }\n }\n expect \"A\" s.r pass expect goal g met }\n",
              "test \"t\" {\n  given \"A\" { a = 1  b { c = 2 } }\n  given {\n"
              "    x = [\"a\", \"b\"]\n    job \"J\" { h = 1  w = 2 }\n  }\n"
              "  expect \"A\" s.r pass\n  expect goal g met\n}\n");
}

static void test_facts(void **state)
{
    (void)state;
    FMT_FACTS("# f\nemployer  \"E\"{\norg { a = 1 , b = unknown   # why\n }\n"
              "pay.w = $20/hour source \"s\"\n job = []\nx = -2\n}\n\n\n"
              "employer \"F\" { }\n",
              "# f\nemployer \"E\" {\n  org {\n    a = 1\n    b = unknown   # why\n  }\n"
              "  pay.w = $20/hour source \"s\"\n  job = []\n  x = -2\n}\n\n"
              "employer \"F\" {}\n");
}

static void test_parse_error(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    const char *text = "let a = \n";
    const struct jql_source *src = jql_source_new("t.jq", "t.jq", text, strlen(text));
    assert_null(jql_fmt_source(src, false, &d));
    assert_true(d.nerrors > 0);
}

/* `jqlc ARGS` with standard output and error to /dev/null; its exit status. */
static int fmt_cli(const char *a, const char *b, const char *c)
{
    char *argv[] = {"jqlc", "fmt", (char *)a, (char *)b, (char *)c, NULL};
    int argc = 2 + (a != NULL) + (b != NULL) + (c != NULL);
    FILE *null = fopen("/dev/null", "w");
    int st = jql_cli_main(argc, argv, null, null);
    fclose(null);
    return st;
}

static const char *fmt_read_file(const char *path)
{
    static char buf[4096];
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return buf;
}

static void fmt_write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* -w rewrites a file that is not formatted, keeps its mode, leaves a formatted one
   alone (the same inode: no rename) and a file that does not parse untouched. */
static void test_write(void **state)
{
    (void)state;
    char dir[] = "/tmp/test_fmt_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char messy[64], bad[64];
    snprintf(messy, sizeof messy, "%s/m.jq", dir);
    snprintf(bad, sizeof bad, "%s/b.jq", dir);
    fmt_write_file(messy, "let   a=1 # c\n");
    chmod(messy, 0640);
    fmt_write_file(bad, "let a =\n");
    assert_int_equal(fmt_cli("--check", messy, NULL), 1);
    assert_int_equal(fmt_cli("-w", messy, NULL), 0);
    assert_string_equal(fmt_read_file(messy), "let a = 1   # c\n");
    struct stat st1, st2;
    assert_int_equal(stat(messy, &st1), 0);
    assert_int_equal(st1.st_mode & 0777, 0640);
    assert_int_equal(fmt_cli("-w", messy, NULL), 0);
    assert_int_equal(stat(messy, &st2), 0);
    assert_int_equal(st1.st_ino, st2.st_ino);
    assert_int_equal(fmt_cli("--check", messy, NULL), 0);
    /* a file that does not parse: exit 2, untouched, the other file still done */
    fmt_write_file(messy, "let   a=1\n");
    assert_int_equal(fmt_cli("-w", bad, messy), 2);
    assert_string_equal(fmt_read_file(bad), "let a =\n");
    assert_string_equal(fmt_read_file(messy), "let a = 1\n");
    /* a folder: its .jq files */
    fmt_write_file(messy, "let   a=1\n");
    assert_int_equal(fmt_cli("--check", dir, NULL), 2);
    unlink(bad);
    assert_int_equal(fmt_cli("--check", dir, NULL), 1);
    assert_int_equal(fmt_cli("-w", dir, NULL), 0);
    assert_int_equal(fmt_cli("--check", dir, NULL), 0);
    unlink(messy);
    rmdir(dir);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_items),          cmocka_unit_test(test_standard),
        cmocka_unit_test(test_expressions),    cmocka_unit_test(test_breaks),
        cmocka_unit_test(test_comments),       cmocka_unit_test(test_blank_lines),
        cmocka_unit_test(test_tiers_tables_goals_tests), cmocka_unit_test(test_facts),
        cmocka_unit_test(test_parse_error),    cmocka_unit_test(test_write),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
