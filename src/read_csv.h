/*
** read_csv: employers from CSV (RFC 4180; docs/language.md §9, "Facts from JSON
** and CSV"). The first row names the columns: the employer's name (`employer`, or
** --name-key), fact paths (`pay.lowest_hourly_wage`), collection members
** (`job[Cook].hourly_wage`) and collections (`job`, holding `[]` when there are
** none). Each following row is one employer; an element exists in a row when one
** of its cells there is not empty. Locations are FILE:ROW:COL, COL the column.
*/
#ifndef JQL_READ_CSV_H
#define JQL_READ_CSV_H

#include "factb.h"

/* Every employer of the CSV text `file`, handed to `each` as it is read. Problems with
   the header are recorded in `d`; a row with the wrong number of cells is an error for
   that employer, and reading goes on with the next row. */
void jql_read_csv_text(struct jql_fb *fb, const struct jql_source *file, const char *name_key,
                       struct jql_diags *d, void (*each)(struct jql_employer *e, void *ctx),
                       void *ctx);

#endif
