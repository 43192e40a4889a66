/*
** load: finds and reads rule files. Resolves imports (relative to the
** importing file, then -I folders, then JQL_PATH; "std/..." only in the
** standard library), keeps them under the roots, loads each file once,
** reports import cycles and missing files, and returns the parsed files in
** load order (a file after the files it imports). Every name on disk is
** looked at through path.h.
*/
#ifndef JQL_LOAD_H
#define JQL_LOAD_H

#include "ast.h"
#include "diag.h"
#include "path.h"

#include <stddef.h>

/* Where rule files are read from: another tree of files than the file system, such as
   a git revision (gitrev.h). Each function answers as its path.h counterpart does on
   disk (jql_path_kind, jql_path_real, jql_path_list without marks); `read` gives a
   file's bytes, or NULL with *why ("not a regular file", ...). The built-in library
   stays the library. */
struct jql_load_fs {
    void *ctx;
    enum jql_path_kind (*kind)(void *ctx, const char *path, const char **why);
    const char *(*real)(void *ctx, const char *path);
    const char **(*list)(void *ctx, const char *dir, int *n);
    const char *(*read)(void *ctx, const char *path, size_t *len, const char **why);
};

struct jql_load_opts {
    const char **includes; /* -I folders */
    int nincludes;
    const char *jql_path;   /* $JQL_PATH: colon-separated folders, or NULL */
    const char *stdlib_dir; /* $JQL_STDLIB: a folder serving "std/...", or NULL (built-in) */
    bool recursive;         /* a folder path loads its subfolders too (jqlc test) */
    const struct jql_load_fs *fs; /* NULL: the file system */
};

/* Load the rule files or folders named by `paths` (each like an import
   relative to the working directory, except that a path naming a FIFO or
   another file that is not a .jq file is read too). Returns the files in load
   order; errors are recorded in `d`. */
struct jql_rulefile **jql_load_rules(const char *const *paths, int npaths,
                                     const struct jql_load_opts *o, struct jql_diags *d,
                                     int *nfiles);
/* jql_load_rules that also sets *named to one flag per file returned: true when a
   path names the file (itself, or as a file of a named folder), false when the file
   is loaded only because another imports it. */
struct jql_rulefile **jql_load_rules_named(const char *const *paths, int npaths,
                                           const struct jql_load_opts *o, struct jql_diags *d,
                                           int *nfiles, bool **named);

enum jql_file_kind { JQL_FILE_RULES, JQL_FILE_FACTS };

/* Read a file from disk (a FIFO too) into a source; records an error and returns NULL
   when it cannot be read (missing, a folder, a symbolic link loop, unreadable, larger
   than the limit for its kind: JQL_LIMIT_RULE_FILE or JQL_LIMIT_FACT_FILE). */
struct jql_source *jql_load_source(const char *path, enum jql_file_kind kind,
                                   struct jql_diags *d);

#endif
