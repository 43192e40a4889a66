/*
** fuzz_reader: the body of the record-reader harnesses fuzz_json, fuzz_jsonl and
** fuzz_csv (each defines FUZZ_KIND and includes this file). An input is one option
** byte, then a fact file of that kind:
**
**   bit 0   --strict
**   bit 1   --name-key name (else the names are under "employer")
**   bits 2-4  the report: text, JSON, JSON Lines, text again, CSV, TAP, JUnit, SARIF
**
** The file is written to a scratch folder and run through the driver as `jqlc check`
** runs it (driver.h: records, fact builder, evaluation, the report's sink) against a
** fixed vocabulary with every kind of fact (FUZZ_VOCABULARY). Oracles beyond the
** sanitizers and the step budget:
**   - the report is what its format promises: the JSON and SARIF reports valid JSON
**     (RFC 8259, UTF-8), each line of the JSON Lines report valid JSON, the text, CSV,
**     TAP and JUnit reports and the diagnostics free of raw control, C1 and
**     bidirectional characters and of bytes that are not UTF-8 (docs/cli.md, Security;
**     CSV's CRLF apart), CSV's quoted fields closed, TAP's lines all TAP; the summary
**     counts every employer;
**   - JSON and JSON Lines: a file that is valid JSON (checked by a validator of this
**     file's own) reads with no syntax error, and one that is not gets at least one;
**   - the same records read alike in two formats: each line of a JSON Lines file,
**     again as the elements of a JSON array on the same lines and columns, gives the
**     same report line for line; each CSV row, as a JSON Lines object (cells typed as
**     the vocabulary says), gives the same result for every employer the CSV file gave
**     no diagnostic.
** Any difference aborts with both texts on standard error.
*/
#ifndef JQL_FUZZ_READER_H
#define JQL_FUZZ_READER_H

#include "check.h"
#include "driver.h"
#include "fuzz_common.h"
#include "input.h"
#include "parse.h"
#include "report.h"
#include "value.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* Every kind of fact: money, rates, percents with a range, counts, numbers, each duration
   unit, dates, booleans, text, an enumeration, a list of text, a collection whose members
   have the same kinds, and defaults. The rules read each of them. */
static const char FUZZ_VOCABULARY[] =
    "facts {\n"
    "  org.name: text \"Legal name\"\n"
    "  org.sector: one of \"childcare\", \"retail\", \"health\"\n"
    "  org.tags: list of text\n"
    "  org.founded: date\n"
    "  org.nonprofit: bool\n"
    "  employees: count in 1..\n"
    "  score: number\n"
    "  net_income: money in ..\n"
    "  union_share: percent in 0%..100%\n"
    "  pay.lowest_hourly_wage: money/hour\n"
    "  pay.salary: money/year\n"
    "  pay.bonus: money\n"
    "  ref.living_wage: money/hour\n"
    "  leave.shift: minutes\n"
    "  leave.sick: hours in 0 hours..2000 hours\n"
    "  leave.notice: days\n"
    "  leave.family: weeks\n"
    "  tenure.probation: months\n"
    "  tenure.vesting: years\n"
    "  collection job \"A position\"\n"
    "  job.hourly_wage: money/hour\n"
    "  job.headcount: count\n"
    "  job.full_time: bool\n"
    "  job.title: text\n"
    "  job.shift: one of \"day\", \"night\"\n"
    "  job.share_women: percent in 0%..100%\n"
    "  job.started: date\n"
    "  job.notice: days\n"
    "  job.skills: list of text\n"
    "}\n"
    "default ref.living_wage = $20/hour \"regional figure\"\n"
    "default leave.notice = 7 days\n"
    "standard pay \"Pay\" {\n"
    "  rule floor \"Floor\" { require pay.lowest_hourly_wage >= ref.living_wage }\n"
    "  rule jobs \"Every job\" { require all j in job: j.hourly_wage >= ref.living_wage }\n"
    "  rule salary { when pay.salary is known require annual(pay.salary) >= $30000/year }\n"
    "  rule bonus { require pay.bonus > $0 or net_income < $0\n"
    "    level recommended }\n"
    "  rule fulltime { require (share j in job weighted by j.headcount: j.full_time) >= 50% }\n"
    "}\n"
    "standard leave \"Leave\" {\n"
    "  rule sick { require leave.sick >= 40 hours and leave.shift <= 12 hours }\n"
    "  rule family { require leave.family >= 12 weeks or tenure.probation < 3 months }\n"
    "  rule notice { require leave.notice >= 14 days }\n"
    "  rule vesting { require tenure.vesting <= 3 years }\n"
    "}\n"
    "standard org \"Org\" {\n"
    "  rule sector { when org.sector == \"childcare\" require org.nonprofit }\n"
    "  rule tags { require \"union\" in org.tags or union_share >= 25% }\n"
    "  rule founded { require org.founded < 2026-01-01 }\n"
    "  rule size { require employees >= 1 and score >= 0 }\n"
    "  rule named { require org.name is known }\n"
    "  rule jobs { require any j in job: j.title is known and j.shift == \"day\" and\n"
    "    j.share_women > 40% and j.started <= 2026-01-01 and j.notice >= 7 days and\n"
    "    \"cpr\" in j.skills }\n"
    "}\n"
    "tier good { requires pay, leave }\n";

