/*
** lint: the checks of `jqlc lint` (docs/lint.md). What the checker accepts can still
** be a mistake a policy author wants to hear about: a fact or param nothing reads, a
** rule a reader cannot trace or act on, a `when` that rules the rule out for every
** employer, a standard no tier counts, a condition written twice. Uses are gathered
** once over the whole program; then each linted file is walked with its own ignore
** comments, so a warning is silenced (or an ignore found stale) per file.
*/
#include "lint.h"

#include "mem.h"
#include "report.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* One code of a `# jqlc: ignore[...]` comment: the line it silences. */
struct lint_ignore {
    int line;
    struct jql_loc loc; /* the code in the comment */
    enum jql_lint_code code;
    bool used;
    int seq; /* order of reading, for a stable sort */
};

struct lint {
    const struct jql_program *p;
    struct jql_diags *d;
    bool *fact_used;  /* per fact id */
    bool *param_used; /* per param slot */
    bool *std_counts; /* per standard: a tier or a goal names it */
    /* per file (by load order): the first tier declared in it or in a file importing it,
       directly or not (the tiers built over its standards); NULL when none */
    const struct jql_tier **tier_over;
    struct jql_rulefile *const *files; int nfiles;
    struct lint_ignore *ign; int nign; /* the current file's, by line (then by order) */
    int next_std, next_file; /* where the searches of standard_index and file_of start */
    int nwarn;
};

static const char *const lint_names[] = {
    NULL,
#define X(id, n, name) name,
    JQL_LINT_CODES(X)
#undef X
};

const char *jql_lint_code_name(enum jql_lint_code c)
{
    return c > JQL_LINT_NONE && c < JQL_LINT_NCODES ? lint_names[c] : NULL;
}

enum jql_lint_code jql_lint_code_named(const char *s)
{
    for (int c = JQL_LINT_NONE + 1; c < JQL_LINT_NCODES; c++)
        if (strcmp(s, lint_names[c]) == 0)
            return (enum jql_lint_code)c;
    return JQL_LINT_NONE;
}

static int line_of(struct jql_loc loc)
{
    int line, col;
    jql_source_linecol(loc.src, loc.start, &line, &col);
    return line;
}

/* The ignore of `code` on `line`, or NULL: a binary search of the sorted ignores, then
   the few of that line (at most one per code). */
