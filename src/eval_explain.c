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
   text). */
static void put_operand(struct jql_evaluator *x, const struct jql_expr *e, struct jql_buf *b)
{
    jql_eval_put_src(b, e->loc);
    if (is_literal(e))
        return;
    jql_buf_puts(b, " = ");
    jql_value_put(b, jql_eval_expr(x, e));
    put_source(x, e, b);
}

static void fallback(const struct jql_expr *e, bool want, struct jql_buf *b)
{
    jql_eval_put_src(b, e->loc);
    jql_buf_puts(b, want ? " is true" : " is false");
}

static void explain_cmp(struct jql_evaluator *x, const struct jql_expr *e, bool want,
                        struct jql_buf *b)
{
    enum jql_cmpop op = (enum jql_cmpop)e->op;
    put_operand(x, e->u.bin.a, b);
    jql_buf_putc(b, ' ');
    jql_buf_puts(b, jql_cmpop_str(want ? op : jql_cmpop_negate(op)));
    jql_buf_putc(b, ' ');
    put_operand(x, e->u.bin.b, b);
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

/* `job "Assistant": ...` for the first elements whose body is `elem_want`. */
static void explain_elements(struct jql_evaluator *x, const struct jql_expr *e, bool elem_want,
                             struct jql_buf *b)
{
    const struct jql_coll_value *c = jql_eval_coll(x, e);
    const char *coll = x->p->facts[e->index].name;
    int shown = 0;
    for (int i = 0; c->known && i < c->n; i++) {
        const struct jql_elem *el = &c->elems[i];
        int top = jql_eval_bind(x, e, el);
        if (top < 0)
            return;
        struct jql_value v = jql_eval_expr(x, e->u.quant.body);
        if (v.kind == JQL_V_BOOL && v.b == elem_want) {
            if (shown == MAX_ELEMS_SHOWN) {
                jql_buf_puts(b, "; \xe2\x80\xa6"); /* "; ..." as U+2026 */
                x->top = top;
                return;
            }
            jql_buf_printf(b, "%s%s %s: ", shown ? "; " : "", coll,
                           jql_value_format(jql_value_text(el->label)));
            jql_eval_explain(x, e->u.quant.body, elem_want, b);
            shown++;
        }
        x->top = top;
    }
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
        jql_buf_printf(b, "no %s satisfies ", x->p->facts[e->index].name);
        jql_eval_put_src(b, e->u.quant.body->loc);
    } else {
        fallback(e, want, b);
    }
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
        if (want) {
            fallback(e, want, b);
            break;
        }
        jql_eval_explain(x, e->u.bin.a, true, b);
        jql_buf_puts(b, " and ");
        jql_eval_explain(x, e->u.bin.b, false, b);
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
    size_t start = b->len;
    jql_eval_explain(x, e, false, b);
    if (x->spent) {
        b->len = start;
        put_clause(b, NULL, e, "false");
    }
    x->steps_left = left;
    x->spent = spent;
}

/* The reason's text: a constant one returned, or written at the end of b (then NULL). */
static const char *reason_text(struct jql_evaluator *x, const struct jql_why *w,
                               struct jql_buf *b)
{
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
            r->why.names_at = r->why.nmiss ? missing_names(x, &r->why) : -1;
            r->nmissing = r->why.nmiss;
        }
    for (int i = 0; i < out->nstds; i++)
        for (int j = 0; j < out->stds[i].nrules; j++) {
            struct jql_rrule *r = &out->stds[i].rules[j];
            if (r->why.text_at >= 0)
                r->reason = b.s + r->why.text_at;
            r->missing = r->why.names_at >= 0 ? x->names.v + r->why.names_at : NULL;
        }
    if (x->reuse)
        x->text = b;
}
