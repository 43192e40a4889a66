/*
** output: where a command's result goes (docs/cli.md, Security). Every command writes
** through here: to standard output, or to the file given with --output, which is
** written atomically — into a temporary file in the same folder, flushed and synced,
** then renamed over the file — so a full disk, a file-size limit or any failure on the
** way leaves the previous file as it was and removes the temporary one. A failed write
** or close is an error (`cannot write FILE: REASON`), never silent; a reader that
** closed its pipe ends the run quietly (JQL_OUT_PIPE).
*/
#ifndef JQL_OUTPUT_H
#define JQL_OUTPUT_H

#include "diag.h"

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

struct jql_out {
    FILE *f;            /* where writers write, once open */
    const char *path;   /* as given; NULL: standard output */
    const char *target; /* the file replaced: path with its symbolic links followed */
    const char *tmp;    /* the temporary file while open; NULL when none */
    bool exists;        /* the target exists (then dev, ino and mode are its own) */
    bool regular;       /* ... and is a regular file */
    bool in_place;      /* a device, a FIFO, /dev/stdout: written directly, not replaced */
    dev_t dev;
    ino_t ino;
    mode_t mode;
};

enum jql_out_status { JQL_OUT_OK, JQL_OUT_ERROR, JQL_OUT_PIPE };

/* Prepare to write to `path` (NULL: the stream `std`), before anything is read: a
   folder, or a path whose folder does not exist, is an error (recorded in d). */
bool jql_out_init(struct jql_out *o, const char *path, FILE *std, struct jql_diags *d);

/* Whether the file `input` is the output file (the same file once symbolic links are
   followed), which writing would destroy. Always false for standard output. */
bool jql_out_is_input(const struct jql_out *o, const char *input);

/* Open for writing (standard output: nothing to do). False, with an error, when the
   temporary file cannot be created. */
bool jql_out_open(struct jql_out *o, struct jql_diags *d);

/* Flush and check everything written; rename the temporary file into place. On any
   error the temporary file is removed, the previous file is untouched, and the error
   is recorded. Standard output is left to jql_out_end_std. */
bool jql_out_close(struct jql_out *o, struct jql_diags *d);

/* Give up an open output after a later failure: the temporary file is removed. */
void jql_out_discard(struct jql_out *o);

/* At the end of a command: flush standard output and check that every write to it
   succeeded. JQL_OUT_PIPE (nothing recorded) when its reader has gone (EPIPE). */
enum jql_out_status jql_out_end_std(FILE *std, struct jql_diags *d);

/* At start-up: a standard descriptor (0, 1, 2) that is closed is held by /dev/null
   opened the wrong way round, so that no file the run opens takes its number and
   writes to it still fail (EBADF) as on the closed descriptor; SIGXFSZ is ignored, so
   that a file-size limit is a write error (EFBIG) like a full disk. */
void jql_out_startup(void);

/* After JQL_OUT_PIPE: end the program as a closed pipe ends other tools, by SIGPIPE
   with its default action (quietly; a shell shows status 141). Returns only when the
   signal is blocked. */
void jql_out_end_by_sigpipe(void);

#endif
