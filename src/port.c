/*
** port: the portfolio of a run (port.h; docs/language.md, "Portfolio"). Each employer
** is reduced to a contribution where it was evaluated; contributions are folded, in
** input order, into an accumulator per summary (the run's, and one per group). Sums
** are exact: counts in int64, weights in jql_dec, overflow reported, never wrapped.
*/
#include "port.h"

#include "eval.h"
#include "mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shares ---- */

/* num / den as a percent rounded once, half-to-even, to one decimal. */
void jql_port_pct(jql_dec num, jql_dec den, char buf[16])
{
    jql_i128 n = num.v * 1000, d = den.v;
    jql_i128 q = n / d, r = n % d;
    if (2 * r > d || (2 * r == d && (q & 1)))
        q++;
    /* a share is within 0..100%; the bounds only keep the text within buf */
    int t = q < 0 ? 0 : q > 9999999 ? 9999999 : (int)q;
    snprintf(buf, 16, "%d.%d%%", t / 10, t % 10);
}

void jql_port_share_text(const struct jql_amounts *a, struct jql_share_text *out)
{
    jql_dec r = a->n[JQL_REACH_REACHED], u = a->n[JQL_REACH_UNDECIDED], n = a->n[JQL_REACH_NOT];
    jql_dec decided = {r.v + n.v}, all = {r.v + u.v + n.v}, up = {r.v + u.v};
    memset(out, 0, sizeof *out);
    out->has_share = decided.v > 0;
    out->has_bounds = all.v > 0;
    if (out->has_share)
        jql_port_pct(r, decided, out->share);
    if (out->has_bounds) {
        jql_port_pct(r, all, out->low);
        jql_port_pct(up, all, out->high);
    }
}

struct jql_amounts jql_port_std_amounts(const int64_t st[JQL_NSTATUS])
{
    struct jql_amounts a;
    a.n[JQL_REACH_REACHED] = jql_dec_from_int(st[JQL_PASS]);
    a.n[JQL_REACH_UNDECIDED] = jql_dec_from_int(st[JQL_UNTESTED]);
    a.n[JQL_REACH_NOT] = jql_dec_from_int(st[JQL_FAIL]);
    a.n[JQL_REACH_ERROR] = jql_dec_from_int(st[JQL_ERROR]);
    return a;
}

/* Does ratio num / den satisfy the goal's comparison with its percent? Exact: both
   sides multiplied out (num * 100 against pct * den; dec values carry the same scale). */
static bool goal_holds(const struct jql_goal *g, jql_i128 num, jql_i128 den)
{
    jql_i128 lhs = num * 100 * JQL_DEC_SCALE, rhs = g->pct.v * den;
    return g->strict ? lhs > rhs : lhs >= rhs;
}

enum jql_goal_status jql_port_goal_status(const struct jql_goal *g, const struct jql_amounts *a)
{
    jql_i128 r = a->n[JQL_REACH_REACHED].v, u = a->n[JQL_REACH_UNDECIDED].v,
             n = a->n[JQL_REACH_NOT].v, all = r + u + n;
    if (all <= 0)
        return JQL_GOAL_UNDECIDED;
    if (goal_holds(g, r, all))
        return JQL_GOAL_MET;
    if (!goal_holds(g, r + u, all))
        return JQL_GOAL_NOT_MET;
    return JQL_GOAL_UNDECIDED;
}

/* ---- contributions ---- */

struct jql_port_emp {
    uint8_t status;
    const uint8_t *tiers;        /* enum jql_reach per tier; NULL: the employer is in error */
    uint8_t *tier_bytes;         /* where tiers are kept */
    uint8_t *stds;               /* enum jql_status per standard; NULL: its facts did not load */
    int outcomes, decided, untested;
    int *miss, *miss_n; int nmiss; /* distinct missing facts and their untested outcomes */
    struct jql_value *w;         /* per weight */
    struct jql_value g[2];       /* per --group-by */
    int8_t *goal_in;             /* per goal: 1 in the population, 0 not, -1 left out */
    struct jql_value *goal_w;    /* per goal: its weight, when it has one */
};

