/*
** load: import resolution and file reading. Files are identified by real
** path (built-in library files by their "std/..." path) so that every file
** loads once and a file still loading when imported again is a cycle.
*/
/* realpath() is XSI, not in plain _POSIX_C_SOURCE: without this it is implicitly
   declared as returning int on some libcs, truncating the pointer. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include "load.h"

#include "limit.h"
#include "mem.h"
#include "parse.h"
#include "stdlib_embed.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct loader {
    const struct jql_load_opts *o;
    struct jql_diags *d;
    struct jql_rulefile **files; int nfiles;     /* loaded, in load order */
    bool *named;                                 /* per file: a path of jql_load_rules names it */
    const struct jql_source **stack; int nstack; /* still loading: the import chain */
    struct jql_rulefile **stackrf;               /* their parsed files, nstack of them */
};

/* The file is larger than `max` bytes: checked before reading a regular file, and while
   reading anything else (a pipe), so that a huge input is never read whole. */
static void load_too_large(const char *path, enum jql_file_kind kind, long max,
                           struct jql_diags *d)
{
    struct jql_diag *dg = jql_diag_error(d, (struct jql_loc){0},
                                         "cannot read '%s': it is larger than %ld MiB", path,
                                         max / (1024 * 1024));
    if (kind == JQL_FILE_FACTS)
        jql_diag_note(dg, (struct jql_loc){0}, "the limit for a fact file is %ld MiB (%ld bytes); "
                      "split the employers over several files", max / (1024 * 1024), max);
    else
        jql_diag_note(dg, (struct jql_loc){0}, "the limit for a rule file is %ld MiB (%ld bytes)",
                      max / (1024 * 1024), max);
}

