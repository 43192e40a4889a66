/* Unit tests for check: rule files are parsed and checked; the program's
   slots, the resolution of every kind of name and every checker diagnostic
   (message, and note where there is one) are asserted. */
#include "test_util.h"

#include "check.h"
#include "parse.h"

#include <stdio.h>
#include <string.h>

static const char VOCAB[] =
    "facts {\n"
    "  employees: count \"Workers on payroll\"\n"
    "  industry: text\n"
    "  pay.lowest_hourly_wage: money/hour\n"
    "  pay.living_wage_hourly: money/hour\n"
    "  pay.salary: money/year\n"
    "  pay.bonus: money\n"
    "  pay.profit_sharing: bool\n"
    "  benefits.retirement_plan: one of \"none\", \"401k\", \"pension\"\n"
    "  benefits.languages: list of text\n"
    "  schedule.advance_notice: days\n"
    "  schedule.shift_length: hours\n"
    "  founded: date\n"
    "  languages: list of text\n"
    "  job.hourly_wage: money/hour\n"
    "  collection job \"A position\"\n"
    "  job.headcount: count\n"
    "  job.eligible: bool\n"
    "  job.plan: one of \"a\", \"b\"\n"
    "  collection site\n"
    "}\n";

/* Parse and check `text` (after the vocabulary), with the diagnostics in *d. */
static struct jql_program *check_text(const char *text, struct jql_diags *d)
{
    char *all = jql_sprintf("%s%s", VOCAB, text);
    const struct jql_source *src = jql_source_new("t.jq", "t.jq", all, strlen(all));
    struct jql_rulefile *rf = jql_parse_rules(src, d);
    if (d->nerrors)
        jql_diags_render(stderr, d, false);
    assert_int_equal(d->nerrors, 0); /* the test's text must parse */
    return jql_check(&rf, 1, d);
}

static struct jql_program *ok(const char *text)
{
    struct jql_diags d = {0};
    struct jql_program *p = check_text(text, &d);
    if (!p)
        jql_diags_render(stderr, &d, false);
    assert_non_null(p);
    assert_int_equal(d.nerrors, 0);
    return p;
}

static const struct jql_diag *find_diag(const struct jql_diags *d, const char *msg)
{
    for (int i = 0; i < d->n; i++)
        if (strstr(d->v[i]->msg, msg))
            return d->v[i];
    return NULL;
}

static bool has_note(const struct jql_diag *dg, const char *msg)
{
    for (int i = 0; i < dg->nnotes; i++)
        if (strstr(dg->notes[i].msg, msg))
            return true;
    return false;
}

/* Check `text`, expect failure with exactly `nerrors` errors, one of them containing
   `msg` (with a note containing `note`, unless NULL) located at `at` (unless NULL). */
static void fails_n(const char *text, int nerrors, const char *msg, const char *note,
                    const char *at)
{
    struct jql_diags d = {0};
    struct jql_program *p = check_text(text, &d);
    const struct jql_diag *dg = find_diag(&d, msg);
    if (!dg || p || d.nerrors != nerrors) {
        fprintf(stderr, "expected %d error(s) with '%s', got %d:\n", nerrors, msg, d.nerrors);
        jql_diags_render(stderr, &d, false);
    }
    assert_null(p);
    assert_non_null(dg);
    assert_int_equal(d.nerrors, nerrors);
    if (note && !has_note(dg, note)) {
        jql_diags_render(stderr, &d, false);
        fail_msg("missing note '%s'", note);
    }
    if (at)
        assert_string_equal(jql_source_text(dg->loc), at);
}

static void fails(const char *text, const char *msg, const char *note, const char *at)
{
    fails_n(text, 1, msg, note, at);
}

static const struct jql_fact_info *fact(const struct jql_program *p, const char *name)
{
    int id = jql_program_fact(p, name);
    assert_true(id >= 0);
    return &p->facts[id];
}

/* The first require of rule `r` of standard `s`. */
static struct jql_expr *req(const struct jql_program *p, int s, int r)
{
    return p->standards[s]->rules[r]->requires[0];
}

/* ---- vocabulary ---- */

static void test_vocab_slots(void **state)
{
    struct jql_program *p = ok("");
    /* collections come first, each followed by its implicit name member */
    assert_string_equal(p->facts[0].name, "job");
    assert_string_equal(p->facts[1].name, "job.name");
    assert_string_equal(p->facts[2].name, "site");
    assert_int_equal(p->ncolls, 2);
    assert_int_equal(p->nscalars, 13);
    assert_int_equal(fact(p, "employees")->slot, 0);
    assert_int_equal(fact(p, "founded")->slot, 11);
    assert_int_equal(fact(p, "site")->slot, 1);
    const struct jql_fact_info *job = fact(p, "job");
    assert_int_equal(job->kind, JQL_FACT_COLLECTION);
    assert_int_equal(job->nmembers, 5);
    assert_string_equal(job->desc, "A position");
    assert_int_equal(fact(p, "site")->nmembers, 1);
    const struct jql_fact_info *name = fact(p, "job.name");
    assert_int_equal(name->kind, JQL_FACT_MEMBER);
    assert_int_equal(name->slot, 0);
    assert_int_equal(name->type.kind, JQL_T_TEXT);
    /* a member declared before its collection still belongs to it */
    const struct jql_fact_info *wage = fact(p, "job.hourly_wage");
    assert_int_equal(wage->kind, JQL_FACT_MEMBER);
    assert_int_equal(wage->coll, jql_program_fact(p, "job"));
    assert_int_equal(wage->slot, 1);
    assert_int_equal(fact(p, "job.plan")->slot, 4);
    assert_int_equal(fact(p, "employees")->coll, -1);
    assert_int_equal(jql_program_fact(p, "nope"), -1);
    assert_int_equal(jql_program_fact(p, "pay"), -1);
}

static void test_vocab_many_facts(void **state)
{
    /* enough facts to make the name index grow several times */
    struct jql_buf b = {0};
    jql_buf_puts(&b, "facts {\n");
    for (int i = 0; i < 300; i++)
        jql_buf_printf(&b, "  f.x%d: number\n", i);
    jql_buf_puts(&b, "}\n");
    struct jql_program *p = ok(jql_buf_str(&b));
    for (int i = 0; i < 300; i++)
        assert_int_equal(fact(p, jql_sprintf("f.x%d", i))->slot, 13 + i);
}

