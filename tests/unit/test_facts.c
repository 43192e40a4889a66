/* Unit tests for facts: a vocabulary is parsed and checked, then fact files are
   loaded against it; values, slots and every loader diagnostic are asserted. */
#include "test_util.h"

#include "check.h"
#include "facts.h"
#include "parse.h"

#include <stdio.h>
#include <string.h>

static const char VOCAB[] =
    "facts {\n"
    "  employees: count \"Workers on payroll\"\n"
    "  industry: text\n"
    "  ratio: number\n"
    "  share_full_time: percent\n"
    "  share_union: percent in 0%..100%\n"
    "  bonus_cap: money in $100..$5_000\n"
    "  pay.lowest_hourly_wage: money/hour\n"
    "  pay.bonus: money\n"
    "  pay.salary: money/year\n"
    "  benefits.retirement_plan: one of \"none\", \"401k\", \"pension\"\n"
    "  benefits.languages: list of text\n"
    "  schedule.advance_notice: days\n"
    "  schedule.shift_length: hours\n"
    "  founded: date\n"
    "  unionized: bool\n"
    "  collection job \"A position\"\n"
    "  job.hourly_wage: money/hour\n"
    "  job.headcount: count\n"
    "  job.tags: list of text\n"
    "  collection site\n"
    "}\n";

static struct jql_program *program(void)
{
    const struct jql_source *src = jql_source_new("vocab.jq", "vocab.jq", VOCAB, strlen(VOCAB));
    struct jql_diags d = {0};
    struct jql_rulefile *rf = jql_parse_rules(src, &d);
    assert_int_equal(d.nerrors, 0);
    struct jql_program *p = jql_check(&rf, 1, &d);
    if (!p || d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_non_null(p);
    return p;
}

static struct jql_employer **load_opts(const char *text, bool strict, int *n)
{
    const struct jql_source *src = jql_source_new("t.facts", "t.facts", text, strlen(text));
    struct jql_diags d = {0};
    struct jql_factfile *ff = jql_parse_facts(src, &d);
    if (d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_int_equal(d.nerrors, 0);
    struct jql_facts_opts o = {.strict = strict};
    return jql_facts_load(program(), ff, &o, n);
}

/* The only employer of `text` (non-strict). */
static struct jql_employer *load1(const char *text)
{
    int n = 0;
    struct jql_employer **v = load_opts(text, false, &n);
    assert_int_equal(n, 1);
    return v[0];
}

static const struct jql_fact_info *fact(const char *name)
{
    struct jql_program *p = program();
    int id = jql_program_fact(p, name);
    assert_true(id >= 0);
    return &p->facts[id];
}

/* The printed value of scalar fact `name`. */
static const char *scalar(const struct jql_employer *e, const char *name)
{
    return jql_value_format(e->values[fact(name)->slot]);
}

static const struct jql_coll_value *coll(const struct jql_employer *e, const char *name)
{
    return &e->colls[fact(name)->slot];
}

static const char *member(const struct jql_elem *el, const char *name)
{
    return jql_value_format(el->values[fact(name)->slot]);
}

/* Diagnostic number i, asserting its severity and exact message. */
static const struct jql_diag *diag(const struct jql_employer *e, int i, enum jql_severity sev,
                                   const char *msg)
{
    assert_true(i < e->diags.n);
    const struct jql_diag *dg = e->diags.v[i];
    assert_string_equal(dg->msg, msg);
    assert_int_equal(dg->sev, sev);
    return dg;
}

/* The source text a location covers. */
static const char *text_at(struct jql_loc loc)
{
    assert_non_null(loc.src);
    return jql_source_text(loc);
}

static int line_of(struct jql_loc loc)
{
    int line, col;
    jql_source_linecol(loc.src, loc.start, &line, &col);
    return line;
}

/* ---- scalar values ---- */

static void load__every_type__stored_in_slots(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"Acme\" {\n"
                                   "  employees = 42\n"
                                   "  industry = \"childcare\"\n"
                                   "  pay.lowest_hourly_wage = $17.50/hour\n"
                                   "  pay.bonus = $500\n"
                                   "  pay.salary = $52_000/year\n"
                                   "  benefits.retirement_plan = \"401k\"\n"
                                   "  benefits.languages = [\"en\", \"es\"]\n"
                                   "  schedule.advance_notice = 2 weeks\n"
                                   "  schedule.shift_length = 30 minutes\n"
                                   "  founded = 2001-02-03\n"
                                   "  unionized = false\n"
                                   "}\n");
    assert_false(e->failed);
    assert_int_equal(e->diags.n, 0);
    assert_string_equal(e->name, "Acme");
    assert_string_equal(scalar(e, "employees"), "42");
    assert_string_equal(scalar(e, "industry"), "\"childcare\"");
    assert_string_equal(scalar(e, "pay.lowest_hourly_wage"), "$17.50/hour");
    assert_string_equal(scalar(e, "pay.bonus"), "$500.00");
    assert_string_equal(scalar(e, "pay.salary"), "$52000.00/year");
    assert_string_equal(scalar(e, "benefits.retirement_plan"), "\"401k\"");
    assert_string_equal(scalar(e, "benefits.languages"), "[\"en\", \"es\"]");
    assert_string_equal(scalar(e, "schedule.advance_notice"), "2 weeks");
    assert_string_equal(scalar(e, "schedule.shift_length"), "30 minutes");
    assert_string_equal(scalar(e, "founded"), "2001-02-03");
    assert_string_equal(scalar(e, "unionized"), "false");
    assert_int_equal(e->values[fact("ratio")->slot].kind, JQL_V_UNKNOWN);
}

static void load__groups__prefix_paths(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  pay { lowest_hourly_wage = $20/hour  bonus = $1 }\n"
                                   "  benefits { retirement_plan = \"none\" }\n"
                                   "  schedule { advance_notice = 14 days }\n"
                                   "}\n");
    assert_false(e->failed);
    assert_string_equal(scalar(e, "pay.lowest_hourly_wage"), "$20.00/hour");
    assert_string_equal(scalar(e, "pay.bonus"), "$1.00");
    assert_string_equal(scalar(e, "benefits.retirement_plan"), "\"none\"");
    assert_string_equal(scalar(e, "schedule.advance_notice"), "14 days");
}

