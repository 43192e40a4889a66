/*
** eval_explain: the reasons reported for rules that did not pass (docs/language.md
** §8, Rule status). Runs only off the hot path: a failing `require` is walked
** again under the same bindings, printing each deciding comparison with its
** operands' values and the operator negated.
*/
#include "eval_int.h"

#include <stdlib.h>
#include <string.h>

#define MAX_ELEMS_SHOWN 3

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void jql_eval_put_src(struct jql_buf *b, struct jql_loc loc)
{
    if (!loc.src)
        return;
    if (loc.end > loc.src->len)
        loc.end = (uint32_t)loc.src->len;
    /* Spans need no widening to read balanced: a parenthesised expression's span
       includes its parentheses (parser.y), and every other span joins whole operands. */
    const char *t = loc.src->text;
    size_t i = loc.start, end = loc.end;
    bool first = true;
    /* Words are copied whole; leading and trailing blanks vanish, inner runs become ' '. */
    while (i < end) {
        while (i < end && is_space(t[i]))
            i++;
        size_t w = i;
        while (i < end && !is_space(t[i]))
            i++;
        if (i == w)
            break;
        if (!first)
            jql_buf_putc(b, ' ');
        jql_buf_put(b, t + w, i - w);
        first = false;
    }
}

const char *jql_eval_fault_reason(struct jql_value err)
{
    const struct jql_fault *f = err.u.fault;
    const char *where = jql_loc_str(f->loc);
    return *where ? jql_sprintf("%s at %s", f->msg, where) : f->msg;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sorted qualified names of a rule's missing facts (ids are unique, so are names). */
/* The sorted qualified names of a rule's missing facts (ids are unique, so are names),
   appended to x->names; their position there. */
static int missing_names(struct jql_evaluator *x, const struct jql_why *w)
{
    int at = x->names.n;
    for (int i = 0; i < w->nmiss; i++)
        JQL_VEC_PUSH(x->names, x->p->facts[x->saved[w->miss + i]].name);
    if (w->nmiss > 1)
        qsort(x->names.v + at, (size_t)w->nmiss, sizeof *x->names.v, cmp_names);
    return at;
}

/* ---- explanations -------------------------------------------------------- */

static bool is_literal(const struct jql_expr *e)
{
    return e->kind == JQL_E_LIT || e->kind == JQL_E_LIST ||
           (e->kind == JQL_E_NEG && e->u.un.a->kind == JQL_E_LIT);
}

/* ` (source: TEXT)` after the value of a fact or member read straight from the facts,
   when it has a non-empty `source "..."` (docs/language.md §9); ` (default)` or
   ` (default; source: TEXT)` when the value is a rule file's default (docs/language.md
   §5, "Defaults"). Control characters are written as
   escapes, so a reason stays on one line. */
static void put_source(struct jql_evaluator *x, const struct jql_expr *e,
                       struct jql_buf *b)
{
    const char *s = jql_eval_source(x, e);
    bool dflt = jql_eval_is_default(x, e);
    if (!s || !*s) {
        if (dflt)
            jql_buf_puts(b, " (default)");
        return;
    }
    jql_buf_puts(b, dflt ? " (default; source: " : " (source: ");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\n')
            jql_buf_puts(b, "\\n");
        else if (*p == '\t')
            jql_buf_puts(b, "\\t");
        else if (*p < 0x20 || *p == 0x7f)
            jql_buf_printf(b, "\\u{%X}", *p);
        else
            jql_buf_putc(b, (char)*p);
    }
    jql_buf_putc(b, ')');
}

/* `TEXT = VALUE [(source: ...)]`, or just the text for a literal (its value is its
   text). Returns the value. */
static struct jql_value put_operand(struct jql_evaluator *x, const struct jql_expr *e,
                                    struct jql_buf *b)
{
    jql_eval_put_src(b, e->loc);
    struct jql_value v = jql_eval_expr(x, e);
    if (is_literal(e))
        return v;
    jql_buf_puts(b, " = ");
    jql_value_put(b, v);
    put_source(x, e, b);
    return v;
}

static void fallback(const struct jql_expr *e, bool want, struct jql_buf *b)
{
    jql_eval_put_src(b, e->loc);
    jql_buf_puts(b, want ? " is true" : " is false");
}

/* ---- distance to compliance (docs/language.md §8) ------------------------ */