struct acc {
    int64_t emps[JQL_NSTATUS];
    int64_t (*tiers)[JQL_NREACH];
    int64_t (*stds)[JQL_NSTATUS];
    int64_t outcomes, decided, untested;
    int64_t *miss_emps, *miss_outs; /* per fact id, allocated at the first missing fact */
    struct jql_amounts *wt, *ws;    /* [nweights * ntiers], [nweights * nstds] */
    int64_t *wunknown;
};

struct grp {
    uint64_t hash;                /* of text, kept for the table's growth */
    struct jql_value key[2];
    const char *text[2];
    struct acc a;
};

struct jql_port {
    struct jql_port_opts o;
    const struct jql_program *p;
    int ngoals;
    struct acc all;
    struct grp **groups; int ngroups, cap; /* a hash table by key, open addressing */
    struct jql_pgoal *goals;
    bool overflow;                         /* a weighted sum overflowed (reported once) */
    struct jql_portfolio res;
};

static void acc_init(const struct jql_port *pt, struct acc *a)
{
    const struct jql_program *p = pt->p;
    int nw = pt->o.nweights;
    a->tiers = jql_alloc_atomic((size_t)(p->ntiers + 1) * sizeof *a->tiers);
    a->stds = jql_alloc_atomic((size_t)(p->nstandards + 1) * sizeof *a->stds);
    memset(a->tiers, 0, (size_t)(p->ntiers + 1) * sizeof *a->tiers);
    memset(a->stds, 0, (size_t)(p->nstandards + 1) * sizeof *a->stds);
    a->wt = jql_alloc_atomic((size_t)(nw * p->ntiers + 1) * sizeof *a->wt);
    a->ws = jql_alloc_atomic((size_t)(nw * p->nstandards + 1) * sizeof *a->ws);
    memset(a->wt, 0, (size_t)(nw * p->ntiers + 1) * sizeof *a->wt);
    memset(a->ws, 0, (size_t)(nw * p->nstandards + 1) * sizeof *a->ws);
    a->wunknown = jql_alloc_atomic((size_t)(nw + 1) * sizeof *a->wunknown);
    memset(a->wunknown, 0, (size_t)(nw + 1) * sizeof *a->wunknown);
}

struct jql_port *jql_port_new(const struct jql_port_opts *o)
{
    struct jql_port *pt = jql_alloc(sizeof *pt);
    pt->o = *o;
    pt->p = o->p;
    pt->ngoals = o->p->ngoals;
    acc_init(pt, &pt->all);
    pt->goals = jql_alloc((size_t)(pt->ngoals + 1) * sizeof *pt->goals);
    for (int i = 0; i < pt->ngoals; i++)
        pt->goals[i].g = o->p->goals[i];
    return pt;
}

/* The fact's value for the employer: scalars only (weights and groups are checked to
   be scalar facts when the options are read). */
static struct jql_value fact_value(const struct jql_program *p, const struct jql_employer *emp,
                                   int fact)
{
    return emp->values[p->facts[fact].slot];
}

/* Untested rules' missing facts, each counted once per employer with its outcomes. */
/* Untested rules' missing facts, each counted once per employer with its outcomes. */
static void take_missing(struct jql_port_emp *c, struct jql_evaluator *ev,
                         const struct jql_rrule *ru)
{
    const int *ids = jql_eval_missing_ids(ev, &ru->why);
    for (int k = 0; ids && k < ru->why.nmiss; k++) {
        int i = 0;
        while (i < c->nmiss && c->miss[i] != ids[k])
            i++;
        if (i == c->nmiss) {
            c->miss[c->nmiss++] = ids[k];
            c->miss_n[i] = 0;
        }
        c->miss_n[i]++;
    }
}

static void take_rules(struct jql_port_emp *c, struct jql_evaluator *ev,
                       const struct jql_remployer *e)
{
    for (int s = 0; s < e->nstds; s++) {
        c->stds[s] = e->stds[s].status;
        for (int r = 0; r < e->stds[s].nrules; r++) {
            const struct jql_rrule *ru = &e->stds[s].rules[r];
            c->outcomes++;
            c->decided += ru->status == JQL_PASS || ru->status == JQL_FAIL ||
                          ru->status == JQL_NOT_APPLICABLE;
            if (ru->status == JQL_UNTESTED) {
                c->untested++;
                take_missing(c, ev, ru);
            }
        }
    }
}

