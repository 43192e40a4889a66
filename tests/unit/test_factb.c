/* Unit tests for factb, the fact builder: a vocabulary is compiled from rule text, then
   employers are built through begin / push / set_raw / element / end as the JSON and CSV
   readers drive it. Values, slots, diagnostics with their locations, the per-file count of
   undeclared keys, and the name cache (the tree of key segments) are asserted. */
#include "test_util.h"

#include "check.h"
#include "factb.h"
#include "parse.h"

#include <stdio.h>
#include <string.h>

static const char RULES[] =
    "facts {\n"
    "  employees: count\n"
    "  ratio: number\n"
    "  full_time_share: percent\n"
    "  union_share: percent in 0%..100%\n"
    "  pay.lowest_hourly_wage: money/hour\n"
    "  pay.bonus: money\n"
    "  pay.salary: money/year\n"
    "  leave.shift: minutes\n"
    "  leave.meeting: hours\n"
    "  leave.notice: days\n"
    "  leave.family: weeks\n"
    "  leave.probation: months\n"
    "  leave.tenure: years\n"
    "  founded: date\n"
    "  unionized: bool\n"
    "  industry: text\n"
    "  plan: one of \"none\", \"401k\"\n"
    "  langs: list of text\n"
    "  collection job \"A position\"\n"
    "  job.hourly_wage: money/hour\n"
    "  job.full_time: bool\n"
    "  job.leave: days\n"
    "}\n"
    "default pay.bonus = $100 \"policy\"\n";

/* What every test works with: the program, a builder over it, and a record text that
   locations point into (offsets are arbitrary but distinct, so notes can be told apart). */
struct fx {
    struct jql_program *p;
    struct jql_fb *b;
    const struct jql_source *src;
};

static struct jql_program *program(void) { return test_program("r.jq", RULES); }

static struct fx fx_new(bool per_file, bool strict)
{
    struct fx f = {.p = program()};
    struct jql_facts_opts o = {.strict = strict, .per_file = per_file};
    f.b = jql_fb_new(f.p, &o);
    static const char text[] = "0123456789012345678901234567890123456789"
                               "0123456789012345678901234567890123456789"
                               "0123456789012345678901234567890123456789";
    f.src = jql_source_part("t.json", text, strlen(text), 0, 0);
    return f;
}

static struct jql_loc at(const struct fx *f, uint32_t off)
{
    return (struct jql_loc){f->src, off, off + 1};
}

static void begin(struct fx *f, const char *name)
{
    jql_fb_begin(f->b, name, at(f, 0), (struct jql_loc){f->src, 0, 100});
}

static struct jql_raw num(const char *s)
{
    return (struct jql_raw){.kind = JQL_RAW_NUMBER, .s = s, .n = strlen(s)};
}

static struct jql_raw str(const char *s)
{
    return (struct jql_raw){.kind = JQL_RAW_STRING, .s = s, .n = strlen(s)};
}

static struct jql_raw boolean(bool b) { return (struct jql_raw){.kind = JQL_RAW_BOOL, .b = b}; }

static struct jql_raw null(void) { return (struct jql_raw){.kind = JQL_RAW_NULL}; }

/* `key` (a whole dotted key) set to v as JSON (csv false) or CSV gives it; the name is at
   offset `name_at`, the value at name_at + 1. */
static void set_at(struct fx *f, const char *key, struct jql_raw v, bool csv, uint32_t name_at)
{
    size_t mark = jql_fb_push(f->b, key, strlen(key), false);
    jql_fb_set_raw(f->b, v, csv, at(f, name_at), at(f, name_at + 1));
    jql_fb_pop(f->b, mark);
}

static void set(struct fx *f, const char *key, struct jql_raw v) { set_at(f, key, v, false, 10); }

static int slot(const struct fx *f, const char *name)
{
    int id = jql_program_fact(f->p, name);
    assert_true(id >= 0);
    return f->p->facts[id].slot;
}

static struct jql_value value(const struct fx *f, const struct jql_employer *e, const char *name)
{
    return e->values[slot(f, name)];
}

static const char *shown(const struct fx *f, const struct jql_employer *e, const char *name)
{
    return jql_value_format(value(f, e, name));
}

/* Diagnostic i of `d`, asserting its severity and exact message. */
static const struct jql_diag *diag_in(const struct jql_diags *d, int i, enum jql_severity sev,
                                      const char *msg)
{
    assert_true(i < d->n);
    assert_string_equal(d->v[i]->msg, msg);
    assert_int_equal(d->v[i]->sev, sev);
    return d->v[i];
}

/* The only diagnostic of a failed employer: an error with message `msg`. */
static const struct jql_diag *only_error(const struct jql_employer *e, const char *msg)
{
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 1);
    return diag_in(&e->diags, 0, JQL_SEV_ERROR, msg);
}

/* One employer with one key set to v; its diagnostics and value are the test's. */
static struct jql_employer *one(struct fx *f, const char *key, struct jql_raw v, bool csv)
{
    begin(f, "A");
    set_at(f, key, v, csv, 10);
    return jql_fb_end(f->b, false);
}

static struct jql_value duration(long n, enum jql_unit u)
{
    struct jql_value v;
    assert_true(jql_value_duration(jql_dec_from_int(n), u, &v));
    return v;
}

/* ---- numbers in the declared unit ---- */

/* A bare number means the declared unit: percentage points for a percent, the unit a
   duration's type names (minutes hours days weeks months years), dollars for money. */
