/* Unit tests for report: counts, JSON schema 1 (exact text) and the text report. */
#include "test_util.h"

#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *missing2[] = {"job", "pay.living_wage_hourly"};
static const char *tiers1[] = {"bronze"};

static struct jql_rrule rule(const char *id, const char *level, enum jql_status st,
                             const char *reason, const char *location)
{
    return (struct jql_rrule){.id = id, .title = "", .level = level, .status = (uint8_t)st,
                              .reason = reason, .cite = "", .advice = "", .location = location};
}

/* Acme: earnings fail (a failing rule and an untested one), hours pass. */
static struct jql_remployer acme(void)
{
    struct jql_rrule *er = jql_alloc(2 * sizeof *er);
    er[0] = rule("every_job", "required", JQL_FAIL,
                 "job \"Assistant\": j.hourly_wage = $17.50/hour < living_wage = $24.10/hour",
                 "stdlib/rfa/earnings.jq:18:3");
    er[0].title = "Every job pays at least the local living wage";
    er[0].advice = "Raise the lowest wage.";
    er[0].cite = "RFA 2.1";
    er[1] = rule("lowest_wage", "required", JQL_UNTESTED, "pay.living_wage_hourly is unknown",
                 "stdlib/rfa/earnings.jq:25:3");
    er[1].missing = missing2;
    er[1].nmissing = 2;
    struct jql_rrule *hr = jql_alloc(sizeof *hr);
    hr[0] = rule("notice", "required", JQL_PASS, "", "stdlib/rfa/hours.jq:4:3");
    struct jql_rstd *stds = jql_alloc(2 * sizeof *stds);
    stds[0] = (struct jql_rstd){.id = "earnings", .title = "Earnings",
                                .status = JQL_FAIL, .rules = er, .nrules = 2,
                                .version = "2026.1", .source = "RFA principle 1"};
    stds[1] = (struct jql_rstd){.id = "hours", .title = "Predictable hours",
                                .status = JQL_PASS, .rules = hr, .nrules = 1};
    return (struct jql_remployer){.name = "Acme \"Care\"", .file = "examples/acme.facts",
                                  .line = 2, .status = JQL_FAIL, .tiers = tiers1, .ntiers = 1,
                                  .stds = stds, .nstds = 2};
}

/* Beta: its facts did not load (one diagnostic with a located and a plain note). */
static struct jql_remployer beta(void)
{
    struct jql_source *src = jql_source_new("examples/beta.facts", NULL,
                                            "employer \"Beta\" {\n  pay.x = \"a\tb\"\n}\n", 36);
    struct jql_diag *dg = jql_diag_error(NULL, (struct jql_loc){src, 20, 25},
                                         "'pay.x' is not a fact");
    jql_diag_note(dg, (struct jql_loc){src, 0, 8}, "in this employer");
    jql_diag_note(dg, (struct jql_loc){0}, "see \"jqlc template\"");
    const struct jql_diag **diags = jql_alloc(sizeof *diags);
    diags[0] = dg;
    return (struct jql_remployer){.name = "Beta", .file = "examples/beta.facts", .line = 1,
                                  .status = JQL_ERROR, .diags = diags, .ndiags = 1};
}

static struct jql_report two_employers(void)
{
    struct jql_report r = {.version = "0.1.0", .as_of = "2026-11-23", .nemps = 2};
    r.emps = jql_alloc(2 * sizeof *r.emps);
    r.emps[0] = acme();
    r.emps[1] = beta();
    jql_report_count(&r);
    return r;
}

enum writer { JSON, TEXT };

static char *write_report(const struct jql_report *r, enum writer w, bool color, bool summary)
{
    struct jql_report_opts o = {.color = color, .summary_only = summary};
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    if (w == JSON)
        jql_report_json(f, r, &o);
    else
        jql_report_text(f, r, &o);
    fclose(f);
    char *res = jql_strndup(s, n);
    free(s);
    return res;
}

