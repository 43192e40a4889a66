/* Unit tests for driver: runs of `jqlc check`'s pipeline over fact files written to a
   scratch folder, into a JSON Lines sink writing to memory and diagnostics to another
   memory stream. Counts, each employer's line (status, its own diagnostics), the
   diagnostics printed, the ones that belong to no employer, duplicate names across files
   and formats, --strict, --name-key, --input and the stamp are asserted. */
#include "test_util.h"

#include "check.h"
#include "driver.h"
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char RULES[] =
    "facts {\n"
    "  pay.lowest_hourly_wage: money/hour\n"
    "  employees: count\n"
    "  collection job\n"
    "  job.hourly_wage: money/hour\n"
    "}\n"
    "standard s \"Wages\" {\n"
    "  rule floor \"Floor\" { require pay.lowest_hourly_wage >= $15/hour }\n"
    "}\n";

static int dir_setup(void **state)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = jql_sprintf("%s/jql_driver_XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return -1;
    *state = dir;
    return 0;
}

static int dir_teardown(void **state)
{
    return system(jql_sprintf("rm -rf '%s'", (const char *)*state)) == 0 ? 0 : -1;
}

/* Write `text` to NAME in the scratch folder; its path. */
static const char *file(void **state, const char *name, const char *text)
{
    const char *path = jql_sprintf("%s/%s", (const char *)*state, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
    return path;
}

static struct jql_program *program(void) { return test_program("r.jq", RULES); }

/* What a run left: the sink's JSON Lines, the diagnostics printed, the report. */
struct result {
    const char *out, *err;
    struct jql_report rep;
    bool had_error;
};

static const char *take(char *buf, size_t len)
{
    const char *s = jql_strndup(buf ? buf : "", buf ? len : 0);
    free(buf);
    return s;
}

/* A run over `paths` (NULL-terminated) with the options `o` (program and as_of are set). */
static struct result run_opts(struct jql_drv_opts o, const char *const *paths)
{
    struct result r = {.rep = {.version = "0.0", .as_of = "2026-01-01"}};
    char *out = NULL, *err = NULL;
    size_t nout = 0, nerr = 0;
    FILE *fout = open_memstream(&out, &nout), *ferr = open_memstream(&err, &nerr);
    assert_non_null(fout);
    assert_non_null(ferr);
    o.p = program();
    assert_true(jql_date_from_ymd(2026, 1, 1, &o.as_of));
    o.err = ferr;
    struct jql_sink sink;
    struct jql_drv *d = jql_drv_new(&o, &r.rep, &sink);
    r.rep.rules = jql_drv_rules(d, &r.rep.nrules);
    jql_sink_init(&sink, JQL_FMT_JSONL, fout, NULL, &r.rep);
    jql_sink_begin(&sink);
    for (const char *const *p = paths; *p; p++)
        jql_drv_file(d, *p);
    jql_sink_end(&sink);
    r.had_error = jql_drv_had_error(d);
    assert_int_equal(fclose(fout), 0);
    assert_int_equal(fclose(ferr), 0);
    r.out = take(out, nout);
    r.err = take(err, nerr);
    return r;
}

static struct result run(const char *const *paths)
{
    return run_opts((struct jql_drv_opts){.input = -1}, paths);
}

/* The JSON Lines line of the k-th (0-based) employer named `name`; "" when there is none. */
static const char *emp_line(const struct result *r, const char *name, int k)
{
    const char *key = jql_sprintf("{\"employer\":\"%s\",", name);
    const char *at = r->out;
    for (int i = 0; (at = strstr(at, key)) != NULL; i++, at++)
        if (i == k)
            return jql_strndup(at, strcspn(at, "\n"));
    return "";
}

static bool has(const char *text, const char *part) { return strstr(text, part) != NULL; }

/* The employer's line says `status` and, when `diag` is given, carries that message. */
static void check_emp(const struct result *r, const char *name, int k, const char *status,
                      const char *diag)
{
    const char *line = emp_line(r, name, k);
    if (!has(line, jql_sprintf("\"status\":\"%s\"", status)) ||
        (diag && !has(line, jql_sprintf("\"message\":\"%s\"", diag))))
        fprintf(stderr, "employer %s #%d:\n%s\n", name, k, line);
    assert_true(has(line, jql_sprintf("\"status\":\"%s\"", status)));
    if (diag)
        assert_true(has(line, jql_sprintf("\"message\":\"%s\"", diag)));
    else
        assert_true(has(line, "\"diagnostics\":[]}"));
}

static int count_of(const char *text, const char *part)
{
    int n = 0;
    for (const char *at = text; (at = strstr(at, part)) != NULL; at++)
        n++;
    return n;
}

static void check_counts(const struct result *r, int pass, int fail, int untested, int error)
{
    const int64_t *c = r->rep.counts[0];
    assert_int_equal(c[JQL_PASS], pass);
    assert_int_equal(c[JQL_FAIL], fail);
    assert_int_equal(c[JQL_UNTESTED], untested);
    assert_int_equal(c[JQL_NOT_APPLICABLE], 0);
    assert_int_equal(c[JQL_ERROR], error);
}

/* ---- counts and the sink ---- */

/* Every employer is evaluated, counted and written in input order, with its file and
   line; an error in one is that employer's only. */
static void file__jsonl__each_employer_counted_and_written(void **state)
{
    const char *path = file(state, "a.jsonl",
                            "{\"employer\": \"Pass\", \"pay\": {\"lowest_hourly_wage\": 16}}\n"
                            "{\"employer\": \"Fail\", \"pay.lowest_hourly_wage\": 14}\n"
                            "\n"
                            "{\"employer\": \"Untested\"}\n"
                            "{\"employer\": \"Error\", \"employees\": -1}\n");
    struct result r = run((const char *[]){path, NULL});
    check_counts(&r, 1, 1, 1, 1);
    assert_int_equal(r.rep.counts[2][JQL_PASS], 1); /* rules */
    assert_int_equal(r.rep.counts[2][JQL_FAIL], 1);
    check_emp(&r, "Pass", 0, "pass", NULL);
    check_emp(&r, "Fail", 0, "fail", NULL);
    check_emp(&r, "Untested", 0, "untested", NULL);
    check_emp(&r, "Error", 0, "error",
              "wrong value for 'employees': expected count, like 12, got -1");
    assert_true(has(emp_line(&r, "Untested", 0), jql_sprintf("\"file\":\"%s\",\"line\":4,", path)));
    /* in input order, between the sink's first and last lines */
    const char *pass = strstr(r.out, "\"Pass\""), *fail = strstr(r.out, "\"Fail\"");
    const char *untested = strstr(r.out, "\"Untested\""), *error = strstr(r.out, "\"Error\"");
    assert_true(strstr(r.out, "{\"schema\":1") == r.out);
    assert_true(pass < fail && fail < untested && untested < error);
    assert_true(error < strstr(r.out, "{\"portfolio\":"));
    /* the one diagnostic printed, at its place */
    assert_int_equal(count_of(r.err, "error:"), 1);
    assert_true(has(r.err, jql_sprintf("%s:5:36: error: wrong value for 'employees'", path)));
    assert_false(r.had_error);
    assert_int_equal(r.rep.ndiags, 0);
}

/* Records that do not parse, in each format, fail alone: the employers after them are
   read, and each error is on its own employer (named by its line or row when its name
   could not be read). */
static void file__bad_records__others_still_evaluated(void **state)
{
    const char *jsonl = file(state, "b.jsonl",
                             "{\"employer\": \"J1\", \"pay.lowest_hourly_wage\": 16}\n"
                             "{\"employer\": \"Broken\", \"pay.lowest_hourly_wage\": 16,}\n"
                             "not json\n"
                             "{\"employer\": \"J2\", \"pay.lowest_hourly_wage\": 17}\n");
    const char *csv = file(state, "b.csv",
                           "employer,pay.lowest_hourly_wage\n"
                           "C1,16\n"
                           "Ragged,16,x\n"
                           "C2,$14/hour\n");
    const char *facts = file(state, "b.facts",
                             "employer \"F1\" { pay.lowest_hourly_wage = $16/hour }\n"
                             "employer \"Bad\" { pay.lowest_hourly_wage = = }\n"
                             "employer \"F2\" { pay.lowest_hourly_wage = $15/hour }\n");
    struct result r = run((const char *[]){jsonl, csv, facts, NULL});
    check_counts(&r, 5, 1, 0, 4);
    check_emp(&r, "J1", 0, "pass", NULL);
    check_emp(&r, "Broken", 0, "error",
              "invalid JSON: a ',' before '}' (JSON has no trailing commas)");
    check_emp(&r, "(line 3)", 0, "error", "invalid JSON: an employer is a JSON object");
    check_emp(&r, "J2", 0, "pass", NULL);
    check_emp(&r, "C1", 0, "pass", NULL);
    check_emp(&r, "Ragged", 0, "error", "row 3 has 3 cells, the header 2");
    check_emp(&r, "C2", 0, "fail", NULL);
    check_emp(&r, "F1", 0, "pass", NULL);
    assert_true(has(emp_line(&r, "Bad", 0), "\"status\":\"error\""));
    assert_true(has(emp_line(&r, "Bad", 0), jql_sprintf("\"file\":\"%s\",\"line\":2", facts)));
    check_emp(&r, "F2", 0, "pass", NULL);
    assert_true(has(r.err, jql_sprintf("%s:3:1: error: invalid JSON", jsonl)));
    assert_true(has(r.err, jql_sprintf("%s:3:1: error: row 3 has 3 cells", csv)));
    assert_true(has(r.err, jql_sprintf("%s:2:", facts)));
    assert_false(r.had_error); /* every error belongs to an employer */
    assert_int_equal(r.rep.ndiags, 0);
}

/* A .facts syntax error outside every employer block belongs to no employer: kept in the
   report, and the run had an error; the employers still count. */
static void file__facts_error_outside_employers__file_diagnostic(void **state)
{
    const char *facts = file(state, "c.facts",
                             "oops = 1\n"
                             "employer \"A\" { pay.lowest_hourly_wage = $16/hour }\n");
    struct result r = run((const char *[]){facts, NULL});
    check_counts(&r, 1, 0, 0, 0);
    check_emp(&r, "A", 0, "pass", NULL);
    assert_int_equal(r.rep.ndiags, 1);
    assert_int_equal(r.rep.diags[0]->sev, JQL_SEV_ERROR);
    assert_string_equal(jql_loc_str(r.rep.diags[0]->loc), jql_sprintf("%s:1:1", facts));
    assert_true(r.had_error);
}

/* A JSON document that stops parsing keeps the employers read before it. */
static void file__json_document_error__employers_before_kept(void **state)
{
    const char *json = file(state, "d.json",
                            "[{\"employer\": \"A\", \"pay.lowest_hourly_wage\": 16},\n"
                            " {\"employer\": \"B\"} x]\n");
    struct result r = run((const char *[]){json, NULL});
    check_counts(&r, 1, 0, 1, 0);
    assert_int_equal(r.rep.ndiags, 1);
    assert_string_equal(r.rep.diags[0]->msg, "invalid JSON: expected ',' or ']' between employers");
    assert_string_equal(jql_loc_str(r.rep.diags[0]->loc), jql_sprintf("%s:2:20", json));
    assert_true(has(r.err, jql_sprintf("%s:2:20: error: invalid JSON", json)));
    assert_true(r.had_error);
}

/* A file that cannot be read, an empty CSV file, a CSV header without the name column:
   an error that names the file, belongs to no employer, and does not stop the run. */
static void file__unreadable_or_unnamed__error_run_goes_on(void **state)
{
    const char *missing = jql_sprintf("%s/missing.jsonl", (const char *)*state);
    const char *empty = file(state, "empty.csv", "");
    const char *noname = file(state, "noname.csv", "name,employees\nA,1\n");
    const char *good = file(state, "good.jsonl", "{\"employer\": \"A\"}\n");
    struct result r = run((const char *[]){missing, empty, noname, good, NULL});
    check_counts(&r, 0, 0, 1, 0);
    assert_int_equal(r.rep.ndiags, 3);
    assert_string_equal(r.rep.diags[0]->msg,
                        jql_sprintf("cannot read '%s': No such file or directory", missing));
    assert_string_equal(r.rep.diags[0]->file, missing);
    assert_string_equal(r.rep.diags[1]->msg,
                        jql_sprintf("cannot read '%s': the CSV file is empty", empty));
    assert_string_equal(r.rep.diags[1]->file, empty);
    assert_string_equal(r.rep.diags[2]->msg,
                        "the header has no column 'employer' with the employers' names");
    assert_string_equal(jql_loc_str(r.rep.diags[2]->loc), jql_sprintf("%s:1:1", noname));
    assert_true(r.had_error);
    assert_int_equal(count_of(r.err, "error:"), 3);
}

/* Undeclared keys: one warning per file and key after the file's employers (which stay
   as they are); under --strict an error, and the employers concerned are error. */
static void file__undeclared_keys__per_file_and_strict(void **state)
{
    const char *jsonl = file(state, "u.jsonl",
                             "{\"employer\": \"A\", \"zzz\": 1, \"pay.lowest_hourly_wage\": 16}\n"
                             "{\"employer\": \"B\", \"zzz\": 2, \"pay.lowest_hourly_wage\": 16}\n"
                             "{\"employer\": \"C\", \"pay.lowest_hourly_wage\": 16}\n");
    struct result r = run((const char *[]){jsonl, NULL});
    check_counts(&r, 3, 0, 0, 0);
    assert_int_equal(r.rep.ndiags, 1);
    assert_int_equal(r.rep.diags[0]->sev, JQL_SEV_WARNING);
    assert_string_equal(r.rep.diags[0]->msg, "unknown fact 'zzz' (in 2 employers)");
    assert_true(has(r.err, jql_sprintf("%s:1:19: warning: unknown fact 'zzz' (in 2 employers)",
                                       jsonl)));
    assert_false(r.had_error);
    r = run_opts((struct jql_drv_opts){.input = -1, .strict = true},
                 (const char *[]){jsonl, NULL});
    check_counts(&r, 1, 0, 0, 2);
    check_emp(&r, "A", 0, "error", "unknown fact 'zzz'");
    check_emp(&r, "C", 0, "pass", NULL);
    assert_int_equal(r.rep.ndiags, 1);
    assert_int_equal(r.rep.diags[0]->sev, JQL_SEV_ERROR);
    assert_int_equal(count_of(r.err, "unknown fact 'zzz'"), 1); /* printed once, per file */
    assert_true(r.had_error);
}

/* ---- duplicate names ---- */

/* One name in several files of every format: each later one gets a warning at its name
   with a note at the first; all are evaluated. Names are compared exactly. */
static void duplicates__across_files_and_formats__warned_at_later(void **state)
{
    const char *facts = file(state, "a.facts",
                             "employer \"Acme\" { pay.lowest_hourly_wage = $16/hour }\n");
    const char *jsonl = file(state, "a.jsonl",
                             "{\"employer\": \"acme\"}\n"
                             "{\"employer\": \"Acme\", \"pay.lowest_hourly_wage\": 14}\n");
    const char *csv = file(state, "a.csv", "employees,employer\n3,Acme\n");
    const char *json = file(state, "a.json", "[\n  {\"employer\": \"Acme\"}]");
    struct result r = run((const char *[]){facts, jsonl, csv, json, NULL});
    check_counts(&r, 1, 1, 3, 0);
    check_emp(&r, "Acme", 0, "pass", NULL);
    check_emp(&r, "acme", 0, "untested", NULL);
    check_emp(&r, "Acme", 1, "fail", "duplicate employer \\\"Acme\\\"");
    check_emp(&r, "Acme", 2, "untested", "duplicate employer \\\"Acme\\\"");
    check_emp(&r, "Acme", 3, "untested", "duplicate employer \\\"Acme\\\"");
    assert_int_equal(count_of(r.err, "warning: duplicate employer \"Acme\""), 3);
    assert_int_equal(count_of(r.err, jql_sprintf("%s:1:10: note: first listed here\n", facts)), 3);
    assert_true(has(r.err, jql_sprintf("%s:2:14: warning: duplicate employer", jsonl)));
    assert_true(has(r.err, jql_sprintf("%s:2:2: warning: duplicate employer", csv)));
    assert_true(has(r.err, jql_sprintf("%s:2:16: warning: duplicate employer", json)));
    /* the note is in the employer's report too, at the first place */
    assert_true(has(emp_line(&r, "Acme", 1),
                    jql_sprintf("\"notes\":[\"%s:1:10: first listed here\"]", facts)));
    assert_false(r.had_error);
}

/* One file given twice: every employer in it twice, the note says why. */
static void duplicates__same_file_twice__note_says_so(void **state)
{
    const char *jsonl =
        file(state, "twice.jsonl", "{\"employer\": \"A\"}\n{\"employer\": \"B\"}\n");
    struct result r = run((const char *[]){jsonl, jsonl, NULL});
    check_counts(&r, 0, 0, 4, 0);
    assert_int_equal(count_of(r.err, "note: first listed here: the same file is given twice"), 2);
    assert_true(has(r.err, jql_sprintf("%s:2:14: note: first listed here: the same file",
                                       jsonl)));
}

/* --strict: the later employer of a name is error (the first is evaluated as usual). */
static void duplicates__strict__later_employer_error(void **state)
{
    const char *jsonl = file(state, "s.jsonl",
                             "{\"employer\": \"A\", \"pay.lowest_hourly_wage\": 16}\n"
                             "{\"employer\": \"A\", \"pay.lowest_hourly_wage\": 16}\n");
    struct result r = run_opts((struct jql_drv_opts){.input = -1, .strict = true},
                               (const char *[]){jsonl, NULL});
    check_counts(&r, 1, 0, 0, 1);
    check_emp(&r, "A", 0, "pass", NULL);
    check_emp(&r, "A", 1, "error", "duplicate employer \\\"A\\\"");
    assert_true(has(r.err, jql_sprintf("%s:2:14: error: duplicate employer \"A\"", jsonl)));
    assert_false(r.had_error); /* it is the employer's error, counted */
}

/* ---- options ---- */

/* --input reads every file as that kind whatever its name; --name-key names the key (or
   column) holding the name. */
static void opts__input_kind_and_name_key__override_defaults(void **state)
{
    const char *data = file(state, "x.data",
                            "{\"name\": \"Acme\", \"pay\": {\"lowest_hourly_wage\": 15}}\n");
    struct result r = run_opts((struct jql_drv_opts){.input = JQL_IN_JSONL, .name_key = "name"},
                               (const char *[]){data, NULL});
    check_counts(&r, 1, 0, 0, 0);
    check_emp(&r, "Acme", 0, "pass", NULL);
    const char *csv = file(state, "n.csv", "name,pay.lowest_hourly_wage\nBeta,14\n");
    r = run_opts((struct jql_drv_opts){.input = -1, .name_key = "name"},
                 (const char *[]){csv, NULL});
    check_emp(&r, "Beta", 0, "fail", NULL);
    /* without --input, an unknown extension is read as .facts */
    const char *facts = file(state, "y.txt", "employer \"Gamma\" {}\n");
    r = run((const char *[]){facts, NULL});
    check_emp(&r, "Gamma", 0, "untested", NULL);
}

/* With a stamp, each fact file is listed with the SHA-256 of its bytes; without, none. */
static void opts__stamp__fact_files_hashed(void **state)
{
    const char *path = file(state, "abc.jsonl", "abc");
    struct result r = run_opts((struct jql_drv_opts){.input = -1, .stamp = true},
                               (const char *[]){path, NULL});
    assert_int_equal(r.rep.nfiles, 1);
    assert_string_equal(r.rep.files[0].path, path);
    assert_string_equal(r.rep.files[0].kind, "facts");
    assert_string_equal(r.rep.files[0].sha256,
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check_counts(&r, 0, 0, 0, 1); /* "abc" is no JSON: one employer in error */
    r = run((const char *[]){path, NULL});
    assert_int_equal(r.rep.nfiles, 0);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(file__jsonl__each_employer_counted_and_written),
        cmocka_unit_test(file__bad_records__others_still_evaluated),
        cmocka_unit_test(file__facts_error_outside_employers__file_diagnostic),
        cmocka_unit_test(file__json_document_error__employers_before_kept),
        cmocka_unit_test(file__unreadable_or_unnamed__error_run_goes_on),
        cmocka_unit_test(file__undeclared_keys__per_file_and_strict),
        cmocka_unit_test(duplicates__across_files_and_formats__warned_at_later),
        cmocka_unit_test(duplicates__same_file_twice__note_says_so),
        cmocka_unit_test(duplicates__strict__later_employer_error),
        cmocka_unit_test(opts__input_kind_and_name_key__override_defaults),
        cmocka_unit_test(opts__stamp__fact_files_hashed),
    };
    return cmocka_run_group_tests_name("driver", tests, dir_setup, dir_teardown);
}
