/*
** check_expr: resolves every name in an expression to a slot and types
** every node (docs/language.md §3, §6), annotating the AST in place for the
** evaluator. A subexpression that could not be typed gets JQL_T_ERROR and
** silences every error that would only follow from it.
*/
#include "check_int.h"

#include "limit.h"
#include "mem.h"
#include "words.h"

#include <string.h>

static void expr(struct chk *c, struct jql_expr *e, bool allow_coll);

static const struct jql_loc noloc = {0};

static struct jql_type t_err(void) { return jql_type_make(JQL_T_ERROR, 0); }
static struct jql_type t_bool(void) { return jql_type_make(JQL_T_BOOL, 0); }
static bool is_err(struct jql_type t) { return t.kind == JQL_T_ERROR; }

static const char *tname(struct jql_type t)
{
    return t.kind == JQL_T_COLLECTION ? "a collection" : jql_type_name(t);
}

/* Values that negate, add up and take abs(): numbers, money, rates, durations. */
static bool is_quantity(struct jql_type t)
{
    return t.kind == JQL_T_NUMBER || t.kind == JQL_T_MONEY || t.kind == JQL_T_RATE ||
           t.kind == JQL_T_DURATION;
}

static bool is_ordered(struct jql_type t) { return is_quantity(t) || t.kind == JQL_T_DATE; }

static void did_you_mean(struct jql_diag *dg, const char *name, const char **cands, int n)
{
    const char *alt = jql_suggest(name, cands, n);
    if (alt)
        jql_diag_note(dg, noloc, "did you mean '%s'?", alt);
}

/* ---- nesting (limit.h) ---- */

/* The expression being checked nests deeper than JQL_LIMIT_DEPTH, the lets it uses
   included (the evaluator recurses through them): at `at`, a use of let `used` (-1: a
   node reached through the lets being checked). Reported once per run; every let on
   the way fails quietly (let_depth -1), so nothing recurses further or cascades. */
static void too_deep(struct chk *c, struct jql_loc at, int used)
{
    for (int i = 0; i < c->nlet_stack; i++) {
        c->let_cycle[c->let_stack[i]] = true;
        c->let_depth[c->let_stack[i]] = -1;
    }
    if (c->deep_reported)
        return;
    c->deep_reported = true;
    struct jql_diag *dg = jql_diag_error(c->d, at, "expression nested too deeply (the limit is "
                                         "%d levels, counting the lets it uses)", JQL_LIMIT_DEPTH);
    int n = c->nlet_stack;
    if (used >= 0) {
        jql_diag_note(dg, noloc, "let '%s' is %d levels deep, the lets it uses included",
                      c->p->lets[used].name, c->let_depth[used]);
        return;
    }
    if (n == 0)
        return;
    struct jql_buf path = {0};
    for (int i = 0; i < n; i++) {
        if (n > 6 && i == 3) {
            jql_buf_puts(&path, " -> ...");
            i = n - 2;
            continue;
        }
        jql_buf_printf(&path, "%s'%s'", i ? " -> " : "", c->p->lets[c->let_stack[i]].name);
    }
    jql_diag_note(dg, noloc, "through %d lets: %s", n, jql_buf_str(&path)); /* n > 1 here */
}

/* A use of let l at the current level: its own levels count too. */
static void let_use_depth(struct chk *c, struct jql_expr *e, int l)
{
    int total = c->depth + c->let_depth[l];
    if (c->let_depth[l] < 0) { /* too deep itself (reported): so is every user */
        too_deep(c, e->loc, -1);
        e->type = t_err();
        return;
    }
    if (c->let_cycle[l])
        return;
    if (total > JQL_LIMIT_DEPTH) {
        too_deep(c, e->loc, l);
        e->type = t_err();
    } else if (total > c->max_depth) {
        c->max_depth = total;
    }
}

/* ---- quantifier levels (limit.h) ---- */

/* Levels are counted as the evaluator binds: from 1 in a rule condition, and a let's
   quantifiers above those around the place of its use. A let's body is checked once,
   on its own, so there it is only measured (let_binds): whether it passes the limit
   depends on where it is used, and only a condition is ever evaluated. */

/* The quantifier e has just bound level c->nbinds. */
static void quant_level(struct chk *c, const struct jql_expr *e)
{
    if (c->nbinds > c->max_binds)
        c->max_binds = c->nbinds;
    if (c->nlet_stack == 0 && c->nbinds == JQL_LIMIT_BINDINGS + 1)
        jql_diag_error(c->d, e->oploc, "quantifiers nested too deeply (the limit is %d levels)",
                       JQL_LIMIT_BINDINGS);
}