static void set_raw__number__read_in_declared_unit(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    set(&f, "employees", num("42"));
    set(&f, "ratio", num("0.5"));
    set(&f, "full_time_share", num("80"));
    set(&f, "pay.bonus", num("500"));
    set(&f, "pay.lowest_hourly_wage", num("17.5"));
    set(&f, "pay.salary", num("52000"));
    set(&f, "leave.shift", num("90"));
    set(&f, "leave.meeting", num("2"));
    set(&f, "leave.notice", num("14"));
    set(&f, "leave.family", num("3"));
    set(&f, "leave.probation", num("6"));
    set(&f, "leave.tenure", num("2"));
    struct jql_employer *e = jql_fb_end(f.b, false);
    if (e->diags.n)
        jql_diags_render(stderr, &e->diags, false);
    assert_int_equal(e->diags.n, 0);
    assert_false(e->failed);
    assert_string_equal(shown(&f, e, "employees"), "42");
    assert_string_equal(shown(&f, e, "ratio"), "0.5");
    assert_string_equal(shown(&f, e, "full_time_share"), "80%");
    assert_string_equal(shown(&f, e, "pay.bonus"), "$500.00");
    assert_string_equal(shown(&f, e, "pay.lowest_hourly_wage"), "$17.50/hour");
    assert_string_equal(shown(&f, e, "pay.salary"), "$52000.00/year");
    assert_string_equal(shown(&f, e, "leave.shift"), "90 minutes");
    assert_string_equal(shown(&f, e, "leave.meeting"), "2 hours");
    assert_string_equal(shown(&f, e, "leave.notice"), "14 days");
    assert_string_equal(shown(&f, e, "leave.family"), "3 weeks");
    assert_string_equal(shown(&f, e, "leave.probation"), "6 months");
    assert_string_equal(shown(&f, e, "leave.tenure"), "2 years");
    /* held in the group's base unit: 3 weeks is 21 days, 2 years 24 months, 2 hours 120
       minutes, whatever unit they print in */
    assert_true(jql_value_equal(value(&f, e, "leave.family"), duration(21, JQL_UNIT_DAY)));
    assert_true(jql_value_equal(value(&f, e, "leave.tenure"), duration(24, JQL_UNIT_MONTH)));
    assert_true(jql_value_equal(value(&f, e, "leave.meeting"), duration(120, JQL_UNIT_MINUTE)));
    /* 80 percentage points is the share 0.8 */
    jql_dec eight_tenths;
    assert_int_equal(jql_dec_parse("0.8", 3, &eight_tenths), JQL_DEC_OK);
    assert_true(jql_dec_cmp(value(&f, e, "full_time_share").u.d, eight_tenths) == 0);
}

/* Numbers are read from their decimal text: 15.41 is exactly 15.41, exponents are taken
   when the value is exact, negative numbers where the type allows them. */
static void set_raw__decimal_text__exact(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    set(&f, "pay.lowest_hourly_wage", num("15.41"));
    set(&f, "pay.bonus", num("1.5e3"));
    set(&f, "employees", num("1E2"));
    set(&f, "full_time_share", num("12.5"));
    set(&f, "ratio", num("-0.000001"));
    set(&f, "leave.family", num("0.5"));
    struct jql_employer *e = jql_fb_end(f.b, false);
    assert_int_equal(e->diags.n, 0);
    assert_string_equal(shown(&f, e, "pay.lowest_hourly_wage"), "$15.41/hour");
    assert_string_equal(shown(&f, e, "pay.bonus"), "$1500.00");
    assert_string_equal(shown(&f, e, "employees"), "100");
    assert_string_equal(shown(&f, e, "full_time_share"), "12.5%");
    assert_string_equal(shown(&f, e, "ratio"), "-0.000001");
    /* half a week is 3.5 days, exactly */
    jql_dec half;
    assert_int_equal(jql_dec_parse("3.5", 3, &half), JQL_DEC_OK);
    struct jql_value want;
    assert_true(jql_value_duration(half, JQL_UNIT_DAY, &want));
    assert_true(jql_value_equal(value(&f, e, "leave.family"), want));
}

static void set_raw__too_many_decimals__error_at_value(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    struct jql_employer *e = one(&f, "pay.bonus", num("1.1234567"), false);
    const struct jql_diag *dg =
        only_error(e, "wrong value for 'pay.bonus': 1.1234567 has more than 6 decimal places");
    assert_int_equal(dg->loc.start, 11); /* the value, not the name */
    assert_int_equal(value(&f, e, "pay.bonus").kind, JQL_V_MONEY); /* the default, $100 */
    assert_string_equal(shown(&f, e, "pay.bonus"), "$100.00");
    e = one(&f, "ratio", num("1e-7"), false);
    only_error(e, "wrong value for 'ratio': 1e-7 has more than 6 decimal places");
    /* percentage points are divided by 100: 12.34567 points is a share past a millionth */
    e = one(&f, "full_time_share", num("12.34567"), false);
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 1);
    assert_string_equal(e->diags.v[0]->msg, "wrong value for 'full_time_share': 12.34567 has "
                                            "more than 4 decimal places (a percent is in percentage points)");
    assert_int_equal(value(&f, e, "full_time_share").kind, JQL_V_UNKNOWN);
    /* 12.3456 points is the share 0.123456: exact */
    e = one(&f, "full_time_share", num("12.3456"), false);
    assert_false(e->failed);
    assert_string_equal(shown(&f, e, "full_time_share"), "12.3456%");
}

static void set_raw__too_large__error(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    struct jql_employer *e = one(&f, "pay.bonus", num("1e19"), false);
    only_error(e, "wrong value for 'pay.bonus': 1e19 is too large (the limit is 10^18)");
    e = one(&f, "employees", num("12345678901234567890123"), false);
    only_error(e, "wrong value for 'employees': 12345678901234567890123 is too large "
                  "(the limit is 10^18)");
    /* within the limit as years, past it once held in months */
    e = one(&f, "leave.tenure", num("100000000000000000"), false);
    const struct jql_diag *dg = only_error(
        e, "wrong value for 'leave.tenure': 100000000000000000 is too large (the limit is 10^18)");
    assert_int_equal(dg->loc.start, 11);
    assert_int_equal(value(&f, e, "leave.tenure").kind, JQL_V_UNKNOWN);
}

/* A value of the wrong JSON kind names the expected type and an example (docs/language.md
   §9, How values are checked). */
