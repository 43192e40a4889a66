/*
** eval: three-valued evaluation of annotated expressions (docs/language.md
** §6-7) and the rule / standard / employer statuses built on it (§8).
** The hot path (a rule that passes) reads slots, never looks up a string
** and never allocates: reasons are built only for rules that did not pass,
** by re-walking the failing `require` (eval_explain.c).
*/
#include "eval_int.h"

#include <string.h>

/* ---- small value helpers ---------------------------------------------- */

static bool is_bool(struct jql_value v, bool b) { return v.kind == JQL_V_BOOL && v.b == b; }

static struct jql_value fault(struct jql_loc at, const char *msg)
{
    return jql_value_fault(at, msg);
}

/* The fault of a spent step budget, as a value. */
static struct jql_value spent_value(const struct jql_evaluator *x)
{
    struct jql_value v = {.kind = JQL_V_ERROR};
    v.u.fault = x->spent;
    return v;
}

/* The zero of a numeric type: `sum` over no elements, share/weight accumulators. */
static struct jql_value zero_of(struct jql_type t)
{
    struct jql_value z = jql_value_num(jql_dec_from_int(0), JQL_NUM_NUMBER);
    switch (t.kind) {
    case JQL_T_MONEY:
        z.kind = JQL_V_MONEY;
        z.sub = 0;
        break;
    case JQL_T_RATE:
        z.kind = JQL_V_RATE;
        z.sub = t.sub;
        break;
    case JQL_T_DURATION:
        z.kind = JQL_V_DUR;
        z.sub = t.sub;
        z.unit = JQL_UNIT_BASE;
        break;
    default:
        z.sub = t.sub;
        break;
    }
    return z;
}

/* A month/year rate chosen by min/max takes the period of `like` (docs/language.md §3). */
static struct jql_value in_period_of(struct jql_value v, struct jql_value like,
                                     struct jql_loc at)
{
    if (v.kind != JQL_V_RATE || like.kind != JQL_V_RATE || v.sub == like.sub)
        return v;
    struct jql_value z = like;
    z.u.d = jql_dec_from_int(0);
    return jql_value_binop(JQL_OP_ADD, z, v, at);
}

/* ---- missing facts ------------------------------------------------------ */

struct jql_eval_mark jql_eval_save(const struct jql_evaluator *x)
{
    struct jql_eval_mark m = {x->nmiss, x->empty_coll, x->why_unknown};
    return m;
}

void jql_eval_restore(struct jql_evaluator *x, struct jql_eval_mark m)
{
    while (x->nmiss > m.nmiss)
        x->marked[x->miss[--x->nmiss]] = 0;
    x->empty_coll = m.empty_coll;
    x->why_unknown = m.why_unknown;
}

static void note_missing(struct jql_evaluator *x, int fact)
{
    if (fact < 0 || x->marked[fact])
        return;
    if (x->nmiss == x->cap) { /* only while lets are first evaluated (eval_int.h) */
        x->cap *= 2;
        x->miss = jql_realloc(x->miss, (size_t)x->cap * sizeof *x->miss);
    }
    x->marked[fact] = 1;
    x->miss[x->nmiss++] = fact;
}

/* ---- names -------------------------------------------------------------- */

static const struct jql_elem *bound(const struct jql_evaluator *x, int var)
{
    int at = x->base + var;
    return at >= 0 && at < x->top ? x->bind[at] : NULL;
}

/* Evaluate let i for the current employer and keep the result with what it recorded.
   The facts on the missing stack are unmarked meanwhile, so the let records every
   unknown fact its value depends on, not only those the current rule lacks so far;
   its entries are then copied out and popped, and the stack is as it was. */
static void compute_let(struct jql_evaluator *x, int i)
{
    struct jql_eval_let *l = &x->lets[i];
    int n0 = x->nmiss;
    struct jql_eval_mark outer = jql_eval_save(x);
    for (int k = 0; k < n0; k++)
        x->marked[x->miss[k]] = 0;
    x->empty_coll = -1;
    x->why_unknown = NULL;
    /* A let's quantifiers number their variables from 0: give it a fresh frame. */
    int base = x->base;
    x->base = x->top;
    l->val = jql_eval_expr(x, x->p->lets[i].expr);
    x->base = base;
    l->nmiss = x->nmiss - n0;
    l->miss = NULL;
    if (l->nmiss > 0) {
        int *m = jql_alloc_atomic((size_t)l->nmiss * sizeof *m);
        memcpy(m, x->miss + n0, (size_t)l->nmiss * sizeof *m);
        l->miss = m;
    }
    l->empty_coll = x->empty_coll;
    l->why_unknown = x->why_unknown;
    jql_eval_restore(x, outer);
    for (int k = 0; k < n0; k++)
        x->marked[x->miss[k]] = 1;
    l->gen = x->gen;
}

/* A let is evaluated once per employer (docs/language.md §4, Definitions): a chain of
   lets each using the one before twice would otherwise double the work per link when
   its value is unknown. Each use replays what the evaluation recorded, as evaluating
   it again would have. */
static struct jql_value eval_let(struct jql_evaluator *x, int i)
{
    struct jql_eval_let *l = &x->lets[i];
    if (l->gen != x->gen)
        compute_let(x, i);
    for (int k = 0; k < l->nmiss; k++)
        note_missing(x, l->miss[k]);
    if (l->empty_coll >= 0)
        x->empty_coll = l->empty_coll;
    if (l->why_unknown)
        x->why_unknown = l->why_unknown;
    return l->val;
}

static struct jql_value eval_name(struct jql_evaluator *x, const struct jql_expr *e)
{
    const struct jql_program *p = x->p;
    const struct jql_elem *el;
    struct jql_value v;
    switch (e->ref) {
    case JQL_REF_FACT:
        v = x->emp->values[p->facts[e->index].slot];
        break;
    case JQL_REF_MEMBER:
    case JQL_REF_ELEM_NAME:
        if (!(el = bound(x, e->var)))
            return fault(e->loc, "internal error: unbound quantifier variable");
        if (e->ref == JQL_REF_ELEM_NAME)
            return el->values[0].kind == JQL_V_TEXT ? el->values[0] : jql_value_text(el->label);
        v = el->values[p->facts[e->index].slot];
        break;
    case JQL_REF_COLL:
        /* Only meaningful under `is known` (handled there); the checker allows no more. */
        v = jql_value_bool(x->emp->colls[p->facts[e->index].slot].known);
        break;
    case JQL_REF_PARAM:
        return p->params[e->index].value;
    case JQL_REF_LET:
        return eval_let(x, e->index);
    case JQL_REF_TODAY:
        return jql_value_date(x->as_of);
    default:
        return fault(e->loc, "internal error: unresolved name");
    }
    if (v.kind == JQL_V_UNKNOWN)
        note_missing(x, e->index);
    return v;
}

static struct jql_value lookup(struct jql_evaluator *x, const struct jql_expr *e,
                               const struct jql_table_row **row);

/* The `source "..."` of a fact or member read straight from the facts, or of the table
   row a lookup found; NULL for anything else and when the value has none. Used only
   while building reasons. */