static void load__number_and_percent__take_declared_flavour(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { ratio = 80%  share_full_time = 80% }\n");
    assert_false(e->failed);
    assert_string_equal(scalar(e, "ratio"), "0.8");
    assert_string_equal(scalar(e, "share_full_time"), "80%");
}

/* A percent typed as a number (4 for 4%) would silently be 400%: an error with both
   readings offered. */
static void load__bare_number_for_percent__error_offers_both_forms(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { share_full_time = 0.8 }\n");
    assert_true(e->failed);
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_ERROR,
        "wrong value for 'share_full_time': expected percent, like 75%, got 0.8");
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg, "did you mean 80% or 0.8%?");
    e = load1("employer \"A\" { share_full_time = 4 }\n");
    assert_string_equal(e->diags.v[0]->notes[0].msg, "did you mean 400% or 4%?");
}

/* Declared ranges, and the default of non-negative amounts, reject a value at the value. */
static void load__value_outside_range__error_shows_range(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  share_union = 250%\n"
                                   "  bonus_cap = $50\n"
                                   "  pay.lowest_hourly_wage = -$5/hour\n"
                                   "  employees = 0\n"
                                   "  ratio = -3\n"
                                   "}\n");
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 3);
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_ERROR,
        "wrong value for 'share_union': 250% is outside its range 0%..100%");
    assert_string_equal(text_at(dg->loc), "250%");
    assert_string_equal(text_at(dg->notes[0].loc), "in 0%..100%");
    diag(e, 1, JQL_SEV_ERROR,
         "wrong value for 'bonus_cap': $50.00 is outside its range $100.00..$5000.00");
    dg = diag(e, 2, JQL_SEV_ERROR,
              "wrong value for 'pay.lowest_hourly_wage': -$5.00/hour is outside its range "
              "$0.00/hour..");
    assert_null(dg->notes[0].loc.src);
    e = load1("employer \"A\" { share_union = 100%  bonus_cap = $100 }\n");
    assert_false(e->failed); /* bounds are inclusive */
}

static void load__month_rate_for_year_fact__accepted(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { pay.salary = $4_000/month }\n");
    assert_false(e->failed);
    assert_int_equal(e->values[fact("pay.salary")->slot].kind, JQL_V_RATE);
}

static void load__negative_number__accepted(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { ratio = -1.5 }\n");
    assert_false(e->failed);
    assert_string_equal(scalar(e, "ratio"), "-1.5");
}

