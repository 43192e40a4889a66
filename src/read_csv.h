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

/* A CSV file's columns, from its header row. */
struct jql_csv;

/* The header `hdr` (the file's first row, as a part of the file with `csv` set: see
   source.h); NULL, reported in d, when it names no employer column or does not parse. */
struct jql_csv *jql_csv_header(const struct jql_source *hdr, const char *name_key,
                               struct jql_diags *d);
/* One row (`rowno`, 2 for the first after the header) into the builder: always an
   employer; one whose row has the wrong number of cells, no name, or a quote that is
   never closed is failed. The header is only read: threads may share it. */
struct jql_employer *jql_csv_row(const struct jql_csv *x, struct jql_fb *fb,
                                 const struct jql_source *row, int rowno);

#endif