static char *json_str(const char *in)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    jql_json_string(f, in);
    fclose(f);
    char *res = jql_strndup(s, n);
    free(s);
    return res;
}

static void report_count__every_level__counted_by_status(void **state)
{
    (void)state;
    struct jql_report r = two_employers();
    r.counts[0][0] = 99; /* recomputed, not added to */
    jql_report_count(&r);
    const int64_t expect[3][JQL_NSTATUS] = {{0, 1, 0, 0, 1}, {1, 1, 0, 0, 0}, {1, 1, 1, 0, 0}};
    assert_memory_equal(r.counts, expect, sizeof expect);
}

static void json_string__specials_and_controls__escaped(void **state)
{
    (void)state;
    assert_string_equal(json_str("a\"b\\c/d"), "\"a\\\"b\\\\c/d\"");
    assert_string_equal(json_str("\n\r\t\x01\x1f\x7f"), "\"\\n\\r\\t\\u0001\\u001f\\u007f\"");
    assert_string_equal(json_str("\b\f"), "\"\\u0008\\u000c\"");
    /* C1 controls and bidirectional overrides: the same string, safe to cat */
    assert_string_equal(json_str("a\xc2\x9b" "b\xe2\x80\xae" "c\xe2\x81\xa9" "d\xe2\x80\xaf"),
                        "\"a\\u009bb\\u202ec\\u2069d\xe2\x80\xaf\"");
}

static void json_string__utf8_passed_invalid_replaced(void **state)
{
    (void)state;
    assert_string_equal(json_str("caf\xc3\xa9 \xf0\x9f\x98\x80"),
                        "\"caf\xc3\xa9 \xf0\x9f\x98\x80\"");
    assert_string_equal(json_str("a\xff" "b\xed\xa0\x80"), "\"a\\ufffdb\\ufffd\\ufffd\\ufffd\"");
    assert_string_equal(json_str(NULL), "\"\"");
}

