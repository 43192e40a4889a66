/* Unit tests for the front end: literals, precedence, fact files and error recovery. */
#include "test_util.h"

#include "parse.h"

#include <stdio.h>
#include <string.h>

/* ---- helpers ---- */

static struct jql_source *src_len(const char *text, size_t len)
{
    return jql_source_new("t.jq", "t.jq", text, len);
}

static struct jql_source *src_of(const char *text)
{
    return src_len(text, strlen(text));
}

static struct jql_rulefile *rules(const char *text, struct jql_diags *d)
{
    return jql_parse_rules(src_of(text), d);
}

static struct jql_rulefile *rules_ok(const char *text)
{
    struct jql_diags d = {0};
    struct jql_rulefile *rf = rules(text, &d);
    if (d.nerrors)
        fail_msg("unexpected error parsing [%s]: %s", text, d.v[0]->msg);
    assert_int_equal(rf->nsyntax_errors, 0);
    return rf;
}

static struct jql_factfile *facts(const char *text, struct jql_diags *d)
{
    return jql_parse_facts(jql_source_new("t.facts", "t.facts", text, strlen(text)), d);
}

static struct jql_factfile *facts_ok(const char *text)
{
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts(text, &d);
    if (d.nerrors)
        fail_msg("unexpected error parsing [%s]: %s", text, d.v[0]->msg);
    return ff;
}

/* The body of `let x = EXPR`, parsed without errors. */
static struct jql_expr *expr_of(const char *expr)
{
    struct jql_rulefile *rf = rules_ok(jql_sprintf("let x = %s\n", expr));
    assert_int_equal(rf->nitems, 1);
    assert_int_equal(rf->items[0].kind, JQL_I_LET);
    return rf->items[0].u.let->expr;
}

static const char *dump(const char *expr)
{
    return jql_ast_expr_dump(expr_of(expr));
}

/* A literal expression, as its canonical value. */
static struct jql_value lit(const char *text)
{
    struct jql_expr *e = expr_of(text);
    assert_int_equal(e->kind, JQL_E_LIT);
    return e->u.lit;
}

static const char *lit_str(const char *text)
{
    return jql_value_format(lit(text));
}

/* The first diagnostic from parsing `let x = EXPR`; asserts there is exactly one. */
static const struct jql_diag *expr_error(const char *expr)
{
    struct jql_diags d = {0};
    rules(jql_sprintf("let x = %s\n", expr), &d);
    if (d.nerrors != 1)
        fail_msg("expected 1 error for [%s], got %d", expr, d.nerrors);
    return d.v[0];
}

static const char *expr_error_msg(const char *expr)
{
    return expr_error(expr)->msg;
}

static void assert_no_parse(const char *expr)
{
    struct jql_diags d = {0};
    rules(jql_sprintf("let x = %s\n", expr), &d);
    if (d.nerrors == 0)
        fail_msg("[%s] parsed without error", expr);
}

static const char *span_text(struct jql_loc loc)
{
    return jql_source_text(loc);
}

/* ---- literals ---- */

static void parse_lit__numbers__underscores_and_decimals(void **state)
{
    (void)state;
    assert_string_equal(lit_str("42"), "42");
    assert_string_equal(lit_str("3.5"), "3.5");
    assert_string_equal(lit_str("1_000_000"), "1000000");
    assert_string_equal(lit_str("1_000.000_5"), "1000.0005");
    assert_true(lit("1_000_000").u.d.v == (jql_i128)1000000 * JQL_DEC_SCALE);
    assert_int_equal(lit("42").kind, JQL_V_NUM);
}

static void parse_lit__malformed_numbers__error_at_token(void **state)
{
    (void)state;
    assert_string_equal(expr_error_msg("1__0"), "malformed number '1__0'");
    assert_string_equal(expr_error_msg("1_"), "malformed number '1_'");
    assert_string_equal(expr_error_msg("5."), "malformed number '5.'");
    assert_string_equal(expr_error_msg("1.1234567"), "'1.1234567' has more than 6 decimal places");
    const struct jql_diag *dg = expr_error("14days");
    assert_string_equal(dg->msg, "malformed number '14days'");
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg, "put a space between the number and the unit: '14 days'");
    assert_string_equal(span_text(dg->loc), "14days");
}

static void parse_lit__no_leading_or_trailing_dot__error(void **state)
{
    (void)state;
    assert_no_parse(".5");
}

static void parse_lit__money__exact_two_decimals(void **state)
{
    (void)state;
    assert_string_equal(lit_str("$18.25"), "$18.25");
    assert_string_equal(lit_str("$52_000"), "$52000.00");
    assert_string_equal(lit_str("$27.375"), "$27.375");
    assert_int_equal(lit("$1").kind, JQL_V_MONEY);
}

static void parse_lit__rate__every_period(void **state)
{
    (void)state;
    assert_string_equal(lit_str("$18.25/hour"), "$18.25/hour");
    assert_string_equal(lit_str("$800/week"), "$800.00/week");
    assert_string_equal(lit_str("$4_000/month"), "$4000.00/month");
    assert_string_equal(lit_str("$52_000/year"), "$52000.00/year");
    struct jql_value v = lit("$800/week");
    assert_int_equal(v.kind, JQL_V_RATE);
    assert_int_equal(v.sub, JQL_PER_WEEK);
}

static void parse_lit__rate_unknown_period__error_with_note(void **state)
{
    (void)state;
    const struct jql_diag *dg = expr_error("$5/day");
    assert_string_equal(dg->msg, "unknown pay period 'day'");
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg,
                        "a rate is per hour, week, month or year, like $18.25/hour");
    assert_string_equal(expr_error_msg("$5/hours"), "unknown pay period 'hours'");
}

static void parse_lit__rate_with_spaces__is_division(void **state)
{
    (void)state;
    assert_string_equal(dump("$5 / hour"), "($5.00 / hour)");
}

static void parse_lit__percent__fraction_shown_as_percent(void **state)
{
    (void)state;
    struct jql_value v = lit("75%");
    assert_int_equal(v.kind, JQL_V_NUM);
    assert_int_equal(v.sub, JQL_NUM_PERCENT);
    assert_true(v.u.d.v == 750000);
    assert_string_equal(jql_value_format(v), "75%");
    assert_string_equal(lit_str("2.5%"), "2.5%");
    assert_true(lit("2.5%").u.d.v == 25000);
}

static void parse_lit__duration__every_unit_singular_and_plural(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "1 minute", "30 minutes", "1 hour", "40 hours", "1 day", "14 days",
        "1 week", "2 weeks", "1 month", "6 months", "1 year", "3 years",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct jql_value v = lit(cases[i]);
        assert_int_equal(v.kind, JQL_V_DUR);
        assert_string_equal(jql_value_format(v), cases[i]);
    }
}

static void parse_lit__duration__held_in_group_base_unit(void **state)
{
    (void)state;
    struct jql_value w = lit("2 weeks"), h = lit("40 hours"), y = lit("1 year");
    assert_int_equal(w.sub, JQL_DUR_DAYS);
    assert_true(w.u.d.v == (jql_i128)14 * JQL_DEC_SCALE);
    assert_int_equal(h.sub, JQL_DUR_HOURS);
    assert_true(h.u.d.v == (jql_i128)2400 * JQL_DEC_SCALE);
    assert_int_equal(y.sub, JQL_DUR_MONTHS);
    assert_true(y.u.d.v == (jql_i128)12 * JQL_DEC_SCALE);
}

static void parse_lit__duration__tabs_between_number_and_unit(void **state)
{
    (void)state;
    assert_string_equal(lit_str("14\t days"), "14 days");
}