/* The most missing facts the employer can name: the sum over its untested rules. */
static int missing_bound(const struct jql_remployer *e)
{
    int n = 0;
    for (int s = 0; s < e->nstds; s++)
        for (int r = 0; r < e->stds[s].nrules; r++)
            if (e->stds[s].rules[r].status == JQL_UNTESTED)
                n += e->stds[s].rules[r].why.nmiss;
    return n;
}

/* A contribution in one block (a million employers are a million of them): the struct,
   the values of weights and goal weights, the missing facts' ids and counts, then the
   bytes of tiers, standards and goal populations. */
static struct jql_port_emp *emp_alloc(const struct jql_port *pt, int nmiss)
{
    const struct jql_program *p = pt->p;
    size_t nv = (size_t)(pt->o.nweights + pt->ngoals);
    size_t n = sizeof(struct jql_port_emp) + nv * sizeof(struct jql_value) +
               2 * (size_t)nmiss * sizeof(int) + (size_t)(p->ntiers + p->nstandards + pt->ngoals);
    struct jql_port_emp *c = jql_alloc(n);
    char *at = (char *)(c + 1);
    c->w = (struct jql_value *)at;
    c->goal_w = c->w + pt->o.nweights;
    at += nv * sizeof(struct jql_value);
    c->miss = (int *)at;
    c->miss_n = c->miss + nmiss;
    at += 2 * (size_t)nmiss * sizeof(int);
    c->tier_bytes = (uint8_t *)at;
    c->stds = c->tier_bytes + p->ntiers;
    c->goal_in = (int8_t *)(c->stds + p->nstandards);
    return c;
}

struct jql_port_emp *jql_port_take(const struct jql_port *pt, struct jql_evaluator *ev,
                                   const struct jql_employer *emp,
                                   const struct jql_remployer *e)
{
    const struct jql_program *p = pt->p;
    struct jql_port_emp *c = emp_alloc(pt, missing_bound(e));
    c->status = e->status;
    /* an employer in error is `error` in every tier's share (they are over the employers
       not in error); its standards keep their own statuses when it was evaluated */
    if (e->status != JQL_ERROR && e->tier_reach) {
        memcpy(c->tier_bytes, e->tier_reach, (size_t)p->ntiers);
        c->tiers = c->tier_bytes;
    }
    if (e->nstds)
        take_rules(c, ev, e);
    else
        c->stds = NULL;
    for (int i = 0; i < pt->o.nweights; i++)
        c->w[i] = fact_value(p, emp, pt->o.weights[i]);
    for (int i = 0; i < pt->o.ngroup_by; i++)
        c->g[i] = fact_value(p, emp, pt->o.group_by[i]);
    for (int i = 0; i < pt->ngoals; i++) {
        const struct jql_goal *g = p->goals[i];
        bool in = e->status != JQL_ERROR;
        c->goal_in[i] = (int8_t)(!in ? 0 : g->where ? jql_eval_where(ev, g->where) : 1);
        if (g->weight_fact >= 0)
            c->goal_w[i] = fact_value(p, emp, g->weight_fact);
    }
    return c;
}

/* ---- folding ---- */

/* A tier's or standard's outcome as a share amount index, or -1: left out. */
static int std_reach(uint8_t st)
{
    switch (st) {
    case JQL_PASS: return JQL_REACH_REACHED;
    case JQL_UNTESTED: return JQL_REACH_UNDECIDED;
    case JQL_FAIL: return JQL_REACH_NOT;
    case JQL_ERROR: return JQL_REACH_ERROR;
    default: return -1;
    }
}

static void amount_add(struct jql_port *pt, struct jql_amounts *a, int k, jql_dec w)
{
    if (k < 0)
        return;
    if (jql_dec_add(a->n[k], w, &a->n[k]) != JQL_DEC_OK)
        pt->overflow = true;
}

static void acc_weights(struct jql_port *pt, struct acc *a, const struct jql_port_emp *c)
{
    const struct jql_program *p = pt->p;
    for (int w = 0; w < pt->o.nweights; w++) {
        /* an employer in error adds its weight to `error` only when the weight is sound */
        bool sound = c->w[w].kind == JQL_V_NUM && !jql_dec_is_neg(c->w[w].u.d);
        if (!sound) {
            a->wunknown[w] += c->status != JQL_ERROR && c->w[w].kind != JQL_V_NUM;
            continue;
        }
        jql_dec amt = c->w[w].u.d;
        for (int t = 0; t < p->ntiers; t++)
            amount_add(pt, &a->wt[w * p->ntiers + t], c->tiers ? c->tiers[t] : JQL_REACH_ERROR,
                       amt);
        for (int s = 0; s < p->nstandards; s++)
            amount_add(pt, &a->ws[w * p->nstandards + s],
                       c->stds ? std_reach(c->stds[s]) : JQL_REACH_ERROR, amt);
    }
}