static void test_vocab_redeclare(void **state)
{
    struct jql_program *p = ok("facts { employees: count \n pay.bonus: money \"Bonus\"\n"
                               "benefits.retirement_plan: one of \"pension\", \"401k\", \"none\"\n"
                               "collection job }\n");
    assert_string_equal(fact(p, "pay.bonus")->desc, "Bonus");
    assert_int_equal(p->nscalars, 13);
    fails("facts { employees: days }\n",
          "fact 'employees' is declared here as days, but earlier as count",
          "'employees' first declared here", "days");
    fails("facts { job: text }\n", "fact 'job' is declared here as text, but earlier as a collection",
          NULL, NULL);
    fails("facts { job.name: number }\n",
          "'job.name' is the implicit label of collection 'job' and is always text", NULL, NULL);
    ok("facts { job.name: text }\n");
    fails("facts { hour.x: number }\n", "'hour' is a unit word and cannot name a fact", NULL,
          "hour");
    fails("facts { collection today }\n", "'today' is a built-in name and cannot name a "
          "collection", NULL, NULL);
    /* a fact declared before a same-named collection: the collection is the later one */
    fails_n("facts { zone: text }\nfacts { zone: number\n collection zone }\n", 2,
            "fact 'zone' is declared here as number, but earlier as text", NULL, "number");
    fails_n("facts { zone: text }\nfacts { zone: number\n collection zone }\n", 2,
            "collection 'zone' is declared here, but earlier as a fact of type text",
            "'zone' first declared here", "zone");
    /* a badly named rule still reports its other mistakes */
    fails_n("standard s { rule day { when true } }\n", 2, "rule 'day' has no require", NULL,
            "day");
}

/* ---- params ---- */

static void test_params(void **state)
{
    struct jql_program *p = ok("param multiplier = 100% \"Share of the living wage\"\n"
                               "param hours_per_year = 2000 hours\n");
    assert_int_equal(p->nparams, 3);
    assert_int_equal(p->param_hours_per_year, 0);
    assert_int_equal(p->param_weeks_per_year, 1);
    assert_int_equal(jql_program_param(p, "multiplier"), 2);
    assert_int_equal(jql_program_param(p, "nope"), -1);
    assert_int_equal(p->params[2].type.kind, JQL_T_NUMBER);
    assert_int_equal(p->params[2].type.sub, JQL_NUM_PERCENT);
    assert_string_equal(p->params[2].desc, "Share of the living wage");
    assert_string_equal(jql_value_format(p->params[0].value), "2000 hours");
    assert_non_null(p->params[0].desc);
    struct jql_program *q = ok("");
    assert_string_equal(jql_value_format(q->params[0].value), "2080 hours");
    assert_string_equal(jql_value_format(q->params[1].value), "52");
    assert_int_equal(q->params[0].type.kind, JQL_T_DURATION);
    assert_int_equal(q->params[0].type.sub, JQL_DUR_HOURS);
}

static void test_param_errors(void **state)
{
    fails("param m = 1\nparam m = 2\n", "param 'm' is declared twice", "'m' first declared here",
          "m");
    fails("param weeks_per_year = 50\nparam weeks_per_year = 51\n",
          "param 'weeks_per_year' is declared twice", "first declared here", NULL);
    fails("param hours_per_year = 250 days\n",
          "param 'hours_per_year': expected hours, like 40 hours, got 250 days", NULL,
          "250 days");
    fails("param weeks_per_year = $5\n", "param 'weeks_per_year': expected number, like 42, "
          "got $5.00", NULL, NULL);
    fails("param pay = 1\n", "param 'pay' has the name of fact 'pay.lowest_hourly_wage'",
          "fact 'pay.lowest_hourly_wage' is declared here", "pay");
    fails("param day = 1\n", "'day' is a unit word and cannot name a param", NULL, "day");
    fails("param annual = 1\n", "'annual' is a built-in name and cannot name a param", NULL,
          NULL);
}

/* ---- lets ---- */

static void test_lets(void **state)
{
    struct jql_program *p = ok("let a = 1\nlet b = a + 1\n"
                               "standard s {\n let a = $5\n"
                               " rule r { require a > $1 and b > 1 } }\n");
    assert_int_equal(p->nlets, 3);
    assert_int_equal(p->lets[0].standard, -1);
    assert_int_equal(p->lets[2].standard, 0);
    struct jql_expr *e = req(p, 0, 0);
    struct jql_expr *a = e->u.bin.a->u.bin.a, *b = e->u.bin.b->u.bin.a;
    /* the standard's let shadows the top-level one */
    assert_int_equal(a->ref, JQL_REF_LET);
    assert_int_equal(a->index, 2);
    assert_int_equal(a->type.kind, JQL_T_MONEY);
    assert_int_equal(b->ref, JQL_REF_LET);
    assert_int_equal(b->index, 1);
    assert_int_equal(b->type.kind, JQL_T_NUMBER);
}

static void test_let_errors(void **state)
{
    fails("let a = 1\nlet a = 2\n", "let 'a' is declared twice", "'a' first declared here",
          NULL);
    fails("standard s { let a = 1\n let a = 2\n rule r { require true } }\n",
          "let 'a' is declared twice in standard 's'", "first declared here", NULL);
    fails("let job = 1\n", "let 'job' has the name of fact 'job'", "fact 'job' is declared here", NULL);
    fails("let pay = 1\n", "let 'pay' has the name of fact 'pay.lowest_hourly_wage'", NULL,
          NULL);
    fails("param m = 1\nlet m = 2\n", "let 'm' has the same name as a param",
          "'m' first declared here", NULL);
    fails("let week = 2\n", "'week' is a unit word and cannot name a let", NULL, NULL);
    fails("let length = 2\n", "'length' is a built-in name and cannot name a let", NULL, NULL);
    /* a standard's let may take a param's name (it shadows it) */
    ok("param m = 1\nstandard s { let m = 2\n rule r { require m > 1 } }\n");
}

