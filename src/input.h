/*
** input: a fact file read in chunks and cut into records, so that a run holds one
** employer's text at a time whatever the file's size (docs/cli.md, "Fact files").
** A record is what one reader turns into employers: a line of JSON Lines, a row of
** CSV (the header first), an element of a JSON document's array (or the lone
** object), or for .facts the text from one line that starts `employer "` to the
** next. Every byte read is also hashed, for the report's stamp.
*/
#ifndef JQL_INPUT_H
#define JQL_INPUT_H

#include "diag.h"

#include <stdbool.h>
#include <stddef.h>

enum jql_input_kind { JQL_IN_FACTS, JQL_IN_JSON, JQL_IN_JSONL, JQL_IN_CSV };

/* The kind for an --input name ("facts", "json", "jsonl", "csv"), or -1. */
int jql_input_kind_named(const char *name);
/* The kind for a file name's extension (.facts, .json, .jsonl or .ndjson, .csv), or -1. */
int jql_input_kind_of(const char *path);

struct jql_record {
    const char *text; /* valid until the next jql_input_next */
    size_t len;
    int line0;        /* lines of the file before the record (0-based line of its start) */
    int col0;         /* columns before its first byte on that line */
    int number;       /* 1 for the first record (for CSV: the header) */
};

struct jql_input;

/* Open `path` ("-": standard input) to be read as `kind`, hashing what is read when
   `hash` (for the stamp); NULL, reported in d, when it cannot be opened. */
struct jql_input *jql_input_open(const char *path, enum jql_input_kind kind, bool hash,
                                 struct jql_diags *d);
/* The file's name as diagnostics show it. */
const char *jql_input_name(const struct jql_input *in);
/* The next record; false at the end of the file, or after an error that loses the
   reader's place (a JSON document that does not parse, a read error, a record over the
   size limit), which is reported in d, located. */
bool jql_input_next(struct jql_input *in, struct jql_record *r, struct jql_diags *d);
/* Whether reading stopped on an error (already reported), not at the end of the file. */
bool jql_input_failed(const struct jql_input *in);
/* Close; the SHA-256 of every byte read, as hex ("" when not hashed). */
void jql_input_close(struct jql_input *in, char sha256[65]);

#endif
