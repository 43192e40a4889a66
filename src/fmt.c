/*
** fmt: the canonical layout of rule files and fact files (docs/cli.md, "fmt").
**
** The printer walks the syntax tree and emits tokens; the layout is its own, the text
** of each token the author's:
**   - literals (numbers, money, rates, percents, durations, dates, text) are copied
**     from their source span, never re-rendered from the value, so a formatted file
**     means what the original meant (runs of blanks inside a duration become one);
**   - names, operators and keywords are printed as the grammar reads them;
**   - parentheses come from the count the grammar records on each expression
**     (struct jql_expr.parens): the printer never adds or drops one.
** Source order: a rule's clauses, a standard's members, a goal's lines, a test's givens
** and expects and a table's lines sit in separate arrays of the tree; the printer
** sorts them by the start of their spans, which every part has, instead of keeping a
** second ordered list in the tree that the checker and evaluator would carry for
** nothing.
** Comments: the file's comments (jql_rulefile.comments, in order) are printed by
** position: before each token, every comment that starts before it in the source. A
** comment on the line of the token before it stays at the end of that line; any other
** comment gets a line of its own at the indentation of what follows.
** The layout decisions depend only on facts a formatted file keeps (where the author
** broke a line, where comments are), which makes the printer idempotent.
*/
#include "fmt.h"

#include "mem.h"
#include "parse.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { FMT_INDENT = 2, FMT_TRAIL = 3 /* blanks before a comment at the end of a line */ };

struct fmt {
    struct jql_buf b;
    const char *text;
    uint32_t len;
    const struct jql_comment *cm;
    int ncm, next;  /* comments, and the first not printed yet */
    uint32_t prev;  /* source offset just past the last token or comment printed */
    int col;        /* characters on the output line so far */
    bool bol;       /* nothing printed on the output line yet */
    int ind;        /* indentation of the next line a token starts */
    bool open;      /* the last line ends with a block's '{' (no blank line after it) */
    bool facts;     /* a fact file: an entry named `employer` never starts a line */
    int stmt_ind;   /* indentation of the statement being printed */
};

/* ---- the source ---- */

static bool fmt_has_nl(const struct fmt *F, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b && i < F->len; i++)
        if (F->text[i] == '\n')
            return true;
    return false;
}

/* Whether the source has a blank line between a and b (two line ends). */
static bool fmt_has_blank(const struct fmt *F, uint32_t a, uint32_t b)
{
    int n = 0;
    for (uint32_t i = a; i < b && i < F->len; i++)
        if (F->text[i] == '\n' && ++n == 2)
            return true;
    return false;
}

/* The next token's start at or after p: blanks, line ends and comments skipped (and
   commas, which a fact file's bodies allow between entries, when `commas`). */
static uint32_t fmt_skip(const struct fmt *F, uint32_t p, bool commas)
{
    while (p < F->len) {
        char c = F->text[p];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || (commas && c == ','))
            p++;
        else if (c == '#')
            while (p < F->len && F->text[p] != '\n')
                p++;
        else
            break;
    }
    return p;
}

/* ---- output ---- */

