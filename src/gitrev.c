/*
** gitrev: a git revision as a tree of files for the loader (gitrev.h).
**
** Each folder of the revision is listed once, when the loader first asks about a name
** in it (`git ls-tree -z -l COMMIT:FOLDER`), and kept; a file is read by its blob's
** object name (`git cat-file blob OID`), so the path is never parsed by git again.
** Paths are compared by their text: a revision has no symbolic links to follow (a
** link stored in it is refused, not followed), so "a/../b" is "b".
*/
#include "gitrev.h"

#include "limit.h"
#include "mem.h"
#include "path.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* One entry of a folder of the revision. */
struct gr_entry {
    const char *name;
    enum jql_path_kind kind;
    const char *why;  /* JQL_PATH_BAD: why it cannot be read */
    const char *oid;  /* a file's blob */
    long long size;   /* a file's size in bytes */
};

struct gr_dir {
    struct gr_entry *v; int n; /* sorted bytewise; NULL when the folder is not there */
};

struct jql_gitrev {
    const char *rev, *commit;
    const char *top, *cwd;  /* real paths: the working tree's top, the working directory */
    struct jql_path_set dirs; /* a folder (relative to top, "" for top) → index in dirv */
    JQL_VEC(struct gr_dir) dirv;
    struct jql_load_fs fs;
};

/* ---- running git ---- */

struct gr_run {
    struct jql_buf out, err;
    int status;   /* exit status; -1 when git did not run or was killed */
};

