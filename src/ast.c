/*
** ast: node constructors, status names, a debug dump and a goal's share line.
*/
#include "ast.h"

#include "mem.h"

#include <string.h>

struct jql_expr *jql_ast_expr(enum jql_expr_kind kind, struct jql_loc loc)
{
    struct jql_expr *e = jql_alloc(sizeof *e);
    e->kind = (uint8_t)kind;
    e->loc = loc;
    e->oploc = loc;
    e->index = -1;
    e->var = -1;
    e->depth = 1;
    return e;
}

int jql_ast_children(const struct jql_expr *e, struct jql_expr *buf[3],
                     struct jql_expr *const **v)
{
    int n = 0;
    *v = buf;
    switch ((enum jql_expr_kind)e->kind) {
    case JQL_E_LIT: case JQL_E_NAME: break;
    case JQL_E_NEG: case JQL_E_NOT: case JQL_E_KNOWN: buf[n++] = e->u.un.a; break;
    case JQL_E_AND: case JQL_E_OR: case JQL_E_IMPLIES: case JQL_E_ARITH: case JQL_E_CMP:
    case JQL_E_IN:
        buf[n++] = e->u.bin.a;
        buf[n++] = e->u.bin.b;
        break;
    case JQL_E_QUANT: buf[n++] = e->u.quant.weight; buf[n++] = e->u.quant.body; break;
    case JQL_E_IF:
        buf[n++] = e->u.cond.c;
        buf[n++] = e->u.cond.t;
        buf[n++] = e->u.cond.e;
        break;
    case JQL_E_CALL: case JQL_E_LOOKUP: *v = e->u.call.args; n = e->u.call.nargs; break;
    case JQL_E_LIST: *v = e->u.list.items; n = e->u.list.n; break;
    }
    return n;
}

/* O(children): every node is set once, bottom up, so no walk of the tree is needed
   (a recursive one could itself overflow the stack on the inputs this guards). */
void jql_ast_set_depth(struct jql_expr *e)
{
    struct jql_expr *buf[3];
    struct jql_expr *const *v;
    int n = jql_ast_children(e, buf, &v), d = 0;
    for (int i = 0; i < n; i++)
        if (v[i] && v[i]->depth > d)
            d = v[i]->depth;
    e->depth = d + 1;
}

struct jql_expr *jql_ast_lit(struct jql_value v, struct jql_loc loc)
{
    struct jql_expr *e = jql_ast_expr(JQL_E_LIT, loc);
    e->u.lit = v;
    return e;
}

struct jql_expr *jql_ast_name(const char *text, struct jql_loc loc)
{
    struct jql_expr *e = jql_ast_expr(JQL_E_NAME, loc);
    e->u.name.text = text;
    int n = 1;
    for (const char *p = text; *p; p++)
        n += *p == '.';
    e->u.name.segs = jql_alloc((size_t)n * sizeof *e->u.name.segs);
    const char *start = text;
    for (int i = 0; i < n; i++) {
        const char *dot = strchr(start, '.');
        size_t len = dot ? (size_t)(dot - start) : strlen(start);
        e->u.name.segs[i] = jql_strndup(start, len);
        start += len + 1;
    }
    e->u.name.nsegs = n;
    return e;
}

struct jql_expr *jql_ast_unary(enum jql_expr_kind kind, int op, struct jql_loc oploc,
                               struct jql_expr *a, struct jql_loc loc)
{
    struct jql_expr *e = jql_ast_expr(kind, loc);
    e->op = (uint8_t)op;
    e->oploc = oploc;
    e->u.un.a = a;
    jql_ast_set_depth(e);
    return e;
}

struct jql_expr *jql_ast_binary(enum jql_expr_kind kind, int op, struct jql_loc oploc,
                                struct jql_expr *a, struct jql_expr *b)
{
    struct jql_expr *e = jql_ast_expr(kind, jql_loc_join(a->loc, b->loc));
    e->op = (uint8_t)op;
    e->oploc = oploc;
    e->u.bin.a = a;
    e->u.bin.b = b;
    jql_ast_set_depth(e);
    return e;
}

static const char *const status_names[] = {
#define X(id, name) name,
    JQL_STATUSES(X)
#undef X
};

const char *jql_status_name(enum jql_status s) { return status_names[s]; }

bool jql_status_from_name(const char *s, enum jql_status *out)
{
    int i = jql_str_index(status_names, JQL_COUNT(status_names), s);
    if (i >= 0)
        *out = (enum jql_status)i;
    return i >= 0;
}

const char *jql_status_choices(void)
{
    struct jql_buf b = {0};
    int n = JQL_COUNT(status_names);
    for (int i = 0; i < n; i++)
        jql_buf_printf(&b, "%s%s", i == 0 ? "" : i == n - 1 ? " or " : ", ", status_names[i]);
    return jql_buf_str(&b);
}

static const char *const quant_names[] = {"all", "any", "none", "count",
                                          "sum", "min", "max", "share"};

static void dump(struct jql_buf *b, const struct jql_expr *e);