static void load__source_annotation__kept_per_slot(void **state)
{
    (void)state;
    struct jql_employer *e = load1(
        "employer \"A\" {\n"
        "  pay { lowest_hourly_wage = $20/hour source \"MIT calculator\" }\n"
        "  employees = 3\n"
        "}\n");
    assert_string_equal(e->sources[fact("pay.lowest_hourly_wage")->slot], "MIT calculator");
    assert_null(e->sources[fact("employees")->slot]);
}

static void load__member_source__kept_per_element_and_slot(void **state)
{
    (void)state;
    struct jql_employer *e = load1(
        "employer \"A\" {\n"
        "  job \"Cook\" { hourly_wage = $18/hour source \"job posting\" headcount = 2 }\n"
        "  job \"Host\" {\n"
        "    hourly_wage = $25/hour\n"
        "    headcount = 1 source \"HR\"\n"
        "    tags = [] source \"none listed\"\n"
        "  }\n"
        "  job \"Aide\" { }\n"
        "  benefits.languages = [] source \"handbook\"\n"
        "}\n");
    assert_false(e->failed);
    const struct jql_coll_value *c = coll(e, "job");
    assert_int_equal(c->n, 3);
    int wage = fact("job.hourly_wage")->slot, head = fact("job.headcount")->slot;
    int tags = fact("job.tags")->slot;
    assert_non_null(c->elems[0].sources);
    assert_string_equal(c->elems[0].sources[wage], "job posting");
    assert_null(c->elems[0].sources[head]);
    assert_null(c->elems[0].sources[0]); /* the label (`name`) has no source */
    assert_null(c->elems[1].sources[wage]);
    assert_string_equal(c->elems[1].sources[head], "HR");
    assert_string_equal(c->elems[1].sources[tags], "none listed");
    assert_string_equal(member(&c->elems[1], "job.tags"), "[]");
    assert_non_null(c->elems[2].sources); /* an element without any source */
    assert_null(c->elems[2].sources[wage]);
    /* `= []` of a list fact keeps its source like any other value */
    assert_string_equal(e->sources[fact("benefits.languages")->slot], "handbook");
}

static void load__unknown__stays_unknown_and_counts_as_set(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  employees = unknown\n"
                                   "  employees = 4\n"
                                   "}\n");
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 1);
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_ERROR, "fact 'employees' is set twice");
    assert_int_equal(line_of(dg->loc), 3);
    assert_int_equal(e->values[fact("employees")->slot].kind, JQL_V_UNKNOWN);
}

static void load__empty_list_fact__empty_list(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { benefits.languages = [] }\n");
    assert_false(e->failed);
    assert_string_equal(scalar(e, "benefits.languages"), "[]");
}

/* ---- wrong values ---- */

static void load__wrong_type__error_at_value(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  pay.lowest_hourly_wage = 42\n"
                                   "}\n");
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 1);
    const struct jql_diag *dg =
        diag(e, 0, JQL_SEV_ERROR,
             "wrong value for 'pay.lowest_hourly_wage': expected money/hour, like "
             "$18.25/hour, got 42");
    assert_string_equal(text_at(dg->loc), "42");
    assert_int_equal(e->values[fact("pay.lowest_hourly_wage")->slot].kind, JQL_V_UNKNOWN);
}

static void load__count_rules__each_employer(void **state)
{
    (void)state;
    int n = 0;
    struct jql_employer **v = load_opts("employer \"A\" { employees = 2.5 }\n"
                                        "employer \"B\" { employees = -3 }\n"
                                        "employer \"C\" { employees = 50% }\n"
                                        "employer \"D\" { employees = 0 }\n"
                                        "employer \"E\" { job \"x\" { headcount = 1.5 } }\n",
                                        false, &n);
    assert_int_equal(n, 5);
    diag(v[0], 0, JQL_SEV_ERROR,
         "wrong value for 'employees': expected count, like 12, got 2.5");
    diag(v[1], 0, JQL_SEV_ERROR, "wrong value for 'employees': expected count, like 12, got -3");
    diag(v[2], 0, JQL_SEV_ERROR, "wrong value for 'employees': expected count, like 12, got 50%");
    assert_false(v[3]->failed);
    assert_string_equal(scalar(v[3], "employees"), "0");
    diag(v[4], 0, JQL_SEV_ERROR,
         "wrong value for 'job.headcount': expected count, like 12, got 1.5");
    assert_true(v[0]->failed && v[1]->failed && v[2]->failed && v[4]->failed);
}