static struct jql_program *prog;
static struct jql_source *prog_src;
static int32_t as_of;
static char root[64], input_path[96];

static void remove_root(void)
{
    unlink(input_path);
    rmdir(root);
}

static void fuzz_reader_init(void)
{
    fuzz_init();
    if (!jql_date_from_ymd(2026, 11, 23, &as_of))
        abort();
    struct jql_diags d = {0};
    prog_src = fuzz_source("vocabulary.jq", (const uint8_t *)FUZZ_VOCABULARY,
                           sizeof FUZZ_VOCABULARY - 1);
    struct jql_rulefile *rf = jql_parse_rules(prog_src, &d);
    prog = d.nerrors ? NULL : jql_check(&rf, 1, &d);
    if (!prog) {
        jql_diags_render(stderr, &d, false);
        abort();
    }
    strcpy(root, "/tmp/jqlc-fuzz-reader-XXXXXX");
    if (!mkdtemp(root))
        abort();
    snprintf(input_path, sizeof input_path, "%s/input", root);
    atexit(remove_root);
}

/* ---- running the driver ---- */

struct run {
    char *out, *err; /* the report and the diagnostics (malloc'ed by open_memstream) */
    size_t nout, nerr;
};

static void run_free(struct run *r)
{
    free(r->out);
    free(r->err);
}

static void fail(const char *what, const struct run *a, const struct run *b)
{
    fprintf(stderr, "fuzz_reader: %s\n", what);
    if (a)
        fprintf(stderr, "--- report\n%.*s\n--- diagnostics\n%.*s\n", (int)a->nout, a->out,
                (int)a->nerr, a->err);
    if (b)
        fprintf(stderr, "--- the other report\n%.*s\n--- its diagnostics\n%.*s\n", (int)b->nout,
                b->out, (int)b->nerr, b->err);
    abort();
}

/* `jqlc check -r vocabulary.jq --input KIND [--strict] [--name-key name] --format FMT`
   on the file text[0, n), as cli.c runs it; the step budget is small, the rules nest no
   quantifier. */
static struct run run_driver(const uint8_t *text, size_t n, int kind, bool strict,
                             const char *name_key, enum jql_format fmt)
{
    FILE *f = fopen(input_path, "wb");
    if (!f || fwrite(text, 1, n, f) != n || fclose(f) != 0)
        abort();
    struct run r = {0};
    FILE *out = open_memstream(&r.out, &r.nout), *err = open_memstream(&r.err, &r.nerr);
    if (!out || !err)
        abort();
    struct jql_report rep = {.version = "fuzz", .as_of = "2026-11-23"};
    jql_report_add_file(&rep, prog_src, "rules");
    struct jql_drv_opts o = {.p = prog, .as_of = as_of, .strict = strict, .name_key = name_key,
                             .max_steps = 1000000, .input = kind, .err = err};
    struct jql_sink sink;
    struct jql_drv *drv = jql_drv_new(&o, &rep, &sink);
    rep.rules = jql_drv_rules(drv, &rep.nrules);
    struct jql_report_opts ro = {0};
    jql_sink_init(&sink, fmt, out, &ro, &rep);
    jql_sink_begin(&sink);
    jql_drv_file(drv, input_path);
    jql_sink_end(&sink);
    fclose(out);
    fclose(err);
    int counted = 0;
    for (int s = 0; s < JQL_NSTATUS; s++)
        counted += rep.counts[0][s];
    if (counted != sink.n)
        fail("the summary does not count every employer written", &r, NULL);
    return r;
}

