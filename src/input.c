/*
** input: fact files read in chunks and cut into records (input.h). The buffer
** holds the unread part of the file; a record is found by scanning for its end
** (a line end, a row end outside quotes, the end of a JSON value, the next
** `employer "` line outside any block), reading more when the end is not there
** yet. Lines and columns of the buffer's start are kept as bytes are consumed,
** so each record can be reported at its place in the file.
*/
#include "input.h"

#include "limit.h"
#include "mem.h"
#include "path.h"
#include "read_json.h"
#include "sha256.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

enum { CHUNK = 1 << 20 };

/* How far the search for a .facts record's end got, relative to the record's start. */
struct facts_scan {
    size_t at;
    long depth;
    bool str, comment;
};

/* How far the search for a line's or CSV row's end got, relative to its start. */
struct line_scan {
    size_t at;
    uint8_t cell; /* CSV: enum csv_cell */
};

/* Where a CSV row's scan is (RFC 4180): a quote opens a quoted cell only at the cell's start,
   and inside one a quote ends it unless another follows. */
enum csv_cell { CELL_START, CELL_BARE, CELL_QUOTED, CELL_QUOTE };

/* Where a JSON document is (the lone object, an array, the wrapper object's array). */
enum jstate { J_START, J_ARRAY, J_ARRAY_NEXT, J_TAIL, J_END };

struct jql_input {
    const char *name;
    int fd;
    enum jql_input_kind kind;
    char *buf;
    size_t cap, start, len; /* the unread bytes are buf[start, len) */
    bool eof, failed;
    bool bom_checked;       /* the first bytes were looked at for a byte-order mark */
    int line, col;          /* of buf[start] */
    size_t line_at;         /* where that line starts in buf, when still there */
    bool line_kept;         /* ... it is (not moved out by more()) */
    int number;
    bool wrapped;           /* JSON: {"employers": [...]} */
    bool comma;             /* JSON: a ',' after the last element read */
    enum jstate js;
    struct facts_scan fs;
    struct line_scan ls;
    struct jql_sha256 sha;
    bool hash;  /* for the stamp: only JSON and JSON Lines reports carry one */
};

int jql_input_kind_named(const char *name)
{
    static const char *const names[] = {"facts", "json", "jsonl", "csv"};
    return jql_str_index(names, JQL_COUNT(names), name);
}

int jql_input_kind_of(const char *path)
{
    static const char *const exts[] = {".facts", ".json", ".jsonl", ".ndjson", ".csv"};
    static const int kinds[] = {JQL_IN_FACTS, JQL_IN_JSON, JQL_IN_JSONL, JQL_IN_JSONL,
                                JQL_IN_CSV};
    const char *dot = strrchr(path, '.');
    int k = dot && !strchr(dot, '/') ? jql_str_index(exts, JQL_COUNT(exts), dot) : -1;
    return k < 0 ? -1 : kinds[k];
}

struct jql_input *jql_input_open(const char *path, enum jql_input_kind kind, bool hash,
                                 struct jql_diags *d)
{
    bool in = strcmp(path, "-") == 0;
    int fd = in ? 0 : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const char *why = jql_path_strerror(errno);
        if (jql_path_kind(path, &why) != JQL_PATH_BAD) /* else why says it better */
            why = jql_path_strerror(errno);
        jql_diag_error(d, (struct jql_loc){0}, "cannot read '%s': %s", path, why);
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        jql_diag_error(d, (struct jql_loc){0}, "cannot read '%s': it is a folder", path);
        close(fd);
        return NULL;
    }
    struct jql_input *r = jql_alloc(sizeof *r);
    r->name = jql_strdup(path);
    r->fd = fd;
    r->kind = kind;
    r->hash = hash;
    r->line_kept = true;
    jql_sha256_init(&r->sha);
    return r;
}

const char *jql_input_name(const struct jql_input *in) { return in->name; }

bool jql_input_failed(const struct jql_input *in) { return in->failed; }

