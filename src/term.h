/*
** term: text for a terminal (docs/cli.md, Security). Every name, text, path and
** value that jqlc prints as text — reports, test results, templates, diagnostics,
** command-line errors — goes through here, so that nothing read from a file or an
** argument can move the cursor, recolour or retitle the terminal, or reorder what is
** shown. C0 and C1 control characters and DEL (tab kept; newline kept only in
** multi-line text) and the bidirectional embeddings, overrides and isolates
** (U+202A–U+202E, U+2066–U+2069) print as `<U+XXXX>`; a byte that is not UTF-8
** prints as `<XX>`. Everything else passes through unchanged.
*/
#ifndef JQL_TERM_H
#define JQL_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum jql_term_flags {
    JQL_TERM_LINE = 0,  /* one line: a newline is escaped too */
    JQL_TERM_LINES = 1, /* multi-line text: newlines are kept */
};

/* How one unit of text shows: a UTF-8 sequence, or one byte that is not UTF-8. */
struct jql_term_unit {
    size_t len;       /* bytes of the input it covers, at least 1 */
    const char *text; /* what is printed for it: the input itself, or buf */
    size_t textlen;
    int cols;         /* terminal columns it takes (a tab counts 1) */
    char buf[12];     /* an escape, "<U+10FFFF>" at most */
};

/* The unit at the start of s (n > 0 bytes available). */
void jql_term_unit(const char *s, size_t n, unsigned flags, struct jql_term_unit *u);

/* Print n bytes of s, or a NUL-terminated s (NULL prints nothing), escaped. */
void jql_term_write(FILE *out, const char *s, size_t n, unsigned flags);
void jql_term_puts(FILE *out, const char *s, unsigned flags);

/* s escaped, as a fresh string (NULL gives ""): for a name inside a printf format. */
char *jql_term_str(const char *s, unsigned flags);

/* Whether the character cp must not reach a terminal raw (a control character other
   than tab and newline, DEL, C1, a bidirectional override or isolate). The JSON
   writer escapes the same characters as \uXXXX. */
bool jql_term_unsafe(uint32_t cp);

/* The code point of the valid UTF-8 sequence s of k bytes (k from jql_utf8_seq). */
uint32_t jql_term_codepoint(const char *s, size_t k);

#endif
