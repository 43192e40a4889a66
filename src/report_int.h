/*
** report_int.h: what the public report formats (markdown: report_md.c, html:
** report_html.c) share with each other and with report.c's sinks: the spool of
** employers, text made safe for each format, and the texts of shares
** (docs/cli.md, "Markdown and HTML reports").
*/
#ifndef JQL_REPORT_INT_H
#define JQL_REPORT_INT_H

#include "port.h"
#include "report.h"

#include <stdio.h>

enum { JQL_MIN_CELL_DEFAULT = 3 };

/* ---- the sink's spool (report_pub.c) ---- */

/* At begin: the temporary file the employers go to until the end (in $TMPDIR, else
   /tmp; removed from its folder at once), unless the report shows no employer. */
void jql_pub_begin(struct jql_sink *s);
/* Where an employer is written: the spool of the run's sink, or the job's stream. */
FILE *jql_pub_unit_out(const struct jql_sink *s);
/* After an employer is written: a failed write to the spool recorded, with its reason. */
void jql_pub_written(struct jql_sink *s);
/* Close the spool unread (its employers are lost: no report). */
void jql_pub_drop(struct jql_sink *s);
/* Copy the spooled employers to s->out and close the spool. */
void jql_pub_copy(struct jql_sink *s);

/* ---- text ---- */

enum jql_pub_esc {
    JQL_ESC_HTML,       /* & < > " ' as character references; one line */
    JQL_ESC_HTML_LINES, /* the same, newlines kept */
    JQL_ESC_MD,         /* Markdown: inline syntax and table pipes escaped; one line */
};
/* s (NULL writes nothing) escaped for the format; characters that must not be shown raw
   (controls, bidirectional overrides, bytes that are not UTF-8) as the text report shows
   them, <U+XXXX> and <XX> (docs/cli.md, Security). */
void jql_pub_text(FILE *out, const char *s, enum jql_pub_esc how);

enum jql_status jql_pub_status(uint8_t st);

/* "62.5% (58.0–71.3%)", "n/a (0.0–100.0%)" or "n/a" (buf of JQL_PUB_SHARE_MAX). */
enum { JQL_PUB_SHARE_MAX = 64 };
void jql_pub_share(const struct jql_share_text *t, char buf[JQL_PUB_SHARE_MAX]);
/* A share text ("62.5%") in tenths of a percent (625); -1 for none. */
int jql_pub_tenths(const char *pct);
/* An amount: a count (digits < 0) or a weight's sum with its type's digits. */
void jql_pub_amount(FILE *out, jql_dec a, int digits);
/* Employers of a portfolio, all statuses. */
int64_t jql_pub_employers(const struct jql_portfolio *p);
/* The smallest group whose shares are shown (o->min_cell, or the default). */
int jql_pub_min_cell(const struct jql_report_opts *o);
/* A goal's comparison, "≥ 75%"; its measure, "reaching TIER [weighted by FACT]". */
const char *jql_pub_goal_target(const struct jql_goal *g);
/* "YYYY-MM-DD", or "" without a deadline. */
const char *jql_pub_goal_deadline(const struct jql_goal *g);
const char *jql_pub_goal_status(uint8_t st); /* "met", "not met", "undecided" */

/* ---- the writers ---- */

void jql_md_employer(FILE *out, const struct jql_remployer *e);
void jql_md_end(struct jql_sink *s);
void jql_html_employer(FILE *out, const struct jql_remployer *e);
void jql_html_end(struct jql_sink *s);

#endif