static void parse_lit__number_then_unit_on_next_line__not_a_duration(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    rules("let x = 14\ndays\n", &d);
    assert_int_equal(d.nerrors, 1);
    /* reported at the number, with a note at the unit */
    assert_string_equal(d.v[0]->msg, "number 14 ends its line, and the unit 'days' starts the next");
    assert_string_equal(span_text(d.v[0]->loc), "14");
    assert_int_equal(d.v[0]->nnotes, 1);
    assert_string_equal(span_text(d.v[0]->notes[0].loc), "days");
    /* not when something else stands between them */
    d = (struct jql_diags){0};
    rules("let x = 14 +\ndays\n", &d);
    assert_string_equal(d.v[0]->msg, "unexpected 'days', expected an expression");
    /* In a fact file the unit word on the next line starts the next entry. */
    struct jql_factfile *ff = facts_ok("employer \"A\" {\n  a = 14\n  days = 3\n}\n");
    struct jql_femployer *e = ff->employers[0];
    assert_int_equal(e->nentries, 2);
    assert_string_equal(jql_value_format(e->entries[0]->value), "14");
    assert_string_equal(e->entries[1]->path, "days");
}

static void parse_lit__number_before_in__not_a_duration(void **state)
{
    (void)state;
    assert_string_equal(dump("5 in [1, 5]"), "(5 in [1, 5])");
    assert_string_equal(dump("5 * days_off"), "(5 * days_off)");
}

static void parse_lit__dates__valid_leap_and_invalid(void **state)
{
    (void)state;
    struct jql_value v = lit("2026-03-01");
    assert_int_equal(v.kind, JQL_V_DATE);
    assert_string_equal(jql_value_format(v), "2026-03-01");
    assert_string_equal(lit_str("2024-02-29"), "2024-02-29");
    assert_string_equal(expr_error_msg("2026-02-30"), "no such date '2026-02-30'");
    assert_string_equal(expr_error_msg("2026-02-29"), "no such date '2026-02-29'");
    assert_string_equal(expr_error_msg("2026-13-01"), "no such date '2026-13-01'");
    assert_string_equal(expr_error_msg("1900-02-29"), "no such date '1900-02-29'");
    assert_string_equal(lit_str("2000-02-29"), "2000-02-29");
}

static void parse_lit__text_escapes__decoded(void **state)
{
    (void)state;
    struct jql_value v = lit("\"a\\\"b\\\\c\\nd\\te\\u{1F600}\\u{e9}\"");
    assert_int_equal(v.kind, JQL_V_TEXT);
    assert_string_equal(v.u.s, "a\"b\\c\nd\te\xF0\x9F\x98\x80\xC3\xA9");
    assert_string_equal(lit("\"Lead Teacher\"").u.s, "Lead Teacher");
    assert_string_equal(lit("\"\"").u.s, "");
}

static void parse_lit__invalid_escape__error_at_escape(void **state)
{
    (void)state;
    const struct jql_diag *dg = expr_error("\"a\\qb\"");
    assert_string_equal(dg->msg, "invalid escape in text");
    assert_string_equal(span_text(dg->loc), "\\q");
    assert_string_equal(dg->notes[0].msg, "escapes are \\\" \\\\ \\n \\t and \\u{1F600}");
    assert_string_equal(expr_error_msg("\"\\u{110000}\""), "invalid escape in text");
    assert_string_equal(expr_error_msg("\"\\u{D800}\""), "invalid escape in text");
    assert_string_equal(expr_error_msg("\"\\u{}\""), "invalid escape in text");
    assert_string_equal(expr_error_msg("\"\\u1F600\""), "invalid escape in text");
}

