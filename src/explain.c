/*
** explain: the evaluation tree of `jqlc explain` (explain.h). A recorder observes the
** evaluator (struct jql_eval_trace) and keeps, for the clauses of the rules asked for
** and for every let, one node per expression evaluated; a writer prints the tree.
*/
#include "explain.h"

#include "diag.h"
#include "limit.h"
#include "mem.h"
#include "report.h"
#include "term.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Source text longer than this is cut, with "...": a clause's children repeat most of
   it, and the location says where the whole is. */
enum { SRC_MAX = 72 };

struct jql_explain {
    const struct jql_program *p;
    struct jql_evaluator *ev;
    struct jql_eval_trace trace;
    int32_t as_of;
    int max_nodes;
    int s;                        /* the standard asked for */
    bool whole;                   /* every rule of it */
    struct jql_explain_rule *rules;
    int nrules;

    /* the recorder */
    const struct jql_employer *emp;
    struct jql_remployer res;
    JQL_VEC(struct jql_explain_node) nodes;
    JQL_VEC(int) stack;           /* open nodes that are recorded, innermost last */
    int *lets;                    /* per let slot: its tree, or -1 */
    long skip;                    /* open nodes past the cap, not recorded */
    long dropped;
    int depth;                    /* the evaluator's nesting, recorded or not */
    const struct jql_expr *last;  /* the node entered last: a let's root follows its name */
    bool aside;
};

/* ---- recording ---------------------------------------------------------------------- */

static struct jql_explain_clause *clause_of(struct jql_explain *x, const struct jql_expr *e)
{
    for (int i = 0; i < x->nrules; i++)
        for (int k = 0; k < x->rules[i].ncl; k++)
            if (x->rules[i].cl[k].e == e)
                return &x->rules[i].cl[k];
    return NULL;
}

/* The let whose root `e` is, when `last` (the node entered just before) names it. */
static int let_root(const struct jql_explain *x, const struct jql_expr *last,
                    const struct jql_expr *e)
{
    if (!last || last->kind != JQL_E_NAME || last->ref != JQL_REF_LET)
        return -1;
    return x->p->lets[last->index].expr == e ? last->index : -1;
}

static int new_node(struct jql_explain *x, const struct jql_expr *e,
                    const struct jql_elem *elem, int parent)
{
    struct jql_explain_node n = {.e = e, .elem = elem, .parent = parent, .first = -1,
                                 .last = -1, .next = -1, .aside = x->aside};
    int i = x->nodes.n;
    JQL_VEC_PUSH(x->nodes, n);
    if (parent >= 0) {
        struct jql_explain_node *pn = &x->nodes.v[parent];
        if (pn->last >= 0)
            x->nodes.v[pn->last].next = i;
        else
            pn->first = i;
        pn->last = i;
    }
    JQL_VEC_PUSH(x->stack, i);
    return i;
}

/* A node is recorded when it is inside one recorded already, the root of a clause asked
   for, or a let's root (kept apart: every use of the let shows it). */
static void on_enter(void *ctx, const struct jql_expr *e, const struct jql_elem *elem)
{
    struct jql_explain *x = ctx;
    const struct jql_expr *last = x->last;
    bool top = x->depth++ == 0;
    x->last = e;
    if (x->skip) {
        x->skip++;
        x->dropped++;
        return;
    }
    int let = let_root(x, last, e);
    struct jql_explain_clause *cl = NULL;
    if (let < 0 && !x->stack.n && (!top || !(cl = clause_of(x, e))))
        return; /* not asked for */
    if (x->nodes.n >= x->max_nodes) { /* cut: say where, so nothing reads as skipped */
        x->skip = 1;
        x->dropped++;
        if (cl)
            cl->node = -2;
        if (x->stack.n && let < 0)
            x->nodes.v[x->stack.v[x->stack.n - 1]].cut = true;
        return;
    }
    int parent = let >= 0 || !x->stack.n ? -1 : x->stack.v[x->stack.n - 1];
    int i = new_node(x, e, elem, parent);
    if (let >= 0)
        x->lets[let] = i;
    if (cl)
        cl->node = i;
}