static struct lint_ignore *find_ignore(struct lint *L, int line, enum jql_lint_code code)
{
    int lo = 0, hi = L->nign;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (L->ign[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < L->nign && L->ign[i].line == line; i++)
        if (L->ign[i].code == code)
            return &L->ign[i];
    return NULL;
}

/* A finding, unless an ignore comment of its line names its code (then that ignore
   counts as used). NULL when silenced: the caller adds notes only to a warning. */
static struct jql_diag *lint_warn(struct lint *L, enum jql_lint_code code, struct jql_loc loc,
                                  const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static struct jql_diag *lint_warn(struct lint *L, enum jql_lint_code code, struct jql_loc loc,
                                  const char *fmt, ...)
{
    struct lint_ignore *g = find_ignore(L, line_of(loc), code);
    if (g) {
        g->used = true;
        return NULL;
    }
    va_list ap;
    va_start(ap, fmt);
    const char *msg = jql_vsprintf(fmt, ap);
    va_end(ap);
    L->nwarn++;
    return jql_diag_warning(L->d, loc, "%s [%s]", msg, jql_lint_code_name(code));
}

/* The longest expression text a message quotes, in bytes, before it is cut with "...". */
enum { LINT_TEXT_MAX = 80 };

/* An expression's text on one line, for a message (cut after LINT_TEXT_MAX bytes). */
static const char *expr_text(const struct jql_expr *e)
{
    return jql_ast_expr_text(e, LINT_TEXT_MAX);
}

/* ---- uses, over the whole program ---- */

static void use_expr(struct lint *L, const struct jql_expr *e)
{
    if (!e)
        return;
    if (e->kind == JQL_E_NAME) {
        switch (e->ref) {
        case JQL_REF_FACT: case JQL_REF_COLL: case JQL_REF_MEMBER:
            if (e->index >= 0 && e->index < L->p->nfacts)
                L->fact_used[e->index] = true;
            break;
        case JQL_REF_PARAM:
            if (e->index >= 0 && e->index < L->p->nparams)
                L->param_used[e->index] = true;
            break;
        default:
            break;
        }
    } else if (e->kind == JQL_E_QUANT && e->index >= 0 && e->index < L->p->nfacts) {
        L->fact_used[e->index] = true;
    }
    struct jql_expr *buf[3];
    struct jql_expr *const *v;
    int n = jql_ast_children(e, buf, &v);
    for (int i = 0; i < n; i++)
        use_expr(L, v[i]);
}

static void use_exprs(struct lint *L, struct jql_expr *const *v, int n)
{
    for (int i = 0; i < n; i++)
        use_expr(L, v[i]);
}

static void use_standard(struct lint *L, const struct jql_standard *s)
{
    for (int i = 0; i < s->nlets; i++)
        use_expr(L, s->lets[i]->expr);
    for (int i = 0; i < s->nrules; i++) {
        const struct jql_rule *r = s->rules[i];
        use_exprs(L, r->requires, r->nrequires);
        use_exprs(L, r->whens, r->nwhens);
        use_exprs(L, r->unlesses, r->nunlesses);
    }
    if (s->kof.param && s->kof.param_slot >= 0 && s->kof.param_slot < L->p->nparams)
        L->param_used[s->kof.param_slot] = true;
}

/* Which standards count toward something: a tier's `requires`, or a goal `passing` it. */
static void use_tiers_goals(struct lint *L)
{
    const struct jql_program *p = L->p;
    for (int t = 0; t < p->ntiers; t++)
        for (int r = 0; r < p->tiers[t]->nreqs; r++) {
            const struct jql_tier_req *q = p->tiers[t]->reqs[r];
            for (int k = 0; q->std_index && k < q->nids; k++)
                if (q->std_index[k] >= 0 && q->std_index[k] < p->nstandards)
                    L->std_counts[q->std_index[k]] = true;
        }
    for (int g = 0; g < p->ngoals; g++) {
        const struct jql_goal *goal = p->goals[g];
        use_expr(L, goal->where);
        if (goal->weight_fact >= 0 && goal->weight_fact < p->nfacts)
            L->fact_used[goal->weight_fact] = true;
        if (goal->passing && goal->target_index >= 0 && goal->target_index < p->nstandards)
            L->std_counts[goal->target_index] = true;
    }
}

static void gather_uses(struct lint *L)
{
    const struct jql_program *p = L->p;
    L->fact_used = jql_alloc_atomic((size_t)p->nfacts + 1);
    L->param_used = jql_alloc_atomic((size_t)p->nparams + 1);
    L->std_counts = jql_alloc_atomic((size_t)p->nstandards + 1);
    memset(L->fact_used, 0, (size_t)p->nfacts + 1);
    memset(L->param_used, 0, (size_t)p->nparams + 1);
    memset(L->std_counts, 0, (size_t)p->nstandards + 1);
    for (int i = 0; i < p->nlets; i++)
        use_expr(L, p->lets[i].expr);
    for (int i = 0; i < p->nstandards; i++)
        use_standard(L, p->standards[i]);
    use_tiers_goals(L);
}

/* ---- which tiers are built over which files ---- */

/* The file (by load order) of a source. Tiers are declared in load order too, so the
   search starts at the file of the last one. */
static int file_of(struct lint *L, const struct jql_source *src)
{
    for (int k = 0; k < L->nfiles; k++) {
        int i = (L->next_file + k) % L->nfiles;
        if (L->files[i]->src == src)
            return L->next_file = i;
    }
    return -1;
}

/* Mark f and every file it imports (not marked yet) as under tier t. */
static void cover(struct lint *L, int f, const struct jql_tier *t)
{
    if (f < 0 || f >= L->nfiles || L->tier_over[f])
        return;
    L->tier_over[f] = t;
    const struct jql_rulefile *rf = L->files[f];
    for (int i = 0; i < rf->nimports; i++)
        cover(L, rf->imports[i]->index, t);
}

/* A standard is expected in a tier only where tiers are built over it: tiers of its own
   file or of a file that imports it. A library of standards loaded beside another's
   tiers (std/nist beside std/default) is a framework of its own, not an omission. */
static void gather_tier_scope(struct lint *L)
{
    L->tier_over = jql_alloc(((size_t)L->nfiles + 1) * sizeof *L->tier_over);
    for (int t = 0; t < L->p->ntiers; t++)
        cover(L, file_of(L, L->p->tiers[t]->loc.src), L->p->tiers[t]);
}

/* ---- expression equality ---- */

static bool lit_equal(struct jql_value a, struct jql_value b)
{
    return a.kind == b.kind && jql_value_equal(a, b);
}

/* The fields of one node that are not its children. */
static bool node_equal(const struct jql_expr *a, const struct jql_expr *b)
{
    if (a->kind != b->kind || a->op != b->op)
        return false;
    switch ((enum jql_expr_kind)a->kind) {
    case JQL_E_LIT:
        return lit_equal(a->u.lit, b->u.lit);
    case JQL_E_NAME:
        if (a->ref == JQL_REF_NONE || b->ref == JQL_REF_NONE)
            return strcmp(a->u.name.text, b->u.name.text) == 0;
        return a->ref == b->ref && a->index == b->index && a->var == b->var;
    case JQL_E_QUANT:
        return a->u.quant.qkind == b->u.quant.qkind && a->index == b->index &&
               strcmp(a->u.quant.coll, b->u.quant.coll) == 0;
    case JQL_E_CALL:
        return a->ref == b->ref && strcmp(a->u.call.fn, b->u.call.fn) == 0;
    case JQL_E_LOOKUP:
        return strcmp(a->u.call.fn, b->u.call.fn) == 0;
    default:
        return true; /* operators: kind and op; lists: their items */
    }
}

bool jql_lint_expr_equal(const struct jql_expr *a, const struct jql_expr *b)
{
    if (!a || !b)
        return a == b;
    if (!node_equal(a, b))
        return false;
    struct jql_expr *abuf[3], *bbuf[3];
    struct jql_expr *const *av, *const *bv;
    int na = jql_ast_children(a, abuf, &av), nb = jql_ast_children(b, bbuf, &bv);
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++)
        if (!jql_lint_expr_equal(av[i], bv[i]))
            return false;
    return true;
}

/* A hash that agrees with jql_lint_expr_equal: equal trees hash alike (so literals hash
   by value, month and year rates as one), so only trees of one hash are compared. */
static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15u + (h << 6) + (h >> 2);
    return h;
}

