/*
** fuzz_imports: a small tree of files on disk, as `jqlc check -r main.jq -I lib`
** sees it. The input is a list of files, each a line "%% PATH" and then its text:
**
**     %% main.jq
**     import "lib/units.jq"
**     ...
**     %% lib/units.jq
**     ...
**     %% e.facts
**     employer "A" { ... }
**
** PATH is relative (at most 3 segments of letters, digits, '_', '-', '.'; no "."
** or ".." segment); at most 16 files. They are written into a scratch folder made
** once per process, the first file is loaded as the rule path with `-I lib`, and
** when the rules check, their test blocks run and every *.facts file is loaded and
** evaluated under the budget oracle of fuzz_common.h; then the files are removed.
** Inputs naming /dev, /proc or /sys are skipped: an import of a device or a FIFO
** would block or read without end, which the path resolver's own tests cover, not a
** fuzzer that reads the machine's files.
*/
#include "check.h"
#include "eval.h"
#include "facts.h"
#include "fuzz_common.h"
#include "load.h"
#include "parse.h"
#include "report.h"
#include "template.h"
#include "testrun.h"
#include "value.h"

#include <stdbool.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_FILES 16
#define MAX_PATH_LEN 64

static char root[64];
static int32_t as_of;

static void remove_root(void) { rmdir(root); }

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init();
    if (!jql_date_from_ymd(2026, 11, 23, &as_of))
        abort();
    strcpy(root, "/tmp/jqlc-fuzz-imports-XXXXXX");
    if (!mkdtemp(root))
        abort();
    atexit(remove_root);
    return 0;
}

struct file {
    char path[MAX_PATH_LEN + 1]; /* relative to root */
    const uint8_t *text;
    size_t len;
};