static void on_leave(void *ctx, const struct jql_expr *e, struct jql_value v,
                     const struct jql_table_row *row)
{
    struct jql_explain *x = ctx;
    x->depth--;
    if (x->skip) {
        x->skip--;
        return;
    }
    if (!x->stack.n)
        return;
    struct jql_explain_node *n = &x->nodes.v[x->stack.v[--x->stack.n]];
    n->v = v;
    n->row = row;
}

static const struct jql_coll_value *coll_of(const struct jql_explain *x,
                                            const struct jql_expr *q)
{
    return &x->emp->colls[x->p->facts[q->index].slot];
}

/* Which element of c `el` is, or -1. */
static int elem_index(const struct jql_coll_value *c, const struct jql_elem *el)
{
    uintptr_t a = (uintptr_t)c->elems, b = (uintptr_t)el;
    if (!el || b < a || (b - a) / sizeof *el >= (uintptr_t)c->n)
        return -1;
    return (int)((b - a) / sizeof *el);
}

/* The element quantifier variable `var` was bound to at node i: the element of the child,
   on the way up, of the quantifier binding it. */
static const struct jql_elem *bound_at(const struct jql_explain *x, int i, int var)
{
    for (int a = x->nodes.v[i].parent; a >= 0; i = a, a = x->nodes.v[a].parent) {
        const struct jql_expr *ae = x->nodes.v[a].e;
        if (ae->kind == JQL_E_QUANT && ae->var == var)
            return x->nodes.v[i].elem;
    }
    return NULL;
}

/* The elements quantifier node q did not evaluate (`all` stops at its first false one),
   evaluated aside under the bindings q had, and recorded under q, marked. */
static void complete_quant(struct jql_explain *x, int q)
{
    const struct jql_expr *e = x->nodes.v[q].e;
    const struct jql_coll_value *c = coll_of(x, e);
    int d = e->var;
    if (!c->known || c->n == 0 || x->nodes.v[q].v.kind == JQL_V_ERROR || d < 0 ||
        d >= JQL_LIMIT_BINDINGS)
        return;
    bool *seen = jql_alloc_atomic((size_t)c->n);
    memset(seen, 0, (size_t)c->n);
    for (int k = x->nodes.v[q].first; k >= 0; k = x->nodes.v[k].next) {
        int at = elem_index(c, x->nodes.v[k].elem);
        if (at >= 0)
            seen[at] = true;
    }
    const struct jql_elem *binds[JQL_LIMIT_BINDINGS + 1];
    for (int v = 0; v < d; v++)
        binds[v] = bound_at(x, q, v);
    for (int i = 0; i < c->n && x->nodes.n < x->max_nodes; i++) {
        if (seen[i])
            continue;
        binds[d] = &c->elems[i];
        const struct jql_expr *parts[2] = {e->u.quant.weight, e->u.quant.body};
        for (int k = 0; k < 2; k++) {
            if (!parts[k])
                continue;
            x->stack.n = 0;
            JQL_VEC_PUSH(x->stack, q);
            x->depth = 0;
            x->last = NULL;
            jql_eval_aside(x->ev, parts[k], binds, d + 1);
        }
    }
    x->stack.n = 0;
}

/* Every quantifier recorded, new ones (inside elements evaluated aside) included. */
static void complete(struct jql_explain *x)
{
    x->aside = true;
    jql_eval_set_trace(x->ev, &x->trace);
    for (int i = 0; i < x->nodes.n && x->nodes.n < x->max_nodes; i++)
        if (x->nodes.v[i].e->kind == JQL_E_QUANT)
            complete_quant(x, i);
    jql_eval_set_trace(x->ev, NULL);
    x->aside = false;
    x->skip = 0;
}

static void add_clauses(struct jql_explain_rule *r, const char *word,
                        struct jql_expr *const *v, int n)
{
    for (int i = 0; i < n; i++) {
        struct jql_explain_clause c = {word, v[i], -1};
        JQL_APPEND(r->cl, r->ncl, c);
    }
}