static void test_let_cycles(void **state)
{
    fails("let a = b + 1\nlet b = a * 2\n", "let 'a' depends on itself: a -> b -> a", NULL, "a");
    fails("let a = a\n", "let 'a' depends on itself: a -> a", NULL, NULL);
    /* reported once, however many references close the cycle */
    fails("let a = b + b\nlet b = a + a + c\nlet c = 1\n", "let 'a' depends on itself", NULL,
          NULL);
    fails("let a = 1\nstandard s { let a = a + 1\n rule r { require a > 1 } }\n",
          "let 'a' depends on itself: a -> a", NULL, NULL);
}

/* ---- standards, rules, tiers, tests ---- */

static void test_standards(void **state)
{
    struct jql_program *p = ok("standard b { rule r { require true } rule q { require true } }\n"
                               "standard a { rule r { require true } }\n");
    assert_int_equal(p->nstandards, 2);
    assert_string_equal(p->standards[0]->id, "b");
    fails("standard s { rule r { require true } }\nstandard s { rule r { require true } }\n",
          "standard 's' is declared twice", "'s' first declared here", NULL);
    fails("standard s { rule r { require true } rule r { require false } }\n",
          "rule 'r' is declared twice in standard 's'", "'r' first declared here", NULL);
    fails("standard s { rule r { when true } }\n", "rule 'r' has no require", NULL, "r");
    fails("standard s { }\n", "standard 's' has no rules", NULL, "s");
    fails("standard s { effective 2026-01-01\n expires 2026-01-01\n rule r { require true } }\n",
          "'expires' 2026-01-01 must be after 'effective' 2026-01-01", "'effective' is here",
          NULL);
    fails("standard s { rule r { require true\n effective 2026-02-01\n expires 2025-01-01 } }\n",
          "'expires' 2025-01-01 must be after 'effective' 2026-02-01", NULL, "2025-01-01");
    ok("standard s { effective 2025-01-01 expires 2026-01-01 rule r { require true } }\n");
    fails("standard hours_x { rule minute { require true } }\n",
          "'minute' is a unit word and cannot name a rule", NULL, NULL);
    fails("standard abs { rule r { require true } }\n",
          "'abs' is a built-in name and cannot name a standard", NULL, NULL);
}

static void test_tiers(void **state)
{
    struct jql_program *p = ok("standard a { rule r { require true } }\n"
                               "standard b { rule r { require true } }\n"
                               "tier gold { requires b, a }\n"
                               "tier silver { requires 1 of a, b }\n"
                               "tier both { requires a  requires 1 of a, b }\n");
    assert_int_equal(p->ntiers, 3);
    assert_int_equal(p->tiers[0]->reqs[0]->std_index[0], 1);
    assert_int_equal(p->tiers[0]->reqs[0]->std_index[1], 0);
    assert_int_equal(p->tiers[1]->reqs[0]->n_of, 1);
    assert_int_equal(p->tiers[2]->nreqs, 2);
    assert_int_equal(p->tiers[2]->reqs[1]->std_index[1], 1);
    const char *two = "standard earnings { rule r { require true } }\n"
                      "standard benefits_x { rule r { require true } }\n";
    fails(jql_sprintf("%stier t { requires earning }\n", two),
          "tier 't' lists 'earning', which is not a standard", "did you mean 'earnings'?",
          "earning");
    fails(jql_sprintf("%stier t { requires earnings, earnings }\n", two),
          "tier 't' lists 'earnings' twice", NULL, NULL);
    fails(jql_sprintf("%stier t { requires 3 of earnings, benefits_x }\n", two),
          "'requires 3 of' needs a number from 1 to 2 (the standards listed)", NULL, "3");
    fails(jql_sprintf("%stier t { requires earnings }\ntier t { requires earnings }\n", two),
          "tier 't' is declared twice", "'t' first declared here", NULL);
    fails(jql_sprintf("%stier year { requires earnings }\n", two),
          "'year' is a unit word and cannot name a tier", NULL, NULL);
    fails(jql_sprintf("%stier t { requires earnings, earnings }\n", two),
          "tier 't' lists 'earnings' twice", "'earnings' first listed here", NULL);
    fails(jql_sprintf("%stier t { requires employees }\n", two),
          "tier 't' lists 'employees', which is not a standard",
          "'employees' is a fact; a tier lists standards only", NULL);
}

static void test_tests(void **state)
{
    struct jql_program *p = ok("standard earnings { rule lowest { require true } }\n"
                               "test \"t1\" { given { employees = 3 } expect earnings pass\n"
                               " expect earnings.lowest pass }\n"
                               "test \"t2\" { given { } expect earnings pass }\n");
    assert_int_equal(p->ntests, 2);
    assert_string_equal(p->tests[1]->name, "t2");
    const char *s = "standard earnings { rule lowest { require true } }\n";
    fails(jql_sprintf("%stest \"t\" { given { } expect earnings.lowst fail }\n", s),
          "unknown standard or rule 'earnings.lowst'", "did you mean 'earnings.lowest'?",
          "earnings.lowst");
    fails(jql_sprintf("%stest \"t\" { given { } expect earning fail }\n", s),
          "unknown standard or rule 'earning'", "did you mean 'earnings'?", NULL);
    fails(jql_sprintf("%stest \"t\" { given { } expect nothing.x fail }\n", s),
          "unknown standard or rule 'nothing.x'", NULL, NULL);
}

/* ---- goals, and tests of several employers ---- */

static const char GOAL_BASE[] = "standard a { rule r { require true } }\n"
                                "standard b { rule r { require true } }\n"
                                "tier t { requires a }\n";

