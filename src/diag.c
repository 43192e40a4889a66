/*
** diag: recording diagnostics and rendering them GNU style, with the source
** line echoed safely (escaped for the terminal by term.c, with the caret line
** below following the escapes) and an optional ANSI colouring.
*/
#include "diag.h"

#include "mem.h"
#include "term.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define COLOR_BOLD "\033[1m"
#define COLOR_RED "\033[1;31m"
#define COLOR_MAGENTA "\033[1;35m"
#define COLOR_CYAN "\033[1;36m"
#define COLOR_GREEN "\033[1;32m"
#define COLOR_RESET "\033[0m"

/* ---- recording ---- */

static void diags_push(struct jql_diags *d, struct jql_diag *dg)
{
    JQL_VEC_PUSH(*d, dg);
    if (dg->sev == JQL_SEV_ERROR)
        d->nerrors++;
    else if (dg->sev == JQL_SEV_WARNING)
        d->nwarnings++;
}

static struct jql_diag *diag_record(struct jql_diags *d, enum jql_severity sev,
                                    struct jql_loc loc, const char *fmt, va_list ap)
{
    struct jql_diag *dg = jql_alloc(sizeof *dg);
    dg->sev = sev;
    dg->loc = loc;
    dg->msg = jql_vsprintf(fmt, ap);
    if (d)
        diags_push(d, dg);
    return dg;
}

struct jql_diag *jql_diag_error(struct jql_diags *d, struct jql_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    struct jql_diag *dg = diag_record(d, JQL_SEV_ERROR, loc, fmt, ap);
    va_end(ap);
    return dg;
}

struct jql_diag *jql_diag_warning(struct jql_diags *d, struct jql_loc loc, const char *fmt, ...)
{
    enum jql_severity sev = d && d->werror ? JQL_SEV_ERROR : JQL_SEV_WARNING;
    va_list ap;
    va_start(ap, fmt);
    struct jql_diag *dg = diag_record(d, sev, loc, fmt, ap);
    va_end(ap);
    return dg;
}

void jql_diag_note(struct jql_diag *dg, struct jql_loc loc, const char *fmt, ...)
{
    struct jql_note note = {.loc = loc};
    va_list ap;
    va_start(ap, fmt);
    note.msg = jql_vsprintf(fmt, ap);
    va_end(ap);
    JQL_APPEND(dg->notes, dg->nnotes, note);
}

/* The diagnostics are shared, not copied; counts follow each one's recorded severity. */
void jql_diags_append(struct jql_diags *to, const struct jql_diags *from)
{
    for (int i = 0; i < from->n; i++)
        diags_push(to, from->v[i]);
}

/* ---- rendering ---- */