struct jql_explain *jql_explain_new(const struct jql_program *p, int32_t as_of,
                                    int64_t max_steps, int s, int r)
{
    struct jql_explain *x = jql_alloc(sizeof *x);
    x->p = p;
    x->as_of = as_of;
    x->max_nodes = JQL_EXPLAIN_MAX_NODES;
    x->ev = jql_eval_new(p, as_of);
    if (max_steps)
        jql_eval_set_max_steps(x->ev, max_steps);
    x->trace = (struct jql_eval_trace){x, on_enter, on_leave};
    x->s = s;
    x->whole = r < 0;
    const struct jql_standard *sd = p->standards[s];
    for (int i = r < 0 ? 0 : r; i < (r < 0 ? sd->nrules : r + 1); i++) {
        const struct jql_rule *ru = sd->rules[i];
        struct jql_explain_rule er = {.s = s, .r = i};
        /* in the evaluator's order (docs/language.md §8): when, unless, then require */
        add_clauses(&er, "when", ru->whens, ru->nwhens);
        add_clauses(&er, "unless", ru->unlesses, ru->nunlesses);
        add_clauses(&er, "require", ru->requires, ru->nrequires);
        JQL_APPEND(x->rules, x->nrules, er);
    }
    x->lets = jql_alloc_atomic((size_t)(p->nlets + 1) * sizeof *x->lets);
    return x;
}

const struct jql_remployer *jql_explain_run(struct jql_explain *x, const struct jql_employer *emp)
{
    x->emp = emp;
    x->nodes.n = x->stack.n = 0;
    x->skip = x->dropped = 0;
    x->depth = 0;
    x->last = NULL;
    for (int i = 0; i < x->p->nlets; i++)
        x->lets[i] = -1;
    for (int i = 0; i < x->nrules; i++)
        for (int k = 0; k < x->rules[i].ncl; k++)
            x->rules[i].cl[k].node = -1;
    x->res = (struct jql_remployer){0};
    jql_eval_set_trace(x->ev, &x->trace);
    jql_eval_run(x->ev, emp, &x->res);
    jql_eval_set_trace(x->ev, NULL);
    x->skip = 0;
    x->stack.n = 0;
    jql_eval_render(x->ev, &x->res);
    complete(x);
    for (int i = 0; i < x->nrules; i++)
        x->rules[i].res = x->res.stds ? &x->res.stds[x->s].rules[x->rules[i].r] : NULL;
    return &x->res;
}

const struct jql_explain_rule *jql_explain_rules(const struct jql_explain *x, int *n)
{
    *n = x->nrules;
    return x->rules;
}

const struct jql_explain_node *jql_explain_nodes(const struct jql_explain *x, int *n)
{
    *n = x->nodes.n;
    return x->nodes.v;
}

int jql_explain_let(const struct jql_explain *x, int slot)
{
    return slot >= 0 && slot < x->p->nlets ? x->lets[slot] : -1;
}

long jql_explain_dropped(const struct jql_explain *x) { return x->dropped; }

void jql_explain_set_max_nodes(struct jql_explain *x, int n) { x->max_nodes = n > 0 ? n : 1; }

/* ---- writing -------------------------------------------------------------------------- */

struct wr {
    FILE *out;
    const struct jql_explain *x;
    bool color;
    const struct jql_source *home; /* the rule's file: locations in it are LINE:COL */
    bool *let_shown;               /* per let slot: its tree printed for this rule */
};

static void paint(const struct wr *w, const char *code, const char *text)
{
    if (w->color)
        fprintf(w->out, "\033[%sm", code);
    jql_term_puts(w->out, text, JQL_TERM_LINE);
    if (w->color)
        fputs("\033[0m", w->out);
}

static void indent(const struct wr *w, int n) { fprintf(w->out, "%*s", 2 * n, ""); }

/* LINE:COL in the rule's file, else FILE:LINE:COL. */
static const char *loc_text(const struct wr *w, struct jql_loc loc)
{
    if (loc.src != w->home)
        return jql_loc_str(loc);
    int line, col;
    jql_source_linecol(loc.src, loc.start, &line, &col);
    return jql_sprintf("%d:%d", line, col);
}

/* `  # LOCATION`: a comment, as in a rule file. */
static void put_loc(const struct wr *w, struct jql_loc loc)
{
    if (!loc.src)
        return;
    fputs("  ", w->out);
    paint(w, "2", jql_sprintf("# %s", loc_text(w, loc)));
}