/* Read both pipes to their end (poll: git may fill either first). */
static void gr_drain(int fo, int fe, struct gr_run *r)
{
    struct pollfd p[2] = {{fo, POLLIN, 0}, {fe, POLLIN, 0}};
    struct jql_buf *to[2] = {&r->out, &r->err};
    char chunk[65536];
    while (p[0].fd >= 0 || p[1].fd >= 0) {
        if (poll(p, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; i++) {
            if (p[i].fd < 0 || !p[i].revents)
                continue;
            ssize_t n = read(p[i].fd, chunk, sizeof chunk);
            if (n > 0)
                jql_buf_put(to[i], chunk, (size_t)n);
            else if (n == 0 || errno != EINTR) {
                close(p[i].fd);
                p[i].fd = -1;
            }
        }
    }
}

/* Run git with `argv` (argv[0] is "git"), standard input /dev/null, in the working
   directory. false with *why when it could not be started. */
static bool gr_git(const char *const *argv, struct gr_run *r, const char **why)
{
    *r = (struct gr_run){.status = -1};
    int po[2], pe[2];
    if (pipe(po) != 0) {
        *why = strerror(errno);
        return false;
    }
    if (pipe(pe) != 0) {
        *why = strerror(errno);
        close(po[0]), close(po[1]);
        return false;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, po[1], 1);
    posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
    /* only 1 and 2 stay open on the pipes: a process git leaves behind must not hold
       them, or reading would never end */
    posix_spawn_file_actions_addclose(&fa, po[0]);
    posix_spawn_file_actions_addclose(&fa, pe[0]);
    posix_spawn_file_actions_addclose(&fa, po[1]);
    posix_spawn_file_actions_addclose(&fa, pe[1]);
    pid_t pid;
    int rc = posix_spawnp(&pid, "git", &fa, NULL, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(po[1]);
    close(pe[1]);
    if (rc != 0) {
        close(po[0]), close(pe[0]);
        *why = jql_sprintf("cannot run git: %s", strerror(rc));
        return false;
    }
    gr_drain(po[0], pe[0], r);
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            *why = strerror(errno);
            return false;
        }
    r->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    if (WIFEXITED(st) && WEXITSTATUS(st) == 127 && !r->err.len) {
        *why = "cannot run git";
        return false;
    }
    return true;
}

/* git's message: the first line it wrote to standard error. */
static const char *gr_message(struct gr_run *r)
{
    const char *s = jql_buf_str(&r->err);
    const char *nl = strchr(s, '\n');
    const char *line = nl ? jql_strndup(s, (size_t)(nl - s)) : s;
    return *line ? line : jql_sprintf("git ended with status %d", r->status);
}

/* The first line of what git printed. */
static const char *gr_line(struct gr_run *r)
{
    const char *s = jql_buf_str(&r->out);
    const char *nl = strchr(s, '\n');
    return nl ? jql_strndup(s, (size_t)(nl - s)) : s;
}

/* ---- the folders of the revision ---- */

static int gr_entry_cmp(const void *a, const void *b)
{
    return strcmp(((const struct gr_entry *)a)->name, ((const struct gr_entry *)b)->name);
}

/* One record of `git ls-tree -z -l`: "MODE TYPE OID SIZE\tNAME". */
static bool gr_entry_parse(const char *rec, struct gr_entry *e)
{
    const char *tab = strchr(rec, '\t');
    char mode[16], type[16], oid[80], size[32];
    if (!tab || sscanf(rec, "%15s %15s %79s %31s", mode, type, oid, size) != 4)
        return false;
    *e = (struct gr_entry){.name = jql_strdup(tab + 1), .oid = jql_strdup(oid)};
    if (strcmp(type, "tree") == 0) {
        e->kind = JQL_PATH_DIR;
    } else if (strcmp(type, "blob") == 0 && strcmp(mode, "120000") == 0) {
        e->kind = JQL_PATH_BAD;
        e->why = "a symbolic link, which is not followed in a git revision";
    } else if (strcmp(type, "blob") == 0) {
        e->kind = JQL_PATH_FILE;
        e->size = atoll(size);
    } else {
        e->kind = JQL_PATH_OTHER; /* a submodule's commit */
    }
    return true;
}

/* The entries of folder `rel` ("" for the top), listed at the first question. */
static const struct gr_dir *gr_dir(struct jql_gitrev *g, const char *rel)
{
    int at = jql_path_set_get(&g->dirs, rel);
    if (at >= 0)
        return &g->dirv.v[at];
    struct gr_dir dir = {0};
    const char *argv[] = {"git", "ls-tree", "--full-tree", "-z", "-l",
                          jql_sprintf("%s:%s", g->commit, rel), NULL};
    struct gr_run r;
    const char *why;
    if (gr_git(argv, &r, &why) && r.status == 0) {
        const char *s = jql_buf_str(&r.out), *end = s + r.out.len;
        dir.v = jql_alloc(sizeof *dir.v); /* not NULL: the folder is there */
        for (; s < end; s += strlen(s) + 1) {
            struct gr_entry e;
            if (gr_entry_parse(s, &e))
                JQL_APPEND(dir.v, dir.n, e);
        }
        if (dir.n > 1)
            qsort(dir.v, (size_t)dir.n, sizeof *dir.v, gr_entry_cmp);
    }
    JQL_VEC_PUSH(g->dirv, dir);
    jql_path_set_put(&g->dirs, rel, g->dirv.n - 1);
    return &g->dirv.v[g->dirv.n - 1];
}

/* An absolute path with the folders of it that are on disk made real (the top is a real
   path: /tmp/repo/x is in the repository /private/tmp/repo when /tmp is a link). The
   last name is kept: it names a file of the revision, not what the disk has there. */
static const char *gr_real_prefix(const char *abs)
{
    const char *last = strrchr(abs, '/');
    const char *head = jql_path_dirname(abs), *rest = last[1] ? last + 1 : "";
    while (strcmp(head, "/") != 0) {
        const char *real = jql_path_real(head);
        if (real)
            return *rest ? jql_path_join(real, rest) : real;
        const char *slash = strrchr(head, '/');
        rest = *rest ? jql_sprintf("%s/%s", slash + 1, rest) : slash + 1;
        head = jql_path_dirname(head);
    }
    return abs;
}

/* The path relative to the top of the working tree, or NULL when it lies outside. */
static const char *gr_rel(const struct jql_gitrev *g, const char *path)
{
    const char *abs = path[0] == '/' ? gr_real_prefix(path) : jql_sprintf("%s/%s", g->cwd, path);
    const char *norm = jql_sprintf("/%s", jql_path_normalize(abs));
    if (!jql_path_within(norm, g->top))
        return NULL;
    size_t n = strlen(g->top);
    if (strcmp(g->top, "/") == 0)
        return norm + 1;
    return norm[n] ? norm + n + 1 : "";
}

/* The entry of `rel` in its folder, or NULL. */
static const struct gr_entry *gr_find(struct jql_gitrev *g, const char *rel)
{
    const char *slash = strrchr(rel, '/');
    const struct gr_dir *d = gr_dir(g, slash ? jql_strndup(rel, (size_t)(slash - rel)) : "");
    struct gr_entry key = {.name = slash ? slash + 1 : rel};
    return d->v ? bsearch(&key, d->v, (size_t)d->n, sizeof *d->v, gr_entry_cmp) : NULL;
}

/* ---- the tree, for the loader ---- */

static enum jql_path_kind gr_kind(void *ctx, const char *path, const char **why)
{
    struct jql_gitrev *g = ctx;
    const char *rel = gr_rel(g, path);
    if (!rel)
        return jql_path_kind(path, why);
    if (why)
        *why = NULL;
    if (!*rel)
        return JQL_PATH_DIR;
    const struct gr_entry *e = gr_find(g, rel);
    if (e && why)
        *why = e->why;
    return e ? e->kind : JQL_PATH_NONE;
}

static const char *gr_real(void *ctx, const char *path)
{
    struct jql_gitrev *g = ctx;
    const char *rel = gr_rel(g, path);
    if (!rel)
        return jql_path_real(path);
    if (gr_kind(g, path, NULL) == JQL_PATH_NONE) {
        errno = ENOENT;
        return NULL;
    }
    return *rel ? jql_path_join(g->top, rel) : g->top;
}

static const char **gr_list(void *ctx, const char *dir, int *n)
{
    struct jql_gitrev *g = ctx;
    const char *rel = gr_rel(g, dir);
    if (!rel)
        return jql_path_list(dir, false, n);
    *n = 0;
    const struct gr_dir *d = gr_dir(g, rel);
    if (!d->v) {
        errno = ENOENT;
        return NULL;
    }
    const char **names = jql_alloc(((size_t)d->n + 1) * sizeof *names);
    for (int i = 0; i < d->n; i++) /* sorted already; hidden names left out, as on disk */
        if (d->v[i].name[0] != '.')
            names[(*n)++] = d->v[i].name;
    return names;
}

/* A file outside the repository, from the disk (up to one byte past the limit). */
static const char *gr_read_disk(const char *path, size_t *len, const char **why)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *why = jql_path_strerror(errno);
        return NULL;
    }
    struct jql_buf b = {0};
    char chunk[65536];
    size_t n;
    while (b.len <= (size_t)JQL_LIMIT_RULE_FILE && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        jql_buf_put(&b, chunk, n);
    bool err = ferror(f);
    fclose(f);
    if (err) {
        *why = "read error";
        return NULL;
    }
    *len = b.len;
    return jql_buf_str(&b);
}

