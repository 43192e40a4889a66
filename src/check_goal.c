/*
** check_goal: the checker's part for goals (docs/language.md §4, "Goals") and for the
** tests that hold several employers (§10): a goal's id, its tier or standard, its
** weight and target; a test's givens and the employer or goal each `expect` names.
*/
#include "check_int.h"

#include "mem.h"

#include <string.h>

static const struct jql_loc no_loc = {0};

static int find_tier(const struct jql_program *p, const char *id)
{
    for (int i = 0; i < p->ntiers; i++)
        if (strcmp(p->tiers[i]->id, id) == 0)
            return i;
    return -1;
}

static int find_std(const struct jql_program *p, const char *id)
{
    for (int i = 0; i < p->nstandards; i++)
        if (strcmp(p->standards[i]->id, id) == 0)
            return i;
    return -1;
}

static int find_goal(const struct jql_program *p, const char *id, int before)
{
    for (int i = 0; i < before; i++)
        if (strcmp(p->goals[i]->id, id) == 0)
            return i;
    return -1;
}

/* The did-you-mean note among the ids of tiers (tiers true) or standards. */
static void note_similar_id(struct jql_diag *dg, const struct jql_program *p, bool tiers,
                            const char *id)
{
    int n = tiers ? p->ntiers : p->nstandards;
    const char **ids = jql_alloc((size_t)(n + 1) * sizeof *ids);
    for (int i = 0; i < n; i++)
        ids[i] = tiers ? p->tiers[i]->id : p->standards[i]->id;
    const char *alt = jql_suggest(id, ids, n);
    if (alt)
        jql_diag_note(dg, no_loc, "did you mean '%s'?", alt);
}

/* `reaching TIER` or `passing STANDARD`: the target exists, as what the line says. */
static void goal_target(struct chk *c, struct jql_goal *g)
{
    const struct jql_program *p = c->p;
    g->target_index = g->passing ? find_std(p, g->target) : find_tier(p, g->target);
    if (g->target_index >= 0)
        return;
    struct jql_diag *dg = jql_diag_error(c->d, g->target_loc, "goal '%s' counts employers %s "
                                         "'%s', which is not a %s", g->id,
                                         g->passing ? "passing" : "reaching", g->target,
                                         g->passing ? "standard" : "tier");
    bool other = g->passing ? find_tier(p, g->target) >= 0 : find_std(p, g->target) >= 0;
    if (other)
        jql_diag_note(dg, no_loc, "'%s' is a %s: write '%s %s'", g->target,
                      g->passing ? "tier" : "standard", g->passing ? "reaching" : "passing",
                      g->target);
    else
        note_similar_id(dg, p, !g->passing, g->target);
}

/* `weighted by FACT`: a count or number fact, one value per employer. */
static void goal_weight(struct chk *c, struct jql_goal *g)
{
    const struct jql_program *p = c->p;
    int f = jql_program_fact(p, g->weight);
    if (f < 0) {
        struct jql_diag *dg = jql_diag_error(c->d, g->weight_loc, "goal '%s' is weighted by "
                                             "'%s', which is not a declared fact", g->id,
                                             g->weight);
        const char *alt = jql_program_suggest_fact(p, g->weight);
        if (alt)
            jql_diag_note(dg, no_loc, "did you mean '%s'?", alt);
        return;
    }
    const struct jql_fact_info *fi = &p->facts[f];
    struct jql_type t = fi->type;
    if (fi->kind == JQL_FACT_SCALAR && t.kind == JQL_T_NUMBER &&
        (t.sub == JQL_NUM_COUNT || t.sub == JQL_NUM_NUMBER)) {
        g->weight_fact = f;
        return;
    }
    struct jql_diag *dg;
    if (fi->kind == JQL_FACT_MEMBER)
        dg = jql_diag_error(c->d, g->weight_loc, "goal '%s' is weighted by '%s', a member of "
                            "collection '%s'", g->id, g->weight, p->facts[fi->coll].name);
    else
        dg = jql_diag_error(c->d, g->weight_loc, "goal '%s' is weighted by '%s', which is %s",
                            g->id, g->weight, fi->kind == JQL_FACT_COLLECTION
                                                  ? "a collection" : jql_type_name(t));
    jql_diag_note(dg, no_loc, "a weight is a count or number fact with one value per "
                  "employer, such as the number of its workers");
}

/* The target is a share: 0% to 100%, and `>` needs room above it. */
static void goal_pct(struct chk *c, const struct jql_goal *g)
{
    jql_dec hundred = jql_dec_from_int(100);
    int cmp = jql_dec_cmp(g->pct, hundred);
    const char *pct = jql_dec_format(g->pct, 0);
    if (cmp > 0)
        jql_diag_error(c->d, g->pct_loc, "goal '%s' has a target of %s%%, above 100%%", g->id,
                       pct);
    else if (cmp == 0 && g->strict)
        jql_diag_error(c->d, g->pct_loc, "goal '%s' can never be met: no share is above "
                       "100%%", g->id);
}