/* The expression's text, cut at SRC_MAX bytes (on a character boundary). */
static const char *src_text(struct jql_loc loc)
{
    struct jql_buf b = {0};
    jql_eval_put_src(&b, loc);
    const char *s = jql_buf_str(&b);
    size_t n = strlen(s);
    if (n <= SRC_MAX)
        return s;
    n = SRC_MAX;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return jql_sprintf("%.*s...", (int)n, s);
}

/* A fault's message and where it arose (the operator or call). */
static const char *fault_text(const struct wr *w, struct jql_value v)
{
    const struct jql_fault *f = v.u.fault;
    return f->loc.src ? jql_sprintf("%s at %s", f->msg, loc_text(w, f->loc)) : f->msg;
}

static bool is_literal(const struct jql_expr *e)
{
    if (e->kind == JQL_E_LIST) {
        for (int i = 0; i < e->u.list.n; i++)
            if (!is_literal(e->u.list.items[i]))
                return false;
        return true;
    }
    return e->kind == JQL_E_LIT || (e->kind == JQL_E_NEG && e->u.un.a->kind == JQL_E_LIT);
}


/* Why an unknown value is unknown, when the node itself says more than its operands. */
static const char *unknown_why(const struct wr *w, const struct jql_explain_node *n)
{
    const struct jql_expr *e = n->e;
    const struct jql_program *p = w->x->p;
    const struct jql_explain_node *nodes = w->x->nodes.v;
    if (e->kind == JQL_E_NAME && (e->ref == JQL_REF_FACT || e->ref == JQL_REF_MEMBER))
        return "no value in the facts";
    bool known_parts = true;
    for (int k = n->first; k >= 0; k = nodes[k].next)
        known_parts &= nodes[k].v.kind != JQL_V_UNKNOWN && nodes[k].v.kind != JQL_V_ERROR;
    if (e->kind == JQL_E_QUANT) {
        const struct jql_coll_value *c = coll_of(w->x, e);
        const char *coll = p->facts[e->index].name;
        if (!c->known)
            return jql_sprintf("%s has no value in the facts", coll);
        if (c->n == 0)
            return jql_sprintf("%s has no elements", coll);
        if (e->u.quant.weight && known_parts)
            return "total weight is 0";
        return NULL;
    }
    if (e->kind != JQL_E_LOOKUP || !known_parts)
        return NULL;
    const struct jql_table *t = p->tables[e->index].decl;
    struct jql_buf b = {0};
    jql_buf_printf(&b, "no row of %s for ", t->name);
    int i = 0;
    for (int k = n->first; k >= 0; k = nodes[k].next, i++)
        if (i < t->nkeys)
            jql_buf_printf(&b, "%s%s", i ? ", " : "", jql_value_format(nodes[k].v));
        else
            jql_buf_printf(&b, " on %s", jql_value_format(nodes[k].v));
    if (t->has_from && e->u.call.nargs <= t->nkeys)
        jql_buf_printf(&b, " on %s", jql_value_format(jql_value_date(w->x->as_of)));
    return jql_buf_str(&b);
}

static void put_value(const struct wr *w, const struct jql_explain_node *n)
{
    struct jql_value v = n->v;
    switch (v.kind) {
    case JQL_V_BOOL:
        fputs(" is ", w->out);
        paint(w, v.b ? "32" : "31", v.b ? "true" : "false");
        break;
    case JQL_V_UNKNOWN: {
        fputs(" is ", w->out);
        paint(w, "33", "unknown");
        const char *why = unknown_why(w, n);
        if (why)
            fprintf(w->out, " (%s)", jql_term_str(why, JQL_TERM_LINE));
        break;
    }
    case JQL_V_ERROR:
        fputs(" is ", w->out);
        paint(w, "1;31", "an error");
        fprintf(w->out, ": %s", jql_term_str(fault_text(w, v), JQL_TERM_LINE));
        break;
    default:
        fputs(" = ", w->out);
        jql_term_puts(w->out, jql_value_format(v), JQL_TERM_LINE);
        break;
    }
}

/* What a name is and where its value came from: ` (param)`, ` (let)`, ` (default)`,
   ` (source: TEXT)` as reasons say it (docs/language.md §9); a lookup's row. */
