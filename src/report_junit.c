/*
** report_junit: `--format junit` (docs/cli.md, The JUnit report). JUnit XML as CI
** servers read it: a <testsuite> per employer, written as it is evaluated (its counts
** are its own, so they are known then), a <testcase> per rule. Problems outside every
** employer that are errors make one last <testsuite name="fact files">.
*/
#include "report_rows.h"

#include "mem.h"

#include <string.h>

static void junit_attr(FILE *out, const char *name, const char *val)
{
    fprintf(out, " %s=\"", name);
    jql_report_xml(out, val, true);
    fputc('"', out);
}

static void junit_property(FILE *out, const char *name, const char *val)
{
    fputs("      <property", out);
    junit_attr(out, "name", name);
    junit_attr(out, "value", val);
    fputs("/>\n", out);
}

/* The body of a <failure> or <error>: the reason, then what a reader acts on. */
static void junit_detail(FILE *out, const struct jql_report_row *row)
{
    jql_report_xml(out, row->reason, false);
    if (row->nmissing) {
        fputs("\nmissing: ", out);
        jql_report_xml(out, jql_join(row->missing, row->nmissing, ", "), false);
    }
    if (jql_report_status(row->status) != JQL_FAIL)
        return;
    if (*row->ru->advice) {
        fputs("\nadvice: ", out);
        jql_report_xml(out, row->ru->advice, false);
    }
    if (*row->ru->cite) {
        fputs("\ncite: ", out);
        jql_report_xml(out, row->ru->cite, false);
    }
}

static void junit_testcase(void *arg, const struct jql_report_row *row)
{
    FILE *out = arg; /* the row callback's argument */
    enum jql_status st = jql_report_status(row->status);
    fputs("    <testcase", out);
    junit_attr(out, "classname", row->std);
    junit_attr(out, "name", row->rule);
    if (st == JQL_PASS) {
        fputs("/>\n", out);
        return;
    }
    fputs(">\n      ", out);
    if (st == JQL_UNTESTED || st == JQL_NOT_APPLICABLE) {
        fputs("<skipped", out);
        junit_attr(out, "message", jql_sprintf("%s: %s", jql_status_name(st), row->reason));
        fputs("/>", out);
    } else {
        const char *el = st == JQL_FAIL ? "failure" : "error";
        fprintf(out, "<%s", el);
        junit_attr(out, "message", row->reason);
        junit_attr(out, "type", jql_status_name(st));
        fputc('>', out);
        junit_detail(out, row);
        fprintf(out, "</%s>", el);
    }
    fputs("\n    </testcase>\n", out);
}

/* <testsuite name=... tests=... failures=... errors=... skipped=...> */
static void junit_suite_open(FILE *out, const char *name, int tests, const int c[JQL_NSTATUS])
{
    fputs("  <testsuite", out);
    junit_attr(out, "name", name);
    fprintf(out, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">\n", tests,
            c[JQL_FAIL], c[JQL_ERROR], c[JQL_UNTESTED] + c[JQL_NOT_APPLICABLE]);
}

void jql_report_junit_begin(FILE *out, const struct jql_report *r)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"jqlc\">\n", out);
}

void jql_report_junit_unit(FILE *out, const struct jql_report *r,
                           const struct jql_remployer *e)
{
    int c[JQL_NSTATUS];
    jql_report_row_counts(r, e, c);
    int tests = 0;
    for (int i = 0; i < JQL_NSTATUS; i++)
        tests += c[i];
    junit_suite_open(out, e->name, tests, c);
    fputs("    <properties>\n", out);
    junit_property(out, "file", e->file);
    junit_property(out, "line", jql_sprintf("%d", e->line));
    junit_property(out, "status", jql_status_name(jql_report_status(e->status)));
    junit_property(out, "tiers", jql_join(e->tiers, e->ntiers, ", "));
    fputs("    </properties>\n", out);
    jql_report_rows(r, e, junit_testcase, out);
    fputs("  </testsuite>\n", out);
}

/* One <testcase> per error outside every employer: classname the file, name its
   place. */
static void junit_outside(FILE *out, const struct jql_report *r)
{
    int nerr = jql_report_outside_errors(r);
    if (!nerr)
        return;
    int c[JQL_NSTATUS] = {[JQL_ERROR] = nerr};
    junit_suite_open(out, "fact files", nerr, c);
    for (int i = 0; i < r->ndiags; i++) {
        const struct jql_diag *dg = r->diags[i];
        if (dg->sev != JQL_SEV_ERROR)
            continue;
        fputs("    <testcase", out);
        junit_attr(out, "classname", jql_report_diag_file(dg));
        junit_attr(out, "name", dg->loc.src ? jql_loc_str(dg->loc) : jql_report_diag_file(dg));
        fputs(">\n      <error", out);
        junit_attr(out, "message", dg->msg);
        fputs(" type=\"error\">", out);
        jql_report_xml(out, jql_report_diag_text(dg), false);
        fputs("</error>\n    </testcase>\n", out);
    }
    fputs("  </testsuite>\n", out);
}

void jql_report_junit_end(FILE *out, const struct jql_report *r)
{
    junit_outside(out, r);
    fputs("</testsuites>\n", out);
}
