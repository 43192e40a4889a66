/*
** read_csv: CSV rows into the fact builder (read_csv.h). The header is resolved
** once per file into columns (the name, a fact, a member of an element, a
** collection); each row is then split into cells and handed over column by
** column, the cells of one element together.
*/
#include "read_csv.h"

#include "mem.h"

#include <string.h>

/* A cell of a row: [a, b) in the row's text, the decoded text (quotes undone). */
struct cell {
    size_t a, b;
    const char *text;
    bool quoted;
};

struct cells {
    struct cell *v;
    int n, cap;
};

enum col_kind { COL_NAME, COL_FACT, COL_MEMBER, COL_SKIP };

struct column {
    enum col_kind kind;
    const char *path;  /* FACT: the fact path; MEMBER: the member's path; COLL: its name */
    const char *coll;  /* MEMBER: the collection */
    const char *label; /* MEMBER: the element's label */
    int group;         /* MEMBER: which (collection, label) pair */
    int next;          /* MEMBER: the next column of its group, or -1 */
};

/* Names to numbers (the header's column names, its "COLL[LABEL]" groups), so that a header
   of many columns is read in linear time: open addressing, the load kept under 1/2. */
struct names {
    const char **key;
    int *val;
    int cap, n;
};

/* The value of `key`, or NULL; with `add`, a new key gets -1 first. */
static int *names_find(struct names *m, const char *key, bool add)
{
    if (add && 2 * (m->n + 1) > m->cap) {
        struct names old = *m;
        m->cap = old.cap ? 2 * old.cap : 64;
        m->key = jql_alloc((size_t)m->cap * sizeof *m->key);
        m->val = jql_alloc_atomic((size_t)m->cap * sizeof *m->val);
        m->n = 0;
        for (int i = 0; i < old.cap; i++)
            if (old.key[i])
                *names_find(m, old.key[i], true) = old.val[i];
    }
    if (!m->cap)
        return NULL;
    uint32_t mask = (uint32_t)m->cap - 1, i = jql_hash_str(key) & mask;
    while (m->key[i] && strcmp(m->key[i], key) != 0)
        i = (i + 1) & mask;
    if (!m->key[i]) {
        if (!add)
            return NULL;
        m->key[i] = key;
        m->val[i] = -1;
        m->n++;
    }
    return &m->val[i];
}

struct jql_csv {
    struct jql_fb *fb;
    const struct jql_source *file; /* the header row, as a part of the file */
    const char *name_key;
    struct jql_diags *d;
    struct column *cols;
    int ncols;
    int ngroups;
    int *group_first; /* per group: its first column */
    struct names names, groups; /* while the header is read */
};

/* ---- splitting ---- */

/* The row starting at `i` of `s`: its cells (appended to *v), and the offset after its line
   end. False when a quoted cell is not closed before the end of the text. */
static bool split_row(const char *s, size_t n, size_t i, struct cells *v, size_t *next)
{
    for (;;) {
        struct cell c = {.a = i};
        struct jql_buf b = {0};
        if (i < n && s[i] == '"') {
            c.quoted = true;
            for (i++;; i++) {
                if (i >= n)
                    return false;
                if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
                    jql_buf_putc(&b, s[i++]);
                else if (s[i] == '"')
                    break;
                else
                    jql_buf_putc(&b, s[i]);
            }
            i++;
            while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r') /* text after "..." */
                jql_buf_putc(&b, s[i++]);
        } else {
            size_t a = i;
            while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r')
                i++;
            while (a < i && (s[a] == ' ' || s[a] == '\t')) /* unquoted cells are trimmed */
                a++;
            size_t z = i;
            while (z > a && (s[z - 1] == ' ' || s[z - 1] == '\t'))
                z--;
            jql_buf_put(&b, s + a, z - a);
        }
        c.b = i;
        c.text = jql_buf_str(&b);
        JQL_VEC_PUSH(*v, c);
        if (i < n && s[i] == ',') {
            i++;
            continue;
        }
        i += i < n && s[i] == '\r';
        i += i < n && s[i] == '\n';
        *next = i;
        return true;
    }
}

/* ---- the header ---- */

static struct jql_loc file_loc(const struct jql_csv *x, size_t a, size_t b)
{
    return (struct jql_loc){x->file, (uint32_t)a, (uint32_t)b};
}

