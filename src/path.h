/*
** path: the one place where names on disk are looked at. Every rule path,
** import, folder walk and file read goes through it: real paths, folder
** listings, a hashed set of the files and folders already seen, and the
** roots that imports may not leave (docs/cli.md, "What a rule file can
** read").
*/
#ifndef JQL_PATH_H
#define JQL_PATH_H

#include <stdbool.h>
#include <stdint.h>

/* ---- names ---- */

bool jql_path_ends_with(const char *s, const char *suffix);
/* The folder part of p ("." when p has no '/'; "/" for "/x"). */
const char *jql_path_dirname(const char *p);
/* dir/name without "." segments or doubled slashes, so that names stay readable ("a.jq",
   not "././a.jq"). ".." is kept: removing it is wrong when a folder is a symbolic link. */
const char *jql_path_join(const char *dir, const char *name);
/* "a/b/../c/./d" as "a/c/d", by the text alone (for the built-in library's "std/..."). */
const char *jql_path_normalize(const char *p);

/* ---- what a name is ---- */

enum jql_path_kind {
    JQL_PATH_NONE,  /* nothing by that name (a dangling symbolic link included) */
    JQL_PATH_FILE,  /* a regular file */
    JQL_PATH_DIR,   /* a folder */
    JQL_PATH_OTHER, /* a FIFO, device or socket */
    JQL_PATH_BAD    /* the name exists but cannot be followed (a symbolic link loop, ...) */
};
/* What p names, following symbolic links; for JQL_PATH_BAD, *why (when not NULL) says
   why it cannot be followed ("too many levels of symbolic links", "a symbolic link to
   nothing", "Permission denied"). */
enum jql_path_kind jql_path_kind(const char *p, const char **why);
bool jql_path_is_file(const char *p);
bool jql_path_is_dir(const char *p);
/* Why a name cannot be read, for "cannot read 'X': WHY": strerror's text, except the
   ones this program words itself (a symbolic link loop). */
const char *jql_path_strerror(int err);

/* The real path (absolute, no symbolic links, no "." or ".."), or NULL with errno set. */
const char *jql_path_real(const char *p);
/* Whether the real path `real` is the folder `root` (a real path) or lies under it. */
bool jql_path_within(const char *real, const char *root);

/* The entries of a folder, without hidden ones, sorted bytewise; subfolders end in '/'
   when `mark_dirs`. NULL (with *n == 0 and errno set) only when the folder cannot be
   read. */
const char **jql_path_list(const char *dir, bool mark_dirs, int *n);

/* ---- a set of names (real paths), hashed: 20 000 imports cost no more per import
   than 20 ---- */

struct jql_path_set {
    const char **keys; /* NULL: a free slot */
    int *vals;
    uint32_t cap, n;
};
/* The value stored for key, or -1 when key is not in the set. */
int jql_path_set_get(const struct jql_path_set *s, const char *key);
/* Store val (>= 0) for key, replacing any value it had. */
void jql_path_set_put(struct jql_path_set *s, const char *key, int val);
/* Add key (value 0); true when it was not in the set yet. */
bool jql_path_set_add(struct jql_path_set *s, const char *key);

/* ---- roots: the folders imports may read ---- */

struct jql_path_roots {
    const char **real; /* each folder's real path */
    int n;
};
/* Add the folder dir as a root; a folder that does not exist adds nothing (nothing
   under it can be read either). */
void jql_path_roots_add(struct jql_path_roots *r, const char *dir);
/* Whether the real path lies under one of the roots. */
bool jql_path_roots_hold(const struct jql_path_roots *r, const char *real);

#endif