static void put_origin(const struct wr *w, int i)
{
    const struct jql_explain_node *n = &w->x->nodes.v[i];
    const struct jql_expr *e = n->e;
    const struct jql_program *p = w->x->p;
    const struct jql_employer *emp = w->x->emp;
    const char *src = NULL;
    bool dflt = false;
    if (e->kind == JQL_E_LOOKUP && n->row) {
        const struct jql_table_row *row = n->row;
        fputs(" (row", w->out);
        for (int k = 0; k < row->nkeys; k++)
            fprintf(w->out, "%s%s", k ? ", " : " ",
                    jql_term_str(jql_value_format(row->keys[k]), JQL_TERM_LINE));
        if (row->has_from)
            fprintf(w->out, " from %s", jql_value_format(jql_value_date(row->from)));
        fprintf(w->out, " at %s", jql_term_str(loc_text(w, row->loc), JQL_TERM_LINE));
        if (row->source.s && *row->source.s)
            fprintf(w->out, "; source: %s", jql_term_str(row->source.s, JQL_TERM_LINE));
        fputc(')', w->out);
        return;
    }
    if (e->kind != JQL_E_NAME || n->v.kind == JQL_V_ERROR)
        return;
    if (e->ref == JQL_REF_PARAM) {
        fputs(" (param)", w->out);
    } else if (e->ref == JQL_REF_LET) {
        bool shown = w->let_shown[e->index] || w->x->lets[e->index] < 0;
        fputs(shown && w->x->lets[e->index] >= 0 ? " (let, shown above)" : " (let)", w->out);
    } else if (e->ref == JQL_REF_FACT) {
        int slot = p->facts[e->index].slot;
        src = emp->sources ? emp->sources[slot] : NULL;
        dflt = emp->defaulted && emp->defaulted[slot];
    } else if (e->ref == JQL_REF_MEMBER) {
        const struct jql_elem *el = bound_at(w->x, i, e->var);
        src = el && el->sources ? el->sources[p->facts[e->index].slot] : NULL;
    }
    if (src && *src)
        fprintf(w->out, dflt ? " (default; source: %s)" : " (source: %s)",
                jql_term_str(src, JQL_TERM_LINE));
    else if (dflt)
        fputs(" (default)", w->out);
}

static void put_node(const struct wr *w, int i, int depth, const char *prefix);

/* `PREFIX SOURCE (not evaluated)`: an operand the result did not need; or one left out
   of a tree cut at its cap. */
static void put_skipped(const struct wr *w, const struct jql_expr *e, int depth,
                        const char *prefix, bool cut)
{
    indent(w, depth);
    fputs(prefix, w->out);
    jql_term_puts(w->out, src_text(e->loc), JQL_TERM_LINE);
    fputs(cut ? " (not shown: the tree is cut)" : " (not evaluated)", w->out);
    put_loc(w, e->loc);
    fputc('\n', w->out);
}

struct pick {
    int elem, node;
};

static int pick_cmp(const void *a, const void *b)
{
    const struct pick *x = a, *y = b;
    return x->elem != y->elem ? (x->elem > y->elem) - (x->elem < y->elem)
                              : (x->node > y->node) - (x->node < y->node);
}

/* A quantifier's children by element, in the collection's order: `job "Cook": BODY`, or
   with a weight, the element's line then its weight and body. */
static void put_elements(const struct wr *w, int q, int depth)
{
    const struct jql_explain_node *nodes = w->x->nodes.v;
    const struct jql_expr *e = nodes[q].e;
    const struct jql_coll_value *c = coll_of(w->x, e);
    JQL_VEC(struct pick) v = {0};
    for (int k = nodes[q].first; k >= 0; k = nodes[k].next) {
        struct pick pk = {elem_index(c, nodes[k].elem), k};
        JQL_VEC_PUSH(v, pk);
    }
    if (v.n > 1)
        qsort(v.v, (size_t)v.n, sizeof *v.v, pick_cmp);
    const char *coll = w->x->p->facts[e->index].name;
    for (int i = 0; i < v.n;) {
        int j = i;
        while (j < v.n && v.v[j].elem == v.v[i].elem)
            j++;
        const struct jql_elem *el = nodes[v.v[i].node].elem;
        const char *label = jql_sprintf("%s %s", coll, el ? jql_value_quote(el->label) : "?");
        if (j - i == 1) {
            put_node(w, v.v[i].node, depth, jql_sprintf("%s: ", label));
        } else {
            indent(w, depth);
            jql_term_puts(w->out, label, JQL_TERM_LINE);
            fputs(nodes[v.v[i].node].aside ? " (not needed for the result)\n" : "\n", w->out);
            for (int k = i; k < j; k++)
                put_node(w, v.v[k].node, depth + 1,
                         nodes[v.v[k].node].e == e->u.quant.weight ? "weight " : "");
        }
        i = j;
    }
}