/* `coll[label].member`: true with the parts set, when the header has that shape. */
static bool member_header(const char *h, struct column *c)
{
    const char *open = strchr(h, '['), *close = open ? strchr(open, ']') : NULL;
    if (!open || !close || close[1] != '.' || !close[2] || open == h)
        return false;
    c->kind = COL_MEMBER;
    c->coll = jql_strndup(h, (size_t)(open - h));
    c->label = jql_strndup(open + 1, (size_t)(close - open - 1));
    c->path = close + 2;
    return true;
}

/* The group of member column k: the one of an earlier column with its collection and
   label, else a new one; the columns of a group are chained in order. */
static void group_of(struct jql_csv *x, int k)
{
    struct column *c = &x->cols[k];
    int *last = names_find(&x->groups, jql_sprintf("%s[%s]", c->coll, c->label), true);
    c->next = -1;
    if (*last >= 0) {
        int prev = *last;
        x->cols[prev].next = k;
        *last = k;
        c->group = x->cols[prev].group;
        return;
    }
    *last = k;
    JQL_APPEND(x->group_first, x->ngroups, k);
    c->group = x->ngroups - 1;
}

static bool header_column(struct jql_csv *x, const struct cell *cells, int k, bool *named)
{
    struct column *c = &x->cols[k];
    const char *h = cells[k].text;
    int *first = names_find(&x->names, h, true);
    if (*first >= 0) {
        int j = *first;
        struct jql_diag *dg = jql_diag_error(x->d, file_loc(x, cells[k].a, cells[k].b),
                                             "column '%s' is given twice", h);
        jql_diag_note(dg, file_loc(x, cells[j].a, cells[j].b), "first given here");
        c->kind = COL_SKIP;
        return false;
    }
    *first = k;
    if (strcmp(h, x->name_key) == 0) {
        c->kind = COL_NAME;
        *named = true;
    } else if (member_header(h, c)) {
        group_of(x, k);
    } else if (!*h) {
        jql_diag_error(x->d, file_loc(x, cells[k].a, cells[k].b), "column %d has no name",
                       k + 1);
        c->kind = COL_SKIP;
        return false;
    } else if (strchr(h, '[')) {
        jql_diag_error(x->d, file_loc(x, cells[k].a, cells[k].b),
                       "column '%s' is neither a fact path nor COLLECTION[LABEL].MEMBER", h);
        c->kind = COL_SKIP;
        return false;
    } else {
        c->kind = COL_FACT;
        c->path = h;
    }
    return true;
}

/* ---- rows ---- */

static struct jql_loc row_loc(const struct jql_source *row, const struct cell *c)
{
    return (struct jql_loc){row, (uint32_t)c->a, (uint32_t)(c->b > c->a ? c->b : c->a + 1)};
}

/* A cell's value: a bare number, or any other text (a JQL literal, a boolean, text). */
/* Does fact f take a bare number (in its declared unit)? */
static bool takes_number(const struct jql_fact_info *f)
{
    int k = f ? f->type.kind : JQL_T_ERROR;
    return k == JQL_T_NUMBER || k == JQL_T_MONEY || k == JQL_T_RATE || k == JQL_T_DURATION;
}

/* A cell as a number when its text is one: unquoted, or quoted for a fact that takes a
   number (exports that quote every cell mean nothing by it); else as a string. */
static struct jql_raw cell_raw(const struct cell *c, const struct jql_fact_info *f)
{
    jql_dec d;
    size_t n = strlen(c->text);
    if ((!c->quoted || takes_number(f)) && jql_dec_parse_json(c->text, n, &d) != JQL_DEC_SYNTAX)
        return (struct jql_raw){.kind = JQL_RAW_NUMBER, .s = c->text, .n = n};
    return (struct jql_raw){.kind = JQL_RAW_STRING, .s = c->text, .n = n};
}

static void set_cell(struct jql_csv *x, const struct jql_source *row, const char *path,
                     const struct cell *c)
{
    size_t mark = jql_fb_push(x->fb, path, strlen(path), false);
    const struct jql_fact_info *f = jql_fb_lookup(x->fb);
    if (f && f->kind == JQL_FACT_COLLECTION && strcmp(c->text, "[]") == 0)
        jql_fb_set_empty(x->fb, NULL, row_loc(row, c), row_loc(row, c));
    else
        jql_fb_set_raw(x->fb, cell_raw(c, f), true, row_loc(row, c), row_loc(row, c));
    jql_fb_pop(x->fb, mark);
}