/* The gap of comparison e, whose operands are a and b and which holds as `holds`
   (the operator the reason prints). The words are about the left operand, or the
   right one when only the left is a literal (`$15/hour > pay.wage`: pay.wage is
   short). A comparison that fails by being equal (`a != b` required) has none. */
static bool cmp_gap(const struct jql_expr *e, enum jql_cmpop holds, struct jql_value a,
                    struct jql_value b, struct jql_eval_gap *g)
{
    const struct jql_expr *subject = e->u.bin.a;
    if (is_literal(subject) && !is_literal(e->u.bin.b)) {
        struct jql_value t = a;
        a = b;
        b = t;
        holds = jql_cmpop_mirror(holds);
        subject = e->u.bin.b;
    }
    switch (holds) {
    case JQL_CMP_LT:
    case JQL_CMP_LE:
        g->dir = JQL_GAP_SHORT;
        break;
    case JQL_CMP_GT:
    case JQL_CMP_GE:
        g->dir = JQL_GAP_OVER;
        break;
    case JQL_CMP_NE:
        g->dir = JQL_GAP_OFF;
        break;
    default:
        return false;
    }
    g->expr = subject;
    g->failing = 0;
    if (jql_value_distance(a, b, &g->by))
        return true;
    g->dir = JQL_GAP_NONE;
    return false;
}

/* ` (short by $6.60/hour)`. A strict comparison that fails at equality has a gap of 0
   (docs/language.md §8): "short by 0%" would read as a mistake, so the words say where
   the value is and which way it must move. The JSON gap keeps "by": "0%". */
static void put_gap(struct jql_buf *b, const char *before, const struct jql_eval_gap *g)
{
    jql_buf_puts(b, before);
    if (g->dir != JQL_GAP_OFF && jql_dec_is_zero(g->by.u.d)) {
        jql_buf_puts(b, g->dir == JQL_GAP_SHORT ? "at the limit, must be above it"
                                                : "at the limit, must be below it");
        return;
    }
    jql_buf_puts(b, jql_gap_word((enum jql_gap_dir)g->dir));
    jql_buf_puts(b, " by ");
    jql_value_put(b, g->by);
}

/* Offer a part's gap to the reason's: the first part with a gap gives it (with its
   failing count); until one does, the first quantifier gives its failing count. */
static void offer_gap(struct jql_evaluator *x, const struct jql_eval_gap *g)
{
    if (x->gap.off || x->gap.dir != JQL_GAP_NONE) /* (off: nothing there fails) */
        return;
    if (g->dir != JQL_GAP_NONE) {
        bool off = x->gap.off;
        x->gap = *g;
        x->gap.off = off;
    } else if (!x->gap.failing) {
        x->gap.failing = g->failing;
    }
}

/* Does gap g go before `best` (no gap yet, or one of the same operand that is
   larger, or smaller when `nearest`)? Gaps of other operands (an `or` in the
   body deciding differently per element) are not compared. */
static bool better_gap(const struct jql_eval_gap *g, const struct jql_eval_gap *best,
                       bool nearest)
{
    if (g->dir == JQL_GAP_NONE)
        return false;
    if (best->dir == JQL_GAP_NONE)
        return true;
    if (g->expr != best->expr)
        return false;
    int c = jql_value_cmp(g->by, best->by);
    return nearest ? c < 0 : c > 0;
}

static void explain_cmp(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                        struct jql_buf *b)
{
    enum jql_cmpop op = (enum jql_cmpop)e->op;
    enum jql_cmpop holds = want ? op : jql_cmpop_negate(op);
    struct jql_value a = put_operand(x, e->u.bin.a, b);
    jql_buf_putc(b, ' ');
    jql_buf_puts(b, jql_cmpop_str(holds));
    jql_buf_putc(b, ' ');
    struct jql_value v = put_operand(x, e->u.bin.b, b);
    struct jql_eval_gap g = {0};
    if (x->gap.off || !cmp_gap(e, holds, a, v, &g))
        return;
    put_gap(b, " (", &g);
    jql_buf_putc(b, ')');
    offer_gap(x, &g);
}

static void explain_in(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                       struct jql_buf *b)
{
    bool member = (e->op == 0) == want;
    put_operand(x, e->u.bin.a, b);
    jql_buf_puts(b, member ? " in " : " not in ");
    put_operand(x, e->u.bin.b, b);
}

/* Explain both operands as `want` (`a or b` false: both are false). */
static void explain_both(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                         struct jql_buf *b)
{
    jql_eval_explain(x, e->u.bin.a, want, b);
    jql_buf_puts(b, " and ");
    jql_eval_explain(x, e->u.bin.b, want, b);
}

