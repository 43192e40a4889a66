/*
** report_rows: what the writers of report.c and report_*.c share (docs/cli.md, Report
** formats): an employer's rule outcomes as rows, the text of a diagnostic, the
** escaping each format needs, and the begin / unit / end steps of the CSV, TAP, JUnit
** and SARIF writers, which report.c's sink calls. Not for other modules.
*/
#ifndef JQL_REPORT_ROWS_H
#define JQL_REPORT_ROWS_H

#include "report.h"

/* A status byte as its enum; a byte out of range reads as error. */
static inline enum jql_status jql_report_status(uint8_t st)
{
    return st < JQL_NSTATUS ? (enum jql_status)st : JQL_ERROR;
}

/* One rule outcome of one employer: a CSV row, a TAP test, a JUnit testcase. */
struct jql_report_row {
    const char *std, *rule;           /* unqualified ids */
    const struct jql_rrule *ru;       /* title, level, cite, advice */
    uint8_t status;                   /* enum jql_status */
    const char *reason;               /* "" when it passed */
    const char *const *missing; int nmissing;
};

typedef void jql_report_row_fn(void *arg, const struct jql_report_row *row);

/* Each rule of e in order. An employer whose facts did not load (no standards) gives
   every rule of the report, status error, with its first error as the reason, so that
   every employer has one row per rule (docs/cli.md, Report formats). */
void jql_report_rows(const struct jql_report *r, const struct jql_remployer *e,
                     jql_report_row_fn *fn, void *arg);
/* e's rows counted by status. */
void jql_report_row_counts(const struct jql_report *r, const struct jql_remployer *e,
                           int counts[JQL_NSTATUS]);
/* "file:line:col: message", or "file: message" / "message" when unlocated. */
const char *jql_report_diag_text(const struct jql_diag *dg);
/* The file a diagnostic is about ("" when none) and its line (0 when unlocated). */
const char *jql_report_diag_file(const struct jql_diag *dg);
int jql_report_diag_line(const struct jql_diag *dg);
/* The number of diagnostics of r->diags (problems outside every employer) that are
   errors: each is one more row in CSV, TAP and JUnit. */
int jql_report_outside_errors(const struct jql_report *r);

/* ---- escaping (unit-tested in tests/unit/test_report_formats.c) ---- */

/* The length of the run at s that every format writes as it is: printable ASCII, tab,
   valid UTF-8 that a terminal may get raw (jql_term_unsafe), none of `special`. */
size_t jql_report_plain_run(const char *s, size_t n, const char *special);
/* A CSV field (RFC 4180, quoted only when it holds a comma, a quote, CR or LF), its
   text made safe as the text report's (newlines kept, inside the quotes). */
void jql_report_csv_field(FILE *out, const char *s);
/* XML character data (attr false) or a double-quoted attribute value (attr true). */
void jql_report_xml(FILE *out, const char *s, bool attr);
/* One line of TAP text: a test's description or a SKIP reason (`\` and `#` escaped). */
void jql_report_tap_text(FILE *out, const char *s);
/* A relative or absolute file path as a URI reference, for SARIF. */
void jql_report_uri(FILE *out, const char *path);

/* ---- the writers: begin, one employer (a unit), end ---- */

void jql_report_csv_begin(FILE *out, const struct jql_report *r);
void jql_report_csv_unit(FILE *out, const struct jql_report *r, const struct jql_remployer *e);
void jql_report_csv_end(FILE *out, const struct jql_report *r);

void jql_report_tap_begin(FILE *out, const struct jql_report *r);
void jql_report_tap_unit(FILE *out, const struct jql_report *r, const struct jql_remployer *e);
/* n: employers written */
void jql_report_tap_end(FILE *out, const struct jql_report *r, int n);

void jql_report_junit_begin(FILE *out, const struct jql_report *r);
void jql_report_junit_unit(FILE *out, const struct jql_report *r,
                           const struct jql_remployer *e);
void jql_report_junit_end(FILE *out, const struct jql_report *r);

/* A SARIF unit writes each of its results after a comma: the sink drops the comma of
   the first result of the run (jql_sink_unit_bytes). */
void jql_report_sarif_begin(FILE *out, const struct jql_report *r);
void jql_report_sarif_unit(FILE *out, const struct jql_report *r,
                           const struct jql_remployer *e);
/* any_result: some unit wrote a result */
void jql_report_sarif_end(FILE *out, const struct jql_report *r, bool any_result);

#endif
