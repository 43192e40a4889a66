/*
** fuzz_csv: a CSV fact file through the driver; see fuzz_reader.h for the input's
** option byte and the oracles. Beyond the report's: each row, written again as a JSON
** Lines object on the line of the row's number (cells typed as the vocabulary says:
** a bare number as a number, a boolean as true or false, a list of text split at ';',
** `[]` for an empty collection, anything else as a string; the cells of COLL[LABEL]
** columns as the elements of COLL), gives the same result as the row did, for every
** employer that the CSV file gave no diagnostic. This file splits CSV on its own
** (RFC 4180, as docs/language.md §9 reads it), so the reader's splitting is checked
** too.
*/
#include "fuzz_reader.h"

#include "dec.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_reader_init();
    return 0;
}

struct cell {
    const char *text; /* decoded, NUL-terminated (the reader's text stops at a NUL too) */
    bool quoted;
};

typedef JQL_VEC(struct cell) cells;

/* The record at s[a, n): its cells into *v and the offset after its line end (LF, CRLF or
   a CR alone, outside quotes); *blank when it holds only white space (then it is no row);
   *open when a quoted cell runs to the end of the file. */
static size_t csv_record(const uint8_t *s, size_t n, size_t a, cells *v, bool *blank_rec,
                         bool *open)
{
    size_t i = a;
    for (;;) {
        struct cell c = {0};
        struct jql_buf b = {0};
        if (i < n && s[i] == '"') {
            c.quoted = true;
            for (i++;;) {
                if (i >= n) {
                    *open = true;
                    break;
                }
                if (s[i] == '"' && i + 1 < n && s[i + 1] == '"') {
                    jql_buf_putc(&b, '"');
                    i += 2;
                } else if (s[i] == '"') {
                    i++;
                    break;
                } else {
                    jql_buf_putc(&b, (char)s[i++]);
                }
            }
            while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r')
                jql_buf_putc(&b, (char)s[i++]);
        } else {
            size_t x = i;
            while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r')
                i++;
            size_t y = i;
            while (x < y && (s[x] == ' ' || s[x] == '\t'))
                x++;
            while (y > x && (s[y - 1] == ' ' || s[y - 1] == '\t'))
                y--;
            jql_buf_put(&b, (const char *)s + x, y - x);
        }
        c.text = jql_buf_str(&b);
        JQL_VEC_PUSH(*v, c);
        if (i < n && s[i] == ',') {
            i++;
            continue;
        }
        break;
    }
    *blank_rec = blank(s + a, i - a);
    if (i < n && s[i] == '\r') /* CRLF, or a CR alone */
        i++;
    if (i < n && s[i] == '\n')
        i++;
    return i;
}

enum kind { C_NAME, C_FACT, C_MEMBER, C_SKIP };

struct column {
    enum kind kind;
    const char *path, *coll, *label;
};

/* A header's columns, classified as read_csv.c does: a name given twice is skipped, the
   name key, COLL[LABEL].MEMBER, an empty name or one with '[' skipped, else a fact. */
static struct column *csv_columns(const cells *h, const char *key, bool *named)
{
    struct column *c = jql_alloc((size_t)(h->n + 1) * sizeof *c);
    for (int k = 0; k < h->n; k++) {
        const char *t = h->v[k].text;
        c[k].kind = C_FACT;
        c[k].path = t;
        for (int j = 0; j < k; j++)
            if (strcmp(h->v[j].text, t) == 0)
                c[k].kind = C_SKIP;
        const char *open = strchr(t, '['), *close = open ? strchr(open, ']') : NULL;
        if (c[k].kind == C_SKIP)
            continue;
        if (strcmp(t, key) == 0) {
            c[k].kind = C_NAME;
            *named = true;
        } else if (open && close && close[1] == '.' && close[2] && open != t) {
            c[k].kind = C_MEMBER;
            c[k].coll = jql_strndup(t, (size_t)(open - t));
            c[k].label = jql_strndup(open + 1, (size_t)(close - open - 1));
            c[k].path = close + 2;
        } else if (!*t || open) {
            c[k].kind = C_SKIP;
        }
    }
    return c;
}