/* A use of let l inside c->nbinds quantifiers. Past the limit inside the let: reported
   here (once inside a level past it, that level's quantifier was reported). */
static void let_use_binds(struct chk *c, const struct jql_expr *e, int l)
{
    int total = c->nbinds + c->let_binds[l];
    if (total > c->max_binds)
        c->max_binds = total;
    if (c->nlet_stack > 0 || c->nbinds > JQL_LIMIT_BINDINGS || total <= JQL_LIMIT_BINDINGS)
        return;
    struct jql_diag *dg = jql_diag_error(c->d, e->loc, "quantifiers nested too deeply (the limit "
                                         "is %d levels, counting the lets it uses)",
                                         JQL_LIMIT_BINDINGS);
    jql_diag_note(dg, noloc, "%d levels: %d around this use and %d in let '%s', the lets it "
                  "uses included", total, c->nbinds, c->let_binds[l], c->p->lets[l].name);
}

/* ---- bool contexts ---- */

static void want_bool(struct chk *c, struct jql_expr *e, const char *what)
{
    expr(c, e, false);
    if (!is_err(e->type) && e->type.kind != JQL_T_BOOL)
        jql_diag_error(c->d, e->loc, "'%s' needs a bool condition, found %s", what,
                       tname(e->type));
}

static void operand_bool(struct chk *c, struct jql_expr *e, const char *op)
{
    expr(c, e, false);
    if (!is_err(e->type) && e->type.kind != JQL_T_BOOL)
        jql_diag_error(c->d, e->loc, "operand of '%s' must be bool, found %s", op,
                       tname(e->type));
}

/* ---- names ---- */

static int find_binding(const struct chk *c, const char *name)
{
    for (int i = c->nbinds - 1; i >= c->bind_base; i--)
        if (strcmp(c->binds[i].name, name) == 0)
            return i;
    return -1;
}

/* `v.member` where v is a quantifier variable. */
static void member_ref(struct chk *c, struct jql_expr *e, int b)
{
    const struct jql_program *p = c->p;
    int coll = c->binds[b].coll;
    e->var = b - c->bind_base;
    if (e->u.name.nsegs == 1) {
        jql_diag_error(c->d, e->loc, "quantifier variable '%s' needs a member, like '%s.name'",
                       e->u.name.text, e->u.name.text);
        return;
    }
    if (coll < 0)
        return; /* the range did not resolve: already reported */
    const char *var = e->u.name.segs[0];
    const char *member = e->u.name.text + strlen(var) + 1;
    int f = jql_program_fact(p, jql_sprintf("%s.%s", p->facts[coll].name, member));
    if (f >= 0 && p->facts[f].kind == JQL_FACT_MEMBER && p->facts[f].coll == coll) {
        e->ref = p->facts[f].slot == 0 ? JQL_REF_ELEM_NAME : JQL_REF_MEMBER;
        e->index = f;
        e->type = p->facts[f].type;
        return;
    }
    struct jql_diag *dg = jql_diag_error(c->d, e->loc, "collection '%s' has no member '%s'",
                                         p->facts[coll].name, member);
    JQL_VEC(const char *) cands = {0};
    for (int i = 0; i < p->nfacts; i++)
        if (p->facts[i].kind == JQL_FACT_MEMBER && p->facts[i].coll == coll)
            JQL_VEC_PUSH(cands, jql_sprintf("%s.%s", var,
                                            p->facts[i].name + strlen(p->facts[coll].name) + 1));
    did_you_mean(dg, e->u.name.text, cands.v, cands.n);
}

static void fact_ref(struct chk *c, struct jql_expr *e, int f, bool allow_coll)
{
    const struct jql_fact_info *fi = &c->p->facts[f];
    /* every fact reference holds the fact id; the slot is one step away */
    if (fi->kind == JQL_FACT_SCALAR) {
        e->ref = JQL_REF_FACT;
        e->index = f;
        e->type = fi->type;
    } else if (fi->kind == JQL_FACT_COLLECTION && allow_coll) {
        e->ref = JQL_REF_COLL;
        e->index = f;
        e->type = fi->type;
    } else if (fi->kind == JQL_FACT_COLLECTION) {
        struct jql_diag *dg = jql_diag_error(c->d, e->loc,
            "collection '%s' can only be used as a quantifier range or with 'is known'",
            fi->name);
        jql_diag_note(dg, noloc, "for example: any x in %s: ...", fi->name);
    } else {
        const char *coll = c->p->facts[fi->coll].name;
        struct jql_diag *dg = jql_diag_error(c->d, e->loc,
            "member '%s' must be used through a quantifier variable", fi->name);
        jql_diag_note(dg, noloc, "for example: all x in %s: x.%s ...", coll,
                      fi->name + strlen(coll) + 1);
    }
}