static void load__wrong_units__rejected(void **state)
{
    (void)state;
    int n = 0;
    struct jql_employer **v = load_opts(
        "employer \"A\" { pay.lowest_hourly_wage = $800/week }\n"
        "employer \"B\" { schedule.advance_notice = 40 hours }\n"
        "employer \"C\" { pay.salary = $20/hour }\n"
        "employer \"D\" { unionized = \"yes\" }\n"
        "employer \"E\" { founded = 2020 }\n"
        "employer \"F\" { industry = [\"a\"] }\n"
        "employer \"G\" { pay.bonus = [] }\n",
        false, &n);
    assert_int_equal(n, 7);
    diag(v[0], 0, JQL_SEV_ERROR,
         "wrong value for 'pay.lowest_hourly_wage': expected money/hour, like $18.25/hour, "
         "got $800.00/week");
    diag(v[1], 0, JQL_SEV_ERROR,
         "wrong value for 'schedule.advance_notice': expected days, like 14 days, got 40 hours");
    diag(v[2], 0, JQL_SEV_ERROR,
         "wrong value for 'pay.salary': expected money/year, like $52_000/year, got $20.00/hour");
    diag(v[3], 0, JQL_SEV_ERROR,
         "wrong value for 'unionized': expected bool, like true, got \"yes\"");
    diag(v[4], 0, JQL_SEV_ERROR,
         "wrong value for 'founded': expected date, like 2026-03-01, got 2020");
    diag(v[5], 0, JQL_SEV_ERROR,
         "wrong value for 'industry': expected text, like \"text\", got [\"a\"]");
    const struct jql_diag *dg = diag(v[6], 0, JQL_SEV_ERROR,
                                     "wrong value for 'pay.bonus': expected money, like $18.25, "
                                     "got []");
    assert_string_equal(text_at(dg->loc), "[]");
    for (int i = 0; i < n; i++)
        assert_true(v[i]->failed);
}

static void load__enum_value__case_sensitive_with_notes(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { benefits.retirement_plan = \"401K\" }\n");
    assert_true(e->failed);
    const struct jql_diag *dg =
        diag(e, 0, JQL_SEV_ERROR,
             "wrong value for 'benefits.retirement_plan': \"401K\" is not one of its values");
    assert_string_equal(text_at(dg->loc), "\"401K\"");
    assert_int_equal(dg->nnotes, 2);
    assert_string_equal(dg->notes[0].msg, "did you mean \"401k\"?");
    assert_string_equal(dg->notes[1].msg, "allowed values: \"none\", \"401k\", \"pension\"");
}

static void load__enum_wrong_kind__expected_message(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { benefits.retirement_plan = 4 }\n");
    diag(e, 0, JQL_SEV_ERROR,
         "wrong value for 'benefits.retirement_plan': expected one of \"none\", \"401k\", "
         "\"pension\", like \"none\", got 4");
}

/* ---- undeclared facts ---- */

static void load__unknown_fact__warning_with_suggestion(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  pay { lowest_houly_wage = $20/hour }\n"
                                   "  zzz = 1\n"
                                   "}\n");
    assert_false(e->failed);
    assert_int_equal(e->diags.n, 2);
    const struct jql_diag *dg =
        diag(e, 0, JQL_SEV_WARNING, "unknown fact 'pay.lowest_houly_wage'");
    assert_string_equal(text_at(dg->loc), "lowest_houly_wage");
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg, "did you mean 'pay.lowest_hourly_wage'?");
    dg = diag(e, 1, JQL_SEV_WARNING, "unknown fact 'zzz'");
    assert_int_equal(dg->nnotes, 0);
}

static void load__unknown_fact_strict__error_and_failed(void **state)
{
    (void)state;
    int n = 0;
    struct jql_employer **v = load_opts("employer \"A\" { pay.lowest_houly_wage = $20/hour }\n",
                                        true, &n);
    assert_true(v[0]->failed);
    diag(v[0], 0, JQL_SEV_ERROR, "unknown fact 'pay.lowest_houly_wage'");
}

/* Suggestions are remembered per file: every employer still gets its own note,
   and a name with no suggestion stays without one. */
static void load__same_typo_in_many_employers__each_gets_the_note(void **state)
{
    (void)state;
    int n = 0;
    struct jql_employer **v = load_opts("employer \"A\" { pay.lowest_houly_wage = $20/hour zzz = 1 }\n"
                                        "employer \"B\" { pay.lowest_houly_wage = $21/hour zzz = 2 }\n"
                                        "employer \"C\" { pay.lowest_houly_wage = $22/hour zzz = 3 }\n",
                                        false, &n);
    assert_int_equal(n, 3);
    for (int i = 0; i < n; i++) {
        const struct jql_diag *dg =
            diag(v[i], 0, JQL_SEV_WARNING, "unknown fact 'pay.lowest_houly_wage'");
        assert_int_equal(dg->nnotes, 1);
        assert_string_equal(dg->notes[0].msg, "did you mean 'pay.lowest_hourly_wage'?");
        assert_int_equal(diag(v[i], 1, JQL_SEV_WARNING, "unknown fact 'zzz'")->nnotes, 0);
    }
}