static void set_raw__wrong_kind__expected_type_and_example(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    only_error(one(&f, "pay.bonus", boolean(true), false),
               "wrong value for 'pay.bonus': expected money, like $18.25, got true");
    only_error(one(&f, "industry", num("12"), false),
               "wrong value for 'industry': expected text, like \"text\", got 12");
    only_error(one(&f, "unionized", num("1"), false),
               "wrong value for 'unionized': expected bool, like true, got 1");
    only_error(one(&f, "founded", num("20260301"), false),
               "wrong value for 'founded': expected date, like 2026-03-01, got 20260301");
    only_error(one(&f, "langs", str("en"), false),
               "wrong value for 'langs': expected list of text, like [\"a\", \"b\"], got \"en\"");
    only_error(one(&f, "pay.lowest_hourly_wage", str("lots"), false),
               "wrong value for 'pay.lowest_hourly_wage': expected money/hour, like "
               "$18.25/hour, got \"lots\"");
    only_error(one(&f, "leave.family", str("40 hours"), false),
               "wrong value for 'leave.family': expected weeks, like 2 weeks, got 40 hours");
    only_error(one(&f, "plan", str("403b"), false),
               "wrong value for 'plan': \"403b\" is not one of its values");
    /* a JSON string "true" is text, not a boolean (only CSV cells are read as booleans) */
    only_error(one(&f, "unionized", str("true"), false),
               "wrong value for 'unionized': expected bool, like true, got \"true\"");
}

/* A string for a type other than text is a JQL literal, checked like a .facts value. */
static void set_raw__string__jql_literal_for_other_types(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    set(&f, "pay.bonus", str("$1_200"));
    set(&f, "pay.lowest_hourly_wage", str("$18.50/hour"));
    set(&f, "leave.family", str("14 days")); /* any unit of the days group */
    set(&f, "founded", str("2026-03-01"));
    set(&f, "full_time_share", str("80%"));
    set(&f, "employees", str("12"));
    set(&f, "industry", str("$5")); /* text is taken as is */
    set(&f, "plan", str("401k"));
    struct jql_employer *e = jql_fb_end(f.b, false);
    assert_int_equal(e->diags.n, 0);
    assert_string_equal(shown(&f, e, "pay.bonus"), "$1200.00");
    assert_string_equal(shown(&f, e, "pay.lowest_hourly_wage"), "$18.50/hour");
    assert_string_equal(shown(&f, e, "leave.family"), "14 days");
    assert_true(jql_value_equal(value(&f, e, "leave.family"), duration(2, JQL_UNIT_WEEK)));
    assert_string_equal(shown(&f, e, "founded"), "2026-03-01");
    assert_string_equal(shown(&f, e, "full_time_share"), "80%");
    assert_string_equal(shown(&f, e, "employees"), "12");
    assert_string_equal(shown(&f, e, "industry"), "\"$5\"");
    assert_string_equal(shown(&f, e, "plan"), "\"401k\"");
}

/* The checks of docs/language.md §9 apply to JSON numbers too: a count is whole and not
   negative, a declared range holds. */
static void set_raw__range_and_count__checked(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    only_error(one(&f, "employees", num("1.5"), false),
               "wrong value for 'employees': expected count, like 12, got 1.5");
    const struct jql_diag *dg = only_error(
        one(&f, "union_share", num("250"), false),
        "wrong value for 'union_share': 250% is outside its range 0%..100%");
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg, "the range of 'union_share' is declared here");
    dg = only_error(one(&f, "pay.bonus", num("-5"), false),
                    "wrong value for 'pay.bonus': -$5.00 is outside its range $0.00..");
    assert_int_equal(dg->nnotes, 1);
}

/* ---- null, booleans and lists ---- */

/* null is unknown, and counts as set: the same fact again is set twice. */
static void set_raw__null__unknown_yet_set(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    set_at(&f, "employees", null(), false, 20);
    set_at(&f, "employees", num("3"), false, 40);
    struct jql_employer *e = jql_fb_end(f.b, false);
    const struct jql_diag *dg = only_error(e, "fact 'employees' is set twice");
    assert_int_equal(dg->loc.start, 40);
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg, "first set here");
    assert_int_equal(dg->notes[0].loc.start, 20);
    assert_int_equal(value(&f, e, "employees").kind, JQL_V_UNKNOWN);
    e = one(&f, "unionized", null(), false);
    assert_false(e->failed);
    assert_int_equal(value(&f, e, "unionized").kind, JQL_V_UNKNOWN);
}

/* A CSV cell is a boolean in any case; a JSON string is not. */
static void set_raw__csv_booleans__any_case(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    static const char *const trues[] = {"true", "TRUE", "True", "tRuE"};
    for (int i = 0; i < JQL_COUNT(trues); i++) {
        struct jql_employer *e = one(&f, "unionized", str(trues[i]), true);
        assert_false(e->failed);
        assert_string_equal(shown(&f, e, "unionized"), "true");
    }
    struct jql_employer *e = one(&f, "unionized", str("FALSE"), true);
    assert_string_equal(shown(&f, e, "unionized"), "false");
    only_error(one(&f, "unionized", str("yes"), true),
               "wrong value for 'unionized': expected bool, like true, got \"yes\"");
    e = one(&f, "unionized", boolean(false), false);
    assert_string_equal(shown(&f, e, "unionized"), "false");
}

/* A CSV cell for a list of text is split at ';', items trimmed, empty ones dropped. */
static void set_raw__csv_list__split_at_semicolons(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    struct jql_employer *e = one(&f, "langs", str(" en; es ;;\tfr ;"), true);
    assert_false(e->failed);
    assert_string_equal(shown(&f, e, "langs"), "[\"en\", \"es\", \"fr\"]");
    e = one(&f, "langs", str("one item"), true);
    assert_string_equal(shown(&f, e, "langs"), "[\"one item\"]");
    /* a ';' in a text fact is just text */
    e = one(&f, "industry", str("a;b"), true);
    assert_string_equal(shown(&f, e, "industry"), "\"a;b\"");
}