/* ---- a JSON validator of our own (RFC 8259), for reports and for inputs ---- */

struct jv {
    const unsigned char *s;
    size_t n, i;
    int depth, maxdepth;
    bool utf8; /* strings must be UTF-8 (a report); an input's reader does not check it */
};

static void jv_ws(struct jv *v)
{
    while (v->i < v->n && (v->s[v->i] == ' ' || v->s[v->i] == '\t' || v->s[v->i] == '\n' ||
                           v->s[v->i] == '\r'))
        v->i++;
}

/* The UTF-8 sequence at s[i, n): its length, or 0 when it is not one (overlong forms,
   surrogates and values past U+10FFFF included); *cp its value. */
static size_t utf8_seq(const unsigned char *s, size_t n, size_t i, unsigned *cp)
{
    unsigned c = s[i];
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (!len || i + len > n)
        return 0;
    unsigned v = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < len; k++) {
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i + k] & 0x3F);
    }
    static const unsigned least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < least[len] || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
        return 0;
    *cp = v;
    return len;
}

static int jv_hex4(const unsigned char *s)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        int c = s[k], d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static bool jv_string(struct jv *v)
{
    if (v->i >= v->n || v->s[v->i] != '"')
        return false;
    for (v->i++; v->i < v->n;) {
        unsigned c = v->s[v->i];
        if (c == '"') {
            v->i++;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (v->i + 1 >= v->n)
                return false;
            unsigned e = v->s[v->i + 1];
            if (e == 'u') {
                int h = v->i + 6 <= v->n ? jv_hex4(v->s + v->i + 2) : -1;
                if (h < 0)
                    return false;
                v->i += 6;
                if (h >= 0xDC00 && h < 0xE000)
                    return false; /* a low surrogate alone (the reader refuses it too) */
                if (h >= 0xD800 && h < 0xDC00) {
                    int lo = v->i + 6 <= v->n && v->s[v->i] == '\\' && v->s[v->i + 1] == 'u'
                                 ? jv_hex4(v->s + v->i + 2) : -1;
                    if (lo < 0xDC00 || lo >= 0xE000)
                        return false;
                    v->i += 6;
                }
                continue;
            }
            if (!strchr("\"\\/bfnrt", (int)e) || !e)
                return false;
            v->i += 2;
            continue;
        }
        unsigned cp;
        size_t len = v->utf8 ? utf8_seq(v->s, v->n, v->i, &cp) : 1;
        if (!len)
            return false;
        v->i += len;
    }
    return false;
}

static bool jv_digits(struct jv *v)
{
    size_t a = v->i;
    while (v->i < v->n && v->s[v->i] >= '0' && v->s[v->i] <= '9')
        v->i++;
    return v->i > a;
}

static bool jv_number(struct jv *v)
{
    if (v->i < v->n && v->s[v->i] == '-')
        v->i++;
    if (v->i < v->n && v->s[v->i] == '0')
        v->i++;
    else if (!jv_digits(v))
        return false;
    if (v->i < v->n && v->s[v->i] == '.' && (v->i++, !jv_digits(v)))
        return false;
    if (v->i < v->n && (v->s[v->i] == 'e' || v->s[v->i] == 'E')) {
        v->i++;
        if (v->i < v->n && (v->s[v->i] == '+' || v->s[v->i] == '-'))
            v->i++;
        if (!jv_digits(v))
            return false;
    }
    return true;
}

static bool jv_word(struct jv *v, const char *w)
{
    size_t n = strlen(w);
    if (v->n - v->i < n || memcmp(v->s + v->i, w, n) != 0)
        return false;
    v->i += n;
    return true;
}

