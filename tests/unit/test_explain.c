/* Unit tests for explain: the tree recorded from the evaluator for one rule or standard
   and one employer — each expression kind, quantifiers over none, one and many elements
   (those not needed evaluated aside), unknown facts, faults, lets, lookups, clauses that
   make a rule not_applicable — and that recording changes no status. */
#include "test_util.h"

#include "eval.h"
#include "explain.h"
#include "facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char RULES[] =
    "facts {\n"
    "  size: count\n"
    "  union: bool\n"
    "  wage: money/hour\n"
    "  n: number\n"
    "  big: number\n"
    "  state: text\n"
    "  collection job\n"
    "  job.wage: money/hour\n"
    "  job.ok: bool\n"
    "}\n"
    "param floor = $15/hour \"Floor\"\n"
    "let top = max j in job: j.wage\n"
    "let twice = top + top\n"
    "table min_wage \"Minimum\" {\n"
    "  key state: text\n"
    "  value: money/hour\n"
    "  \"CO\" => $14.81/hour source \"Colorado\"\n"
    "}\n"
    "standard s \"S\" {\n"
    "  rule every \"Every job\" {\n"
    "    when size > 0\n"
    "    unless union\n"
    "    require all j in job: j.wage >= floor\n"
    "  }\n"
    "  rule lets \"Lets\" { require twice > top }\n"
    "  rule lookup \"Lookup\" { require wage >= min_wage[state] }\n"
    "  rule divide \"Divide\" { require n / 0 > 1 }\n"
    "  rule overflow \"Overflow\" { require big * big > 0 }\n"
    "  rule decided \"A fault decided away\" { require false and n / 0 > 1 }\n"
    "  rule any_ok \"Any\" { require any j in job: j.ok }\n"
    "  rule counted \"Count\" { require (count j in job: j.ok) >= 1 }\n"
    "  rule cond \"If\" { require if union then wage > $1/hour else size > 1 }\n"
    "  rule member \"In\" { require state in [\"CO\", \"WA\"] }\n"
    "  rule reported \"Known\" { require wage is known or not union }\n"
    "}\n";

struct fixture {
    const struct jql_program *p;
    struct jql_employer **emps;
    int nemps;
};

static struct fixture load(const char *facts)
{
    struct fixture f = {test_program("t.jq", RULES), NULL, 0};
    struct jql_diags d = {0};
    const struct jql_source *src = jql_source_new("a.facts", "a.facts", facts, strlen(facts));
    struct jql_factfile *ff = jql_parse_facts(src, &d);
    assert_int_equal(d.nerrors, 0);
    struct jql_facts_opts o = {0};
    f.emps = jql_facts_load(f.p, ff, &o, &f.nemps);
    for (int i = 0; i < f.nemps; i++)
        assert_false(f.emps[i]->failed);
    return f;
}

static int rule_index(const struct jql_program *p, const char *id)
{
    for (int r = 0; r < p->standards[0]->nrules; r++)
        if (strcmp(p->standards[0]->rules[r]->id, id) == 0)
            return r;
    fail_msg("no rule %s", id);
    return -1;
}

/* Explain rule `id` of s for employer k. */
static struct jql_explain *explain(const struct fixture *f, const char *id, int k)
{
    struct jql_explain *x = jql_explain_new(f->p, 20000, 0, 0, rule_index(f->p, id));
    jql_explain_run(x, f->emps[k]);
    return x;
}

static const struct jql_explain_rule *only_rule(const struct jql_explain *x)
{
    int n;
    const struct jql_explain_rule *r = jql_explain_rules(x, &n);
    assert_int_equal(n, 1);
    return r;
}

static const struct jql_explain_node *node(const struct jql_explain *x, int i)
{
    int n;
    const struct jql_explain_node *v = jql_explain_nodes(x, &n);
    assert_true(i >= 0 && i < n);
    return &v[i];
}

static int nchildren(const struct jql_explain *x, int i)
{
    int n = 0;
    for (int k = node(x, i)->first; k >= 0; k = node(x, k)->next)
        n++;
    return n;
}

static int child(const struct jql_explain *x, int i, int which)
{
    int k = node(x, i)->first;
    while (which-- > 0)
        k = node(x, k)->next;
    assert_true(k >= 0);
    return k;
}