/* A JSON array of strings, and `[]`, for a list of text. */
static void set_list__items__list_value(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    const char *items[] = {"en", "es"};
    size_t m = jql_fb_push(f.b, "langs", 5, false);
    jql_fb_set_list(f.b, items, 2, at(&f, 1), at(&f, 2));
    jql_fb_pop(f.b, m);
    m = jql_fb_push(f.b, "pay.bonus", 9, false);
    jql_fb_set_empty(f.b, NULL, at(&f, 3), at(&f, 4));
    jql_fb_pop(f.b, m);
    struct jql_employer *e = jql_fb_end(f.b, false);
    assert_string_equal(shown(&f, e, "langs"), "[\"en\", \"es\"]");
    const struct jql_diag *dg =
        only_error(e, "wrong value for 'pay.bonus': expected money, like $18.25, got []");
    assert_int_equal(dg->loc.start, 4);
    begin(&f, "B");
    m = jql_fb_push(f.b, "langs", 5, false);
    jql_fb_set_empty(f.b, NULL, at(&f, 1), at(&f, 2));
    jql_fb_pop(f.b, m);
    e = jql_fb_end(f.b, false);
    assert_false(e->failed);
    assert_string_equal(shown(&f, e, "langs"), "[]");
}

/* ---- set twice ---- */

/* A nested object and a dotted key name the same fact: setting it both ways is the
   duplicate error, at the later place with a note at the first. */
static void set__group_and_dotted_key__set_twice(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    size_t g = jql_fb_push(f.b, "pay", 3, true);
    set_at(&f, "bonus", num("5"), false, 30);
    jql_fb_pop(f.b, g);
    set_at(&f, "pay.bonus", num("6"), false, 50);
    struct jql_employer *e = jql_fb_end(f.b, false);
    const struct jql_diag *dg = only_error(e, "fact 'pay.bonus' is set twice");
    assert_int_equal(dg->loc.start, 50);
    assert_int_equal(dg->notes[0].loc.start, 30);
    assert_string_equal(shown(&f, e, "pay.bonus"), "$5.00"); /* the first value stays */
}

/* What one employer set says nothing about the next. */
static void begin__next_employer__starts_clean(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    set(&f, "employees", num("1"));
    size_t m = jql_fb_push(f.b, "job", 3, false);
    assert_true(jql_fb_element(f.b, "Cook", at(&f, 1), at(&f, 2), at(&f, 3)));
    jql_fb_element_end(f.b);
    jql_fb_pop(f.b, m);
    struct jql_employer *a = jql_fb_end(f.b, false);
    begin(&f, "B");
    set(&f, "employees", num("2"));
    m = jql_fb_push(f.b, "job", 3, false);
    assert_true(jql_fb_element(f.b, "Cook", at(&f, 1), at(&f, 2), at(&f, 3)));
    jql_fb_element_end(f.b);
    jql_fb_pop(f.b, m);
    struct jql_employer *b = jql_fb_end(f.b, false);
    assert_int_equal(a->diags.n + b->diags.n, 0);
    assert_string_equal(a->name, "A");
    assert_string_equal(b->name, "B");
    assert_string_equal(shown(&f, a, "employees"), "1");
    assert_string_equal(shown(&f, b, "employees"), "2");
    assert_int_equal(b->colls[slot(&f, "job")].n, 1);
}

/* A reader that gives up on a record halfway (a syntax error) leaves names pushed: the
   next employer's names start from the top all the same. */
static void begin__names_left_pushed__reset(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    jql_fb_push(f.b, "job", 3, false);
    assert_true(jql_fb_element(f.b, "Cook", at(&f, 1), at(&f, 2), at(&f, 3)));
    jql_fb_push(f.b, "hourly_wage", 11, false); /* inside the element, never ended */
    jql_fb_end(f.b, true);
    begin(&f, "B");
    assert_string_equal(jql_fb_name(f.b), "");
    set(&f, "employees", num("4")); /* the employer's, not a member's */
    jql_fb_push(f.b, "pay", 3, true);
    jql_fb_push(f.b, "leave", 5, true); /* groups never closed */
    struct jql_employer *e = jql_fb_end(f.b, true);
    assert_int_equal(e->diags.n, 0);
    assert_string_equal(shown(&f, e, "employees"), "4");
    begin(&f, "C");
    set(&f, "leave.family", num("2"));
    e = jql_fb_end(f.b, false);
    assert_int_equal(e->diags.n, 0);
    assert_string_equal(shown(&f, e, "leave.family"), "2 weeks");
}

/* ---- undeclared keys, once per file ---- */

static void file_end__undeclared_keys__once_per_key_with_count(void **state)
{
    (void)state;
    struct fx f = fx_new(true, false);
    begin(&f, "A");
    set_at(&f, "zzz", num("1"), false, 12);
    set_at(&f, "zzz", num("2"), false, 14); /* again in one employer: counted once */
    set_at(&f, "pay.lowest_houly_wage", num("3"), false, 16);
    struct jql_employer *a = jql_fb_end(f.b, false);
    begin(&f, "B");
    set_at(&f, "zzz", num("1"), false, 18);
    size_t m = jql_fb_push(f.b, "jobz", 4, false);
    assert_false(jql_fb_element(f.b, "Cook", at(&f, 20), at(&f, 21), at(&f, 22)));
    jql_fb_element_end(f.b);
    jql_fb_pop(f.b, m);
    struct jql_employer *b = jql_fb_end(f.b, false);
    begin(&f, "C");
    struct jql_employer *c = jql_fb_end(f.b, false);
    /* nothing on the employers themselves */
    assert_int_equal(a->diags.n + b->diags.n + c->diags.n, 0);
    assert_false(a->failed || b->failed || c->failed);
    struct jql_diags d = {0};
    jql_fb_file_end(f.b, &d);
    assert_int_equal(d.n, 3);
    assert_int_equal(d.nerrors, 0);
    const struct jql_diag *dg =
        diag_in(&d, 0, JQL_SEV_WARNING, "unknown fact 'zzz' (in 2 employers)");
    assert_int_equal(dg->loc.start, 12); /* the first occurrence */
    assert_int_equal(dg->nnotes, 0);
    dg = diag_in(&d, 1, JQL_SEV_WARNING,
                 "unknown fact 'pay.lowest_houly_wage' (in 1 employer)");
    assert_int_equal(dg->loc.start, 16);
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg, "did you mean 'pay.lowest_hourly_wage'?");
    dg = diag_in(&d, 2, JQL_SEV_WARNING, "unknown collection 'jobz' (in 1 employer)");
    assert_int_equal(dg->loc.start, 20);
    assert_string_equal(dg->notes[0].msg, "did you mean 'job'?");
    /* the next file counts afresh */
    begin(&f, "D");
    set_at(&f, "zzz", num("1"), false, 30);
    jql_fb_end(f.b, false);
    struct jql_diags d2 = {0};
    jql_fb_file_end(f.b, &d2);
    assert_int_equal(d2.n, 1);
    dg = diag_in(&d2, 0, JQL_SEV_WARNING, "unknown fact 'zzz' (in 1 employer)");
    assert_int_equal(dg->loc.start, 30);
    /* and a file with no undeclared key reports nothing */
    struct jql_diags d3 = {0};
    jql_fb_file_end(f.b, &d3);
    assert_int_equal(d3.n, 0);
}