static void load__unknown_member__warning_with_suggestion(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { job \"x\" { hourly_wag = $1/hour } }\n");
    assert_false(e->failed);
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_WARNING, "unknown fact 'job.hourly_wag'");
    assert_string_equal(dg->notes[0].msg, "did you mean 'job.hourly_wage'?");
}

/* ---- duplicates ---- */

static void load__set_twice__error_at_later_note_at_first(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  pay.bonus = $1\n"
                                   "  pay { bonus = $2 }\n"
                                   "}\n");
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 1);
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_ERROR, "fact 'pay.bonus' is set twice");
    assert_int_equal(line_of(dg->loc), 3);
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg, "first set here");
    assert_int_equal(line_of(dg->notes[0].loc), 2);
    assert_string_equal(scalar(e, "pay.bonus"), "$1.00");
}

static void load__same_fact_in_two_employers__no_error(void **state)
{
    (void)state;
    int n = 0;
    struct jql_employer **v = load_opts("employer \"A\" { employees = 1 job \"x\" { } }\n"
                                        "employer \"B\" { employees = 2 job \"x\" { } }\n",
                                        false, &n);
    assert_int_equal(n, 2);
    assert_false(v[0]->failed);
    assert_false(v[1]->failed);
    assert_string_equal(scalar(v[1], "employees"), "2");
}

/* ---- collections ---- */

static void load__elements__in_order_with_label_and_members(void **state)
{
    (void)state;
    struct jql_employer *e = load1(
        "employer \"A\" {\n"
        "  job \"Lead Teacher\" { hourly_wage = $25/hour  headcount = 6 }\n"
        "  job \"Assistant\" { hourly_wage = $17.50/hour  tags = [] }\n"
        "}\n");
    assert_false(e->failed);
    const struct jql_coll_value *c = coll(e, "job");
    assert_true(c->known);
    assert_int_equal(c->n, 2);
    assert_string_equal(c->elems[0].label, "Lead Teacher");
    assert_string_equal(c->elems[1].label, "Assistant");
    assert_string_equal(jql_value_format(c->elems[0].values[0]), "\"Lead Teacher\"");
    assert_string_equal(member(&c->elems[0], "job.hourly_wage"), "$25.00/hour");
    assert_string_equal(member(&c->elems[0], "job.headcount"), "6");
    assert_string_equal(member(&c->elems[1], "job.hourly_wage"), "$17.50/hour");
    assert_string_equal(member(&c->elems[1], "job.headcount"), "unknown");
    assert_string_equal(member(&c->elems[1], "job.tags"), "[]");
    assert_false(coll(e, "site")->known);
}

static void load__collection_forms__known_or_not(void **state)
{
    (void)state;
    int n = 0;
    struct jql_employer **v = load_opts("employer \"A\" { job = [] }\n"
                                        "employer \"B\" { job = unknown }\n"
                                        "employer \"C\" { }\n",
                                        false, &n);
    assert_true(coll(v[0], "job")->known);
    assert_int_equal(coll(v[0], "job")->n, 0);
    assert_false(coll(v[1], "job")->known);
    assert_false(coll(v[2], "job")->known);
    for (int i = 0; i < n; i++)
        assert_false(v[i]->failed);
}

static void load__collection_value__error(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { job = 5 }\n");
    assert_true(e->failed);
    const struct jql_diag *dg =
        diag(e, 0, JQL_SEV_ERROR, "'job' is a collection, not a single value");
    assert_string_equal(text_at(dg->loc), "5");
    assert_string_equal(dg->notes[0].msg,
                        "add its elements as job \"LABEL\" { ... }, or write job = [] when "
                        "there are none");
}

/* An undeclared name used as a collection is an undeclared fact: a warning (spec 8);
   a declared fact that is not a collection is an error. */