void jql_input_close(struct jql_input *in, char sha256[65])
{
    if (in->fd > 0)
        close(in->fd);
    in->fd = -1;
    jql_buf_free(in->buf);
    in->buf = NULL;
    if (in->hash)
        jql_sha256_final(&in->sha, sha256);
    else
        sha256[0] = '\0';
}

/* ---- the buffer ---- */

/* Read more: false at the end of the file or on an error (reported). */
static bool more(struct jql_input *in, struct jql_diags *d)
{
    if (in->eof || in->failed)
        return false;
    if (in->start > 0) { /* the unread part to the front: records stay whole */
        memmove(in->buf, in->buf + in->start, in->len - in->start);
        in->line_kept = in->line_kept && in->line_at >= in->start;
        in->line_at -= in->line_kept ? in->start : 0;
        in->len -= in->start;
        in->start = 0;
    }
    if (in->len - in->start > (size_t)JQL_LIMIT_FACT_FILE) { /* and its end not in sight */
        jql_diag_error(d, (struct jql_loc){0}, "cannot read '%s': a record at line %d is larger "
                       "than %ld MiB", in->name, in->line + 1,
                       (long)JQL_LIMIT_FACT_FILE / (1024 * 1024));
        in->failed = true;
        return false;
    }
    if (in->cap - in->len < CHUNK) {
        size_t most = (size_t)JQL_LIMIT_FACT_FILE + 2 * CHUNK; /* a record past it is refused */
        in->cap = !in->cap ? 2 * CHUNK : 2 * in->cap < most ? 2 * in->cap : most;
        in->buf = jql_buf_realloc(in->buf, in->cap + 1);
    }
    ssize_t n;
    do
        n = read(in->fd, in->buf + in->len, in->cap - in->len);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        jql_diag_error(d, (struct jql_loc){0}, "cannot read '%s': read error", in->name);
        in->failed = true;
        return false;
    }
    if (n == 0) {
        in->eof = true;
        return false;
    }
    if (in->hash)
        jql_sha256_update(&in->sha, in->buf + in->len, (size_t)n);
    in->len += (size_t)n;
    if (!in->bom_checked && in->len < 3) { /* a byte-order mark may come in pieces */
        more(in, d);
        return !in->failed;
    }
    if (!in->bom_checked && in->len >= 3) { /* a byte-order mark (Excel) is skipped */
        in->bom_checked = true;
        if (memcmp(in->buf, "\xEF\xBB\xBF", 3) == 0)
            in->start = in->line_at = 3;
    }
    return true;
}

/* Lines, columns and record numbers stop counting at 2^30: a streamed file has no size
   limit (a minified JSON array of several GB is one line), an int would overflow, and
   positions past it still leave room for the offsets a diagnostic adds to them. */
#define POS_MAX (1 << 30)

static int pos_add(int v, size_t by)
{
    return by >= (size_t)(POS_MAX - v) ? POS_MAX : v + (int)by;
}

/* Consume buf[start, to), keeping the line and column of the new start. Lines are
   counted with memchr and columns only on the last one: most records end at a line end. */
static void consume(struct jql_input *in, size_t to)
{
    const char *p = in->buf + in->start, *end = in->buf + to, *nl;
    while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        in->line = pos_add(in->line, 1);
        in->col = 0;
        p = nl + 1;
        in->line_at = (size_t)(p - in->buf);
        in->line_kept = true;
    }
    size_t chars = 0;
    for (; p < end; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    in->col = pos_add(in->col, chars);
    in->start = to;
}

/* The record buf[a, b); the reader goes on at `next` (past its line end). */
static void record(struct jql_input *in, size_t a, size_t b, size_t next, struct jql_record *r)
{
    consume(in, a);
    r->text = in->buf + a;
    r->len = b - a;
    r->line0 = in->line;
    r->col0 = in->col;
    r->number = in->number = pos_add(in->number, 1);
    consume(in, next);
}