/* --strict: the file's diagnostic is an error, and each employer concerned failed with an
   error of its own that is kept in reports but not printed (quiet). */
static void file_end__strict__errors_and_employers_failed(void **state)
{
    (void)state;
    struct fx f = fx_new(true, true);
    begin(&f, "A");
    set_at(&f, "zzz", num("1"), false, 12);
    set(&f, "employees", num("3"));
    struct jql_employer *a = jql_fb_end(f.b, false);
    begin(&f, "B");
    set(&f, "employees", num("4"));
    struct jql_employer *b = jql_fb_end(f.b, false);
    const struct jql_diag *dg = only_error(a, "unknown fact 'zzz'");
    assert_true(dg->quiet);
    assert_int_equal(dg->loc.start, 12);
    assert_false(b->failed);
    assert_int_equal(b->diags.n, 0);
    struct jql_diags d = {0};
    jql_fb_file_end(f.b, &d);
    assert_int_equal(d.nerrors, 1);
    dg = diag_in(&d, 0, JQL_SEV_ERROR, "unknown fact 'zzz' (in 1 employer)");
    assert_false(dg->quiet);
}

/* Without per_file (a .facts file) each employer gets its warning, with the suggestion. */
static void set_raw__undeclared_not_per_file__warning_on_employer(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    struct jql_employer *e = one(&f, "pay.bonnus", num("1"), false);
    assert_false(e->failed);
    const struct jql_diag *dg = diag_in(&e->diags, 0, JQL_SEV_WARNING, "unknown fact 'pay.bonnus'");
    assert_int_equal(dg->loc.start, 10);
    assert_string_equal(dg->notes[0].msg, "did you mean 'pay.bonus'?");
    struct jql_diags d = {0};
    jql_fb_file_end(f.b, &d);
    assert_int_equal(d.n, 0);
}

/* ---- elements ---- */

/* Enter an element labelled `label` of `coll`; true when it is one. */
static bool element(struct fx *f, const char *coll, const char *label, uint32_t off,
                    size_t *mark)
{
    *mark = jql_fb_push(f->b, coll, strlen(coll), false);
    return jql_fb_element(f->b, label, at(f, off), at(f, off + 1), (struct jql_loc){f->src, off,
                                                                                    off + 5});
}

static void element_end(struct fx *f, size_t mark)
{
    jql_fb_element_end(f->b);
    jql_fb_pop(f->b, mark);
}

static const char *member(const struct fx *f, const struct jql_elem *el, const char *name)
{
    return jql_value_format(el->values[slot(f, name)]);
}

static void element__members__in_order_with_labels(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    size_t m;
    assert_true(element(&f, "job", "Cook", 20, &m));
    set(&f, "hourly_wage", num("18"));
    set(&f, "full_time", boolean(true));
    set(&f, "leave", num("10"));
    element_end(&f, m);
    set(&f, "employees", num("2")); /* back at the employer */
    assert_true(element(&f, "job", "Host", 30, &m));
    set(&f, "hourly_wage", str("$16/hour"));
    element_end(&f, m);
    struct jql_employer *e = jql_fb_end(f.b, false);
    assert_int_equal(e->diags.n, 0);
    const struct jql_coll_value *cv = &e->colls[slot(&f, "job")];
    assert_true(cv->known);
    assert_int_equal(cv->n, 2);
    assert_string_equal(cv->elems[0].label, "Cook");
    assert_string_equal(jql_value_format(cv->elems[0].values[0]), "\"Cook\""); /* name */
    assert_int_equal(cv->elems[0].loc.start, 20);
    assert_string_equal(member(&f, &cv->elems[0], "job.hourly_wage"), "$18.00/hour");
    assert_string_equal(member(&f, &cv->elems[0], "job.full_time"), "true");
    assert_string_equal(member(&f, &cv->elems[0], "job.leave"), "10 days");
    assert_string_equal(cv->elems[1].label, "Host");
    assert_string_equal(member(&f, &cv->elems[1], "job.hourly_wage"), "$16.00/hour");
    assert_int_equal(cv->elems[1].values[slot(&f, "job.full_time")].kind, JQL_V_UNKNOWN);
    assert_string_equal(shown(&f, e, "employees"), "2");
}

static void element__duplicate_label_and_member__errors(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    size_t m;
    assert_true(element(&f, "job", "Cook", 20, &m));
    set_at(&f, "hourly_wage", num("18"), false, 40);
    set_at(&f, "hourly_wage", num("19"), false, 45);
    element_end(&f, m);
    assert_true(element(&f, "job", "Cook", 30, &m));
    element_end(&f, m);
    struct jql_employer *e = jql_fb_end(f.b, false);
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 2);
    const struct jql_diag *dg =
        diag_in(&e->diags, 0, JQL_SEV_ERROR, "fact 'job.hourly_wage' is set twice in job \"Cook\"");
    assert_int_equal(dg->loc.start, 45);
    assert_int_equal(dg->notes[0].loc.start, 40);
    dg = diag_in(&e->diags, 1, JQL_SEV_ERROR, "duplicate job \"Cook\"");
    assert_int_equal(dg->loc.start, 31); /* the label */
    assert_string_equal(dg->notes[0].msg, "first defined here");
    assert_int_equal(dg->notes[0].loc.start, 21);
    assert_int_equal(e->colls[slot(&f, "job")].n, 1);
}