/* The text written for the run, to search in. */
static char *text_of(const struct jql_explain *x)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    jql_explain_write(f, x, false);
    fclose(f);
    char *s = jql_strdup(buf);
    free(buf);
    return s;
}

static const char FACTS[] =
    "employer \"Many\" {\n"
    "  size = 12\n  union = false\n  wage = $16/hour\n  n = 4\n  big = 999_999_999_999\n"
    "  state = \"CO\"\n"
    "  job \"Cook\" { wage = $18/hour\n ok = false }\n"
    "  job \"Host\" { wage = $14/hour\n ok = true }\n"
    "  job \"Aide\" { wage = $15.50/hour\n ok = false }\n"
    "}\n"
    "employer \"One\" {\n"
    "  size = 2\n  union = true\n  state = \"TX\"\n"
    "  job \"Solo\" { wage = $20/hour\n ok = true }\n"
    "}\n"
    "employer \"None\" {\n"
    "  size = 0\n  union = false\n  job = []\n"
    "}\n";

static void test_clauses_in_order(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "every", 0);
    const struct jql_explain_rule *r = only_rule(x);
    assert_int_equal(r->ncl, 3);
    assert_string_equal(r->cl[0].word, "when");
    assert_string_equal(r->cl[1].word, "unless");
    assert_string_equal(r->cl[2].word, "require");
    assert_int_equal(r->res->status, JQL_FAIL);
    assert_true(node(x, r->cl[0].node)->v.b);
    assert_false(node(x, r->cl[1].node)->v.b);
    assert_false(node(x, r->cl[2].node)->v.b);
}

/* `all` stops at Host (false): Aide is evaluated aside, marked, in the tree all the same. */
static void test_quantifier_many_elements(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "every", 0);
    int q = only_rule(x)->cl[2].node;
    assert_int_equal(node(x, q)->e->kind, JQL_E_QUANT);
    assert_int_equal(nchildren(x, q), 3);
    const char *labels[] = {"Cook", "Host", "Aide"};
    const bool values[] = {true, false, true}, aside[] = {false, false, true};
    for (int i = 0; i < 3; i++) {
        const struct jql_explain_node *c = node(x, child(x, q, i));
        assert_string_equal(c->elem->label, labels[i]);
        assert_int_equal(c->v.b, values[i]);
        assert_int_equal(c->aside, aside[i]);
        assert_int_equal(nchildren(x, child(x, q, i)), 2); /* j.wage, floor */
    }
    char *t = text_of(x);
    assert_non_null(strstr(t, "job \"Aide\": j.wage >= floor is true (not needed for the "
                              "result)"));
    assert_non_null(strstr(t, "floor = $15.00/hour (param)"));
}

static void test_quantifier_one_and_none(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "any_ok", 1);
    int q = only_rule(x)->cl[0].node;
    assert_int_equal(nchildren(x, q), 1);
    assert_string_equal(node(x, child(x, q, 0))->elem->label, "Solo");
    assert_int_equal(only_rule(x)->res->status, JQL_PASS);
    x = explain(&f, "counted", 2);
    q = node(x, only_rule(x)->cl[0].node)->first; /* the count, under the comparison */
    assert_int_equal(node(x, q)->e->kind, JQL_E_QUANT);
    assert_int_equal(nchildren(x, q), 0);
    assert_int_equal(node(x, q)->v.kind, JQL_V_NUM);
    assert_int_equal(only_rule(x)->res->status, JQL_FAIL);
}

/* A false `when` (or a true `unless`) decides: the require is not evaluated. */
static void test_not_applicable(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "every", 2);
    const struct jql_explain_rule *r = only_rule(x);
    assert_int_equal(r->res->status, JQL_NOT_APPLICABLE);
    assert_false(node(x, r->cl[0].node)->v.b);
    assert_int_equal(r->cl[2].node, -1);
    assert_non_null(strstr(text_of(x), "require all j in job: j.wage >= floor (not evaluated)"));
    x = explain(&f, "every", 1);
    assert_int_equal(only_rule(x)->res->status, JQL_NOT_APPLICABLE);
    assert_true(node(x, only_rule(x)->cl[1].node)->v.b);
}