/* A located error at the reader's place: its line as a part of the file, from the line's
   start when the buffer still holds it (else from the place). */
static void place_error(struct jql_input *in, size_t at, struct jql_diags *d, const char *what)
{
    consume(in, at < in->len ? at : in->len);
    size_t a = in->line_kept ? in->line_at : in->start, e = in->start;
    while (e < in->len && in->buf[e] != '\n')
        e++;
    struct jql_source *src = jql_source_part(in->name, in->buf + a, e - a, in->line,
                                             in->line_kept ? 0 : in->col);
    uint32_t off = (uint32_t)(in->start - a), end = off + (e > in->start ? 1 : 0);
    jql_diag_error(d, (struct jql_loc){src, off, end}, "invalid JSON: %s", what);
    in->failed = true;
}

/* ---- JSON Lines and CSV: lines and rows ---- */

static bool is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return false; /* (not strchr: a NUL byte is no blank) */
    return true;
}

/* The end of the line or CSV row at in->start (after its line end), or 0 when the buffer
   does not hold it yet; the scan goes on where it stopped when more is read. A CSV row goes
   on past line ends inside a quoted cell, and a carriage return alone ends it too (CR line
   ends). */
static size_t line_end(struct jql_input *in, bool csv)
{
    struct line_scan *ls = &in->ls;
    size_t i = in->start + ls->at;
    for (; i < in->len; i++) {
        if (!csv) { /* JSON Lines: the next line end, found by memchr */
            const char *nl = memchr(in->buf + i, '\n', in->len - i);
            if (nl)
                return (size_t)(nl - in->buf) + 1;
            i = in->len;
            break;
        }
        char c = in->buf[i];
        if (ls->cell == CELL_QUOTED) {
            if (c == '"')
                ls->cell = CELL_QUOTE;
        } else if (c == '"' && (ls->cell == CELL_START || ls->cell == CELL_QUOTE)) {
            ls->cell = CELL_QUOTED; /* a quoted cell, or "" inside one */
        } else if (c == ',') {
            ls->cell = CELL_START;
        } else if (c == '\n') {
            return i + 1;
        } else if (c == '\r') {
            if (i + 1 >= in->len && !in->eof)
                break; /* is a line feed next? look again when more is read */
            if (i + 1 >= in->len || in->buf[i + 1] != '\n')
                return i + 1;
        } else {
            ls->cell = CELL_BARE;
        }
    }
    ls->at = i - in->start;
    return in->eof ? in->len : 0;
}

static bool next_line(struct jql_input *in, struct jql_record *r, struct jql_diags *d, bool csv)
{
    for (;;) {
        size_t end = line_end(in, csv);
        if (!end && more(in, d))
            continue;
        if (in->failed || in->start >= in->len)
            return false;
        if (!end)
            end = in->len;
        in->ls = (struct line_scan){0};
        size_t b = end;
        while (b > in->start && (in->buf[b - 1] == '\n' || in->buf[b - 1] == '\r'))
            b--;
        if (is_blank(in->buf + in->start, b - in->start) && !(csv && in->number == 0)) {
            consume(in, end); /* blank lines are skipped */
            continue;
        }
        record(in, in->start, b, end, r);
        return true;
    }
}

/* ---- .facts: from one `employer "` line outside every block to the next ---- */

/* Does the line at `i` start `employer "` (after spaces and tabs)? */
static bool employer_line(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (n - i < 9 || memcmp(s + i, "employer", 8) != 0)
        return false;
    i += 8;
    if (i >= n || (s[i] != ' ' && s[i] != '\t'))
        return false;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i < n && s[i] == '"';
}

/* The start of the next `employer "` line after the record's start at brace depth 0
   (strings and comments followed), or 0 when the buffer does not reach one. A line inside
   a block that was never closed stays in the record: the parser's recovery reports it
   there. The scan goes on where it stopped when more of the file is read. */