/* Characters (not bytes) of UTF-8 text. */
static int fmt_width(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

static void fmt_put(struct fmt *F, const char *s, size_t n)
{
    jql_buf_put(&F->b, s, n);
    F->col += fmt_width(s, n);
    F->bol = false;
}

static void fmt_spaces(struct fmt *F, int n)
{
    for (int i = 0; i < n; i++)
        fmt_put(F, " ", 1);
}

/* End the output line (no blanks left at its end). */
static void fmt_nl(struct fmt *F)
{
    if (F->bol)
        return;
    while (F->b.len > 0 && F->b.s[F->b.len - 1] == ' ')
        F->b.s[--F->b.len] = '\0';
    jql_buf_putc(&F->b, '\n');
    F->bol = true;
    F->col = 0;
}

/* An empty line, unless the output is at its start or just opened a block. */
static void fmt_blank(struct fmt *F)
{
    fmt_nl(F);
    if (F->b.len == 0 || F->open || (F->b.len >= 2 && F->b.s[F->b.len - 2] == '\n'))
        return;
    jql_buf_putc(&F->b, '\n');
}

static void fmt_comment(struct fmt *F, const struct jql_comment *c, int ind)
{
    uint32_t s = c->loc.start, e = c->loc.end;
    while (e > s && (F->text[e - 1] == ' ' || F->text[e - 1] == '\t' || F->text[e - 1] == '\r'))
        e--;
    if (!F->bol && !fmt_has_nl(F, F->prev, s)) { /* at the end of the line it was on */
        fmt_spaces(F, FMT_TRAIL);
        fmt_put(F, F->text + s, e - s);
    } else {
        fmt_nl(F);
        if (fmt_has_blank(F, F->prev, s))
            fmt_blank(F);
        fmt_spaces(F, ind);
        fmt_put(F, F->text + s, e - s);
        F->open = false;
    }
    fmt_nl(F);
    F->prev = c->loc.end;
}

/* Every comment that starts before `upto`; a comment on a line of its own at `ind`. */
static void fmt_flush(struct fmt *F, uint32_t upto, int ind)
{
    while (F->next < F->ncm && F->cm[F->next].loc.start < upto)
        fmt_comment(F, &F->cm[F->next++], ind);
}

/* A token whose source span is [start, end), after `sp` blanks (none at a line's
   start, which gets the indentation). */
static void fmt_tok(struct fmt *F, uint32_t start, uint32_t end, const char *s, size_t n, int sp)
{
    fmt_flush(F, start, F->ind);
    if (F->bol)
        fmt_spaces(F, F->ind);
    else
        fmt_spaces(F, sp);
    fmt_put(F, s, n);
    F->open = false;
    if (end > F->prev)
        F->prev = end;
}

static void fmt_word(struct fmt *F, struct jql_loc l, const char *s, int sp)
{
    fmt_tok(F, l.start, l.end, s, strlen(s), sp);
}

/* A token as written (a text, a date, a name). */
static void fmt_src(struct fmt *F, struct jql_loc l, int sp)
{
    fmt_tok(F, l.start, l.end, F->text + l.start, l.end - l.start, sp);
}

/* A keyword or punctuation: the next token of the source. */
static void fmt_kw(struct fmt *F, const char *s, int sp)
{
    uint32_t at = fmt_skip(F, F->prev, false), n = (uint32_t)strlen(s);
    bool same = at + n <= F->len && memcmp(F->text + at, s, n) == 0;
    fmt_tok(F, at, same ? at + n : at, s, n, sp);
}

static void fmt_break(struct fmt *F, uint32_t at, uint32_t from, uint32_t to, int ind);

/* A literal value's span (a number, an amount, a duration, a date, a text, `unknown`,
   `-` and a literal, a list of texts, a type such as `one of "a", "b"`): its tokens as
   written, one blank between words, none inside brackets or after a minus. */
static void fmt_span(struct fmt *F, uint32_t a, uint32_t b, int sp)
{
    bool glue = false; /* after '[' or '-' */
    int ctx = -1;      /* the column of the first text: a list the author broke after a
                          comma goes on under it */
    for (uint32_t p = fmt_skip(F, a, false), q = p; p < b; p = fmt_skip(F, q, false)) {
        char c = F->text[p];
        if (ctx >= 0 && F->text[q - 1] == ',')
            fmt_break(F, p, q, p, ctx);
        if (c == '"') {
            for (q = p + 1; q < b && F->text[q] != '"'; q++)
                if (F->text[q] == '\\')
                    q++;
            q = q < b ? q + 1 : b;
        } else if (c == ',' || c == '[' || c == ']') {
            q = p + 1;
        } else {
            for (q = p; q < b && !strchr(" \t\r\n,[]\"#", F->text[q]); q++)
                ;
        }
        int blanks = glue || c == ',' || c == ']' ? 0 : sp;
        fmt_tok(F, p, q, F->text + p, q - p, blanks);
        if (c == '"' && ctx < 0)
            ctx = F->col - fmt_width(F->text + p, q - p);
        glue = c == '[' || (q == p + 1 && c == '-');
        sp = 1;
    }
}

static void fmt_span_loc(struct fmt *F, struct jql_loc l, int sp)
{
    fmt_span(F, l.start, l.end, sp);
}

/* A new line at `ind` for a statement starting at `at` (a blank line before it when the
   author had one). Its continuation lines are indented one step more. */
static void fmt_stmt(struct fmt *F, int ind, uint32_t at)
{
    fmt_flush(F, at, ind);
    fmt_nl(F);
    if (fmt_has_blank(F, F->prev, at))
        fmt_blank(F);
    F->ind = F->stmt_ind = ind;
}

/* A statement whose first token is the next keyword `kw`. */
static void fmt_lead(struct fmt *F, int ind, const char *kw)
{
    fmt_stmt(F, ind, fmt_skip(F, F->prev, false));
    fmt_kw(F, kw, 0);
    F->ind = ind + FMT_INDENT;
}

/* Before a token starting at `at`: its comments, then a line break at `ind` when the
   source breaks the line between from and to (or a comment did). */
static void fmt_break(struct fmt *F, uint32_t at, uint32_t from, uint32_t to, int ind)
{
    fmt_flush(F, at, ind);
    if (F->bol || fmt_has_nl(F, from, to)) {
        fmt_nl(F);
        F->ind = ind;
    }
}

static void fmt_open(struct fmt *F)
{
    fmt_kw(F, "{", 1);
    F->open = true;
}

/* A block's '}' on a line of its own at `ind` (comments before it at `inner`); `{}` when
   the block is empty. */
static void fmt_close(struct fmt *F, int inner, int ind)
{
    uint32_t at = fmt_skip(F, F->prev, true);
    fmt_flush(F, at, inner);
    bool same = at < F->len && F->text[at] == '}';
    if (F->open && !F->bol) {
        fmt_tok(F, at, same ? at + 1 : at, "}", 1, 0);
        return;
    }
    fmt_nl(F);
    F->ind = ind;
    fmt_tok(F, at, same ? at + 1 : at, "}", 1, 0);
}

static void fmt_str(struct fmt *F, struct jql_str s)
{
    if (s.s)
        fmt_src(F, s.loc, 1);
}

/* A description or source text at the end of a declaration: on a line of its own when
   the author put it there. */
static void fmt_desc(struct fmt *F, struct jql_str s)
{
    if (!s.s)
        return;
    fmt_break(F, s.loc.start, F->prev, s.loc.start, F->stmt_ind + FMT_INDENT);
    fmt_src(F, s.loc, 1);
}

/* ---- expressions ---- */

static void fmt_expr(struct fmt *F, const struct jql_expr *e, int ctx, int sp);

static const char *const fmt_qwords[] = {"all", "any", "none", "count",
                                         "sum", "min", "max", "share"};

static struct jql_loc fmt_bare(const struct jql_expr *e)
{
    return e->parens ? e->inner : e->loc;
}

/* and, or, implies: a line the author broke before or after the operator breaks before
   it, at the context's indentation. */
static void fmt_logic(struct fmt *F, const struct jql_expr *e, int ctx, int sp)
{
    const struct jql_expr *a = e->u.bin.a, *b = e->u.bin.b;
    fmt_expr(F, a, ctx, sp);
    fmt_break(F, e->oploc.start, a->loc.end, b->loc.start, ctx);
    fmt_src(F, e->oploc, 1);
    fmt_expr(F, b, ctx, 1);
}

/* The indentation of the output line being written. */
static int fmt_line_ind(const struct fmt *F)
{
    size_t i = F->b.len;
    while (i > 0 && F->b.s[i - 1] != '\n')
        i--;
    int n = 0;
    while (i + (size_t)n < F->b.len && F->b.s[i + (size_t)n] == ' ')
        n++;
    return n;
}

/* Items of a list, a call or a lookup after the opening bracket: a line the author
   broke between two items breaks after the comma, under the first item. A list the
   author opened with a line break (one item a line, each with its comment) keeps it:
   the items one step in from the line, the bracket closing on a line of its own when
   it did. */
static void fmt_items(struct fmt *F, struct jql_expr *const *v, int n, const char *close)
{
    int line = fmt_line_ind(F), saved = F->ind;
    bool opened = n > 0 && fmt_has_nl(F, F->prev, v[0]->loc.start);
    int ctx = opened ? line + FMT_INDENT : F->col;
    for (int i = 0; i < n; i++) {
        if (i > 0)
            fmt_kw(F, ",", 0);
        uint32_t from = i > 0 ? v[i - 1]->loc.end : F->prev;
        if (i > 0 || opened)
            fmt_break(F, v[i]->loc.start, from, v[i]->loc.start, ctx);
        fmt_expr(F, v[i], ctx, i > 0);
    }
    if (opened) {
        uint32_t at = fmt_skip(F, F->prev, true);
        fmt_break(F, at, F->prev, at, line);
    }
    fmt_kw(F, close, 0);
    F->ind = saved;
}

static void fmt_if(struct fmt *F, const struct jql_expr *e, int ctx, int sp)
{
    const struct jql_expr *c = e->u.cond.c, *t = e->u.cond.t, *x = e->u.cond.e;
    fmt_word(F, e->oploc, "if", sp);
    fmt_expr(F, c, ctx, 1);
    fmt_break(F, fmt_skip(F, c->loc.end, false), c->loc.end, t->loc.start, ctx);
    fmt_kw(F, "then", 1);
    fmt_expr(F, t, ctx, 1);
    fmt_break(F, fmt_skip(F, t->loc.end, false), t->loc.end, x->loc.start, ctx);
    fmt_kw(F, "else", 1);
    fmt_expr(F, x, ctx, 1);
}

static void fmt_quant(struct fmt *F, const struct jql_expr *e, int ctx, int sp)
{
    fmt_word(F, e->oploc, fmt_qwords[e->u.quant.qkind], sp);
    fmt_word(F, e->u.quant.var_loc, e->u.quant.var, 1);
    fmt_kw(F, "in", 1);
    fmt_word(F, e->u.quant.coll_loc, e->u.quant.coll, 1);
    if (e->u.quant.weight) {
        fmt_kw(F, "weighted", 1);
        fmt_kw(F, "by", 1);
        fmt_expr(F, e->u.quant.weight, ctx, 1);
    }
    fmt_kw(F, ":", 0);
    fmt_expr(F, e->u.quant.body, ctx, 1);
}

static void fmt_node(struct fmt *F, const struct jql_expr *e, int ctx, int sp)
{
    switch ((enum jql_expr_kind)e->kind) {
    case JQL_E_LIT: fmt_span_loc(F, fmt_bare(e), sp); break;
    case JQL_E_NAME: fmt_word(F, fmt_bare(e), e->u.name.text, sp); break;
    case JQL_E_NEG:
        fmt_word(F, e->oploc, "-", sp);
        fmt_expr(F, e->u.un.a, ctx, 0);
        break;
    case JQL_E_NOT:
        fmt_word(F, e->oploc, "not", sp);
        fmt_expr(F, e->u.un.a, ctx, 1);
        break;
    case JQL_E_AND: case JQL_E_OR: case JQL_E_IMPLIES: fmt_logic(F, e, ctx, sp); break;
    case JQL_E_ARITH: case JQL_E_CMP: case JQL_E_IN:
        fmt_expr(F, e->u.bin.a, ctx, sp);
        if (e->kind == JQL_E_IN && e->op)
            fmt_word(F, e->oploc, "not in", 1);
        else
            fmt_src(F, e->oploc, 1);
        fmt_expr(F, e->u.bin.b, ctx, 1);
        break;
    case JQL_E_KNOWN:
        fmt_expr(F, e->u.un.a, ctx, sp);
        fmt_word(F, e->oploc, "is", 1);
        fmt_kw(F, e->op ? "unknown" : "known", 1);
        break;
    case JQL_E_QUANT: fmt_quant(F, e, ctx, sp); break;
    case JQL_E_IF: fmt_if(F, e, ctx, sp); break;
    case JQL_E_CALL: case JQL_E_LOOKUP:
        fmt_word(F, e->oploc, e->u.call.fn, sp);
        fmt_kw(F, e->kind == JQL_E_CALL ? "(" : "[", 0);
        fmt_items(F, e->u.call.args, e->u.call.nargs, e->kind == JQL_E_CALL ? ")" : "]");
        break;
    case JQL_E_LIST:
        fmt_kw(F, "[", sp);
        fmt_items(F, e->u.list.items, e->u.list.n, "]");
        break;
    }
}

/* An expression: its parentheses, then the node; a line broken inside parentheses
   continues under the first character after the '('. */
static void fmt_expr(struct fmt *F, const struct jql_expr *e, int ctx, int sp)
{
    for (int i = 0; i < e->parens; i++) {
        fmt_kw(F, "(", i == 0 ? sp : 0);
        ctx = F->col;
        sp = 0;
    }
    fmt_node(F, e, ctx, sp);
    for (int i = 0; i < e->parens; i++)
        fmt_kw(F, ")", 0);
}

/* `KW EXPR` as a statement at `ind` (a rule's clause, a goal's `where`). */
static void fmt_clause(struct fmt *F, int ind, const char *kw, const struct jql_expr *e)
{
    fmt_lead(F, ind, kw);
    fmt_expr(F, e, ind + FMT_INDENT, 1);
}

/* ---- members in source order ---- */

struct fmt_part {
    uint32_t at;   /* where it starts in the source (or its first span after the keyword) */
    int kind;
    const void *p;
};

static int fmt_part_cmp(const void *x, const void *y)
{
    const struct fmt_part *a = x, *b = y;
    return a->at < b->at ? -1 : a->at > b->at;
}

struct fmt_parts {
    struct fmt_part *v;
    int n;
};

static void fmt_add(struct fmt_parts *ps, bool set, struct jql_loc at, int kind, const void *p)
{
    if (set)
        JQL_APPEND(ps->v, ps->n, ((struct fmt_part){at.start, kind, p}));
}

static void fmt_sort(struct fmt_parts *ps)
{
    if (ps->n > 1)
        qsort(ps->v, (size_t)ps->n, sizeof *ps->v, fmt_part_cmp);
}

/* ---- fact entries (fact files and a test's givens) ---- */

static void fmt_entries(struct fmt *F, struct jql_fentry *const *v, int n, int ind);

static void fmt_inline_entry(struct fmt *F, const struct jql_fentry *g, int sp);

/* The body of a group, an element or a test's given, from the '{' after `head` (the
   end of the last token before it) to `end` (just past its '}'): on one line when the
   author wrote it on one (entries two blanks apart), else one entry a line. */
static void fmt_fbody(struct fmt *F, struct jql_fentry *const *v, int n, uint32_t head,
                      uint32_t end, int ind)
{
    uint32_t brace = fmt_skip(F, head, false);
    bool inline_ = end > brace && !fmt_has_nl(F, brace, end);
    if (!inline_ && n == 0) { /* `x {` `}` with nothing but blanks between */
        uint32_t close = fmt_skip(F, brace + 1, true);
        inline_ = close < F->len && !memchr(F->text + brace, '#', close - brace);
    }
    fmt_open(F);
    if (!inline_) {
        fmt_entries(F, v, n, ind + FMT_INDENT);
        fmt_close(F, ind + FMT_INDENT, ind);
        return;
    }
    F->open = false;
    for (int i = 0; i < n; i++)
        fmt_inline_entry(F, v[i], i == 0 ? 1 : 2);
    fmt_kw(F, "}", n ? 1 : 0);
}

static void fmt_value(struct fmt *F, const struct jql_fentry *f)
{
    fmt_kw(F, "=", 1);
    fmt_span_loc(F, f->value_loc, 1);
    if (f->source.s) {
        fmt_kw(F, "source", 1);
        fmt_src(F, f->source.loc, 1);
    }
}

static uint32_t fmt_entry_head(const struct jql_fentry *f)
{
    return f->kind == JQL_F_ELEMENT ? f->label.loc.end : f->path_loc.end;
}

static void fmt_inline_entry(struct fmt *F, const struct jql_fentry *g, int sp)
{
    fmt_src(F, g->path_loc, sp);
    if (g->kind == JQL_F_SET || g->kind == JQL_F_EMPTY) {
        fmt_value(F, g);
        return;
    }
    if (g->kind == JQL_F_ELEMENT)
        fmt_src(F, g->label.loc, 1);
    fmt_fbody(F, g->entries, g->nentries, fmt_entry_head(g), g->loc.end, F->stmt_ind);
}

static void fmt_entry(struct fmt *F, const struct jql_fentry *f, int ind)
{
    /* A line starting `employer "` closes a fact file's open blocks (docs/language.md
       §16): an element named `employer` stays on the line before it. */
    if (F->facts && f->kind == JQL_F_ELEMENT && strcmp(f->path, "employer") == 0 && !F->bol)
        fmt_src(F, f->path_loc, 2);
    else {
        fmt_stmt(F, ind, f->loc.start);
        fmt_src(F, f->path_loc, 0);
    }
    F->ind = ind + FMT_INDENT;
    switch ((enum jql_fentry_kind)f->kind) {
    case JQL_F_SET: case JQL_F_EMPTY: fmt_value(F, f); break;
    case JQL_F_ELEMENT:
        fmt_src(F, f->label.loc, 1);
        /* fall through */
    case JQL_F_GROUP:
        fmt_fbody(F, f->entries, f->nentries, fmt_entry_head(f), f->loc.end, ind);
        break;
    }
}

static void fmt_entries(struct fmt *F, struct jql_fentry *const *v, int n, int ind)
{
    for (int i = 0; i < n; i++)
        fmt_entry(F, v[i], ind);
}

/* `{` entries `}` of an employer or a given: always one entry a line. */
static void fmt_block_entries(struct fmt *F, const struct jql_femployer *fe, int ind)
{
    fmt_open(F);
    fmt_entries(F, fe->entries, fe->nentries, ind + FMT_INDENT);
    fmt_close(F, ind + FMT_INDENT, ind);
}

/* ---- rule file items ---- */

static void fmt_title(struct fmt *F, struct jql_loc id_loc, const char *id, struct jql_str title)
{
    fmt_word(F, id_loc, id, 1);
    fmt_str(F, title);
}

/* The head of a block item at indent `ind`: `KW id "title" {`, its body one level in. */
static void fmt_block_head(struct fmt *F, int ind, uint32_t start, const char *kw,
                           struct jql_loc id_loc, const char *id, struct jql_str title)
{
    fmt_stmt(F, ind, start);
    fmt_kw(F, kw, 0);
    F->ind = ind + FMT_INDENT;
    fmt_title(F, id_loc, id, title);
    fmt_open(F);
}

static void fmt_decl(struct fmt *F, const struct jql_fact_decl *d, int ind)
{
    fmt_stmt(F, ind, d->loc.start);
    if (d->is_collection) {
        fmt_kw(F, "collection", 0);
        F->ind = ind + FMT_INDENT;
        fmt_word(F, d->name_loc, d->name, 1);
    } else {
        fmt_word(F, d->name_loc, d->name, 0);
        F->ind = ind + FMT_INDENT;
        fmt_kw(F, ":", 0);
        fmt_span_loc(F, d->type_loc, 1);
        if (d->has_range) {
            fmt_kw(F, "in", 1);
            if (d->range.has_lo)
                fmt_span_loc(F, d->lo_loc, 1);
            fmt_kw(F, "..", d->range.has_lo ? 0 : 1);
            if (d->range.has_hi)
                fmt_span_loc(F, d->hi_loc, 0);
        }
    }
    fmt_desc(F, d->desc);
}

static void fmt_let(struct fmt *F, const struct jql_let *l, int ind)
{
    fmt_stmt(F, ind, l->loc.start);
    fmt_kw(F, "let", 0);
    F->ind = ind + FMT_INDENT;
    fmt_word(F, l->name_loc, l->name, 1);
    fmt_kw(F, "=", 1);
    /* `let x =` with the expression on the next line: kept */
    fmt_break(F, l->expr->loc.start, F->prev, l->expr->loc.start, ind + FMT_INDENT);
    fmt_expr(F, l->expr, ind + FMT_INDENT, 1);
}

static void fmt_text_line(struct fmt *F, int ind, const char *kw, struct jql_str s)
{
    fmt_lead(F, ind, kw);
    fmt_src(F, s.loc, 1);
}

static void fmt_date_line(struct fmt *F, int ind, const char *kw, struct jql_date_opt d)
{
    fmt_lead(F, ind, kw);
    fmt_src(F, d.loc, 1);
}

enum { P_REQUIRE, P_WHEN, P_UNLESS, P_LEVEL, P_CITE, P_ADVICE, P_EFFECTIVE, P_EXPIRES,
       P_VERSION, P_SOURCE, P_LET, P_RULE, P_KOF, P_SHARE, P_WHERE, P_DEADLINE,
       P_GIVEN, P_EXPECT, P_KEY, P_FROM, P_VALUE, P_ROW };

static void fmt_rule(struct fmt *F, const struct jql_rule *r, int ind)
{
    fmt_block_head(F, ind, r->loc.start, "rule", r->id_loc, r->id, r->title);
    struct fmt_parts ps = {0};
    for (int i = 0; i < r->nrequires; i++)
        fmt_add(&ps, true, r->requires[i]->loc, P_REQUIRE, r->requires[i]);
    for (int i = 0; i < r->nwhens; i++)
        fmt_add(&ps, true, r->whens[i]->loc, P_WHEN, r->whens[i]);
    for (int i = 0; i < r->nunlesses; i++)
        fmt_add(&ps, true, r->unlesses[i]->loc, P_UNLESS, r->unlesses[i]);
    fmt_add(&ps, r->level_set, r->level_loc, P_LEVEL, NULL);
    fmt_add(&ps, r->cite.s, r->cite.loc, P_CITE, NULL);
    fmt_add(&ps, r->advice.s, r->advice.loc, P_ADVICE, NULL);
    fmt_add(&ps, r->effective.set, r->effective.loc, P_EFFECTIVE, NULL);
    fmt_add(&ps, r->expires.set, r->expires.loc, P_EXPIRES, NULL);
    fmt_sort(&ps);
    int in = ind + FMT_INDENT;
    for (int i = 0; i < ps.n; i++) {
        switch (ps.v[i].kind) {
        case P_REQUIRE: fmt_clause(F, in, "require", ps.v[i].p); break;
        case P_WHEN: fmt_clause(F, in, "when", ps.v[i].p); break;
        case P_UNLESS: fmt_clause(F, in, "unless", ps.v[i].p); break;
        case P_LEVEL:
            fmt_lead(F, in, "level");
            fmt_kw(F, r->level == JQL_LEVEL_RECOMMENDED ? "recommended" : "required", 1);
            break;
        case P_CITE: fmt_text_line(F, in, "cite", r->cite); break;
        case P_ADVICE: fmt_text_line(F, in, "advice", r->advice); break;
        case P_EFFECTIVE: fmt_date_line(F, in, "effective", r->effective); break;
        case P_EXPIRES: fmt_date_line(F, in, "expires", r->expires); break;
        }
    }
    fmt_close(F, in, ind);
}

/* `requires N of recommended` (N a count, a percent or a param). */
static void fmt_kof(struct fmt *F, const struct jql_kof *k, int ind)
{
    fmt_lead(F, ind, "requires");
    if (k->param)
        fmt_word(F, k->param_loc, k->param, 1);
    else {
        uint32_t a = fmt_skip(F, F->prev, false), b = a;
        while (b < F->len && !strchr(" \t\r\n#", F->text[b]))
            b++;
        fmt_span(F, a, b, 1);
    }
    fmt_kw(F, "of", 1);
    fmt_kw(F, "recommended", 1);
}

static void fmt_standard(struct fmt *F, const struct jql_standard *s)
{
    fmt_block_head(F, 0, s->loc.start, "standard", s->id_loc, s->id, s->title);
    struct fmt_parts ps = {0};
    fmt_add(&ps, s->version.s, s->version.loc, P_VERSION, NULL);
    fmt_add(&ps, s->source.s, s->source.loc, P_SOURCE, NULL);
    fmt_add(&ps, s->effective.set, s->effective.loc, P_EFFECTIVE, NULL);
    fmt_add(&ps, s->expires.set, s->expires.loc, P_EXPIRES, NULL);
    fmt_add(&ps, s->kof.set, s->kof.loc, P_KOF, NULL);
    for (int i = 0; i < s->nlets; i++)
        fmt_add(&ps, true, s->lets[i]->loc, P_LET, s->lets[i]);
    for (int i = 0; i < s->nrules; i++)
        fmt_add(&ps, true, s->rules[i]->loc, P_RULE, s->rules[i]);
    fmt_sort(&ps);
    int in = FMT_INDENT;
    for (int i = 0; i < ps.n; i++) {
        switch (ps.v[i].kind) {
        case P_VERSION: fmt_text_line(F, in, "version", s->version); break;
        case P_SOURCE: fmt_text_line(F, in, "source", s->source); break;
        case P_EFFECTIVE: fmt_date_line(F, in, "effective", s->effective); break;
        case P_EXPIRES: fmt_date_line(F, in, "expires", s->expires); break;
        case P_KOF: fmt_kof(F, &s->kof, in); break;
        case P_LET: fmt_let(F, ps.v[i].p, in); break;
        case P_RULE: fmt_rule(F, ps.v[i].p, in); break;
        }
    }
    fmt_close(F, in, 0);
}

static void fmt_tier(struct fmt *F, const struct jql_tier *t)
{
    fmt_block_head(F, 0, t->loc.start, "tier", t->id_loc, t->id, t->title);
    for (int i = 0; i < t->nreqs; i++) {
        const struct jql_tier_req *r = t->reqs[i];
        fmt_stmt(F, FMT_INDENT, r->loc.start);
        fmt_kw(F, "requires", 0);
        F->ind = 2 * FMT_INDENT;
        if (r->n_of > 0) {
            fmt_span_loc(F, r->n_of_loc, 1);
            fmt_kw(F, "of", 1);
        }
        for (int k = 0; k < r->nids; k++) {
            if (k > 0)
                fmt_kw(F, ",", 0);
            fmt_word(F, r->id_locs[k], r->ids[k], 1);
        }
    }
    fmt_close(F, FMT_INDENT, 0);
}

static void fmt_expect(struct fmt *F, const struct jql_expect *x, int ind)
{
    fmt_lead(F, ind, "expect");
    if (x->goal)
        fmt_kw(F, "goal", 1);
    if (x->employer)
        fmt_src(F, x->employer_loc, 1);
    fmt_word(F, x->qid_loc, x->qid, 1);
    uint32_t a = fmt_skip(F, F->prev, false);
    fmt_span(F, a, x->loc.end > a ? x->loc.end : a, 1);
}

static void fmt_test(struct fmt *F, const struct jql_test *t)
{
    fmt_stmt(F, 0, t->loc.start);
    fmt_kw(F, "test", 0);
    F->ind = FMT_INDENT;
    fmt_src(F, t->name_loc, 1);
    fmt_open(F);
    struct fmt_parts ps = {0};
    for (int i = 0; i < t->ngivens; i++)
        fmt_add(&ps, true, t->givens[i]->loc, P_GIVEN, t->givens[i]);
    for (int i = 0; i < t->nexpects; i++)
        fmt_add(&ps, true, t->expects[i]->loc, P_EXPECT, t->expects[i]);
    fmt_sort(&ps);
    for (int i = 0; i < ps.n; i++) {
        if (ps.v[i].kind == P_EXPECT) {
            fmt_expect(F, ps.v[i].p, FMT_INDENT);
            continue;
        }
        const struct jql_femployer *g = ps.v[i].p;
        fmt_lead(F, FMT_INDENT, "given");
        if (g->name)
            fmt_src(F, g->name_loc, 1);
        /* its '}': the next one after its last entry */
        uint32_t end = g->nentries ? g->entries[g->nentries - 1]->loc.end : g->loc.end;
        end = fmt_skip(F, end, true) + 1;
        fmt_fbody(F, g->entries, g->nentries, F->prev, end, FMT_INDENT);
    }
    fmt_close(F, FMT_INDENT, 0);
}

static void fmt_goal_share(struct fmt *F, const struct jql_goal *g, int ind)
{
    fmt_lead(F, ind, "share");
    fmt_kw(F, "of", 1);
    fmt_kw(F, "employers", 1);
    fmt_kw(F, g->passing ? "passing" : "reaching", 1);
    fmt_word(F, g->target_loc, g->target, 1);
    if (g->weight) {
        fmt_kw(F, "weighted", 1);
        fmt_kw(F, "by", 1);
        fmt_word(F, g->weight_loc, g->weight, 1);
    }
    fmt_kw(F, g->strict ? ">" : ">=", 1);
    fmt_span_loc(F, g->pct_loc, 1);
}

static void fmt_goal(struct fmt *F, const struct jql_goal *g)
{
    fmt_block_head(F, 0, g->loc.start, "goal", g->id_loc, g->id, g->title);
    struct fmt_parts ps = {0};
    fmt_add(&ps, g->share_loc.src, g->share_loc, P_SHARE, NULL);
    fmt_add(&ps, g->where, g->where_loc, P_WHERE, NULL);
    fmt_add(&ps, g->deadline.set, g->deadline.loc, P_DEADLINE, NULL);
    fmt_add(&ps, g->cite.s, g->cite.loc, P_CITE, NULL);
    fmt_add(&ps, g->advice.s, g->advice.loc, P_ADVICE, NULL);
    fmt_sort(&ps);
    int in = FMT_INDENT;
    for (int i = 0; i < ps.n; i++) {
        switch (ps.v[i].kind) {
        case P_SHARE: fmt_goal_share(F, g, in); break;
        case P_WHERE: fmt_clause(F, in, "where", g->where); break;
        case P_DEADLINE: fmt_date_line(F, in, "deadline", g->deadline); break;
        case P_CITE: fmt_text_line(F, in, "cite", g->cite); break;
        case P_ADVICE: fmt_text_line(F, in, "advice", g->advice); break;
        }
    }
    fmt_close(F, in, 0);
}

static void fmt_table_col(struct fmt *F, const struct jql_table_col *c, const char *word)
{
    fmt_lead(F, FMT_INDENT, word);
    if (strcmp(word, "key") == 0)
        fmt_kw(F, c->name, 1);
    fmt_kw(F, ":", 0);
    fmt_span_loc(F, c->type_loc, 1);
}

/* The width a literal's span prints at (fmt_span): blanks outside quotes collapse to
   one, none after a '-'; a function of the tokens, not of the author's spacing, so
   columns aligned on it stay aligned (idempotence). */
static int fmt_span_width(const struct fmt *F, struct jql_loc l)
{
    int w = 0;
    bool quoted = false, blank = false;
    for (uint32_t i = l.start; i < l.end && i < F->len; i++) {
        char c = F->text[i];
        if (!quoted && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
            blank = w > 0 && F->text[i - 1] != '-';
            continue;
        }
        w += blank;
        blank = false;
        if (c == '"' && (!quoted || F->text[i - 1] != '\\'))
            quoted = !quoted;
        w += ((unsigned char)c & 0xC0) != 0x80;
    }
    return w;
}

/* The columns of a run of table rows (rows with no blank line between them): the
   widest of each key and of the value, so that `from`, `=>` and `source` line up. */
struct fmt_cols {
    int key[2], value;
};

static void fmt_table_cols(const struct fmt *F, const struct jql_table *t,
                           struct fmt_cols *cols)
{
    for (int a = 0, b; a < t->nrows; a = b) {
        struct fmt_cols c = {{0, 0}, 0};
        for (b = a; b < t->nrows; b++) {
            const struct jql_table_row *r = t->rows[b];
            if (b > a && fmt_has_blank(F, t->rows[b - 1]->loc.end, r->loc.start))
                break;
            for (int k = 0; k < r->nkeys && k < 2; k++) {
                int w = fmt_span_width(F, r->key_locs[k]);
                c.key[k] = w > c.key[k] ? w : c.key[k];
            }
            int w = fmt_span_width(F, r->value_loc);
            c.value = w > c.value ? w : c.value;
        }
        for (int i = a; i < b; i++)
            cols[i] = c;
    }
}

static void fmt_table_row(struct fmt *F, const struct jql_table_row *r,
                          const struct fmt_cols *c)
{
    fmt_stmt(F, FMT_INDENT, r->loc.start);
    int pad = 0; /* blanks owed to align the column just printed */
    for (int k = 0; k < r->nkeys; k++) {
        if (k > 0)
            fmt_kw(F, ",", 0);
        fmt_span_loc(F, r->key_locs[k], k > 0 ? 1 + pad : 0);
        pad = c->key[k] - fmt_span_width(F, r->key_locs[k]);
        F->ind = 2 * FMT_INDENT;
    }
    if (r->has_from) {
        fmt_kw(F, "from", 1 + pad);
        fmt_src(F, r->from_loc, 1);
        pad = 0;
    }
    fmt_kw(F, "=>", 1 + pad);
    fmt_span_loc(F, r->value_loc, 1);
    if (r->source.s) {
        fmt_kw(F, "source", 2 + c->value - fmt_span_width(F, r->value_loc));
        fmt_src(F, r->source.loc, 1);
    }
}

static void fmt_table(struct fmt *F, const struct jql_table *t)
{
    fmt_block_head(F, 0, t->loc.start, "table", t->name_loc, t->name, t->title);
    struct fmt_parts ps = {0};
    for (int i = 0; i < t->nkeys; i++)
        fmt_add(&ps, true, t->keys[i].loc, P_KEY, &t->keys[i]);
    fmt_add(&ps, t->has_from, t->from_loc, P_FROM, NULL);
    fmt_add(&ps, t->has_value, t->value.loc, P_VALUE, &t->value);
    for (int i = 0; i < t->nrows; i++)
        fmt_add(&ps, true, t->rows[i]->loc, P_ROW, t->rows[i]);
    fmt_sort(&ps);
    struct fmt_cols *cols = jql_alloc((size_t)(t->nrows ? t->nrows : 1) * sizeof *cols);
    fmt_table_cols(F, t, cols);
    for (int i = 0, row = 0; i < ps.n; i++) {
        switch (ps.v[i].kind) {
        case P_KEY: fmt_table_col(F, ps.v[i].p, "key"); break;
        case P_FROM:
            fmt_lead(F, FMT_INDENT, "from");
            fmt_kw(F, ":", 0);
            fmt_kw(F, "date", 1);
            break;
        case P_VALUE: fmt_table_col(F, ps.v[i].p, "value"); break;
        case P_ROW: fmt_table_row(F, ps.v[i].p, &cols[row++]); break;
        }
    }
    fmt_close(F, FMT_INDENT, 0);
}

/* param NAME = LITERAL ["description"], default PATH = LITERAL ["source"] */
static void fmt_setting(struct fmt *F, const char *kw, struct jql_loc loc, struct jql_loc name_loc,
                        const char *name, struct jql_loc value_loc, struct jql_str desc)
{
    fmt_stmt(F, 0, loc.start);
    fmt_kw(F, kw, 0);
    F->ind = FMT_INDENT;
    fmt_word(F, name_loc, name, 1);
    fmt_kw(F, "=", 1);
    fmt_span_loc(F, value_loc, 1);
    fmt_desc(F, desc);
}

static void fmt_item(struct fmt *F, const struct jql_item *it)
{
    switch ((enum jql_item_kind)it->kind) {
    case JQL_I_IMPORT:
        fmt_stmt(F, 0, it->u.import->loc.start);
        fmt_kw(F, "import", 0);
        fmt_span(F, fmt_skip(F, F->prev, false), it->u.import->loc.end, 1);
        break;
    case JQL_I_FACTS:
        fmt_stmt(F, 0, it->u.facts->loc.start);
        fmt_kw(F, "facts", 0);
        fmt_open(F);
        for (int i = 0; i < it->u.facts->ndecls; i++)
            fmt_decl(F, it->u.facts->decls[i], FMT_INDENT);
        fmt_close(F, FMT_INDENT, 0);
        break;
    case JQL_I_PARAM: {
        const struct jql_param *p = it->u.param;
        fmt_setting(F, "param", p->loc, p->name_loc, p->name, p->value_loc, p->desc);
        break;
    }
    case JQL_I_DEFAULT: {
        const struct jql_default *d = it->u.dflt;
        fmt_setting(F, "default", d->loc, d->path_loc, d->path, d->value_loc, d->source);
        break;
    }
    case JQL_I_LET: fmt_let(F, it->u.let, 0); break;
    case JQL_I_STANDARD: fmt_standard(F, it->u.standard); break;
    case JQL_I_TIER: fmt_tier(F, it->u.tier); break;
    case JQL_I_TEST: fmt_test(F, it->u.test); break;
    case JQL_I_TABLE: fmt_table(F, it->u.table); break;
    case JQL_I_GOAL: fmt_goal(F, it->u.goal); break;
    }
}

/* ---- files ---- */

static void fmt_init(struct fmt *F, const struct jql_source *src, const struct jql_comment *cm,
                     int ncm)
{
    *F = (struct fmt){.text = src->text, .len = (uint32_t)src->len, .cm = cm, .ncm = ncm,
                      .prev = src->body, .bol = true};
}

/* The rest of the comments, and the last line's end. */
static const char *fmt_finish(struct fmt *F)
{
    fmt_flush(F, UINT32_MAX, 0);
    fmt_nl(F);
    return jql_buf_str(&F->b);
}

const char *jql_fmt_rules(const struct jql_rulefile *rf)
{
    struct fmt F;
    fmt_init(&F, rf->src, rf->comments, rf->ncomments);
    for (int i = 0; i < rf->nitems; i++)
        fmt_item(&F, &rf->items[i]);
    return fmt_finish(&F);
}

const char *jql_fmt_facts(const struct jql_factfile *ff)
{
    struct fmt F;
    fmt_init(&F, ff->src, ff->comments, ff->ncomments);
    F.facts = true;
    for (int i = 0; i < ff->nemployers; i++) {
        const struct jql_femployer *fe = ff->employers[i];
        fmt_stmt(&F, 0, fe->loc.start);
        fmt_kw(&F, "employer", 0);
        F.ind = FMT_INDENT;
        fmt_src(&F, fe->name_loc, 1);
        fmt_block_entries(&F, fe, 0);
    }
    return fmt_finish(&F);
}

const char *jql_fmt_source(const struct jql_source *src, bool facts, struct jql_diags *d)
{
    int before = d->nerrors;
    if (facts) {
        struct jql_factfile *ff = jql_parse_facts(src, d);
        return d->nerrors > before || ff->nsyntax_errors ? NULL : jql_fmt_facts(ff);
    }
    struct jql_rulefile *rf = jql_parse_rules(src, d);
    return d->nerrors > before || rf->nsyntax_errors ? NULL : jql_fmt_rules(rf);
}
