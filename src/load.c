/*
** load: import resolution and file reading. Files are identified by real
** path (built-in library files by their "std/..." path) so that every file
** loads once and a file still loading when imported again is a cycle.
** Imports read only under the roots: the folder of each rule path given,
** each -I and JQL_PATH folder and the library (docs/cli.md, "What a rule
** file can read"); only a path given on the command line may name a FIFO or
** a file without the .jq extension.
*/
#include "load.h"

#include "limit.h"
#include "mem.h"
#include "parse.h"
#include "path.h"
#include "stdlib_embed.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* How a file or folder came to be loaded. */
struct load_req {
    struct jql_loc at;  /* the import; no source for a path given on the command line */
    const char *import; /* the import as written; NULL for a path given */
    bool named;         /* a path given names it (itself, or as a file of a folder given) */
    bool given;         /* exactly a path given: outside the roots, and any kind of file */
};

enum { LOAD_LOADING = INT_MAX }; /* in loader.ids: a file still loading */

struct loader {
    const struct jql_load_opts *o;
    struct jql_diags *d;
    struct jql_rulefile **files; int nfiles;     /* loaded, in load order */
    bool *named;                                 /* per file: a path of jql_load_rules names it */
    struct jql_path_set ids;                     /* every file loaded (its index) or loading */
    struct jql_path_set walked;                  /* folders a recursive walk entered */
    struct jql_path_roots roots;                 /* the folders imports may read */
    const struct jql_source **stack; int nstack; /* still loading: the import chain */
    struct jql_rulefile **stackrf;               /* their parsed files, nstack of them */
};

/* ---- the tree read: the file system, or jql_load_opts.fs ---- */

static enum jql_path_kind ld_kind(const struct loader *L, const char *p, const char **why)
{
    const struct jql_load_fs *fs = L->o->fs;
    return fs ? fs->kind(fs->ctx, p, why) : jql_path_kind(p, why);
}

static const char *ld_real(const struct loader *L, const char *p)
{
    const struct jql_load_fs *fs = L->o->fs;
    return fs ? fs->real(fs->ctx, p) : jql_path_real(p);
}

static const char **ld_list(const struct loader *L, const char *dir, int *n)
{
    const struct jql_load_fs *fs = L->o->fs;
    return fs ? fs->list(fs->ctx, dir, n) : jql_path_list(dir, false, n);
}

static void ld_root_add(struct loader *L, const char *dir)
{
    if (!L->o->fs) {
        jql_path_roots_add(&L->roots, dir);
        return;
    }
    const char *real = ld_real(L, dir);
    if (real && ld_kind(L, real, NULL) == JQL_PATH_DIR)
        JQL_APPEND(L->roots.real, L->roots.n, real);
}

/* ---- reading a file ---- */

/* The file is larger than `max` bytes: checked before reading a regular file, and while
   reading anything else (a pipe), so that a huge input is never read whole. */
static void load_too_large(const char *path, enum jql_file_kind kind, long max,
                           struct jql_diags *d, struct jql_loc at)
{
    struct jql_diag *dg = jql_diag_error(d, at, "cannot read '%s': it is larger than %ld MiB",
                                         path, max / (1024 * 1024));
    if (kind == JQL_FILE_FACTS)
        jql_diag_note(dg, (struct jql_loc){0}, "the limit for a fact file is %ld MiB (%ld bytes); "
                      "split the employers over several files", max / (1024 * 1024), max);
    else
        jql_diag_note(dg, (struct jql_loc){0}, "the limit for a rule file is %ld MiB (%ld bytes)",
                      max / (1024 * 1024), max);
}

/* Read `path` (shown as such) from `open` (its real path when known: what was checked
   is what is read) into a source identified by `id`. */