static void test_goals(void **state)
{
    struct jql_program *p = ok(jql_sprintf(
        "%sgoal g1 { share of employers passing b weighted by employees >= 50%% }\n"
        "goal g2 { share of employers reaching t > 0%%  where employees > 3 }\n"
        "goal t { share of employers passing a >= 100%% }\n", GOAL_BASE));
    assert_int_equal(p->ngoals, 3);
    assert_string_equal(p->goals[0]->id, "g1");
    assert_int_equal(p->goals[0]->target_index, 1);
    assert_int_equal(p->goals[0]->weight_fact, jql_program_fact(p, "employees"));
    assert_int_equal(p->goals[1]->target_index, 0);
    assert_int_equal(p->goals[1]->weight_fact, -1);
    /* the where is resolved and typed as a rule's `when` is */
    struct jql_expr *w = p->goals[1]->where;
    assert_int_equal(w->type.kind, JQL_T_BOOL);
    assert_int_equal(w->u.bin.a->ref, JQL_REF_FACT);
    /* a goal may share a tier's id */
    assert_string_equal(p->goals[2]->id, "t");

    const char *b = GOAL_BASE;
    fails(jql_sprintf("%sgoal g { share of employers reaching tt >= 5%% }\n", b),
          "goal 'g' counts employers reaching 'tt', which is not a tier", "did you mean 't'?",
          "tt");
    fails(jql_sprintf("%sgoal g { share of employers reaching a >= 5%% }\n", b),
          "'a', which is not a tier", "'a' is a standard: write 'passing a'", NULL);
    fails(jql_sprintf("%sgoal g { share of employers passing t >= 5%% }\n", b),
          "'t', which is not a standard", "'t' is a tier: write 'reaching t'", NULL);
    fails(jql_sprintf("%sgoal g { share of employers passing a weighted by employes >= 5%% }\n",
                      b),
          "goal 'g' is weighted by 'employes', which is not a declared fact",
          "did you mean 'employees'?", "employes");
    fails(jql_sprintf("%sgoal g { share of employers passing a weighted by pay.bonus >= 5%% }\n",
                      b),
          "goal 'g' is weighted by 'pay.bonus', which is money", "a weight is a count or number",
          NULL);
    fails(jql_sprintf("%sgoal g { share of employers passing a weighted by job.headcount >= 5%% }"
                      "\n", b),
          "a member of collection 'job'", NULL, NULL);
    fails(jql_sprintf("%sgoal g { share of employers passing a weighted by site >= 5%% }\n", b),
          "which is a collection", NULL, NULL);
    fails(jql_sprintf("%sgoal g { share of employers passing a >= 100.5%% }\n", b),
          "goal 'g' has a target of 100.5%, above 100%", NULL, "100.5%");
    fails(jql_sprintf("%sgoal g { share of employers passing a > 100%% }\n", b),
          "goal 'g' can never be met: no share is above 100%", NULL, NULL);
    fails(jql_sprintf("%sgoal g { where true }\n", b), "goal 'g' has no 'share of employers' line",
          "share of employers reaching TIER", "g");
    fails(jql_sprintf("%sgoal g { share of employers passing a >= 5%%  where employees }\n", b),
          "'where' needs a bool condition, found count", NULL, "employees");
    fails(jql_sprintf("%sgoal g { share of employers passing a >= 5%%  where nothing }\n", b),
          "unknown name 'nothing'", NULL, NULL);
    fails(jql_sprintf("%sgoal g { share of employers passing a >= 5%% }\n"
                      "goal g { share of employers passing b >= 5%% }\n", b),
          "goal 'g' is declared twice", "'g' first declared here", NULL);
    fails(jql_sprintf("%sgoal abs { share of employers passing a >= 5%% }\n", b),
          "'abs' is a built-in name and cannot name a goal", NULL, "abs");
    /* independent mistakes of one goal are all reported */
    fails_n(jql_sprintf("%sgoal g { share of employers reaching x weighted by industry >= 101%% }"
                        "\n", b),
            3, "which is text", NULL, NULL);
}

static void test_test_givens(void **state)
{
    const char *s = "standard earnings { rule lowest { require true } }\n"
                    "tier t { requires earnings }\n"
                    "goal g { share of employers reaching t >= 50% }\n";
    struct jql_program *p = ok(jql_sprintf(
        "%stest \"t\" { given \"A\" { } given \"B\" { }\n"
        " expect \"B\" earnings pass  expect goal g met  expect \"A\" earnings.lowest pass }\n",
        s));
    const struct jql_test *t = p->tests[0];
    assert_int_equal(t->expects[0]->given, 1);
    assert_int_equal(t->expects[1]->goal_index, 0);
    assert_int_equal(t->expects[2]->given, 0);
    /* one given, named or not: expectations may leave the name out */
    ok(jql_sprintf("%stest \"t\" { given \"A\" { } expect earnings pass expect \"A\" earnings pass }\n",
                   s));
    fails(jql_sprintf("%stest \"t\" { expect earnings pass }\n", s), "test \"t\" has no given",
          "given { ... }", "\"t\"");
    fails(jql_sprintf("%stest \"t\" { given \"A\" { } given { } }\n", s),
          "test \"t\" has 2 givens: each needs a name", "given \"Name\" { ... }", "{");
    fails(jql_sprintf("%stest \"t\" { given \"A\" { } given \"A\" { } }\n", s),
          "test \"t\" has two givens named \"A\"", "the first is here", NULL);
    fails(jql_sprintf("%stest \"t\" { given \"A\" { } given \"B\" { } expect earnings fail }\n", s),
          "test \"t\" has 2 givens: say which employer this expectation is about",
          "write 'expect \"A\" earnings fail'", "earnings");
    fails(jql_sprintf("%stest \"t\" { given \"Acme\" { } given \"B\" { } expect \"Acne\" earnings fail }"
                      "\n", s),
          "test \"t\" has no given named \"Acne\"", "did you mean \"Acme\"?", "\"Acne\"");
    fails(jql_sprintf("%stest \"t\" { given { } expect goal gg met }\n", s), "unknown goal 'gg'",
          "did you mean 'g'?", "gg");
}

/* ---- name resolution ---- */

static void test_resolve_names(void **state)
{
    struct jql_program *p = ok("param m = 100%\n"
                               "standard s { rule r {\n"
                               " require pay.lowest_hourly_wage >= pay.living_wage_hourly * m\n"
                               " when founded < today } }\n");
    struct jql_expr *e = req(p, 0, 0);
    struct jql_expr *lhs = e->u.bin.a, *mul = e->u.bin.b;
    assert_int_equal(e->type.kind, JQL_T_BOOL);
    assert_int_equal(lhs->ref, JQL_REF_FACT);
    assert_int_equal(lhs->index, jql_program_fact(p, "pay.lowest_hourly_wage"));
    assert_int_equal(lhs->type.kind, JQL_T_RATE);
    assert_int_equal(lhs->type.sub, JQL_PER_HOUR);
    assert_int_equal(mul->type.kind, JQL_T_RATE);
    assert_int_equal(mul->u.bin.b->ref, JQL_REF_PARAM);
    assert_int_equal(mul->u.bin.b->index, 2);
    struct jql_expr *w = p->standards[0]->rules[0]->whens[0];
    assert_int_equal(w->u.bin.b->ref, JQL_REF_TODAY);
    assert_int_equal(w->u.bin.b->type.kind, JQL_T_DATE);
}

