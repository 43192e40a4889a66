/*
** report_port: the portfolio summary and goals (port.h) as text, JSON and JSON Lines
** (docs/cli.md, "The portfolio summary"). The other writers (report.c) call these at
** the end of a run.
*/
#ifndef JQL_REPORT_PORT_H
#define JQL_REPORT_PORT_H

#include "port.h"
#include "report.h"

#include <stdio.h>

/* Text: tiers and standards with their shares and bounds, evidence, the missing-evidence
   table (top 20), weighted shares and groups (--summary), then the goals. */
void jql_report_port_text(FILE *out, const struct jql_report *r);
/* Only the goals, for the text report without --summary. */
void jql_report_goals_text(FILE *out, const struct jql_report *r);

/* JSON: `"portfolio": {...}, "goals": [...]` as members of an object (no comma before);
   pretty at indentation `ind` (2 spaces a level), or compact when ind < 0. */
void jql_report_port_json(FILE *out, const struct jql_report *r, int ind);

#endif