static struct jql_source *load_read(const char *path, const char *open, const char *id,
                                    enum jql_file_kind kind, struct jql_diags *d,
                                    struct jql_loc at)
{
    long max = kind == JQL_FILE_FACTS ? JQL_LIMIT_FACT_FILE : JQL_LIMIT_RULE_FILE;
    const char *why;
    enum jql_path_kind k = jql_path_kind(open, &why);
    if (k == JQL_PATH_DIR || k == JQL_PATH_BAD) {
        jql_diag_error(d, at, "cannot read '%s': %s", path, k == JQL_PATH_DIR ? "it is a folder" : why);
        return NULL;
    }
    FILE *f = fopen(open, "rb");
    if (!f) {
        jql_diag_error(d, at, "cannot read '%s': %s", path, jql_path_strerror(errno));
        return NULL;
    }
    struct stat st;
    bool regular = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode);
    if (regular && st.st_size > max) {
        fclose(f);
        load_too_large(path, kind, max, d, at);
        return NULL;
    }
    /* Read into one buffer, sized to the file when it has a size (a pipe has none): no
       chunk on the stack, as imports recurse, and no garbage per file. */
    size_t cap = regular ? (size_t)st.st_size + 1 : 65536, len = 0, n;
    char *text = jql_alloc_atomic(cap + 1);
    while (len <= (size_t)max && (n = fread(text + len, 1, cap - len, f)) > 0)
        if ((len += n) == cap)
            text = jql_realloc(text, (cap *= 2) + 1);
    bool err = ferror(f);
    fclose(f);
    if (len > (size_t)max) {
        load_too_large(path, kind, max, d, at);
        return NULL;
    }
    if (err) {
        jql_diag_error(d, at, "cannot read '%s': read error", path);
        return NULL;
    }
    return jql_source_new(path, id, text, len);
}

/* load_read from the tree of jql_load_opts.fs: the same limit, the same messages. */
static struct jql_source *ld_read(const struct loader *L, const char *path, const char *id,
                                  struct jql_loc at)
{
    const struct jql_load_fs *fs = L->o->fs;
    if (!fs)
        return load_read(path, id, id, JQL_FILE_RULES, L->d, at);
    size_t len;
    const char *why = NULL;
    const char *text = fs->read(fs->ctx, path, &len, &why);
    if (!text) {
        jql_diag_error(L->d, at, "cannot read '%s': %s", path, why ? why : "read error");
        return NULL;
    }
    if (len > (size_t)JQL_LIMIT_RULE_FILE) {
        load_too_large(path, JQL_FILE_RULES, JQL_LIMIT_RULE_FILE, L->d, at);
        return NULL;
    }
    return jql_source_new(path, id, text, len);
}

struct jql_source *jql_load_source(const char *path, enum jql_file_kind kind,
                                   struct jql_diags *d)
{
    const char *real = jql_path_real(path);
    return load_read(path, path, real ? real : path, kind, d, (struct jql_loc){0});
}

/* ---- loading parsed files once ---- */

static void load_item_imports(struct loader *L, struct jql_rulefile *rf);

/* The file being loaded imports rf (a param or default it sets may override rf's). */
static void load_edge(struct loader *L, struct jql_rulefile *rf)
{
    if (L->nstack > 0 && L->stackrf[L->nstack - 1])
        JQL_APPEND(L->stackrf[L->nstack - 1]->imports, L->stackrf[L->nstack - 1]->nimports, rf);
}

/* Whether the file `id` is loaded or loading already; one still loading is an import
   cycle (reported at the import). */
static bool load_seen(struct loader *L, const char *id, const struct load_req *rq)
{
    int v = jql_path_set_get(&L->ids, id);
    if (v < 0)
        return false;
    if (v != LOAD_LOADING) {
        L->named[v] |= rq->named; /* imported first, named by a path too */
        load_edge(L, L->files[v]);
        return true;
    }
    int i = 0;
    while (i < L->nstack && strcmp(L->stack[i]->path, id) != 0)
        i++;
    struct jql_buf b = {0};
    for (int k = i; k < L->nstack; k++)
        jql_buf_printf(&b, "%s -> ", L->stack[k]->name);
    jql_buf_puts(&b, i < L->nstack ? L->stack[i]->name : id);
    jql_diag_error(L->d, rq->at, "import cycle: %s", jql_buf_str(&b));
    return true;
}