struct jql_source *jql_load_stdin(enum jql_file_kind kind, struct jql_diags *d)
{
    long max = kind == JQL_FILE_FACTS ? JQL_LIMIT_FACT_FILE : JQL_LIMIT_RULE_FILE;
    struct jql_buf b = {0};
    char chunk[65536];
    size_t n;
    while (b.len <= (size_t)max && (n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
        jql_buf_put(&b, chunk, n);
    if (b.len > (size_t)max) {
        load_too_large("-", kind, max, d);
        return NULL;
    }
    if (ferror(stdin)) {
        jql_diag_error(d, (struct jql_loc){0}, "cannot read standard input: read error");
        return NULL;
    }
    return jql_source_new("-", "-", jql_buf_str(&b), b.len);
}

struct jql_source *jql_load_source(const char *path, enum jql_file_kind kind,
                                   struct jql_diags *d)
{
    long max = kind == JQL_FILE_FACTS ? JQL_LIMIT_FACT_FILE : JQL_LIMIT_RULE_FILE;
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        jql_diag_error(d, (struct jql_loc){0}, "cannot read '%s': it is a folder", path);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        jql_diag_error(d, (struct jql_loc){0}, "cannot read '%s': %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > max) {
        fclose(f);
        load_too_large(path, kind, max, d);
        return NULL;
    }
    struct jql_buf b = {0};
    char chunk[65536];
    size_t n;
    while (b.len <= (size_t)max && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        jql_buf_put(&b, chunk, n);
    bool err = ferror(f);
    fclose(f);
    if (b.len > (size_t)max) {
        load_too_large(path, kind, max, d);
        return NULL;
    }
    if (err) {
        jql_diag_error(d, (struct jql_loc){0}, "cannot read '%s': read error", path);
        return NULL;
    }
    char real[PATH_MAX];
    const char *id = realpath(path, real) ? real : path;
    return jql_source_new(path, id, jql_buf_str(&b), b.len);
}

static bool load_is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool load_is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool load_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Normalise "a/b/../c/./d" to "a/c/d" (for built-in library paths). */
static char *load_normalize(const char *p)
{
    const char *segs[256];
    int n = 0;
    char *copy = jql_strdup(p);
    for (char *save = NULL, *s = strtok_r(copy, "/", &save); s; s = strtok_r(NULL, "/", &save)) {
        if (strcmp(s, ".") == 0)
            continue;
        if (strcmp(s, "..") == 0 && n > 0 && strcmp(segs[n - 1], "..") != 0)
            n--;
        else if (n < 256)
            segs[n++] = s;
    }
    struct jql_buf b = {0};
    for (int i = 0; i < n; i++)
        jql_buf_printf(&b, "%s%s", i ? "/" : "", segs[i]);
    return (char *)jql_buf_str(&b);
}

static void load_item_imports(struct loader *L, struct jql_rulefile *rf);

/* The file being loaded imports rf (a param or default it sets may override rf's). */
static void load_edge(struct loader *L, struct jql_rulefile *rf)
{
    if (L->nstack > 0 && L->stackrf[L->nstack - 1])
        JQL_APPEND(L->stackrf[L->nstack - 1]->imports, L->stackrf[L->nstack - 1]->nimports, rf);
}

/* Whether the file `id` is loaded or loading already; one still loading is an import
   cycle (reported at `at`). */
static bool load_seen(struct loader *L, const char *id, struct jql_loc at)
{
    for (int i = 0; i < L->nstack; i++) {
        if (strcmp(L->stack[i]->path, id) != 0)
            continue;
        struct jql_buf b = {0};
        for (int k = i; k < L->nstack; k++)
            jql_buf_printf(&b, "%s -> ", L->stack[k]->name);
        jql_buf_puts(&b, L->stack[i]->name);
        jql_diag_error(L->d, at, "import cycle: %s", jql_buf_str(&b));
        return true;
    }
    for (int i = 0; i < L->nfiles; i++) {
        if (strcmp(L->files[i]->src->path, id) == 0) {
            L->named[i] |= L->nstack == 0; /* imported first, named by a path too */
            load_edge(L, L->files[i]);
            return true;
        }
    }
    return false;
}

static void load_one(struct loader *L, struct jql_source *src, struct jql_loc at)
{
    if (load_seen(L, src->path, at))
        return;
    bool named = L->nstack == 0; /* loaded for a path given, not for an import */
    struct jql_rulefile *rf = jql_parse_rules(src, L->d);
    load_edge(L, rf);
    int depth = L->nstack;
    JQL_APPEND(L->stackrf, depth, rf);
    JQL_APPEND(L->stack, L->nstack, src);
    load_item_imports(L, rf);
    L->nstack--;
    int n = L->nfiles;
    JQL_APPEND(L->named, n, named);
    JQL_APPEND(L->files, L->nfiles, rf);
}

/* ---- the built-in library (or $JQL_STDLIB) ---- */

static const struct jql_stdlib_file *load_std_find(const char *path)
{
    for (const struct jql_stdlib_file *f = jql_stdlib_files; f->path; f++)
        if (strcmp(f->path, path) == 0)
            return f;
    return NULL;
}

static void load_std_file(struct loader *L, const struct jql_stdlib_file *f, struct jql_loc at)
{
    if (load_seen(L, f->path, at))
        return;
    load_one(L, jql_source_new(f->name, f->path, f->text, strlen(f->text)), at);
}

/* "std/x": x.jq, x (with .jq) or every *.jq directly in folder x/. */
static bool load_std(struct loader *L, const char *path, struct jql_loc at)
{
    const struct jql_stdlib_file *f = load_std_find(load_ends_with(path, ".jq") ? path
                                                      : jql_sprintf("%s.jq", path));
    if (f) {
        load_std_file(L, f, at);
        return true;
    }
    char *prefix = jql_sprintf("%s/", path);
    size_t plen = strlen(prefix);
    bool any = false;
    for (f = jql_stdlib_files; f->path; f++)
        if (strncmp(f->path, prefix, plen) == 0 && !strchr(f->path + plen, '/')) {
            load_std_file(L, f, at);
            any = true;
        }
    return any;
}

/* ---- files and folders on disk ---- */

static int load_cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void load_disk_file(struct loader *L, const char *path, struct jql_loc at)
{
    char real[PATH_MAX];
    if (realpath(path, real) && load_seen(L, real, at))
        return;
    struct jql_source *src = jql_load_source(path, JQL_FILE_RULES, L->d);
    if (src)
        load_one(L, src, at);
}

static void load_disk_dir(struct loader *L, const char *dir, struct jql_loc at)
{
    DIR *dp = opendir(dir);
    if (!dp) {
        jql_diag_error(L->d, at, "cannot read folder '%s': %s", dir, strerror(errno));
        return;
    }
    const char **names = NULL;
    int n = 0;
    for (struct dirent *de; (de = readdir(dp));)
        if (load_ends_with(de->d_name, ".jq") && de->d_name[0] != '.')
            JQL_APPEND(names, n, jql_strdup(de->d_name));
    closedir(dp);
    if (n > 1) /* qsort(NULL, 0, ...) is undefined behaviour */
        qsort(names, (size_t)n, sizeof *names, load_cmp_str);
    for (int i = 0; i < n; i++) {
        const char *p = jql_sprintf("%s/%s", dir, names[i]);
        if (load_is_file(p))
            load_disk_file(L, p, at);
    }
}

/* Try `base` as x.jq / x / x/ on disk. */
static bool load_disk(struct loader *L, const char *base, struct jql_loc at)
{
    if (load_ends_with(base, ".jq")) {
        if (!load_is_file(base))
            return false;
        load_disk_file(L, base, at);
        return true;
    }
    const char *withext = jql_sprintf("%s.jq", base);
    if (load_is_file(withext)) {
        load_disk_file(L, withext, at);
        return true;
    }
    if (load_is_dir(base)) {
        load_disk_dir(L, base, at);
        return true;
    }
    if (load_is_file(base)) {
        load_disk_file(L, base, at);
        return true;
    }
    return false;
}

static const char *load_dirname(const char *p)
{
    const char *slash = strrchr(p, '/');
    return slash ? jql_strndup(p, (size_t)(slash - p)) : ".";
}

/* dir/path without "." segments, so that names stay readable ("a.jq", not "././a.jq").
   ".." is kept: removing it is wrong when a folder is a symbolic link. */
static const char *load_join(const char *dir, const char *path)
{
    const char *joined = strcmp(dir, ".") == 0 ? path : jql_sprintf("%s/%s", dir, path);
    struct jql_buf b = {0};
    const char *s = joined;
    if (*s == '/')
        jql_buf_putc(&b, '/');
    while (*s) {
        const char *e = strchr(s, '/');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n && !(n == 1 && s[0] == '.')) {
            if (b.len && b.s[b.len - 1] != '/')
                jql_buf_putc(&b, '/');
            jql_buf_put(&b, s, n);
        }
        s += n + (e != NULL);
    }
    return b.len ? jql_buf_str(&b) : ".";
}

static bool load_std_any(struct loader *L, const char *path, struct jql_loc at)
{
    if (strncmp(path, "std/", 4) != 0 && strcmp(path, "std") != 0)
        return false;
    if (L->o->stdlib_dir)
        return load_disk(L, jql_sprintf("%s/%s", L->o->stdlib_dir, path + 4), at);
    return load_std(L, path, at);
}

static bool load_search_path(struct loader *L, const char *path, struct jql_loc at)
{
    for (int i = 0; i < L->o->nincludes; i++)
        if (load_disk(L, jql_sprintf("%s/%s", L->o->includes[i], path), at))
            return true;
    if (L->o->jql_path) {
        char *copy = jql_strdup(L->o->jql_path);
        for (char *save = NULL, *s = strtok_r(copy, ":", &save); s; s = strtok_r(NULL, ":", &save))
            if (*s && load_disk(L, jql_sprintf("%s/%s", s, path), at))
                return true;
    }
    return load_std_any(L, path, at);
}

/* Resolve an import written in `from` (a disk file or a built-in file). */
static void load_import(struct loader *L, const struct jql_source *from, const char *path,
                        struct jql_loc at)
{
    bool from_std = strncmp(from->path, "std/", 4) == 0 && !load_is_file(from->path);
    if (path[0] == '/') {
        if (load_disk(L, path, at))
            return;
    } else if (from_std) {
        const char *rel = load_normalize(jql_sprintf("%s/%s", load_dirname(from->path), path));
        if (strncmp(rel, "std/", 4) == 0 && load_std_any(L, rel, at))
            return;
    } else if (load_disk(L, load_join(load_dirname(from->name), path), at)) {
        return;
    }
    if (path[0] != '/' && load_search_path(L, path, at))
        return;
    struct jql_diag *dg = jql_diag_error(L->d, at, "cannot find import '%s'", path);
    jql_diag_note(dg, (struct jql_loc){0},
                  "searched next to the importing file, in -I folders, in JQL_PATH%s",
                  strncmp(path, "std/", 4) == 0 ? " and in the standard library" : "");
}

static void load_item_imports(struct loader *L, struct jql_rulefile *rf)
{
    for (int i = 0; i < rf->nitems; i++)
        if (rf->items[i].kind == JQL_I_IMPORT)
            load_import(L, rf->src, rf->items[i].u.import->path, rf->items[i].u.import->loc);
}

struct jql_rulefile **jql_load_rules_named(const char *const *paths, int npaths,
                                           const struct jql_load_opts *o, struct jql_diags *d,
                                           int *nfiles, bool **named)
{
    struct loader L = {.o = o, .d = d};
    for (int i = 0; i < npaths; i++) {
        struct jql_loc none = {0};
        if (load_disk(&L, paths[i], none) || load_std_any(&L, paths[i], none))
            continue;
        jql_diag_error(d, none, "cannot find rules '%s'", paths[i]);
    }
    *nfiles = L.nfiles;
    if (named)
        *named = L.named;
    return L.files;
}

struct jql_rulefile **jql_load_rules(const char *const *paths, int npaths,
                                     const struct jql_load_opts *o, struct jql_diags *d,
                                     int *nfiles)
{
    return jql_load_rules_named(paths, npaths, o, d, nfiles, NULL);
}