/* The cells of element group `g`, when one of them is not empty. */
static void set_element(struct jql_csv *x, const struct jql_source *row, const struct cell *cells,
                        int g)
{
    int first = x->group_first[g], k = first;
    while (k >= 0 && !*cells[k].text)
        k = x->cols[k].next;
    if (k < 0)
        return; /* no cell of the element holds anything: there is no such element */
    const struct column *c0 = &x->cols[first];
    size_t mark = jql_fb_push(x->fb, c0->coll, strlen(c0->coll), false);
    struct jql_loc at = row_loc(row, &cells[first]);
    if (jql_fb_element(x->fb, c0->label, at, at, at))
        for (k = first; k >= 0; k = x->cols[k].next)
            if (*cells[k].text)
                set_cell(x, row, x->cols[k].path, &cells[k]);
    jql_fb_element_end(x->fb);
    jql_fb_pop(x->fb, mark);
}

static void read_row(struct jql_csv *x, const struct jql_source *row, const struct cell *cells,
                     int n, int rowno)
{
    const char *name = NULL;
    struct jql_loc name_loc = {0};
    for (int k = 0; k < x->ncols && k < n; k++)
        if (x->cols[k].kind == COL_NAME && *cells[k].text) {
            name = cells[k].text;
            name_loc = row_loc(row, &cells[k]);
        }
    struct jql_loc whole = {row, 0, (uint32_t)row->len};
    jql_fb_begin(x->fb, name ? name : jql_sprintf("(row %d)", rowno), name_loc, whole);
    if (n != x->ncols) {
        jql_diag_error(jql_fb_diags(x->fb), whole, "row %d has %d cell%s, the header %d", rowno,
                       n, n == 1 ? "" : "s", x->ncols);
        return;
    }
    if (!name)
        jql_diag_error(jql_fb_diags(x->fb), whole, "row %d has no name in column '%s'", rowno,
                       x->name_key);
    for (int k = 0; k < n; k++)
        if (x->cols[k].kind == COL_FACT && *cells[k].text)
            set_cell(x, row, x->cols[k].path, &cells[k]);
    for (int g = 0; g < x->ngroups; g++)
        set_element(x, row, cells, g);
}

struct jql_csv *jql_csv_header(const struct jql_source *hdr, const char *name_key,
                               struct jql_diags *d)
{
    struct jql_csv *x = jql_alloc(sizeof *x);
    *x = (struct jql_csv){.file = hdr, .name_key = name_key, .d = d};
    const char *s = hdr->text;
    size_t n = hdr->len, next;
    struct cells head = {0};
    if (!split_row(s, n, 0, &head, &next)) {
        jql_diag_error(d, file_loc(x, 0, 1), "a quoted cell of the header is not closed");
        return NULL;
    }
    x->ncols = head.n;
    x->cols = jql_alloc((size_t)head.n * sizeof *x->cols);
    bool named = false;
    for (int k = 0; k < head.n; k++)
        header_column(x, head.v, k, &named);
    x->names = x->groups = (struct names){0}; /* needed no more */
    if (!named) {
        jql_diag_error(d, file_loc(x, 0, n), "the header has no column '%s' with the "
                       "employers' names", name_key);
        return NULL;
    }
    return x;
}

struct jql_employer *jql_csv_row(const struct jql_csv *hdr, struct jql_fb *fb,
                                 const struct jql_source *row, int rowno)
{
    struct jql_csv row_x = *hdr; /* the header is shared by the threads reading rows */
    row_x.fb = fb;
    struct jql_csv *x = &row_x;
    struct cells cells = {0};
    size_t next;
    if (split_row(row->text, row->len, 0, &cells, &next)) {
        read_row(x, row, cells.v, cells.n, rowno);
        return jql_fb_end(fb, false);
    }
    /* the rest of the file is this one cell: nothing more can be read */
    jql_fb_begin(fb, jql_sprintf("(row %d)", rowno), (struct jql_loc){0},
                 (struct jql_loc){row, 0, (uint32_t)row->len});
    jql_diag_error(jql_fb_diags(fb), (struct jql_loc){row, 0, 1},
                   "a quoted cell is not closed before the end of the file");
    return jql_fb_end(fb, true);
}
