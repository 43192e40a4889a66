/* Unit tests for read_csv: the header resolved into columns (the name, facts, members of
   elements, collections), rows typed by the vocabulary, RFC 4180 quoting, and every error
   with its FILE:ROW:COL. Rows are handed over as the driver does: each a part of the file
   whose first line is its row number, with `csv` set so columns count cells. */
#include "test_util.h"

#include "check.h"
#include "factb.h"
#include "parse.h"
#include "read_csv.h"

#include <stdio.h>
#include <string.h>

static const char RULES[] =
    "facts {\n"
    "  employees: count\n"
    "  industry: text\n"
    "  langs: list of text\n"
    "  full_time_share: percent\n"
    "  pay.lowest_hourly_wage: money/hour\n"
    "  leave.family: weeks\n"
    "  founded: date\n"
    "  unionized: bool\n"
    "  collection job \"A position\"\n"
    "  job.hourly_wage: money/hour\n"
    "  job.full_time: bool\n"
    "}\n";

static struct jql_program *program(void) { return test_program("r.jq", RULES); }

/* A file being read: its header's columns, a builder, the header's diagnostics. */
struct fx {
    struct jql_program *p;
    struct jql_fb *fb;
    struct jql_csv *x;
    struct jql_diags d;
};

/* Row `rowno` (1: the header) of t.csv, as the driver makes it. */
static const struct jql_source *row_src(const char *text, int rowno)
{
    struct jql_source *src = jql_source_part("t.csv", text, strlen(text), rowno - 1, 0);
    src->csv = true;
    return src;
}

static struct fx *open_csv(const char *header, const char *name_key, bool strict)
{
    struct fx *f = jql_alloc(sizeof *f);
    f->p = program();
    f->fb = jql_fb_new(f->p, &(struct jql_facts_opts){.per_file = true, .strict = strict});
    f->x = jql_csv_header(row_src(header, 1), name_key, &f->d);
    return f;
}

/* A header that resolves without any diagnostic. */
static struct fx *open_ok(const char *header)
{
    struct fx *f = open_csv(header, "employer", false);
    if (f->d.n)
        jql_diags_render(stderr, &f->d, false);
    assert_int_equal(f->d.n, 0);
    assert_non_null(f->x);
    return f;
}

static struct jql_employer *row(struct fx *f, const char *text, int rowno)
{
    return jql_csv_row(f->x, f->fb, row_src(text, rowno), rowno);
}

static struct jql_employer *row_ok(struct fx *f, const char *text, int rowno)
{
    struct jql_employer *e = row(f, text, rowno);
    if (e->diags.n)
        jql_diags_render(stderr, &e->diags, false);
    assert_int_equal(e->diags.n, 0);
    assert_false(e->failed);
    return e;
}

static const struct jql_fact_info *fact(const struct fx *f, const char *name)
{
    int id = jql_program_fact(f->p, name);
    assert_true(id >= 0);
    return &f->p->facts[id];
}

static const char *shown(const struct fx *f, const struct jql_employer *e, const char *name)
{
    return jql_value_format(e->values[fact(f, name)->slot]);
}

static const struct jql_coll_value *coll(const struct fx *f, const struct jql_employer *e)
{
    return &e->colls[fact(f, "job")->slot];
}

static const char *member(const struct fx *f, const struct jql_elem *el, const char *name)
{
    return jql_value_format(el->values[fact(f, name)->slot]);
}

/* Diagnostic i of d: an error (or warning) `msg` at FILE:ROW:COL `where`. */
static const struct jql_diag *diag_at(const struct jql_diags *d, int i, enum jql_severity sev,
                                      const char *msg, const char *where)
{
    assert_true(i < d->n);
    const struct jql_diag *dg = d->v[i];
    assert_string_equal(dg->msg, msg);
    assert_int_equal(dg->sev, sev);
    assert_string_equal(jql_loc_str(dg->loc), where);
    return dg;
}

static const struct jql_diag *only_error(const struct jql_employer *e, const char *msg,
                                         const char *where)
{
    if (e->diags.n != 1)
        jql_diags_render(stderr, &e->diags, false);
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 1);
    return diag_at(&e->diags, 0, JQL_SEV_ERROR, msg, where);
}