static void report_json__two_employers__exact_schema_1(void **state)
{
    (void)state;
    struct jql_report r = two_employers();
    static const struct jql_rparam params[] = {{"floor", "$20.00/hour"}};
    r.params = (struct jql_rparam *)params;
    r.nparams = 1;
    jql_report_add_file(&r, jql_source_new("std/x.jq", "std/x.jq", "abc", 3), "rules");
    jql_report_add_file(&r, jql_source_new("a \"b\".facts", "/abs/a.facts", "", 0), "facts");
    assert_string_equal(
        write_report(&r, JSON, false, false),
        "{\n"
        "  \"schema\": 1,\n"
        "  \"jqlc\": \"0.1.0\",\n"
        "  \"as_of\": \"2026-11-23\",\n"
        "  \"results\": [\n"
        "    {\n"
        "      \"employer\": \"Acme \\\"Care\\\"\",\n"
        "      \"file\": \"examples/acme.facts\",\n"
        "      \"line\": 2,\n"
        "      \"status\": \"fail\",\n"
        "      \"tiers\": [\"bronze\"],\n"
        "      \"tiers_undecided\": [],\n"
        "      \"standards\": [\n"
        "        {\n"
        "          \"id\": \"earnings\",\n"
        "          \"title\": \"Earnings\",\n"
        "          \"version\": \"2026.1\",\n"
        "          \"source\": \"RFA principle 1\",\n"
        "          \"status\": \"fail\",\n"
        "          \"rules\": [\n"
        "            {\n"
        "              \"id\": \"every_job\",\n"
        "              \"title\": \"Every job pays at least the local living wage\",\n"
        "              \"level\": \"required\",\n"
        "              \"status\": \"fail\",\n"
        "              \"reason\": \"job \\\"Assistant\\\": j.hourly_wage = $17.50/hour < "
        "living_wage = $24.10/hour\",\n"
        "              \"missing\": [],\n"
        "              \"cite\": \"RFA 2.1\",\n"
        "              \"advice\": \"Raise the lowest wage.\",\n"
        "              \"location\": \"stdlib/rfa/earnings.jq:18:3\"\n"
        "            },\n"
        "            {\n"
        "              \"id\": \"lowest_wage\",\n"
        "              \"title\": \"\",\n"
        "              \"level\": \"required\",\n"
        "              \"status\": \"untested\",\n"
        "              \"reason\": \"pay.living_wage_hourly is unknown\",\n"
        "              \"missing\": [\"job\", \"pay.living_wage_hourly\"],\n"
        "              \"cite\": \"\",\n"
        "              \"advice\": \"\",\n"
        "              \"location\": \"stdlib/rfa/earnings.jq:25:3\"\n"
        "            }\n"
        "          ]\n"
        "        },\n"
        "        {\n"
        "          \"id\": \"hours\",\n"
        "          \"title\": \"Predictable hours\",\n"
        "          \"status\": \"pass\",\n"
        "          \"rules\": [\n"
        "            {\n"
        "              \"id\": \"notice\",\n"
        "              \"title\": \"\",\n"
        "              \"level\": \"required\",\n"
        "              \"status\": \"pass\",\n"
        "              \"reason\": \"\",\n"
        "              \"missing\": [],\n"
        "              \"cite\": \"\",\n"
        "              \"advice\": \"\",\n"
        "              \"location\": \"stdlib/rfa/hours.jq:4:3\"\n"
        "            }\n"
        "          ]\n"
        "        }\n"
        "      ],\n"
        "      \"diagnostics\": []\n"
        "    },\n"
        "    {\n"
        "      \"employer\": \"Beta\",\n"
        "      \"file\": \"examples/beta.facts\",\n"
        "      \"line\": 1,\n"
        "      \"status\": \"error\",\n"
        "      \"tiers\": [],\n"
        "      \"tiers_undecided\": [],\n"
        "      \"standards\": [],\n"
        "      \"diagnostics\": [\n"
        "        {\"severity\": \"error\", \"file\": \"examples/beta.facts\", \"line\": 2, "
        "\"column\": 3, \"message\": \"'pay.x' is not a fact\", \"notes\": "
        "[\"examples/beta.facts:1:1: in this employer\", \"see \\\"jqlc template\\\"\"]}\n"
        "      ]\n"
        "    }\n"
        "  ],\n"
        "  \"diagnostics\": [],\n"
        "  \"summary\": {\n"
        "    \"employers\": {\"pass\": 0, \"fail\": 1, \"untested\": 0, \"not_applicable\": 0, "
        "\"error\": 1},\n"
        "    \"standards\": {\"pass\": 1, \"fail\": 1, \"untested\": 0, \"not_applicable\": 0, "
        "\"error\": 0},\n"
        "    \"rules\": {\"pass\": 1, \"fail\": 1, \"untested\": 1, \"not_applicable\": 0, "
        "\"error\": 0}\n"
        "  },\n"
        "  \"portfolio\": null,\n"
        "  \"goals\": [],\n"
        "  \"stamp\": {\n"
        "    \"jqlc\": \"0.1.0\",\n"
        "    \"as_of\": \"2026-11-23\",\n"
        "    \"params\": {\"floor\": \"$20.00/hour\"},\n"
        "    \"files\": [\n"
        "      {\"path\": \"std/x.jq\", \"kind\": \"rules\", \"sha256\": "
        "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"},\n"
        "      {\"path\": \"a \\\"b\\\".facts\", \"kind\": \"facts\", \"sha256\": "
        "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"}\n"
        "    ]\n"
        "  }\n"
        "}\n");
}

/* A fact file that could not be read belongs to no employer: its error is in the
   top-level "diagnostics" array, so JSON readers see why the run exited 2. */
