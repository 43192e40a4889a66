/* Unit tests for output: atomic replacement, what a failure leaves behind, inputs
   recognised under another name, and the checks of standard output. Each test works in
   a fresh folder under /tmp, removed afterwards. */
#include "test_util.h"

#include "output.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[64];

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/jqlc-test-output-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    DIR *dp = opendir(dir);
    for (struct dirent *de; dp && (de = readdir(dp));)
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
            unlink(jql_sprintf("%s/%s", dir, de->d_name));
    if (dp)
        closedir(dp);
    return rmdir(dir);
}

static const char *in_dir(const char *name) { return jql_sprintf("%s/%s", dir, name); }

static void put_file(const char *name, const char *text)
{
    FILE *f = fopen(in_dir(name), "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static const char *file_text(const char *name)
{
    static char buf[4096];
    FILE *f = fopen(in_dir(name), "r");
    if (!f)
        return NULL;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return buf;
}

/* The number of entries in the folder: a temporary file left behind shows here. */
static int entries(void)
{
    int n = 0;
    DIR *dp = opendir(dir);
    for (struct dirent *de; (de = readdir(dp));)
        n += strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0;
    closedir(dp);
    return n;
}

static const char *first_message(const struct jql_diags *d)
{
    return d->n ? d->v[0]->msg : "";
}

static void out_file__new__appears_only_when_closed(void **state)
{
    (void)state;
    struct jql_out o;
    struct jql_diags d = {0};
    assert_true(jql_out_init(&o, in_dir("r.txt"), stdout, &d));
    assert_true(jql_out_open(&o, &d));
    fputs("report\n", o.f);
    assert_null(file_text("r.txt")); /* still the temporary file */
    assert_int_equal(entries(), 1);
    assert_true(jql_out_close(&o, &d));
    assert_string_equal(file_text("r.txt"), "report\n");
    assert_int_equal(entries(), 1);
    assert_int_equal(d.n, 0);
}

static void out_file__existing__replaced_with_its_mode(void **state)
{
    (void)state;
    put_file("r.txt", "old\n");
    chmod(in_dir("r.txt"), 0640);
    struct jql_out o;
    struct jql_diags d = {0};
    assert_true(jql_out_init(&o, in_dir("r.txt"), stdout, &d));
    assert_true(jql_out_open(&o, &d));
    fputs("new\n", o.f);
    assert_string_equal(file_text("r.txt"), "old\n");
    assert_true(jql_out_close(&o, &d));
    assert_string_equal(file_text("r.txt"), "new\n");
    struct stat st;
    assert_int_equal(stat(in_dir("r.txt"), &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
}

static void out_file__discarded__old_kept_no_temporary(void **state)
{
    (void)state;
    put_file("r.txt", "old\n");
    struct jql_out o;
    struct jql_diags d = {0};
    assert_true(jql_out_init(&o, in_dir("r.txt"), stdout, &d));
    assert_true(jql_out_open(&o, &d));
    fputs("half a rep", o.f);
    jql_out_discard(&o);
    assert_string_equal(file_text("r.txt"), "old\n");
    assert_int_equal(entries(), 1);
}

/* A symbolic link to the report stays a link; the file it names is replaced. */
static void out_file__symlink__target_replaced_link_kept(void **state)
{
    (void)state;
    put_file("real.txt", "old\n");
    assert_int_equal(symlink("real.txt", in_dir("link.txt")), 0);
    struct jql_out o;
    struct jql_diags d = {0};
    assert_true(jql_out_init(&o, in_dir("link.txt"), stdout, &d));
    assert_true(jql_out_open(&o, &d));
    fputs("new\n", o.f);
    assert_true(jql_out_close(&o, &d));
    struct stat st;
    assert_int_equal(lstat(in_dir("link.txt"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_string_equal(file_text("real.txt"), "new\n");
}

/* Past a file-size limit (EFBIG), in a child so that the limit ends with it: the
   previous file is untouched and the temporary file removed. */
static void out_file__size_limit__old_kept_error_reported(void **state)
{
    (void)state;
    put_file("r.txt", "old\n");
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        jql_out_startup(); /* SIGXFSZ ignored: the write fails instead */
        struct rlimit rl = {4096, 4096};
        struct jql_out o;
        struct jql_diags d = {0};
        if (setrlimit(RLIMIT_FSIZE, &rl) || !jql_out_init(&o, in_dir("r.txt"), stdout, &d) ||
            !jql_out_open(&o, &d))
            _exit(3);
        for (int i = 0; i < 1000; i++)
            fputs("0123456789abcdef0123456789abcdef\n", o.f);
        bool ok = jql_out_close(&o, &d);
        _exit(!ok && strstr(first_message(&d), "File too large") ? 0 : 4);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_string_equal(file_text("r.txt"), "old\n");
    assert_int_equal(entries(), 1);
}

/* A device is written in place (there is nothing to replace), and its errors show. */
static void out_device__full__error_at_close(void **state)
{
    (void)state;
    struct jql_out o;
    struct jql_diags d = {0};
    assert_true(jql_out_init(&o, "/dev/full", stdout, &d));
    assert_true(o.in_place);
    assert_true(jql_out_open(&o, &d));
    fputs("report\n", o.f);
    assert_false(jql_out_close(&o, &d));
    assert_string_equal(first_message(&d),
                        "cannot write '/dev/full': No space left on device");
}

static void out_init__folder_or_missing_folder__error(void **state)
{
    (void)state;
    struct jql_out o;
    struct jql_diags d = {0};
    assert_false(jql_out_init(&o, dir, stdout, &d));
    assert_string_equal(first_message(&d), jql_sprintf("cannot write '%s': it is a folder", dir));
    struct jql_diags d2 = {0};
    assert_false(jql_out_init(&o, in_dir("no/r.txt"), stdout, &d2));
    assert_string_equal(first_message(&d2),
                        jql_sprintf("cannot write '%s/no/r.txt': No such file or directory",
                                    dir));
    put_file("f", "");
    struct jql_diags d3 = {0};
    assert_false(jql_out_init(&o, in_dir("f/r.txt"), stdout, &d3));
    assert_string_equal(first_message(&d3),
                        jql_sprintf("cannot write '%s/f/r.txt': Not a directory", dir));
}

/* A file its user may not write is not replaced, though the folder would allow the
   rename; as root, the child drops to an ordinary user first. */
static void out_init__read_only_file__permission_denied(void **state)
{
    (void)state;
    put_file("r.txt", "old\n");
    chmod(in_dir("r.txt"), 0444);
    chmod(dir, 0777);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        struct jql_out o;
        struct jql_diags d = {0};
        bool ok = jql_out_init(&o, in_dir("r.txt"), stdout, &d);
        _exit(!ok && strstr(first_message(&d), "Permission denied") ? 0 : 4);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_string_equal(file_text("r.txt"), "old\n");
}

static void out_is_input__same_file_any_name(void **state)
{
    (void)state;
    put_file("a.facts", "x");
    put_file("b.facts", "x");
    assert_int_equal(symlink("a.facts", in_dir("l.facts")), 0);
    struct jql_out o;
    struct jql_diags d = {0};
    assert_true(jql_out_init(&o, in_dir("l.facts"), stdout, &d));
    assert_true(jql_out_is_input(&o, in_dir("a.facts")));
    assert_true(jql_out_is_input(&o, jql_sprintf("%s/../%s/a.facts", dir, strrchr(dir, '/') + 1)));
    assert_false(jql_out_is_input(&o, in_dir("b.facts")));
    assert_false(jql_out_is_input(&o, in_dir("missing.facts")));
    assert_true(jql_out_init(&o, in_dir("new.txt"), stdout, &d)); /* not there: reads nothing */
    assert_false(jql_out_is_input(&o, in_dir("a.facts")));
    assert_true(jql_out_init(&o, NULL, stdout, &d));
    assert_false(jql_out_is_input(&o, in_dir("a.facts")));
}

static void out_end_std__full__error_message(void **state)
{
    (void)state;
    FILE *f = fopen("/dev/full", "w");
    assert_non_null(f);
    struct jql_diags d = {0};
    assert_int_equal(jql_out_end_std(f, &d), JQL_OUT_OK); /* nothing written: nothing failed */
    fputs("jqlc 0.1.0\n", f);
    assert_int_equal(jql_out_end_std(f, &d), JQL_OUT_ERROR);
    assert_string_equal(first_message(&d), "cannot write standard output: No space left on device");
    fclose(f);
}

/* The reader of a pipe has gone (SIGPIPE ignored here, as a parent may leave it): no
   message, JQL_OUT_PIPE. */
static void out_end_std__closed_pipe__quiet(void **state)
{
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    close(fds[0]);
    void (*was)(int) = signal(SIGPIPE, SIG_IGN);
    FILE *f = fdopen(fds[1], "w");
    fputs("line\n", f);
    struct jql_diags d = {0};
    assert_int_equal(jql_out_end_std(f, &d), JQL_OUT_PIPE);
    assert_int_equal(d.n, 0);
    fclose(f);
    signal(SIGPIPE, was);
}

/* A closed standard output is held so that writes to it still fail, and no file opened
   later takes descriptor 1. */
static void out_startup__closed_stdout__held_writes_fail(void **state)
{
    (void)state;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(1);
        jql_out_startup();
        int fd = open("/dev/null", O_RDONLY);
        bool held = fcntl(1, F_GETFD) != -1 && fd != 1;
        bool fails = write(1, "x", 1) < 0 && errno == EBADF;
        _exit(held && fails ? 0 : 5);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(out_file__new__appears_only_when_closed, setup, teardown),
        cmocka_unit_test_setup_teardown(out_file__existing__replaced_with_its_mode, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(out_file__discarded__old_kept_no_temporary, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(out_file__symlink__target_replaced_link_kept, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(out_file__size_limit__old_kept_error_reported, setup,
                                        teardown),
        cmocka_unit_test(out_device__full__error_at_close),
        cmocka_unit_test_setup_teardown(out_init__folder_or_missing_folder__error, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(out_init__read_only_file__permission_denied, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(out_is_input__same_file_any_name, setup, teardown),
        cmocka_unit_test(out_end_std__full__error_message),
        cmocka_unit_test(out_end_std__closed_pipe__quiet),
        cmocka_unit_test(out_startup__closed_stdout__held_writes_fail),
    };
    return cmocka_run_group_tests_name("output", tests, NULL, NULL);
}