static void load__element_of_non_collection__error_with_suggestion(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  jobs \"x\" { hourly_wage = 5 }\n"
                                   "  industry \"y\" { }\n"
                                   "}\n");
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 2); /* the bodies are not checked */
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_WARNING, "unknown collection 'jobs'");
    assert_string_equal(text_at(dg->loc), "jobs");
    assert_string_equal(dg->notes[0].msg, "did you mean 'job'?");
    diag(e, 1, JQL_SEV_ERROR, "'industry' is not a collection");
    e = load1("employer \"A\" { jobs \"x\" { hourly_wage = 5 } }\n");
    assert_false(e->failed);
    assert_int_equal(e->diags.n, 1);
}

static void load__nested_element__error(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { job \"x\" { site \"y\" { } } }\n");
    assert_true(e->failed);
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_ERROR, "'job.site' is not a collection");
    assert_string_equal(dg->notes[0].msg, "nested collections are not supported");
}

static void load__duplicate_label__error_with_note(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  job \"Assistant\" { headcount = 1 }\n"
                                   "  job \"Cook\" { }\n"
                                   "  job \"Assistant\" { headcount = 2.5 }\n"
                                   "}\n");
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 2); /* the duplicate's body is still checked */
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_ERROR, "duplicate job \"Assistant\"");
    assert_int_equal(line_of(dg->loc), 4);
    assert_string_equal(text_at(dg->loc), "\"Assistant\"");
    assert_string_equal(dg->notes[0].msg, "first defined here");
    assert_int_equal(line_of(dg->notes[0].loc), 2);
    diag(e, 1, JQL_SEV_ERROR, "wrong value for 'job.headcount': expected count, like 12, got 2.5");
    assert_int_equal(coll(e, "job")->n, 2);
}

static void load__many_labels__duplicates_found(void **state)
{
    (void)state;
    struct jql_buf b = {0};
    jql_buf_puts(&b, "employer \"A\" {\n");
    for (int i = 0; i < 500; i++)
        jql_buf_printf(&b, "  job \"j%d\" { headcount = %d }\n", i, i);
    jql_buf_puts(&b, "  job \"j321\" { }\n}\nemployer \"B\" { job \"j321\" { } }\n");
    int n = 0;
    struct jql_employer **v = load_opts(jql_buf_str(&b), false, &n);
    assert_int_equal(v[0]->diags.n, 1);
    const struct jql_diag *dg = diag(v[0], 0, JQL_SEV_ERROR, "duplicate job \"j321\"");
    assert_int_equal(line_of(dg->notes[0].loc), 2 + 321);
    assert_int_equal(coll(v[0], "job")->n, 500);
    assert_string_equal(member(&coll(v[0], "job")->elems[499], "job.headcount"), "499");
    assert_false(v[1]->failed);
}

static void load__member_set_twice__error(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n"
                                   "  job \"Cook\" {\n"
                                   "    headcount = 1\n"
                                   "    headcount = 2\n"
                                   "  }\n"
                                   "  job \"Chef\" { headcount = 3 }\n"
                                   "}\n");
    assert_int_equal(e->diags.n, 1);
    const struct jql_diag *dg =
        diag(e, 0, JQL_SEV_ERROR, "fact 'job.headcount' is set twice in job \"Cook\"");
    assert_int_equal(line_of(dg->loc), 4);
    assert_string_equal(dg->notes[0].msg, "first set here");
    assert_int_equal(line_of(dg->notes[0].loc), 3);
}

static void load__empty_and_elements__error_either_order(void **state)
{
    (void)state;
    int n = 0;
    struct jql_employer **v = load_opts("employer \"A\" {\n"
                                        "  job = []\n"
                                        "  job \"x\" { }\n"
                                        "  job \"y\" { }\n"
                                        "}\n"
                                        "employer \"B\" {\n"
                                        "  job \"x\" { }\n"
                                        "  job = []\n"
                                        "}\n"
                                        "employer \"C\" {\n"
                                        "  job \"x\" { }\n"
                                        "  job = unknown\n"
                                        "}\n",
                                        false, &n);
    assert_int_equal(v[0]->diags.n, 1);
    const struct jql_diag *dg = diag(v[0], 0, JQL_SEV_ERROR,
                                     "collection 'job' is set to [] and also has elements");
    assert_int_equal(line_of(dg->loc), 3);
    assert_string_equal(dg->notes[0].msg, "set to [] here");
    assert_int_equal(line_of(dg->notes[0].loc), 2);
    dg = diag(v[1], 0, JQL_SEV_ERROR, "collection 'job' is set to [] and also has elements");
    assert_int_equal(line_of(dg->loc), 8);
    assert_string_equal(dg->notes[0].msg, "first element here");
    assert_int_equal(line_of(dg->notes[0].loc), 7);
    diag(v[2], 0, JQL_SEV_ERROR, "collection 'job' is set to unknown and also has elements");
    for (int i = 0; i < n; i++)
        assert_true(v[i]->failed);
}