static const char *gr_read(void *ctx, const char *path, size_t *len, const char **why)
{
    struct jql_gitrev *g = ctx;
    const char *rel = gr_rel(g, path);
    if (!rel)
        return gr_read_disk(path, len, why);
    const struct gr_entry *e = *rel ? gr_find(g, rel) : NULL;
    if (!e || e->kind != JQL_PATH_FILE) {
        *why = !e ? jql_sprintf("not in git revision '%s'", g->rev)
               : e->kind == JQL_PATH_DIR ? "it is a folder"
               : e->why ? e->why : "not a regular file";
        return NULL;
    }
    if (e->size > JQL_LIMIT_RULE_FILE) { /* the loader says so; nothing is read */
        *len = (size_t)JQL_LIMIT_RULE_FILE + 1;
        return "";
    }
    const char *argv[] = {"git", "cat-file", "blob", e->oid, NULL};
    struct gr_run r;
    if (!gr_git(argv, &r, why))
        return NULL;
    if (r.status != 0) {
        *why = gr_message(&r);
        return NULL;
    }
    *len = r.out.len;
    return jql_buf_str(&r.out);
}

/* ---- opening a revision ---- */

struct jql_gitrev *jql_gitrev_open(const char *rev, const char **err)
{
    if (rev[0] == '-' || !*rev) { /* never an option of git's */
        *err = jql_sprintf("'%s' is not a revision", rev);
        return NULL;
    }
    const char *why;
    struct gr_run r;
    const char *top_argv[] = {"git", "rev-parse", "--show-toplevel", NULL};
    if (!gr_git(top_argv, &r, &why)) {
        *err = why;
        return NULL;
    }
    if (r.status != 0 || !r.out.len) {
        *err = jql_sprintf("no git repository here: %s", gr_message(&r));
        return NULL;
    }
    const char *top = gr_line(&r);
    const char *rev_argv[] = {"git", "rev-parse", "--verify", jql_sprintf("%s^{commit}", rev),
                              NULL};
    if (!gr_git(rev_argv, &r, &why)) {
        *err = why;
        return NULL;
    }
    if (r.status != 0) {
        *err = jql_sprintf("'%s' is not a commit of this repository: %s", rev, gr_message(&r));
        return NULL;
    }
    struct jql_gitrev *g = jql_alloc(sizeof *g);
    g->rev = jql_strdup(rev);
    g->commit = gr_line(&r);
    const char *rtop = jql_path_real(top), *cwd = jql_path_real(".");
    g->top = rtop ? rtop : top;
    g->cwd = cwd ? cwd : g->top;
    g->fs = (struct jql_load_fs){g, gr_kind, gr_real, gr_list, gr_read};
    return g;
}

const char *jql_gitrev_merge_base(const char *a, const char *b, const char **err)
{
    const char *ids[2] = {a, b};
    for (int k = 0; k < 2; k++) { /* each named in git's words first, as for --git REV */
        struct jql_gitrev *g = jql_gitrev_open(ids[k], err);
        if (!g)
            return NULL;
        ids[k] = g->commit;
    }
    const char *argv[] = {"git", "merge-base", ids[0], ids[1], NULL};
    struct gr_run r;
    const char *why;
    if (!gr_git(argv, &r, &why)) {
        *err = why;
        return NULL;
    }
    if (r.status != 0) {
        *err = jql_sprintf("'%s' and '%s' have no common ancestor%s%s", a, b,
                           r.err.len ? ": " : "", r.err.len ? gr_message(&r) : "");
        return NULL;
    }
    return gr_line(&r);
}

const struct jql_load_fs *jql_gitrev_fs(struct jql_gitrev *g) { return &g->fs; }
const char *jql_gitrev_name(const struct jql_gitrev *g) { return g->rev; }
const char *jql_gitrev_commit(const struct jql_gitrev *g)
{
    return jql_strndup(g->commit, 12);
}