static void unknown_name(struct chk *c, struct jql_expr *e)
{
    const struct jql_program *p = c->p;
    const char *text = e->u.name.text;
    struct jql_diag *dg = e->u.name.nsegs > 1
                              ? jql_diag_error(c->d, e->loc, "unknown fact '%s'", text)
                              : jql_diag_error(c->d, e->loc, "unknown name '%s'", text);
    JQL_VEC(const char *) cands = {0};
    for (int i = 0; i < p->nfacts; i++)
        if (p->facts[i].kind != JQL_FACT_MEMBER)
            JQL_VEC_PUSH(cands, p->facts[i].name);
    for (int i = 0; i < p->nparams; i++)
        JQL_VEC_PUSH(cands, p->params[i].name);
    for (int i = 0; i < p->nlets; i++)
        if (p->lets[i].standard < 0 || p->lets[i].standard == c->std)
            JQL_VEC_PUSH(cands, p->lets[i].name);
    for (int i = c->bind_base; i < c->nbinds; i++)
        JQL_VEC_PUSH(cands, c->binds[i].name);
    if (jql_program_table(p, text) >= 0)
        jql_diag_note(dg, noloc, "'%s' is a table: look a value up with %s[key]", text, text);
    else
        did_you_mean(dg, text, cands.v, cands.n);
}

static void name_expr(struct chk *c, struct jql_expr *e, bool allow_coll)
{
    const char *first = e->u.name.segs[0];
    e->type = t_err();
    e->ref = JQL_REF_NONE;
    int b = find_binding(c, first);
    if (b >= 0) {
        member_ref(c, e, b);
        return;
    }
    if (e->u.name.nsegs == 1) {
        int l = jql_check_find_let(c, first);
        if (l >= 0) {
            e->ref = JQL_REF_LET;
            e->index = l;
            e->type = jql_check_let(c, l);
            let_use_depth(c, e, l);
            let_use_binds(c, e, l);
            return;
        }
        int pm = jql_program_param(c->p, first);
        if (pm >= 0) {
            e->ref = JQL_REF_PARAM;
            e->index = pm;
            e->type = c->p->params[pm].type;
            return;
        }
    }
    int f = jql_program_fact(c->p, e->u.name.text);
    if (f >= 0) {
        fact_ref(c, e, f, allow_coll);
    } else if (strcmp(e->u.name.text, JQL_WORD_TODAY) == 0) {
        e->ref = JQL_REF_TODAY;
        e->type = jql_type_make(JQL_T_DATE, 0);
    } else {
        unknown_name(c, e);
    }
}

/* ---- enumerations (docs/language.md §3, Comparisons) ---- */

static const char *enum_owner(const struct chk *c, const struct jql_expr *e)
{
    if (e->kind != JQL_E_NAME)
        return "this enumeration";
    if (e->ref == JQL_REF_MEMBER)
        return jql_sprintf("'%s'", c->p->facts[e->index].name);
    return jql_sprintf("'%s'", e->u.name.text);
}

/* A text literal compared with an enumeration must be one of its values. */
static void enum_check(struct chk *c, const struct jql_expr *en, const struct jql_expr *lit)
{
    const struct jql_enum *enm = en->type.enm;
    if (en->type.kind != JQL_T_TEXT || !enm || lit->kind != JQL_E_LIT ||
        lit->u.lit.kind != JQL_V_TEXT)
        return;
    for (int i = 0; i < enm->n; i++)
        if (strcmp(enm->values[i], lit->u.lit.u.s) == 0)
            return;
    struct jql_diag *dg = jql_diag_error(c->d, lit->loc, "%s is not a value of %s",
                                         jql_value_format(lit->u.lit), enum_owner(c, en));
    jql_enum_notes(dg, enm, lit->u.lit.u.s);
}

/* ---- operators ---- */

/* Hints for the unit mistakes docs/language.md §3 singles out: durations
   of different groups, rates of different periods, a rate times a duration of
   the wrong group, a date moved by hours. */
static void unit_hint(struct jql_diag *dg, struct jql_type a, struct jql_type b)
{
    if (a.kind == JQL_T_DURATION && b.kind == JQL_T_DURATION && a.sub != b.sub) {
        bool hd = (a.sub == JQL_DUR_HOURS) != (b.sub == JQL_DUR_HOURS) &&
                  (a.sub == JQL_DUR_DAYS || b.sub == JQL_DUR_DAYS);
        jql_diag_note(dg, noloc, "durations of different groups (hours, days, months) never mix; "
                                 "say how many %s, explicitly",
                      hd ? "hours a day is" : a.sub == JQL_DUR_HOURS || b.sub == JQL_DUR_HOURS
                                                  ? "hours a month is"
                                                  : "days a month is");
    } else if (a.kind == JQL_T_RATE && b.kind == JQL_T_RATE && a.sub != b.sub) {
        jql_diag_note(dg, noloc, "rates of different periods never mix (except month and year); "
                                 "convert with annual() or hourly()");
    }
}

