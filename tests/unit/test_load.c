/* Unit tests for load: which loaded files the given paths name (jqlc test runs only
   their tests), and folders with no rule file (nothing loaded, no error). */
#include "test_util.h"

#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct loaded {
    struct jql_rulefile **files;
    bool *named;
    int n, nerrors;
};

static struct loaded load(const char *const *paths, int npaths)
{
    struct jql_diags d = {0};
    struct jql_load_opts o = {0};
    struct loaded l = {0};
    l.files = jql_load_rules_named(paths, npaths, &o, &d, &l.n, &l.named);
    l.nerrors = d.nerrors;
    return l;
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

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(named__library_file__only_it),
        cmocka_unit_test(named__imported_then_named__named),
        cmocka_unit_test(folder__empty_or_not__files_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