static void report_json__unreadable_file__top_level_diagnostic(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    jql_diag_error(&d, (struct jql_loc){0}, "cannot read 'x.facts': it is a folder")->file =
        "x.facts"; /* no position: line and column 0, the file named */
    struct jql_report r = {.version = "0.1.0", .as_of = "2026-01-01",
                           .diags = (const struct jql_diag **)d.v, .ndiags = d.n};
    jql_report_count(&r);
    const char *zero = "{\"pass\": 0, \"fail\": 0, \"untested\": 0, \"not_applicable\": 0, "
                       "\"error\": 0}";
    assert_string_equal(write_report(&r, JSON, false, false),
                        jql_sprintf("{\n"
                                    "  \"schema\": 1,\n"
                                    "  \"jqlc\": \"0.1.0\",\n"
                                    "  \"as_of\": \"2026-01-01\",\n"
                                    "  \"results\": [],\n"
                                    "  \"diagnostics\": [\n"
                                    "    {\"severity\": \"error\", \"file\": \"x.facts\", "
                                    "\"line\": 0, "
                                    "\"column\": 0, \"message\": \"cannot read 'x.facts': it is a "
                                    "folder\", \"notes\": []}\n"
                                    "  ],\n"
                                    "  \"summary\": {\n"
                                    "    \"employers\": %s,\n"
                                    "    \"standards\": %s,\n"
                                    "    \"rules\": %s\n"
                                    "  },\n"
                                    "  \"portfolio\": null,\n"
                                    "  \"goals\": [],\n"
                                    "  \"stamp\": {\n"
                                    "    \"jqlc\": \"0.1.0\",\n"
                                    "    \"as_of\": \"2026-01-01\",\n"
                                    "    \"params\": {},\n"
                                    "    \"files\": []\n"
                                    "  }\n"
                                    "}\n",
                                    zero, zero, zero));
}

/* One employer whose standards cover every status, with every kind of detail line. */
static struct jql_report every_status(void)
{
    struct jql_rrule *ru = jql_alloc(6 * sizeof *ru);
    ru[0] = rule("paid", "required", JQL_PASS, "", "s.jq:3:3");
    ru[1] = rule("living", "required", JQL_FAIL, "wage = $17.50/hour < $24.10/hour", "s.jq:5:3");
    ru[1].advice = "Raise wages.";
    ru[1].cite = "Ord. 12";
    ru[2] = rule("bonus", "recommended", JQL_UNTESTED, "bonus.paid is unknown", "s.jq:9:3");
    ru[2].missing = missing2;
    ru[2].nmissing = 2;
    ru[3] = rule("night", "required", JQL_NOT_APPLICABLE, "when shifts.night is false",
                 "s.jq:12:3");
    ru[4] = rule("ratio", "required", JQL_ERROR, "division by zero at s.jq:15:20", "s.jq:15:3");
    ru[5] = rule("old", "required", JQL_NOT_APPLICABLE, "not in force since 2020-01-01",
                 "s.jq:18:3");
    struct jql_rstd *stds = jql_alloc(5 * sizeof *stds);
    stds[0] = (struct jql_rstd){.id = "base", .title = "Base pay",
                                .status = JQL_PASS, .rules = ru, .nrules = 1};
    stds[1] = (struct jql_rstd){.id = "earnings", .title = "Earnings",
                                .status = JQL_FAIL, .rules = ru + 1, .nrules = 1,
                                .version = "2026.1"};
    stds[2] = (struct jql_rstd){.id = "extras", .title = "",
                                .status = JQL_UNTESTED, .rules = ru + 2, .nrules = 1};
    stds[3] = (struct jql_rstd){.id = "nights", .title = "Night work",
                                .status = JQL_NOT_APPLICABLE, .rules = ru + 3, .nrules = 1};
    stds[4] = (struct jql_rstd){.id = "staffing", .title = "Staffing ratio",
                                .status = JQL_ERROR, .rules = ru + 4, .nrules = 2};
    struct jql_report r = {.version = "0.1.0", .as_of = "2026-11-23", .nemps = 1};
    r.emps = jql_alloc(sizeof *r.emps);
    r.emps[0] = (struct jql_remployer){.name = "Acme", .file = "a.facts", .line = 3,
                                       .status = JQL_ERROR, .tiers = tiers1, .ntiers = 1,
                                       .stds = stds, .nstds = 5};
    jql_report_count(&r);
    return r;
}

