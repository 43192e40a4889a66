/* Unit tests for path: names, kinds of files, real paths and roots, folder listings and
   the hashed set. Files are made in a fresh folder under /tmp. */
#include "test_util.h"

#include "path.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char *tmp_dir(void)
{
    char *dir = jql_strdup("/tmp/jqlc_test_path_XXXXXX");
    assert_non_null(mkdtemp(dir));
    return dir;
}

static void rm_tree(const char *dir)
{
    assert_int_equal(system(jql_sprintf("rm -rf '%s'", dir)), 0);
}

static void join__dot_segments_and_slashes__dropped_dotdot_kept(void **state)
{
    (void)state;
    assert_string_equal(jql_path_join(".", "a.jq"), "a.jq");
    assert_string_equal(jql_path_join("rules/", "./a.jq"), "rules/a.jq");
    assert_string_equal(jql_path_join("rules", "../lib/x.jq"), "rules/../lib/x.jq");
    assert_string_equal(jql_path_join("/", "etc"), "/etc");
    assert_string_equal(jql_path_join("a", ""), "a");
    assert_string_equal(jql_path_join(".", "."), ".");
}

static void dirname__forms__folder_part(void **state)
{
    (void)state;
    assert_string_equal(jql_path_dirname("a.jq"), ".");
    assert_string_equal(jql_path_dirname("rules/a.jq"), "rules");
    assert_string_equal(jql_path_dirname("/a.jq"), "/");
    assert_string_equal(jql_path_dirname("/x/y/a.jq"), "/x/y");
}

static void normalize__dotdot__removed_by_text(void **state)
{
    (void)state;
    assert_string_equal(jql_path_normalize("std/rfa/../vocabulary.jq"), "std/vocabulary.jq");
    assert_string_equal(jql_path_normalize("std/./a//b"), "std/a/b");
    assert_string_equal(jql_path_normalize("std/../../x"), "../x");
}

static void within__prefix_of_a_name__not_within(void **state)
{
    (void)state;
    assert_true(jql_path_within("/a/b", "/a/b"));
    assert_true(jql_path_within("/a/b/c.jq", "/a/b"));
    assert_false(jql_path_within("/a/bc/d.jq", "/a/b"));
    assert_false(jql_path_within("/a", "/a/b"));
    assert_true(jql_path_within("/etc/x", "/"));
}

static void kind__each_kind__told_apart(void **state)
{
    (void)state;
    const char *dir = tmp_dir();
    const char *file = jql_sprintf("%s/a.jq", dir), *fifo = jql_sprintf("%s/p", dir);
    const char *loop = jql_sprintf("%s/loop", dir), *dangling = jql_sprintf("%s/gone", dir);
    write_file(file, "x");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_int_equal(symlink("loop", loop), 0);
    assert_int_equal(symlink("nothing", dangling), 0);
    const char *why = "unset";
    assert_int_equal(jql_path_kind(file, &why), JQL_PATH_FILE);
    assert_null(why);
    assert_int_equal(jql_path_kind(dir, NULL), JQL_PATH_DIR);
    assert_int_equal(jql_path_kind(fifo, NULL), JQL_PATH_OTHER);
    assert_int_equal(jql_path_kind(jql_sprintf("%s/none", dir), NULL), JQL_PATH_NONE);
    assert_int_equal(jql_path_kind(jql_sprintf("%s/x", file), NULL), JQL_PATH_NONE);
    assert_int_equal(jql_path_kind(loop, &why), JQL_PATH_BAD);
    assert_string_equal(why, "too many levels of symbolic links");
    assert_int_equal(jql_path_kind(dangling, &why), JQL_PATH_BAD);
    assert_string_equal(why, "a symbolic link to nothing");
    assert_true(jql_path_is_file(file) && !jql_path_is_file(dir) && !jql_path_is_file(fifo));
    assert_true(jql_path_is_dir(dir) && !jql_path_is_dir(file));
    rm_tree(dir);
}

static void real__link_and_dotdot__resolved(void **state)
{
    (void)state;
    const char *dir = jql_path_real(tmp_dir()); /* /tmp may itself be a link */
    assert_non_null(dir);
    assert_int_equal(mkdir(jql_sprintf("%s/sub", dir), 0700), 0);
    assert_int_equal(symlink("..", jql_sprintf("%s/sub/up", dir)), 0);
    assert_string_equal(jql_path_real(jql_sprintf("%s/sub/up", dir)), dir);
    assert_string_equal(jql_path_real(jql_sprintf("%s/sub/../sub", dir)),
                        jql_sprintf("%s/sub", dir));
    assert_null(jql_path_real(jql_sprintf("%s/none", dir)));
    rm_tree(dir);
}

