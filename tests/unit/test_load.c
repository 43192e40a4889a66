/* Unit tests for load: which loaded files the given paths name (jqlc test runs only
   their tests), folders with no rule file (nothing loaded, no error), imports kept under
   the roots, std/ always the library, pipes, and recursive walks that end. */
#include "test_util.h"

#include "load.h"
#include "path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

struct loaded {
    struct jql_rulefile **files;
    bool *named;
    int n, nerrors;
};

static struct jql_diags last; /* the diagnostics of the last load_opts() */

static struct loaded load_opts(const char *const *paths, int npaths,
                               const struct jql_load_opts *o)
{
    struct jql_diags d = {0};
    struct loaded l = {0};
    l.files = jql_load_rules_named(paths, npaths, o, &d, &l.n, &l.named);
    l.nerrors = d.nerrors;
    last = d;
    return l;
}

static struct loaded load(const char *const *paths, int npaths)
{
    struct jql_load_opts o = {0};
    return load_opts(paths, npaths, &o);
}

/* Whether some diagnostic of the last load says `text`. */
static bool said(const char *text)
{
    for (int i = 0; i < last.n; i++)
        if (strstr(last.v[i]->msg, text))
            return true;
    return false;
}

/* Whether the file with identity `id` was loaded, and named (-1: not loaded). */
static int named(const struct loaded *l, const char *id)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->files[i]->src->path, id) == 0)
            return l->named[i];
    return -1;
}

static void named__library_file__only_it(void **state)
{
    (void)state;
    const char *paths[] = {"std/default"};
    struct loaded l = load(paths, 1);
    assert_int_equal(l.nerrors, 0);
    assert_true(l.n > 1);
    assert_int_equal(named(&l, "std/default.jq"), 1);
    assert_int_equal(named(&l, "std/rfa/earnings.jq"), 0); /* only imported */
    int n = 0;
    for (int i = 0; i < l.n; i++)
        n += l.named[i];
    assert_int_equal(n, 1);
}