/* A relative path of at most 3 plain segments. */
static bool path_ok(const char *p)
{
    int segs = 0;
    while (*p) {
        const char *s = p;
        while (*p && *p != '/') {
            char c = *p++;
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_' || c == '-' || c == '.'))
                return false;
        }
        size_t n = (size_t)(p - s);
        if (n == 0 || (n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.'))
            return false;
        if (++segs > 3)
            return false;
        if (*p == '/' && !*++p)
            return false;
    }
    return segs > 0;
}

static bool starts_file(const uint8_t *p, size_t n) { return n >= 3 && memcmp(p, "%% ", 3) == 0; }

/* Split the input at lines "%% PATH"; false when it is not such a list. */
static bool split(const uint8_t *data, size_t size, struct file *f, int *n)
{
    *n = 0;
    size_t i = 0;
    while (i < size) {
        if (!starts_file(data + i, size - i) || *n == MAX_FILES)
            return false;
        i += 3;
        size_t start = i;
        while (i < size && data[i] != '\n')
            i++;
        if (i - start > MAX_PATH_LEN || i == size)
            return false;
        memcpy(f[*n].path, data + start, i - start);
        f[*n].path[i - start] = '\0';
        if (!path_ok(f[*n].path))
            return false;
        f[*n].text = data + ++i;
        while (i < size && !(data[i - 1] == '\n' && starts_file(data + i, size - i)))
            i++;
        f[*n].len = (size_t)(data + i - f[*n].text);
        for (int k = 0; k < *n; k++)
            if (strcmp(f[k].path, f[*n].path) == 0)
                return false;
        (*n)++;
    }
    return *n > 0;
}

static bool names_system_files(const uint8_t *data, size_t size)
{
    static const char *const bad[] = {"/dev", "/proc", "/sys"};
    for (size_t i = 0; i < size; i++)
        for (int k = 0; k < 3; k++)
            if (size - i >= strlen(bad[k]) && memcmp(data + i, bad[k], strlen(bad[k])) == 0)
                return true;
    return false;
}

/* Write the files, making their folders; dirs[] gets the folders made, deepest last. */
static bool write_files(const struct file *f, int n, char dirs[][MAX_PATH_LEN + 1], int *ndirs)
{
    *ndirs = 0;
    for (int i = 0; i < n; i++) {
        char rel[MAX_PATH_LEN + 1];
        strcpy(rel, f[i].path);
        for (char *s = strchr(rel, '/'); s; s = strchr(s + 1, '/')) {
            *s = '\0';
            const char *dir = jql_sprintf("%s/%s", root, rel);
            if (mkdir(dir, 0700) == 0)
                strcpy(dirs[(*ndirs)++], rel);
            *s = '/';
        }
        FILE *out = fopen(jql_sprintf("%s/%s", root, f[i].path), "wb");
        if (!out)
            return false; /* a file where a folder is needed, or the reverse */
        fwrite(f[i].text, 1, f[i].len, out);
        fclose(out);
    }
    return true;
}

static void remove_files(const struct file *f, int n, char dirs[][MAX_PATH_LEN + 1], int ndirs)
{
    for (int i = 0; i < n; i++)
        unlink(jql_sprintf("%s/%s", root, f[i].path));
    while (ndirs > 0)
        rmdir(jql_sprintf("%s/%s", root, dirs[--ndirs]));
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), k = strlen(tail);
    return n >= k && strcmp(s + n - k, tail) == 0;
}

/* Every *.facts file's employers, evaluated and reported. */
static void evaluate(const struct jql_program *p, const struct file *f, int n, size_t size)
{
    struct jql_employer **all = NULL;
    int nall = 0;
    for (int i = 0; i < n; i++) {
        if (!ends_with(f[i].path, ".facts"))
            continue;
        struct jql_diags d = {0};
        struct jql_source *src = jql_load_source(jql_sprintf("%s/%s", root, f[i].path),
                                                 JQL_FILE_FACTS, &d);
        struct jql_factfile *ff = src ? jql_parse_facts(src, &d) : NULL;
        fuzz_render(&d);
        if (!ff)
            continue;
        struct jql_facts_opts fo = {0};
        int k = 0;
        struct jql_employer **emps = jql_facts_load(p, ff, &fo, &k);
        for (int j = 0; j < k; j++)
            JQL_APPEND(all, nall, emps[j]);
    }
    struct fuzz_budget b = fuzz_budget_for(p, size, nall + p->ntests);
    struct jql_testrun_opts to = {.as_of = as_of, .max_steps = b.steps, .verbose = true};
    int nres = 0;
    struct jql_testrun_result *res = jql_testrun_run(p, &to, NULL, &nres);
    for (int i = 0; i < nres; i++) {
        fuzz_budget_check(&b, &res[i].eval);
        jql_testrun_write_result(fuzz_sink, &res[i], &to);
    }
    struct jql_evaluator *ev = jql_eval_new(p, as_of);
    jql_eval_set_max_steps(ev, b.steps);
    struct jql_report rep = {.version = "fuzz", .as_of = "2026-11-23"};
    for (int i = 0; i < nall; i++) {
        fuzz_render(&all[i]->diags);
        struct jql_remployer r = {0};
        jql_eval_run(ev, all[i], &r);
        jql_eval_render(ev, &r);
        fuzz_budget_check(&b, &r);
        r.name = all[i]->name;
        r.file = "fuzz.facts";
        JQL_APPEND(rep.emps, rep.nemps, r);
    }
    jql_report_count(&rep);
    struct jql_report_opts ro = {0};
    jql_report_text(fuzz_sink, &rep, &ro);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct file f[MAX_FILES];
    int n;
    if (!split(data, size, f, &n) || names_system_files(data, size))
        return 0;
    char dirs[MAX_FILES * 3][MAX_PATH_LEN + 1];
    int ndirs;
    if (write_files(f, n, dirs, &ndirs)) {
        const char *paths[] = {jql_sprintf("%s/%s", root, f[0].path)};
        const char *includes[] = {jql_sprintf("%s/lib", root)};
        struct jql_load_opts lo = {.includes = includes, .nincludes = 1};
        struct jql_diags d = {0};
        int nfiles = 0;
        struct jql_rulefile **files = jql_load_rules(paths, 1, &lo, &d, &nfiles);
        struct jql_program *p = d.nerrors ? NULL : jql_check(files, nfiles, &d);
        fuzz_render(&d);
        if (p) {
            jql_template_write(fuzz_sink, p, f[0].path);
            evaluate(p, f, n, size);
        }
    }
    remove_files(f, n, dirs, ndirs);
    return 0;
}
