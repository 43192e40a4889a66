/*
** report_csv: `--format csv` (docs/cli.md, The CSV report). A header, then one row per
** employer and rule, written as each employer is evaluated; RFC 4180 with CRLF line
** ends and minimal quoting. Problems outside every employer that are errors (a fact
** file that does not read) are one row each at the end, with no employer.
*/
#include "report_rows.h"

#include "mem.h"

#include <string.h>

struct csv_emp {
    FILE *out;
    const struct jql_remployer *e;
};

static void csv_sep(FILE *out) { fputc(',', out); }

static void csv_row(void *arg, const struct jql_report_row *row)
{
    const struct csv_emp *c = arg;
    FILE *out = c->out;
    jql_report_csv_field(out, c->e->name);
    csv_sep(out);
    jql_report_csv_field(out, c->e->file);
    fprintf(out, ",%d,", c->e->line);
    jql_report_csv_field(out, row->std);
    csv_sep(out);
    jql_report_csv_field(out, row->rule);
    csv_sep(out);
    jql_report_csv_field(out, row->ru->level);
    csv_sep(out);
    fputs(jql_status_name(jql_report_status(row->status)), out);
    csv_sep(out);
    jql_report_csv_field(out, row->reason);
    csv_sep(out);
    jql_report_csv_field(out, row->nmissing ? jql_join(row->missing, row->nmissing, ";") : "");
    csv_sep(out);
    jql_report_csv_field(out, row->ru->cite);
    fputs("\r\n", out);
}

void jql_report_csv_begin(FILE *out, const struct jql_report *r)
{
    fputs("employer,file,line,standard,rule,level,status,reason,missing,cite\r\n", out);
}

void jql_report_csv_unit(FILE *out, const struct jql_report *r, const struct jql_remployer *e)
{
    struct csv_emp c = {out, e};
    jql_report_rows(r, e, csv_row, &c);
}

/* ,FILE,LINE,,,,error,MESSAGE,, : the line empty when the problem has none */
void jql_report_csv_end(FILE *out, const struct jql_report *r)
{
    for (int i = 0; i < r->ndiags; i++) {
        const struct jql_diag *dg = r->diags[i];
        if (dg->sev != JQL_SEV_ERROR)
            continue;
        csv_sep(out);
        jql_report_csv_field(out, jql_report_diag_file(dg));
        csv_sep(out);
        if (jql_report_diag_line(dg))
            fprintf(out, "%d", jql_report_diag_line(dg));
        fputs(",,,,error,", out);
        jql_report_csv_field(out, jql_report_diag_text(dg));
        fputs(",,\r\n", out);
    }
}