static void report_text__every_status__exact(void **state)
{
    (void)state;
    struct jql_report r = every_status();
    assert_string_equal(write_report(&r, TEXT, false, false),
                        "Acme \xe2\x80\x94 error  (a.facts:3)\n"
                        "  tiers: bronze\n"
                        "  [pass]     base      Base pay\n"
                        "  [FAIL]     earnings  Earnings  (version 2026.1)\n"
                        "      earnings.living  fail\n"
                        "        why: wage = $17.50/hour < $24.10/hour\n"
                        "        advice: Raise wages.\n"
                        "        cite: Ord. 12\n"
                        "  [untested] extras\n"
                        "      extras.bonus  untested (recommended)\n"
                        "        why: bonus.paid is unknown\n"
                        "        missing: job, pay.living_wage_hourly\n"
                        "  [n/a]      nights    Night work\n"
                        "      nights.night  not_applicable\n"
                        "        why: when shifts.night is false\n"
                        "  [ERROR]    staffing  Staffing ratio\n"
                        "      staffing.ratio  error\n"
                        "        why: division by zero at s.jq:15:20\n"
                        "      staffing.old  not_applicable\n"
                        "        why: not in force since 2020-01-01\n"
                        "\n"
                        "1 employer: 0 pass, 0 fail, 0 untested, 0 not_applicable, 1 error; "
                        "5 standards: 1 pass, 1 fail, 1 untested, 1 not_applicable, 1 error; "
                        "6 rules: 1 pass, 1 fail, 1 untested, 2 not_applicable, 1 error\n");
}

static void report_text__employer_in_error__lists_diagnostics(void **state)
{
    (void)state;
    struct jql_report r = two_employers();
    const char *out = write_report(&r, TEXT, false, false);
    const char *beta_part = strstr(out, "Beta ");
    assert_non_null(beta_part);
    assert_string_equal(beta_part,
                        "Beta \xe2\x80\x94 error  (examples/beta.facts:1)\n"
                        "  tiers: none\n"
                        "  examples/beta.facts:2:3: error: 'pay.x' is not a fact\n"
                        "\n"
                        "2 employers: 0 pass, 1 fail, 0 untested, 0 not_applicable, 1 error; "
                        "2 standards: 1 pass, 1 fail, 0 untested, 0 not_applicable, 0 error; "
                        "3 rules: 1 pass, 1 fail, 1 untested, 0 not_applicable, 0 error\n");
}

static void report_text__many_diagnostics__first_three_shown(void **state)
{
    (void)state;
    const struct jql_diag **diags = jql_alloc(5 * sizeof *diags);
    for (int i = 0; i < 5; i++)
        diags[i] = jql_diag_error(NULL, (struct jql_loc){0}, "problem %d", i + 1);
    struct jql_report r = {.version = "0.1.0", .as_of = "2026-11-23", .nemps = 1};
    r.emps = jql_alloc(sizeof *r.emps);
    r.emps[0] = (struct jql_remployer){.name = "Zed", .line = 1, .status = JQL_ERROR,
                                       .diags = diags, .ndiags = 5};
    jql_report_count(&r);
    assert_string_equal(write_report(&r, TEXT, false, false),
                        "Zed \xe2\x80\x94 error\n"
                        "  tiers: none\n"
                        "  error: problem 1\n"
                        "  error: problem 2\n"
                        "  error: problem 3\n"
                        "  ... and 2 more diagnostics\n"
                        "\n"
                        "1 employer: 0 pass, 0 fail, 0 untested, 0 not_applicable, 1 error; "
                        "0 standards: 0 pass, 0 fail, 0 untested, 0 not_applicable, 0 error; "
                        "0 rules: 0 pass, 0 fail, 0 untested, 0 not_applicable, 0 error\n");
}

