/* Unit tests for input: fact files written to a scratch folder (or fed through a pipe)
   and cut into records for each kind: JSON Lines lines, CSV rows, the employers of a JSON
   document, .facts employer blocks. The text, line, column and number of every record,
   the errors that end a file, the byte-order mark, the record size limit, and the
   SHA-256 of what was read are asserted. Generated files are larger than the reader's
   first chunk, so records that straddle a read are covered. */
#include "test_util.h"

#include "input.h"
#include "limit.h"
#include "sha256.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* A scratch folder for the test's files, removed at the end (cmocka group setup). */
static int dir_setup(void **state)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = jql_sprintf("%s/jql_input_XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return -1;
    *state = dir;
    return 0;
}

static int dir_teardown(void **state)
{
    const char *cmd = jql_sprintf("rm -rf '%s'", (const char *)*state);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *write_file(void **state, const char *name, const char *text, size_t len)
{
    const char *path = jql_sprintf("%s/%s", (const char *)*state, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    return path;
}

struct rec {
    const char *text; /* a copy: the reader's is valid until the next record */
    int line0, col0, number;
};

struct run {
    struct rec *v;
    int n;
    struct jql_diags d;
    bool failed;
    char sha[65];
};

/* Every record of the file at `path` read as `kind`. */
static struct run read_path(const char *path, enum jql_input_kind kind, bool hash)
{
    struct run r = {0};
    struct jql_input *in = jql_input_open(path, kind, hash, &r.d);
    assert_non_null(in);
    struct jql_record rec;
    while (jql_input_next(in, &rec, &r.d)) {
        struct rec c = {jql_strndup(rec.text, rec.len), rec.line0, rec.col0, rec.number};
        assert_int_equal(strlen(c.text), rec.len);
        JQL_APPEND(r.v, r.n, c);
    }
    r.failed = jql_input_failed(in);
    assert_false(jql_input_next(in, &rec, &r.d)); /* the end stays the end */
    jql_input_close(in, r.sha);
    return r;
}

static struct run read_text(void **state, const char *name, const char *text,
                            enum jql_input_kind kind)
{
    return read_path(write_file(state, name, text, strlen(text)), kind, false);
}

static void check_rec(const struct run *r, int i, const char *text, int line0, int col0)
{
    assert_true(i < r->n);
    assert_string_equal(r->v[i].text, text);
    assert_int_equal(r->v[i].line0, line0);
    assert_int_equal(r->v[i].col0, col0);
    assert_int_equal(r->v[i].number, i + 1);
}

/* A file read to its end without any diagnostic, with `n` records. */
static void check_clean(const struct run *r, int n)
{
    if (r->d.n)
        jql_diags_render(stderr, &r->d, false);
    assert_int_equal(r->d.n, 0);
    assert_false(r->failed);
    assert_int_equal(r->n, n);
}

/* ---- kinds ---- */

static void kind__names_and_extensions__mapped(void **state)
{
    (void)state;
    assert_int_equal(jql_input_kind_named("facts"), JQL_IN_FACTS);
    assert_int_equal(jql_input_kind_named("json"), JQL_IN_JSON);
    assert_int_equal(jql_input_kind_named("jsonl"), JQL_IN_JSONL);
    assert_int_equal(jql_input_kind_named("csv"), JQL_IN_CSV);
    assert_int_equal(jql_input_kind_named("yaml"), -1);
    assert_int_equal(jql_input_kind_named("JSON"), -1);
    assert_int_equal(jql_input_kind_of("a/b.facts"), JQL_IN_FACTS);
    assert_int_equal(jql_input_kind_of("x.json"), JQL_IN_JSON);
    assert_int_equal(jql_input_kind_of("x.jsonl"), JQL_IN_JSONL);
    assert_int_equal(jql_input_kind_of("x.ndjson"), JQL_IN_JSONL);
    assert_int_equal(jql_input_kind_of("x.csv"), JQL_IN_CSV);
    assert_int_equal(jql_input_kind_of("x.json.txt"), -1);
    assert_int_equal(jql_input_kind_of("x"), -1);
    assert_int_equal(jql_input_kind_of("dir.json/x"), -1); /* a dot in a folder's name */
}

/* ---- JSON Lines and CSV ---- */

/* One record per line: blank lines (spaces and tabs too) skipped, CRLF and a last line
   without its end taken off, each record at its own line. */
static void jsonl__lines__blank_skipped_crlf_stripped(void **state)
{
    struct run r = read_text(state, "a.jsonl",
                             "{\"a\":1}\r\n\r\n   \n{\"b\":2}\n\t\n {\"c\":3}", JQL_IN_JSONL);
    check_clean(&r, 3);
    check_rec(&r, 0, "{\"a\":1}", 0, 0);
    check_rec(&r, 1, "{\"b\":2}", 3, 0);
    check_rec(&r, 2, " {\"c\":3}", 5, 0);
    /* an empty file has no record, and no error */
    r = read_text(state, "empty.jsonl", "", JQL_IN_JSONL);
    check_clean(&r, 0);
    r = read_text(state, "blank.jsonl", "\n\n  \r\n", JQL_IN_JSONL);
    check_clean(&r, 0);
}

/* A CSV row goes on past line ends inside quotes (doubled quotes included); the header is
   record 1 even when blank; blank rows after it are skipped. */
static void csv__rows__quoted_line_ends_kept(void **state)
{
    struct run r = read_text(state, "a.csv",
                             "employer,industry\r\n"
                             "\"A\",\"two\nlines, \"\"q\"\"\nthree\"\r\n"
                             "\r\n"
                             "B,\"\"\"\"\n"
                             "C,x",
                             JQL_IN_CSV);
    check_clean(&r, 4);
    check_rec(&r, 0, "employer,industry", 0, 0);
    check_rec(&r, 1, "\"A\",\"two\nlines, \"\"q\"\"\nthree\"", 1, 0);
    check_rec(&r, 2, "B,\"\"\"\"", 5, 0);
    check_rec(&r, 3, "C,x", 6, 0);
    r = read_text(state, "blankhead.csv", "\nemployer\n\nA\n", JQL_IN_CSV);
    check_clean(&r, 3);
    check_rec(&r, 0, "", 0, 0);
    check_rec(&r, 1, "employer", 1, 0);
    check_rec(&r, 2, "A", 3, 0);
    /* a quote never closed: the rest of the file is one row, for the reader to report */
    r = read_text(state, "open.csv", "employer\n\"A\nB\n", JQL_IN_CSV);
    check_clean(&r, 2);
    check_rec(&r, 1, "\"A\nB", 1, 0);
}

/* ---- JSON documents ---- */

static void json__lone_object__one_record(void **state)
{
    struct run r = read_text(state, "a.json",
                             "\n  {\"employer\": \"A\", \"x\": [1, {\"y\": \"}\\\"\"}]}  \n",
                             JQL_IN_JSON);
    check_clean(&r, 1);
    check_rec(&r, 0, "{\"employer\": \"A\", \"x\": [1, {\"y\": \"}\\\"\"}]}", 1, 2);
    /* "employers" that is no array does not make a wrapper */
    r = read_text(state, "b.json", "{\"employers\": 5, \"employer\": \"A\"}", JQL_IN_JSON);
    check_clean(&r, 1);
    check_rec(&r, 0, "{\"employers\": 5, \"employer\": \"A\"}", 0, 0);
}

static void json__array__each_element_at_its_place(void **state)
{
    struct run r = read_text(state, "a.json",
                             "[\n  {\"employer\": \"A\"},\n"
                             "  {\"employer\": \"B\", \"s\": \"]}\"} ,{\"employer\": \"C\"}\n]\n",
                             JQL_IN_JSON);
    check_clean(&r, 3);
    check_rec(&r, 0, "{\"employer\": \"A\"}", 1, 2);
    check_rec(&r, 1, "{\"employer\": \"B\", \"s\": \"]}\"}", 2, 2);
    check_rec(&r, 2, "{\"employer\": \"C\"}", 2, 32);
    r = read_text(state, "empty.json", " [ ] ", JQL_IN_JSON);
    check_clean(&r, 0);
}

/* {"employers": [...]}: other keys before and after are passed over, an "employers" key
   nested deeper is not the wrapper's. */
static void json__wrapper__employers_array(void **state)
{
    struct run r = read_text(state, "a.json",
                             "{\"version\": 1, \"meta\": {\"employers\": [{\"no\": 1}]},\n"
                             " \"employers\": [\n  {\"employer\": \"A\"},\n"
                             "  {\"employer\": \"B\"}\n"
                             " ], \"tail\": [1, {\"k\": \"}\"}]}\n",
                             JQL_IN_JSON);
    check_clean(&r, 2);
    check_rec(&r, 0, "{\"employer\": \"A\"}", 2, 2);
    check_rec(&r, 1, "{\"employer\": \"B\"}", 3, 2);
}

/* A document that does not parse ends the file with an error located at the place, and
   keeps the records read before it. */
static void json__errors__located_records_before_kept(void **state)
{
    static const struct {
        const char *text, *msg, *where;
        int nrec;
    } cases[] = {
        {"", "the file is empty", "1:1", 0},
        {"  \n ", "the file is empty", "2:2", 0},
        {"42", "a JSON fact file holds an employer object, an array of them, or "
               "{\"employers\": [...]}", "1:1", 0},
        {"[{} {}]", "expected ',' or ']' between employers", "1:5", 1},
        {"[{},\n", "the document ends before its ']'", "2:1", 1},
        {"[{\"a\": 1", "the document ends inside an employer", "1:2", 0},
        {"{\"a\": 1", "the document ends inside an employer", "1:1", 0},
        {"{\"employers\": [{}]", "the document ends before its '}'", "1:19", 1},
        {"[{}] x", "text after the document", "1:6", 1},
        {"{\"employer\": \"A\"}\n{\"employer\": \"B\"}", "text after the document", "2:1", 1},
    };
    for (int i = 0; i < JQL_COUNT(cases); i++) {
        struct run r = read_text(state, jql_sprintf("e%d.json", i), cases[i].text, JQL_IN_JSON);
        if (r.d.n != 1 || r.n != cases[i].nrec)
            fprintf(stderr, "case %d: %s\n", i, cases[i].text);
        assert_true(r.failed);
        assert_int_equal(r.n, cases[i].nrec);
        assert_int_equal(r.d.n, 1);
        assert_int_equal(r.d.v[0]->sev, JQL_SEV_ERROR);
        assert_string_equal(r.d.v[0]->msg, jql_sprintf("invalid JSON: %s", cases[i].msg));
        const char *loc = jql_loc_str(r.d.v[0]->loc);
        const char *slash = strrchr(loc, '/');
        assert_string_equal(slash ? slash + 1 : loc, jql_sprintf("e%d.json:%s", i, cases[i].where));
    }
}

/* A value that ends exactly at the end of the file, once something before it was consumed:
   its end is found again after the last read moves the buffer (it used to be the stale
   end, and the reader looped for ever). A truncated export `[{...}` (no ']'), and a lone
   object after a byte-order mark with no line end after it. The alarm ends the test
   binary should a read never end. */
static void json__value_at_end_of_file__read_once(void **state)
{
    alarm(20);
    struct run r = read_text(state, "trunc.json", "[{\"employer\": \"A\"}", JQL_IN_JSON);
    assert_true(r.failed);
    assert_int_equal(r.n, 1);
    check_rec(&r, 0, "{\"employer\": \"A\"}", 0, 1);
    assert_string_equal(r.d.v[0]->msg, "invalid JSON: the document ends before its ']'");
    r = read_text(state, "bom_object.json", "\xEF\xBB\xBF{\"employer\": \"A\"}", JQL_IN_JSON);
    check_clean(&r, 1);
    check_rec(&r, 0, "{\"employer\": \"A\"}", 0, 0);
    alarm(0);
}

/* ---- .facts ---- */

/* A record runs from one `employer "` line at the top level to the next; such a line
   inside a block, a string or a comment starts nothing, nor does `employer"` or an
   `employer "` after other text on its line. */
static void facts__employer_lines__split_at_top_level_only(void **state)
{
    const char *text = "# facts of 2026\n"
                       "employer \"A\" {\n"
                       "  note = \"}\"\n"
                       "  # employer \"in a comment\" {\n"
                       "  pay {\n"
                       "employer \"inside a block\" {}\n"
                       "  }\n"
                       "}\n"
                       "\t employer \"B\" { x = 1 } employer \"same line\" {}\n"
                       "employer\"C\" {}\n"
                       "employer \"D\" {\n"
                       "}";
    struct run r = read_text(state, "a.facts", text, JQL_IN_FACTS);
    check_clean(&r, 4);
    check_rec(&r, 0, "# facts of 2026\n", 0, 0); /* what comes before the first employer */
    check_rec(&r, 1, "employer \"A\" {\n  note = \"}\"\n"
                     "  # employer \"in a comment\" {\n  pay {\nemployer \"inside a block\" {}\n"
                     "  }\n}\n", 1, 0);
    check_rec(&r, 2, "\t employer \"B\" { x = 1 } employer \"same line\" {}\n"
                     "employer\"C\" {}\n", 8, 0);
    check_rec(&r, 3, "employer \"D\" {\n}", 10, 0);
    /* a block never closed keeps the rest of the file: the parser reports it there */
    r = read_text(state, "b.facts", "employer \"A\" {\n  pay {\nemployer \"B\" {}\n", JQL_IN_FACTS);
    check_clean(&r, 1);
    /* blank text between employers belongs to the one before; a blank file is empty */
    r = read_text(state, "c.facts", "\n\n  \n", JQL_IN_FACTS);
    check_clean(&r, 0);
}

/* ---- the byte-order mark ---- */

/* Skipped: not in the first record, not counted in its columns; hashed all the same. */
static void bom__first_bytes__skipped_but_hashed(void **state)
{
    const char text[] = "\xEF\xBB\xBF{\"a\":1}\n{\"b\":2}\n";
    const char *path = write_file(state, "bom.jsonl", text, strlen(text));
    struct run r = read_path(path, JQL_IN_JSONL, true);
    check_clean(&r, 2);
    check_rec(&r, 0, "{\"a\":1}", 0, 0);
    check_rec(&r, 1, "{\"b\":2}", 1, 0);
    assert_string_equal(r.sha, "30c963cfbdf19aae04db0685c211dc8617ad265333b6c9f5cbf7026e112224d0");
    r = read_text(state, "bom.csv", "\xEF\xBB\xBF" "employer\r\nA\r\n", JQL_IN_CSV);
    check_clean(&r, 2);
    check_rec(&r, 0, "employer", 0, 0);
    r = read_text(state, "bom.json", "\xEF\xBB\xBF[{}]", JQL_IN_JSON);
    check_clean(&r, 1);
    check_rec(&r, 0, "{}", 0, 1);
    r = read_text(state, "bomonly.jsonl", "\xEF\xBB\xBF", JQL_IN_JSONL);
    check_clean(&r, 0);
}

/* ---- the hash ---- */

static void hash__sha256_of_every_byte_when_asked(void **state)
{
    const char *path = write_file(state, "abc.jsonl", "abc", 3);
    struct run r = read_path(path, JQL_IN_JSONL, true);
    assert_string_equal(r.sha, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    r = read_path(path, JQL_IN_JSONL, false);
    assert_string_equal(r.sha, "");
    /* an empty file's digest */
    path = write_file(state, "empty.jsonl", "", 0);
    r = read_path(path, JQL_IN_JSONL, true);
    assert_string_equal(r.sha, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

/* ---- files larger than a chunk ---- */

/* A generated file and the records it must give. */
struct gen {
    struct jql_buf text;
    JQL_VEC(struct rec) want;
    int line;
};

static void gen_add(struct gen *g, const char *rec, int line0, int col0)
{
    JQL_VEC_PUSH(g->want, ((struct rec){rec, line0, col0, g->want.n + 1}));
}

static void gen_lines(struct gen *g, const char *s)
{
    for (; *s; s++)
        g->line += *s == '\n';
}

/* Records of differing lengths (a pad of 0..299 bytes) so that their ends fall anywhere
   in the reader's chunks. */
static const char *pad(int i)
{
    int n = (int)((unsigned)i * 7919u % 300u);
    char *p = jql_alloc_atomic((size_t)n + 1);
    for (int k = 0; k < n; k++)
        p[k] = (char)('a' + (i + k) % 26);
    p[n] = '\0';
    return p;
}

static void check_gen(const struct run *r, const struct gen *g)
{
    for (int i = 0; i < g->want.n && i < r->n; i++)
        if (strcmp(r->v[i].text, g->want.v[i].text) != 0) {
            fprintf(stderr, "first difference at record %d:\n[%s]\n[%s]\n", i, r->v[i].text,
                    g->want.v[i].text);
            break;
        }
    check_clean(r, g->want.n);
    for (int i = 0; i < g->want.n; i++) {
        const struct rec *w = &g->want.v[i];
        if (strcmp(r->v[i].text, w->text) != 0 || r->v[i].line0 != w->line0 ||
            r->v[i].col0 != w->col0)
            fprintf(stderr, "record %d: want line %d col %d, got line %d col %d\n", i,
                    w->line0, w->col0, r->v[i].line0, r->v[i].col0);
        check_rec(r, i, w->text, w->line0, w->col0);
    }
}

static struct gen gen_jsonl(int n)
{
    struct gen g = {0};
    for (int i = 0; i < n; i++) {
        const char *rec = jql_sprintf("{\"employer\": \"E%d\", \"pad\": \"%s\"}", i, pad(i));
        gen_add(&g, rec, g.line, 0);
        jql_buf_printf(&g.text, "%s%s", rec, i % 89 == 0 ? "\r\n" : "\n");
        g.line++;
        if (i % 97 == 0) {
            jql_buf_puts(&g.text, "  \n");
            g.line++;
        }
    }
    return g;
}

static struct gen gen_csv(int n)
{
    struct gen g = {0};
    gen_add(&g, "employer,note", 0, 0);
    jql_buf_puts(&g.text, "employer,note\r\n");
    g.line = 1;
    for (int i = 0; i < n; i++) {
        const char *rec = i % 5 == 0 ? jql_sprintf("E%d,\"%s\n\"\"%s\"\"\"", i, pad(i), pad(i + 1))
                                     : jql_sprintf("E%d,%s", i, pad(i));
        gen_add(&g, rec, g.line, 0);
        jql_buf_printf(&g.text, "%s\r\n", rec);
        gen_lines(&g, rec);
        g.line++;
    }
    return g;
}

static struct gen gen_facts(int n)
{
    struct gen g = {0};
    for (int i = 0; i < n; i++) {
        const char *rec =
            i % 7 == 0 ? jql_sprintf("employer \"E%d\" {\n  g {\nemployer \"no\" {}\n  }\n"
                                     "  # employer \"no\"\n  s = \"%s\"\n}\n\n", i, pad(i))
                       : jql_sprintf("employer \"E%d\" { s = \"%s\" }\n", i, pad(i));
        gen_add(&g, rec, g.line, 0);
        jql_buf_puts(&g.text, rec);
        gen_lines(&g, rec);
    }
    return g;
}

static struct gen gen_json(int n)
{
    struct gen g = {0};
    jql_buf_puts(&g.text, "{\"employers\": [\n");
    g.line = 1;
    int col = 0;
    for (int i = 0; i < n; i++) {
        const char *rec = jql_sprintf("{\"employer\": \"E%d\", \"s\": \"]}%s\", \"n\": %d}", i,
                                      pad(i), i);
        const char *sep = i == n - 1 ? "\n" : i % 3 == 2 ? ",\n" : ", ";
        gen_add(&g, rec, g.line, col);
        jql_buf_printf(&g.text, "%s%s", rec, sep);
        if (sep[strlen(sep) - 1] == '\n') {
            g.line++;
            col = 0;
        } else {
            col += (int)strlen(rec) + 2;
        }
    }
    jql_buf_puts(&g.text, "]}\n");
    return g;
}

/* Each kind, a few MiB: records cross the reader's chunks and are still whole and at
   their place; the digest is that of the whole file. */
static void large_files__records_across_reads__whole(void **state)
{
    static const char *const names[] = {"big.jsonl", "big.csv", "big.facts", "big.json"};
    static const enum jql_input_kind kinds[] = {JQL_IN_JSONL, JQL_IN_CSV, JQL_IN_FACTS,
                                               JQL_IN_JSON};
    struct gen gens[] = {gen_jsonl(30000), gen_csv(25000), gen_facts(25000), gen_json(25000)};
    for (int k = 0; k < JQL_COUNT(gens); k++) {
        assert_true(gens[k].text.len > 3 * 1024 * 1024); /* past the first read */
        const char *path = write_file(state, names[k], gens[k].text.s, gens[k].text.len);
        struct run r = read_path(path, kinds[k], true);
        check_gen(&r, &gens[k]);
        char want[65];
        jql_sha256_hex(gens[k].text.s, gens[k].text.len, want);
        assert_string_equal(r.sha, want);
    }
}

/* ---- standard input ---- */

/* `text` written into a pipe by a child process, a few bytes at a time, and read as
   standard input: reads end anywhere in a record. */
static struct run read_piped(const struct jql_buf *text, enum jql_input_kind kind)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        for (size_t off = 0; off < text->len;) {
            size_t n = text->len - off < 4093 ? text->len - off : 4093;
            ssize_t w = write(fds[1], text->s + off, n);
            if (w <= 0)
                _exit(1);
            off += (size_t)w;
        }
        _exit(0);
    }
    close(fds[1]);
    int saved = dup(0);
    assert_true(saved >= 0);
    assert_int_equal(dup2(fds[0], 0), 0);
    close(fds[0]);
    struct run r = read_path("-", kind, true);
    assert_int_equal(dup2(saved, 0), 0);
    close(saved);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    return r;
}

static void stdin__pipe__same_records_as_a_file(void **state)
{
    (void)state;
    /* .facts: stdin__pipe_facts__same_records_as_a_file */
    struct gen gens[] = {gen_jsonl(3000), gen_json(3000), gen_csv(3000)};
    static const enum jql_input_kind kinds[] = {JQL_IN_JSONL, JQL_IN_JSON, JQL_IN_CSV};
    for (int k = 0; k < JQL_COUNT(gens); k++) {
        struct run r = read_piped(&gens[k].text, kinds[k]);
        check_gen(&r, &gens[k]);
        char want[65];
        jql_sha256_hex(gens[k].text.s, gens[k].text.len, want);
        assert_string_equal(r.sha, want);
    }
}

/* .facts through a pipe: reads end anywhere, in the middle of `employer "` too. */
static void stdin__pipe_facts__same_records_as_a_file(void **state)
{
    (void)state;
    struct gen g = gen_facts(3000);
    struct run r = read_piped(&g.text, JQL_IN_FACTS);
    check_gen(&r, &g);
}

/* A read that ends inside the next line's `employer "` (here the first read of 2 MiB
   ends 4 bytes into "employer \"B\"") still splits there: the scan waits for the whole
   line. (It used to pass over it, making two employers one record.) */
static void facts__employer_line_across_reads__split(void **state)
{
    enum { FIRST_READ = 2 * 1024 * 1024 };
    struct jql_buf a = {0};
    jql_buf_puts(&a, "employer \"A\" {\n");
    while (a.len < FIRST_READ - 200)
        jql_buf_puts(&a, "  # a comment to fill the first read of the file\n");
    while (a.len < FIRST_READ - 7)
        jql_buf_putc(&a, '#');
    jql_buf_puts(&a, "\n}\n");
    assert_int_equal(a.len, FIRST_READ - 4);
    const char *first = jql_strdup(jql_buf_str(&a));
    jql_buf_puts(&a, "employer \"B\" {}\n");
    struct run r = read_path(write_file(state, "across.facts", a.s, a.len), JQL_IN_FACTS, false);
    check_clean(&r, 2);
    assert_string_equal(r.v[0].text, first);
    struct gen lines = {0};
    gen_lines(&lines, first);
    check_rec(&r, 1, "employer \"B\" {}\n", lines.line, 0);
}

/* ---- the record size limit ---- */

/* A record that never ends (here /dev/zero: no line end, ever) is refused once it passes
   JQL_LIMIT_FACT_FILE, with an error naming its line; reading stops there. The limit is a
   constant of 256 MiB, so the reader really holds that much for a moment (no disk). */
static void record__over_size_limit__error_and_stop(void **state)
{
    (void)state;
    static const enum jql_input_kind kinds[] = {JQL_IN_JSONL, JQL_IN_FACTS};
    for (int k = 0; k < JQL_COUNT(kinds); k++) {
        struct jql_diags d = {0};
        struct jql_input *in = jql_input_open("/dev/zero", kinds[k], false, &d);
        assert_non_null(in);
        struct jql_record rec;
        assert_false(jql_input_next(in, &rec, &d));
        assert_true(jql_input_failed(in));
        assert_int_equal(d.n, 1);
        assert_null(d.v[0]->loc.src);
        assert_string_equal(d.v[0]->msg, jql_sprintf("cannot read '/dev/zero': a record at line 1 "
                                                     "is larger than %ld MiB",
                                                     (long)JQL_LIMIT_FACT_FILE / (1024 * 1024)));
        char sha[65];
        jql_input_close(in, sha);
        assert_string_equal(sha, "");
    }
}

/* ---- files that cannot be read ---- */

static void open__missing_file_or_folder__error(void **state)
{
    const char *dir = *state;
    struct jql_diags d = {0};
    const char *missing = jql_sprintf("%s/nope.jsonl", dir);
    assert_null(jql_input_open(missing, JQL_IN_JSONL, false, &d));
    assert_null(jql_input_open(dir, JQL_IN_JSONL, false, &d));
    assert_int_equal(d.n, 2);
    assert_int_equal(d.nerrors, 2);
    assert_string_equal(d.v[0]->msg, jql_sprintf("cannot read '%s': No such file or directory",
                                                 missing));
    assert_string_equal(d.v[1]->msg, jql_sprintf("cannot read '%s': it is a folder", dir));
    /* the name diagnostics use */
    const char *path = write_file(state, "n.jsonl", "", 0);
    struct jql_input *in = jql_input_open(path, JQL_IN_JSONL, false, &d);
    assert_string_equal(jql_input_name(in), path);
    char sha[65];
    jql_input_close(in, sha);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kind__names_and_extensions__mapped),
        cmocka_unit_test(jsonl__lines__blank_skipped_crlf_stripped),
        cmocka_unit_test(csv__rows__quoted_line_ends_kept),
        cmocka_unit_test(json__lone_object__one_record),
        cmocka_unit_test(json__array__each_element_at_its_place),
        cmocka_unit_test(json__wrapper__employers_array),
        cmocka_unit_test(json__errors__located_records_before_kept),
        cmocka_unit_test(json__value_at_end_of_file__read_once),
        cmocka_unit_test(facts__employer_lines__split_at_top_level_only),
        cmocka_unit_test(bom__first_bytes__skipped_but_hashed),
        cmocka_unit_test(hash__sha256_of_every_byte_when_asked),
        cmocka_unit_test(large_files__records_across_reads__whole),
        cmocka_unit_test(facts__employer_line_across_reads__split),
        cmocka_unit_test(stdin__pipe_facts__same_records_as_a_file),
        cmocka_unit_test(stdin__pipe__same_records_as_a_file),
        cmocka_unit_test(record__over_size_limit__error_and_stop),
        cmocka_unit_test(open__missing_file_or_folder__error),
    };
    return cmocka_run_group_tests_name("input", tests, dir_setup, dir_teardown);
}