static size_t facts_end(struct jql_input *in)
{
    const char *s = in->buf;
    struct facts_scan *f = &in->fs;
    for (size_t i = in->start + f->at; i < in->len; i++) {
        char c = s[i];
        if (c == '\n') {
            f->str = f->comment = false;
            if (!in->eof && !memchr(s + i + 1, '\n', in->len - i - 1)) {
                f->at = i - in->start; /* the next line is not all there: look again */
                return 0;
            }
            if (f->depth == 0 && employer_line(s, in->len, i + 1)) {
                *f = (struct facts_scan){0};
                return i + 1;
            }
        } else if (f->comment) {
            continue;
        } else if (f->str) {
            if (c == '\\' && i + 1 < in->len && s[i + 1] != '\n')
                i++;
            else if (c == '"')
                f->str = false;
        } else if (c == '"') {
            f->str = true;
        } else if (c == '#') {
            f->comment = true;
        } else if (c == '{') {
            f->depth++;
        } else if (c == '}' && f->depth > 0) {
            f->depth--;
        }
    }
    f->at = in->len - in->start;
    return 0;
}

static bool next_facts(struct jql_input *in, struct jql_record *r, struct jql_diags *d)
{
    for (;;) {
        size_t end = 0;
        while (!(end = facts_end(in)) && more(in, d))
            ;
        if (in->failed)
            return false;
        if (!end) {
            end = in->len; /* the last record runs to the end of the file */
            in->fs = (struct facts_scan){0};
        }
        if (end == in->start)
            return false;
        if (is_blank(in->buf + in->start, end - in->start)) {
            consume(in, end);
            continue;
        }
        record(in, in->start, end, end, r);
        return true;
    }
}

/* ---- JSON documents ---- */

static size_t skip_ws(const struct jql_input *in, size_t i)
{
    while (i < in->len && (in->buf[i] == ' ' || in->buf[i] == '\t' || in->buf[i] == '\r' ||
                           in->buf[i] == '\n'))
        i++;
    return i;
}

/* Offset i of the buffer, reading more until `need` bytes from it are there or the file
   ends; the offset stays valid (more() moves the unread part to the front). */
static bool have(struct jql_input *in, size_t *i, size_t need, struct jql_diags *d)
{
    while (*i > in->len || in->len - *i < need) {
        size_t off = *i - in->start;
        bool got = more(in, d); /* may move the unread part, even at the end */
        *i = in->start + off;
        if (!got)
            return false;
    }
    return true;
}

/* White space from *i on, reading more as needed: false when the file ends first. */
static bool ws(struct jql_input *in, size_t *i, struct jql_diags *d)
{
    for (;;) {
        *i = skip_ws(in, *i);
        if (*i < in->len)
            return true;
        if (!have(in, i, 1, d))
            return false;
    }
}

/* How far the scan for the end of a JSON value got: like jql_json_value_end, but it goes
   on where it stopped when more is read, so a value that arrives in many reads (a pipe
   gives 64 KiB at a time) is scanned once, not once per read. */
struct jscan {
    size_t at; /* bytes of the value scanned */
    long depth;
    bool started, scalar, str, esc;
};

static size_t jscan(const char *s, size_t n, size_t from, struct jscan *v)
{
    size_t i = from + v->at;
    if (!v->started) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
            i++;
        if (i >= n) {
            v->at = i - from;
            return 0;
        }
        v->started = true;
        v->scalar = s[i] != '"' && s[i] != '{' && s[i] != '[';
    }
    for (; i < n; i++) {
        char c = s[i];
        if (v->scalar) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' ||
                c == '}')
                return i;
        } else if (v->str) {
            if (v->esc)
                v->esc = false;
            else if (c == '\\')
                v->esc = true;
            else if (c == '"') {
                v->str = false;
                if (v->depth == 0)
                    return i + 1;
            }
        } else if (c == '"') {
            v->str = true;
        } else if (c == '{' || c == '[') {
            v->depth++;
        } else if ((c == '}' || c == ']') && --v->depth == 0) {
            return i + 1;
        }
    }
    v->at = i - from;
    return v->scalar ? n : 0;
}