/* Explain the operand that decided (`a and b` false: the false one). */
static void explain_decider(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                            struct jql_buf *b)
{
    struct jql_value a = jql_eval_expr(x, e->u.bin.a);
    bool a_decides = a.kind == JQL_V_BOOL && a.b == want;
    jql_eval_explain(x, a_decides ? e->u.bin.a : e->u.bin.b, want, b);
}

/* Explain element el of quantifier e as `want` into b, under its binding; its gap
   (none when the binding fails). */
static struct jql_eval_gap explain_element(struct jql_evaluator *x, const struct jql_expr *e,
                                           const struct jql_elem *el, bool want,
                                           struct jql_buf *b)
{
    struct jql_eval_gap outer = x->gap;
    x->gap = (struct jql_eval_gap){.off = outer.off};
    int top = jql_eval_bind(x, e, el);
    if (top >= 0) {
        jql_eval_explain(x, e->u.quant.body, want, b);
        x->top = top;
    }
    struct jql_eval_gap g = x->gap;
    x->gap = outer;
    return g;
}

/* The gap of element el of quantifier e, whose body is `want`, for an element whose
   text is not shown: a comparison's straight from its operands (the common body,
   and elements may be many), any other body's by explaining it into `scratch`. */
static struct jql_eval_gap element_gap(struct jql_evaluator *x, const struct jql_expr *e,
                                       const struct jql_elem *el, bool want,
                                       struct jql_buf *scratch)
{
    const struct jql_expr *body = e->u.quant.body;
    struct jql_eval_gap g = {0};
    if (x->gap.off) /* no gaps here */
        return g;
    if (body->kind != JQL_E_CMP) {
        scratch->len = 0;
        return explain_element(x, e, el, want, scratch);
    }
    int top = jql_eval_bind(x, e, el);
    if (top < 0)
        return g;
    struct jql_value a = jql_eval_expr(x, body->u.bin.a), b = jql_eval_expr(x, body->u.bin.b);
    x->top = top;
    enum jql_cmpop op = (enum jql_cmpop)body->op;
    cmp_gap(body, want ? op : jql_cmpop_negate(op), a, b, &g);
    return g;
}

/* Elements whose body is `elem_want` (the ones that fail): `N of M elements of job
   fail, largest gap $4.10/hour: job "Assistant": ...` with the first 3 shown; every
   one is explained for the count and the largest gap. */
static void explain_elements(struct jql_evaluator *x, const struct jql_expr *e, bool elem_want,
                             struct jql_buf *b)
{
    const struct jql_coll_value *c = jql_eval_coll(x, e);
    const char *coll = x->p->facts[e->index].name;
    struct jql_buf shown = {0}, rest = {0};
    struct jql_eval_gap worst = {0};
    int nfail = 0;
    for (int i = 0; c->known && i < c->n; i++) {
        const struct jql_elem *el = &c->elems[i];
        int top = jql_eval_bind(x, e, el);
        if (top < 0)
            break;
        struct jql_value v = jql_eval_expr(x, e->u.quant.body);
        x->top = top;
        if (v.kind != JQL_V_BOOL || v.b != elem_want)
            continue;
        struct jql_eval_gap g;
        if (nfail < MAX_ELEMS_SHOWN) {
            jql_buf_printf(&shown, "%s%s %s: ", nfail ? "; " : "", coll,
                           jql_value_format(jql_value_text(el->label)));
            g = explain_element(x, e, el, elem_want, &shown);
        } else {
            g = element_gap(x, e, el, elem_want, &rest);
        }
        if (better_gap(&g, &worst, false))
            worst = g;
        nfail++;
    }
    /* (the left side of a false `implies`: they match, as it requires) */
    const char *verb = x->gap.off ? (nfail == 1 ? "matches" : "match")
                                  : (nfail == 1 ? "fails" : "fail");
    jql_buf_printf(b, "%d of %d element%s of %s %s", nfail, c->n, c->n == 1 ? "" : "s", coll,
                   verb);
    if (worst.dir != JQL_GAP_NONE && nfail > 1) {
        jql_buf_puts(b, ", largest gap ");
        jql_value_put(b, worst.by);
    }
    jql_buf_puts(b, ": ");
    jql_buf_put(b, shown.s, shown.len);
    if (nfail > MAX_ELEMS_SHOWN)
        jql_buf_puts(b, "; \xe2\x80\xa6"); /* "; ..." as U+2026 */
    worst.failing = nfail;
    offer_gap(x, &worst);
}