static void acc_missing(const struct jql_port *pt, struct acc *a, const struct jql_port_emp *c)
{
    if (!c->nmiss)
        return;
    int nf = pt->p->nfacts;
    if (!a->miss_emps) {
        a->miss_emps = jql_alloc_atomic((size_t)nf * sizeof *a->miss_emps);
        a->miss_outs = jql_alloc_atomic((size_t)nf * sizeof *a->miss_outs);
        memset(a->miss_emps, 0, (size_t)nf * sizeof *a->miss_emps);
        memset(a->miss_outs, 0, (size_t)nf * sizeof *a->miss_outs);
    }
    for (int i = 0; i < c->nmiss; i++) {
        a->miss_emps[c->miss[i]]++;
        a->miss_outs[c->miss[i]] += c->miss_n[i];
    }
}

static void acc_add(struct jql_port *pt, struct acc *a, const struct jql_port_emp *c)
{
    const struct jql_program *p = pt->p;
    a->emps[c->status]++;
    for (int t = 0; t < p->ntiers; t++)
        a->tiers[t][c->tiers ? c->tiers[t] : JQL_REACH_ERROR]++;
    for (int s = 0; s < p->nstandards; s++)
        a->stds[s][c->stds ? c->stds[s] : JQL_ERROR]++;
    a->outcomes += c->outcomes;
    a->decided += c->decided;
    a->untested += c->untested;
    acc_missing(pt, a, c);
    acc_weights(pt, a, c);
}

static void goals_add(struct jql_port *pt, const struct jql_port_emp *c)
{
    for (int i = 0; i < pt->ngoals; i++) {
        struct jql_pgoal *pg = &pt->goals[i];
        const struct jql_goal *g = pg->g;
        if (c->goal_in[i] < 0)
            pg->left_out++;
        if (c->goal_in[i] <= 0)
            continue;
        int k = g->passing ? (c->stds ? std_reach(c->stds[g->target_index]) : JQL_REACH_ERROR)
                           : (c->tiers ? c->tiers[g->target_index] : JQL_REACH_ERROR);
        if (k < 0) /* the standard does not apply to it */
            continue;
        pg->population++;
        if (g->weight_fact < 0)
            amount_add(pt, &pg->a, k, jql_dec_from_int(1));
        else if (c->goal_w[i].kind == JQL_V_NUM)
            amount_add(pt, &pg->a, k, c->goal_w[i].u.d);
        else
            pg->unknown++;
    }
}

/* ---- groups: a hash table by the group-by values ---- */

/* A group-by value as text: NULL for unknown. */
static const char *group_text(struct jql_value v)
{
    return v.kind == JQL_V_UNKNOWN ? NULL : v.kind == JQL_V_TEXT ? v.u.s : jql_value_format(v);
}

/* FNV-1a over the texts, each with its NUL, unknown as one marker byte. */
static uint64_t texts_hash(const char *const text[2], int n)
{
    uint64_t h = 1469598103934665603u;
    for (int i = 0; i < n; i++) {
        const char *s = text[i] ? text[i] : "\x01";
        do
            h = (h ^ (unsigned char)*s) * 1099511628211u;
        while (*s++);
    }
    return h;
}

static bool same_texts(const char *const a[2], const char *const b[2], int n)
{
    for (int k = 0; k < n; k++)
        if (a[k] != b[k] && (!a[k] || !b[k] || strcmp(a[k], b[k]) != 0))
            return false;
    return true;
}

/* Put g in the table (there is room) at its hash's first free slot. */
static void group_place(struct grp **v, int cap, struct grp *g)
{
    size_t j = g->hash & (size_t)(cap - 1);
    while (v[j])
        j = (j + 1) & (size_t)(cap - 1);
    v[j] = g;
}