/* Inside an element only that collection's members exist; outside it a member is an
   error; the label is the `name` member and cannot be set. */
static void element__names_outside_collection__refused(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    size_t m;
    assert_true(element(&f, "job", "Cook", 20, &m));
    set_at(&f, "employees", num("1"), false, 40);
    set_at(&f, "name", str("Chef"), false, 42);
    assert_null(jql_fb_lookup(f.b)); /* "job." denotes no fact */
    element_end(&f, m);
    set_at(&f, "job.hourly_wage", num("18"), false, 50);
    struct jql_employer *e = jql_fb_end(f.b, false);
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 3);
    const struct jql_diag *dg =
        diag_in(&e->diags, 0, JQL_SEV_WARNING, "unknown fact 'job.employees'");
    assert_int_equal(dg->loc.start, 40);
    dg = diag_in(&e->diags, 1, JQL_SEV_ERROR,
                 "cannot set 'job.name': it is the label of the element");
    assert_int_equal(dg->loc.start, 42);
    dg = diag_in(&e->diags, 2, JQL_SEV_ERROR, "'job.hourly_wage' belongs to collection 'job'");
    assert_int_equal(dg->loc.start, 50);
    assert_string_equal(dg->notes[0].msg,
                        "set it inside an element: job \"LABEL\" { hourly_wage = ... }");
    assert_int_equal(e->values[slot(&f, "employees")].kind, JQL_V_UNKNOWN);
}

/* An element of something that is no collection: a scalar is an error, an undeclared
   name a warning (per file in JSON); the reader skips the body. */
static void element__not_a_collection__refused(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    size_t m;
    assert_false(element(&f, "employees", "x", 20, &m));
    element_end(&f, m);
    assert_false(element(&f, "jobs", "x", 30, &m));
    element_end(&f, m);
    set(&f, "ratio", num("1")); /* the element context is left */
    struct jql_employer *e = jql_fb_end(f.b, false);
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 2);
    const struct jql_diag *dg =
        diag_in(&e->diags, 0, JQL_SEV_ERROR, "'employees' is not a collection");
    assert_int_equal(dg->loc.start, 20);
    dg = diag_in(&e->diags, 1, JQL_SEV_WARNING, "unknown collection 'jobs'");
    assert_string_equal(dg->notes[0].msg, "did you mean 'job'?");
    assert_string_equal(shown(&f, e, "ratio"), "1");
}

/* null is an unknown collection, [] an empty one; a number is no collection; [] and
   elements together are a contradiction. */
static void collection__null_empty_or_contradicted__unknown_empty_or_error(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    struct jql_employer *e = one(&f, "job", null(), false);
    assert_false(e->failed);
    assert_false(e->colls[slot(&f, "job")].known);
    begin(&f, "B");
    size_t m = jql_fb_push(f.b, "job", 3, false);
    assert_non_null(jql_fb_lookup(f.b));
    assert_int_equal(jql_fb_lookup(f.b)->kind, JQL_FACT_COLLECTION);
    jql_fb_set_empty(f.b, NULL, at(&f, 5), at(&f, 6));
    jql_fb_pop(f.b, m);
    e = jql_fb_end(f.b, false);
    assert_false(e->failed);
    assert_true(e->colls[slot(&f, "job")].known);
    assert_int_equal(e->colls[slot(&f, "job")].n, 0);
    only_error(one(&f, "job", num("3"), false), "'job' is a collection, not a single value");
    begin(&f, "C");
    m = jql_fb_push(f.b, "job", 3, false);
    jql_fb_set_empty(f.b, NULL, at(&f, 5), at(&f, 6));
    jql_fb_pop(f.b, m);
    assert_true(element(&f, "job", "Cook", 20, &m));
    element_end(&f, m);
    e = jql_fb_end(f.b, false);
    const struct jql_diag *dg =
        only_error(e, "collection 'job' is set to [] and also has elements");
    assert_int_equal(dg->loc.start, 20);
    assert_string_equal(dg->notes[0].msg, "set to [] here");
    assert_int_equal(dg->notes[0].loc.start, 5);
}

/* ---- defaults ---- */

static void end__defaults__fill_what_was_not_reported(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    struct jql_employer *a = jql_fb_end(f.b, false);
    int bonus = slot(&f, "pay.bonus");
    assert_string_equal(jql_value_format(a->values[bonus]), "$100.00");
    assert_non_null(a->defaulted);
    assert_true(a->defaulted[bonus]);
    assert_false(a->defaulted[slot(&f, "employees")]);
    assert_string_equal(a->sources[bonus], "policy");
    struct jql_employer *b = one(&f, "pay.bonus", num("7"), false);
    assert_string_equal(jql_value_format(b->values[bonus]), "$7.00");
    assert_null(b->defaulted);
    assert_null(b->sources[bonus]);
    struct jql_employer *c = one(&f, "pay.bonus", null(), false); /* null: not reported */
    assert_string_equal(jql_value_format(c->values[bonus]), "$100.00");
    assert_true(c->defaulted[bonus]);
    /* a reader's syntax error fails the employer even without a diagnostic of the builder */
    begin(&f, "D");
    assert_true(jql_fb_end(f.b, true)->failed);
}

/* ---- the name cache ---- */

/* Set pay { lowest_hourly_wage, bonus }, leave.family, employees in the order `order`
   gives (a permutation of 0..3), with values that depend on `k`. */