/* `no job satisfies BODY`: every element fails, and one that passed would be enough;
   the gap is the nearest element's, `(closest: job "Cook", short by $3.50/hour)`. */
static void explain_none_satisfy(struct jql_evaluator *x, const struct jql_expr *e,
                                 struct jql_buf *b)
{
    const struct jql_coll_value *c = jql_eval_coll(x, e);
    jql_buf_printf(b, "no %s satisfies ", x->p->facts[e->index].name);
    jql_eval_put_src(b, e->u.quant.body->loc);
    struct jql_buf scratch = {0};
    struct jql_eval_gap best = {0};
    const struct jql_elem *closest = NULL;
    for (int i = 0; c->known && i < c->n; i++) {
        struct jql_eval_gap g = element_gap(x, e, &c->elems[i], false, &scratch);
        if (better_gap(&g, &best, true)) {
            best = g;
            closest = &c->elems[i];
        }
    }
    if (closest && !x->gap.off) {
        jql_buf_printf(b, " (closest: %s %s, ", x->p->facts[e->index].name,
                       jql_value_format(jql_value_text(closest->label)));
        put_gap(b, "", &best);
        jql_buf_putc(b, ')');
    }
    best.failing = c->known ? c->n : 0;
    offer_gap(x, &best);
}

static void explain_quant(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                          struct jql_buf *b)
{
    int k = e->u.quant.qkind;
    if (k == JQL_Q_ALL && !want) {
        explain_elements(x, e, false, b);
    } else if ((k == JQL_Q_NONE && !want) || (k == JQL_Q_ANY && want)) {
        explain_elements(x, e, true, b);
    } else if ((k == JQL_Q_ANY && !want) || (k == JQL_Q_NONE && want)) {
        explain_none_satisfy(x, e, b);
    } else {
        fallback(e, want, b);
    }
}

/* `a implies b` is false: a is true, as it should be (no gap there), and b is false. */
static void explain_implies_false(struct jql_evaluator *x, const struct jql_expr *e,
                                  struct jql_buf *b)
{
    bool off = x->gap.off;
    x->gap.off = true;
    jql_eval_explain(x, e->u.bin.a, true, b);
    x->gap.off = off;
    jql_buf_puts(b, " and ");
    jql_eval_explain(x, e->u.bin.b, false, b);
}

static void explain_if(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                       struct jql_buf *b)
{
    struct jql_value c = jql_eval_expr(x, e->u.cond.c);
    if (c.kind != JQL_V_BOOL) {
        fallback(e, want, b);
        return;
    }
    jql_eval_explain(x, c.b ? e->u.cond.t : e->u.cond.e, want, b);
}

void jql_eval_explain(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                      struct jql_buf *b)
{
    switch (e->kind) {
    case JQL_E_CMP:
        explain_cmp(x, e, want, b);
        break;
    case JQL_E_AND:
        (want ? explain_both : explain_decider)(x, e, want, b);
        break;
    case JQL_E_OR:
        (want ? explain_decider : explain_both)(x, e, want, b);
        break;
    case JQL_E_IMPLIES:
        if (want)
            fallback(e, want, b);
        else
            explain_implies_false(x, e, b);
        break;
    case JQL_E_NOT:
        jql_eval_put_src(b, e->u.un.a->loc);
        jql_buf_puts(b, want ? " = false" : " = true");
        put_source(x, e->u.un.a, b);
        break;
    case JQL_E_NAME:
        put_operand(x, e, b);
        break;
    case JQL_E_IN:
        explain_in(x, e, want, b);
        break;
    case JQL_E_QUANT:
        explain_quant(x, e, want, b);
        if (x->spent) /* as eval_quant does: the outermost loop is named */
            x->spent->loc = e->oploc;
        break;
    case JQL_E_IF:
        explain_if(x, e, want, b);
        break;
    default:
        fallback(e, want, b);
        break;
    }
}

/* ---- rendering ---------------------------------------------------------- */

/* `[word ]CLAUSE is WHAT` */
static void put_clause(struct jql_buf *b, const char *word, const struct jql_expr *e,
                       const char *what)
{
    if (word) {
        jql_buf_puts(b, word);
        jql_buf_putc(b, ' ');
    }
    jql_eval_put_src(b, e->loc);
    jql_buf_puts(b, " is ");
    jql_buf_puts(b, what);
}