/* `rate * duration` and `date +- duration` need matching groups (docs/language.md §3). */
static void arith_hint(struct jql_diag *dg, enum jql_binop op, struct jql_type a,
                       struct jql_type b)
{
    if (op == JQL_OP_MUL && b.kind == JQL_T_RATE && a.kind == JQL_T_DURATION) {
        struct jql_type t = a;
        a = b;
        b = t;
    }
    if (op == JQL_OP_MUL && a.kind == JQL_T_RATE && b.kind == JQL_T_DURATION) {
        static const char *const group[] = {"hours", "days or weeks", "months or years",
                                            "months or years"};
        jql_diag_note(dg, noloc, "a money/%s rate multiplies a duration in %s",
                      jql_period_name((enum jql_period)a.sub), group[a.sub & 3]);
    } else if ((op == JQL_OP_ADD || op == JQL_OP_SUB) && a.kind == JQL_T_DATE &&
               b.kind == JQL_T_DURATION) {
        jql_diag_note(dg, noloc, "a date moves by days, weeks, months or years, not hours");
    } else {
        unit_hint(dg, a, b);
    }
}

static void arith_expr(struct chk *c, struct jql_expr *e)
{
    struct jql_expr *a = e->u.bin.a, *b = e->u.bin.b;
    expr(c, a, false);
    expr(c, b, false);
    e->type = t_err();
    if (is_err(a->type) || is_err(b->type))
        return;
    if (jql_type_binop((enum jql_binop)e->op, a->type, b->type, &e->type))
        return;
    e->type = t_err();
    struct jql_diag *dg = jql_diag_error(c->d, e->oploc, "operator '%s' cannot combine %s and %s",
                                         jql_binop_str((enum jql_binop)e->op), tname(a->type),
                                         tname(b->type));
    arith_hint(dg, (enum jql_binop)e->op, a->type, b->type);
}

static bool is_textish(struct jql_type t) { return t.kind == JQL_T_TEXT; }

static void cmp_expr(struct chk *c, struct jql_expr *e)
{
    struct jql_expr *a = e->u.bin.a, *b = e->u.bin.b;
    expr(c, a, false);
    expr(c, b, false);
    e->type = t_bool();
    if (is_err(a->type) || is_err(b->type))
        return;
    enum jql_cmpop op = (enum jql_cmpop)e->op;
    if (jql_type_comparable(op, a->type, b->type)) {
        if (op == JQL_CMP_EQ || op == JQL_CMP_NE) {
            enum_check(c, a, b);
            enum_check(c, b, a);
        }
        return;
    }
    if (is_textish(a->type) && is_textish(b->type)) {
        jql_diag_error(c->d, e->oploc, "operator '%s' does not apply to text; "
                       "text compares only with == and !=", jql_cmpop_str(op));
        return;
    }
    struct jql_diag *dg = jql_diag_error(c->d, e->oploc, "cannot compare %s with %s",
                                         tname(a->type), tname(b->type));
    unit_hint(dg, a->type, b->type);
}

static void in_list_literal(struct chk *c, struct jql_expr *a, struct jql_expr *list)
{
    list->type = jql_type_make(JQL_T_LIST, 0);
    for (int i = 0; i < list->u.list.n; i++) {
        struct jql_expr *item = list->u.list.items[i];
        expr(c, item, false);
        if (is_err(a->type) || is_err(item->type))
            continue;
        if (!jql_type_comparable(JQL_CMP_EQ, a->type, item->type))
            jql_diag_error(c->d, item->loc, "'in' list item is %s, but the left side is %s",
                           tname(item->type), tname(a->type));
        else
            enum_check(c, a, item);
    }
}

static void in_expr(struct chk *c, struct jql_expr *e)
{
    struct jql_expr *a = e->u.bin.a, *b = e->u.bin.b;
    expr(c, a, false);
    e->type = t_bool();
    if (b->kind == JQL_E_LIST) {
        in_list_literal(c, a, b);
        return;
    }
    expr(c, b, false);
    if (is_err(b->type))
        return;
    if (b->type.kind != JQL_T_LIST)
        jql_diag_error(c->d, b->loc, "right side of 'in' must be a list, found %s",
                       tname(b->type));
    else if (!is_err(a->type) && a->type.kind != JQL_T_TEXT)
        jql_diag_error(c->d, a->loc, "'in' a list of text needs text on the left, found %s",
                       tname(a->type));
}