static void dump_bin(struct jql_buf *b, const struct jql_expr *e, const char *op)
{
    jql_buf_putc(b, '(');
    dump(b, e->u.bin.a);
    jql_buf_printf(b, " %s ", op);
    dump(b, e->u.bin.b);
    jql_buf_putc(b, ')');
}

static void dump_quant(struct jql_buf *b, const struct jql_expr *e)
{
    jql_buf_printf(b, "(%s %s in %s", quant_names[e->u.quant.qkind], e->u.quant.var,
                   e->u.quant.coll);
    if (e->u.quant.weight) {
        jql_buf_puts(b, " weighted by ");
        dump(b, e->u.quant.weight);
    }
    jql_buf_puts(b, ": ");
    dump(b, e->u.quant.body);
    jql_buf_putc(b, ')');
}

static void dump_seq(struct jql_buf *b, struct jql_expr **v, int n)
{
    for (int i = 0; i < n; i++) {
        if (i)
            jql_buf_puts(b, ", ");
        dump(b, v[i]);
    }
}

static void dump(struct jql_buf *b, const struct jql_expr *e)
{
    switch ((enum jql_expr_kind)e->kind) {
    case JQL_E_LIT: jql_buf_puts(b, jql_value_format(e->u.lit)); break;
    case JQL_E_NAME: jql_buf_puts(b, e->u.name.text); break;
    case JQL_E_NEG: jql_buf_puts(b, "(-"); dump(b, e->u.un.a); jql_buf_putc(b, ')'); break;
    case JQL_E_NOT: jql_buf_puts(b, "(not "); dump(b, e->u.un.a); jql_buf_putc(b, ')'); break;
    case JQL_E_AND: dump_bin(b, e, "and"); break;
    case JQL_E_OR: dump_bin(b, e, "or"); break;
    case JQL_E_IMPLIES: dump_bin(b, e, "implies"); break;
    case JQL_E_ARITH: dump_bin(b, e, jql_binop_str(e->op)); break;
    case JQL_E_CMP: dump_bin(b, e, jql_cmpop_str(e->op)); break;
    case JQL_E_IN: dump_bin(b, e, e->op ? "not in" : "in"); break;
    case JQL_E_KNOWN:
        jql_buf_putc(b, '(');
        dump(b, e->u.un.a);
        jql_buf_puts(b, e->op ? " is unknown)" : " is known)");
        break;
    case JQL_E_QUANT: dump_quant(b, e); break;
    case JQL_E_IF:
        jql_buf_puts(b, "(if ");
        dump(b, e->u.cond.c);
        jql_buf_puts(b, " then ");
        dump(b, e->u.cond.t);
        jql_buf_puts(b, " else ");
        dump(b, e->u.cond.e);
        jql_buf_putc(b, ')');
        break;
    case JQL_E_CALL:
        jql_buf_printf(b, "%s(", e->u.call.fn);
        dump_seq(b, e->u.call.args, e->u.call.nargs);
        jql_buf_putc(b, ')');
        break;
    case JQL_E_LIST:
        jql_buf_putc(b, '[');
        dump_seq(b, e->u.list.items, e->u.list.n);
        jql_buf_putc(b, ']');
        break;
    case JQL_E_LOOKUP:
        jql_buf_printf(b, "%s[", e->u.call.fn);
        dump_seq(b, e->u.call.args, e->u.call.nargs);
        jql_buf_putc(b, ']');
        break;
    }
}

char *jql_ast_expr_dump(const struct jql_expr *e)
{
    struct jql_buf b = {0};
    dump(&b, e);
    return (char *)jql_buf_str(&b);
}

const char *jql_ast_expr_text(const struct jql_expr *e, size_t max)
{
    if (!e->loc.src)
        return jql_ast_expr_dump(e);
    const char *s = e->loc.src->text + e->loc.start, *end = e->loc.src->text + e->loc.end;
    struct jql_buf b = {0};
    bool space = false, quoted = false;
    for (; s < end; s++) {
        if (!quoted && *s == '#') { /* a comment, to the end of its line */
            while (s + 1 < end && s[1] != '\n')
                s++;
            space = true;
            continue;
        }
        if (!quoted && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
            space = true;
            continue;
        }
        if (max && b.len >= max && ((unsigned char)*s & 0xC0) != 0x80) {
            jql_buf_puts(&b, "...");
            break;
        }
        if (space && b.len)
            jql_buf_putc(&b, ' ');
        space = false;
        if (*s == '"')
            quoted = !quoted;
        else if (quoted && *s == '\\' && s + 1 < end)
            jql_buf_putc(&b, *s++);
        jql_buf_putc(&b, *s);
    }
    return jql_buf_str(&b);
}

char *jql_ast_goal_share(const struct jql_goal *g)
{
    struct jql_buf b = {0};
    jql_buf_printf(&b, "share of employers %s %s", g->passing ? "passing" : "reaching",
                   g->target ? g->target : "");
    if (g->weight)
        jql_buf_printf(&b, " weighted by %s", g->weight);
    jql_buf_printf(&b, " %s %s%%", g->strict ? ">" : ">=", jql_dec_format(g->pct, 0));
    return (char *)jql_buf_str(&b);
}