const char *jql_eval_source(struct jql_evaluator *x, const struct jql_expr *e)
{
    if (e->kind == JQL_E_LOOKUP) { /* the row's `source "..."` */
        const struct jql_table_row *row;
        lookup(x, e, &row);
        return row ? row->source.s : NULL;
    }
    if (e->kind != JQL_E_NAME)
        return NULL;
    if (e->ref == JQL_REF_FACT) {
        const char **src = x->emp->sources;
        return src ? src[x->p->facts[e->index].slot] : NULL;
    }
    if (e->ref == JQL_REF_MEMBER) {
        const struct jql_elem *el = bound(x, e->var);
        return el && el->sources ? el->sources[x->p->facts[e->index].slot] : NULL;
    }
    return NULL;
}

bool jql_eval_is_default(const struct jql_evaluator *x, const struct jql_expr *e)
{
    return e->kind == JQL_E_NAME && e->ref == JQL_REF_FACT && x->emp->defaulted &&
           x->emp->defaulted[x->p->facts[e->index].slot];
}

/* ---- strict operators: unknown or error in, the same out --------------- */

/* Evaluate both operands; false with *out set when either is not a known value.
   An error wins over unknown: unknown never decides a strict operator. */
static bool strict2(struct jql_evaluator *x, const struct jql_expr *e, struct jql_value *a,
                    struct jql_value *b, struct jql_value *out)
{
    *a = jql_eval_expr(x, e->u.bin.a);
    if (a->kind == JQL_V_ERROR) {
        *out = *a;
        return false;
    }
    *b = jql_eval_expr(x, e->u.bin.b);
    if (b->kind == JQL_V_ERROR || b->kind == JQL_V_UNKNOWN) {
        *out = *b;
        return false;
    }
    if (a->kind == JQL_V_UNKNOWN) {
        *out = *a;
        return false;
    }
    return true;
}

