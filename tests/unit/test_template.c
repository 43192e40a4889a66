/* Unit tests for the template module: the blank fact file, and that it loads back. */
#include "test_util.h"

#include "check.h"
#include "facts.h"
#include "parse.h"
#include "template.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char vocab[] =
    "facts {\n"
    "  headcount: count \"Workers on payroll\"\n"
    "  pay.lowest: money/hour \"Lowest base wage\"\n"
    "  collection job \"A position\"\n"
    "  job.wage: money/hour \"Base wage of the position\"\n"
    "  pay.plan: one of \"none\", \"401k\" \"Retirement plan\\nas named by HR\"\n"
    "  notice: days\n"
    "}\n";

static struct jql_program *program(void)
{
    struct jql_diags d = {0};
    struct jql_source *src = jql_source_new("v.jq", "v.jq", vocab, strlen(vocab));
    struct jql_rulefile *rf = jql_parse_rules(src, &d);
    struct jql_program *p = jql_check(&rf, 1, &d);
    assert_int_equal(d.nerrors, 0);
    assert_non_null(p);
    return p;
}

static char *render(const struct jql_program *p)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    jql_template_write(f, p, "v.jq");
    fclose(f);
    char *s = jql_strdup(buf);
    free(buf);
    return s;
}

static void template__vocabulary__grouped_described_unknown(void **state)
{
    (void)state;
    const char *want =
        "# A blank fact file for the rules in v.jq.\n"
        "# Write one employer block per employer. Replace `unknown` by what you know;\n"
        "# a fact left `unknown` makes the rules that need it untested. Each fact\n"
        "# says what to enter, its type and an example value.\n"
        "\n"
        "employer \"EMPLOYER NAME\" {\n"
        "\n"
        "  # Workers on payroll (count, like 12)\n"
        "  headcount = unknown\n"
        "\n"
        "  pay {\n"
        "    # Lowest base wage (money/hour, like $18.25/hour)\n"
        "    lowest = unknown\n"
        "    # Retirement plan\n"
        "    # as named by HR (one of \"none\", \"401k\", like \"none\")\n"
        "    plan = unknown\n"
        "  }\n"
        "\n"
        "  # A position\n"
        "  # Copy this block once per job, with its name as the label; write `job = []` "
        "when there are none.\n"
        "  job \"NAME\" {\n"
        "    # Base wage of the position (money/hour, like $18.25/hour)\n"
        "    wage = unknown\n"
        "  }\n"
        "\n"
        "  # (no description) (days, like 14 days)\n"
        "  notice = unknown\n"
        "}\n";
    assert_string_equal(render(program()), want);
}

/* The template is itself a valid fact file: it loads under --strict with no diagnostics. */
static void template__output__loads_back_strict_without_diagnostics(void **state)
{
    (void)state;
    struct jql_program *p = program();
    char *text = render(p);
    struct jql_diags d = {0};
    struct jql_source *src = jql_source_new("t.facts", "t.facts", text, strlen(text));
    struct jql_factfile *ff = jql_parse_facts(src, &d);
    assert_int_equal(d.n, 0);
    struct jql_facts_opts o = {.strict = true};
    int n = 0;
    struct jql_employer **emps = jql_facts_load(p, ff, &o, &n);
    assert_int_equal(n, 1);
    assert_false(emps[0]->failed);
    assert_int_equal(emps[0]->diags.n, 0);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(template__vocabulary__grouped_described_unknown),
        cmocka_unit_test(template__output__loads_back_strict_without_diagnostics),
    };
    return cmocka_run_group_tests_name("template", tests, NULL, NULL);
}