/* The end of the JSON value at `*i`, reading more as needed; 0 when the file ends first. */
static size_t value_end(struct jql_input *in, size_t *i, struct jql_diags *d)
{
    struct jscan v = {0};
    for (;;) {
        size_t e = jscan(in->buf, in->len, *i, &v);
        /* a scalar at the end of the buffer may go on in the next chunk; a string, array or
           object has ended (and the scan is not to go on from its old place) */
        if (e && (e < in->len || in->eof || !v.scalar))
            return e;
        /* the scan's place is relative to *i, which have() keeps valid */
        if (!have(in, i, in->len - *i + 1, d))
            return in->failed ? 0 : jscan(in->buf, in->len, *i, &v);
    }
}

/* The end of the JSON value at `*i` when it is valid JSON, else 0 (also when the file ends
   first); nothing is reported. */
static size_t checked_end(struct jql_input *in, size_t *i, struct jql_diags *d)
{
    size_t e = value_end(in, i, d), at;
    const char *what;
    return e && jql_json_check(in->buf, e, *i, &at, &what) ? e : 0;
}

/* J_START: the lone object, or the array of a bare array or of {"employers": [...]}. */
static bool json_start(struct jql_input *in, struct jql_record *r, struct jql_diags *d)
{
    size_t i = in->start;
    for (;;) {
        i = skip_ws(in, i);
        if (i < in->len || !have(in, &i, 1, d))
            break;
    }
    if (i >= in->len) {
        place_error(in, i, d, "the file is empty");
        return false;
    }
    if (in->buf[i] == '[') {
        consume(in, i + 1);
        in->js = J_ARRAY;
        return false;
    }
    if (in->buf[i] != '{') {
        place_error(in, i, d, "a JSON fact file holds an employer object, an array of them, "
                              "or {\"employers\": [...]}");
        return false;
    }
    /* the keys of the object: an "employers" array makes it a wrapper. Offsets are kept
       from in->start: reading more may move the unread part. */
    size_t obj = i - in->start;
    for (i++;; i++) { /* a key that does not parse: the object is read as one employer,
                         whose reader reports the error */
        if (!ws(in, &i, d) || in->buf[i] != '"')
            break;
        size_t ke = checked_end(in, &i, d);
        if (!ke)
            break;
        bool employers = ke - i == 11 && memcmp(in->buf + i, "\"employers\"", 11) == 0;
        i = ke;
        if (!ws(in, &i, d) || in->buf[i] != ':')
            break;
        i++;
        if (!ws(in, &i, d))
            break;
        if (employers && in->buf[i] == '[') {
            consume(in, i + 1);
            in->wrapped = true;
            in->js = J_ARRAY;
            return false;
        }
        size_t ve = checked_end(in, &i, d);
        if (!ve)
            break;
        i = ve;
        if (!ws(in, &i, d) || in->buf[i] != ',')
            break;
    }
    /* no "employers" array: the object is one employer */
    size_t o = in->start + obj, end = value_end(in, &o, d);
    if (!end) {
        place_error(in, o, d, "the document ends inside an employer");
        return false;
    }
    record(in, o, end, end, r);
    in->js = J_END;
    return true;
}