static int digits(int n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

/* Under each unit before the span what takes its place (a tab for a tab, else as many
   spaces as the unit shows in columns), '^' under the span's first unit and '~' under
   the rest of it on this line, so the caret stays under escaped and wide text. A span
   starting inside a line end points just past the line's text. */
static void render_caret(FILE *out, const char *line, size_t n, size_t s, size_t e, bool color)
{
    size_t p = 0;
    struct jql_term_unit u = {.cols = 1};
    if (s > n)
        s = n;
    while (p < n) {
        jql_term_unit(line + p, n - p, JQL_TERM_LINE, &u);
        if (p + u.len > s)
            break;
        if (line[p] == '\t')
            fputc('\t', out);
        else
            fprintf(out, "%*s", u.cols, "");
        p += u.len;
    }
    fputs(color ? COLOR_GREEN "^" : "^", out);
    int tildes = 0;
    if (p < n) {
        tildes = u.cols - 1;
        p += u.len;
    }
    for (size_t end = e < n ? e : n; p < end; p += u.len) {
        jql_term_unit(line + p, n - p, JQL_TERM_LINE, &u);
        tildes += u.cols;
    }
    for (int i = 0; i < tildes; i++)
        fputc('~', out);
    fputs(color ? COLOR_RESET "\n" : "\n", out);
}

/* Lines longer than this are shown as a window around the span's start, so that a
   diagnostic on a long line (up to JQL_LIMIT_LINE bytes) stays readable. */
enum { EXCERPT_MAX = 240, EXCERPT_BEFORE = 80 };

static size_t unit_start(const char *line, size_t n, size_t i)
{
    while (i > 0 && i < n && ((unsigned char)line[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* The first line of the span, numbered, then its underline. */
static void render_excerpt(FILE *out, struct jql_loc loc, bool color)
{
    const struct jql_source *src = loc.src;
    uint32_t start = loc.start < src->len ? loc.start : (uint32_t)src->len;
    uint32_t end = loc.end < src->len ? loc.end : (uint32_t)src->len;
    if (start < src->body) /* the byte-order mark is on no line */
        start = src->body;
    int line, col, li = jql_source_line_index(src, start);
    jql_source_linecol(src, start, &line, &col); /* a CSV row: LINE is the row's number */
    size_t n;
    const char *text = jql_source_line(src, src->line0 + li + 1, &n);
    size_t ls = src->line_starts[li];
    size_t s = start - ls, e = end > start ? end - ls : start - ls, from = 0, to = n;
    if (n > EXCERPT_MAX) {
        from = unit_start(text, n, s > EXCERPT_BEFORE ? s - EXCERPT_BEFORE : 0);
        to = unit_start(text, n, from + EXCERPT_MAX < n ? from + EXCERPT_MAX : n);
    }
    int w = digits(line) > 5 ? digits(line) : 5;
    fprintf(out, "%*d | %s", w, line, from ? "..." : "");
    jql_term_write(out, text + from, to - from, JQL_TERM_LINE);
    fprintf(out, "%s\n%*s | %s", to < n ? "..." : "", w, "", from ? "   " : "");
    render_caret(out, text + from, to - from, s - from, e > to ? to - from : e - from, color);
}

static void render_head(FILE *out, struct jql_loc loc, const char *what, const char *what_color,
                        const char *msg, bool color)
{
    if (loc.src) {
        const char *where = jql_term_str(jql_loc_str(loc), JQL_TERM_LINE);
        if (color)
            fprintf(out, COLOR_BOLD "%s:" COLOR_RESET " ", where);
        else
            fprintf(out, "%s: ", where);
    }
    if (color)
        fprintf(out, "%s%s:" COLOR_RESET " ", what_color, what);
    else
        fprintf(out, "%s: ", what);
    jql_term_puts(out, msg, JQL_TERM_LINES);
    fputc('\n', out);
    if (loc.src && !loc.src->bare)
        render_excerpt(out, loc, color);
}

const char *jql_diag_severity_name(enum jql_severity sev)
{
    static const char *const names[] = {"error", "warning", "note"};
    return names[sev];
}

void jql_diag_render(FILE *out, const struct jql_diag *dg, bool color)
{
    static const char *const colors[] = {COLOR_RED, COLOR_MAGENTA, COLOR_CYAN};
    if (!dg->loc.src)
        fputs(color ? COLOR_BOLD "jqlc:" COLOR_RESET " " : "jqlc: ", out);
    render_head(out, dg->loc, jql_diag_severity_name(dg->sev), colors[dg->sev], dg->msg, color);
    for (int i = 0; i < dg->nnotes; i++)
        render_head(out, dg->notes[i].loc, "note", COLOR_CYAN, dg->notes[i].msg, color);
}

void jql_diags_render(FILE *out, const struct jql_diags *d, bool color)
{
    for (int i = 0; i < d->n; i++)
        if (!d->v[i]->quiet)
            jql_diag_render(out, d->v[i], color);
}

char *jql_loc_str(struct jql_loc loc)
{
    if (!loc.src)
        return jql_strdup("");
    int line, col;
    jql_source_linecol(loc.src, loc.start, &line, &col);
    return jql_sprintf("%s:%d:%d", loc.src->name, line, col);
}

struct diag_key {
    const struct jql_diag *dg;
    int seq; /* original position: keeps the sort stable */
};

static int diag_key_cmp(const void *pa, const void *pb)
{
    const struct diag_key *a = pa, *b = pb;
    const struct jql_source *sa = a->dg->loc.src, *sb = b->dg->loc.src;
    if (!sa != !sb)
        return sa ? 1 : -1;
    int c = sa && sa != sb ? strcmp(sa->name, sb->name) : 0;
    if (c == 0 && sa && sa != sb && (sa->part || sb->part)) { /* records of one file */
        int la, ca, lb, cb;
        jql_source_linecol(sa, a->dg->loc.start, &la, &ca);
        jql_source_linecol(sb, b->dg->loc.start, &lb, &cb);
        c = la != lb ? (la < lb ? -1 : 1) : ca != cb ? (ca < cb ? -1 : 1) : 0;
    } else if (c == 0 && sa && a->dg->loc.start != b->dg->loc.start) {
        c = a->dg->loc.start < b->dg->loc.start ? -1 : 1;
    }
    return c ? c : a->seq - b->seq;
}

void jql_diags_sort(struct jql_diags *d)
{
    struct diag_key *keys = jql_alloc((size_t)d->n * sizeof *keys);
    for (int i = 0; i < d->n; i++)
        keys[i] = (struct diag_key){d->v[i], i};
    qsort(keys, (size_t)d->n, sizeof *keys, diag_key_cmp);
    for (int i = 0; i < d->n; i++)
        d->v[i] = (struct jql_diag *)keys[i].dg;
}