static const struct jql_fact_info *fact(const char *name)
{
    int id = jql_program_fact(prog, name);
    return id >= 0 ? &prog->facts[id] : NULL;
}

/* A cell's value as JSON, typed by fact f (may be NULL) as the CSV reader types it. */
static void put_value(struct jql_buf *b, const struct jql_fact_info *f, const struct cell *c)
{
    const char *t = c->text;
    jql_dec d;
    if (f && f->kind == JQL_FACT_COLLECTION && strcmp(t, "[]") == 0) {
        jql_buf_puts(b, "[]");
    } else if (!c->quoted && jql_dec_parse_json(t, strlen(t), &d) != JQL_DEC_SYNTAX) {
        jql_buf_puts(b, t);
    } else if (f && f->type.kind == JQL_T_BOOL &&
               (strcasecmp(t, "true") == 0 || strcasecmp(t, "false") == 0)) {
        jql_buf_puts(b, strcasecmp(t, "true") == 0 ? "true" : "false");
    } else if (f && f->type.kind == JQL_T_LIST) { /* "a; b;c": items trimmed, none empty */
        jql_buf_putc(b, '[');
        int items = 0;
        for (const char *p = t; *p;) {
            size_t k = strcspn(p, ";");
            const char *x = p, *y = p + k;
            while (x < y && (*x == ' ' || *x == '\t'))
                x++;
            while (y > x && (y[-1] == ' ' || y[-1] == '\t'))
                y--;
            if (y > x) {
                jql_buf_puts(b, items++ ? "," : "");
                put_json_string(b, x, (size_t)(y - x));
            }
            p += k + (p[k] == ';');
        }
        jql_buf_putc(b, ']');
    } else {
        put_json_string(b, t, strlen(t));
    }
}

/* One row as a JSON object: its name, its facts, then each declared collection's elements
   (labels as keys, in the order of the header). Columns of undeclared names are left out:
   they give warnings of the file, not of the employer. */
static void put_row(struct jql_buf *b, const struct column *col, const cells *row,
                    const char *key)
{
    int n = row->n;
    jql_buf_putc(b, '{');
    bool any = false;
    for (int k = 0; k < n; k++) {
        const char *t = row->v[k].text;
        const struct jql_fact_info *f = col[k].kind == C_FACT ? fact(col[k].path) : NULL;
        if (!*t || (col[k].kind != C_NAME && !f))
            continue;
        jql_buf_puts(b, any ? "," : "");
        any = true;
        if (col[k].kind == C_NAME) {
            put_json_string(b, key, strlen(key));
            jql_buf_putc(b, ':');
            put_json_string(b, t, strlen(t));
            continue;
        }
        put_json_string(b, col[k].path, strlen(col[k].path));
        jql_buf_putc(b, ':');
        put_value(b, f, &row->v[k]);
    }
    for (int k = 0; k < n; k++) { /* each declared collection, at its first column */
        const struct jql_fact_info *cf = col[k].kind == C_MEMBER ? fact(col[k].coll) : NULL;
        bool first = cf && cf->kind == JQL_FACT_COLLECTION;
        for (int j = 0; first && j < k; j++)
            first = !(col[j].kind == C_MEMBER && strcmp(col[j].coll, col[k].coll) == 0);
        if (!first)
            continue;
        bool open = false;
        for (int g = k; g < n; g++) { /* each label of it, at its first column */
            if (col[g].kind != C_MEMBER || strcmp(col[g].coll, col[k].coll) != 0)
                continue;
            bool label_first = true, present = false;
            for (int j = k; j < g; j++)
                label_first &= !(col[j].kind == C_MEMBER && strcmp(col[j].coll, col[g].coll) == 0 &&
                                 strcmp(col[j].label, col[g].label) == 0);
            for (int j = g; j < n; j++)
                present |= col[j].kind == C_MEMBER && strcmp(col[j].coll, col[g].coll) == 0 &&
                           strcmp(col[j].label, col[g].label) == 0 && *row->v[j].text;
            if (!label_first || !present)
                continue;
            if (!open) {
                jql_buf_puts(b, any ? "," : "");
                any = true;
                put_json_string(b, col[k].coll, strlen(col[k].coll));
                jql_buf_puts(b, ":{");
            } else {
                jql_buf_putc(b, ',');
            }
            open = true;
            put_json_string(b, col[g].label, strlen(col[g].label));
            jql_buf_puts(b, ":{");
            bool member = false;
            for (int j = g; j < n; j++) {
                if (!(col[j].kind == C_MEMBER && strcmp(col[j].coll, col[g].coll) == 0 &&
                      strcmp(col[j].label, col[g].label) == 0 && *row->v[j].text))
                    continue;
                jql_buf_puts(b, member ? "," : "");
                member = true;
                put_json_string(b, col[j].path, strlen(col[j].path));
                jql_buf_putc(b, ':');
                put_value(b, fact(jql_sprintf("%s.%s", col[j].coll, col[j].path)), &row->v[j]);
            }
            jql_buf_putc(b, '}');
        }
        if (open)
            jql_buf_putc(b, '}');
    }
    jql_buf_putc(b, '}');
}