/* A file imported by an earlier path and then named itself counts as named. */
static void named__imported_then_named__named(void **state)
{
    (void)state;
    const char *paths[] = {"std/default", "std/rfa/earnings"};
    struct loaded l = load(paths, 2);
    assert_int_equal(l.nerrors, 0);
    assert_int_equal(named(&l, "std/default.jq"), 1);
    assert_int_equal(named(&l, "std/rfa/earnings.jq"), 1);
    assert_int_equal(named(&l, "std/rfa/benefits.jq"), 0);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A folder without *.jq files loads nothing and is no error (check reports "no
   standards"); every *.jq file of a named folder is named, imported or not. */
static void folder__empty_or_not__files_named(void **state)
{
    (void)state;
    char dir[] = "/tmp/jqlc_test_load_XXXXXX";
    assert_non_null(mkdtemp(dir));
    const char *paths[] = {dir};
    struct loaded l = load(paths, 1);
    assert_int_equal(l.nerrors, 0);
    assert_int_equal(l.n, 0);

    const char *a = jql_sprintf("%s/a.jq", dir), *b = jql_sprintf("%s/b.jq", dir);
    write_file(a, "import \"b.jq\"\n");
    write_file(b, "facts { n: number }\n");
    l = load(paths, 1);
    assert_int_equal(l.nerrors, 0);
    assert_int_equal(l.n, 2);
    assert_true(l.named[0] && l.named[1]);
    unlink(a);
    unlink(b);
    rmdir(dir);
}

static const char *tmp_dir(void)
{
    char *dir = jql_strdup("/tmp/jqlc_test_load_XXXXXX");
    assert_non_null(mkdtemp(dir));
    return dir;
}

static void rm_tree(const char *dir)
{
    assert_int_equal(system(jql_sprintf("rm -rf '%s'", dir)), 0);
}

/* An import that leaves the folder of the rule path given, by ".." or by a symbolic
   link, is an error and nothing is read; -I adds a root that allows it. */
static void roots__escape_by_dotdot_or_link__error_unless_included(void **state)
{
    (void)state;
    const char *dir = tmp_dir();
    assert_int_equal(mkdir(jql_sprintf("%s/rules", dir), 0700), 0);
    write_file(jql_sprintf("%s/shared.jq", dir), "facts { n: number }\n");
    write_file(jql_sprintf("%s/rules/up.jq", dir), "import \"../shared.jq\"\n");
    write_file(jql_sprintf("%s/rules/link.jq", dir), "import \"ln.jq\"\n");
    assert_int_equal(symlink("../shared.jq", jql_sprintf("%s/rules/ln.jq", dir)), 0);
    const char *up[] = {jql_sprintf("%s/rules/up.jq", dir)};
    struct loaded l = load(up, 1);
    assert_int_equal(l.nerrors, 1);
    assert_true(said("import '../shared.jq' leaves the rule folders"));
    assert_int_equal(l.n, 1); /* up.jq only */
    const char *link[] = {jql_sprintf("%s/rules/link.jq", dir)};
    l = load(link, 1);
    assert_int_equal(l.nerrors, 1);
    assert_true(said("import 'ln.jq' leaves the rule folders"));
    const char *inc[] = {dir};
    struct jql_load_opts o = {.includes = inc, .nincludes = 1};
    l = load_opts(up, 1, &o);
    assert_int_equal(l.nerrors, 0);
    assert_int_equal(l.n, 2);
    l = load_opts(link, 1, &o);
    assert_int_equal(l.nerrors, 0);
    rm_tree(dir);
}

/* Absolute and empty imports name nothing; an import never reads a file without the
   .jq extension. */
static void import__absolute_empty_or_not_jq__error(void **state)
{
    (void)state;
    const char *dir = tmp_dir();
    write_file(jql_sprintf("%s/abs.jq", dir), "import \"/etc/passwd\"\n");
    write_file(jql_sprintf("%s/empty.jq", dir), "import \"\"\n");
    write_file(jql_sprintf("%s/notes.txt", dir), "secret\n");
    write_file(jql_sprintf("%s/txt.jq", dir), "import \"notes.txt\"\n");
    const char *abs[] = {jql_sprintf("%s/abs.jq", dir)};
    struct loaded l = load(abs, 1);
    assert_true(said("import '/etc/passwd' is an absolute path"));
    const char *empty[] = {jql_sprintf("%s/empty.jq", dir)};
    l = load(empty, 1);
    assert_int_equal(l.nerrors, 1);
    assert_true(said("empty import path"));
    const char *txt[] = {jql_sprintf("%s/txt.jq", dir)};
    l = load(txt, 1);
    assert_true(said("cannot find import 'notes.txt'"));
    assert_int_equal(l.n, 1);
    rm_tree(dir);
}

/* "std/..." is the library, whatever a local std/ folder holds. */
static void std__local_std_folder__never_shadows(void **state)
{
    (void)state;
    const char *dir = tmp_dir();
    char *cwd = getcwd(NULL, 0);
    assert_int_equal(chdir(dir), 0);
    assert_int_equal(mkdir("std", 0700), 0);
    write_file("std/default.jq", "facts { local_copy: bool }\n");
    write_file("mine.jq", "import \"std/default\"\n");
    const char *paths[] = {"std/default"}, *mine[] = {"mine.jq"};
    struct loaded l = load(paths, 1);
    assert_int_equal(l.nerrors, 0);
    assert_int_equal(named(&l, "std/default.jq"), 1); /* the built-in file */
    struct loaded m = load(mine, 1);
    assert_int_equal(m.nerrors, 0);
    assert_int_equal(named(&m, "std/default.jq"), 0);
    assert_int_equal(m.n, l.n + 1);
    assert_int_equal(chdir(cwd), 0);
    free(cwd);
    rm_tree(dir);
}

/* A FIFO given is read; a FIFO an import names is not (it could block forever). */
static void fifo__given_read__imported_refused(void **state)
{
    (void)state;
    const char *dir = tmp_dir();
    const char *fifo = jql_sprintf("%s/p.jq", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    write_file(jql_sprintf("%s/imp.jq", dir), "import \"p.jq\"\n");
    const char *imp[] = {jql_sprintf("%s/imp.jq", dir)};
    struct loaded l = load(imp, 1);
    assert_int_equal(l.nerrors, 1);
    assert_true(said("p.jq': not a regular file"));
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) { /* the writer */
        FILE *f = fopen(fifo, "w");
        fputs("facts { n: number }\n", f);
        fclose(f);
        _exit(0);
    }
    const char *given[] = {fifo};
    l = load(given, 1);
    assert_int_equal(l.nerrors, 0);
    assert_int_equal(l.n, 1);
    assert_int_equal(l.files[0]->nitems, 1);
    assert_int_equal(waitpid(pid, NULL, 0), pid);
    rm_tree(dir);
}

/* A recursive walk enters each real folder once and no folder outside the one given:
   links to ".", ".." and to a sibling add nothing and the walk ends. */
static void walk__links_to_dot_dotdot_sibling__each_file_once(void **state)
{
    (void)state;
    const char *dir = tmp_dir();
    const char *d = jql_sprintf("%s/d", dir);
    assert_int_equal(mkdir(d, 0700), 0);
    assert_int_equal(mkdir(jql_sprintf("%s/sub", d), 0700), 0);
    write_file(jql_sprintf("%s/a.jq", d), "facts { a: bool }\n");
    write_file(jql_sprintf("%s/sub/b.jq", d), "facts { b: bool }\n");
    write_file(jql_sprintf("%s/outside.jq", dir), "facts { o: bool }\n");
    assert_int_equal(symlink(".", jql_sprintf("%s/self", d)), 0);
    assert_int_equal(symlink("..", jql_sprintf("%s/sub/up", d)), 0);
    assert_int_equal(symlink("..", jql_sprintf("%s/parent", d)), 0);
    assert_int_equal(symlink("sub", jql_sprintf("%s/again", d)), 0);
    const char *paths[] = {d};
    struct jql_load_opts o = {.recursive = true};
    struct loaded l = load_opts(paths, 1, &o);
    assert_int_equal(l.nerrors, 0);
    assert_int_equal(l.n, 2);
    assert_true(l.named[0] && l.named[1]);
    rm_tree(dir);
}

/* ---- another tree than the disk (jql_load_opts.fs) ---- */

/* A tree in memory: "/t/rules/a.jq", "/t/rules/b.jq", "/t/lib/c.jq", "/t/rules/big.jq". */
struct mem_tree {
    const char *const *names, *const *texts;
    int n;
};
static const char *const mem_names[] = {"/t/rules/a.jq", "/t/rules/b.jq", "/t/lib/c.jq",
                                        "/t/rules/sub/d.jq"};
static const char *const mem_texts[] = {"import \"../lib/c\"\nfacts { a: bool }\n",
                                        "facts { b: bool }\n", "facts { c: bool }\n",
                                        "facts { d: bool }\n"};

static const char *mem_abs(const char *p)
{
    return p[0] == '/' ? jql_sprintf("/%s", jql_path_normalize(p))
                       : jql_sprintf("/t/%s", jql_path_normalize(p));
}

static enum jql_path_kind mem_kind(void *ctx, const char *path, const char **why)
{
    const struct mem_tree *t = ctx;
    const char *p = mem_abs(path);
    if (why)
        *why = NULL;
    for (int i = 0; i < t->n; i++) {
        if (strcmp(t->names[i], p) == 0)
            return JQL_PATH_FILE;
        if (strncmp(t->names[i], p, strlen(p)) == 0 && t->names[i][strlen(p)] == '/')
            return JQL_PATH_DIR;
    }
    return JQL_PATH_NONE;
}

static const char *mem_real(void *ctx, const char *path)
{
    return mem_kind(ctx, path, NULL) == JQL_PATH_NONE ? NULL : mem_abs(path);
}

static const char **mem_list(void *ctx, const char *dir, int *n)
{
    const struct mem_tree *t = ctx;
    const char *p = jql_sprintf("%s/", mem_abs(dir));
    const char **names = jql_alloc(8 * sizeof *names);
    *n = 0;
    for (int i = 0; i < t->n; i++)
        if (strncmp(t->names[i], p, strlen(p)) == 0 && !strchr(t->names[i] + strlen(p), '/'))
            names[(*n)++] = t->names[i] + strlen(p);
    return names;
}

static const char *mem_read(void *ctx, const char *path, size_t *len, const char **why)
{
    const struct mem_tree *t = ctx;
    const char *p = mem_abs(path);
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->names[i], p) == 0) {
            *len = strlen(t->texts[i]);
            return t->texts[i];
        }
    *why = "not in the tree";
    return NULL;
}

