/*
** diag: diagnostics as data. Every module records errors and warnings here;
** only the CLI decides where they are printed and which exit status follows.
** Rendering follows GNU style: "file:line:col: error: message", the source
** line, a caret underline spanning the location, then "note:" lines.
*/
#ifndef JQL_DIAG_H
#define JQL_DIAG_H

#include "source.h"

#include <stdbool.h>
#include <stdio.h>

enum jql_severity { JQL_SEV_ERROR, JQL_SEV_WARNING, JQL_SEV_NOTE };

struct jql_note {
    struct jql_loc loc; /* loc.src == NULL: a plain "note:" line without location */
    const char *msg;
};

struct jql_diag {
    enum jql_severity sev;
    struct jql_loc loc;
    const char *file; /* unlocated: the file the diagnostic is about (unreadable), or NULL */
    const char *msg;
    struct jql_note *notes;
    int nnotes;
    bool quiet; /* kept in reports, not printed: a file-level diagnostic printed it once */
};

struct jql_diags {
    struct jql_diag **v;
    int n, cap;
    int nerrors, nwarnings;
    bool werror; /* --strict: warnings are recorded as errors */
};

/* Record an error, or a warning (an error when d->werror), at loc with a printf-style
   message; returns it, for notes. A NULL `d` is allowed: the diagnostic is built (and
   returned) but not kept. */
struct jql_diag *jql_diag_error(struct jql_diags *d, struct jql_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
struct jql_diag *jql_diag_warning(struct jql_diags *d, struct jql_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Attach a note; with a located note the renderer prints a "file:line:col: note:" line. */
void jql_diag_note(struct jql_diag *dg, struct jql_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Add every diagnostic of `from` to the end of `to` (shared, not copied; `from` keeps
   them too). */
void jql_diags_append(struct jql_diags *to, const struct jql_diags *from);

/* Order diagnostics by file name, then position (stable; unlocated ones first),
   so a file's problems read top to bottom whichever phase found them. */
void jql_diags_sort(struct jql_diags *d);

/* Render one diagnostic (source line and caret included). */
void jql_diag_render(FILE *out, const struct jql_diag *dg, bool color);
void jql_diags_render(FILE *out, const struct jql_diags *d, bool color);
/* "error", "warning" or "note". */
const char *jql_diag_severity_name(enum jql_severity sev);

/* "file:line:col" of a location ("" when it has no source). */
char *jql_loc_str(struct jql_loc loc);

#endif