static void roots__missing_folder_ignored__held_under_any(void **state)
{
    (void)state;
    const char *dir = jql_path_real(tmp_dir());
    const char *a = jql_sprintf("%s/a", dir), *b = jql_sprintf("%s/b", dir);
    assert_int_equal(mkdir(a, 0700), 0);
    assert_int_equal(mkdir(b, 0700), 0);
    struct jql_path_roots r = {0};
    jql_path_roots_add(&r, a);
    jql_path_roots_add(&r, jql_sprintf("%s/none", dir));
    jql_path_roots_add(&r, jql_sprintf("%s/b/../b", dir));
    assert_int_equal(r.n, 2);
    assert_true(jql_path_roots_hold(&r, jql_sprintf("%s/x.jq", a)));
    assert_true(jql_path_roots_hold(&r, b));
    assert_false(jql_path_roots_hold(&r, jql_sprintf("%s/x.jq", dir)));
    assert_false(jql_path_roots_hold(&r, "/etc/passwd"));
    rm_tree(dir);
}

static void list__hidden_skipped_sorted_dirs_marked(void **state)
{
    (void)state;
    const char *dir = tmp_dir();
    write_file(jql_sprintf("%s/b.jq", dir), "");
    write_file(jql_sprintf("%s/.hidden.jq", dir), "");
    write_file(jql_sprintf("%s/a.jq", dir), "");
    assert_int_equal(mkdir(jql_sprintf("%s/sub", dir), 0700), 0);
    int n = -1;
    const char **names = jql_path_list(dir, true, &n);
    assert_int_equal(n, 3);
    assert_string_equal(names[0], "a.jq");
    assert_string_equal(names[1], "b.jq");
    assert_string_equal(names[2], "sub/");
    names = jql_path_list(jql_sprintf("%s/sub", dir), false, &n);
    assert_non_null(names); /* empty, not unreadable */
    assert_int_equal(n, 0);
    assert_null(jql_path_list(jql_sprintf("%s/none", dir), false, &n));
    assert_int_equal(n, 0);
    rm_tree(dir);
}

static void set__many_keys__found_and_replaced(void **state)
{
    (void)state;
    struct jql_path_set s = {0};
    assert_int_equal(jql_path_set_get(&s, "x"), -1);
    for (int i = 0; i < 20000; i++)
        jql_path_set_put(&s, jql_sprintf("/r/f%d.jq", i), i);
    assert_int_equal(s.n, 20000);
    assert_true(s.cap >= 2 * s.n);
    for (int i = 0; i < 20000; i += 997)
        assert_int_equal(jql_path_set_get(&s, jql_sprintf("/r/f%d.jq", i)), i);
    assert_int_equal(jql_path_set_get(&s, "/r/f20000.jq"), -1);
    jql_path_set_put(&s, "/r/f7.jq", 70);
    assert_int_equal(jql_path_set_get(&s, "/r/f7.jq"), 70);
    assert_int_equal(s.n, 20000);
    assert_true(jql_path_set_add(&s, "/new"));
    assert_false(jql_path_set_add(&s, "/new"));
    assert_false(jql_path_set_add(&s, "/r/f1.jq"));
}

static void strerror__loop__own_wording(void **state)
{
    (void)state;
    assert_string_equal(jql_path_strerror(ELOOP), "too many levels of symbolic links");
    assert_string_equal(jql_path_strerror(ENOENT), strerror(ENOENT));
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(join__dot_segments_and_slashes__dropped_dotdot_kept),
        cmocka_unit_test(dirname__forms__folder_part),
        cmocka_unit_test(normalize__dotdot__removed_by_text),
        cmocka_unit_test(within__prefix_of_a_name__not_within),
        cmocka_unit_test(kind__each_kind__told_apart),
        cmocka_unit_test(real__link_and_dotdot__resolved),
        cmocka_unit_test(roots__missing_folder_ignored__held_under_any),
        cmocka_unit_test(list__hidden_skipped_sorted_dirs_marked),
        cmocka_unit_test(set__many_keys__found_and_replaced),
        cmocka_unit_test(strerror__loop__own_wording),
    };
    return cmocka_run_group_tests_name("path", tests, NULL, NULL);
}