/* ---- the header ---- */

/* Names, facts, members of elements and a collection, in any order; each row fills them. */
static void header__every_kind_of_column__rows_filled(void **state)
{
    (void)state;
    struct fx *f = open_ok("employees,job[Cook].hourly_wage,employer,pay.lowest_hourly_wage,"
                           "job[Host].hourly_wage,job[Cook].full_time,job");
    struct jql_employer *e = row_ok(f, "42,18,Acme,17.50,,TRUE,", 2);
    assert_string_equal(e->name, "Acme");
    assert_string_equal(jql_loc_str(e->name_loc), "t.csv:2:3");
    assert_string_equal(shown(f, e, "employees"), "42");
    assert_string_equal(shown(f, e, "pay.lowest_hourly_wage"), "$17.50/hour");
    /* Host has no cell in this row: no element; Cook's two cells make one element */
    const struct jql_coll_value *cv = coll(f, e);
    assert_true(cv->known);
    assert_int_equal(cv->n, 1);
    assert_string_equal(cv->elems[0].label, "Cook");
    assert_string_equal(member(f, &cv->elems[0], "job.hourly_wage"), "$18.00/hour");
    assert_string_equal(member(f, &cv->elems[0], "job.full_time"), "true");
    /* one cell of an element is enough; the collection column says [] */
    e = row_ok(f, "7,,Beta,16,,false,", 3);
    cv = coll(f, e);
    assert_int_equal(cv->n, 1);
    assert_int_equal(cv->elems[0].values[fact(f, "job.hourly_wage")->slot].kind, JQL_V_UNKNOWN);
    assert_string_equal(member(f, &cv->elems[0], "job.full_time"), "false");
    e = row_ok(f, "7,,Gamma,16,,,[]", 4);
    assert_true(coll(f, e)->known);
    assert_int_equal(coll(f, e)->n, 0);
    /* empty cells are unknown, and no collection cell leaves it unknown */
    e = row_ok(f, ",,Delta,,,,", 5);
    assert_int_equal(e->values[fact(f, "employees")->slot].kind, JQL_V_UNKNOWN);
    assert_false(coll(f, e)->known);
}

static void header__no_name_column__refused(void **state)
{
    (void)state;
    struct fx *f = open_csv("name,employees", "employer", false);
    assert_null(f->x);
    assert_int_equal(f->d.n, 1);
    diag_at(&f->d, 0, JQL_SEV_ERROR,
            "the header has no column 'employer' with the employers' names", "t.csv:1:1");
    /* --name-key */
    f = open_csv("name,employees", "name", false);
    assert_non_null(f->x);
    assert_int_equal(f->d.n, 0);
    struct jql_employer *e = row_ok(f, "Acme,3", 2);
    assert_string_equal(e->name, "Acme");
    assert_string_equal(shown(f, e, "employees"), "3");
}

/* A column given twice, one without a name, a bracket that is no member: each an error at
   its column; the file is still read, without those columns. */
static void header__bad_columns__error_each_skipped(void **state)
{
    (void)state;
    struct fx *f = open_csv("employer,employees,,employees,job[Cook],industry", "employer", false);
    assert_non_null(f->x);
    assert_int_equal(f->d.n, 3);
    const struct jql_diag *dg = diag_at(&f->d, 0, JQL_SEV_ERROR, "column 3 has no name",
                                        "t.csv:1:3");
    dg = diag_at(&f->d, 1, JQL_SEV_ERROR, "column 'employees' is given twice", "t.csv:1:4");
    assert_string_equal(dg->notes[0].msg, "first given here");
    assert_string_equal(jql_loc_str(dg->notes[0].loc), "t.csv:1:2");
    diag_at(&f->d, 2, JQL_SEV_ERROR,
            "column 'job[Cook]' is neither a fact path nor COLLECTION[LABEL].MEMBER", "t.csv:1:5");
    struct jql_employer *e = row_ok(f, "Acme,3,x,4,y,care", 2);
    assert_string_equal(shown(f, e, "employees"), "3"); /* the first 'employees' */
    assert_string_equal(shown(f, e, "industry"), "\"care\"");
}