static void set_in_order(struct fx *f, const int order[4], int k)
{
    for (int i = 0; i < 4; i++) {
        switch (order[i]) {
        case 0: {
            size_t g = jql_fb_push(f->b, "pay", 3, true);
            set(f, "bonus", num(jql_sprintf("%d", 10 + k)));
            set(f, "lowest_hourly_wage", num(jql_sprintf("%d", 20 + k)));
            jql_fb_pop(f->b, g);
            break;
        }
        case 1: set(f, "leave.family", num(jql_sprintf("%d", 2 + k))); break;
        case 2: set(f, "employees", num(jql_sprintf("%d", 30 + k))); break;
        default: {
            size_t g = jql_fb_push(f->b, "leave", 5, true);
            set(f, "notice", num(jql_sprintf("%d", 40 + k)));
            jql_fb_pop(f->b, g);
            break;
        }
        }
    }
}

/* The tree remembers each object's key order; a record with the keys in another order
   (members of a group too) must still resolve every key to its own fact. */
static void name_cache__keys_in_another_order__resolve(void **state)
{
    (void)state;
    static const int orders[][4] = {{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}, {0, 1, 2, 3}};
    struct fx f = fx_new(false, false);
    for (int k = 0; k < JQL_COUNT(orders); k++) {
        begin(&f, "A");
        if (k == 2) { /* the members of a group reversed as well */
            size_t g = jql_fb_push(f.b, "pay", 3, true);
            set(&f, "lowest_hourly_wage", num(jql_sprintf("%d", 20 + k)));
            set(&f, "bonus", num(jql_sprintf("%d", 10 + k)));
            jql_fb_pop(f.b, g);
            set_in_order(&f, (const int[4]){1, 2, 3, 3}, k); /* 3 twice: set twice */
        } else {
            set_in_order(&f, orders[k], k);
        }
        struct jql_employer *e = jql_fb_end(f.b, false);
        if (k == 2) {
            only_error(e, "fact 'leave.notice' is set twice");
        } else {
            assert_int_equal(e->diags.n, 0);
        }
        assert_string_equal(shown(&f, e, "pay.bonus"), jql_sprintf("$%d.00", 10 + k));
        assert_string_equal(shown(&f, e, "pay.lowest_hourly_wage"),
                            jql_sprintf("$%d.00/hour", 20 + k));
        assert_string_equal(shown(&f, e, "leave.family"), jql_sprintf("%d weeks", 2 + k));
        assert_string_equal(shown(&f, e, "employees"), jql_sprintf("%d", 30 + k));
        assert_string_equal(shown(&f, e, "leave.notice"), jql_sprintf("%d days", 40 + k));
    }
}

/* One segment in several roles: "pay" a group (no fact) then a value; "leave" a group at
   the top and a member inside an element; a group's member by dotted key and by nesting. */
static void name_cache__segment_in_another_role__resolves_by_path(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    for (int k = 0; k < 2; k++) { /* twice: the second time from the tree */
        begin(&f, "A");
        size_t g = jql_fb_push(f.b, "pay", 3, false);
        assert_null(jql_fb_lookup(f.b)); /* a group denotes no fact */
        jql_fb_set_raw(f.b, num("5"), false, at(&f, 60), at(&f, 61));
        jql_fb_pop(f.b, g);
        g = jql_fb_push(f.b, "leave", 5, true);
        set(&f, "notice", num("3"));
        jql_fb_pop(f.b, g);
        size_t m;
        assert_true(element(&f, "job", "Cook", 20, &m));
        assert_null(jql_fb_lookup(f.b));
        size_t l = jql_fb_push(f.b, "leave", 5, false);
        const struct jql_fact_info *fi = jql_fb_lookup(f.b);
        assert_non_null(fi);
        assert_string_equal(fi->name, "job.leave");
        jql_fb_set_raw(f.b, num("8"), false, at(&f, 70), at(&f, 71));
        jql_fb_pop(f.b, l);
        element_end(&f, m);
        set(&f, "pay.bonus", num("9"));
        size_t top = jql_fb_push(f.b, "hourly_wage", 11, false);
        assert_null(jql_fb_lookup(f.b)); /* a member's name outside its element */
        jql_fb_pop(f.b, top);
        struct jql_employer *e = jql_fb_end(f.b, false);
        const struct jql_diag *dg = diag_in(&e->diags, 0, JQL_SEV_WARNING, "unknown fact 'pay'");
        assert_int_equal(dg->loc.start, 60);
        assert_int_equal(e->diags.n, 1);
        assert_string_equal(shown(&f, e, "leave.notice"), "3 days");
        assert_string_equal(shown(&f, e, "pay.bonus"), "$9.00");
        assert_int_equal(e->values[slot(&f, "leave.family")].kind, JQL_V_UNKNOWN);
        const struct jql_coll_value *cv = &e->colls[slot(&f, "job")];
        assert_int_equal(cv->n, 1);
        assert_string_equal(member(&f, &cv->elems[0], "job.leave"), "8 days");
    }
}

/* Past 65536 nodes the tree stops growing and names are looked up whole: a declared key
   met only after that (at the top, or below a group the tree holds) still resolves, and
   so do the keys the tree cached before. The keys are spread over groups so that the
   test does not spend its time in the scan of one node's children. */