static void test_resolve_quantifiers(void **state)
{
    struct jql_program *p = ok(
        "let big = count j in job: j.headcount > 10\n"
        "standard s { rule r {\n"
        " require all j in job: j.eligible and (any k in job: k.name == j.name\n"
        "   and k.hourly_wage > j.hourly_wage)\n"
        " when job is known and big > 0 } }\n");
    int job = jql_program_fact(p, "job");
    struct jql_expr *all = req(p, 0, 0);
    assert_int_equal(all->kind, JQL_E_QUANT);
    assert_int_equal(all->index, job);
    assert_int_equal(all->var, 0);
    struct jql_expr *body = all->u.quant.body;
    struct jql_expr *elig = body->u.bin.a, *any = body->u.bin.b;
    assert_int_equal(elig->ref, JQL_REF_MEMBER);
    assert_int_equal(elig->index, jql_program_fact(p, "job.eligible"));
    assert_int_equal(elig->var, 0);
    assert_int_equal(any->kind, JQL_E_QUANT);
    assert_int_equal(any->var, 1);
    struct jql_expr *names = any->u.quant.body->u.bin.a;
    assert_int_equal(names->u.bin.a->ref, JQL_REF_ELEM_NAME);
    assert_int_equal(names->u.bin.a->var, 1);
    assert_int_equal(names->u.bin.b->ref, JQL_REF_ELEM_NAME);
    assert_int_equal(names->u.bin.b->var, 0);
    assert_int_equal(names->u.bin.b->type.kind, JQL_T_TEXT);
    struct jql_expr *wages = any->u.quant.body->u.bin.b;
    assert_int_equal(wages->u.bin.a->var, 1);
    assert_int_equal(wages->u.bin.b->var, 0);
    assert_int_equal(wages->u.bin.b->index, jql_program_fact(p, "job.hourly_wage"));
    struct jql_expr *when = p->standards[0]->rules[0]->whens[0];
    struct jql_expr *known = when->u.bin.a;
    assert_int_equal(known->u.un.a->ref, JQL_REF_COLL);
    assert_int_equal(known->u.un.a->index, job);
    assert_int_equal(known->u.un.a->type.kind, JQL_T_COLLECTION);
    /* a let body is its own tree: its quantifiers bind from depth 0 */
    struct jql_expr *cnt = p->lets[0].expr;
    assert_int_equal(cnt->var, 0);
    assert_int_equal(cnt->u.quant.body->u.bin.a->var, 0);
    assert_int_equal(cnt->type.kind, JQL_T_NUMBER);
    assert_int_equal(cnt->type.sub, JQL_NUM_COUNT);
}

static void test_quantifier_types(void **state)
{
    struct jql_program *p = ok(
        "standard s { rule r {\n"
        " require (share j in job weighted by j.headcount: j.eligible) >= 50%\n"
        " require (sum j in job: j.hourly_wage) > $1/hour\n"
        " require (min j in job: j.headcount) >= 1\n"
        " require (none j in job: j.eligible) } }\n");
    const struct jql_rule *r = p->standards[0]->rules[0];
    assert_int_equal(r->requires[0]->u.bin.a->type.sub, JQL_NUM_PERCENT);
    assert_int_equal(r->requires[1]->u.bin.a->type.kind, JQL_T_RATE);
    assert_int_equal(r->requires[2]->u.bin.a->type.sub, JQL_NUM_COUNT);
}

static const char *rule(const char *line)
{
    return jql_sprintf("standard s { rule r { %s } }\n", line);
}

static void test_name_errors(void **state)
{
    fails(rule("require pay.lowest_houly_wage > $1/hour"),
          "unknown fact 'pay.lowest_houly_wage'", "did you mean 'pay.lowest_hourly_wage'?",
          "pay.lowest_houly_wage");
    fails(rule("require employes > 1"), "unknown name 'employes'", "did you mean 'employees'?",
          "employes");
    fails(rule("require zzz > 1"), "unknown name 'zzz'", NULL, NULL);
    fails(rule("require job.hourly_wage > $1/hour"),
          "member 'job.hourly_wage' must be used through a quantifier variable",
          "for example: all x in job: x.hourly_wage", "job.hourly_wage");
    fails(rule("require length(job) > 1"),
          "collection 'job' can only be used as a quantifier range or with 'is known'",
          "for example: any x in job:", NULL);
    fails(rule("require all j in job: j.hourly_wag > $1/hour"),
          "collection 'job' has no member 'hourly_wag'", "did you mean 'j.hourly_wage'?",
          "j.hourly_wag");
    fails(rule("require all j in job: j"), "quantifier variable 'j' needs a member, like "
          "'j.name'", NULL, NULL);
    fails(rule("require all j in jobs: j.eligible"), "unknown collection 'jobs'",
          "did you mean 'job'?", "jobs");
    fails(rule("require all j in languages: j.x"),
          "'languages' is not a collection; quantifiers range over collections",
          "to test membership in a list of text, use 'in'", "languages");
    fails(rule("require all j in industry: j.x"),
          "'industry' is not a collection; quantifiers range over collections", NULL, NULL);
    fails(rule("require all j in job: any j in job: j.eligible"),
          "quantifier variable 'j' is already bound by an enclosing quantifier", NULL, NULL);
    fails(jql_sprintf("let v = 1\n%s", rule("require all v in job: v.eligible")),
          "quantifier variable 'v' reuses the name of a let", NULL, "v");
    fails(jql_sprintf("param v = 1\n%s", rule("require all v in job: v.eligible")),
          "quantifier variable 'v' reuses the name of a param", NULL, NULL);
    fails(rule("require all pay in job: pay.eligible"),
          "quantifier variable 'pay' reuses the first segment of fact 'pay.lowest_hourly_wage'",
          NULL, NULL);
}