static uint64_t mix_dec(uint64_t h, jql_i128 v)
{
    return mix(mix(h, (uint64_t)v), (uint64_t)(v >> 64));
}

static uint64_t lit_hash(uint64_t h, struct jql_value v)
{
    h = mix(h, v.kind);
    switch (v.kind) {
    case JQL_V_NUM: case JQL_V_MONEY: case JQL_V_DUR:
        return mix_dec(h, v.u.d.v);
    case JQL_V_RATE: /* $1000/month equals $12000/year */
        if (v.sub == JQL_PER_MONTH || v.sub == JQL_PER_YEAR)
            return mix_dec(mix(h, JQL_PER_YEAR), v.sub == JQL_PER_MONTH ? v.u.d.v * 12 : v.u.d.v);
        return mix_dec(mix(h, v.sub), v.u.d.v);
    case JQL_V_DATE: return mix(h, (uint64_t)(int64_t)v.date);
    case JQL_V_BOOL: return mix(h, v.b);
    case JQL_V_TEXT: return mix(h, jql_hash_str(v.u.s));
    default: return h;
    }
}

static uint64_t node_hash(const struct jql_expr *e)
{
    uint64_t h = mix(mix(0, e->kind), e->op);
    switch ((enum jql_expr_kind)e->kind) {
    case JQL_E_LIT: return lit_hash(h, e->u.lit);
    case JQL_E_NAME:
        if (e->ref == JQL_REF_NONE)
            return mix(h, jql_hash_str(e->u.name.text));
        return mix(mix(mix(h, e->ref), (uint64_t)e->index), (uint64_t)e->var);
    case JQL_E_QUANT: return mix(mix(h, e->u.quant.qkind), (uint64_t)e->index);
    case JQL_E_CALL: return mix(mix(h, e->ref), jql_hash_str(e->u.call.fn));
    case JQL_E_LOOKUP: return mix(h, jql_hash_str(e->u.call.fn));
    default: return h;
    }
}

static uint64_t expr_hash(const struct jql_expr *e)
{
    if (!e)
        return 0x51ed27;
    uint64_t h = node_hash(e);
    struct jql_expr *buf[3];
    struct jql_expr *const *v;
    int n = jql_ast_children(e, buf, &v);
    for (int i = 0; i < n; i++)
        h = mix(h, expr_hash(v[i]));
    return mix(h, (uint64_t)n);
}

/* ---- whens that can never be true ---- */

/* `fact OP value`: a scalar fact compared with a constant (a literal, or a negated one). */
struct lint_cmp {
    int fact;
    int seq; /* its place in the conjunction */
    enum jql_cmpop op;
    struct jql_value v;
    const struct jql_expr *e;
};