/* The recorded children of node i that evaluated `sc`, printed; false when none did. */
static bool put_matching(const struct wr *w, int i, const struct jql_expr *sc, int depth)
{
    bool any = false;
    for (int k = w->x->nodes.v[i].first; k >= 0; k = w->x->nodes.v[k].next)
        if (w->x->nodes.v[k].e == sc) {
            put_node(w, k, depth, "");
            any = true;
        }
    return any;
}

/* Node i's operands in source order: each as evaluated, or `(not evaluated)`. Literals
   are left out (their value is their text, in the line above). */
static void put_children(const struct wr *w, int i, int depth)
{
    const struct jql_explain_node *n = &w->x->nodes.v[i];
    const struct jql_expr *e = n->e;
    if (e->kind == JQL_E_QUANT) {
        put_elements(w, i, depth);
        if (n->cut) {
            indent(w, depth);
            fputs("... (more elements not shown: the tree is cut)\n", w->out);
        }
        return;
    }
    if (e->kind == JQL_E_NAME) {
        int root = e->ref == JQL_REF_LET ? w->x->lets[e->index] : -1;
        if (root >= 0 && !w->let_shown[e->index]) {
            w->let_shown[e->index] = true;
            put_node(w, root, depth, "");
        }
        return;
    }
    if (e->kind == JQL_E_KNOWN && e->u.un.a->kind == JQL_E_NAME && e->u.un.a->ref == JQL_REF_COLL)
        return; /* a collection's presence is read, not evaluated */
    struct jql_expr *buf[3];
    struct jql_expr *const *kids;
    int nk = jql_ast_children(e, buf, &kids);
    for (int k = 0; k < nk; k++) {
        const struct jql_expr *sc = kids[k];
        if (!sc || is_literal(sc) || put_matching(w, i, sc, depth))
            continue;
        if (sc->kind == JQL_E_LIST) { /* `x in [a, b]` evaluates the items themselves */
            for (int m = 0; m < sc->u.list.n; m++) {
                const struct jql_expr *it = sc->u.list.items[m];
                if (!is_literal(it) && !put_matching(w, i, it, depth))
                    put_skipped(w, it, depth, "", n->cut);
            }
            continue;
        }
        put_skipped(w, sc, depth, "", n->cut);
    }
}

static void put_node(const struct wr *w, int i, int depth, const char *prefix)
{
    const struct jql_explain_node *n = &w->x->nodes.v[i];
    indent(w, depth);
    jql_term_puts(w->out, prefix, JQL_TERM_LINE);
    jql_term_puts(w->out, src_text(n->e->loc), JQL_TERM_LINE);
    put_value(w, n);
    put_origin(w, i);
    if (n->aside && (n->parent < 0 || !w->x->nodes.v[n->parent].aside))
        fputs(" (not needed for the result)", w->out);
    put_loc(w, n->e->loc);
    fputc('\n', w->out);
    put_children(w, i, depth + 1);
}

static const char *status_code(uint8_t st)
{
    static const char *const codes[] = {"32", "31", "33", "2", "31"};
    return st < 5 ? codes[st] : "0";
}

/* `ID  STATUS  # FILE:LINE:COL` */
static void put_head(const struct wr *w, int depth, const char *id, uint8_t st)
{
    indent(w, depth);
    jql_term_puts(w->out, id, JQL_TERM_LINE);
    fputs("  ", w->out);
    paint(w, status_code(st), jql_status_name((enum jql_status)st));
}

static void put_detail(const struct wr *w, int depth, const char *label, const char *text)
{
    if (!text || !*text)
        return;
    indent(w, depth);
    fprintf(w->out, "%s: ", label);
    jql_term_puts(w->out, text, JQL_TERM_LINE);
    fputc('\n', w->out);
}