static bool jv_value(struct jv *v)
{
    jv_ws(v);
    if (v->i >= v->n)
        return false;
    unsigned c = v->s[v->i];
    if (c == '"')
        return jv_string(v);
    if (c == 't')
        return jv_word(v, "true");
    if (c == 'f')
        return jv_word(v, "false");
    if (c == 'n')
        return jv_word(v, "null");
    if (c != '{' && c != '[')
        return jv_number(v);
    if (++v->depth > v->maxdepth)
        v->maxdepth = v->depth;
    if (v->depth > 100000)
        return false;
    char close = c == '{' ? '}' : ']';
    v->i++;
    jv_ws(v);
    if (v->i < v->n && v->s[v->i] == (unsigned char)close) {
        v->i++;
        v->depth--;
        return true;
    }
    for (;;) {
        if (close == '}') {
            jv_ws(v);
            if (!jv_string(v))
                return false;
            jv_ws(v);
            if (v->i >= v->n || v->s[v->i++] != ':')
                return false;
        }
        if (!jv_value(v))
            return false;
        jv_ws(v);
        if (v->i >= v->n)
            return false;
        if (v->s[v->i] == ',') {
            v->i++;
            continue;
        }
        if (v->s[v->i++] != (unsigned char)close)
            return false;
        v->depth--;
        return true;
    }
}

/* Whether s[0, n) is one JSON value and nothing else; *depth: its deepest nesting. */
static bool json_valid(const char *s, size_t n, bool utf8, int *depth)
{
    struct jv v = {.s = (const unsigned char *)s, .n = n, .utf8 = utf8};
    bool ok = jv_value(&v);
    jv_ws(&v);
    if (depth)
        *depth = v.maxdepth;
    return ok && v.i == n;
}

/* ---- what reaches a terminal (docs/cli.md, Security) ---- */

/* Text for a terminal: UTF-8, no control character but newline and tab (and, with crlf,
   a carriage return before a newline: CSV's record ends), no DEL, no C1 control, no
   bidirectional embedding, override or isolate. */
static void check_terminal_crlf(const char *text, size_t n, const struct run *r,
                                const char *what, bool crlf)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < n;) {
        unsigned cp;
        size_t len = utf8_seq(s, n, i, &cp);
        bool eol = crlf && cp == '\r' && i + 1 < n && s[i + 1] == '\n';
        bool bad = !len || (cp < 0x20 && cp != '\n' && cp != '\t' && !eol) || cp == 0x7F ||
                   (cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
                   (cp >= 0x2066 && cp <= 0x2069);
        if (bad) {
            fprintf(stderr, "fuzz_reader: byte %zu of the %s: 0x%02x\n", i, what, s[i]);
            fail("raw bytes a terminal would obey", r, NULL);
        }
        i += len;
    }
}

static void check_terminal(const char *text, size_t n, const struct run *r, const char *what)
{
    check_terminal_crlf(text, n, r, what, false);
}

/* TAP: each line the version, a test, the plan or an indented YAML line. */
static void check_tap(const struct run *r)
{
    static const char *const starts[] = {"TAP version 14", "ok - ", "not ok - ", "1..", "  "};
    for (size_t a = 0; a < r->nout;) {
        const char *nl = memchr(r->out + a, '\n', r->nout - a);
        size_t b = nl ? (size_t)(nl - r->out) : r->nout, k = 0;
        while (k < 5 && (b - a < strlen(starts[k]) ||
                         memcmp(r->out + a, starts[k], strlen(starts[k])) != 0))
            k++;
        if (k == 5)
            fail("a line of the TAP report is none of TAP's", r, NULL);
        a = b + 1;
    }
}

/* The report is what its format promises, and the diagnostics are safe to print. */
static void check_report(const struct run *r, enum jql_format fmt)
{
    check_terminal(r->err, r->nerr, r, "diagnostics");
    if (fmt == JQL_FMT_TEXT || fmt == JQL_FMT_JUNIT) { /* XML escapes what terminals obey */
        check_terminal(r->out, r->nout, r, "text report");
    } else if (fmt == JQL_FMT_CSV) {
        check_terminal_crlf(r->out, r->nout, r, "CSV report", true);
        size_t quotes = 0; /* a quoted field opens and closes, its quotes doubled */
        for (size_t i = 0; i < r->nout; i++)
            quotes += r->out[i] == '"';
        if (quotes % 2 || r->nout < 2 || memcmp(r->out + r->nout - 2, "\r\n", 2) != 0)
            fail("a CSV field is not closed, or the last record not ended", r, NULL);
    } else if (fmt == JQL_FMT_TAP) {
        check_terminal(r->out, r->nout, r, "TAP report");
        check_tap(r);
    } else if (fmt == JQL_FMT_JSON || fmt == JQL_FMT_SARIF) {
        if (!json_valid(r->out, r->nout, true, NULL))
            fail("the JSON or SARIF report is not valid JSON", r, NULL);
    } else {
        for (size_t a = 0; a < r->nout;) {
            const char *nl = memchr(r->out + a, '\n', r->nout - a);
            size_t b = nl ? (size_t)(nl - r->out) : r->nout;
            if (!json_valid(r->out + a, b - a, true, NULL))
                fail("a line of the JSON Lines report is not valid JSON", r, NULL);
            a = b + 1;
        }
    }
}