/* J_ARRAY, J_ARRAY_NEXT: the next element, or the array's end. */
static bool json_element(struct jql_input *in, struct jql_record *r, struct jql_diags *d)
{
    size_t i = in->start;
    for (;;) {
        i = skip_ws(in, i);
        if (i < in->len || !have(in, &i, 1, d))
            break;
    }
    if (i < in->len && in->buf[i] == ']') {
        if (in->comma) {
            place_error(in, i, d, "a ',' before ']' (JSON has no trailing commas)");
            return false;
        }
        consume(in, i + 1);
        in->js = in->wrapped ? J_TAIL : J_END;
        return false;
    }
    if (in->js == J_ARRAY_NEXT) {
        if (i >= in->len || in->buf[i] != ',') {
            place_error(in, i, d, i < in->len ? "expected ',' or ']' between employers"
                                              : "the document ends before its ']'");
            return false;
        }
        consume(in, i + 1);
        in->js = J_ARRAY;
        in->comma = true;
        return false;
    }
    if (i >= in->len) {
        place_error(in, i, d, "the document ends before its ']'");
        return false;
    }
    size_t ls = i; /* to the element's line (its number, should it be too large to read) */
    while (ls > in->start && in->buf[ls - 1] != '\n')
        ls--;
    consume(in, ls);
    size_t end = value_end(in, &i, d);
    if (!end) {
        place_error(in, i, d, "the document ends inside an employer");
        return false;
    }
    record(in, i, end, end, r);
    in->js = J_ARRAY_NEXT;
    in->comma = false;
    return true;
}

/* A value of the wrapper around the "employers" array, checked as JSON: its end, or 0
   after an error (reported) or at the end of the file. */
static size_t tail_value(struct jql_input *in, size_t *i, struct jql_diags *d)
{
    size_t e = value_end(in, i, d), at;
    const char *what;
    if (e && !jql_json_check(in->buf, e, *i, &at, &what)) {
        place_error(in, at, d, what);
        return 0;
    }
    return e;
}

/* J_TAIL: the rest of the wrapper object, after its "employers" array: more keys, each
   value checked as JSON, then its '}'. */
static void json_tail(struct jql_input *in, struct jql_diags *d)
{
    size_t i = in->start;
    while (!in->failed && ws(in, &i, d)) {
        char c = in->buf[i];
        if (c == '}') {
            consume(in, i + 1);
            in->js = J_END;
            return;
        }
        if (c != ',') {
            place_error(in, i, d, "expected ',' or '}'");
            return;
        }
        i++;
        if (!ws(in, &i, d))
            break;
        if (in->buf[i] != '"') {
            place_error(in, i, d, in->buf[i] == '}' ? "a ',' before '}' (JSON has no trailing "
                                                      "commas)" : "expected a string");
            return;
        }
        size_t ke = tail_value(in, &i, d);
        if (!ke)
            break;
        if (ke - i == 11 && memcmp(in->buf + i, "\"employers\"", 11) == 0) {
            place_error(in, i, d, "a second \"employers\" key (one array holds the employers)");
            return;
        }
        i = ke;
        if (!ws(in, &i, d))
            break;
        if (in->buf[i] != ':') {
            place_error(in, i, d, "expected ':' after a key");
            return;
        }
        i++;
        size_t ve = ws(in, &i, d) ? tail_value(in, &i, d) : 0;
        if (!ve)
            break;
        i = ve;
    }
    if (!in->failed)
        place_error(in, i, d, "the document ends before its '}'");
}

static bool next_json(struct jql_input *in, struct jql_record *r, struct jql_diags *d)
{
    while (!in->failed) {
        switch (in->js) {
        case J_START:
            if (json_start(in, r, d))
                return true;
            break;
        case J_ARRAY:
        case J_ARRAY_NEXT:
            if (json_element(in, r, d))
                return true;
            break;
        case J_TAIL:
            json_tail(in, d);
            break;
        case J_END: {
            size_t i = in->start;
            for (;;) {
                i = skip_ws(in, i);
                if (i < in->len || !have(in, &i, 1, d))
                    break;
            }
            if (i < in->len)
                place_error(in, i, d, "text after the document");
            return false;
        }
        }
    }
    return false;
}

bool jql_input_next(struct jql_input *in, struct jql_record *r, struct jql_diags *d)
{
    if (in->failed)
        return false;
    switch (in->kind) {
    case JQL_IN_JSONL: return next_line(in, r, d, false);
    case JQL_IN_CSV: return next_line(in, r, d, true);
    case JQL_IN_JSON: return next_json(in, r, d);
    default: return next_facts(in, r, d);
    }
}