static void parse_lit__unterminated_text__error(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    rules("let x = \"abc\nlet y = 2\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "unterminated text: missing closing '\"'");
    assert_string_equal(span_text(d.v[0]->loc), "\"abc");
}

static void parse_lit__bools(void **state)
{
    (void)state;
    assert_string_equal(lit_str("true"), "true");
    assert_string_equal(lit_str("false"), "false");
}

/* ---- precedence and associativity ---- */

static void parse_expr__and_binds_tighter_than_or__groups_left(void **state)
{
    (void)state;
    assert_string_equal(dump("a or b and c"), "(a or (b and c))");
    assert_string_equal(dump("a and b or c"), "((a and b) or c)");
    assert_string_equal(dump("a and b and c"), "((a and b) and c)");
    assert_string_equal(dump("a or b or c"), "((a or b) or c)");
}

static void parse_expr__not__below_comparison_above_and(void **state)
{
    (void)state;
    assert_string_equal(dump("not a and b"), "((not a) and b)");
    assert_string_equal(dump("not a == b"), "(not (a == b))");
    assert_string_equal(dump("not not a"), "(not (not a))");
}

static void parse_expr__implies__right_assoc_lowest(void **state)
{
    (void)state;
    assert_string_equal(dump("a implies b implies c"), "(a implies (b implies c))");
    assert_string_equal(dump("a or b implies c and d"), "((a or b) implies (c and d))");
}

static void parse_expr__comparisons__non_associative(void **state)
{
    (void)state;
    assert_string_equal(dump("a + 1 < b * 2"), "((a + 1) < (b * 2))");
    static const char *const chains[] = {"a < b < c", "a == b == c", "a <= b > c",
                                         "a != b >= c", "a in b in c", "a is known is known",
                                         "a is known == b", "a < b is known",
                                         "a is unknown in b"};
    for (size_t i = 0; i < sizeof chains / sizeof *chains; i++)
        assert_no_parse(chains[i]);
}

static void parse_expr__parenthesised_comparisons__accepted(void **state)
{
    (void)state;
    assert_string_equal(dump("(a is known) == (b < c)"), "((a is known) == (b < c))");
    assert_string_equal(dump("(a is known) is known"), "((a is known) is known)");
}

static void parse_expr__chained_comparison__hint(void **state)
{
    (void)state;
    const struct jql_diag *k = expr_error("a is known == b");
    assert_string_equal(k->msg, "unexpected '=='");
    assert_string_equal(k->notes[0].msg, "comparisons do not chain: write 'a < b and b < c'");
    const struct jql_diag *dg = expr_error("a < b < c");
    assert_string_equal(dg->msg, "unexpected '<'");
    assert_int_equal(dg->nnotes, 1);
    assert_string_equal(dg->notes[0].msg, "comparisons do not chain: write 'a < b and b < c'");
}

static void parse_expr__single_equals__hint_only_where_compare_fits(void **state)
{
    (void)state;
    const struct jql_diag *dg = expr_error("a = b");
    assert_string_equal(dg->msg, "unexpected '='");
    assert_string_equal(dg->notes[0].msg, "to compare, write '=='");
    struct jql_diags d = {0};
    rules("let = 3\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "unexpected '=', expected identifier");
    assert_int_equal(d.v[0]->nnotes, 0);
}

static void parse_expr__additive_vs_multiplicative(void **state)
{
    (void)state;
    assert_string_equal(dump("a + b * c - d"), "((a + (b * c)) - d)");
    assert_string_equal(dump("a - b - c"), "((a - b) - c)");
    assert_string_equal(dump("a / b / c"), "((a / b) / c)");
    assert_string_equal(dump("(a + b) * c"), "((a + b) * c)");
}

static void parse_expr__unary_minus__tightest(void **state)
{
    (void)state;
    assert_string_equal(dump("-a * b"), "((-a) * b)");
    assert_string_equal(dump("a - -b"), "(a - (-b))");
    assert_string_equal(dump("- -a"), "(-(-a))");
    assert_string_equal(dump("-5"), "(-5)");
}

static void parse_expr__in_and_not_in(void **state)
{
    (void)state;
    assert_string_equal(dump("x in [\"a\", \"b\"] and y not in z"),
                        "((x in [\"a\", \"b\"]) and (y not in z))");
    assert_string_equal(dump("x not\n  in z"), "(x not in z)");
    assert_string_equal(dump("x + 1 in z"), "((x + 1) in z)");
}

static void parse_expr__is_known_and_unknown(void **state)
{
    (void)state;
    assert_string_equal(dump("a is known and b is unknown"),
                        "((a is known) and (b is unknown))");
    assert_string_equal(dump("x + 1 is known"), "((x + 1) is known)");
    assert_string_equal(dump("not job is known"), "(not (job is known))");
}

static void parse_expr__quantifier_body__extends_right(void **state)
{
    (void)state;
    assert_string_equal(dump("a and all j in job: p or q"), "(a and (all j in job: (p or q)))");
    assert_string_equal(dump("(all j in job: p) or q"), "((all j in job: p) or q)");
    assert_string_equal(dump("not any j in job: p"), "(not (any j in job: p))");
    assert_string_equal(dump("none j in job: j.x implies q"), "(none j in job: (j.x implies q))");
    assert_string_equal(dump("count j in job: j.b > 0"), "(count j in job: (j.b > 0))");
    assert_string_equal(dump("sum j in job: j.h * 2"), "(sum j in job: (j.h * 2))");
    assert_string_equal(dump("all i in a: any j in b: p"), "(all i in a: (any j in b: p))");
}

static void parse_expr__if__right_operand_and_else_extends(void **state)
{
    (void)state;
    assert_string_equal(dump("x >= if c then a else b"), "(x >= (if c then a else b))");
    assert_string_equal(dump("if c then a else b + 1"), "(if c then a else (b + 1))");
    assert_string_equal(dump("if c then a else if d then b else e"),
                        "(if c then a else (if d then b else e))");
    assert_string_equal(dump("if a and b then x + 1 else y"), "(if (a and b) then (x + 1) else y)");
}

static void parse_expr__min_max__call_vs_quantifier(void **state)
{
    (void)state;
    assert_string_equal(dump("min(a, b) + 1"), "(min(a, b) + 1)");
    assert_string_equal(dump("max(a, b, c)"), "max(a, b, c)");
    assert_string_equal(dump("min j in job: j.h + 1"), "(min j in job: (j.h + 1))");
    struct jql_expr *e = expr_of("max j in job: j.h");
    assert_int_equal(e->kind, JQL_E_QUANT);
    assert_int_equal(e->u.quant.qkind, JQL_Q_MAX);
    assert_int_equal(expr_of("max(a, b)")->kind, JQL_E_CALL);
}

static void parse_expr__share_weighted(void **state)
{
    (void)state;
    assert_string_equal(dump("share j in job weighted by j.h: c"),
                        "(share j in job weighted by j.h: c)");
    assert_string_equal(dump("share j in job weighted by j.h * 2: c and d"),
                        "(share j in job weighted by (j.h * 2): (c and d))");
    assert_string_equal(expr_error_msg("sum j in job weighted by j.h: c"),
                        "only 'share' can be weighted");
}

static void parse_expr__calls_and_lists(void **state)
{
    (void)state;
    assert_string_equal(dump("f(a, g(b, c))"), "f(a, g(b, c))");
    assert_string_equal(dump("round(x / 3, 2)"), "round((x / 3), 2)");
    assert_string_equal(dump("[1, 2, 3]"), "[1, 2, 3]");
    assert_string_equal(dump("[]"), "[]");
    assert_string_equal(dump("[a + 1, f(b)]"), "[(a + 1), f(b)]");
    struct jql_expr *e = expr_of("f(a, g(b, c))");
    assert_int_equal(e->u.call.nargs, 2);
    assert_int_equal(e->u.call.args[1]->kind, JQL_E_CALL);
}

static void parse_expr__keyword_after_dot__is_a_path(void **state)
{
    (void)state;
    assert_string_equal(dump("benefits.count > 0"), "(benefits.count > 0)");
    struct jql_expr *e = expr_of("j.min + benefits.in.none");
    assert_int_equal(e->u.bin.a->kind, JQL_E_NAME);
    assert_string_equal(e->u.bin.b->u.name.text, "benefits.in.none");
}

static void parse_expr__spans__cover_operands(void **state)
{
    (void)state;
    struct jql_expr *e = expr_of("pay.x >= living * 2");
    assert_string_equal(span_text(e->loc), "pay.x >= living * 2");
    assert_string_equal(span_text(e->oploc), ">=");
    assert_string_equal(span_text(e->u.bin.b->oploc), "*");
}

/* ---- rule files ---- */

static void parse_rules__items_and_rule_lines(void **state)
{
    (void)state;
    struct jql_rulefile *rf = rules_ok(
        "import \"std/rfa\"\n"
        "facts { employees: count \"Workers\"\n  collection job\n  job.hourly_wage: money/hour\n"
        "  benefits.plan: one of \"none\", \"401k\" \"The plan\"\n  langs: list of text }\n"
        "param m = -5% \"Share\"\n"
        "standard s \"Title\" {\n  version \"1\"\n  effective 2026-01-01\n"
        "  rule r \"R\" {\n    level recommended\n    when a\n    unless b\n"
        "    require c\n    require d\n    cite \"C\"\n    advice \"A\"\n  }\n}\n"
        "tier gold \"Gold\" { requires 2 of s, t, u }\n");
    assert_int_equal(rf->nitems, 5);
    assert_string_equal(rf->items[0].u.import->path, "std/rfa");
    struct jql_facts_block *fb = rf->items[1].u.facts;
    assert_int_equal(fb->ndecls, 5);
    assert_true(fb->decls[1]->is_collection);
    assert_int_equal(fb->decls[3]->type.enm->n, 2);
    assert_string_equal(fb->decls[3]->desc.s, "The plan");
    assert_string_equal(jql_value_format(rf->items[2].u.param->value), "-5%");
    struct jql_rule *r = rf->items[3].u.standard->rules[0];
    assert_int_equal(r->level, JQL_LEVEL_RECOMMENDED);
    assert_int_equal(r->nrequires, 2);
    assert_int_equal(r->nwhens, 1);
    assert_int_equal(r->nunlesses, 1);
    assert_string_equal(r->cite.s, "C");
    assert_int_equal(rf->items[4].u.tier->nreqs, 1);
    assert_int_equal(rf->items[4].u.tier->reqs[0]->n_of, 2);
    assert_int_equal(rf->items[4].u.tier->reqs[0]->nids, 3);
}

static void parse_rules__duplicate_cite__error_at_second_note_at_first(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    rules("standard s \"t\" {\n  rule r \"r\" {\n    require a\n    cite \"one\"\n"
          "    cite \"two\"\n  }\n}\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "'cite' is given twice");
    assert_string_equal(span_text(d.v[0]->loc), "\"two\"");
    assert_int_equal(d.v[0]->nnotes, 1);
    assert_string_equal(d.v[0]->notes[0].msg, "first given here");
    assert_string_equal(span_text(d.v[0]->notes[0].loc), "\"one\"");
}

static void parse_rules__test_block__given_and_expects(void **state)
{
    (void)state;
    struct jql_rulefile *rf = rules_ok(
        "test \"t\" {\n  given {\n    pay.x = $1/hour\n    job \"A\" { count = 2 }\n  }\n"
        "  expect s.r fail\n  expect s pass\n}\n");
    struct jql_test *t = rf->items[0].u.test;
    assert_int_equal(t->given->nentries, 2);
    assert_int_equal(t->nexpects, 2);
    assert_string_equal(t->expects[0]->qid, "s.r");
    assert_int_equal(t->expects[0]->status, JQL_FAIL);
}

static void parse_rules__test_block__several_givens_and_goal_expects(void **state)
{
    (void)state;
    struct jql_rulefile *rf = rules_ok(
        "test \"t\" {\n  given \"A\" { x = 1 }\n  expect \"A\" s.r pass\n"
        "  given \"B\" { x = 2  y = 3 }\n  expect goal g not_met\n  expect s fail\n}\n");
    struct jql_test *t = rf->items[0].u.test;
    assert_int_equal(t->ngivens, 2);
    assert_ptr_equal(t->given, t->givens[0]);
    assert_string_equal(t->givens[0]->name, "A");
    assert_string_equal(span_text(t->givens[0]->name_loc), "\"A\"");
    assert_int_equal(t->givens[1]->nentries, 2);
    assert_string_equal(span_text(t->name_loc), "\"t\"");
    assert_int_equal(t->nexpects, 3);
    assert_string_equal(t->expects[0]->employer, "A");
    assert_false(t->expects[0]->goal);
    assert_int_equal(t->expects[0]->status, JQL_PASS);
    assert_true(t->expects[1]->goal);
    assert_null(t->expects[1]->employer);
    assert_string_equal(t->expects[1]->qid, "g");
    assert_int_equal(t->expects[1]->status, 1); /* not_met, JQL_GOAL_NOT_MET of port.h */
    assert_string_equal(span_text(t->expects[1]->loc), "expect goal g not_met");
    assert_null(t->expects[2]->employer);
    /* a bare given has no name */
    rf = rules_ok("test \"t\" { given { x = 1 } expect s pass }\n");
    assert_null(rf->items[0].u.test->givens[0]->name);
}

/* ---- goals ---- */

static struct jql_goal *goal_of(const char *body)
{
    struct jql_rulefile *rf = rules_ok(jql_sprintf("goal g \"G\" {\n%s\n}\n", body));
    assert_int_equal(rf->nitems, 1);
    assert_int_equal(rf->items[0].kind, JQL_I_GOAL);
    return rf->items[0].u.goal;
}

static void parse_goal__every_line__fields(void **state)
{
    (void)state;
    struct jql_goal *g = goal_of(
        "  cite \"Plan\"\n"
        "  share of employers reaching quality_job weighted by org.employees >= 75%\n"
        "  where org.program == \"grant\" and org.employees > 10\n"
        "  deadline 2027-12-31\n"
        "  advice \"Fund\"");
    assert_string_equal(g->id, "g");
    assert_string_equal(g->title.s, "G");
    assert_false(g->passing);
    assert_string_equal(g->target, "quality_job");
    assert_string_equal(span_text(g->target_loc), "quality_job");
    assert_string_equal(g->weight, "org.employees");
    assert_string_equal(span_text(g->weight_loc), "org.employees");
    assert_false(g->strict);
    assert_string_equal(jql_dec_format(g->pct, 0), "75");
    assert_string_equal(span_text(g->pct_loc), "75%");
    assert_string_equal(span_text(g->share_loc),
                        "share of employers reaching quality_job weighted by org.employees >= 75%");
    assert_string_equal(jql_ast_expr_dump(g->where),
                        "((org.program == \"grant\") and (org.employees > 10))");
    assert_string_equal(span_text(g->where_loc), "where");
    assert_true(g->deadline.set);
    assert_string_equal(span_text(g->deadline.loc), "2027-12-31");
    assert_string_equal(g->cite.s, "Plan");
    assert_string_equal(g->advice.s, "Fund");
    assert_string_equal(jql_ast_goal_share(g),
                        "share of employers reaching quality_job weighted by org.employees >= 75%");
    assert_int_equal(g->target_index, -1);
    assert_int_equal(g->weight_fact, -1);

    g = goal_of("share of employers passing earnings > 12.5%");
    assert_true(g->passing);
    assert_true(g->strict);
    assert_null(g->weight);
    assert_null(g->where);
    assert_false(g->deadline.set);
    assert_string_equal(jql_dec_format(g->pct, 0), "12.5");
    assert_string_equal(jql_ast_goal_share(g), "share of employers passing earnings > 12.5%");
    /* no share line is the checker's to report */
    g = goal_of("deadline 2027-01-01");
    assert_null(g->share_loc.src);
}

/* The goal words are names outside a goal's braces, and after reaching, passing and
   weighted by inside them. */
static void parse_goal__goal_words__names_outside_the_body(void **state)
{
    (void)state;
    struct jql_rulefile *rf = rules_ok(
        "let where = employers + reaching\n"
        "standard deadline { rule passing { require where.x and deadline } }\n"
        "goal g { share of employers reaching where weighted by deadline >= 5% }\n"
        "tier employers { requires deadline }\n");
    assert_int_equal(rf->nitems, 4);
    assert_string_equal(rf->items[0].u.let->name, "where");
    assert_string_equal(jql_ast_expr_dump(rf->items[0].u.let->expr), "(employers + reaching)");
    assert_string_equal(rf->items[1].u.standard->rules[0]->id, "passing");
    assert_string_equal(rf->items[2].u.goal->target, "where");
    assert_string_equal(rf->items[2].u.goal->weight, "deadline");
    assert_string_equal(rf->items[3].u.tier->id, "employers");
}

static void parse_goal__errors__located(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    rules("goal g { share of employers reaching t >= 75 }\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "a goal's target is a percent, not the number 75");
    assert_string_equal(d.v[0]->notes[0].msg, "did you mean '75%'?");

    d = (struct jql_diags){0};
    rules("goal g { share of employers reaching t <= 75% }\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "unexpected '<=', expected 'weighted', '>=' or '>'");
    assert_string_equal(d.v[0]->notes[0].msg,
                        "a goal is a share to reach: compare with '>=' or '>'");

    d = (struct jql_diags){0};
    rules("goal g {\n share of employers passing s >= 1%\n share of employers passing s > 2%\n"
          " where a\n where b\n}\nlet after = 1\n", &d);
    assert_int_equal(d.nerrors, 2);
    assert_string_equal(d.v[0]->msg, "a goal has one 'share of employers' line");
    assert_string_equal(span_text(d.v[0]->loc), "share of employers passing s > 2%");
    assert_string_equal(d.v[1]->msg, "'where' is given twice");

    /* a goal word in a where: a keyword there, with a note */
    d = (struct jql_diags){0};
    struct jql_rulefile *rf = rules("goal g { where deadline }\nlet deadline = 1\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "unexpected 'deadline', expected an expression");
    assert_int_equal(d.v[0]->nnotes, 1);
    /* the goal's '}' ends the words' reign, even after an error */
    assert_int_equal(rf->items[rf->nitems - 1].kind, JQL_I_LET);
    assert_string_equal(rf->items[rf->nitems - 1].u.let->name, "deadline");
}

/* ---- fact files ---- */

static struct jql_femployer *one_employer(const char *body)
{
    struct jql_factfile *ff = facts_ok(jql_sprintf("employer \"E\" {\n%s\n}\n", body));
    assert_int_equal(ff->nemployers, 1);
    return ff->employers[0];
}

static void parse_facts__keyword_member_names__accepted(void **state)
{
    (void)state;
    struct jql_femployer *e = one_employer("benefits { count = 4  if = true  employer = 1 }");
    assert_int_equal(e->nentries, 1);
    struct jql_fentry *g = e->entries[0];
    assert_int_equal(g->kind, JQL_F_GROUP);
    assert_string_equal(g->path, "benefits");
    assert_int_equal(g->nentries, 3);
    assert_string_equal(g->entries[0]->path, "count");
    assert_string_equal(g->entries[1]->path, "if");
    assert_string_equal(g->entries[2]->path, "employer");
    assert_string_equal(one_employer("benefits.count = 4")->entries[0]->path, "benefits.count");
}

static void parse_facts__source_annotation(void **state)
{
    (void)state;
    struct jql_femployer *e = one_employer("pay.w = $24.10/hour source \"MIT\"\n  x = 1");
    assert_int_equal(e->nentries, 2);
    assert_string_equal(e->entries[0]->source.s, "MIT");
    assert_string_equal(span_text(e->entries[0]->source.loc), "\"MIT\"");
    assert_string_equal(span_text(e->entries[0]->value_loc), "$24.10/hour");
    assert_null(e->entries[1]->source.s);
}

static void parse_facts__empty_collection_lists_and_unknown(void **state)
{
    (void)state;
    struct jql_femployer *e =
        one_employer("job = []\n  langs = [\"en\", \"es\"]\n  leave = unknown");
    assert_int_equal(e->entries[0]->kind, JQL_F_EMPTY);
    assert_string_equal(span_text(e->entries[0]->value_loc), "[]");
    struct jql_value l = e->entries[1]->value;
    assert_int_equal(l.kind, JQL_V_LIST);
    assert_int_equal(l.u.list->n, 2);
    assert_string_equal(l.u.list->items[1], "es");
    assert_string_equal(jql_value_format(l), "[\"en\", \"es\"]");
    assert_int_equal(e->entries[2]->value.kind, JQL_V_UNKNOWN);
}

static void parse_facts__negative_values(void **state)
{
    (void)state;
    struct jql_femployer *e = one_employer("a = -5  b = -$3.50  c = -$1/hour  d = -2 days");
    assert_string_equal(jql_value_format(e->entries[0]->value), "-5");
    assert_string_equal(jql_value_format(e->entries[1]->value), "-$3.50");
    assert_string_equal(jql_value_format(e->entries[2]->value), "-$1.00/hour");
    assert_string_equal(jql_value_format(e->entries[3]->value), "-2 days");
    struct jql_diags d = {0};
    facts("employer \"E\" { a = -\"x\" }", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "only numbers, money, rates and durations can be negative");
}

static void parse_facts__optional_commas(void **state)
{
    (void)state;
    struct jql_femployer *e = one_employer("a = 1, b = 2 c = 3,\n d = 4,");
    assert_int_equal(e->nentries, 4);
    assert_string_equal(e->entries[3]->path, "d");
}

static void parse_facts__elements_with_labels_and_groups(void **state)
{
    (void)state;
    struct jql_femployer *e = one_employer(
        "pay { lowest = $17.50/hour  living = $24.10/hour }\n"
        "job \"Lead Teacher\" { hourly_wage = $25/hour  headcount = 6 }\n"
        "job \"Assistant\" { hourly_wage = $17.50/hour }");
    assert_int_equal(e->nentries, 3);
    assert_int_equal(e->entries[0]->kind, JQL_F_GROUP);
    assert_int_equal(e->entries[0]->nentries, 2);
    struct jql_fentry *j = e->entries[1];
    assert_int_equal(j->kind, JQL_F_ELEMENT);
    assert_string_equal(j->path, "job");
    assert_string_equal(j->label.s, "Lead Teacher");
    assert_int_equal(j->nentries, 2);
    assert_string_equal(e->entries[2]->label.s, "Assistant");
}

static void parse_facts__several_employers(void **state)
{
    (void)state;
    struct jql_factfile *ff = facts_ok("# header\nemployer \"A\" { x = 1 }\n"
                                       "employer \"B\" {}\nemployer \"C\" { y = 2 }\n");
    assert_int_equal(ff->nemployers, 3);
    assert_string_equal(ff->employers[1]->name, "B");
    assert_int_equal(ff->employers[1]->nentries, 0);
    assert_string_equal(span_text(ff->employers[2]->name_loc), "\"C\"");
    assert_int_equal(ff->ncomments, 1);
}

/* ---- error recovery and robustness ---- */

static void parse_errors__three_independent_errors__all_reported(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_rulefile *rf = rules("standard s \"t\" {\n"
                                    "  rule a \"A\" { require x == }\n"
                                    "  rule b \"B\" { require y < 1 < 2 }\n"
                                    "  rule c \"C\" { require z ) }\n"
                                    "  rule d \"D\" { require ok }\n"
                                    "}\n", &d);
    assert_int_equal(d.nerrors, 3);
    assert_int_equal(rf->nsyntax_errors, 3);
    assert_string_equal(d.v[0]->msg, "unexpected '}', expected an expression");
    assert_string_equal(d.v[1]->msg, "unexpected '<'");
    assert_string_equal(d.v[2]->msg, "unexpected ')'");
    assert_int_equal(rf->nitems, 1);
    assert_int_equal(rf->items[0].u.standard->nrules, 4);
    assert_int_equal(rf->items[0].u.standard->rules[3]->nrequires, 1);
}

static void parse_errors__error_in_one_employer__others_clean(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts("employer \"A\" { x = 1 }\n"
                                    "employer \"B\" {\n  pay { w = $1/hour ) }\n  y = 2\n}\n"
                                    "employer \"C\" { z = 3 }\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "unexpected ')', expected a fact name, '}' or ','");
    assert_int_equal(ff->nemployers, 3);
    assert_int_equal(ff->employers[0]->nsyntax_errors, 0);
    assert_int_equal(ff->employers[1]->nsyntax_errors, 1);
    assert_int_equal(ff->employers[2]->nsyntax_errors, 0);
    assert_int_equal(ff->employers[1]->nentries, 2);
    assert_int_equal(ff->employers[2]->nentries, 1);
    assert_int_equal(ff->nsyntax_errors, 0);
}

static void parse_errors__missing_brace_at_eof__points_at_open_brace(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    rules("standard s \"t\" {\n  rule r \"r\" { require x }\n\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "unexpected end of file");
    assert_int_equal(d.v[0]->loc.start, 43); /* just after the last '}' */
    assert_int_equal(d.v[0]->nnotes, 1);
    assert_string_equal(d.v[0]->notes[0].msg, "this '{' is never closed");
    assert_int_equal(d.v[0]->notes[0].loc.start, 15);
}

static void parse_errors__wrong_closing_bracket__points_at_open_one(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    rules("standard s \"t\" {\n  rule r \"r\" {\n    require x in [1, 2\n  }\n"
          "  rule q \"q\" { require (a }\n}\n", &d);
    assert_int_equal(d.nerrors, 2);
    assert_string_equal(d.v[0]->msg, "unexpected '}'");
    assert_string_equal(d.v[0]->notes[0].msg, "this '[' is not closed");
    assert_string_equal(span_text(d.v[0]->notes[0].loc), "[");
    assert_string_equal(d.v[1]->notes[0].msg, "this '(' is not closed");
}

/* ---- recovery at an employer line; curly quotes ---- */

/* Offset of the first `needle` in `text`. */
static uint32_t off_of(const char *text, const char *needle)
{
    const char *at = strstr(text, needle);
    if (!at)
        fail_msg("[%s] not in [%s]", needle, text);
    return (uint32_t)(at - text);
}

static void parse_recover__missing_brace__next_employer_read(void **state)
{
    (void)state;
    const char *text = "employer \"A\" {\n  x = 1\n  pay {\n    w = $1/hour\n}\n"
                       "employer \"B\" {\n  y = 2\n}\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts(text, &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "'{' is not closed before the next employer");
    /* pay's '{' by indentation: the '}' at column 1 was meant for the employer */
    assert_int_equal(d.v[0]->loc.start, off_of(text, "{\n    w"));
    assert_int_equal(d.v[0]->nnotes, 1);
    assert_string_equal(d.v[0]->notes[0].msg, "the next employer starts here");
    assert_string_equal(span_text(d.v[0]->notes[0].loc), "employer");
    assert_int_equal(d.v[0]->notes[0].loc.start, off_of(text, "employer \"B\""));
    assert_int_equal(ff->nemployers, 2);
    struct jql_femployer *a = ff->employers[0], *b = ff->employers[1];
    assert_int_equal(a->nsyntax_errors, 1);
    assert_int_equal(b->nsyntax_errors, 0);
    assert_int_equal(ff->nsyntax_errors, 0);
    assert_int_equal(a->nentries, 2);
    assert_int_equal(a->entries[1]->nentries, 1);
    assert_int_equal(a->loc.end, off_of(text, "employer \"B\"")); /* up to the next one */
    assert_string_equal(b->name, "B");
    assert_int_equal(b->nentries, 1);
}

static void parse_recover__nested_blocks__all_closed_innermost_blamed(void **state)
{
    (void)state;
    const char *text = "employer \"A\" {\n  job \"c\" {\n    w = 1\n    group {\n      v = 2\n"
                       "  employer \"B\" { y = 2 }\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts(text, &d);
    assert_int_equal(d.nerrors, 1);
    assert_int_equal(d.v[0]->loc.start, off_of(text, "{\n      v"));
    assert_int_equal(ff->nemployers, 2);
    assert_int_equal(ff->employers[0]->nentries, 1);
    assert_int_equal(ff->employers[0]->entries[0]->nentries, 2);
    assert_int_equal(ff->employers[1]->nentries, 1);
    assert_int_equal(ff->employers[1]->nsyntax_errors, 0);
}

static void parse_recover__no_indentation__innermost_by_brackets(void **state)
{
    (void)state;
    const char *text = "employer \"A\" { pay { w = 1 }\nemployer \"B\" { }\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts(text, &d);
    assert_int_equal(d.nerrors, 1);
    assert_int_equal(d.v[0]->loc.start, off_of(text, "{ pay"));
    assert_int_equal(ff->nemployers, 2);
}

static void parse_recover__error_inside__reported_once_counted_there(void **state)
{
    (void)state;
    const char *text = "employer \"A\" {\n  x =\nemployer \"B\" { y = 2 }\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts(text, &d);
    assert_int_equal(d.nerrors, 2);
    assert_string_equal(d.v[1]->msg, "unexpected end of employer block");
    assert_int_equal(d.v[1]->loc.start, off_of(text, "=\n") + 1); /* after the last token */
    assert_string_equal(d.v[1]->notes[0].msg, "the next employer starts here");
    assert_int_equal(ff->employers[0]->nsyntax_errors, 2);
    assert_int_equal(ff->employers[1]->nsyntax_errors, 0);
    assert_int_equal(ff->employers[1]->nentries, 1);
}

static void parse_recover__discarded_brace__not_counted_open(void **state)
{
    (void)state;
    const char *text = "employer \"A\" {\n  x = {\n  y = 1\nemployer \"B\" { z = 2 }\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts(text, &d);
    assert_int_equal(d.nerrors, 2);
    assert_string_equal(d.v[0]->msg, "unexpected '{'");
    assert_string_equal(d.v[1]->msg, "'{' is not closed before the next employer");
    assert_int_equal(d.v[1]->loc.start, off_of(text, "{\n  x"));
    assert_int_equal(ff->nemployers, 2);
    assert_int_equal(ff->employers[1]->nentries, 1);
}

static void parse_recover__not_at_line_start__no_recovery(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts("employer \"A\" {\n  x = \"employer \\\"B\\\" {\"\n"
                                    "  y = 1 employer \"C\" { }\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "unexpected end of file, expected a fact name, '}' or ','");
    assert_int_equal(ff->nemployers, 1);
}

static void parse_recover__crlf__recovers(void **state)
{
    (void)state;
    const char *text = "employer \"A\" {\r\n  pay {\r\n}\r\n\r\n"
                       "employer \"B\" {\r\n  y = 2\r\n}\r\n";
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts(text, &d);
    assert_int_equal(d.nerrors, 1);
    assert_int_equal(d.v[0]->loc.start, off_of(text, "{\r\n}"));
    assert_int_equal(ff->nemployers, 2);
    assert_int_equal(ff->employers[1]->nentries, 1);
}

static void parse_recover__rule_file_given__no_recovery(void **state)
{
    (void)state;
    /* a given has no employers: `employer "X" {` there is an element, as before */
    struct jql_rulefile *rf = rules_ok("test \"t\" {\n  given {\n    pay {\n"
                                       "employer \"X\" { a = 1 }\n    }\n  }\n}\n");
    struct jql_test *t = rf->items[0].u.test;
    assert_int_equal(t->given->nentries, 1);
    assert_int_equal(t->given->entries[0]->nentries, 1);
    assert_int_equal(t->given->entries[0]->entries[0]->kind, JQL_F_ELEMENT);
}

static void parse_curly__employer_name__error_and_employer_read(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_factfile *ff =
        facts("employer \xE2\x80\x9C" "Acme Diner\xE2\x80\x9D {\n  x = 1\n}\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "curly quote '\xE2\x80\x9C' where '\"' is expected");
    assert_int_equal(d.v[0]->loc.start, 9);
    assert_int_equal(d.v[0]->loc.end, 12);
    assert_string_equal(d.v[0]->notes[0].msg, "use straight quotes: \"Acme Diner\"");
    assert_int_equal(ff->nemployers, 1);
    assert_string_equal(ff->employers[0]->name, "Acme Diner");
    assert_int_equal(ff->employers[0]->nsyntax_errors, 1); /* the employer's, not the file's */
    assert_int_equal(ff->nsyntax_errors, 0);
    assert_int_equal(ff->employers[0]->nentries, 1);
}

/* The text value of `v = FORM` and the number of errors. */
static const char *curly_value(const char *form, int *nerrors)
{
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts(jql_sprintf("employer \"A\" { v = %s }\n", form), &d);
    *nerrors = d.nerrors;
    if (ff->nemployers != 1 || ff->employers[0]->nentries != 1)
        return NULL;
    struct jql_value v = ff->employers[0]->entries[0]->value;
    return v.kind == JQL_V_TEXT ? v.u.s : NULL;
}

static void parse_curly__text_forms__read_as_text(void **state)
{
    (void)state;
    static const struct {
        const char *form, *text;
        int nerrors;
    } cases[] = {
        {"\xE2\x80\x9C" "a b\xE2\x80\x9D", "a b", 1},              /* “a b” */
        {"\xE2\x80\x9D" "a\xE2\x80\x9D", "a", 1},                  /* ”a” */
        {"\xE2\x80\x98" "Joe\xE2\x80\x99s\xE2\x80\x99", "Joe\xE2\x80\x99s", 1}, /* ‘Joe’s’ */
        {"\xE2\x80\x9C" "a\"", "a", 1},                            /* “a" */
        {"\"a\xE2\x80\x9D", "a", 1},                               /* "a” */
        {"\"a\\tb\xE2\x80\x9D", "a\tb", 1},                        /* escapes still apply */
        {"\"say \xE2\x80\x9Chi\xE2\x80\x9D now\"", "say \xE2\x80\x9Chi\xE2\x80\x9D now", 0},
        {"\"it\xE2\x80\x99s\"", "it\xE2\x80\x99s", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int n;
        const char *got = curly_value(cases[i].form, &n);
        if (!got || strcmp(got, cases[i].text) != 0 || n != cases[i].nerrors)
            fail_msg("[%s]: got [%s] with %d errors", cases[i].form, got ? got : "(none)", n);
    }
}

static void parse_curly__error_location__at_the_curly_quote(void **state)
{
    (void)state;
    const char *text = "employer \"A\" { v = \"ab\xE2\x80\x9D }\n";
    struct jql_diags d = {0};
    facts(text, &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->msg, "curly quote '\xE2\x80\x9D' where '\"' is expected");
    assert_int_equal(d.v[0]->loc.start, off_of(text, "\xE2\x80\x9D"));
}

static void parse_curly__stray_or_nested__errors(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts("employer \"A\" { v = 1 \xE2\x80\x9D\n  w = 2 }\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_string_equal(d.v[0]->notes[0].msg, "text goes between straight quotes, like \"this\"");
    struct jql_femployer *fe = ff->employers[0];
    assert_string_equal(fe->entries[fe->nentries - 1]->path, "w");
    /* a ” that closes a “ inside the text does not end it: the text is unterminated */
    struct jql_diags d2 = {0};
    facts("employer \"A\" { v = \"say \xE2\x80\x9Chi\xE2\x80\x9D\n}\n", &d2);
    assert_int_equal(d2.nerrors, 1);
    assert_string_equal(d2.v[0]->msg, "unterminated text: missing closing '\"'");
}

static void parse_curly__rule_file__error_and_title_kept(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_rulefile *rf = rules("standard s \xE2\x80\x9CTitle\xE2\x80\x9D {\n"
                                    "  rule r \"R\" {\n"
                                    "    require x cite \xE2\x80\x98" "a\xE2\x80\x99\n  }\n}\n",
                                    &d);
    assert_int_equal(d.nerrors, 2);
    assert_int_equal(rf->nsyntax_errors, 2);
    assert_int_equal(rf->nitems, 1);
    assert_string_equal(rf->items[0].u.standard->title.s, "Title");
    assert_string_equal(rf->items[0].u.standard->rules[0]->cite.s, "a");
}

static void parse_errors__comments__collected_with_spans(void **state)
{
    (void)state;
    struct jql_rulefile *rf = rules_ok("# first\nlet x = 1 # second\n#\nlet y = \"# not\"\n# last");
    assert_int_equal(rf->ncomments, 4);
    assert_string_equal(span_text(rf->comments[0].loc), "# first");
    assert_string_equal(span_text(rf->comments[1].loc), "# second");
    assert_string_equal(span_text(rf->comments[2].loc), "#");
    assert_string_equal(span_text(rf->comments[3].loc), "# last");
    assert_int_equal(rf->nitems, 2);
}

static void parse_errors__crlf_line_endings__parse(void **state)
{
    (void)state;
    struct jql_rulefile *rf = rules_ok("# note\r\nlet x = 14\r\n"
                                       "standard s \"t\" {\r\n  rule r \"r\" {\r\n"
                                       "    require a and\r\n b\r\n  }\r\n}\r\n");
    assert_int_equal(rf->nitems, 2);
    assert_string_equal(span_text(rf->comments[0].loc), "# note");
    struct jql_factfile *ff = facts_ok("employer \"A\" {\r\n  x = 14 days\r\n  y = 2\r\n}\r\n");
    assert_string_equal(jql_value_format(ff->employers[0]->entries[0]->value), "14 days");
    assert_int_equal(ff->employers[0]->nentries, 2);
}

static void parse_errors__nul_byte__error_not_crash(void **state)
{
    (void)state;
    static const char text[] = "let x = 1\0\nlet y = \"a\0b\"\nlet z = 3\n";
    struct jql_diags d = {0};
    struct jql_rulefile *rf = jql_parse_rules(src_len(text, sizeof text - 1), &d);
    assert_int_equal(d.nerrors, 2);
    assert_string_equal(d.v[0]->msg, "unexpected NUL byte");
    assert_int_equal(d.v[0]->loc.start, 9);
    assert_string_equal(d.v[1]->msg, "NUL byte inside text");
    assert_int_equal(d.v[1]->loc.start, 21);
    /* Each item holding a bad token is dropped; the rest still parses. */
    assert_int_equal(rf->nitems, 1);
    assert_string_equal(rf->items[0].u.let->name, "z");
}

/* Control characters other than tab are errors inside text and comments too (a
   terminal would obey them when the text is shown); DEL and C1 count. */
static void parse_errors__control_in_text_and_comment__error_at_it(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_rulefile *rf = rules("let x = \"a\x1B[31m\" # bell \x07\n"
                                    "let y = \"tab\tok\" # tab\tok\n"
                                    "let z = \"del\x7F c1 \xC2\x85\"\n", &d);
    assert_int_equal(d.nerrors, 4);
    assert_string_equal(d.v[0]->msg, "control character 0x1B inside text");
    assert_int_equal(d.v[0]->loc.start, 10);
    assert_string_equal(d.v[1]->msg, "control character 0x07 inside a comment");
    assert_string_equal(d.v[2]->msg, "control character 0x7F inside text");
    assert_string_equal(d.v[3]->msg, "control character U+0085 inside text");
    assert_int_equal(d.v[3]->loc.end - d.v[3]->loc.start, 2);
    assert_int_equal(rf->nitems, 1); /* y */
    /* a CR ends a line, inside text too */
    d = (struct jql_diags){0};
    rules("let x = \"a\rb\"\n", &d);
    assert_string_equal(d.v[0]->msg, "unterminated text: missing closing '\"'");
    /* and ends a comment: the next line is read */
    rf = rules_ok("# one\rlet x = 1\r# two\r\nlet y = 2\n");
    assert_int_equal(rf->nitems, 2);
    assert_int_equal(rf->ncomments, 2);
}

/* A byte-order mark at the start of a rule file, fact file or literal is skipped. */
static void parse_bom__start_of_any_input__skipped(void **state)
{
    (void)state;
    struct jql_rulefile *rf = rules_ok("\xEF\xBB\xBFlet x = 1\n");
    assert_int_equal(rf->nitems, 1);
    assert_int_equal(rf->items[0].u.let->loc.start, 3);
    struct jql_factfile *ff = facts_ok("\xEF\xBB\xBF" "employer \"A\" { n = 1 }\n");
    assert_int_equal(ff->nemployers, 1);
    struct jql_value v;
    struct jql_diags d = {0};
    assert_true(jql_parse_literal(src_of("\xEF\xBB\xBF" "40 hours"), &d, &v));
    assert_string_equal(jql_value_format(v), "40 hours");
    /* not elsewhere */
    rules("let x = 1 \xEF\xBB\xBF\n", &d);
    assert_true(d.nerrors > 0);
}

static void parse_errors__invalid_utf8__error_not_crash(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    rules("let x = \"caf\xC3\xA9\"\nlet y = \"\xFF\"\nlet z = 1 \xC3\n", &d);
    assert_true(d.nerrors >= 1);
    assert_string_equal(d.v[0]->msg, "invalid UTF-8 in file (byte 0xFF)");
    assert_int_equal(d.v[0]->loc.start, 25);
    struct jql_diags d2 = {0};
    facts("employer \"A\" { x = 1 }\n\x80\n", &d2);
    assert_true(d2.nerrors >= 1);
    assert_string_equal(d2.v[0]->msg, "invalid UTF-8 in file (byte 0x80)");
}

static void parse_errors__invalid_utf8_in_employer__only_that_employer_fails(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    struct jql_factfile *ff = facts("employer \"A\" { x = 1 }\n"
                                    "employer \"Caf\xE9\" { x = 2 }\n", &d);
    assert_int_equal(d.nerrors, 1);
    assert_int_equal(ff->nemployers, 2);
    assert_int_equal(ff->employers[0]->nsyntax_errors, 0);
    assert_int_equal(ff->employers[1]->nsyntax_errors, 1);
    assert_int_equal(ff->nsyntax_errors, 0);
    struct jql_diags d2 = {0};
    struct jql_rulefile *rf = rules("# caf\xE9\nlet x = 1\n", &d2);
    assert_int_equal(d2.nerrors, 1);
    assert_int_equal(rf->nsyntax_errors, 1);
    assert_int_equal(rf->nitems, 1);
}

static void parse_errors__bare_invalid_byte__reported_once(void **state)
{
    (void)state;
    struct jql_diags d = {0};
    rules("let x = 1 \xFF\nlet y = 2 \xFE\n", &d);
    assert_int_equal(d.nerrors, 2);
    assert_string_equal(d.v[0]->msg, "invalid UTF-8 in file (byte 0xFF)");
    assert_string_equal(d.v[1]->msg, "invalid UTF-8 byte 0xFE");
}

static void parse_errors__c_logical_operators__hint(void **state)
{
    (void)state;
    const struct jql_diag *dg = expr_error("a && b");
    assert_string_equal(dg->msg, "unexpected '&&'");
    assert_string_equal(dg->notes[0].msg, "write 'and'");
    assert_string_equal(expr_error("a || b")->notes[0].msg, "write 'or'");
    dg = expr_error("!a");
    assert_string_equal(dg->msg, "unexpected character '!'");
    assert_string_equal(dg->notes[0].msg, "write 'not' (or '!=' to compare)");
}

static void parse_errors__unexpected_character(void **state)
{
    (void)state;
    assert_string_equal(expr_error_msg("3 @ 4"), "unexpected character '@'");
    assert_string_equal(expr_error_msg("3 \xE2\x82\xAC 4"), "unexpected character '\xE2\x82\xAC'");
    assert_string_equal(expr_error_msg("3 \x01 4"), "unexpected control character 0x01");
}

/* ---- single literals (--param) ---- */

static bool param_lit(const char *text, struct jql_value *out)
{
    struct jql_diags d = {0};
    return jql_parse_literal(src_of(text), &d, out);
}

static void parse_literal__param_values(void **state)
{
    (void)state;
    struct jql_value v;
    assert_true(param_lit("-5", &v));
    assert_string_equal(jql_value_format(v), "-5");
    assert_true(param_lit("$20/hour", &v));
    assert_string_equal(jql_value_format(v), "$20.00/hour");
    assert_true(param_lit("75%", &v));
    assert_true(v.u.d.v == 750000);
    assert_true(param_lit("2080 hours", &v));
    assert_string_equal(jql_value_format(v), "2080 hours");
    assert_true(param_lit("\"x\"", &v));
    assert_string_equal(v.u.s, "x");
}

static void parse_literal__garbage__false(void **state)
{
    (void)state;
    struct jql_value v;
    static const char *const bad[] = {"", "abc", "5 5", "$5/day", "1 +", "(5)", "-\"x\"",
                                      "2026-02-30", "5%%"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (param_lit(bad[i], &v))
            fail_msg("[%s] accepted as a literal", bad[i]);
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parse_lit__numbers__underscores_and_decimals),
        cmocka_unit_test(parse_lit__malformed_numbers__error_at_token),
        cmocka_unit_test(parse_lit__no_leading_or_trailing_dot__error),
        cmocka_unit_test(parse_lit__money__exact_two_decimals),
        cmocka_unit_test(parse_lit__rate__every_period),
        cmocka_unit_test(parse_lit__rate_unknown_period__error_with_note),
        cmocka_unit_test(parse_lit__rate_with_spaces__is_division),
        cmocka_unit_test(parse_lit__percent__fraction_shown_as_percent),
        cmocka_unit_test(parse_lit__duration__every_unit_singular_and_plural),
        cmocka_unit_test(parse_lit__duration__held_in_group_base_unit),
        cmocka_unit_test(parse_lit__duration__tabs_between_number_and_unit),
        cmocka_unit_test(parse_lit__number_then_unit_on_next_line__not_a_duration),
        cmocka_unit_test(parse_lit__number_before_in__not_a_duration),
        cmocka_unit_test(parse_lit__dates__valid_leap_and_invalid),
        cmocka_unit_test(parse_lit__text_escapes__decoded),
        cmocka_unit_test(parse_lit__invalid_escape__error_at_escape),
        cmocka_unit_test(parse_lit__unterminated_text__error),
        cmocka_unit_test(parse_lit__bools),
        cmocka_unit_test(parse_expr__and_binds_tighter_than_or__groups_left),
        cmocka_unit_test(parse_expr__not__below_comparison_above_and),
        cmocka_unit_test(parse_expr__implies__right_assoc_lowest),
        cmocka_unit_test(parse_expr__comparisons__non_associative),
        cmocka_unit_test(parse_expr__parenthesised_comparisons__accepted),
        cmocka_unit_test(parse_expr__chained_comparison__hint),
        cmocka_unit_test(parse_expr__single_equals__hint_only_where_compare_fits),
        cmocka_unit_test(parse_expr__additive_vs_multiplicative),
        cmocka_unit_test(parse_expr__unary_minus__tightest),
        cmocka_unit_test(parse_expr__in_and_not_in),
        cmocka_unit_test(parse_expr__is_known_and_unknown),
        cmocka_unit_test(parse_expr__quantifier_body__extends_right),
        cmocka_unit_test(parse_expr__if__right_operand_and_else_extends),
        cmocka_unit_test(parse_expr__min_max__call_vs_quantifier),
        cmocka_unit_test(parse_expr__share_weighted),
        cmocka_unit_test(parse_expr__calls_and_lists),
        cmocka_unit_test(parse_expr__keyword_after_dot__is_a_path),
        cmocka_unit_test(parse_expr__spans__cover_operands),
        cmocka_unit_test(parse_rules__items_and_rule_lines),
        cmocka_unit_test(parse_rules__duplicate_cite__error_at_second_note_at_first),
        cmocka_unit_test(parse_rules__test_block__given_and_expects),
        cmocka_unit_test(parse_facts__keyword_member_names__accepted),
        cmocka_unit_test(parse_facts__source_annotation),
        cmocka_unit_test(parse_facts__empty_collection_lists_and_unknown),
        cmocka_unit_test(parse_facts__negative_values),
        cmocka_unit_test(parse_facts__optional_commas),
        cmocka_unit_test(parse_facts__elements_with_labels_and_groups),
        cmocka_unit_test(parse_facts__several_employers),
        cmocka_unit_test(parse_rules__test_block__several_givens_and_goal_expects),
        cmocka_unit_test(parse_goal__every_line__fields),
        cmocka_unit_test(parse_goal__goal_words__names_outside_the_body),
        cmocka_unit_test(parse_goal__errors__located),
        cmocka_unit_test(parse_errors__three_independent_errors__all_reported),
        cmocka_unit_test(parse_errors__error_in_one_employer__others_clean),
        cmocka_unit_test(parse_errors__missing_brace_at_eof__points_at_open_brace),
        cmocka_unit_test(parse_errors__wrong_closing_bracket__points_at_open_one),
        cmocka_unit_test(parse_recover__missing_brace__next_employer_read),
        cmocka_unit_test(parse_recover__nested_blocks__all_closed_innermost_blamed),
        cmocka_unit_test(parse_recover__no_indentation__innermost_by_brackets),
        cmocka_unit_test(parse_recover__error_inside__reported_once_counted_there),
        cmocka_unit_test(parse_recover__discarded_brace__not_counted_open),
        cmocka_unit_test(parse_recover__not_at_line_start__no_recovery),
        cmocka_unit_test(parse_recover__crlf__recovers),
        cmocka_unit_test(parse_recover__rule_file_given__no_recovery),
        cmocka_unit_test(parse_curly__employer_name__error_and_employer_read),
        cmocka_unit_test(parse_curly__text_forms__read_as_text),
        cmocka_unit_test(parse_curly__error_location__at_the_curly_quote),
        cmocka_unit_test(parse_curly__stray_or_nested__errors),
        cmocka_unit_test(parse_curly__rule_file__error_and_title_kept),
        cmocka_unit_test(parse_errors__comments__collected_with_spans),
        cmocka_unit_test(parse_errors__crlf_line_endings__parse),
        cmocka_unit_test(parse_errors__nul_byte__error_not_crash),
        cmocka_unit_test(parse_errors__control_in_text_and_comment__error_at_it),
        cmocka_unit_test(parse_bom__start_of_any_input__skipped),
        cmocka_unit_test(parse_errors__invalid_utf8__error_not_crash),
        cmocka_unit_test(parse_errors__invalid_utf8_in_employer__only_that_employer_fails),
        cmocka_unit_test(parse_errors__bare_invalid_byte__reported_once),
        cmocka_unit_test(parse_errors__c_logical_operators__hint),
        cmocka_unit_test(parse_errors__unexpected_character),
        cmocka_unit_test(parse_literal__param_values),
        cmocka_unit_test(parse_literal__garbage__false),
    };
    return cmocka_run_group_tests_name("parse", tests, NULL, NULL);
}