typedef JQL_VEC(const char *) strings;

/* The employer lines of a JSON Lines report. */
static strings employer_lines(const struct run *r, int *n)
{
    strings v = {0};
    for (size_t a = 0; a < r->nout;) {
        const char *nl = memchr(r->out + a, '\n', r->nout - a);
        size_t b = nl ? (size_t)(nl - r->out) : r->nout;
        if (b - a > 12 && memcmp(r->out + a, "{\"employer\":", 12) == 0)
            JQL_VEC_PUSH(v, jql_strndup(r->out + a, b - a));
        a = b + 1;
    }
    *n = v.n;
    return v;
}

static void csv_vs_jsonl(const struct fuzz_in *in)
{
    const uint8_t *s = in->text;
    size_t n = in->n, i = bom(s, n);
    const char *key = in->name_key ? in->name_key : "employer";
    cells header = {0};
    bool blank_rec = false, open = false, named = false;
    i = csv_record(s, n, i, &header, &blank_rec, &open);
    struct column *col = csv_columns(&header, key, &named);
    if (open || !named)
        return;
    struct jql_buf lines = {0};
    jql_buf_putc(&lines, '\n'); /* the header's line */
    int rows = 0;
    while (i < n) {
        cells row = {0};
        open = false;
        i = csv_record(s, n, i, &row, &blank_rec, &open);
        if (blank_rec)
            continue;
        if (open || row.n != header.n)
            jql_buf_puts(&lines, "{}"); /* an error either way: not compared */
        else
            put_row(&lines, col, &row, key);
        jql_buf_putc(&lines, '\n');
        rows++;
    }
    if (!rows)
        return;
    struct run a = run_driver(s, n, JQL_IN_CSV, in->strict, in->name_key, JQL_FMT_JSONL);
    struct run b = run_driver((const uint8_t *)jql_buf_str(&lines), lines.len, JQL_IN_JSONL,
                              in->strict, in->name_key, JQL_FMT_JSONL);
    int na, nb;
    strings ea = employer_lines(&a, &na), eb = employer_lines(&b, &nb);
    if (na != nb)
        fail("a CSV file and its rows as JSON Lines give different numbers of employers", &a, &b);
    for (int k = 0; k < na; k++) {
        static const char none[] = "\"diagnostics\":[]}";
        size_t len = strlen(ea.v[k]);
        bool clean = len >= sizeof none && strcmp(ea.v[k] + len - (sizeof none - 1), none) == 0;
        if (clean && strcmp(ea.v[k], eb.v[k]) != 0) {
            fprintf(stderr, "fuzz_csv: row\n%s\nas JSON Lines\n%s\n", ea.v[k], eb.v[k]);
            fail("a CSV row and the same row as JSON Lines read differently", &a, &b);
        }
    }
    run_free(&a);
    run_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_in in;
    if (!fuzz_in(data, size, &in))
        return 0;
    struct run r = run_driver(in.text, in.n, JQL_IN_CSV, in.strict, in.name_key, in.fmt);
    check_report(&r, in.fmt);
    run_free(&r);
    csv_vs_jsonl(&in);
    return 0;
}