static void put_rule(struct wr *w, const struct jql_explain_rule *er, int depth)
{
    const struct jql_standard *sd = w->x->p->standards[er->s];
    const struct jql_rule *ru = sd->rules[er->r];
    const struct jql_rrule *res = er->res;
    struct jql_loc loc = ru->loc.src ? ru->loc : ru->id_loc;
    w->home = NULL; /* the rule's own location in full */
    put_head(w, depth, jql_sprintf("%s.%s", sd->id, ru->id), res->status);
    if (ru->level == JQL_LEVEL_RECOMMENDED)
        fputs(" (recommended)", w->out);
    put_loc(w, loc);
    fputc('\n', w->out);
    w->home = loc.src;
    put_detail(w, depth + 1, "why", res->reason);
    put_detail(w, depth + 1, "missing", jql_join(res->missing, res->nmissing, ", "));
    memset(w->let_shown, 0, (size_t)(w->x->p->nlets + 1) * sizeof *w->let_shown);
    for (int k = 0; k < er->ncl; k++) {
        const struct jql_explain_clause *c = &er->cl[k];
        const char *prefix = jql_sprintf("%s ", c->word);
        if (c->node >= 0)
            put_node(w, c->node, depth + 1, prefix);
        else
            put_skipped(w, c->e, depth + 1, prefix, c->node == -2);
    }
}

void jql_explain_write(FILE *out, const struct jql_explain *x, bool color)
{
    struct wr w = {.out = out, .x = x, .color = color,
                   .let_shown = jql_alloc_atomic((size_t)(x->p->nlets + 1) * sizeof(bool))};
    const struct jql_employer *emp = x->emp;
    int line = 0, col = 0;
    if (emp->loc.src)
        jql_source_linecol(emp->loc.src, emp->loc.start, &line, &col);
    paint(&w, "1", emp->name);
    if (emp->loc.src)
        fprintf(out, "  (%s:%d)", jql_term_str(emp->loc.src->name, JQL_TERM_LINE), line);
    fputc('\n', out);
    int depth = 1;
    if (x->whole && x->res.stds) {
        const struct jql_standard *sd = x->p->standards[x->s];
        const struct jql_rstd *rs = &x->res.stds[x->s];
        w.home = NULL;
        put_head(&w, 1, sd->id, rs->status);
        put_loc(&w, sd->loc.src ? sd->loc : sd->id_loc);
        fputc('\n', out);
        put_detail(&w, 2, "why", rs->reason);
        depth = 2;
    }
    for (int i = 0; i < x->nrules && x->res.stds; i++)
        put_rule(&w, &x->rules[i], depth);
    if (x->dropped)
        fprintf(out, "  ... %ld evaluations not recorded (a tree stops at %d nodes)\n",
                x->dropped, x->max_nodes);
}

/* ---- JSON Lines: the recorded tree as data -------------------------------------------- */

static void json_key(FILE *out, const char *key, const char *val)
{
    fprintf(out, ",\"%s\":", key);
    jql_json_string(out, val);
}

static void json_int_or_null(FILE *out, const char *key, int v)
{
    if (v >= 0)
        fprintf(out, ",\"%s\":%d", key, v);
    else
        fprintf(out, ",\"%s\":null", key);
}

/* One node: its expression, value and children by id (docs/cli.md, "jqlc explain"). */
static void json_node(FILE *out, const struct wr *w, int i)
{
    const struct jql_explain_node *n = &w->x->nodes.v[i];
    struct jql_buf b = {0};
    jql_eval_put_src(&b, n->e->loc);
    fprintf(out, "%s{\"id\":%d", i ? "," : "", i);
    json_int_or_null(out, "parent", n->parent);
    json_key(out, "expr", jql_buf_str(&b));
    json_key(out, "location", jql_loc_str(n->e->loc));
    struct jql_value v = n->v;
    const char *result = v.kind == JQL_V_BOOL    ? (v.b ? "true" : "false")
                         : v.kind == JQL_V_UNKNOWN ? "unknown"
                         : v.kind == JQL_V_ERROR   ? "error"
                                                   : "value";
    json_key(out, "result", result);
    if (v.kind == JQL_V_ERROR)
        json_key(out, "error", fault_text(w, v));
    else if (v.kind == JQL_V_UNKNOWN && unknown_why(w, n))
        json_key(out, "why", unknown_why(w, n));
    else if (v.kind != JQL_V_BOOL)
        json_key(out, "value", jql_value_format(v));
    const struct jql_expr *pe = n->parent >= 0 ? w->x->nodes.v[n->parent].e : NULL;
    if (pe && pe->kind == JQL_E_QUANT && n->elem) {
        json_key(out, "element", n->elem->label);
        if (pe->u.quant.weight == n->e)
            fputs(",\"weight\":true", out);
    }
    if (n->aside)
        fputs(",\"aside\":true", out);
    if (n->cut)
        fputs(",\"cut\":true", out);
    if (n->e->kind == JQL_E_NAME && n->e->ref == JQL_REF_LET)
        json_int_or_null(out, "let", w->x->lets[n->e->index]);
    if (n->row)
        json_key(out, "row", jql_loc_str(n->row->loc));
    fputs(",\"children\":[", out);
    for (int k = n->first; k >= 0; k = w->x->nodes.v[k].next)
        fprintf(out, "%s%d", k == n->first ? "" : ",", k);
    fputs("]}", out);
}