static void load_one(struct loader *L, struct jql_source *src, const struct load_req *rq)
{
    if (load_seen(L, src->path, rq))
        return;
    jql_path_set_put(&L->ids, src->path, LOAD_LOADING);
    struct jql_rulefile *rf = jql_parse_rules(src, L->d);
    load_edge(L, rf);
    int depth = L->nstack;
    JQL_APPEND(L->stackrf, depth, rf);
    JQL_APPEND(L->stack, L->nstack, src);
    load_item_imports(L, rf);
    L->nstack--;
    jql_path_set_put(&L->ids, src->path, L->nfiles);
    int n = L->nfiles;
    JQL_APPEND(L->named, n, rq->named);
    JQL_APPEND(L->files, L->nfiles, rf);
}

/* ---- the built-in library (or $JQL_STDLIB) ---- */

static bool load_is_std(const char *path)
{
    return strncmp(path, "std/", 4) == 0 || strcmp(path, "std") == 0;
}

static const struct jql_stdlib_file *load_std_find(const char *path)
{
    for (const struct jql_stdlib_file *f = jql_stdlib_files; f->path; f++)
        if (strcmp(f->path, path) == 0)
            return f;
    return NULL;
}

static void load_std_file(struct loader *L, const struct jql_stdlib_file *f,
                          const struct load_req *rq)
{
    if (load_seen(L, f->path, rq))
        return;
    load_one(L, jql_source_new(f->name, f->path, f->text, strlen(f->text)), rq);
}

/* "std/x": x.jq, x (with .jq) or every *.jq directly in folder x/. */
static bool load_std(struct loader *L, const char *path, const struct load_req *rq)
{
    const struct jql_stdlib_file *f = load_std_find(jql_path_ends_with(path, ".jq") ? path
                                                      : jql_sprintf("%s.jq", path));
    if (f) {
        load_std_file(L, f, rq);
        return true;
    }
    char *prefix = jql_sprintf("%s/", path);
    size_t plen = strlen(prefix);
    bool any = false;
    for (f = jql_stdlib_files; f->path; f++)
        if (strncmp(f->path, prefix, plen) == 0 && !strchr(f->path + plen, '/')) {
            load_std_file(L, f, rq);
            any = true;
        }
    return any;
}

/* ---- files and folders on disk ---- */

static void load_cannot_read(struct loader *L, const struct load_req *rq, const char *path,
                             const char *why)
{
    jql_diag_error(L->d, rq->at, "cannot read '%s': %s", path, why);
}

/* An import (or a file of a folder given) whose real path is under no root. */
static void load_leaves(struct loader *L, const struct load_req *rq, const char *path)
{
    struct jql_diag *dg =
        rq->import ? jql_diag_error(L->d, rq->at, "import '%s' leaves the rule folders", rq->import)
                   : jql_diag_error(L->d, rq->at, "'%s' leaves the rule folders", path);
    jql_diag_note(dg, (struct jql_loc){0},
                  "'%s' is not under the folder of a rule path given, an -I or JQL_PATH folder "
                  "or the library; to read it, add its folder with -I", path);
}

static void load_file(struct loader *L, const char *path, const struct load_req *rq)
{
    const char *why;
    enum jql_path_kind k = ld_kind(L, path, &why);
    if (k == JQL_PATH_BAD) {
        load_cannot_read(L, rq, path, why);
        return;
    }
    if (k == JQL_PATH_OTHER && !rq->given) { /* a FIFO an import names could block forever */
        load_cannot_read(L, rq, path, "not a regular file");
        return;
    }
    const char *real = ld_real(L, path); /* NULL for some pipes (/dev/fd/N) */
    if (!real && !rq->given) {
        load_cannot_read(L, rq, path, jql_path_strerror(errno));
        return;
    }
    if (!rq->given && !jql_path_roots_hold(&L->roots, real)) {
        load_leaves(L, rq, path);
        return;
    }
    const char *id = real ? real : path;
    if (load_seen(L, id, rq))
        return;
    struct jql_source *src = ld_read(L, path, id, rq->at);
    if (src)
        load_one(L, src, rq);
}

/* Every *.jq file of `dir`, sorted bytewise; with `top` (the real path of the folder a
   recursive walk starts at), its subfolders too, each real folder once and none outside
   `top`: a symbolic link to a folder above is a loop, not more rules. */
