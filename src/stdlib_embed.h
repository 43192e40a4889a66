/*
** stdlib: the standard library of .jq files, compiled into the binary by
** grammar/embed.sh so `import "std/..."` works from a lone binary.
*/
#ifndef JQL_STDLIB_EMBED_H
#define JQL_STDLIB_EMBED_H

struct jql_stdlib_file {
    const char *path; /* "std/rfa/earnings.jq" */
    const char *name; /* "stdlib/rfa/earnings.jq", shown in diagnostics */
    const char *text;
};

/* Terminated by an entry whose path is NULL; sorted by path. */
extern const struct jql_stdlib_file jql_stdlib_files[];

#endif
