/*
** report_tap: `--format tap` (docs/cli.md, The TAP report). TAP version 14, one test per
** employer and rule, written as each employer is evaluated: a test point without a
** number (a thread writing one employer does not know how many came before), a YAML
** block for each rule that did not pass, and the plan last, as TAP allows.
*/
#include "report_rows.h"

#include "mem.h"

#include <string.h>

struct tap_emp {
    FILE *out;
    const struct jql_remployer *e;
};

/* A YAML line `  KEY: "VALUE"`: a JSON string is a YAML double-quoted scalar. */
static void tap_yaml_str(FILE *out, const char *key, const char *val)
{
    fprintf(out, "  %s: ", key);
    jql_json_string(out, val);
    fputc('\n', out);
}

static void tap_yaml(FILE *out, const struct jql_remployer *e, const struct jql_report_row *row)
{
    enum jql_status st = jql_report_status(row->status);
    fprintf(out, "  ---\n  status: %s\n", jql_status_name(st));
    tap_yaml_str(out, "reason", row->reason);
    fputs("  missing: [", out);
    for (int i = 0; i < row->nmissing; i++) {
        fputs(i ? ", " : "", out);
        jql_json_string(out, row->missing[i]);
    }
    fputs("]\n", out);
    tap_yaml_str(out, "employer", e->name);
    tap_yaml_str(out, "file", e->file);
    fprintf(out, "  line: %d\n", e->line);
    tap_yaml_str(out, "level", row->ru->level);
    if (st == JQL_FAIL && *row->ru->advice)
        tap_yaml_str(out, "advice", row->ru->advice);
    if (st == JQL_FAIL && *row->ru->cite)
        tap_yaml_str(out, "cite", row->ru->cite);
    fputs("  ...\n", out);
}

/* ok - EMPLOYER: STD.RULE, with # SKIP STATUS: REASON for untested and not_applicable. */
static void tap_test(void *arg, const struct jql_report_row *row)
{
    const struct tap_emp *t = arg;
    FILE *out = t->out;
    enum jql_status st = jql_report_status(row->status);
    fputs(st == JQL_FAIL || st == JQL_ERROR ? "not ok - " : "ok - ", out);
    jql_report_tap_text(out, t->e->name);
    fputs(": ", out);
    jql_report_tap_text(out, row->std);
    fputc('.', out);
    jql_report_tap_text(out, row->rule);
    if (st == JQL_UNTESTED || st == JQL_NOT_APPLICABLE) {
        fprintf(out, " # SKIP %s: ", jql_status_name(st));
        jql_report_tap_text(out, row->reason);
    }
    fputc('\n', out);
    if (st != JQL_PASS)
        tap_yaml(out, t->e, row);
}

void jql_report_tap_begin(FILE *out, const struct jql_report *r)
{
    fputs("TAP version 14\n", out);
}

void jql_report_tap_unit(FILE *out, const struct jql_report *r, const struct jql_remployer *e)
{
    struct tap_emp t = {out, e};
    jql_report_rows(r, e, tap_test, &t);
}

/* The problems outside every employer that are errors, one failing test each; then the
   plan: every employer has one test per rule. */
void jql_report_tap_end(FILE *out, const struct jql_report *r, int n)
{
    for (int i = 0; i < r->ndiags; i++) {
        const struct jql_diag *dg = r->diags[i];
        if (dg->sev != JQL_SEV_ERROR)
            continue;
        fputs("not ok - ", out);
        const char *file = jql_report_diag_file(dg);
        jql_report_tap_text(out, *file ? file : "facts");
        fputs("\n  ---\n  status: error\n", out);
        tap_yaml_str(out, "reason", jql_report_diag_text(dg));
        fputs("  ...\n", out);
    }
    long tests = (long)n * r->nrules + jql_report_outside_errors(r);
    fprintf(out, tests ? "1..%ld\n" : "1..%ld # SKIP no employer\n", tests);
}
