/*
** gitrev: the files of a git revision, read through git itself (docs/cli.md, "diff"):
** `git rev-parse` names the commit, `git ls-tree` lists a folder of it, `git cat-file`
** reads a file. Nothing is checked out: the working tree and the index are never
** touched. git is run with an argument vector (posix_spawnp), never through a shell,
** so no revision or path is read as shell syntax.
**
** A revision is a tree of files the loader reads instead of the disk (struct
** jql_load_fs, load.h): paths name files as they would in the working tree, relative
** to the working directory; paths outside the repository are read from the disk, as
** they are not versioned.
*/
#ifndef JQL_GITREV_H
#define JQL_GITREV_H

#include "load.h"

struct jql_gitrev;

/* Revision `rev` (anything `git rev-parse` takes that names a commit) of the repository
   of the working directory; NULL with *err set ("'main~9' is not a commit: fatal: ...",
   git's own words after the colon) when there is no repository, no such commit, or git
   cannot run. */
struct jql_gitrev *jql_gitrev_open(const char *rev, const char **err);
/* The commit where the histories of revisions a and b meet (`git merge-base`), as 40
   hex digits; NULL with *err as for jql_gitrev_open, or when they have none. */
const char *jql_gitrev_merge_base(const char *a, const char *b, const char **err);
/* The tree of the revision, for jql_load_opts.fs. */
const struct jql_load_fs *jql_gitrev_fs(struct jql_gitrev *g);
/* The revision as given, and its commit's abbreviated name (12 hex digits). */
const char *jql_gitrev_name(const struct jql_gitrev *g);
const char *jql_gitrev_commit(const struct jql_gitrev *g);

#endif