static void test_type_errors(void **state)
{
    fails(rule("require schedule.advance_notice >= schedule.shift_length"),
          "cannot compare days with hours",
          "durations of different groups (hours, days, months) never mix; say how many hours a day is", ">=");
    fails(rule("require pay.salary > pay.lowest_hourly_wage"),
          "cannot compare money/year with money/hour",
          "rates of different periods never mix (except month and year); convert with annual() or hourly()", NULL);
    fails(rule("require pay.bonus + schedule.advance_notice > $1"),
          "operator '+' cannot combine money and days", NULL, "+");
    fails(rule("require industry < \"x\""), "operator '<' does not apply to text; text "
          "compares only with == and !=", NULL, "<");
    fails(rule("require employees"), "'require' needs a bool condition, found count", NULL,
          "employees");
    fails(rule("require true\n when pay.bonus"), "'when' needs a bool condition, found money",
          NULL, NULL);
    fails(rule("require true\n unless founded"), "'unless' needs a bool condition, found date",
          NULL, NULL);
    fails(rule("require true and employees"), "operand of 'and' must be bool, found count", NULL,
          "employees");
    fails(rule("require not industry"), "operand of 'not' must be bool, found text", NULL, NULL);
    fails(rule("require all j in job: j.headcount"), "'all' needs a bool condition, found count",
          NULL, NULL);
    fails(rule("require (sum j in job: j.eligible) > 1"),
          "'sum' needs a number, money, rate or duration to add, found bool", NULL, "j.eligible");
    fails(rule("require (max j in job: j.name) == \"x\""),
          "'max' needs values with an order (numbers, money, rates, durations, dates), found "
          "text", NULL, NULL);
    fails(rule("require (share j in job weighted by j.name: j.eligible) > 1%"),
          "weight of 'share' must be a number, found text", NULL, "j.name");
    fails(rule("require (if pay.profit_sharing then $1 else 2 days) > $1"),
          "branches of 'if' have different types: money and days", NULL, NULL);
    fails(rule("require (if employees then 1 else 2) > 1"),
          "'if' needs a bool condition, found count", NULL, NULL);
    fails(rule("require -industry == \"x\""), "unary '-' cannot apply to text", NULL, "-");
    fails(rule("require employees in [1, \"a\"]"),
          "'in' list item is text, but the left side is count", NULL, "\"a\"");
    fails(rule("require industry in employees"), "right side of 'in' must be a list, found count",
          NULL, "employees");
    fails(rule("require employees in benefits.languages"),
          "'in' a list of text needs text on the left, found count", NULL, NULL);
    fails(rule("require length([\"a\"]) > 1"),
          "a list in brackets can only follow 'in' or 'not in'", NULL, NULL);
}

static void test_no_cascade(void **state)
{
    /* one unknown name: nothing built on it is reported again */
    fails_n(rule("require nope + 1 > pay.bonus and -nope and all j in nope2: j.x > 1"), 3,
            "unknown collection 'nope2'", NULL, NULL);
    fails_n(rule("require nope + 1 > pay.bonus and -nope"), 2, "unknown name 'nope'", NULL,
            NULL);
    fails_n(rule("require abs(nope) > 1 and (sum j in job: j.nope) > 1"), 2,
            "collection 'job' has no member 'nope'", NULL, NULL);
    fails_n("let a = b\nlet b = a\nlet c = a + 1 + $1\n", 1, "depends on itself", NULL, NULL);
}

static void test_calls(void **state)
{
    struct jql_program *p = ok(
        "standard s { rule r {\n"
        " require annual(pay.lowest_hourly_wage) >= pay.salary\n"
        " require hourly(pay.salary) >= max(pay.lowest_hourly_wage, $1/hour, $2/hour)\n"
        " require round(abs(-pay.bonus), 2) > $1 and length(industry) > 2\n"
        " require contains(industry, \"care\") and length(benefits.languages) >= 1 } }\n");
    const struct jql_rule *r = p->standards[0]->rules[0];
    struct jql_expr *annual = r->requires[0]->u.bin.a;
    assert_int_equal(annual->ref, JQL_FN_ANNUAL);
    assert_int_equal(annual->type.kind, JQL_T_RATE);
    assert_int_equal(annual->type.sub, JQL_PER_YEAR);
    assert_int_equal(r->requires[1]->u.bin.a->type.sub, JQL_PER_HOUR);
    assert_int_equal(r->requires[1]->u.bin.b->ref, JQL_FN_MAX);
    assert_int_equal(r->requires[2]->u.bin.a->u.bin.a->type.kind, JQL_T_MONEY);
    assert_int_equal(r->requires[3]->u.bin.a->ref, JQL_FN_CONTAINS);
    fails(rule("require anual(pay.salary) > pay.salary"), "unknown function 'anual'",
          "did you mean 'annual'?", "anual");
    fails(rule("require abs(1, 2) > 1"), "'abs' takes 1 argument, found 2", NULL, "abs");
    fails(rule("require contains(industry) "), "'contains' takes 2 arguments, found 1", NULL,
          NULL);
    fails(rule("require min(pay.bonus) > $1"), "'min' takes at least 2 arguments, found 1", NULL,
          NULL);
    fails(rule("require annual(pay.bonus) > pay.salary"),
          "'annual' needs a pay rate, like $18.25/hour, found money", NULL, "pay.bonus");
    fails(rule("require abs(industry) > 1"),
          "'abs' needs a number, money, rate or duration, found text", NULL, NULL);
    fails(rule("require length(employees) > 1"),
          "'length' needs text or a list of text, found count", NULL, NULL);
    fails(rule("require contains(industry, 1)"), "'contains' needs text, found number", NULL,
          "1");
    fails(rule("require starts_with(industry, 44)"),
          "'starts_with' needs text or a list of text, found number", NULL, "44");
    fails(rule("require starts_with(benefits.languages, \"4\")"),
          "'starts_with' needs text, found list of text", NULL, NULL);
    fails(rule("require max(pay.bonus, schedule.advance_notice) > $1"),
          "arguments of 'max' have different types: money and days", NULL,
          "schedule.advance_notice");
    fails(rule("require min(industry, \"a\") == \"a\""),
          "'min' needs values with an order (numbers, money, rates, durations, dates), found "
          "text", NULL, NULL);
    fails(rule("require round(pay.bonus, industry) > $1"),
          "places of 'round' must be a number, found text", NULL, NULL);
    fails(rule("require round(pay.bonus, 1.5) > $1"),
          "places of 'round' must be a whole number, 0 or more", NULL, "1.5");
    fails(rule("require round(pay.bonus, -1) > $1"),
          "places of 'round' must be a whole number, 0 or more", NULL, NULL);
}