static void neg_expr(struct chk *c, struct jql_expr *e)
{
    struct jql_expr *a = e->u.un.a;
    expr(c, a, false);
    e->type = a->type;
    if (is_err(a->type))
        return;
    if (!is_quantity(a->type)) {
        jql_diag_error(c->d, e->oploc, "unary '-' cannot apply to %s", tname(a->type));
        e->type = t_err();
    } else if (a->type.kind == JQL_T_NUMBER && a->type.sub == JQL_NUM_COUNT) {
        e->type = jql_type_make(JQL_T_NUMBER, JQL_NUM_NUMBER); /* a count is never negative */
    }
}

static void if_expr(struct chk *c, struct jql_expr *e)
{
    struct jql_expr *t = e->u.cond.t, *f = e->u.cond.e;
    want_bool(c, e->u.cond.c, "if");
    expr(c, t, false);
    expr(c, f, false);
    if (is_err(t->type) || is_err(f->type)) {
        e->type = is_err(t->type) ? f->type : t->type;
        return;
    }
    e->type = t->type;
    if (!jql_type_compatible(t->type, f->type)) {
        jql_diag_error(c->d, e->oploc, "branches of 'if' have different types: %s and %s",
                       tname(t->type), tname(f->type));
        e->type = t_err();
    }
}

/* ---- quantifiers ---- */

static const char *const quant_names[] = {"all", "any", "none", "count",
                                          "sum", "min", "max", "share"};

/* The collection a quantifier ranges over: its fact id, or -1 (reported). */
static int quant_range(struct chk *c, const struct jql_expr *e)
{
    const struct jql_program *p = c->p;
    const char *name = e->u.quant.coll;
    int f = jql_program_fact(p, name);
    if (f >= 0 && p->facts[f].kind == JQL_FACT_COLLECTION)
        return f;
    if (f < 0) {
        struct jql_diag *dg = jql_diag_error(c->d, e->u.quant.coll_loc,
                                             "unknown collection '%s'", name);
        JQL_VEC(const char *) cands = {0};
        for (int i = 0; i < p->nfacts; i++)
            if (p->facts[i].kind == JQL_FACT_COLLECTION)
                JQL_VEC_PUSH(cands, p->facts[i].name);
        did_you_mean(dg, name, cands.v, cands.n);
        return -1;
    }
    struct jql_diag *dg = jql_diag_error(c->d, e->u.quant.coll_loc,
                                         "'%s' is not a collection; quantifiers range over "
                                         "collections", name);
    if (p->facts[f].type.kind == JQL_T_LIST)
        jql_diag_note(dg, noloc, "to test membership in a list of text, use 'in'");
    return -1;
}

/* docs/language.md §6, Names: a quantifier variable may not reuse a visible name. */
static void quant_var_name(struct chk *c, const struct jql_expr *e)
{
    const char *v = e->u.quant.var;
    struct jql_loc at = e->u.quant.var_loc;
    int f;
    if (find_binding(c, v) >= 0)
        jql_diag_error(c->d, at, "quantifier variable '%s' is already bound by an enclosing "
                       "quantifier", v);
    else if (jql_check_find_let(c, v) >= 0)
        jql_diag_error(c->d, at, "quantifier variable '%s' reuses the name of a let", v);
    else if (jql_program_param(c->p, v) >= 0)
        jql_diag_error(c->d, at, "quantifier variable '%s' reuses the name of a param", v);
    else if ((f = jql_check_first_seg_fact(c, v)) >= 0)
        jql_diag_error(c->d, at, "quantifier variable '%s' reuses the first segment of fact '%s'",
                       v, c->p->facts[f].name);
}

static void push_binding(struct chk *c, const char *name, int coll)
{
    if (c->nbinds == c->bind_cap) {
        c->bind_cap = c->bind_cap ? 2 * c->bind_cap : 8;
        c->binds = jql_realloc(c->binds, (size_t)c->bind_cap * sizeof *c->binds);
    }
    c->binds[c->nbinds++] = (struct chk_binding){name, coll};
}