static void header__quote_not_closed__refused(void **state)
{
    (void)state;
    struct fx *f = open_csv("employer,\"employees", "employer", false);
    assert_null(f->x);
    diag_at(&f->d, 0, JQL_SEV_ERROR, "a quoted cell of the header is not closed", "t.csv:1:1");
}

/* A header naming an undeclared fact or member: counted per file like a JSON key, at the
   first cell that sets it; empty cells do not count. */
static void header__undeclared_columns__counted_per_file(void **state)
{
    (void)state;
    struct fx *f = open_ok("employer,zzz,job[Cook].hourly_wag,jobs[A].hourly_wage");
    struct jql_employer *a = row(f, "A,1,,", 2);
    struct jql_employer *b = row(f, "B,,,", 3);
    struct jql_employer *c = row(f, "C,2,5,6", 4);
    assert_int_equal(a->diags.n + b->diags.n + c->diags.n, 0);
    assert_false(a->failed || b->failed || c->failed);
    assert_int_equal(coll(f, c)->n, 1); /* Cook exists: one of its cells is not empty */
    struct jql_diags d = {0};
    jql_fb_file_end(f->fb, &d);
    assert_int_equal(d.n, 3);
    diag_at(&d, 0, JQL_SEV_WARNING, "unknown fact 'zzz' (in 2 employers)", "t.csv:2:2");
    const struct jql_diag *dg =
        diag_at(&d, 1, JQL_SEV_WARNING, "unknown fact 'job.hourly_wag' (in 1 employer)",
                "t.csv:4:3");
    assert_string_equal(dg->notes[0].msg, "did you mean 'job.hourly_wage'?");
    dg = diag_at(&d, 2, JQL_SEV_WARNING, "unknown collection 'jobs' (in 1 employer)",
                 "t.csv:4:4");
    assert_string_equal(dg->notes[0].msg, "did you mean 'job'?");
}

/* --strict: the employers with an undeclared column's cell fail. */
static void header__undeclared_column_strict__employer_failed(void **state)
{
    (void)state;
    struct fx *f = open_csv("employer,zzz", "employer", true);
    struct jql_employer *a = row(f, "A,1", 2);
    assert_true(a->failed);
    assert_true(a->diags.v[0]->quiet);
    assert_false(row(f, "B,", 3)->failed);
    struct jql_diags d = {0};
    jql_fb_file_end(f->fb, &d);
    diag_at(&d, 0, JQL_SEV_ERROR, "unknown fact 'zzz' (in 1 employer)", "t.csv:2:2");
}

/* ---- rows ---- */

/* Bare numbers in the declared unit, other cells as JQL literals, booleans in any case,
   lists split at ';'; a quoted cell is never a bare number: "42" is read as a literal
   for a count and as text for a text fact, where a bare 12 is the wrong kind. */
static void row__cells__typed_by_vocabulary(void **state)
{
    (void)state;
    struct fx *f = open_ok("employer,employees,full_time_share,leave.family,founded,unionized,"
                           "langs,pay.lowest_hourly_wage,industry");
    struct jql_employer *e = row_ok(f, "A,\"42\",80,12,2026-01-02,FALSE,en; es ;fr,"
                                       "$18.50/hour,\"12\"", 2);
    assert_string_equal(shown(f, e, "employees"), "42");
    assert_string_equal(shown(f, e, "full_time_share"), "80%");
    assert_string_equal(shown(f, e, "leave.family"), "12 weeks");
    assert_string_equal(shown(f, e, "founded"), "2026-01-02");
    assert_string_equal(shown(f, e, "unionized"), "false");
    assert_string_equal(shown(f, e, "langs"), "[\"en\", \"es\", \"fr\"]");
    assert_string_equal(shown(f, e, "pay.lowest_hourly_wage"), "$18.50/hour");
    assert_string_equal(shown(f, e, "industry"), "\"12\""); /* text as is */
    e = row_ok(f, "B,1e2,12.5%,2 weeks,,True,x,15.41,", 3);
    assert_string_equal(shown(f, e, "employees"), "100");
    assert_string_equal(shown(f, e, "full_time_share"), "12.5%");
    assert_string_equal(shown(f, e, "leave.family"), "2 weeks");
    assert_string_equal(shown(f, e, "unionized"), "true");
    assert_string_equal(shown(f, e, "pay.lowest_hourly_wage"), "$15.41/hour");
    e = row(f, "C,,,,,,,,12", 4);
    only_error(e, "wrong value for 'industry': expected text, like \"text\", got 12", "t.csv:4:9");
}