static void groups_grow(struct jql_port *pt)
{
    int cap = pt->cap ? 2 * pt->cap : 16;
    struct grp **v = jql_alloc((size_t)cap * sizeof *v);
    for (int i = 0; i < pt->cap; i++)
        if (pt->groups[i])
            group_place(v, cap, pt->groups[i]);
    pt->groups = v;
    pt->cap = cap;
}

static struct grp *group_of(struct jql_port *pt, const struct jql_port_emp *c)
{
    int n = pt->o.ngroup_by;
    const char *text[2] = {0};
    for (int i = 0; i < n; i++)
        text[i] = group_text(c->g[i]);
    uint64_t h = texts_hash(text, n);
    if (2 * (pt->ngroups + 1) > pt->cap)
        groups_grow(pt);
    for (size_t i = h & (size_t)(pt->cap - 1);; i = (i + 1) & (size_t)(pt->cap - 1)) {
        struct grp *g = pt->groups[i];
        if (g && g->hash == h && same_texts(g->text, text, n))
            return g;
        if (g)
            continue;
        g = pt->groups[i] = jql_alloc(sizeof *g);
        g->hash = h;
        for (int k = 0; k < n; k++) {
            g->key[k] = c->g[k];
            g->text[k] = text[k];
        }
        acc_init(pt, &g->a);
        pt->ngroups++;
        return g;
    }
}

void jql_port_add(struct jql_port *pt, const struct jql_port_emp *c)
{
    acc_add(pt, &pt->all, c);
    goals_add(pt, c);
    if (pt->o.ngroup_by)
        acc_add(pt, &group_of(pt, c)->a, c);
}

/* ---- the result ---- */

static int miss_cmp(const void *a, const void *b)
{
    const struct jql_pmissing *x = a, *y = b;
    if (x->outcomes != y->outcomes)
        return x->outcomes > y->outcomes ? -1 : 1;
    if (x->employers != y->employers)
        return x->employers > y->employers ? -1 : 1;
    return strcmp(x->path, y->path);
}

static void result_missing(const struct jql_port *pt, const struct acc *a,
                           struct jql_portfolio *r)
{
    r->missing = NULL;
    r->nmissing = 0;
    for (int f = 0; a->miss_outs && f < pt->p->nfacts; f++)
        if (a->miss_emps[f]) {
            struct jql_pmissing m = {f, pt->p->facts[f].name, a->miss_emps[f], a->miss_outs[f]};
            JQL_APPEND(r->missing, r->nmissing, m);
        }
    if (r->nmissing > 1)
        qsort(r->missing, (size_t)r->nmissing, sizeof *r->missing, miss_cmp);
}

static void result_of(const struct jql_port *pt, const struct acc *a, struct jql_portfolio *r)
{
    const struct jql_program *p = pt->p;
    memcpy(r->employers, a->emps, sizeof r->employers);
    r->ntiers = p->ntiers;
    r->nstds = p->nstandards;
    r->tier_ids = jql_alloc((size_t)(p->ntiers + 1) * sizeof *r->tier_ids);
    r->std_ids = jql_alloc((size_t)(p->nstandards + 1) * sizeof *r->std_ids);
    r->tiers = jql_alloc_atomic((size_t)(p->ntiers + 1) * sizeof *r->tiers);
    for (int t = 0; t < p->ntiers; t++) {
        r->tier_ids[t] = p->tiers[t]->id;
        for (int k = 0; k < JQL_NREACH; k++)
            r->tiers[t].n[k] = jql_dec_from_int(a->tiers[t][k]);
    }
    for (int s = 0; s < p->nstandards; s++)
        r->std_ids[s] = p->standards[s]->id;
    r->stds = a->stds;
    r->outcomes = a->outcomes;
    r->decided = a->decided;
    r->untested = a->untested;
    result_missing(pt, a, r);
    r->nweights = pt->o.nweights;
    r->weights = jql_alloc((size_t)(r->nweights + 1) * sizeof *r->weights);
    for (int w = 0; w < r->nweights; w++)
        r->weights[w] = (struct jql_pweight){.fact = p->facts[pt->o.weights[w]].name,
                                             .tiers = a->wt + w * p->ntiers,
                                             .stds = a->ws + w * p->nstandards,
                                             .unknown = a->wunknown[w]};
    r->group_facts = NULL;
    r->ngroup_facts = 0;
    r->groups = NULL;
    r->ngroups = 0;
}