static bool cmp_holds(enum jql_cmpop op, int c)
{
    switch (op) {
    case JQL_CMP_EQ:
        return c == 0;
    case JQL_CMP_NE:
        return c != 0;
    case JQL_CMP_LT:
        return c < 0;
    case JQL_CMP_LE:
        return c <= 0;
    case JQL_CMP_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

static struct jql_value eval_cmp(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct jql_value a, b, r;
    if (!strict2(x, e, &a, &b, &r))
        return r;
    return jql_value_bool(cmp_holds((enum jql_cmpop)e->op, jql_value_cmp(a, b)));
}

static struct jql_value eval_arith(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct jql_value a, b, r;
    if (!strict2(x, e, &a, &b, &r))
        return r;
    return jql_value_binop((enum jql_binop)e->op, a, b, e->oploc);
}

/* ---- Kleene logic (docs/language.md §7) ---------------------------------- */

static struct jql_value first_fault_or_unknown(struct jql_value a, struct jql_value b)
{
    if (a.kind == JQL_V_ERROR)
        return a;
    if (b.kind == JQL_V_ERROR)
        return b;
    return jql_value_unknown();
}

/* `and` (decider false) and `or` (decider true): a known deciding operand wins over
   unknown and error alike, and what the other operand was missing no longer matters.
   `a implies b` is `(not a) or b`: negate_a. */
static struct jql_value eval_junction(struct jql_evaluator *x, const struct jql_expr *e,
                                      bool decider, bool negate_a)
{
    struct jql_eval_mark m = jql_eval_save(x);
    struct jql_value a = jql_eval_expr(x, e->u.bin.a);
    if (negate_a && a.kind == JQL_V_BOOL)
        a.b = !a.b;
    if (is_bool(a, decider))
        return a;
    struct jql_value b = jql_eval_expr(x, e->u.bin.b);
    if (is_bool(b, decider)) {
        jql_eval_restore(x, m);
        return b;
    }
    if (a.kind == JQL_V_BOOL && b.kind == JQL_V_BOOL)
        return jql_value_bool(!decider);
    return first_fault_or_unknown(a, b);
}

static struct jql_value eval_not(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct jql_value a = jql_eval_expr(x, e->u.un.a);
    if (a.kind == JQL_V_BOOL)
        a.b = !a.b;
    return a;
}

static struct jql_value eval_if(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct jql_value c = jql_eval_expr(x, e->u.cond.c);
    if (c.kind != JQL_V_BOOL)
        return c;
    return jql_eval_expr(x, c.b ? e->u.cond.t : e->u.cond.e);
}

/* `is known` reads a value without depending on it: nothing it lacks is missing. */
static struct jql_value eval_known(struct jql_evaluator *x, const struct jql_expr *e)
{
    const struct jql_expr *a = e->u.un.a;
    bool known;
    if (a->kind == JQL_E_NAME && a->ref == JQL_REF_COLL) {
        known = x->emp->colls[x->p->facts[a->index].slot].known;
    } else {
        struct jql_eval_mark m = jql_eval_save(x);
        struct jql_value v = jql_eval_expr(x, a);
        jql_eval_restore(x, m);
        if (v.kind == JQL_V_ERROR)
            return v;
        known = v.kind != JQL_V_UNKNOWN;
    }
    return jql_value_bool(known != (e->op == 1));
}

/* ---- membership ---------------------------------------------------------- */

static bool text_starts(struct jql_value a, struct jql_value prefix)
{
    return a.kind == JQL_V_TEXT && prefix.kind == JQL_V_TEXT &&
           strncmp(a.u.s, prefix.u.s, strlen(prefix.u.s)) == 0;
}

/* `a in [items]`, or with `prefix` starts_with(a, [items]): true at the first item that
   matches, else unknown when a or an item is, else false. */
static struct jql_value in_items(struct jql_evaluator *x, struct jql_value a,
                                 const struct jql_expr *list, bool prefix)
{
    struct jql_eval_mark m = jql_eval_save(x);
    struct jql_value err = {0};
    bool unknown = a.kind == JQL_V_UNKNOWN;
    for (int i = 0; i < list->u.list.n; i++) {
        struct jql_value v = jql_eval_expr(x, list->u.list.items[i]);
        if (v.kind == JQL_V_ERROR && err.kind != JQL_V_ERROR)
            err = v;
        else if (v.kind == JQL_V_UNKNOWN)
            unknown = true;
        else if (a.kind != JQL_V_UNKNOWN && (prefix ? text_starts(a, v) : jql_value_equal(a, v))) {
            jql_eval_restore(x, m);
            return jql_value_bool(true);
        }
    }
    if (err.kind == JQL_V_ERROR)
        return err;
    return unknown ? jql_value_unknown() : jql_value_bool(false);
}

static struct jql_value in_list_value(struct jql_value a, struct jql_value l)
{
    if (l.kind == JQL_V_ERROR || l.kind == JQL_V_UNKNOWN)
        return l;
    if (a.kind == JQL_V_UNKNOWN)
        return a;
    if (l.kind != JQL_V_LIST || a.kind != JQL_V_TEXT || !l.u.list)
        return jql_value_bool(false); /* the checker admits only text in a list of text */
    for (int i = 0; i < l.u.list->n; i++)
        if (strcmp(a.u.s, l.u.list->items[i]) == 0)
            return jql_value_bool(true);
    return jql_value_bool(false);
}

static struct jql_value eval_in(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct jql_value a = jql_eval_expr(x, e->u.bin.a);
    if (a.kind == JQL_V_ERROR)
        return a;
    const struct jql_expr *b = e->u.bin.b;
    struct jql_value r = b->kind == JQL_E_LIST ? in_items(x, a, b, false)
                                               : in_list_value(a, jql_eval_expr(x, b));
    if (r.kind == JQL_V_BOOL && e->op == 1)
        r.b = !r.b;
    return r;
}

/* A list literal outside `in` (e.g. length([...])): a list of text. Rare, may allocate. */
static struct jql_value eval_list(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct jql_list *l = jql_alloc(sizeof *l);
    l->items = jql_alloc((size_t)(e->u.list.n + 1) * sizeof *l->items);
    for (int i = 0; i < e->u.list.n; i++) {
        struct jql_value v = jql_eval_expr(x, e->u.list.items[i]);
        if (v.kind != JQL_V_TEXT)
            return v.kind == JQL_V_ERROR || v.kind == JQL_V_UNKNOWN
                       ? v
                       : fault(e->u.list.items[i]->loc, "list items must be text");
        l->items[l->n++] = v.u.s;
    }
    return jql_value_list(l);
}

/* ---- quantifiers (docs/language.md §7) ----------------------------------- */

const struct jql_coll_value *jql_eval_coll(const struct jql_evaluator *x,
                                           const struct jql_expr *q)
{
    return &x->emp->colls[x->p->facts[q->index].slot];
}

int jql_eval_bind(struct jql_evaluator *x, const struct jql_expr *q, const struct jql_elem *el)
{
    int at = x->base + q->var;
    if (at < 0 || at >= JQL_EVAL_MAX_DEPTH)
        return -1;
    int top = x->top;
    x->bind[at] = el;
    x->top = at + 1;
    return top;
}

/* all (decider false) / any (decider true): a deciding element wins over unknown
   and error elements (docs/language.md §7); else error, else unknown, else !decider. */
static struct jql_value quant_logic(struct jql_evaluator *x, const struct jql_expr *e,
                                    const struct jql_coll_value *c, bool decider)
{
    struct jql_eval_mark m = jql_eval_save(x);
    struct jql_value err = {0};
    bool unknown = false;
    for (int i = 0; i < c->n; i++) {
        x->bind[x->top - 1] = &c->elems[i];
        struct jql_value v = jql_eval_expr(x, e->u.quant.body);
        if (is_bool(v, decider)) {
            jql_eval_restore(x, m);
            return v;
        }
        if (v.kind == JQL_V_ERROR && err.kind != JQL_V_ERROR)
            err = v;
        unknown |= v.kind == JQL_V_UNKNOWN;
    }
    if (err.kind == JQL_V_ERROR)
        return err;
    return unknown ? jql_value_unknown() : jql_value_bool(!decider);
}

/* The aggregates' running state: error wins; unknown keeps evaluating so every
   missing fact is recorded. */
struct agg {
    struct jql_value err;
    bool unknown;
};

static bool agg_take(struct agg *g, struct jql_value v)
{
    if (v.kind == JQL_V_ERROR) {
        g->err = v;
        return false;
    }
    g->unknown |= v.kind == JQL_V_UNKNOWN;
    return v.kind != JQL_V_UNKNOWN;
}

static struct jql_value empty_unknown(struct jql_evaluator *x, const struct jql_expr *e)
{
    x->empty_coll = e->index;
    return jql_value_unknown();
}

static struct jql_value quant_count(struct jql_evaluator *x, const struct jql_expr *e,
                                    const struct jql_coll_value *c)
{
    struct agg g = {{0}, false};
    int64_t n = 0;
    for (int i = 0; i < c->n; i++) {
        x->bind[x->top - 1] = &c->elems[i];
        struct jql_value v = jql_eval_expr(x, e->u.quant.body);
        if (!agg_take(&g, v)) {
            if (g.err.kind == JQL_V_ERROR)
                return g.err;
            continue;
        }
        n += v.b;
    }
    if (g.unknown)
        return jql_value_unknown();
    if (e->u.quant.qkind == JQL_Q_COUNT)
        return jql_value_num(jql_dec_from_int(n), JQL_NUM_COUNT);
    if (c->n == 0)
        return empty_unknown(x, e);
    jql_dec share;
    jql_dec_div(jql_dec_from_int(n), jql_dec_from_int(c->n), &share);
    return jql_value_num(share, JQL_NUM_PERCENT);
}

/* A weight below 0 would make the share meaningless (weights 3 and -2: 300%), so it is
   a fault naming the element (docs/language.md §6, Quantifiers). */
static struct jql_value negative_weight(struct jql_evaluator *x, const struct jql_expr *e,
                                        const struct jql_elem *el, struct jql_value w)
{
    return fault(e->u.quant.weight->loc,
                 jql_sprintf("negative weight %s for %s %s", jql_value_format(w),
                             x->p->facts[e->index].name,
                             jql_value_format(jql_value_text(el->label))));
}

static struct jql_value quant_weighted(struct jql_evaluator *x, const struct jql_expr *e,
                                       const struct jql_coll_value *c)
{
    if (c->n == 0)
        return empty_unknown(x, e);
    struct agg g = {{0}, false};
    struct jql_value total = zero_of(e->u.quant.weight->type), yes = total;
    for (int i = 0; i < c->n; i++) {
        x->bind[x->top - 1] = &c->elems[i];
        struct jql_value w = jql_eval_expr(x, e->u.quant.weight);
        if (w.kind != JQL_V_ERROR && w.kind != JQL_V_UNKNOWN && jql_dec_is_neg(w.u.d))
            return negative_weight(x, e, &c->elems[i], w);
        struct jql_value v = jql_eval_expr(x, e->u.quant.body);
        if (!agg_take(&g, w) || !agg_take(&g, v)) {
            if (g.err.kind == JQL_V_ERROR)
                return g.err;
            continue;
        }
        total = jql_value_binop(JQL_OP_ADD, total, w, e->oploc);
        if (v.b)
            yes = jql_value_binop(JQL_OP_ADD, yes, w, e->oploc);
        if (total.kind == JQL_V_ERROR || yes.kind == JQL_V_ERROR)
            return total.kind == JQL_V_ERROR ? total : yes;
    }
    if (g.unknown)
        return jql_value_unknown();
    if (jql_dec_is_zero(total.u.d)) { /* docs/language.md §7: unknown, and says why */
        x->why_unknown = "total weight is 0";
        return jql_value_unknown();
    }
    struct jql_value r = jql_value_binop(JQL_OP_DIV, yes, total, e->oploc);
    if (r.kind == JQL_V_NUM)
        r.sub = JQL_NUM_PERCENT;
    return r;
}

static bool better(bool min, struct jql_value v, struct jql_value best)
{
    int c = jql_value_cmp(v, best);
    return min ? c < 0 : c > 0;
}

/* sum, min, max over the body's values. */
static struct jql_value quant_fold(struct jql_evaluator *x, const struct jql_expr *e,
                                   const struct jql_coll_value *c)
{
    int k = e->u.quant.qkind;
    if (c->n == 0)
        return k == JQL_Q_SUM ? zero_of(e->u.quant.body->type) : empty_unknown(x, e);
    struct agg g = {{0}, false};
    struct jql_value acc = k == JQL_Q_SUM ? zero_of(e->u.quant.body->type) : jql_value_unknown();
    for (int i = 0; i < c->n; i++) {
        x->bind[x->top - 1] = &c->elems[i];
        struct jql_value v = jql_eval_expr(x, e->u.quant.body);
        if (!agg_take(&g, v)) {
            if (g.err.kind == JQL_V_ERROR)
                return g.err;
            continue;
        }
        if (k == JQL_Q_SUM)
            acc = jql_value_binop(JQL_OP_ADD, acc, v, e->oploc);
        else if (acc.kind == JQL_V_UNKNOWN || better(k == JQL_Q_MIN, v, acc))
            acc = v;
        if (acc.kind == JQL_V_ERROR)
            return acc;
    }
    if (g.unknown)
        return jql_value_unknown();
    return in_period_of(acc, zero_of(e->type), e->oploc);
}

static struct jql_value eval_quant(struct jql_evaluator *x, const struct jql_expr *e)
{
    const struct jql_coll_value *c = jql_eval_coll(x, e);
    if (!c->known) {
        note_missing(x, e->index);
        return jql_value_unknown();
    }
    int top = jql_eval_bind(x, e, NULL);
    if (top < 0)
        return fault(e->oploc, "internal error: quantifiers nested too deeply");
    struct jql_value r;
    switch (e->u.quant.qkind) {
    case JQL_Q_ALL:
        r = quant_logic(x, e, c, false);
        break;
    case JQL_Q_ANY:
    case JQL_Q_NONE:
        r = quant_logic(x, e, c, true);
        if (e->u.quant.qkind == JQL_Q_NONE && r.kind == JQL_V_BOOL)
            r.b = !r.b;
        break;
    case JQL_Q_COUNT:
        r = quant_count(x, e, c);
        break;
    case JQL_Q_SHARE:
        r = e->u.quant.weight ? quant_weighted(x, e, c) : quant_count(x, e, c);
        break;
    default:
        r = quant_fold(x, e, c);
        break;
    }
    x->top = top;
    if (r.kind == JQL_V_ERROR && r.u.fault == x->spent)
        x->spent->loc = e->oploc; /* the outermost loop that ran away, not the node */
    return r;
}

/* ---- built-in functions -------------------------------------------------- */

static struct jql_value dec_fault(enum jql_dec_status st, const char *fn, struct jql_loc at)
{
    if (st == JQL_DEC_DIVZERO)
        return fault(at, jql_sprintf("division by zero in %s()", fn));
    return fault(at, jql_sprintf("overflow in %s()", fn));
}

/* amount per year of a rate (docs/language.md §3); hours_per_year is held in minutes. */
static enum jql_dec_status per_year(const struct jql_program *p, struct jql_value r, jql_dec *out)
{
    jql_dec t;
    enum jql_dec_status st;
    switch (r.sub) {
    case JQL_PER_HOUR:
        st = jql_dec_mul(r.u.d, p->params[p->param_hours_per_year].value.u.d, &t);
        return st != JQL_DEC_OK ? st : jql_dec_div(t, jql_dec_from_int(60), out);
    case JQL_PER_WEEK:
        return jql_dec_mul(r.u.d, p->params[p->param_weeks_per_year].value.u.d, out);
    case JQL_PER_MONTH:
        return jql_dec_mul(r.u.d, jql_dec_from_int(12), out);
    default:
        *out = r.u.d;
        return JQL_DEC_OK;
    }
}

static struct jql_value fn_annual(struct jql_evaluator *x, struct jql_value r, bool hourly,
                                  struct jql_loc at)
{
    const char *fn = hourly ? "hourly" : "annual";
    if (hourly && r.sub == JQL_PER_HOUR)
        return r;
    if (x->p->param_hours_per_year < 0 || x->p->param_weeks_per_year < 0)
        return fault(at, "internal error: hours_per_year or weeks_per_year is not defined");
    jql_dec y, t;
    enum jql_dec_status st = per_year(x->p, r, &y);
    if (st == JQL_DEC_OK && !hourly)
        return jql_value_rate(y, JQL_PER_YEAR);
    if (st == JQL_DEC_OK)
        st = jql_dec_mul(y, jql_dec_from_int(60), &t);
    if (st == JQL_DEC_OK)
        st = jql_dec_div(t, x->p->params[x->p->param_hours_per_year].value.u.d, &y);
    return st == JQL_DEC_OK ? jql_value_rate(y, JQL_PER_HOUR) : dec_fault(st, fn, at);
}

static struct jql_value fn_round(struct jql_value v, struct jql_value places, struct jql_loc at)
{
    int64_t n;
    if (!jql_dec_to_int(places.u.d, &n) || n < 0)
        return fault(at, "round() needs a whole number of places >= 0");
    v.u.d = jql_dec_round(v.u.d, n > JQL_DEC_FRAC_DIGITS ? JQL_DEC_FRAC_DIGITS : (int)n);
    if (v.kind == JQL_V_DUR)
        v.unit = JQL_UNIT_BASE; /* rounded in the base unit, so printed in it */
    return v;
}

static int64_t utf8_length(const char *s)
{
    int64_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static struct jql_value fn_minmax(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct agg g = {{0}, false};
    struct jql_value best = jql_value_unknown(), first = best;
    for (int i = 0; i < e->u.call.nargs; i++) {
        struct jql_value v = jql_eval_expr(x, e->u.call.args[i]);
        if (!agg_take(&g, v)) {
            if (g.err.kind == JQL_V_ERROR)
                return g.err;
            continue;
        }
        if (i == 0)
            first = v;
        if (best.kind == JQL_V_UNKNOWN || better(e->ref == JQL_FN_MIN, v, best))
            best = v;
    }
    if (g.unknown)
        return jql_value_unknown();
    return in_period_of(best, first, e->oploc);
}

/* starts_with(text, prefix): a text prefix, or any of a list of them (an industry code
   against a list of code prefixes, docs/language.md §6). A list written in brackets is
   read item by item, as `in` reads one, so nothing is allocated. */
static struct jql_value fn_starts_with(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct jql_value a = jql_eval_expr(x, e->u.call.args[0]);
    const struct jql_expr *p = e->u.call.args[1];
    if (a.kind == JQL_V_ERROR)
        return a;
    if (p->kind == JQL_E_LIST)
        return in_items(x, a, p, true);
    struct jql_value v = jql_eval_expr(x, p);
    if (v.kind == JQL_V_ERROR || v.kind == JQL_V_UNKNOWN)
        return v;
    if (a.kind == JQL_V_UNKNOWN)
        return a;
    if (v.kind == JQL_V_TEXT)
        return jql_value_bool(text_starts(a, v));
    for (int i = 0; v.u.list && i < v.u.list->n; i++)
        if (text_starts(a, jql_value_text(v.u.list->items[i])))
            return jql_value_bool(true);
    return jql_value_bool(false);
}

static struct jql_value eval_call(struct jql_evaluator *x, const struct jql_expr *e)
{
    if (e->ref == JQL_FN_MIN || e->ref == JQL_FN_MAX)
        return fn_minmax(x, e);
    if (e->ref == JQL_FN_STARTS_WITH)
        return fn_starts_with(x, e);
    struct jql_value a[2];
    struct agg g = {{0}, false};
    int n = e->u.call.nargs < 2 ? e->u.call.nargs : 2;
    for (int i = 0; i < n; i++)
        if (!agg_take(&g, a[i] = jql_eval_expr(x, e->u.call.args[i])) &&
            g.err.kind == JQL_V_ERROR)
            return g.err;
    if (g.unknown)
        return jql_value_unknown();
    if (n < 1)
        return fault(e->oploc, "internal error: missing argument");
    switch (e->ref) {
    case JQL_FN_ANNUAL:
    case JQL_FN_HOURLY:
        return fn_annual(x, a[0], e->ref == JQL_FN_HOURLY, e->oploc);
    case JQL_FN_ABS:
        a[0].u.d = jql_dec_abs(a[0].u.d);
        return a[0];
    case JQL_FN_ROUND:
        return n < 2 ? a[0] : fn_round(a[0], a[1], e->oploc);
    case JQL_FN_LENGTH:
        return jql_value_num(jql_dec_from_int(a[0].kind == JQL_V_LIST
                                                  ? (a[0].u.list ? a[0].u.list->n : 0)
                                                  : utf8_length(a[0].u.s)),
                             JQL_NUM_COUNT);
    case JQL_FN_CONTAINS:
        return jql_value_bool(n == 2 && strstr(a[0].u.s, a[1].u.s) != NULL);
    default:
        return fault(e->oploc, "internal error: unknown function");
    }
}

/* ---- dispatch ------------------------------------------------------------ */

/* ---- reference tables ------------------------------------------------------ */

static int keys_cmp(const struct jql_table_row *a, const struct jql_table_row *b)
{
    for (int k = 0; k < a->nkeys; k++) {
        int c = jql_value_key_cmp(a->keys[k], b->keys[k]);
        if (c)
            return c;
    }
    return 0;
}

/* The row for `probe`'s keys in force on probe->from (the latest `from` on or before it),
   or NULL: a binary search over the rows the checker sorted by keys, then `from`. */
static const struct jql_table_row *find_row(const struct jql_table_info *ti,
                                            const struct jql_table_row *probe)
{
    int lo = 0, hi = ti->nrows; /* first row ordered after the probe */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (jql_table_row_cmp(ti->rows[mid], probe) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || keys_cmp(ti->rows[lo - 1], probe) != 0)
        return NULL;
    return ti->rows[lo - 1];
}

static const char *no_row_reason(const struct jql_table *t, const struct jql_table_row *probe)
{
    struct jql_buf b = {0};
    jql_buf_printf(&b, "no row of %s for ", t->name);
    for (int k = 0; k < probe->nkeys; k++)
        jql_buf_printf(&b, "%s%s", k ? ", " : "", jql_value_format(probe->keys[k]));
    if (t->has_from)
        jql_buf_printf(&b, " on %s", jql_value_format(jql_value_date(probe->from)));
    return jql_buf_str(&b);
}

/* t[k1, k2, date] (docs/language.md §4, "Reference tables"): unknown when a key is unknown
   or no row matches; a fault in any argument wins, as for every strict operator. *row is
   the row found, or NULL. */
static struct jql_value lookup(struct jql_evaluator *x, const struct jql_expr *e,
                               const struct jql_table_row **row)
{
    *row = NULL;
    const struct jql_table_info *ti = &x->p->tables[e->index];
    const struct jql_table *t = ti->decl;
    struct jql_table_row probe = {.nkeys = t->nkeys, .has_from = t->has_from,
                                  .from = x->as_of};
    struct jql_value out = {0}; /* unknown unless an argument faults */
    bool known = true;
    for (int i = 0; i < e->u.call.nargs; i++) {
        struct jql_value v = jql_eval_expr(x, e->u.call.args[i]);
        if (v.kind == JQL_V_ERROR && out.kind != JQL_V_ERROR)
            out = v;
        known &= v.kind != JQL_V_UNKNOWN && v.kind != JQL_V_ERROR;
        if (i < t->nkeys)
            probe.keys[i] = v;
        else
            probe.from = v.date;
    }
    if (!known)
        return out;
    *row = find_row(ti, &probe);
    if (*row)
        return (*row)->value;
    x->why_unknown = no_row_reason(t, &probe);
    return jql_value_unknown();
}

static struct jql_value eval_lookup(struct jql_evaluator *x, const struct jql_expr *e)
{
    const struct jql_table_row *row;
    struct jql_value v = lookup(x, e, &row);
    x->trace_row = row;
    return v;
}

/* The budget ran out at e: from now on every evaluation for this employer is this one
   fault, so nothing decides around it and the rule ends in error. */
static struct jql_value out_of_steps(struct jql_evaluator *x, const struct jql_expr *e)
{
    x->steps_left = 0;
    if (!x->spent) {
        struct jql_value f = fault(e->loc, jql_sprintf("evaluation exceeded the step budget "
                                                       "(--max-steps %lld)",
                                                       (long long)x->max_steps));
        x->spent = jql_alloc(sizeof *x->spent); /* a copy eval_quant may relocate */
        *x->spent = *f.u.fault;
    }
    return spent_value(x);
}

static struct jql_value eval_node(struct jql_evaluator *x, const struct jql_expr *e);

/* A node under jql_eval_set_trace: the observer is told before and after. */
static struct jql_value eval_traced(struct jql_evaluator *x, const struct jql_expr *e)
{
    const struct jql_eval_trace *t = x->trace;
    t->enter(t->ctx, e, x->top > 0 ? x->bind[x->top - 1] : NULL);
    struct jql_value v = eval_node(x, e);
    t->leave(t->ctx, e, v, e->kind == JQL_E_LOOKUP ? x->trace_row : NULL);
    return v;
}

struct jql_value jql_eval_expr(struct jql_evaluator *x, const struct jql_expr *e)
{
    if (--x->steps_left < 0)
        return out_of_steps(x, e);
    if (x->trace)
        return eval_traced(x, e);
    return eval_node(x, e);
}

static inline struct jql_value eval_node(struct jql_evaluator *x, const struct jql_expr *e)
{
    switch (e->kind) {
    case JQL_E_LIT:
        return e->u.lit;
    case JQL_E_NAME:
        return eval_name(x, e);
    case JQL_E_NEG: {
        struct jql_value a = jql_eval_expr(x, e->u.un.a);
        return jql_value_neg(a, e->oploc);
    }
    case JQL_E_NOT:
        return eval_not(x, e);
    case JQL_E_AND:
        return eval_junction(x, e, false, false);
    case JQL_E_OR:
        return eval_junction(x, e, true, false);
    case JQL_E_IMPLIES:
        return eval_junction(x, e, true, true);
    case JQL_E_ARITH:
        return eval_arith(x, e);
    case JQL_E_CMP:
        return eval_cmp(x, e);
    case JQL_E_IN:
        return eval_in(x, e);
    case JQL_E_KNOWN:
        return eval_known(x, e);
    case JQL_E_QUANT:
        return eval_quant(x, e);
    case JQL_E_IF:
        return eval_if(x, e);
    case JQL_E_CALL:
        return eval_call(x, e);
    case JQL_E_LIST:
        return eval_list(x, e);
    case JQL_E_LOOKUP:
        return eval_lookup(x, e);
    default:
        return fault(e->loc, "internal error: unknown expression kind");
    }
}

/* ---- statuses ------------------------------------------------------------ */

static enum jql_status fold_mask(unsigned seen)
{
    static const enum jql_status order[] = {JQL_ERROR, JQL_FAIL, JQL_UNTESTED};
    for (int i = 0; i < 3; i++)
        if (seen & (1u << order[i]))
            return order[i];
    return seen & (1u << JQL_PASS) ? JQL_PASS : JQL_NOT_APPLICABLE;
}

enum jql_status jql_eval_fold(const uint8_t *statuses, int n)
{
    unsigned seen = 0;
    for (int i = 0; i < n; i++)
        seen |= 1u << statuses[i];
    return fold_mask(seen);
}

/* The outcome of a group of clauses (the when/unless step, or the requires). */
struct clauses {
    const struct jql_expr *decided; /* the earliest deciding clause in the source */
    bool decided_unless;
    struct jql_value err;           /* the first fault */
    const struct jql_expr *unknown; /* the first unknown clause */
    bool unknown_unless;
    int unknown_empty; /* collection that alone made `unknown` unknown by being empty, or -1 */
    const char *unknown_why; /* why_unknown when that alone made it unknown, or NULL */
};

static void take_clause(struct jql_evaluator *x, struct clauses *cl, const struct jql_expr *e,
                        bool decider, bool is_unless)
{
    int nmiss = x->nmiss;
    x->empty_coll = -1;
    x->why_unknown = NULL;
    struct jql_value v = jql_eval_expr(x, e);
    if (is_bool(v, decider)) {
        if (!cl->decided || e->loc.start < cl->decided->loc.start) {
            cl->decided = e;
            cl->decided_unless = is_unless;
        }
    } else if (v.kind == JQL_V_ERROR) {
        if (cl->err.kind != JQL_V_ERROR)
            cl->err = v;
    } else if (v.kind == JQL_V_UNKNOWN && !cl->unknown) {
        cl->unknown = e;
        cl->unknown_unless = is_unless;
        cl->unknown_empty = x->nmiss == nmiss ? x->empty_coll : -1;
        cl->unknown_why = x->nmiss == nmiss ? x->why_unknown : NULL;
    }
}

/* Untested: why, and the facts on the missing stack, saved for jql_eval_render. */
static void set_untested(struct jql_evaluator *x, struct jql_rrule *out, struct jql_why why)
{
    out->status = JQL_UNTESTED;
    if (x->nsaved + x->nmiss > x->saved_cap) {
        x->saved_cap = 2 * (x->nsaved + x->nmiss);
        x->saved = jql_realloc(x->saved, (size_t)x->saved_cap * sizeof *x->saved);
    }
    if (x->nmiss) /* (x->saved is NULL until a rule misses a fact) */
        memcpy(x->saved + x->nsaved, x->miss, (size_t)x->nmiss * sizeof *x->miss);
    why.miss = x->nsaved;
    why.nmiss = x->nmiss;
    x->nsaved += x->nmiss;
    out->why = why;
}

static struct jql_why why_text(const char *text)
{
    return (struct jql_why){.kind = JQL_WHY_TEXT, .text = text};
}

static struct jql_why why_clause(enum jql_why_kind kind, const struct jql_expr *e)
{
    return (struct jql_why){.kind = (uint8_t)kind, .clause = e};
}

/* Error, else the deciding clause's status, else untested; false when nothing decided.
   Only what decided is recorded: the reason's text is made if a report shows it. */
static bool settle(struct jql_evaluator *x, const struct clauses *cl, bool requires,
                   struct jql_rrule *out)
{
    if (cl->err.kind == JQL_V_ERROR && (requires || !cl->decided)) {
        out->status = JQL_ERROR;
        out->why = why_text(jql_eval_fault_reason(cl->err));
    } else if (cl->decided && requires) {
        out->status = JQL_FAIL;
        out->why = why_clause(JQL_WHY_FAILED, cl->decided);
    } else if (cl->decided) {
        out->status = JQL_NOT_APPLICABLE;
        out->why = why_clause(cl->decided_unless ? JQL_WHY_UNLESS : JQL_WHY_WHEN, cl->decided);
    } else if (cl->unknown && cl->unknown_why) {
        set_untested(x, out, why_text(cl->unknown_why));
    } else if (cl->unknown && cl->unknown_empty >= 0) {
        set_untested(x, out, (struct jql_why){.kind = JQL_WHY_EMPTY, .fact = cl->unknown_empty});
    } else if (cl->unknown) {
        struct jql_why why = why_clause(JQL_WHY_UNKNOWN, cl->unknown);
        why.word = requires ? 0 : cl->unknown_unless ? JQL_WHY_UNLESS : JQL_WHY_WHEN;
        set_untested(x, out, why);
    } else {
        return false;
    }
    return true;
}

/* docs/language.md §8, steps 2-4 (step 1 is precomputed). Every require runs, so a fail never hides
   an error; a false `when` or true `unless` decides even next to a fault (§7). */
static void eval_clauses(struct jql_evaluator *x, const struct jql_rule *r,
                         struct jql_rrule *out)
{
    struct clauses cl = {.unknown_empty = -1};
    for (int i = 0; i < r->nwhens; i++)
        take_clause(x, &cl, r->whens[i], false, false);
    for (int i = 0; i < r->nunlesses; i++)
        take_clause(x, &cl, r->unlesses[i], true, true);
    if (settle(x, &cl, false, out))
        return;
    struct clauses rq = {.unknown_empty = -1};
    for (int i = 0; i < r->nrequires; i++)
        take_clause(x, &rq, r->requires[i], false, false);
    if (!settle(x, &rq, true, out))
        out->status = JQL_PASS;
}

static void eval_rule(struct jql_evaluator *x, const struct jql_standard *s,
                      const struct jql_rule *r, const struct jql_eval_rinfo *ri,
                      struct jql_rrule *out)
{
    *out = ri->tmpl;
    if (ri->nif_reason) {
        out->status = JQL_NOT_APPLICABLE;
        out->why = why_text(ri->nif_reason);
        return;
    }
    if (x->spent_by) { /* an earlier rule used up this employer's step budget */
        out->status = JQL_ERROR;
        out->why = why_text(jql_sprintf("not evaluated: rule '%s' used up the step budget",
                                        x->spent_by));
        return;
    }
    jql_eval_restore(x, (struct jql_eval_mark){0, -1, NULL});
    eval_clauses(x, r, out);
    if (!x->spent)
        return;
    /* The rule that ran out is error even when a false `when` decided it before the
       runaway one: its own steps are what the budget could not pay for. */
    x->spent_by = jql_sprintf("%s.%s", s->id, r->id);
    out->status = JQL_ERROR;
    out->why = why_text(jql_eval_fault_reason(spent_value(x)));
}

/* `requires N of recommended` (docs/language.md §8, "Scoring recommended rules"): once no
   required rule fails, is untested or in error, the recommended rules that apply decide
   the standard — pass when N pass, fail when N could not pass even if every untested one
   did, else untested; one in error makes it error. With required rules that pass, those
   count too (a standard whose required rules pass and to which no recommended rule
   applies passes). */
static void score_recommended(const struct jql_program *p, const struct jql_standard *s,
                              struct jql_rstd *out, bool req)
{
    uint8_t st_req = req ? out->status : JQL_NOT_APPLICABLE;
    if (st_req != JQL_PASS && st_req != JQL_NOT_APPLICABLE)
        return;
    int n = 0, pass = 0, untested = 0;
    bool error = false;
    for (int i = 0; i < s->nrules; i++) {
        uint8_t st = out->rules[i].status;
        if (s->rules[i]->level != JQL_LEVEL_RECOMMENDED || st == JQL_NOT_APPLICABLE)
            continue;
        n++;
        pass += st == JQL_PASS;
        untested += st == JQL_UNTESTED;
        error |= st == JQL_ERROR;
    }
    int need = s->kof.n;
    bool percent = s->kof.percent;
    jql_dec pct = s->kof.pct;
    if (s->kof.param) { /* the param's value now: an agency may have set it */
        struct jql_value v = p->params[s->kof.param_slot].value;
        percent = v.sub == JQL_NUM_PERCENT;
        pct = v.u.d;
        int64_t whole = 1;
        jql_dec_to_int(jql_dec_round(v.u.d, 0), &whole);
        need = whole > 1000000 ? 1000000 : (int)whole; /* more than n: fail, as a literal */
    }
    if (percent) { /* a share of n, rounded up to whole rules; at least one */
        jql_dec want;
        int64_t whole = 0;
        if (jql_dec_cmp(pct, jql_dec_from_int(1)) > 0)
            pct = jql_dec_from_int(1);
        jql_dec_mul(pct, jql_dec_from_int(n), &want); /* pct <= 1: no overflow */
        jql_dec_to_int(jql_dec_round(want, 0), &whole);
        need = (int)whole + (jql_dec_cmp(jql_dec_from_int(whole), want) < 0);
    }
    if (need < 1) /* a param set to 0 or 0%: still one rule, as a literal must be */
        need = 1;
    out->reason = jql_sprintf("%d of %d recommended met (needs %d)", pass, n, need);
    uint8_t st_rec = error       ? JQL_ERROR
                     : n == 0    ? JQL_NOT_APPLICABLE
                     : pass >= need ? JQL_PASS
                     : pass + untested < need ? JQL_FAIL
                                              : JQL_UNTESTED;
    out->status = (uint8_t)fold_mask(1u << st_req | 1u << st_rec);
}

/* A standard's status: its required rules, or its recommended ones when it declares
   no required rule (docs/language.md §8, Standard status). */
static void eval_standard(struct jql_evaluator *x, int si, struct jql_rstd *out)
{
    const struct jql_standard *s = x->p->standards[si];
    out->id = s->id;
    out->title = s->title.s ? s->title.s : "";
    out->version = s->version.s ? s->version.s : "";
    out->source = s->source.s ? s->source.s : "";
    out->reason = NULL; /* (the arrays may hold the previous employer's: jql_eval_reuse) */
    out->nrules = s->nrules;
    out->rules = x->reuse ? x->reuse_rules[si] : jql_alloc((size_t)s->nrules * sizeof *out->rules);
    unsigned seen[2] = {0, 0}; /* by level */
    for (int i = 0; i < s->nrules; i++) {
        const struct jql_rule *r = s->rules[i];
        eval_rule(x, s, r, &x->rinfo[si][i], &out->rules[i]);
        seen[r->level] |= 1u << out->rules[i].status;
    }
    bool req = x->std_has_required[si];
    out->status = (uint8_t)fold_mask(seen[req ? JQL_LEVEL_REQUIRED : JQL_LEVEL_RECOMMENDED]);
    if (s->kof.set)
        score_recommended(x->p, s, out, req);
}

/* Whether the line holds; with `hope`, untested standards count as passing. */
static bool tier_req_holds(const struct jql_tier_req *q, const struct jql_rstd *stds, bool hope)
{
    int ok = 0;
    for (int i = 0; i < q->nids; i++) {
        uint8_t st = stds[q->std_index[i]].status;
        ok += st == JQL_PASS || st == JQL_NOT_APPLICABLE || (hope && st == JQL_UNTESTED);
    }
    return ok >= (q->n_of > 0 ? q->n_of : q->nids);
}

/* Reached when every `requires` line holds (docs/language.md §8, "Tiers"); undecided
   when it is not but would be if every untested standard passed (docs/language.md,
   "Portfolio"). */
static enum jql_reach tier_reach(const struct jql_tier *t, const struct jql_rstd *stds)
{
    enum jql_reach r = JQL_REACH_REACHED;
    for (int i = 0; i < t->nreqs; i++)
        if (!tier_req_holds(t->reqs[i], stds, false)) {
            if (!tier_req_holds(t->reqs[i], stds, true))
                return JQL_REACH_NOT;
            r = JQL_REACH_UNDECIDED;
        }
    return r;
}

static void eval_tiers(const struct jql_evaluator *x, struct jql_remployer *out)
{
    const struct jql_program *p = x->p;
    out->ntiers = out->nundecided = 0;
    out->tiers = out->tiers_undecided = NULL;
    if (!p->ntiers)
        return;
    uint8_t *reach = x->reuse ? x->reuse_reach : jql_alloc_atomic((size_t)p->ntiers);
    const char **v = x->reuse ? x->reuse_tiers : jql_alloc((size_t)p->ntiers * sizeof *v);
    for (int i = 0; i < p->ntiers; i++)
        reach[i] = (uint8_t)tier_reach(p->tiers[i], out->stds);
    /* reached from the front of v, undecided from its back (in order once reversed) */
    int nu = 0;
    for (int i = 0; i < p->ntiers; i++) {
        if (reach[i] == JQL_REACH_REACHED)
            v[out->ntiers++] = p->tiers[i]->id;
        else if (reach[i] == JQL_REACH_UNDECIDED)
            v[p->ntiers - ++nu] = p->tiers[i]->id;
    }
    for (int i = 0; i < nu / 2; i++) {
        const char *t = v[p->ntiers - 1 - i];
        v[p->ntiers - 1 - i] = v[p->ntiers - nu + i];
        v[p->ntiers - nu + i] = t;
    }
    out->tier_reach = reach;
    out->tiers = out->ntiers ? v : NULL;
    out->tiers_undecided = nu ? v + p->ntiers - nu : NULL;
    out->nundecided = nu;
}

void jql_eval_run(struct jql_evaluator *x, const struct jql_employer *emp,
                  struct jql_remployer *out)
{
    const struct jql_program *p = x->p;
    out->name = emp->name;
    out->diags = (const struct jql_diag **)emp->diags.v;
    out->ndiags = emp->diags.n;
    out->tiers = out->tiers_undecided = NULL;
    out->ntiers = out->nundecided = 0;
    out->tier_reach = NULL;
    out->stds = NULL;
    out->nstds = 0;
    if (emp->failed) {
        out->status = JQL_ERROR;
        return;
    }
    x->emp = emp;
    x->base = x->top = 0;
    if (++x->gen == 0) { /* wrapped: stale stamps could look current */
        for (int i = 0; i < p->nlets; i++)
            x->lets[i].gen = 0;
        x->gen = 1;
    }
    x->steps_left = x->max_steps;
    x->spent = NULL;
    x->spent_by = NULL;
    x->nsaved = 0;
    out->nstds = p->nstandards;
    out->stds = x->reuse ? x->reuse_stds : jql_alloc((size_t)p->nstandards * sizeof *out->stds);
    unsigned seen = 0;
    for (int i = 0; i < p->nstandards; i++) {
        eval_standard(x, i, &out->stds[i]);
        seen |= 1u << out->stds[i].status;
    }
    out->status = (uint8_t)fold_mask(seen);
    eval_tiers(x, out);
    /* x->emp stays: jql_eval_render evaluates the operands of reasons again */
}

/* A goal's `where` for the employer of the last run (docs/language.md, "Goals"): 1 true,
   0 false, -1 unknown or a fault. It has its own step budget, like a reason's. */
int jql_eval_where(struct jql_evaluator *x, const struct jql_expr *e)
{
    struct jql_eval_mark m = jql_eval_save(x);
    int64_t steps = x->steps_left;
    x->steps_left = x->max_steps;
    struct jql_value v = jql_eval_expr(x, e);
    x->steps_left = steps;
    jql_eval_restore(x, m);
    return v.kind == JQL_V_BOOL ? v.b : -1;
}

void jql_eval_set_trace(struct jql_evaluator *x, const struct jql_eval_trace *t)
{
    x->trace = t;
}

/* An evaluation aside (eval.h): bindings, budget and missing facts as they were after. */
struct jql_value jql_eval_aside(struct jql_evaluator *x, const struct jql_expr *e,
                                const struct jql_elem *const *binds, int n)
{
    if (n < 0 || n > JQL_EVAL_MAX_DEPTH)
        return fault(e->loc, "internal error: quantifiers nested too deeply");
    struct jql_eval_mark m = jql_eval_save(x);
    int64_t steps = x->steps_left;
    struct jql_fault *spent = x->spent;
    int base = x->base, top = x->top;
    x->steps_left = x->max_steps;
    x->spent = NULL;
    x->base = 0;
    for (x->top = 0; x->top < n; x->top++)
        x->bind[x->top] = binds[x->top];
    struct jql_value v = jql_eval_expr(x, e);
    x->base = base;
    x->top = top;
    x->steps_left = steps;
    x->spent = spent;
    jql_eval_restore(x, m);
    return v;
}

/* The facts missing for rule outcome `why` (an untested rule of the last run): fact
   ids, no duplicates, in the order found. */
const int *jql_eval_missing_ids(const struct jql_evaluator *x, const struct jql_why *why)
{
    return x->saved ? x->saved + why->miss : NULL;
}

/* ---- the evaluator ------------------------------------------------------- */

static char *date_str(int32_t days) { return jql_value_format(jql_value_date(days)); }

/* "not in force until/since DATE", or NULL when the dates admit as_of. */
static const char *not_in_force(const struct jql_date_opt *eff, const struct jql_date_opt *exp,
                                int32_t as_of)
{
    if (eff->set && as_of < eff->days)
        return jql_sprintf("not in force until %s", date_str(eff->days));
    if (exp->set && as_of >= exp->days)
        return jql_sprintf("not in force since %s", date_str(exp->days));
    return NULL;
}

static const char *or_empty(const char *s) { return s ? s : ""; }

static void prepare_rule(struct jql_evaluator *x, const struct jql_standard *s,
                         const struct jql_rule *r, struct jql_eval_rinfo *ri)
{
    struct jql_rrule *t = &ri->tmpl;
    t->id = r->id;
    t->title = or_empty(r->title.s);
    t->level = r->level == JQL_LEVEL_RECOMMENDED ? "recommended" : "required";
    t->status = JQL_PASS;
    t->reason = "";
    t->cite = or_empty(r->cite.s);
    t->advice = or_empty(r->advice.s);
    t->location = jql_loc_str(r->loc.src ? r->loc : r->id_loc); /* the `rule` line (docs/cli.md) */
    ri->nif_reason = not_in_force(&s->effective, &s->expires, x->as_of);
    if (!ri->nif_reason)
        ri->nif_reason = not_in_force(&r->effective, &r->expires, x->as_of);
}

const struct jql_rrule *jql_eval_rule_info(const struct jql_evaluator *ev, int s, int r)
{
    return &ev->rinfo[s][r].tmpl;
}

struct jql_evaluator *jql_eval_new(const struct jql_program *p, int32_t as_of)
{
    struct jql_evaluator *x = jql_alloc(sizeof *x);
    x->p = p;
    x->as_of = as_of;
    x->empty_coll = -1;
    x->cap = p->nfacts + 1;
    x->miss = jql_alloc_atomic((size_t)x->cap * sizeof *x->miss);
    x->marked = jql_alloc_atomic((size_t)(p->nfacts + 1));
    memset(x->marked, 0, (size_t)(p->nfacts + 1));
    x->lets = jql_alloc((size_t)(p->nlets + 1) * sizeof *x->lets); /* zeroed: gen 0 */
    x->max_steps = JQL_LIMIT_STEPS;
    x->rinfo = jql_alloc((size_t)(p->nstandards + 1) * sizeof *x->rinfo);
    x->std_has_required = jql_alloc((size_t)(p->nstandards + 1) * sizeof *x->std_has_required);
    for (int i = 0; i < p->nstandards; i++) {
        const struct jql_standard *s = p->standards[i];
        x->rinfo[i] = jql_alloc((size_t)(s->nrules + 1) * sizeof *x->rinfo[i]);
        for (int j = 0; j < s->nrules; j++) {
            prepare_rule(x, s, s->rules[j], &x->rinfo[i][j]);
            x->std_has_required[i] |= s->rules[j]->level == JQL_LEVEL_REQUIRED;
        }
    }
    return x;
}

void jql_eval_set_max_steps(struct jql_evaluator *x, int64_t n) { x->max_steps = n > 0 ? n : 1; }

void jql_eval_reuse(struct jql_evaluator *x)
{
    const struct jql_program *p = x->p;
    x->reuse_stds = jql_alloc((size_t)(p->nstandards + 1) * sizeof *x->reuse_stds);
    x->reuse_rules = jql_alloc((size_t)(p->nstandards + 1) * sizeof *x->reuse_rules);
    for (int i = 0; i < p->nstandards; i++)
        x->reuse_rules[i] = jql_alloc((size_t)(p->standards[i]->nrules + 1) *
                                      sizeof *x->reuse_rules[i]);
    x->reuse_tiers = jql_alloc((size_t)(p->ntiers + 1) * sizeof *x->reuse_tiers);
    x->reuse_reach = jql_alloc_atomic((size_t)p->ntiers + 1);
    x->reuse = true;
}

void jql_eval_employer(const struct jql_program *p, const struct jql_employer *emp,
                       int32_t as_of, struct jql_remployer *out)
{
    struct jql_evaluator *x = jql_eval_new(p, as_of);
    jql_eval_run(x, emp, out);
    jql_eval_render(x, out);
}