static void test_enumerations(void **state)
{
    ok(rule("require benefits.retirement_plan == \"401k\" and "
            "benefits.retirement_plan not in [\"none\", \"pension\"]\n"
            " require all j in job: j.plan != \"b\""));
    fails(rule("require benefits.retirement_plan == \"fulltime\""),
          "\"fulltime\" is not a value of 'benefits.retirement_plan'",
          "allowed values: \"none\", \"401k\", \"pension\"", "\"fulltime\"");
    fails(rule("require \"x\" != benefits.retirement_plan"),
          "\"x\" is not a value of 'benefits.retirement_plan'", NULL, "\"x\"");
    fails(rule("require benefits.retirement_plan in [\"none\", \"403b\"]"),
          "\"403b\" is not a value of 'benefits.retirement_plan'", NULL, "\"403b\"");
    fails(rule("require any j in job: j.plan == \"c\""), "\"c\" is not a value of 'job.plan'",
          "allowed values: \"a\", \"b\"", NULL);
}

static void test_suggest(void **state)
{
    const char *c[] = {"employees", "industry", "pay.bonus"};
    assert_string_equal(jql_suggest("employes", c, 3), "employees");
    assert_string_equal(jql_suggest("Industry", c, 3), "industry");
    assert_null(jql_suggest("x", c, 3));
    assert_null(jql_suggest("wages", c, 3));
    assert_null(jql_suggest("employees", c, 1)); /* an exact match is no suggestion */
    struct jql_program *p = ok("");
    assert_string_equal(jql_program_suggest_fact(p, "job.hourly_wag"), "job.hourly_wage");
    assert_string_equal(jql_program_suggest_fact(p, "pay.bonsu"), "pay.bonus");
    assert_null(jql_program_suggest_fact(p, "completely.different"));
}

static void test_multiple_files(void **state)
{
    struct jql_diags d = {0};
    const char *t1 = "facts { a.x: number }\nstandard s { rule r { require a.x > 1 } }\n";
    const char *t2 = "facts { a.x: days }\nstandard s { rule r { require true } }\n";
    struct jql_rulefile *rf[2];
    rf[0] = jql_parse_rules(jql_source_new("one.jq", "one.jq", t1, strlen(t1)), &d);
    rf[1] = jql_parse_rules(jql_source_new("two.jq", "two.jq", t2, strlen(t2)), &d);
    assert_int_equal(d.nerrors, 0);
    assert_null(jql_check(rf, 2, &d));
    assert_int_equal(d.nerrors, 2);
    const struct jql_diag *dg = find_diag(&d, "fact 'a.x' is declared here as days, but "
                                              "earlier as number");
    assert_non_null(dg);
    assert_string_equal(dg->loc.src->name, "two.jq");
    assert_string_equal(dg->notes[0].loc.src->name, "one.jq");
    assert_non_null(find_diag(&d, "standard 's' is declared twice"));
}

/* ---- quantifier levels (limit.h) ---- */

/* n nested quantifiers over job, variables PREFIX1..PREFIXn, around `body`. */
static const char *nest(int n, const char *prefix, const char *body)
{
    struct jql_buf b = {0};
    for (int i = 1; i <= n; i++)
        jql_buf_printf(&b, "%s %s%d in job: ", i % 2 ? "all" : "any", prefix, i);
    jql_buf_puts(&b, body);
    return jql_sprintf("%s", jql_buf_str(&b));
}

static const char *std_require(const char *cond)
{
    return jql_sprintf("standard s \"S\" { rule r \"R\" { require %s } }\n", cond);
}

static void test_quantifier_levels(void **state)
{
    (void)state;
    const char *lets = jql_sprintf("let l40 = %s\nlet l24 = %s\nlet l34 = %s\n"
                                   "let l65 = %s\n",
                                   nest(40, "b", "b40.eligible"), nest(24, "c", "c24.eligible"),
                                   nest(10, "d", "l24 and d10.eligible"),
                                   nest(65, "u", "u65.eligible"));
    /* 64 at most, lets counted above the quantifiers around their use; l65 is unused */
    ok(jql_sprintf("%s%s", lets, std_require(nest(64, "a", "a64.eligible"))));
    ok(jql_sprintf("%s%s", lets, std_require(nest(24, "a", "l40"))));
    ok(jql_sprintf("%s%s", lets, std_require(nest(30, "a", "l34"))));
    ok(jql_sprintf("%s%s", lets, std_require(jql_sprintf("(%s) and (%s) and l40",
                                                         nest(64, "a", "true"),
                                                         nest(24, "e", "l40 and l40")))));
    /* one more: at the 65th quantifier, or at the use of the let that reaches it */
    fails(jql_sprintf("%s%s", lets, std_require(nest(65, "a", "a65.eligible"))),
          "quantifiers nested too deeply (the limit is 64 levels)", NULL, "all");
    fails(jql_sprintf("%s%s", lets, std_require(nest(25, "a", "l40"))),
          "counting the lets it uses", "65 levels: 25 around this use and 40 in let 'l40'",
          "l40");
    fails(jql_sprintf("%s%s", lets, std_require(nest(31, "a", "l34"))),
          "counting the lets it uses", "65 levels: 31 around this use and 34 in let 'l34'",
          "l34");
    fails(jql_sprintf("%s%s", lets, std_require("l65")), "counting the lets it uses",
          "65 levels: 0 around this use and 65 in let 'l65'", "l65");
    /* once per condition crossing the limit: nothing more inside the reported level */
    fails(jql_sprintf("%s%s", lets, std_require(nest(70, "a", "l40 and l65"))),
          "quantifiers nested too deeply (the limit is 64 levels)", NULL, "all");
}

/* ---- several files: imports, overrides, defaults, ranges ---- */

/* Three files in load order: a (the vocabulary and declarations), b and c; `edges` says
   which import which ("ba" = b imports a). Checked with diagnostics in *d. */