static struct jql_type quant_result(struct chk *c, const struct jql_expr *e)
{
    const struct jql_expr *body = e->u.quant.body;
    const char *q = quant_names[e->u.quant.qkind];
    switch (e->u.quant.qkind) {
    case JQL_Q_COUNT:
        return jql_type_make(JQL_T_NUMBER, JQL_NUM_COUNT);
    case JQL_Q_SHARE:
        return jql_type_make(JQL_T_NUMBER, JQL_NUM_PERCENT);
    case JQL_Q_SUM:
        if (is_err(body->type) || is_quantity(body->type))
            return body->type;
        jql_diag_error(c->d, body->loc, "'sum' needs a number, money, rate or duration to add, "
                       "found %s", tname(body->type));
        return t_err();
    case JQL_Q_MIN:
    case JQL_Q_MAX:
        if (is_err(body->type) || is_ordered(body->type))
            return body->type;
        jql_diag_error(c->d, body->loc, "'%s' needs values with an order (numbers, money, rates, "
                       "durations, dates), found %s", q, tname(body->type));
        return t_err();
    default:
        return t_bool();
    }
}

static void quant_expr(struct chk *c, struct jql_expr *e)
{
    uint8_t q = e->u.quant.qkind;
    int coll = quant_range(c, e);
    quant_var_name(c, e);
    e->index = coll;
    e->var = c->nbinds - c->bind_base;
    push_binding(c, e->u.quant.var, coll);
    quant_level(c, e);
    struct jql_expr *w = e->u.quant.weight;
    if (w) {
        expr(c, w, false);
        if (!is_err(w->type) && !jql_type_is_numeric(w->type))
            jql_diag_error(c->d, w->loc, "weight of 'share' must be a number, found %s",
                           tname(w->type));
    }
    if (q == JQL_Q_SUM || q == JQL_Q_MIN || q == JQL_Q_MAX)
        expr(c, e->u.quant.body, false);
    else
        want_bool(c, e->u.quant.body, quant_names[q]);
    c->nbinds--;
    e->type = quant_result(c, e);
}

/* ---- built-in functions ---- */

struct builtin {
    const char *name;
    enum jql_builtin fn;
    int min, max; /* arity; max -1: unbounded */
};

static const struct builtin builtins[] = {
#define X(id, name, least, most) {name, JQL_FN_##id, least, most},
    JQL_BUILTINS(X)
#undef X
};
#define NBUILTINS JQL_COUNT(builtins)

static const struct builtin *find_builtin(struct chk *c, const struct jql_expr *e)
{
    const char *names[NBUILTINS];
    for (int i = 0; i < NBUILTINS; i++) {
        if (strcmp(builtins[i].name, e->u.call.fn) == 0)
            return &builtins[i];
        names[i] = builtins[i].name;
    }
    struct jql_diag *dg = jql_diag_error(c->d, e->oploc, "unknown function '%s'", e->u.call.fn);
    if (jql_suggest(e->u.call.fn, names, NBUILTINS)) {
        did_you_mean(dg, e->u.call.fn, names, NBUILTINS);
    } else {
        struct jql_buf all = {0};
        for (int i = 0; i < NBUILTINS; i++)
            jql_buf_printf(&all, "%s%s", i ? ", " : "", names[i]);
        jql_diag_note(dg, noloc, "the functions are %s", jql_buf_str(&all));
    }
    return NULL;
}

static bool arity_ok(struct chk *c, const struct jql_expr *e, const struct builtin *b)
{
    int n = e->u.call.nargs;
    if (n >= b->min && (b->max < 0 || n <= b->max))
        return true;
    if (b->max < 0)
        jql_diag_error(c->d, e->oploc, "'%s' takes at least %d arguments, found %d", b->name,
                       b->min, n);
    else
        jql_diag_error(c->d, e->oploc, "'%s' takes %d argument%s, found %d", b->name, b->min,
                       b->min == 1 ? "" : "s", n);
    return false;
}

/* Reports `arg` unless it has an acceptable type; false when it does not. */
static bool arg_ok(struct chk *c, const struct jql_expr *arg, bool ok, const char *fn,
                   const char *wanted)
{
    if (is_err(arg->type) || ok)
        return true;
    jql_diag_error(c->d, arg->loc, "'%s' needs %s, found %s", fn, wanted, tname(arg->type));
    return false;
}

static struct jql_type minmax_call(struct chk *c, const struct jql_expr *e, const char *fn)
{
    struct jql_expr **args = e->u.call.args;
    struct jql_type t = t_err();
    for (int i = 0; i < e->u.call.nargs; i++) {
        struct jql_type at = args[i]->type;
        if (is_err(at))
            continue;
        if (!is_ordered(at)) {
            jql_diag_error(c->d, args[i]->loc, "'%s' needs values with an order (numbers, "
                           "money, rates, durations, dates), found %s", fn, tname(at));
            return t_err();
        }
        if (is_err(t)) {
            t = at;
        } else if (!jql_type_compatible(t, at)) {
            struct jql_diag *dg = jql_diag_error(c->d, args[i]->loc,
                "arguments of '%s' have different types: %s and %s", fn, tname(t), tname(at));
            unit_hint(dg, t, at);
            return t_err();
        }
    }
    return t;
}

