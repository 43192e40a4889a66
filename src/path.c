/*
** path: names on disk. stat() and realpath() are called here and nowhere
** else, so that every loader and walk agrees on what a name is, which names
** are the same file, and which folders may be read.
*/
/* realpath() is XSI, not in plain _POSIX_C_SOURCE: without this it is implicitly
   declared as returning int on some libcs, truncating the pointer. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include "path.h"

#include "mem.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- names ---- */

bool jql_path_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

const char *jql_path_dirname(const char *p)
{
    const char *slash = strrchr(p, '/');
    if (!slash)
        return ".";
    return slash == p ? "/" : jql_strndup(p, (size_t)(slash - p));
}

const char *jql_path_join(const char *dir, const char *name)
{
    const char *joined = strcmp(dir, ".") == 0 ? name : jql_sprintf("%s/%s", dir, name);
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

const char *jql_path_normalize(const char *p)
{
    const char **segs = NULL;
    int n = 0;
    char *copy = jql_strdup(p);
    for (char *save = NULL, *s = strtok_r(copy, "/", &save); s; s = strtok_r(NULL, "/", &save)) {
        if (strcmp(s, ".") == 0)
            continue;
        if (strcmp(s, "..") == 0 && n > 0 && strcmp(segs[n - 1], "..") != 0)
            n--;
        else
            JQL_APPEND(segs, n, s);
    }
    return jql_join(segs, n, "/");
}

/* ---- what a name is ---- */

const char *jql_path_strerror(int err)
{
    if (err == ELOOP) /* glibc and musl word it differently: one wording everywhere */
        return "too many levels of symbolic links";
    return strerror(err);
}

enum jql_path_kind jql_path_kind(const char *p, const char **why)
{
    struct stat st;
    const char *ignored;
    if (!why)
        why = &ignored;
    *why = NULL;
    if (stat(p, &st) == 0)
        return S_ISREG(st.st_mode) ? JQL_PATH_FILE
               : S_ISDIR(st.st_mode) ? JQL_PATH_DIR
                                     : JQL_PATH_OTHER;
    int err = errno;
    if (err == ENOENT || err == ENOTDIR) {
        if (lstat(p, &st) != 0) /* no such name */
            return JQL_PATH_NONE;
        *why = "a symbolic link to nothing"; /* the name is there: say so, not "not found" */
        return JQL_PATH_BAD;
    }
    *why = jql_path_strerror(err);
    return JQL_PATH_BAD;
}

bool jql_path_is_file(const char *p)
{
    return jql_path_kind(p, NULL) == JQL_PATH_FILE;
}

bool jql_path_is_dir(const char *p)
{
    return jql_path_kind(p, NULL) == JQL_PATH_DIR;
}

const char *jql_path_real(const char *p)
{
    char *real = realpath(p, NULL); /* malloc'ed: copied to collected memory */
    if (!real)
        return NULL;
    const char *copy = jql_strdup(real);
    free(real);
    return copy;
}

bool jql_path_within(const char *real, const char *root)
{
    size_t n = strlen(root);
    if (n == 1 && root[0] == '/') /* "/" holds every real path */
        return real[0] == '/';
    return strncmp(real, root, n) == 0 && (real[n] == '\0' || real[n] == '/');
}

static int path_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char **jql_path_list(const char *dir, bool mark_dirs, int *n)
{
    *n = 0;
    DIR *dp = opendir(dir);
    if (!dp)
        return NULL;
    const char **names = jql_alloc(sizeof *names); /* not NULL, even for an empty folder */
    for (struct dirent *de; (de = readdir(dp));) {
        if (de->d_name[0] == '.')
            continue;
        bool sub = mark_dirs && jql_path_is_dir(jql_path_join(dir, de->d_name));
        JQL_APPEND(names, *n, sub ? jql_sprintf("%s/", de->d_name) : jql_strdup(de->d_name));
    }
    closedir(dp);
    if (*n > 1) /* qsort(NULL, 0, ...) is undefined behaviour */
        qsort(names, (size_t)*n, sizeof *names, path_cmp);
    return names;
}

/* ---- the set: open addressing, power-of-two size, at most half full ---- */

static uint32_t path_set_slot(const struct jql_path_set *s, const char *key)
{
    uint32_t mask = s->cap - 1, i = jql_hash_str(key) & mask;
    while (s->keys[i] && strcmp(s->keys[i], key) != 0)
        i = (i + 1) & mask;
    return i;
}

int jql_path_set_get(const struct jql_path_set *s, const char *key)
{
    if (s->cap == 0)
        return -1;
    uint32_t i = path_set_slot(s, key);
    return s->keys[i] ? s->vals[i] : -1;
}

static void path_set_grow(struct jql_path_set *s)
{
    struct jql_path_set old = *s;
    s->cap = old.cap ? 2 * old.cap : 64;
    s->keys = jql_alloc(s->cap * sizeof *s->keys);
    s->vals = jql_alloc_atomic(s->cap * sizeof *s->vals);
    for (uint32_t i = 0; i < old.cap; i++)
        if (old.keys[i]) {
            uint32_t k = path_set_slot(s, old.keys[i]);
            s->keys[k] = old.keys[i];
            s->vals[k] = old.vals[i];
        }
}

void jql_path_set_put(struct jql_path_set *s, const char *key, int val)
{
    if (2 * (s->n + 1) > s->cap)
        path_set_grow(s);
    uint32_t i = path_set_slot(s, key);
    if (!s->keys[i]) {
        s->keys[i] = jql_strdup(key);
        s->n++;
    }
    s->vals[i] = val;
}

bool jql_path_set_add(struct jql_path_set *s, const char *key)
{
    if (jql_path_set_get(s, key) >= 0)
        return false;
    jql_path_set_put(s, key, 0);
    return true;
}

/* ---- roots ---- */

void jql_path_roots_add(struct jql_path_roots *r, const char *dir)
{
    const char *real = jql_path_real(dir);
    if (real && jql_path_is_dir(real))
        JQL_APPEND(r->real, r->n, real);
}

bool jql_path_roots_hold(const struct jql_path_roots *r, const char *real)
{
    for (int i = 0; i < r->n; i++)
        if (jql_path_within(real, r->real[i]))
            return true;
    return false;
}