static void load_folder(struct loader *L, const char *dir, const struct load_req *rq,
                        const char *top)
{
    const char *real = ld_real(L, dir);
    if (!real) {
        load_cannot_read(L, rq, dir, jql_path_strerror(errno));
        return;
    }
    if (!rq->given && !top && !jql_path_roots_hold(&L->roots, real)) {
        load_leaves(L, rq, dir);
        return;
    }
    if (top && !jql_path_set_add(&L->walked, real))
        return;
    int n;
    const char **names = ld_list(L, dir, &n);
    if (!names) {
        jql_diag_error(L->d, rq->at, "cannot read folder '%s': %s", dir, jql_path_strerror(errno));
        return;
    }
    struct load_req file = *rq;
    file.given = false; /* a file of a folder is not itself a path given */
    for (int i = 0; i < n; i++) {
        const char *p = jql_path_join(dir, names[i]);
        enum jql_path_kind k = ld_kind(L, p, NULL);
        if (k == JQL_PATH_DIR) {
            const char *sub = top ? ld_real(L, p) : NULL;
            if (sub && jql_path_within(sub, top))
                load_folder(L, p, &file, top);
        } else if (k != JQL_PATH_NONE && jql_path_ends_with(names[i], ".jq")) {
            load_file(L, p, &file);
        }
    }
}

/* Try `base` as x.jq, then the folder x/; a path given may also name any other file. */
static bool load_disk(struct loader *L, const char *base, const struct load_req *rq)
{
    const char *why;
    enum jql_path_kind k;
    if (!jql_path_ends_with(base, ".jq")) {
        const char *withext = jql_sprintf("%s.jq", base);
        k = ld_kind(L, withext, NULL);
        if (k != JQL_PATH_NONE && k != JQL_PATH_DIR) {
            load_file(L, withext, rq);
            return true;
        }
    }
    k = ld_kind(L, base, &why);
    if (k == JQL_PATH_DIR) {
        const char *top = L->o->recursive && rq->given ? ld_real(L, base) : NULL;
        load_folder(L, base, rq, top);
    } else if (k != JQL_PATH_NONE && jql_path_ends_with(base, ".jq")) {
        load_file(L, base, rq); /* why it cannot be read, if it cannot, is said there */
    } else if (k == JQL_PATH_BAD) {
        load_cannot_read(L, rq, base, why); /* it is there: say why it cannot be read */
    } else if (k != JQL_PATH_NONE && rq->given) {
        load_file(L, base, rq); /* rules.txt, /dev/null, a pipe: read as a rule file */
    } else {
        return false;
    }
    return true;
}

/* load_disk for an import: a folder outside the roots is an error even when the file is
   not there, so that `import "../../../etc/x"` learns nothing about what is there. */
static bool load_disk_import(struct loader *L, const char *base, const struct load_req *rq)
{
    const char *folder = ld_real(L, jql_path_dirname(base));
    if (!folder)
        return false; /* no such folder, so no such file */
    if (!jql_path_roots_hold(&L->roots, folder)) {
        load_leaves(L, rq, base);
        return true;
    }
    return load_disk(L, base, rq);
}

/* "std/..." is the library: the built-in one, or the folder $JQL_STDLIB. */
static bool load_std_any(struct loader *L, const char *path, const struct load_req *rq)
{
    if (!L->o->stdlib_dir)
        return load_std(L, path, rq);
    struct load_req lib = *rq;
    lib.given = false; /* a library file is a .jq file under its root */
    return load_disk_import(L, jql_path_join(L->o->stdlib_dir, path[3] ? path + 4 : "."), &lib);
}

static bool load_search_path(struct loader *L, const char *path, const struct load_req *rq)
{
    for (int i = 0; i < L->o->nincludes; i++)
        if (load_disk_import(L, jql_path_join(L->o->includes[i], path), rq))
            return true;
    if (L->o->jql_path) {
        char *copy = jql_strdup(L->o->jql_path);
        for (char *save = NULL, *s = strtok_r(copy, ":", &save); s; s = strtok_r(NULL, ":", &save))
            if (*s && load_disk_import(L, jql_path_join(s, path), rq))
                return true;
    }
    return false;
}