/* RFC 4180: quoted cells hold commas, line ends and doubled quotes; unquoted cells are
   trimmed of spaces and tabs, quoted ones kept as they are. */
static void row__quoted_or_spaced_cells__rfc4180_and_trimmed(void **state)
{
    (void)state;
    struct fx *f = open_ok("employer , industry,langs,employees\r\n");
    struct jql_employer *e = row_ok(f, "\"Acme, Inc.\",\"line one\r\nline \"\"two\"\"\","
                                       "\"a;b\",  42 \t\r\n", 2);
    assert_string_equal(e->name, "Acme, Inc.");
    assert_string_equal(e->values[fact(f, "industry")->slot].u.s, "line one\r\nline \"two\"");
    assert_string_equal(shown(f, e, "langs"), "[\"a\", \"b\"]");
    assert_string_equal(shown(f, e, "employees"), "42");
    e = row_ok(f, " \t Beta  ,\"  padded  \",,", 3);
    assert_string_equal(e->name, "Beta");
    assert_string_equal(e->values[fact(f, "industry")->slot].u.s, "  padded  ");
    /* text after a closing quote belongs to the cell */
    e = row_ok(f, "\"Ga\"mma,\"ab\"cd,,", 4);
    assert_string_equal(e->name, "Gamma");
    assert_string_equal(e->values[fact(f, "industry")->slot].u.s, "abcd");
}

/* A row with the wrong number of cells is an error for that employer, at its row; it is
   still named when its name cell is there. */
static void row__wrong_number_of_cells__error(void **state)
{
    (void)state;
    struct fx *f = open_ok("employer,employees,industry");
    struct jql_employer *e = row(f, "Acme,1", 5);
    only_error(e, "row 5 has 2 cells, the header 3", "t.csv:5:1");
    assert_string_equal(e->name, "Acme");
    assert_int_equal(e->values[fact(f, "employees")->slot].kind, JQL_V_UNKNOWN);
    e = row(f, "Beta", 6);
    only_error(e, "row 6 has 1 cell, the header 3", "t.csv:6:1");
    e = row(f, "Gamma,1,x,y", 7);
    only_error(e, "row 7 has 4 cells, the header 3", "t.csv:7:1");
    /* the next row is read as usual */
    assert_string_equal(shown(f, row_ok(f, "Delta,2,x", 8), "employees"), "2");
}

static void row__no_name__named_by_row(void **state)
{
    (void)state;
    struct fx *f = open_ok("employer,employees");
    struct jql_employer *e = row(f, " ,3", 3);
    only_error(e, "row 3 has no name in column 'employer'", "t.csv:3:1");
    assert_string_equal(e->name, "(row 3)");
    assert_string_equal(shown(f, e, "employees"), "3"); /* its facts are still checked */
}

/* A quote never closed takes the rest of the file: that row fails. */
static void row__quote_not_closed__error(void **state)
{
    (void)state;
    struct fx *f = open_ok("employer,industry");
    struct jql_employer *e = row(f, "Acme,\"open\nBeta,x\n", 4);
    only_error(e, "a quoted cell is not closed before the end of the file", "t.csv:4:1");
    assert_string_equal(e->name, "(row 4)");
}

/* Values are located at their cell: FILE:ROW:COL, COL the column however long the cells
   before it (quoted commas included). */