static void name_cache__past_node_cap__uncached_names_resolve(void **state)
{
    (void)state;
    struct fx f = fx_new(true, false);
    begin(&f, "A");
    set(&f, "pay.lowest_hourly_wage", num("15"));
    size_t g = jql_fb_push(f.b, "pay", 3, true);
    set(&f, "lowest_hourly_wage", num("16")); /* cached: pay . lowest_hourly_wage */
    jql_fb_pop(f.b, g);
    struct jql_employer *e = jql_fb_end(f.b, false);
    only_error(e, "fact 'pay.lowest_hourly_wage' is set twice"); /* both forms resolved */
    begin(&f, "B");
    enum { GROUPS = 256, KEYS = 260 }; /* 256 * (2 + 260) = 67072 nodes */
    for (int i = 0; i < GROUPS; i++) {
        const char *gname = jql_sprintf("g%d", i);
        g = jql_fb_push(f.b, gname, strlen(gname), true);
        for (int k = 0; k < KEYS; k++)
            set(&f, jql_sprintf("k%d", k), num("1"));
        jql_fb_pop(f.b, g);
    }
    set(&f, "employees", num("7"));             /* new at the top */
    g = jql_fb_push(f.b, "pay", 3, true);
    set(&f, "bonus", num("8"));                 /* new below a cached group */
    set(&f, "lowest_hourly_wage", num("17"));   /* cached */
    jql_fb_pop(f.b, g);
    set(&f, "leave.family", num("2"));          /* new, dotted */
    size_t m;
    assert_true(element(&f, "job", "Cook", 20, &m)); /* "job" new too */
    set(&f, "hourly_wage", num("19"));
    element_end(&f, m);
    e = jql_fb_end(f.b, false);
    assert_int_equal(e->diags.n, 0);
    assert_string_equal(shown(&f, e, "employees"), "7");
    assert_string_equal(shown(&f, e, "pay.bonus"), "$8.00");
    assert_string_equal(shown(&f, e, "pay.lowest_hourly_wage"), "$17.00/hour");
    assert_string_equal(shown(&f, e, "leave.family"), "2 weeks");
    assert_string_equal(member(&f, &e->colls[slot(&f, "job")].elems[0], "job.hourly_wage"),
                        "$19.00/hour");
    /* undeclared keys past the cap are still counted (the last group's last key) */
    begin(&f, "C");
    g = jql_fb_push(f.b, "g255", 4, true);
    set(&f, "k259", num("1"));
    jql_fb_pop(f.b, g);
    jql_fb_end(f.b, false);
    struct jql_diags d = {0};
    jql_fb_file_end(f.b, &d);
    assert_int_equal(d.n, GROUPS * KEYS);
    bool found = false;
    for (int i = 0; i < d.n; i++)
        found |= strcmp(d.v[i]->msg, "unknown fact 'g255.k259' (in 2 employers)") == 0;
    assert_true(found);
}

/* Marks nest: popping to an inner mark keeps the outer segments, popping to an outer mark
   drops the frames above it (an element's included), and a mark already dropped changes
   nothing. */
static void push_pop__nested_marks__outer_pop_drops_inner(void **state)
{
    (void)state;
    struct fx f = fx_new(false, false);
    begin(&f, "A");
    size_t m0 = jql_fb_push(f.b, "pay", 3, true);
    assert_string_equal(jql_fb_name(f.b), "pay.");
    size_t m1 = jql_fb_push(f.b, "bonus", 5, false);
    assert_string_equal(jql_fb_name(f.b), "pay.bonus");
    assert_string_equal(jql_fb_lookup(f.b)->name, "pay.bonus");
    jql_fb_pop(f.b, m1);
    assert_string_equal(jql_fb_name(f.b), "pay.");
    size_t m2 = jql_fb_push(f.b, "lowest_hourly_wage", 18, false);
    assert_string_equal(jql_fb_lookup(f.b)->name, "pay.lowest_hourly_wage");
    jql_fb_pop(f.b, m0);
    assert_string_equal(jql_fb_name(f.b), "");
    jql_fb_pop(f.b, m2); /* dropped already */
    assert_string_equal(jql_fb_name(f.b), "");
    size_t m3 = jql_fb_push(f.b, "employees", 9, false);
    assert_string_equal(jql_fb_lookup(f.b)->name, "employees");
    jql_fb_pop(f.b, m3);
    /* an element's frames go with the mark before its collection's name */
    size_t mc = jql_fb_push(f.b, "job", 3, false);
    assert_true(jql_fb_element(f.b, "Cook", at(&f, 1), at(&f, 2), at(&f, 3)));
    jql_fb_push(f.b, "hourly_wage", 11, false);
    assert_string_equal(jql_fb_name(f.b), "job.hourly_wage");
    jql_fb_element_end(f.b);
    jql_fb_pop(f.b, mc);
    assert_string_equal(jql_fb_name(f.b), "");
    set(&f, "employees", num("3"));
    struct jql_employer *e = jql_fb_end(f.b, false);
    assert_int_equal(e->diags.n, 0);
    assert_string_equal(shown(&f, e, "employees"), "3");
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(set_raw__number__read_in_declared_unit),
        cmocka_unit_test(set_raw__decimal_text__exact),
        cmocka_unit_test(set_raw__too_many_decimals__error_at_value),
        cmocka_unit_test(set_raw__too_large__error),
        cmocka_unit_test(set_raw__wrong_kind__expected_type_and_example),
        cmocka_unit_test(set_raw__string__jql_literal_for_other_types),
        cmocka_unit_test(set_raw__range_and_count__checked),
        cmocka_unit_test(set_raw__null__unknown_yet_set),
        cmocka_unit_test(set_raw__csv_booleans__any_case),
        cmocka_unit_test(set_raw__csv_list__split_at_semicolons),
        cmocka_unit_test(set_list__items__list_value),
        cmocka_unit_test(set__group_and_dotted_key__set_twice),
        cmocka_unit_test(begin__next_employer__starts_clean),
        cmocka_unit_test(begin__names_left_pushed__reset),
        cmocka_unit_test(file_end__undeclared_keys__once_per_key_with_count),
        cmocka_unit_test(file_end__strict__errors_and_employers_failed),
        cmocka_unit_test(set_raw__undeclared_not_per_file__warning_on_employer),
        cmocka_unit_test(element__members__in_order_with_labels),
        cmocka_unit_test(element__duplicate_label_and_member__errors),
        cmocka_unit_test(element__names_outside_collection__refused),
        cmocka_unit_test(element__not_a_collection__refused),
        cmocka_unit_test(collection__null_empty_or_contradicted__unknown_empty_or_error),
        cmocka_unit_test(end__defaults__fill_what_was_not_reported),
        cmocka_unit_test(name_cache__keys_in_another_order__resolve),
        cmocka_unit_test(name_cache__segment_in_another_role__resolves_by_path),
        cmocka_unit_test(name_cache__past_node_cap__uncached_names_resolve),
        cmocka_unit_test(push_pop__nested_marks__outer_pop_drops_inner),
    };
    return cmocka_run_group_tests_name("factb", tests, NULL, NULL);
}