/* One end of the values a fact may still take; `by` NULL: the fact's range set it. */
struct lint_bound {
    bool set, strict;
    struct jql_value v;
    const struct jql_expr *by;
};

static bool ordered_value(struct jql_value v)
{
    return v.kind == JQL_V_NUM || v.kind == JQL_V_MONEY || v.kind == JQL_V_RATE ||
           v.kind == JQL_V_DUR || v.kind == JQL_V_DATE;
}

static bool const_value(const struct jql_expr *e, struct jql_value *v)
{
    if (e->kind == JQL_E_LIT)
        *v = e->u.lit;
    else if (e->kind == JQL_E_NEG && e->u.un.a->kind == JQL_E_LIT)
        *v = jql_value_neg(e->u.un.a->u.lit, e->loc);
    else
        return false;
    return ordered_value(*v);
}

static bool scalar_fact(const struct jql_program *p, const struct jql_expr *e)
{
    return e->kind == JQL_E_NAME && e->ref == JQL_REF_FACT && e->index >= 0 &&
           e->index < p->nfacts && p->facts[e->index].kind == JQL_FACT_SCALAR;
}

static bool fact_cmp(const struct jql_program *p, const struct jql_expr *e, struct lint_cmp *c)
{
    if (e->kind != JQL_E_CMP || e->op == JQL_CMP_NE)
        return false;
    const struct jql_expr *f = e->u.bin.a, *k = e->u.bin.b;
    c->op = (enum jql_cmpop)e->op;
    if (!scalar_fact(p, f)) {
        f = e->u.bin.b, k = e->u.bin.a;
        c->op = jql_cmpop_mirror(c->op);
    }
    if (!scalar_fact(p, f) || !const_value(k, &c->v))
        return false;
    c->fact = f->index;
    c->e = e;
    return true;
}

/* Narrow a bound to (v, strict) when that is tighter; `dir` 1 for a low bound, -1 high. */
static void tighten(struct lint_bound *b, int dir, struct jql_value v, bool strict,
                    const struct jql_expr *by)
{
    int c = b->set ? jql_value_cmp(v, b->v) * dir : 1;
    if (c > 0 || (c == 0 && strict && !b->strict))
        *b = (struct lint_bound){true, strict, v, by};
}

static bool empty(const struct lint_bound *lo, const struct lint_bound *hi)
{
    if (!lo->set || !hi->set)
        return false;
    int c = jql_value_cmp(lo->v, hi->v);
    return c > 0 || (c == 0 && (lo->strict || hi->strict));
}

/* Why the comparison `c` cannot hold against the other bound `by` (NULL: the range). */
static const char *conflict(const struct jql_program *p, const struct lint_cmp *c,
                            const struct jql_expr *by)
{
    const struct jql_fact_info *f = &p->facts[c->fact];
    if (by)
        return jql_sprintf("'%s' and '%s' cannot both hold", expr_text(by), expr_text(c->e));
    if (f->range_declared)
        return jql_sprintf("'%s', but '%s' is declared in %s", expr_text(c->e), f->name,
                           jql_range_str(&f->range));
    return jql_sprintf("'%s', but '%s' (%s) is never negative", expr_text(c->e), f->name,
                       jql_type_name(f->type));
}

/* The n comparisons of one fact, in source order, against its range and each other. */
static const char *fact_conflict(const struct jql_program *p, const struct lint_cmp *cs, int n)
{
    const struct jql_range *r = &p->facts[cs[0].fact].range;
    struct lint_bound lo = {r->has_lo, false, r->lo, NULL};
    struct lint_bound hi = {r->has_hi, false, r->hi, NULL};
    for (int i = 0; i < n; i++) {
        const struct lint_cmp *c = &cs[i];
        if (c->op == JQL_CMP_GT || c->op == JQL_CMP_GE || c->op == JQL_CMP_EQ)
            tighten(&lo, 1, c->v, c->op == JQL_CMP_GT, c->e);
        if (c->op == JQL_CMP_LT || c->op == JQL_CMP_LE || c->op == JQL_CMP_EQ)
            tighten(&hi, -1, c->v, c->op == JQL_CMP_LT, c->e);
        if (empty(&lo, &hi))
            return conflict(p, c, lo.by == c->e ? hi.by : lo.by);
    }
    return NULL;
}