/* A failed `require` explained with its operands' values, under a step budget of its
   own (explaining walks quantifiers further than deciding did); one that would take more
   is just the clause, `CLAUSE is false`: never a reason made of faulted values. */
static void put_failed(struct jql_evaluator *x, const struct jql_expr *e, struct jql_buf *b)
{
    int64_t left = x->steps_left;
    struct jql_fault *spent = x->spent;
    x->steps_left = x->max_steps;
    x->spent = NULL;
    x->base = x->top = 0;
    x->gap = (struct jql_eval_gap){0};
    size_t start = b->len;
    jql_eval_explain(x, e, false, b);
    if (x->spent) {
        b->len = start;
        put_clause(b, NULL, e, "false");
        x->gap = (struct jql_eval_gap){0};
    }
    x->steps_left = left;
    x->spent = spent;
}

/* The reason's text: a constant one returned, or written at the end of b (then NULL). */
static const char *reason_text(struct jql_evaluator *x, const struct jql_why *w,
                               struct jql_buf *b)
{
    x->gap = (struct jql_eval_gap){0};
    switch ((enum jql_why_kind)w->kind) {
    case JQL_WHY_NONE: return "";
    case JQL_WHY_TEXT: return w->text;
    case JQL_WHY_FAILED: put_failed(x, w->clause, b); break;
    case JQL_WHY_WHEN: put_clause(b, "when", w->clause, "false"); break;
    case JQL_WHY_UNLESS: put_clause(b, "unless", w->clause, "true"); break;
    case JQL_WHY_UNKNOWN:
        put_clause(b, w->word == JQL_WHY_WHEN ? "when" : w->word == JQL_WHY_UNLESS ? "unless"
                                                                                  : NULL,
                   w->clause, "unknown");
        break;
    case JQL_WHY_EMPTY:
        jql_buf_puts(b, x->p->facts[w->fact].name);
        jql_buf_puts(b, " has no elements");
        break;
    }
    jql_buf_putc(b, '\0');
    return NULL;
}

/* The gap of the reason just written, into r: its texts (`EXPR\0BY\0`) at the end of
   b, their position kept in r->why.gap_at until b stops moving. */
static void render_gap(struct jql_evaluator *x, struct jql_rrule *r, struct jql_buf *b)
{
    const struct jql_eval_gap *g = &x->gap;
    r->gap = (struct jql_gap){.dir = g->dir, .failing = g->failing};
    r->why.gap_at = -1;
    if (g->dir == JQL_GAP_NONE)
        return;
    r->why.gap_at = (long)b->len;
    jql_eval_put_src(b, g->expr->loc);
    jql_buf_putc(b, '\0');
    jql_value_put(b, g->by);
    jql_buf_putc(b, '\0');
}

/* Every reason of the employer is written into one buffer and every list of missing
   names into one array, both the evaluator's and reused (jql_eval_reuse) or new: the
   rules point into them once all are written (the buffer moves as it grows). */
void jql_eval_render(struct jql_evaluator *x, struct jql_remployer *out)
{
    struct jql_buf b = x->reuse ? x->text : (struct jql_buf){0};
    b.len = 0;
    if (!x->reuse)
        memset(&x->names, 0, sizeof x->names); /* the result keeps the old array */
    x->names.n = 0;
    for (int i = 0; i < out->nstds; i++)
        for (int j = 0; j < out->stds[i].nrules; j++) {
            struct jql_rrule *r = &out->stds[i].rules[j];
            size_t at = b.len;
            r->reason = reason_text(x, &r->why, &b);
            r->why.text_at = r->reason ? -1 : (long)at;
            render_gap(x, r, &b);
            r->why.names_at = r->why.nmiss ? missing_names(x, &r->why) : -1;
            r->nmissing = r->why.nmiss;
        }
    for (int i = 0; i < out->nstds; i++)
        for (int j = 0; j < out->stds[i].nrules; j++) {
            struct jql_rrule *r = &out->stds[i].rules[j];
            if (r->why.text_at >= 0)
                r->reason = b.s + r->why.text_at;
            r->missing = r->why.names_at >= 0 ? x->names.v + r->why.names_at : NULL;
            if (r->why.gap_at >= 0) {
                r->gap.expr = b.s + r->why.gap_at;
                r->gap.by = r->gap.expr + strlen(r->gap.expr) + 1;
            }
        }
    if (x->reuse)
        x->text = b;
}