void jql_check_goal(struct chk *c, struct jql_goal *g)
{
    int before = c->p->ngoals;
    JQL_APPEND(c->p->goals, c->p->ngoals, g);
    if (jql_check_name_ok(c, g->id, "goal", g->id_loc)) {
        int old = find_goal(c->p, g->id, before);
        if (old >= 0) {
            struct jql_diag *dg = jql_diag_error(c->d, g->id_loc, "goal '%s' is declared twice",
                                                 g->id);
            jql_diag_note(dg, c->p->goals[old]->id_loc, "'%s' first declared here", g->id);
        }
    }
    if (!g->share_loc.src) {
        struct jql_diag *dg = jql_diag_error(c->d, g->id_loc, "goal '%s' has no 'share of "
                                             "employers' line", g->id);
        jql_diag_note(dg, no_loc, "write what it counts and its target, like 'share of "
                      "employers reaching TIER >= 75%%' or 'share of employers passing "
                      "STANDARD > 50%%'");
        return;
    }
    goal_target(c, g);
    if (g->weight)
        goal_weight(c, g);
    goal_pct(c, g);
}

void jql_check_goal_where(struct chk *c, struct jql_goal *g)
{
    if (g->where)
        jql_check_condition(c, g->where, "where");
}

/* ---- tests with several givens ---- */

static int find_given(const struct jql_test *t, const char *name, int before)
{
    for (int i = 0; i < before; i++)
        if (t->givens[i]->name && strcmp(t->givens[i]->name, name) == 0)
            return i;
    return -1;
}

/* The test's name for a message (quoted only then: most tests have none). */
static const char *quoted(const struct jql_test *t)
{
    return jql_value_quote(t->name);
}

static void test_givens(struct chk *c, const struct jql_test *t)
{
    if (t->ngivens == 0) {
        struct jql_diag *dg = jql_diag_error(c->d, t->name_loc, "test %s has no given", quoted(t));
        jql_diag_note(dg, no_loc, "write the employer's facts in 'given { ... }'");
        return;
    }
    for (int i = 0; i < t->ngivens; i++) {
        const struct jql_femployer *g = t->givens[i];
        if (!g->name) {
            if (t->ngivens > 1) {
                struct jql_diag *dg = jql_diag_error(c->d, g->loc, "test %s has %d givens: "
                                                     "each needs a name", quoted(t), t->ngivens);
                jql_diag_note(dg, no_loc, "write 'given \"Name\" { ... }'");
            }
            continue;
        }
        int old = find_given(t, g->name, i);
        if (old >= 0) {
            struct jql_diag *dg = jql_diag_error(c->d, g->name_loc, "test %s has two givens "
                                                 "named %s", quoted(t), jql_value_quote(g->name));
            jql_diag_note(dg, t->givens[old]->name_loc, "the first is here");
        }
    }
}

/* `expect "Name" ...`: a given of this test; without a name, the only given. */
static void expect_employer(struct chk *c, const struct jql_test *t, struct jql_expect *ex)
{
    ex->given = 0;
    if (ex->employer) {
        ex->given = find_given(t, ex->employer, t->ngivens);
        if (ex->given >= 0)
            return;
        ex->given = 0;
        struct jql_diag *dg = jql_diag_error(c->d, ex->employer_loc, "test %s has no given "
                                             "named %s", quoted(t), jql_value_quote(ex->employer));
        const char **names = jql_alloc((size_t)(t->ngivens + 1) * sizeof *names);
        for (int i = 0; i < t->ngivens; i++)
            names[i] = t->givens[i]->name;
        const char *alt = jql_suggest(ex->employer, names, t->ngivens);
        if (alt)
            jql_diag_note(dg, no_loc, "did you mean %s?", jql_value_quote(alt));
        return;
    }
    if (t->ngivens < 2)
        return;
    struct jql_diag *dg = jql_diag_error(c->d, ex->qid_loc, "test %s has %d givens: say "
                                         "which employer this expectation is about", quoted(t),
                                         t->ngivens);
    const char *first = t->givens[0]->name ? t->givens[0]->name : "Name";
    jql_diag_note(dg, no_loc, "write 'expect %s %s %s'", jql_value_quote(first), ex->qid,
                  jql_status_name((enum jql_status)ex->status));
}

static void expect_goal(struct chk *c, struct jql_expect *ex)
{
    const struct jql_program *p = c->p;
    ex->goal_index = find_goal(p, ex->qid, p->ngoals);
    if (ex->goal_index >= 0)
        return;
    struct jql_diag *dg = jql_diag_error(c->d, ex->qid_loc, "unknown goal '%s'", ex->qid);
    const char **ids = jql_alloc((size_t)(p->ngoals + 1) * sizeof *ids);
    for (int i = 0; i < p->ngoals; i++)
        ids[i] = p->goals[i]->id;
    const char *alt = jql_suggest(ex->qid, ids, p->ngoals);
    if (alt)
        jql_diag_note(dg, no_loc, "did you mean '%s'?", alt);
}

bool jql_check_test_expect(struct chk *c, const struct jql_test *t, struct jql_expect *ex)
{
    if (ex->goal) {
        expect_goal(c, ex);
        return true;
    }
    expect_employer(c, t, ex);
    return false;
}

void jql_check_test_givens(struct chk *c, const struct jql_test *t)
{
    test_givens(c, t);
}