static int let_slot(const struct jql_program *p, const char *name)
{
    for (int i = 0; i < p->nlets; i++)
        if (strcmp(p->lets[i].name, name) == 0)
            return i;
    fail_msg("no let %s", name);
    return -1;
}

/* Lets are recorded once, apart from their uses; the text shows each once per rule. */
static void test_lets(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "lets", 0);
    int cmp = only_rule(x)->cl[0].node;
    assert_int_equal(nchildren(x, child(x, cmp, 0)), 0); /* the name `twice` */
    int twice = jql_explain_let(x, let_slot(f.p, "twice"));
    int top = jql_explain_let(x, let_slot(f.p, "top"));
    assert_true(twice >= 0 && top >= 0);
    assert_int_equal(node(x, twice)->parent, -1);
    assert_int_equal(node(x, twice)->e->kind, JQL_E_ARITH);
    assert_int_equal(nchildren(x, top), 3); /* max over the three jobs */
    char *t = text_of(x);
    assert_non_null(strstr(t, "    require twice > top is true  # 26:30\n"
                              "      twice = $36.00/hour (let)  # 26:30\n"
                              "        top + top = $36.00/hour  # 14:13\n"
                              "          top = $18.00/hour (let)  # 14:13\n"
                              "            max j in job: j.wage = $18.00/hour  # 13:11\n"
                              "              job \"Cook\": j.wage = $18.00/hour  # 13:25\n"));
    assert_non_null(strstr(t, "          top = $18.00/hour (let, shown above)  # 14:19\n"));
    assert_non_null(strstr(t, "      top = $18.00/hour (let, shown above)  # 26:38\n"));
    /* the unknown let of an employer with no jobs says why */
    x = explain(&f, "lets", 2);
    assert_non_null(strstr(text_of(x), "max j in job: j.wage is unknown (job has no elements)"));
}

static void test_lookup_row(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "lookup", 0);
    int cmp = only_rule(x)->cl[0].node;
    const struct jql_explain_node *lk = node(x, child(x, cmp, 1));
    assert_int_equal(lk->e->kind, JQL_E_LOOKUP);
    assert_non_null(lk->row);
    assert_string_equal(lk->row->source.s, "Colorado");
    assert_non_null(strstr(text_of(x), "min_wage[state] = $14.81/hour (row \"CO\" at 18:3; "
                                       "source: Colorado)"));
    x = explain(&f, "lookup", 1); /* no wage: unknown; TX has no row */
    cmp = only_rule(x)->cl[0].node;
    assert_int_equal(node(x, cmp)->v.kind, JQL_V_UNKNOWN);
    assert_null(node(x, child(x, cmp, 1))->row);
    char *t = text_of(x);
    assert_non_null(strstr(t, "wage is unknown (no value in the facts)"));
    assert_non_null(strstr(t, "min_wage[state] is unknown (no row of min_wage for \"TX\")"));
}

static void test_faults(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "divide", 0);
    const struct jql_explain_node *n = node(x, only_rule(x)->cl[0].node);
    assert_int_equal(n->v.kind, JQL_V_ERROR);
    assert_string_equal(n->v.u.fault->msg, "division by zero");
    assert_int_equal(only_rule(x)->res->status, JQL_ERROR);
    x = explain(&f, "overflow", 0);
    assert_non_null(strstr(text_of(x), "big * big is an error: overflow in '*' at 29:"));
    /* `false and ...` decides: the fault on the right is never evaluated */
    x = explain(&f, "decided", 0);
    int and = only_rule(x)->cl[0].node;
    assert_int_equal(nchildren(x, and), 1); /* the literal `false` */
    assert_int_equal(only_rule(x)->res->status, JQL_FAIL);
    assert_non_null(strstr(text_of(x), "n / 0 > 1 (not evaluated)"));
}

static void test_other_kinds(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "cond", 0); /* union false: the else branch */
    char *t = text_of(x);
    assert_non_null(strstr(t, "wage > $1/hour (not evaluated)"));
    assert_non_null(strstr(t, "size > 1 is true"));
    x = explain(&f, "member", 0);
    assert_non_null(strstr(text_of(x), "state in [\"CO\", \"WA\"] is true"));
    x = explain(&f, "reported", 0);
    t = text_of(x);
    assert_non_null(strstr(t, "wage is known is true"));
    assert_non_null(strstr(t, "not union (not evaluated)"));
}