static void fs__tree_in_memory__read_instead_of_disk(void **state)
{
    (void)state;
    struct mem_tree t = {mem_names, mem_texts, 4};
    struct jql_load_fs fs = {&t, mem_kind, mem_real, mem_list, mem_read};
    struct jql_load_opts o = {.fs = &fs, .includes = (const char *[]){"lib"}, .nincludes = 1};
    const char *paths[] = {"rules", "std/vocabulary"};
    struct loaded l = load_opts(paths, 2, &o);
    assert_int_equal(l.nerrors, 0);
    /* c (imported by a, first), a, b: the folder's files, not its subfolder's; then the
       library, which stays the built-in one */
    assert_int_equal(named(&l, "/t/lib/c.jq"), 0);
    assert_int_equal(named(&l, "/t/rules/a.jq"), 1);
    assert_int_equal(named(&l, "/t/rules/b.jq"), 1);
    assert_int_equal(named(&l, "/t/rules/sub/d.jq"), -1);
    assert_int_equal(named(&l, "std/vocabulary.jq"), 1);
    assert_string_equal(l.files[0]->src->name, "rules/../lib/c.jq");
    /* the roots are the tree's: an import out of them is refused, a missing file said */
    struct jql_load_opts bare = {.fs = &fs};
    const char *one[] = {"rules/a.jq"};
    l = load_opts(one, 1, &bare);
    assert_true(said("import '../lib/c' leaves the rule folders"));
    const char *none[] = {"rules/zz.jq"};
    l = load_opts(none, 1, &bare);
    assert_true(said("cannot find rules 'rules/zz.jq'"));
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(named__library_file__only_it),
        cmocka_unit_test(named__imported_then_named__named),
        cmocka_unit_test(folder__empty_or_not__files_named),
        cmocka_unit_test(roots__escape_by_dotdot_or_link__error_unless_included),
        cmocka_unit_test(import__absolute_empty_or_not_jq__error),
        cmocka_unit_test(std__local_std_folder__never_shadows),
        cmocka_unit_test(fifo__given_read__imported_refused),
        cmocka_unit_test(walk__links_to_dot_dotdot_sibling__each_file_once),
        cmocka_unit_test(fs__tree_in_memory__read_instead_of_disk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
