/*
** source: a loaded text (rule file, fact file or built-in library file),
** its line index, and conversion of byte offsets to 1-based line/column.
** Columns count Unicode scalar values, so a caret lines up under UTF-8 text.
*/
#ifndef JQL_SOURCE_H
#define JQL_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct jql_source {
    const char *name; /* as shown in diagnostics: "rules/pay.jq", "stdlib/default.jq" */
    const char *path; /* identity for "load once": real path, or "std/..." for built-ins */
    const char *text; /* NUL-terminated copy; may contain NUL bytes before len */
    size_t len;
    uint32_t body; /* where the text starts: 3 after a UTF-8 byte-order mark, which no
                      token, line or column counts (every Excel export has one), else 0 */
    uint32_t *line_starts; /* byte offset of each line's first byte: see jql_source_lines */
    int nlines;
    /* A part of a larger file (one record of JSON Lines, CSV or JSON): the lines of the
       file before the text, and the columns before its first byte on its first line;
       0 for a whole file. Reported lines and columns are the file's. */
    int line0, col0;
    bool csv;    /* a CSV row: columns are counted in cells, not characters */
    int file_no; /* parts of one reading of a file share it (`check a.facts a.facts`) */
    bool part;   /* made by jql_source_part: one record of a file read in records */
    bool bare;   /* holds only the located text, not its line: shown without an excerpt */
    bool view;   /* the text is not its own (jql_source_view) */
    bool memo_set;
    struct jql_source_memo {
        uint32_t off; /* the last place located (jql_source_linecol) */
        int line;     /* its line (0-based, in the text) */
        int col;      /* its column (1-based, on that line) */
        bool quoted;  /* CSV: inside a quoted cell there */
        bool start;   /* CSV: at the start of a cell there */
    } memo;
};

/* A span of source text: byte offsets [start, end). src may be NULL (no location). */
struct jql_loc {
    const struct jql_source *src;
    uint32_t start, end;
};

/* Make a source from memory (the text is copied, a byte-order mark included). */
struct jql_source *jql_source_new(const char *name, const char *path, const char *text,
                                  size_t len);

/* A source for part of a file, `text` starting at 0-based line `line0` and column
   `col0` of the file named `name` (the text is copied). */
/* The same without copying: `name` and `text` must outlive the source, or
   jql_source_keep must copy the text first (a record's diagnostics that the report
   keeps past the record). */
struct jql_source *jql_source_view(const char *name, const char *text, size_t len, int line0,
                                   int col0);
/* Copy a view's text, so that the source lives as long as anything points at it. */
void jql_source_keep(const struct jql_source *src);
struct jql_source *jql_source_part(const char *name, const char *text, size_t len, int line0,
                                   int col0);

/* The byte offset of each line's first byte (and their number in *nlines, when not NULL),
   indexed at the first call. */
const uint32_t *jql_source_lines(const struct jql_source *src, int *nlines);

/* 1-based line and column (in Unicode scalar values) of a byte offset, in the file; for a
   CSV row (`csv`), the row's number and the cell's. */
void jql_source_linecol(const struct jql_source *src, uint32_t off, int *line, int *col);
/* The index (from 0) of the source's line holding `off`; for a CSV row of several lines
   (a quoted cell holding line ends) the line to show, where jql_source_linecol gives the
   row and the cell. */
int jql_source_line_index(const struct jql_source *src, uint32_t off);

/* The text of 1-based line number `line` (of the file), without its line terminator; for a
   part of a file, only what the part holds of it. */
const char *jql_source_line(const struct jql_source *src, int line, size_t *len);

/* The text of the line holding byte offset `off` (for a CSV row, the line of the row
   it is on), without its terminator, and where it starts in *start. */
const char *jql_source_line_at(const struct jql_source *src, uint32_t off, size_t *start,
                               size_t *len);

/* Offset of the first invalid UTF-8 sequence at or after `from`, or -1 when valid. */
long jql_source_invalid_utf8(const struct jql_source *src, size_t from);

/* Length (1-4) of the valid UTF-8 sequence at s, with n bytes available; 0 when the bytes
   there are not one (overlong, surrogate, > U+10FFFF, truncated, stray continuation). */
size_t jql_utf8_seq(const char *s, size_t n);

/* The columns a terminal gives the k-byte UTF-8 sequence at s: 2 for East Asian wide
   and fullwidth characters (CJK, Hangul, fullwidth forms, most emoji), else 1. Only the
   caret's indentation uses it: reported columns count scalar values. */
int jql_utf8_width(const char *s, size_t k);

/* The source text of a span (a fresh string). */
char *jql_source_text(struct jql_loc loc);

/* A span covering both a and b (same source). */
struct jql_loc jql_loc_join(struct jql_loc a, struct jql_loc b);

#endif