/* A tree past its cap is cut where the cap struck, and says so; the statuses stay. */
static void test_cap(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = jql_explain_new(f.p, 20000, 0, 0, rule_index(f.p, "every"));
    jql_explain_set_max_nodes(x, 5); /* when (3 nodes), unless, require: none of its jobs */
    jql_explain_run(x, f.emps[0]);
    const struct jql_explain_rule *r = only_rule(x);
    assert_int_equal(r->res->status, JQL_FAIL);
    assert_true(node(x, r->cl[2].node)->cut);
    assert_true(jql_explain_dropped(x) > 0);
    char *t = text_of(x);
    assert_non_null(strstr(t, "require all j in job: j.wage >= floor is false  # 24:13\n"
                              "      ... (more elements not shown: the tree is cut)\n"));
    assert_non_null(strstr(t, "evaluations not recorded (a tree stops at 5 nodes)"));
    jql_explain_set_max_nodes(x, 3); /* the `unless` clause itself is left out */
    jql_explain_run(x, f.emps[0]);
    assert_int_equal(only_rule(x)->cl[1].node, -2);
    t = text_of(x);
    assert_non_null(strstr(t, "unless union (not shown: the tree is cut)"));
    assert_non_null(strstr(t, "require all j in job: j.wage >= floor (not shown: the tree is "
                              "cut)"));
}

/* The JSON Lines form: one line, the nodes by id with their parents and children. */
static void test_jsonl(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    struct jql_explain *x = explain(&f, "lookup", 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    jql_explain_write_jsonl(out, x);
    fclose(out);
    assert_non_null(strstr(buf, "{\"employer\":\"Many\",\"file\":\"a.facts\",\"line\":1,"
                                "\"loaded\":true,\"rules\":[{\"id\":\"s.lookup\",\"status\":"
                                "\"pass\""));
    assert_non_null(strstr(buf, "\"clauses\":[{\"clause\":\"require\",\"expr\":\"wage >= "
                                "min_wage[state]\",\"location\":\"t.jq:27:34\",\"node\":7}]"));
    /* nodes 0-6: the lets `top` and `twice`, computed by the rule before */
    assert_non_null(strstr(buf, "{\"id\":9,\"parent\":7,\"expr\":\"min_wage[state]\","
                                "\"location\":\"t.jq:27:42\",\"result\":\"value\",\"value\":"
                                "\"$14.81/hour\",\"row\":\"t.jq:18:3\",\"children\":[10]}"));
    assert_string_equal(buf + len - 18, "\"not_recorded\":0}\n");
    assert_null(memchr(buf, '\n', len - 1)); /* one line */
    free(buf);
}

/* Recording changes nothing: every rule's status is the evaluator's own. */
static void test_same_statuses(void **state)
{
    (void)state;
    struct fixture f = load(FACTS);
    for (int k = 0; k < f.nemps; k++) {
        struct jql_remployer plain = {0};
        jql_eval_employer(f.p, f.emps[k], 20000, &plain);
        struct jql_explain *x = jql_explain_new(f.p, 20000, 0, 0, -1);
        const struct jql_remployer *traced = jql_explain_run(x, f.emps[k]);
        int n;
        const struct jql_explain_rule *r = jql_explain_rules(x, &n);
        assert_int_equal(n, f.p->standards[0]->nrules);
        for (int i = 0; i < n; i++) {
            assert_int_equal(r[i].res->status, plain.stds[0].rules[i].status);
            assert_string_equal(r[i].res->reason, plain.stds[0].rules[i].reason);
        }
        assert_int_equal(traced->status, plain.status);
    }
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clauses_in_order),
        cmocka_unit_test(test_quantifier_many_elements),
        cmocka_unit_test(test_quantifier_one_and_none),
        cmocka_unit_test(test_not_applicable),
        cmocka_unit_test(test_lets),
        cmocka_unit_test(test_lookup_row),
        cmocka_unit_test(test_faults),
        cmocka_unit_test(test_other_kinds),
        cmocka_unit_test(test_cap),
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_same_statuses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