static void json_rule(FILE *out, const struct wr *w, const struct jql_explain_rule *er, bool first)
{
    const struct jql_standard *sd = w->x->p->standards[er->s];
    const struct jql_rule *ru = sd->rules[er->r];
    fprintf(out, "%s{\"id\":", first ? "" : ",");
    jql_json_string(out, jql_sprintf("%s.%s", sd->id, ru->id));
    json_key(out, "status", jql_status_name((enum jql_status)er->res->status));
    json_key(out, "level", er->res->level);
    json_key(out, "location", er->res->location);
    json_key(out, "reason", er->res->reason ? er->res->reason : "");
    fputs(",\"missing\":[", out);
    for (int i = 0; i < er->res->nmissing; i++) {
        fputs(i ? "," : "", out);
        jql_json_string(out, er->res->missing[i]);
    }
    fputs("],\"clauses\":[", out);
    for (int k = 0; k < er->ncl; k++) {
        const struct jql_explain_clause *c = &er->cl[k];
        struct jql_buf b = {0};
        jql_eval_put_src(&b, c->e->loc);
        fprintf(out, "%s{\"clause\":\"%s\"", k ? "," : "", c->word);
        json_key(out, "expr", jql_buf_str(&b));
        json_key(out, "location", jql_loc_str(c->e->loc));
        json_int_or_null(out, "node", c->node);
        if (c->node == -2)
            fputs(",\"cut\":true", out);
        fputc('}', out);
    }
    fputs("]}", out);
}

void jql_explain_write_jsonl(FILE *out, const struct jql_explain *x)
{
    struct wr w = {.out = out, .x = x};
    const struct jql_employer *emp = x->emp;
    int line = 0, col = 0;
    if (emp->loc.src)
        jql_source_linecol(emp->loc.src, emp->loc.start, &line, &col);
    fputs("{\"employer\":", out);
    jql_json_string(out, emp->name);
    json_key(out, "file", emp->loc.src ? emp->loc.src->name : "");
    fprintf(out, ",\"line\":%d,\"loaded\":true", line);
    if (x->whole && x->res.stds) {
        const struct jql_rstd *rs = &x->res.stds[x->s];
        fputs(",\"standard\":{\"id\":", out);
        jql_json_string(out, rs->id);
        json_key(out, "status", jql_status_name((enum jql_status)rs->status));
        json_key(out, "reason", rs->reason ? rs->reason : "");
        fputc('}', out);
    }
    fputs(",\"rules\":[", out);
    for (int i = 0; i < x->nrules && x->res.stds; i++)
        json_rule(out, &w, &x->rules[i], i == 0);
    fputs("],\"lets\":[", out);
    for (int i = 0, n = 0; i < x->p->nlets; i++)
        if (x->lets[i] >= 0) {
            fprintf(out, "%s{\"let\":", n++ ? "," : "");
            jql_json_string(out, x->p->lets[i].name);
            fprintf(out, ",\"node\":%d}", x->lets[i]);
        }
    fputs("],\"nodes\":[", out);
    for (int i = 0; i < x->nodes.n; i++)
        json_node(out, &w, i);
    fprintf(out, "],\"not_recorded\":%ld}\n", x->dropped);
}