/* An import that can name nothing: empty, absolute, or too deep. */
static bool load_import_bad(struct loader *L, const char *path, struct jql_loc at)
{
    struct jql_loc none = {0};
    if (L->nstack >= JQL_LIMIT_IMPORT_DEPTH) {
        struct jql_diag *dg = jql_diag_error(L->d, at, "imports nested too deeply (the limit is "
                                             "%d levels)", JQL_LIMIT_IMPORT_DEPTH);
        jql_diag_note(dg, none, "the chain of imports starts at '%s'", L->stack[0]->name);
    } else if (!*path) {
        jql_diag_error(L->d, at, "empty import path");
    } else if (path[0] == '/') {
        struct jql_diag *dg = jql_diag_error(L->d, at, "import '%s' is an absolute path", path);
        jql_diag_note(dg, none, "an import names a file relative to the importing file or to an "
                      "-I or JQL_PATH folder, or std/... for the library");
    } else {
        return false;
    }
    return true;
}

/* Resolve an import written in `from` (a disk file or a built-in file). */
static void load_import(struct loader *L, const struct jql_source *from, const char *path,
                        struct jql_loc at)
{
    if (load_import_bad(L, path, at))
        return;
    struct load_req rq = {.at = at, .import = path};
    bool found = false;
    if (load_is_std(path)) {
        found = load_std_any(L, path, &rq); /* never a local std/ folder */
    } else if (strncmp(from->path, "std/", 4) == 0) { /* a built-in file: disk ids are real */
        const char *rel = jql_path_normalize(jql_sprintf("%s/%s", jql_path_dirname(from->path),
                                                         path));
        found = (load_is_std(rel) && load_std_any(L, rel, &rq)) ||
                load_search_path(L, path, &rq);
    } else {
        found = load_disk_import(L, jql_path_join(jql_path_dirname(from->name), path), &rq) ||
                load_search_path(L, path, &rq);
    }
    if (found)
        return;
    struct jql_diag *dg = jql_diag_error(L->d, at, "cannot find import '%s'", path);
    if (load_is_std(path))
        jql_diag_note(dg, (struct jql_loc){0}, "std/... names the standard library (JQL_STDLIB "
                      "when set), never a local std/ folder");
    else
        jql_diag_note(dg, (struct jql_loc){0},
                      "searched next to the importing file, in -I folders, in JQL_PATH");
}

static void load_item_imports(struct loader *L, struct jql_rulefile *rf)
{
    for (int i = 0; i < rf->nitems; i++)
        if (rf->items[i].kind == JQL_I_IMPORT)
            load_import(L, rf->src, rf->items[i].u.import->path, rf->items[i].u.import->loc);
}

/* The roots: the folder of each path given (a folder given is its own), each -I and
   JQL_PATH folder, and $JQL_STDLIB (the built-in library is no folder). */
static void load_roots(struct loader *L, const char *const *paths, int npaths)
{
    for (int i = 0; i < npaths; i++)
        if (!load_is_std(paths[i]))
            ld_root_add(L, ld_kind(L, paths[i], NULL) == JQL_PATH_DIR
                               ? paths[i] : jql_path_dirname(paths[i]));
    for (int i = 0; i < L->o->nincludes; i++)
        ld_root_add(L, L->o->includes[i]);
    if (L->o->jql_path) {
        char *copy = jql_strdup(L->o->jql_path);
        for (char *save = NULL, *s = strtok_r(copy, ":", &save); s; s = strtok_r(NULL, ":", &save))
            ld_root_add(L, s);
    }
    if (L->o->stdlib_dir)
        ld_root_add(L, L->o->stdlib_dir);
}

struct jql_rulefile **jql_load_rules_named(const char *const *paths, int npaths,
                                           const struct jql_load_opts *o, struct jql_diags *d,
                                           int *nfiles, bool **named)
{
    struct loader L = {.o = o, .d = d};
    load_roots(&L, paths, npaths);
    for (int i = 0; i < npaths; i++) {
        struct load_req rq = {.named = true, .given = true};
        if (load_is_std(paths[i]) ? load_std_any(&L, paths[i], &rq) : load_disk(&L, paths[i], &rq))
            continue;
        jql_diag_error(d, (struct jql_loc){0}, "cannot find rules '%s'", paths[i]);
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