static void load__empty_twice__set_twice(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" {\n  job = []\n  job = unknown\n}\n");
    const struct jql_diag *dg = diag(e, 0, JQL_SEV_ERROR, "fact 'job' is set twice");
    assert_int_equal(line_of(dg->notes[0].loc), 2);
}

static void load__member_outside_element__error(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { job.hourly_wage = $20/hour }\n");
    assert_true(e->failed);
    const struct jql_diag *dg =
        diag(e, 0, JQL_SEV_ERROR, "'job.hourly_wage' belongs to collection 'job'");
    assert_string_equal(dg->notes[0].msg,
                        "set it inside an element: job \"LABEL\" { hourly_wage = ... }");
}

static void load__name_member__cannot_be_set(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { job \"x\" { name = \"y\" } }\n");
    assert_true(e->failed);
    diag(e, 0, JQL_SEV_ERROR, "cannot set 'job.name': it is the label of the element");
    assert_string_equal(jql_value_format(coll(e, "job")->elems[0].values[0]), "\"x\"");
}

static void load__wrong_member_value__error(void **state)
{
    (void)state;
    struct jql_employer *e = load1("employer \"A\" { job \"x\" { hourly_wage = $20 } }\n");
    diag(e, 0, JQL_SEV_ERROR,
         "wrong value for 'job.hourly_wage': expected money/hour, like $18.25/hour, got $20.00");
}

/* ---- whole files ---- */

static void load__bad_employer_among_good__others_load(void **state)
{
    (void)state;
    int n = 0;
    struct jql_employer **v = load_opts("employer \"Good 1\" { employees = 1 }\n"
                                        "employer \"Bad\" { employees = 1.5  pay.bonus = 4 }\n"
                                        "employer \"Good 2\" { employees = 3 }\n",
                                        false, &n);
    assert_int_equal(n, 3);
    assert_false(v[0]->failed);
    assert_true(v[1]->failed);
    assert_int_equal(v[1]->diags.nerrors, 2); /* every error of the employer */
    assert_false(v[2]->failed);
    assert_string_equal(v[2]->name, "Good 2");
    assert_string_equal(scalar(v[2], "employees"), "3");
    assert_int_equal(line_of(v[1]->loc), 2);
}

static void load__strict_warning_only_in_strict(void **state)
{
    (void)state;
    int n = 0;
    const char *text = "employer \"A\" { nope = 1 }\nemployer \"B\" { employees = 1 }\n";
    struct jql_employer **v = load_opts(text, false, &n);
    assert_false(v[0]->failed);
    assert_int_equal(v[0]->diags.nwarnings, 1);
    v = load_opts(text, true, &n);
    assert_true(v[0]->failed);
    assert_false(v[1]->failed);
    assert_true(v[0]->diags.werror);
}

static void load__syntax_error_in_employer__failed(void **state)
{
    (void)state;
    const char *text = "employer \"A\" { employees = = 1 }\nemployer \"B\" { employees = 1 }\n";
    const struct jql_source *src = jql_source_new("t.facts", "t.facts", text, strlen(text));
    struct jql_diags d = {0};
    struct jql_factfile *ff = jql_parse_facts(src, &d);
    assert_true(d.nerrors > 0);
    int n = 0;
    struct jql_employer **v = jql_facts_load(program(), ff, NULL, &n);
    assert_int_equal(n, 2);
    assert_true(v[0]->failed);
    assert_false(v[1]->failed);
}

static void load_employer__given_body__loaded(void **state)
{
    (void)state;
    const char *text = "employer \"A\" { employees = 7 }\n";
    const struct jql_source *src = jql_source_new("t.facts", "t.facts", text, strlen(text));
    struct jql_diags d = {0};
    struct jql_factfile *ff = jql_parse_facts(src, &d);
    struct jql_employer *e = jql_facts_load_employer(program(), ff->employers[0], NULL);
    assert_false(e->failed);
    assert_string_equal(scalar(e, "employees"), "7");
}

/* ---- defaults ---- */

/* A fact the employer did not report, or reported `unknown`, takes the rule files'
   default (marked, with its source); a reported value is kept. */