static struct jql_program *check_files(const char *a, const char *b, const char *c,
                                       const char *edges, struct jql_diags *d)
{
    const char *texts[3] = {jql_sprintf("%s%s", VOCAB, a), b, c};
    static const char *const names[3] = {"a.jq", "b.jq", "c.jq"};
    struct jql_rulefile *rf[3];
    for (int i = 0; i < 3; i++) {
        rf[i] = jql_parse_rules(jql_source_new(names[i], names[i], texts[i], strlen(texts[i])), d);
        if (d->nerrors)
            jql_diags_render(stderr, d, false);
        assert_int_equal(d->nerrors, 0);
    }
    for (const char *e = edges; e[0] && e[1]; e += 2)
        JQL_APPEND(rf[e[0] - 'a']->imports, rf[e[0] - 'a']->nimports, rf[e[1] - 'a']);
    return jql_check(rf, 3, d);
}

static void test_param_set_by_importer(void **state)
{
    struct jql_diags d = {0};
    /* a declares, b (importing a) and c (importing b) set it: c wins, through b */
    struct jql_program *p = check_files("param floor = $15/hour \"Floor\"\n",
                                        "param floor = $18/hour\n",
                                        "param floor = $20/hour\nparam weeks_per_year = 50\n",
                                        "bacb", &d);
    assert_non_null(p);
    int slot = jql_program_param(p, "floor");
    assert_string_equal(jql_value_format(p->params[slot].value), "$20.00/hour");
    assert_string_equal(jql_value_format(p->params[slot].decl_value), "$15.00/hour");
    assert_string_equal(p->params[slot].desc, "Floor");
    assert_true(jql_program_param_changed(p, slot));
    assert_true(jql_program_param_changed(p, p->param_weeks_per_year));
    assert_false(jql_program_param_changed(p, p->param_hours_per_year));
    /* b and c both import a, but not each other */
    d = (struct jql_diags){0};
    p = check_files("param floor = $15/hour\n", "param floor = $18/hour\n",
                    "param floor = $20/hour\n", "baca", &d);
    assert_null(p);
    assert_non_null(find_diag(&d, "param 'floor' is set in two files, and neither imports"));
    /* the value keeps the declared type; a percent its '%' */
    d = (struct jql_diags){0};
    p = check_files("param quota = 80%\n", "param quota = 0.9\n", "", "ba", &d);
    assert_null(p);
    const struct jql_diag *dg = find_diag(&d, "param 'quota': expected percent, like 75%, got 0.9");
    assert_non_null(dg);
    assert_true(has_note(dg, "did you mean 90% or 0.9%?"));
}

static void test_defaults(void **state)
{
    struct jql_diags d = {0};
    struct jql_program *p = check_files("default pay.living_wage_hourly = $20/hour \"state\"\n",
                                        "default pay.living_wage_hourly = $23.50/hour\n",
                                        "default industry = \"retail\"\n", "ba", &d);
    assert_non_null(p);
    assert_int_equal(p->ndefaults, 2);
    assert_string_equal(p->facts[p->defaults[0].fact].name, "pay.living_wage_hourly");
    assert_string_equal(jql_value_format(p->defaults[0].value), "$23.50/hour");
    assert_null(p->defaults[0].source); /* the importer's default replaces the whole line */
    fails("default job.headcount = 3\n",
          "'job.headcount' is a member of a collection and cannot have a default", NULL, NULL);
    fails("default job = 3\n", "collection 'job' cannot have a default", NULL, NULL);
    fails("default benefits.retirement_plan = \"401K\"\n",
          "default for 'benefits.retirement_plan': \"401K\" is not one of its values",
          "did you mean \"401k\"?", NULL);
    fails("default pay.bonus = -$5\n", "default for 'pay.bonus': -$5.00 is outside its range",
          NULL, "-$5");
    fails("default pay.lowest_hourly_wag = $5/hour\n", "default for unknown fact",
          "did you mean 'pay.lowest_hourly_wage'?", NULL);
}

static void test_ranges(void **state)
{
    struct jql_program *p = ok("facts {\n"
                               "  pct: percent in 0%..100%\n"
                               "  net: money in ..\n"
                               "  notice: days in 1 day..\n"
                               "}\n");
    const struct jql_fact_info *f = &p->facts[jql_program_fact(p, "pct")];
    assert_true(f->range_declared);
    assert_string_equal(jql_range_str(&f->range), "0%..100%");
    f = &p->facts[jql_program_fact(p, "net")];
    assert_false(f->range.has_lo || f->range.has_hi); /* `in ..` lifts the default */
    f = &p->facts[jql_program_fact(p, "pay.bonus")];
    assert_false(f->range_declared);
    assert_string_equal(jql_range_str(&f->range), "$0.00.."); /* amounts are at least 0 */
    fails("facts { t: text in 0..1 }\n", "a range needs a number", NULL, "in 0..1");
    fails("facts { e: number in 5..1 }\n", "the range of 'e' is empty: 5 is above 1", NULL,
          NULL);
    fails("facts { q: percent in 0..1% }\n", "range bound 0 of 'q' is not percent", NULL, "0");
    fails("facts { w: money in $1.. }\nfacts { w: money in $2.. }\n",
          "fact 'w' is declared here with range $2.00.., but earlier with $1.00..", NULL, NULL);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vocab_slots),      cmocka_unit_test(test_vocab_many_facts),
        cmocka_unit_test(test_vocab_redeclare),  cmocka_unit_test(test_params),
        cmocka_unit_test(test_param_errors),     cmocka_unit_test(test_lets),
        cmocka_unit_test(test_let_errors),       cmocka_unit_test(test_let_cycles),
        cmocka_unit_test(test_standards),
        cmocka_unit_test(test_tiers),
        cmocka_unit_test(test_param_set_by_importer),
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_tests),            cmocka_unit_test(test_resolve_names),
        cmocka_unit_test(test_goals),            cmocka_unit_test(test_test_givens),
        cmocka_unit_test(test_resolve_quantifiers), cmocka_unit_test(test_quantifier_types),
        cmocka_unit_test(test_name_errors),      cmocka_unit_test(test_type_errors),
        cmocka_unit_test(test_no_cascade),       cmocka_unit_test(test_calls),
        cmocka_unit_test(test_enumerations),     cmocka_unit_test(test_suggest),
        cmocka_unit_test(test_multiple_files),   cmocka_unit_test(test_quantifier_levels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