/* The first `needle` in s[0, n), or NULL. */
static __attribute__((unused)) const char *find(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, needle, k) == 0)
            return s + i;
    return NULL;
}

/* The message of diagnostic line [p, end) when it is "INPUT:LINE:COL: error: invalid JSON:
   ...", else NULL (the source lines shown under a diagnostic may hold any text). */
static const char *syntax_message(const char *p, const char *end)
{
    size_t k = strlen(input_path);
    if ((size_t)(end - p) <= k || memcmp(p, input_path, k) != 0 || p[k] != ':')
        return NULL;
    p += k + 1;
    for (int part = 0; part < 2; part++) {
        const char *d = p;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
        if (p == d || p >= end || *p != ':')
            return NULL;
        p++;
    }
    static const char err[] = " error: invalid JSON: ";
    if ((size_t)(end - p) < sizeof err - 1 || memcmp(p, err, sizeof err - 1) != 0)
        return NULL;
    return p + sizeof err - 1;
}

/* Whether the diagnostics hold a syntax error of JSON, not counting (unless shape_too)
   those about valid JSON of the wrong shape (an employer that is no object, ...). */
static __attribute__((unused)) bool has_syntax_error(const struct run *r, bool shape_too)
{
    static const char *const shapes[] = {
        "an employer is a JSON object", "an element of a collection is an object",
        "a JSON fact file holds", "nested too deeply", "a second \"employers\" key",
        "the file is empty"};
    for (const char *p = r->err, *end = r->err + r->nerr; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p)), *eol = nl ? nl : end;
        const char *m = syntax_message(p, eol);
        p = eol + 1;
        if (!m)
            continue;
        bool shape = false;
        for (int k = 0; k < JQL_COUNT(shapes); k++)
            shape |= (size_t)(eol - m) >= strlen(shapes[k]) &&
                     memcmp(m, shapes[k], strlen(shapes[k])) == 0;
        if (shape_too || !shape)
            return true;
    }
    return false;
}

/* The options of an input (its first byte) and the file (the rest). */
struct fuzz_in {
    const uint8_t *text;
    size_t n;
    bool strict;
    const char *name_key;
    enum jql_format fmt;
};

static bool fuzz_in(const uint8_t *data, size_t size, struct fuzz_in *in)
{
    static const enum jql_format fmts[] = {JQL_FMT_TEXT, JQL_FMT_JSON,  JQL_FMT_JSONL,
                                           JQL_FMT_TEXT, JQL_FMT_CSV,   JQL_FMT_TAP,
                                           JQL_FMT_JUNIT, JQL_FMT_SARIF};
    if (size < 1)
        return false;
    *in = (struct fuzz_in){.text = data + 1, .n = size - 1, .strict = data[0] & 1,
                           .name_key = data[0] & 2 ? "name" : NULL, .fmt = fmts[data[0] >> 2 & 7]};
    return true;
}

/* ---- text builders ---- */

static __attribute__((unused)) void put_json_string(struct jql_buf *b, const char *s, size_t n)
{
    jql_buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            jql_buf_printf(b, "\\%c", c);
        else if (c < 0x20)
            jql_buf_printf(b, "\\u%04x", c);
        else
            jql_buf_putc(b, (char)c);
    }
    jql_buf_putc(b, '"');
}

/* A byte-order mark at the start is skipped by every reader. */
static __attribute__((unused)) size_t bom(const uint8_t *d, size_t n)
{
    return n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static __attribute__((unused)) bool blank(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return false;
    return true;
}

/* Two JSON Lines reports agree, but for the stamp (the files' SHA-256). */
static __attribute__((unused)) bool same_report(const struct run *a, const struct run *b)
{
    const char *sa = find(a->out, a->nout, ",\"stamp\":");
    const char *sb = find(b->out, b->nout, ",\"stamp\":");
    return sa && sb && sa - a->out == sb - b->out &&
           memcmp(a->out, b->out, (size_t)(sa - a->out)) == 0;
}

#endif