static void report_text__summary_only__counts_line(void **state)
{
    (void)state;
    struct jql_report r = two_employers();
    assert_string_equal(write_report(&r, TEXT, false, true),
                        "2 employers: 0 pass, 1 fail, 0 untested, 0 not_applicable, 1 error; "
                        "2 standards: 1 pass, 1 fail, 0 untested, 0 not_applicable, 0 error; "
                        "3 rules: 1 pass, 1 fail, 1 untested, 0 not_applicable, 0 error\n");
}

static void report_text__color__statuses_coloured(void **state)
{
    (void)state;
    struct jql_rrule *ru = jql_alloc(2 * sizeof *ru);
    ru[0] = rule("a", "required", JQL_PASS, "", "s.jq:1:1");
    ru[1] = rule("b", "required", JQL_NOT_APPLICABLE, "when x", "s.jq:2:1");
    struct jql_rstd *stds = jql_alloc(2 * sizeof *stds);
    stds[0] = (struct jql_rstd){.id = "s", .title = "S",
                                .status = JQL_PASS, .rules = ru, .nrules = 1};
    stds[1] = (struct jql_rstd){.id = "t", .title = "T",
                                .status = JQL_NOT_APPLICABLE, .rules = ru + 1, .nrules = 1};
    struct jql_report r = {.version = "0.1.0", .as_of = "2026-11-23", .nemps = 1};
    r.emps = jql_alloc(sizeof *r.emps);
    r.emps[0] = (struct jql_remployer){.name = "Acme", .line = 1, .status = JQL_PASS,
                                       .stds = stds, .nstds = 2};
    jql_report_count(&r);
    assert_string_equal(write_report(&r, TEXT, true, false),
                        "\033[1mAcme\033[0m \xe2\x80\x94 \033[32mpass\033[0m\n"
                        "  tiers: none\n"
                        "  \033[32m[pass]\033[0m     s  S\n"
                        "  \033[2m[n/a]\033[0m      t  T\n"
                        "      t.b  \033[2mnot_applicable\033[0m\n"
                        "        why: when x\n"
                        "\n"
                        "1 employer: 1 pass, 0 fail, 0 untested, 0 not_applicable, 0 error; "
                        "2 standards: 1 pass, 0 fail, 0 untested, 1 not_applicable, 0 error; "
                        "2 rules: 1 pass, 0 fail, 0 untested, 1 not_applicable, 0 error\n");
}

static void report_text__untrusted_names__made_safe(void **state)
{
    (void)state;
    struct jql_report r = {.version = "0.1.0", .as_of = "2026-11-23", .nemps = 1};
    r.emps = jql_alloc(sizeof *r.emps);
    static const char *tiers[] = {"gold\x07"};
    r.emps[0] = (struct jql_remployer){.name = "Evil\x1b[2J\xff", .file = "a\nb\xe2\x80\xae.facts",
                                       .line = 1, .status = JQL_NOT_APPLICABLE,
                                       .tiers = tiers, .ntiers = 1};
    jql_report_count(&r);
    const char *out = write_report(&r, TEXT, false, false);
    const char *head = "Evil<U+001B>[2J<FF> \xe2\x80\x94 not_applicable  "
                       "(a<U+000A>b<U+202E>.facts:1)\n  tiers: gold<U+0007>\n\n";
    assert_string_equal(jql_strndup(out, strlen(head)), head);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(report_count__every_level__counted_by_status),
        cmocka_unit_test(json_string__specials_and_controls__escaped),
        cmocka_unit_test(json_string__utf8_passed_invalid_replaced),
        cmocka_unit_test(report_json__two_employers__exact_schema_1),
        cmocka_unit_test(report_json__unreadable_file__top_level_diagnostic),
        cmocka_unit_test(report_text__every_status__exact),
        cmocka_unit_test(report_text__employer_in_error__lists_diagnostics),
        cmocka_unit_test(report_text__many_diagnostics__first_three_shown),
        cmocka_unit_test(report_text__summary_only__counts_line),
        cmocka_unit_test(report_text__color__statuses_coloured),
        cmocka_unit_test(report_text__untrusted_names__made_safe),
    };
    return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