static int cmp_by_fact(const void *a, const void *b)
{
    const struct lint_cmp *x = a, *y = b;
    if (x->fact != y->fact)
        return x->fact < y->fact ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

static void flatten_and(const struct jql_expr *e, const struct jql_expr ***v, int *n)
{
    if (e->kind == JQL_E_AND) {
        flatten_and(e->u.bin.a, v, n);
        flatten_and(e->u.bin.b, v, n);
        return;
    }
    JQL_APPEND(*v, *n, e);
}

static const char *never_true(const struct jql_program *p, const struct jql_expr *e);

/* A conjunction is never true when one part never is, or when its comparisons of one
   fact leave no value (with the fact's range). */
static const char *never_true_and(const struct jql_program *p, const struct jql_expr *e)
{
    const struct jql_expr **parts = NULL;
    int nparts = 0, ncmp = 0;
    flatten_and(e, &parts, &nparts);
    struct lint_cmp *cs = jql_alloc((size_t)nparts * sizeof *cs);
    for (int i = 0; i < nparts; i++) {
        if (fact_cmp(p, parts[i], &cs[ncmp])) {
            cs[ncmp].seq = ncmp;
            ncmp++;
            continue;
        }
        /* a comparison of anything else is not looked into (nor recursed on) */
        const char *why = parts[i]->kind == JQL_E_CMP ? NULL : never_true(p, parts[i]);
        if (why)
            return why;
    }
    /* by fact, then in source order: each fact's comparisons are one run */
    if (ncmp > 1)
        qsort(cs, (size_t)ncmp, sizeof *cs, cmp_by_fact);
    for (int i = 0, j; i < ncmp; i = j) {
        for (j = i + 1; j < ncmp && cs[j].fact == cs[i].fact;)
            j++;
        const char *why = fact_conflict(p, cs + i, j - i);
        if (why)
            return why;
    }
    return NULL;
}

/* Why `e` is true for no employer (false or unknown for all), or NULL when it may be
   true or this cheap analysis cannot tell. Quantifiers, `not` and lets are not
   looked into. */
static const char *never_true(const struct jql_program *p, const struct jql_expr *e)
{
    switch (e->kind) {
    case JQL_E_LIT:
        return e->u.lit.kind == JQL_V_BOOL && !e->u.lit.b ? "the literal false" : NULL;
    case JQL_E_AND:
    case JQL_E_CMP:
        return never_true_and(p, e);
    case JQL_E_OR: {
        const char *a = never_true(p, e->u.bin.a);
        const char *b = a ? never_true(p, e->u.bin.b) : NULL;
        return b ? jql_sprintf("neither side of 'or' can hold (%s; %s)", a, b) : NULL;
    }
    default:
        return NULL;
    }
}

/* ---- the checks of one file ---- */

static void lint_facts(struct lint *L, const struct jql_facts_block *fb)
{
    const struct jql_program *p = L->p;
    for (int i = 0; i < fb->ndecls; i++) {
        const struct jql_fact_decl *fd = fb->decls[i];
        int id = jql_program_fact(p, fd->name);
        if (id < 0 || L->fact_used[id])
            continue;
        const struct jql_fact_info *f = &p->facts[id];
        /* an unused collection is one finding, not one per member as well */
        if (f->kind == JQL_FACT_MEMBER && f->coll >= 0 && !L->fact_used[f->coll])
            continue;
        struct jql_diag *dg = lint_warn(L, JQL_LINT_UNUSED_FACT, fd->name_loc,
                                        "%s '%s' is declared but no rule, let or goal uses it",
                                        f->kind == JQL_FACT_COLLECTION ? "collection" : "fact",
                                        fd->name);
        if (dg)
            jql_diag_note(dg, (struct jql_loc){0},
                          "remove it, or, when something else reads it (--weight, --group-by), "
                          "silence this with '# jqlc: ignore[%s]' on the line above",
                          jql_lint_code_name(JQL_LINT_UNUSED_FACT));
    }
}

/* A `param` line that declares (rather than sets a library's param) and nothing reads. */
static void lint_param(struct lint *L, const struct jql_param *pd)
{
    const struct jql_program *p = L->p;
    if (pd->slot < 0 || pd->slot >= p->nparams || L->param_used[pd->slot])
        return;
    const struct jql_param_info *pi = &p->params[pd->slot];
    if (pi->loc.src != pd->name_loc.src || pi->loc.start != pd->name_loc.start)
        return;
    struct jql_diag *dg = lint_warn(L, JQL_LINT_UNUSED_PARAM, pd->name_loc,
                                    "param '%s' is declared but never used", pd->name);
    if (dg)
        jql_diag_note(dg, (struct jql_loc){0},
                      "--param %s=... would change nothing; remove it or use it", pd->name);
}

static void lint_cite_advice(struct lint *L, const struct jql_standard *s,
                             const struct jql_rule *r)
{
    struct jql_diag *dg;
    if (!r->cite.s && (dg = lint_warn(L, JQL_LINT_NO_CITE, r->id_loc, "rule '%s.%s' has no cite",
                                      s->id, r->id)))
        jql_diag_note(dg, (struct jql_loc){0},
                      "add cite \"DOCUMENT, SECTION\": where a reader finds what the rule "
                      "implements");
    if (!r->advice.s && (dg = lint_warn(L, JQL_LINT_NO_ADVICE, r->id_loc,
                                        "rule '%s.%s' has no advice", s->id, r->id)))
        jql_diag_note(dg, (struct jql_loc){0},
                      "add advice \"...\": what an employer can do when the rule fails");
}

static void lint_whens(struct lint *L, const struct jql_standard *s, const struct jql_rule *r)
{
    for (int i = 0; i < r->nwhens; i++) {
        const char *why = never_true(L->p, r->whens[i]);
        if (!why)
            continue;
        struct jql_diag *dg = lint_warn(L, JQL_LINT_NEVER_TRUE, r->whens[i]->loc,
                                        "this when can never be true: %s", why);
        if (dg)
            jql_diag_note(dg, (struct jql_loc){0},
                          "so '%s.%s' is not_applicable for every employer", s->id, r->id);
    }
}

struct lint_hashed {
    uint64_t hash;
    int i; /* place in the rule */
};

static int cmp_hashed(const void *a, const void *b)
{
    const struct lint_hashed *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

/* Each of v (a rule's requires, whens or unlesses) that repeats an earlier one. Sorted by
   hash, so a rule of many conditions is not compared pair by pair. */
static void lint_dups(struct lint *L, const struct jql_standard *s, const struct jql_rule *r,
                      struct jql_expr *const *v, int n, const char *what)
{
    if (n < 2)
        return;
    struct lint_hashed *hs = jql_alloc_atomic((size_t)n * sizeof *hs);
    for (int i = 0; i < n; i++)
        hs[i] = (struct lint_hashed){expr_hash(v[i]), i};
    qsort(hs, (size_t)n, sizeof *hs, cmp_hashed);
    for (int a = 1; a < n; a++)
        for (int b = a - 1; b >= 0 && hs[b].hash == hs[a].hash; b--) {
            int i = hs[a].i, j = hs[b].i;
            if (!jql_lint_expr_equal(v[i], v[j]))
                continue;
            struct jql_diag *dg = lint_warn(L, JQL_LINT_DUPLICATE, v[i]->loc,
                                            "rule '%s.%s' repeats the %s of line %d", s->id, r->id,
                                            what, line_of(v[j]->loc));
            if (dg)
                jql_diag_note(dg, v[j]->loc, "the earlier one is here");
            break;
        }
}

static void lint_tier(struct lint *L, const struct jql_standard *s, int index, int file)
{
    const struct jql_tier *t = file >= 0 && file < L->nfiles ? L->tier_over[file] : NULL;
    if (!t || index < 0 || L->std_counts[index])
        return;
    struct jql_diag *dg = lint_warn(L, JQL_LINT_NO_TIER, s->id_loc, "standard '%s' is in no tier",
                                    s->id);
    if (dg)
        jql_diag_note(dg, t->id_loc,
                      "tiers are declared over it, like '%s' here; name '%s' in one's "
                      "requires, or its result counts toward none", t->id, s->id);
}

static void lint_standard(struct lint *L, const struct jql_standard *s, int index, int file)
{
    lint_tier(L, s, index, file);
    for (int i = 0; i < s->nrules; i++) {
        const struct jql_rule *r = s->rules[i];
        lint_cite_advice(L, s, r);
        lint_whens(L, s, r);
        lint_dups(L, s, r, r->requires, r->nrequires, "require");
        lint_dups(L, s, r, r->whens, r->nwhens, "when");
        lint_dups(L, s, r, r->unlesses, r->nunlesses, "unless");
    }
}

/* The standard's index in the program. Files are linted in load order, which is the
   order of the program's standards, so the search starts where the last one ended. */
static int standard_index(struct lint *L, const struct jql_standard *s)
{
    int n = L->p->nstandards;
    for (int k = 0; k < n; k++) {
        int i = (L->next_std + k) % n;
        if (L->p->standards[i] == s) {
            L->next_std = i + 1;
            return i;
        }
    }
    return -1;
}

/* ---- ignore comments ---- */

static const char *skip_blank(const char *s, const char *end)
{
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    return s;
}

/* Is 1-based line `line` of src only a comment (blanks, then '#')? */
static bool comment_line(const struct jql_source *src, int line)
{
    size_t len;
    const char *s = jql_source_line(src, line, &len);
    if (!s)
        return false;
    const char *t = skip_blank(s, s + len);
    return t < s + len && *t == '#';
}

/* The line an ignore comment silences: its own when code comes before it on the line;
   else the next line that is not itself a comment (so ignores may be stacked). */
static int ignore_target(const struct jql_source *src, const struct jql_comment *cm)
{
    int line = line_of(cm->loc), nlines;
    if (!comment_line(src, line))
        return line;
    jql_source_lines(src, &nlines);
    do
        line++;
    while (line <= nlines && comment_line(src, line));
    return line;
}

static void bad_ignore(struct lint *L, struct jql_loc at)
{
    struct jql_diag *dg = jql_diag_warning(L->d, at, "malformed ignore comment [%s]",
                                           jql_lint_code_name(JQL_LINT_BAD_IGNORE));
    L->nwarn++;
    jql_diag_note(dg, (struct jql_loc){0},
                  "write '# jqlc: ignore[JQL-L001]', several codes separated by commas");
}

static void unknown_code(struct lint *L, struct jql_loc at, const char *code)
{
    struct jql_diag *dg = jql_diag_warning(L->d, at, "unknown lint code '%s' in ignore "
                                           "comment [%s]", code,
                                           jql_lint_code_name(JQL_LINT_BAD_IGNORE));
    L->nwarn++;
    const char *alt = jql_suggest(code, lint_names + 1, JQL_LINT_NCODES - 1);
    if (alt)
        jql_diag_note(dg, (struct jql_loc){0}, "did you mean '%s'?", alt);
    jql_diag_note(dg, (struct jql_loc){0}, "the codes are %s to %s (docs/lint.md)",
                  lint_names[1], lint_names[JQL_LINT_NCODES - 1]);
}

/* The codes between '[' and ']' (s points after '['), each an ignore of `line`. A
   malformed list ignores nothing (one warning, not one more per code left stale). */
static void read_codes(struct lint *L, struct jql_loc cm, const char *s, const char *end,
                       int line)
{
    const char *base = cm.src->text;
    struct lint_ignore *got = NULL;
    int ngot = 0;
    for (;;) {
        s = skip_blank(s, end);
        const char *e = s;
        while (e < end && *e != ',' && *e != ' ' && *e != '\t')
            e++;
        if (e == s) {
            bad_ignore(L, cm);
            return;
        }
        struct jql_loc at = {cm.src, (uint32_t)(s - base), (uint32_t)(e - base)};
        const char *code = jql_strndup(s, (size_t)(e - s));
        enum jql_lint_code c = jql_lint_code_named(code);
        if (c == JQL_LINT_NONE)
            unknown_code(L, at, code);
        else
            JQL_APPEND(got, ngot, ((struct lint_ignore){line, at, c, false, 0}));
        e = skip_blank(e, end);
        if (e >= end)
            break;
        if (*e != ',') {
            bad_ignore(L, cm);
            return;
        }
        s = e + 1;
    }
    for (int i = 0; i < ngot; i++) {
        got[i].seq = L->nign;
        JQL_APPEND(L->ign, L->nign, got[i]);
    }
}

/* A comment "# jqlc: ignore[CODE, ...]"; comments that do not start with "jqlc:" are
   the author's own. */
static void read_ignore(struct lint *L, const struct jql_source *src,
                        const struct jql_comment *cm)
{
    const char *s = src->text + cm->loc.start + 1, *end = src->text + cm->loc.end;
    s = skip_blank(s, end);
    if ((size_t)(end - s) < 5 || strncmp(s, "jqlc:", 5) != 0)
        return;
    s = skip_blank(s + 5, end);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    if ((size_t)(end - s) < 8 || strncmp(s, "ignore", 6) != 0 || end[-1] != ']') {
        bad_ignore(L, cm->loc);
        return;
    }
    s = skip_blank(s + 6, end);
    if (*s != '[') {
        bad_ignore(L, cm->loc);
        return;
    }
    read_codes(L, cm->loc, s + 1, end - 1, ignore_target(src, cm));
}

static void stale_ignores(struct lint *L)
{
    for (int i = 0; i < L->nign; i++) {
        const struct lint_ignore *g = &L->ign[i];
        if (g->used)
            continue;
        struct jql_diag *dg = jql_diag_warning(
            L->d, g->loc, "ignore comment for %s silences nothing [%s]",
            jql_lint_code_name(g->code), jql_lint_code_name(JQL_LINT_UNUSED_IGNORE));
        L->nwarn++;
        jql_diag_note(dg, (struct jql_loc){0},
                      "line %d has no %s warning; remove the code, or the comment", g->line,
                      jql_lint_code_name(g->code));
    }
}

static int cmp_ignore(const void *a, const void *b)
{
    const struct lint_ignore *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->code != y->code)
        return x->code < y->code ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

/* The file's ignores sorted by line and code, a code named twice for one line kept once
   (so a lookup scans at most one entry per code, whatever the comments hold). */
static void read_ignores(struct lint *L, const struct jql_rulefile *rf)
{
    L->ign = NULL, L->nign = 0;
    for (int i = 0; i < rf->ncomments; i++)
        read_ignore(L, rf->src, &rf->comments[i]);
    if (L->nign > 1) /* qsort may not be given NULL, even for no element */
        qsort(L->ign, (size_t)L->nign, sizeof *L->ign, cmp_ignore);
    int n = 0;
    for (int i = 0; i < L->nign; i++)
        if (n == 0 || L->ign[i].line != L->ign[n - 1].line || L->ign[i].code != L->ign[n - 1].code)
            L->ign[n++] = L->ign[i];
    L->nign = n;
}

static void lint_file(struct lint *L, const struct jql_rulefile *rf)
{
    read_ignores(L, rf);
    for (int i = 0; i < rf->nitems; i++) {
        const struct jql_item *it = &rf->items[i];
        switch (it->kind) {
        case JQL_I_FACTS: lint_facts(L, it->u.facts); break;
        case JQL_I_PARAM: lint_param(L, it->u.param); break;
        case JQL_I_STANDARD:
            lint_standard(L, it->u.standard, standard_index(L, it->u.standard), rf->index);
            break;
        default: break;
        }
    }
    stale_ignores(L);
}

int jql_lint(const struct jql_program *p, struct jql_rulefile *const *files, int nfiles,
             const bool *lint, struct jql_diags *d)
{
    struct lint L = {.p = p, .d = d, .files = files, .nfiles = nfiles};
    gather_uses(&L);
    gather_tier_scope(&L);
    for (int i = 0; i < nfiles; i++)
        if (!lint || lint[i])
            lint_file(&L, files[i]);
    return L.nwarn;
}

/* ---- JSON ---- */

/* A lint warning's message ends " [JQL-Lnnn]": its code, and the length before it. */
static const char *split_code(const char *msg, size_t *len)
{
    size_t n = strlen(msg), k = strlen(" [JQL-L000]");
    *len = n;
    if (n < k || msg[n - 1] != ']' || strncmp(msg + n - k, " [JQL-L", 7) != 0)
        return "";
    *len = n - k;
    return jql_strndup(msg + n - k + 2, k - 3);
}

static void json_warning(FILE *out, const struct jql_diag *dg)
{
    int line = 0, col = 0;
    if (dg->loc.src)
        jql_source_linecol(dg->loc.src, dg->loc.start, &line, &col);
    size_t len;
    const char *code = split_code(dg->msg, &len);
    fputs("    {\"code\": ", out);
    jql_json_string(out, code);
    fputs(", \"file\": ", out);
    jql_json_string(out, dg->loc.src ? dg->loc.src->name : "");
    fprintf(out, ", \"line\": %d, \"column\": %d, \"message\": ", line, col);
    jql_json_string(out, jql_strndup(dg->msg, len));
    fputs(", \"notes\": [", out);
    for (int i = 0; i < dg->nnotes; i++) {
        const struct jql_note *nt = &dg->notes[i];
        fputs(i ? ", " : "", out);
        jql_json_string(out, nt->loc.src ? jql_sprintf("%s: %s", jql_loc_str(nt->loc), nt->msg)
                                         : nt->msg);
    }
    fputs("]}", out);
}

void jql_lint_write_json(FILE *out, const struct jql_diags *d, int nfiles)
{
    fputs(d->n ? "{\n  \"warnings\": [\n" : "{\n  \"warnings\": [],\n", out);
    for (int i = 0; i < d->n; i++) {
        json_warning(out, d->v[i]);
        fputs(i + 1 < d->n ? ",\n" : "\n  ],\n", out);
    }
    fprintf(out, "  \"count\": %d,\n  \"files\": %d\n}\n", d->n, nfiles);
}