static bool is_places_literal_ok(const struct jql_expr *p)
{
    if (p->kind == JQL_E_NEG && p->u.un.a->kind == JQL_E_LIT)
        return jql_dec_is_zero(p->u.un.a->u.lit.u.d);
    if (p->kind != JQL_E_LIT)
        return true; /* checked when evaluated */
    return jql_dec_is_whole(p->u.lit.u.d) && !jql_dec_is_neg(p->u.lit.u.d);
}

static struct jql_type round_call(struct chk *c, const struct jql_expr *e)
{
    struct jql_expr *x = e->u.call.args[0], *places = e->u.call.args[1];
    bool ok = arg_ok(c, x, is_quantity(x->type), "round", "a number, money, rate or duration");
    if (!is_err(places->type) && !jql_type_is_numeric(places->type)) {
        jql_diag_error(c->d, places->loc, "places of 'round' must be a number, found %s",
                       tname(places->type));
    } else if (!is_err(places->type) && !is_places_literal_ok(places)) {
        jql_diag_error(c->d, places->loc, "places of 'round' must be a whole number, 0 or more");
    }
    return ok ? x->type : t_err();
}

static struct jql_type call_type(struct chk *c, const struct jql_expr *e, const struct builtin *b)
{
    struct jql_expr **args = e->u.call.args;
    switch (b->fn) {
    case JQL_FN_ANNUAL:
    case JQL_FN_HOURLY:
        arg_ok(c, args[0], args[0]->type.kind == JQL_T_RATE, b->name,
               "a pay rate, like $18.25/hour");
        return jql_type_make(JQL_T_RATE, b->fn == JQL_FN_ANNUAL ? JQL_PER_YEAR : JQL_PER_HOUR);
    case JQL_FN_MIN:
    case JQL_FN_MAX:
        return minmax_call(c, e, b->name);
    case JQL_FN_ABS:
        return arg_ok(c, args[0], is_quantity(args[0]->type), b->name,
                      "a number, money, rate or duration") ? args[0]->type : t_err();
    case JQL_FN_ROUND:
        return round_call(c, e);
    case JQL_FN_LENGTH:
        arg_ok(c, args[0], args[0]->type.kind == JQL_T_TEXT || args[0]->type.kind == JQL_T_LIST,
               b->name, "text or a list of text");
        return jql_type_make(JQL_T_NUMBER, JQL_NUM_COUNT);
    case JQL_FN_CONTAINS:
        for (int i = 0; i < 2; i++)
            arg_ok(c, args[i], args[i]->type.kind == JQL_T_TEXT, b->name, "text");
        return t_bool();
    case JQL_FN_STARTS_WITH:
        arg_ok(c, args[0], args[0]->type.kind == JQL_T_TEXT, b->name, "text");
        arg_ok(c, args[1], args[1]->type.kind == JQL_T_TEXT || args[1]->type.kind == JQL_T_LIST,
               b->name, "text or a list of text");
        return t_bool();
    default:
        return t_err();
    }
}

/* The prefixes of starts_with may be a list in brackets, of text items. */
static void prefix_list(struct chk *c, struct jql_expr *list)
{
    list->type = jql_type_make(JQL_T_LIST, 0);
    for (int i = 0; i < list->u.list.n; i++) {
        struct jql_expr *item = list->u.list.items[i];
        expr(c, item, false);
        if (!is_err(item->type) && item->type.kind != JQL_T_TEXT)
            jql_diag_error(c->d, item->loc, "a prefix of 'starts_with' is text, found %s",
                           tname(item->type));
    }
}

static void call_expr(struct chk *c, struct jql_expr *e)
{
    e->type = t_err();
    e->ref = JQL_FN_NONE;
    bool prefixes = strcmp(e->u.call.fn, "starts_with") == 0 && e->u.call.nargs == 2 &&
                    e->u.call.args[1]->kind == JQL_E_LIST;
    for (int i = 0; i < e->u.call.nargs; i++)
        if (i == 1 && prefixes)
            prefix_list(c, e->u.call.args[1]);
        else
            expr(c, e->u.call.args[i], false);
    const struct builtin *b = find_builtin(c, e);
    if (!b || !arity_ok(c, e, b))
        return;
    e->ref = (uint8_t)b->fn;
    e->type = call_type(c, e, b);
}

/* ---- dispatch ---- */