static void load__default__fills_absent_and_unknown_only(void **state)
{
    (void)state;
    const char *rules = jql_sprintf("%sdefault pay.bonus = $100 \"policy\"\n"
                                    "default industry = \"retail\"\n", VOCAB);
    struct jql_diags d = {0};
    struct jql_rulefile *rf =
        jql_parse_rules(jql_source_new("v.jq", "v.jq", rules, strlen(rules)), &d);
    struct jql_program *p = jql_check(&rf, 1, &d);
    assert_non_null(p);
    const char *text = "employer \"A\" { industry = \"care\" }\n"
                       "employer \"B\" { pay.bonus = unknown }\n";
    struct jql_factfile *ff =
        jql_parse_facts(jql_source_new("t.facts", "t.facts", text, strlen(text)), &d);
    int n = 0;
    struct jql_employer **v = jql_facts_load(p, ff, &(struct jql_facts_opts){0}, &n);
    int bonus = p->facts[jql_program_fact(p, "pay.bonus")].slot;
    int industry = p->facts[jql_program_fact(p, "industry")].slot;
    assert_string_equal(jql_value_format(v[0]->values[industry]), "\"care\"");
    assert_false(v[0]->defaulted[industry]);
    assert_string_equal(jql_value_format(v[0]->values[bonus]), "$100.00");
    assert_true(v[0]->defaulted[bonus]);
    assert_string_equal(v[0]->sources[bonus], "policy");
    assert_string_equal(jql_value_format(v[1]->values[bonus]), "$100.00"); /* `unknown` too */
    assert_string_equal(jql_value_format(v[1]->values[industry]), "\"retail\"");
    assert_null(v[1]->sources[industry]);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(load__every_type__stored_in_slots),
        cmocka_unit_test(load__groups__prefix_paths),
        cmocka_unit_test(load__number_and_percent__take_declared_flavour),
        cmocka_unit_test(load__bare_number_for_percent__error_offers_both_forms),
        cmocka_unit_test(load__value_outside_range__error_shows_range),
        cmocka_unit_test(load__default__fills_absent_and_unknown_only),
        cmocka_unit_test(load__month_rate_for_year_fact__accepted),
        cmocka_unit_test(load__negative_number__accepted),
        cmocka_unit_test(load__source_annotation__kept_per_slot),
        cmocka_unit_test(load__member_source__kept_per_element_and_slot),
        cmocka_unit_test(load__unknown__stays_unknown_and_counts_as_set),
        cmocka_unit_test(load__empty_list_fact__empty_list),
        cmocka_unit_test(load__wrong_type__error_at_value),
        cmocka_unit_test(load__count_rules__each_employer),
        cmocka_unit_test(load__wrong_units__rejected),
        cmocka_unit_test(load__enum_value__case_sensitive_with_notes),
        cmocka_unit_test(load__enum_wrong_kind__expected_message),
        cmocka_unit_test(load__unknown_fact__warning_with_suggestion),
        cmocka_unit_test(load__unknown_fact_strict__error_and_failed),
        cmocka_unit_test(load__same_typo_in_many_employers__each_gets_the_note),
        cmocka_unit_test(load__unknown_member__warning_with_suggestion),
        cmocka_unit_test(load__set_twice__error_at_later_note_at_first),
        cmocka_unit_test(load__same_fact_in_two_employers__no_error),
        cmocka_unit_test(load__elements__in_order_with_label_and_members),
        cmocka_unit_test(load__collection_forms__known_or_not),
        cmocka_unit_test(load__collection_value__error),
        cmocka_unit_test(load__element_of_non_collection__error_with_suggestion),
        cmocka_unit_test(load__nested_element__error),
        cmocka_unit_test(load__duplicate_label__error_with_note),
        cmocka_unit_test(load__many_labels__duplicates_found),
        cmocka_unit_test(load__member_set_twice__error),
        cmocka_unit_test(load__empty_and_elements__error_either_order),
        cmocka_unit_test(load__empty_twice__set_twice),
        cmocka_unit_test(load__member_outside_element__error),
        cmocka_unit_test(load__name_member__cannot_be_set),
        cmocka_unit_test(load__wrong_member_value__error),
        cmocka_unit_test(load__bad_employer_among_good__others_load),
        cmocka_unit_test(load__strict_warning_only_in_strict),
        cmocka_unit_test(load__syntax_error_in_employer__failed),
        cmocka_unit_test(load_employer__given_body__loaded),
    };
    return cmocka_run_group_tests_name("facts", tests, NULL, NULL);
}