/* Groups sort by value: unknown last, counts numerically, bool false first, text
   bytewise (docs/cli.md, "Groups"). */
static int value_cmp(struct jql_value a, struct jql_value b)
{
    bool ua = a.kind == JQL_V_UNKNOWN, ub = b.kind == JQL_V_UNKNOWN;
    if (ua || ub)
        return ua - ub;
    if (a.kind == JQL_V_NUM && b.kind == JQL_V_NUM)
        return jql_dec_cmp(a.u.d, b.u.d);
    if (a.kind == JQL_V_BOOL && b.kind == JQL_V_BOOL)
        return (int)a.b - (int)b.b;
    if (a.kind == JQL_V_TEXT && b.kind == JQL_V_TEXT)
        return strcmp(a.u.s, b.u.s);
    return (int)a.kind - (int)b.kind;
}

static int grp_cmp(const void *a, const void *b)
{
    const struct grp *x = *(struct grp *const *)a, *y = *(struct grp *const *)b;
    int c = value_cmp(x->key[0], y->key[0]);
    return c ? c : value_cmp(x->key[1], y->key[1]);
}

static void result_groups(struct jql_port *pt, struct jql_portfolio *r)
{
    r->ngroup_facts = pt->o.ngroup_by;
    r->group_facts = jql_alloc((size_t)(r->ngroup_facts + 1) * sizeof *r->group_facts);
    for (int i = 0; i < r->ngroup_facts; i++)
        r->group_facts[i] = pt->p->facts[pt->o.group_by[i]].name;
    struct grp **v = jql_alloc((size_t)(pt->ngroups + 1) * sizeof *v);
    int n = 0;
    for (int i = 0; i < pt->cap; i++)
        if (pt->groups[i])
            v[n++] = pt->groups[i];
    qsort(v, (size_t)n, sizeof *v, grp_cmp);
    r->groups = jql_alloc((size_t)(n + 1) * sizeof *r->groups);
    r->ngroups = n;
    for (int i = 0; i < n; i++) {
        struct jql_portfolio *sub = jql_alloc(sizeof *sub);
        result_of(pt, &v[i]->a, sub);
        r->groups[i] = (struct jql_pgroup){{v[i]->text[0], v[i]->text[1]}, sub};
    }
}

const struct jql_portfolio *jql_port_result(struct jql_port *pt)
{
    result_of(pt, &pt->all, &pt->res);
    if (pt->o.ngroup_by)
        result_groups(pt, &pt->res);
    return &pt->res;
}

const struct jql_pgoal *jql_port_goals(struct jql_port *pt, int *n)
{
    for (int i = 0; i < pt->ngoals; i++) {
        struct jql_pgoal *pg = &pt->goals[i];
        /* an unknown weight could be any amount: no bound holds, the goal is undecided */
        pg->status = pg->population && !pg->unknown
                         ? (uint8_t)jql_port_goal_status(pg->g, &pg->a)
                         : JQL_GOAL_UNDECIDED;
        pg->type_digits = pg->g->weight_fact >= 0 ? 0 : -1;
    }
    *n = pt->ngoals;
    return pt->goals;
}

bool jql_port_overflowed(const struct jql_port *pt)
{
    return pt->overflow;
}

static void check_weight(const struct jql_program *p, struct jql_employer *emp, int fact)
{
    struct jql_value v = fact_value(p, emp, fact);
    if (v.kind != JQL_V_NUM || !jql_dec_is_neg(v.u.d))
        return;
    struct jql_diag *dg =
        jql_diag_error(&emp->diags, emp->name_loc, "weight '%s' is negative: %s",
                       p->facts[fact].name, jql_value_format(v));
    jql_diag_note(dg, (struct jql_loc){0}, "a weight counts workers or jobs: 0 or more");
    emp->failed = true;
}

void jql_port_check_weights(const struct jql_port *pt, struct jql_employer *emp)
{
    if (emp->failed)
        return;
    for (int i = 0; i < pt->o.nweights && !emp->failed; i++)
        check_weight(pt->p, emp, pt->o.weights[i]);
    for (int i = 0; i < pt->ngoals && !emp->failed; i++)
        if (pt->p->goals[i]->weight_fact >= 0)
            check_weight(pt->p, emp, pt->p->goals[i]->weight_fact);
}