static void expr_kind(struct chk *c, struct jql_expr *e, bool allow_coll)
{
    switch (e->kind) {
    case JQL_E_LIT:
        e->type = jql_value_type(e->u.lit);
        break;
    case JQL_E_NAME:
        name_expr(c, e, allow_coll);
        break;
    case JQL_E_NEG:
        neg_expr(c, e);
        break;
    case JQL_E_NOT:
        operand_bool(c, e->u.un.a, "not");
        e->type = t_bool();
        break;
    case JQL_E_AND:
    case JQL_E_OR:
    case JQL_E_IMPLIES: {
        const char *op = e->kind == JQL_E_AND ? "and" : e->kind == JQL_E_OR ? "or" : "implies";
        operand_bool(c, e->u.bin.a, op);
        operand_bool(c, e->u.bin.b, op);
        e->type = t_bool();
        break;
    }
    case JQL_E_ARITH:
        arith_expr(c, e);
        break;
    case JQL_E_CMP:
        cmp_expr(c, e);
        break;
    case JQL_E_IN:
        in_expr(c, e);
        break;
    case JQL_E_KNOWN:
        expr(c, e->u.un.a, true);
        e->type = t_bool();
        break;
    case JQL_E_QUANT:
        quant_expr(c, e);
        break;
    case JQL_E_IF:
        if_expr(c, e);
        break;
    case JQL_E_CALL:
        call_expr(c, e);
        break;
    case JQL_E_LOOKUP:
        for (int i = 0; i < e->u.call.nargs; i++)
            expr(c, e->u.call.args[i], false);
        jql_check_lookup(c, e);
        break;
    case JQL_E_LIST:
        for (int i = 0; i < e->u.list.n; i++)
            expr(c, e->u.list.items[i], false);
        jql_diag_error(c->d, e->loc, "a list in brackets can only follow 'in' or 'not in'");
        e->type = t_err();
        break;
    }
}

/* One level deeper: the parser bounds each tree, but lets add their levels to it. */
static void expr(struct chk *c, struct jql_expr *e, bool allow_coll)
{
    if (c->depth >= JQL_LIMIT_DEPTH) {
        too_deep(c, e->loc, -1);
        e->type = t_err();
        return;
    }
    if (++c->depth > c->max_depth)
        c->max_depth = c->depth;
    expr_kind(c, e, allow_coll);
    c->depth--;
}

void jql_check_condition(struct chk *c, struct jql_expr *e, const char *what)
{
    c->nbinds = c->bind_base = 0;
    c->depth = c->max_depth = 0;
    c->max_binds = 0;
    want_bool(c, e, what);
}

/* ---- lets ---- */

static void report_cycle(struct chk *c, int slot)
{
    int from = c->nlet_stack - 1;
    while (from > 0 && c->let_stack[from] != slot)
        from--;
    if (c->let_cycle[slot])
        return;
    struct jql_buf path = {0};
    for (int i = from; i < c->nlet_stack; i++) {
        c->let_cycle[c->let_stack[i]] = true;
        jql_buf_printf(&path, "%s -> ", c->p->lets[c->let_stack[i]].name);
    }
    jql_buf_puts(&path, c->p->lets[slot].name);
    jql_diag_error(c->d, c->p->lets[slot].loc, "let '%s' depends on itself: %s",
                   c->p->lets[slot].name, jql_buf_str(&path));
}

struct jql_type jql_check_let(struct chk *c, int slot)
{
    struct jql_let_info *l = &c->p->lets[slot];
    if (c->let_state[slot] == CHK_LET_DONE)
        return c->let_cycle[slot] ? t_err() : l->expr->type;
    if (c->let_state[slot] == CHK_LET_BUSY) {
        report_cycle(c, slot);
        return t_err();
    }
    /* a let body is its own expression tree: no quantifier variables, its own standard;
       its levels add to those of the expression that uses it */
    int std = c->std, base = c->bind_base, n = c->nbinds, max = c->max_depth;
    int maxb = c->max_binds;
    c->max_depth = c->depth;
    c->max_binds = n;
    c->std = l->standard;
    c->bind_base = c->nbinds;
    c->let_state[slot] = CHK_LET_BUSY;
    c->let_stack[c->nlet_stack++] = slot;
    expr(c, l->expr, false);
    c->nlet_stack--;
    if (c->let_depth[slot] == 0)
        c->let_depth[slot] = c->max_depth - c->depth;
    if (max > c->max_depth)
        c->max_depth = max;
    c->let_binds[slot] = c->max_binds - n;
    if (maxb > c->max_binds)
        c->max_binds = maxb;
    c->let_state[slot] = CHK_LET_DONE;
    c->std = std;
    c->bind_base = base;
    c->nbinds = n;
    return c->let_cycle[slot] ? t_err() : l->expr->type;
}