static void row__value_error__at_row_and_column(void **state)
{
    (void)state;
    struct fx *f = open_ok("employer,industry,employees,unionized");
    struct jql_employer *e = row(f, "\"A, Inc.\",\"x, y, z\",lots,true", 9);
    const struct jql_diag *dg = only_error(
        e, "wrong value for 'employees': expected count, like 12, got \"lots\"", "t.csv:9:3");
    assert_string_equal(jql_source_text(dg->loc), "lots");
    e = row(f, "B,x,1,maybe", 10);
    only_error(e, "wrong value for 'unionized': expected bool, like true, got \"maybe\"",
               "t.csv:10:4");
    e = row(f, "C,x,1e19,", 11);
    only_error(e, "wrong value for 'employees': 1e19 is too large (the limit is 10^18)",
               "t.csv:11:3");
}

/* A cell after a quoted line end is located at its row and column (t.csv:2:3), not at
   the next "row" (a row's quoted line ends are inside the row). */
static void row__value_after_quoted_line_end__at_its_row_and_column(void **state)
{
    (void)state;
    struct fx *f = open_ok("employer,industry,employees");
    struct jql_employer *e = row(f, "A,\"two\nlines\",lots", 2);
    only_error(e, "wrong value for 'employees': expected count, like 12, got \"lots\"",
               "t.csv:2:3");
}

/* Cells of one element may be apart in the header; a collection's cell must be [] and
   not contradict its elements. */
static void row__collection_cells__checked(void **state)
{
    (void)state;
    struct fx *f = open_ok("job[Cook].hourly_wage,employer,job,job[Cook].full_time");
    struct jql_employer *e = row_ok(f, "18,A,,TRUE", 2);
    assert_int_equal(coll(f, e)->n, 1);
    assert_string_equal(member(f, &coll(f, e)->elems[0], "job.hourly_wage"), "$18.00/hour");
    assert_string_equal(member(f, &coll(f, e)->elems[0], "job.full_time"), "true");
    e = row(f, ",B,,yes", 3);
    only_error(e, "wrong value for 'job.full_time': expected bool, like true, got \"yes\"",
               "t.csv:3:4");
    e = row(f, "18,A,[],", 4);
    const struct jql_diag *dg =
        only_error(e, "collection 'job' is set to [] and also has elements", "t.csv:4:1");
    assert_string_equal(dg->notes[0].msg, "set to [] here");
    assert_string_equal(jql_loc_str(dg->notes[0].loc), "t.csv:4:3");
    e = row(f, ",B,none,", 5);
    only_error(e, "'job' is a collection, not a single value", "t.csv:5:3");
    /* an element's label cannot be set, and a scalar has no elements */
    f = open_ok("employer,job[Cook].name,employees[x].hourly_wage");
    e = row(f, "A,Chef,1", 2);
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 2);
    diag_at(&e->diags, 0, JQL_SEV_ERROR, "cannot set 'job.name': it is the label of the element",
            "t.csv:2:2");
    diag_at(&e->diags, 1, JQL_SEV_ERROR, "'employees' is not a collection", "t.csv:2:3");
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(header__every_kind_of_column__rows_filled),
        cmocka_unit_test(header__no_name_column__refused),
        cmocka_unit_test(header__bad_columns__error_each_skipped),
        cmocka_unit_test(header__quote_not_closed__refused),
        cmocka_unit_test(header__undeclared_columns__counted_per_file),
        cmocka_unit_test(header__undeclared_column_strict__employer_failed),
        cmocka_unit_test(row__cells__typed_by_vocabulary),
        cmocka_unit_test(row__quoted_or_spaced_cells__rfc4180_and_trimmed),
        cmocka_unit_test(row__wrong_number_of_cells__error),
        cmocka_unit_test(row__no_name__named_by_row),
        cmocka_unit_test(row__quote_not_closed__error),
        cmocka_unit_test(row__value_error__at_row_and_column),
        cmocka_unit_test(row__value_after_quoted_line_end__at_its_row_and_column),
        cmocka_unit_test(row__collection_cells__checked),
    };
    return cmocka_run_group_tests_name("read_csv", tests, NULL, NULL);
}
