/* Unit tests for read_json: one JSON record (a line of JSON Lines, an element of a JSON
   document) read into the fact builder. The employer's name, nesting (groups, dotted keys,
   collections as arrays and as objects, lists of text), string escapes, every syntax error
   with its line and column, the depth limit, and jql_json_value_end are asserted. */
#include "test_util.h"

#include "check.h"
#include "factb.h"
#include "parse.h"
#include "read_json.h"

#include <stdio.h>
#include <string.h>

static const char RULES[] =
    "facts {\n"
    "  employees: count\n"
    "  industry: text\n"
    "  langs: list of text\n"
    "  pay.lowest_hourly_wage: money/hour\n"
    "  pay.bonus: money\n"
    "  leave.family: weeks\n"
    "  founded: date\n"
    "  unionized: bool\n"
    "  collection job \"A position\"\n"
    "  job.hourly_wage: money/hour\n"
    "  job.full_time: bool\n"
    "  job.tags: list of text\n"
    "}\n";

static struct jql_program *program(void) { return test_program("r.jq", RULES); }

/* A builder and the program it builds for (per_file: undeclared keys counted per file). */
struct fx {
    struct jql_program *p;
    struct jql_fb *fb;
};

static struct fx fx_new(bool per_file)
{
    struct fx f = {.p = program()};
    f.fb = jql_fb_new(f.p, &(struct jql_facts_opts){.per_file = per_file});
    return f;
}

/* `text` as record of t.jsonl at 0-based line `line0`, column offset `col0`. */
static struct jql_employer *read_at(struct fx *f, const char *text, const char *name_key,
                                    int line0, int col0)
{
    const struct jql_source *src = jql_source_part("t.jsonl", text, strlen(text), line0, col0);
    return jql_read_json_record(f->fb, src, name_key,
                                jql_sprintf("(line %d)", line0 + 1));
}

static struct jql_employer *read1(struct fx *f, const char *text)
{
    return read_at(f, text, "employer", 0, 0);
}

/* A record read without any diagnostic. */
static struct jql_employer *read_ok(struct fx *f, const char *text)
{
    struct jql_employer *e = read1(f, text);
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

static const struct jql_coll_value *coll(const struct fx *f, const struct jql_employer *e,
                                         const char *name)
{
    return &e->colls[fact(f, name)->slot];
}

static const char *member(const struct fx *f, const struct jql_elem *el, const char *name)
{
    return jql_value_format(el->values[fact(f, name)->slot]);
}

/* The only diagnostic of a failed employer: an error `msg` at FILE:LINE:COL `where`. */
static const struct jql_diag *only_error(const struct jql_employer *e, const char *msg,
                                         const char *where)
{
    if (e->diags.n != 1)
        jql_diags_render(stderr, &e->diags, false);
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 1);
    const struct jql_diag *dg = e->diags.v[0];
    assert_int_equal(dg->sev, JQL_SEV_ERROR);
    assert_string_equal(dg->msg, msg);
    assert_string_equal(jql_loc_str(dg->loc), where);
    return dg;
}

/* ---- records ---- */

static void record__object__facts_typed_by_key(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    const char *text = "{\"employees\": 42, \"employer\": \"Acme\", \"industry\": \"care\",\n"
                       " \"pay\": {\"lowest_hourly_wage\": 17.5, \"bonus\": \"$1_200\"},\n"
                       " \"leave.family\": 12, \"founded\": \"2001-02-03\", \"unionized\": false,\n"
                       " \"langs\": [\"en\", \"es\"], \"job\": null}";
    struct jql_employer *e = read_ok(&f, text);
    assert_string_equal(e->name, "Acme");
    assert_string_equal(jql_source_text(e->name_loc), "\"Acme\"");
    assert_int_equal(e->loc.start, 0);
    assert_int_equal(e->loc.end, strlen(text));
    assert_string_equal(shown(&f, e, "employees"), "42");
    assert_string_equal(shown(&f, e, "industry"), "\"care\"");
    assert_string_equal(shown(&f, e, "pay.lowest_hourly_wage"), "$17.50/hour");
    assert_string_equal(shown(&f, e, "pay.bonus"), "$1200.00");
    assert_string_equal(shown(&f, e, "leave.family"), "12 weeks");
    assert_string_equal(shown(&f, e, "founded"), "2001-02-03");
    assert_string_equal(shown(&f, e, "unionized"), "false");
    assert_string_equal(shown(&f, e, "langs"), "[\"en\", \"es\"]");
    assert_false(coll(&f, e, "job")->known);
    /* a record with nothing but its name */
    e = read_ok(&f, "  {\"employer\":\"Bare\"}  ");
    assert_string_equal(e->name, "Bare");
    assert_int_equal(e->values[fact(&f, "employees")->slot].kind, JQL_V_UNKNOWN);
}

/* --name-key: the name under another key; "employer" is then a fact like any other. */
static void record__name_key__other_key_names_the_employer(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read_at(&f, "{\"employer\": \"x\", \"name\": \"Acme\"}", "name", 0, 0);
    assert_string_equal(e->name, "Acme");
    assert_false(e->failed);
    assert_int_equal(e->diags.n, 1);
    assert_string_equal(e->diags.v[0]->msg, "unknown fact 'employer'");
}

/* A number names an employer as written; the name may come after the facts. */
static void record__name_number_or_late__as_written(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    assert_string_equal(read_ok(&f, "{\"employer\": 1.50}")->name, "1.50");
    assert_string_equal(read_ok(&f, "{\"employer\": -7}")->name, "-7");
    struct jql_employer *e = read_ok(&f, "{\"employees\": 3, \"pay\": {\"bonus\": 1}, "
                                         "\"employer\": \"Late\"}");
    assert_string_equal(e->name, "Late");
    assert_string_equal(shown(&f, e, "employees"), "3");
    /* escapes in the name are decoded */
    assert_string_equal(read_ok(&f, "{\"employer\": \"Caf\\u00e9 \\\"A\\\"\"}")->name,
                        "Caf\xC3\xA9 \"A\"");
}

/* No name (absent, null, a boolean, or only inside a group): the fallback names it and
   it is failed, with the error at its '{'. */
static void record__no_name__fallback_and_error(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    static const char *const texts[] = {
        "{\"employees\": 1}",
        "  {\"employer\": null}",
        "{\"employer\": true, \"employees\": 1}",
        "{\"pay\": {\"employer\": \"A\"}}",
    };
    static const char *const where[] = {"t.jsonl:3:1", "t.jsonl:3:3", "t.jsonl:3:1",
                                        "t.jsonl:3:1"};
    for (int i = 0; i < JQL_COUNT(texts); i++) {
        struct jql_employer *e = read_at(&f, texts[i], "employer", 2, 0);
        assert_string_equal(e->name, "(line 3)");
        assert_true(e->failed);
        const struct jql_diag *dg = e->diags.v[0];
        assert_string_equal(dg->msg, "the employer has no 'employer' key with its name "
                                     "(a string or a number)");
        assert_string_equal(jql_loc_str(dg->loc), where[i]);
    }
    /* the facts are still read (and checked) */
    struct jql_employer *e = read_at(&f, "{\"employees\": 5}", "employer", 0, 0);
    assert_string_equal(shown(&f, e, "employees"), "5");
}

/* ---- nesting ---- */

/* A collection's elements as an array: labelled by position. */
static void record__collection_array__labels_by_position(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read_ok(&f, "{\"employer\": \"A\", \"job\": ["
                                         "{\"hourly_wage\": 18, \"tags\": [\"a\"]},"
                                         " {\"full_time\": true, \"hourly_wage\": \"$19/hour\"}]}");
    const struct jql_coll_value *cv = coll(&f, e, "job");
    assert_true(cv->known);
    assert_int_equal(cv->n, 2);
    assert_string_equal(cv->elems[0].label, "1");
    assert_string_equal(member(&f, &cv->elems[0], "job.hourly_wage"), "$18.00/hour");
    assert_string_equal(member(&f, &cv->elems[0], "job.tags"), "[\"a\"]");
    assert_string_equal(cv->elems[1].label, "2");
    assert_string_equal(member(&f, &cv->elems[1], "job.full_time"), "true");
    assert_string_equal(member(&f, &cv->elems[1], "job.hourly_wage"), "$19.00/hour");
    assert_string_equal(jql_source_text(cv->elems[1].loc),
                        "{\"full_time\": true, \"hourly_wage\": \"$19/hour\"}");
}

/* ... or as an object: its keys are the labels; a label twice is the duplicate error. */
static void record__collection_object__keys_are_labels(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read_ok(&f, "{\"employer\": \"A\", \"job\": {"
                                         "\"Cook\": {\"hourly_wage\": 18}, \"Host\": {}}}");
    const struct jql_coll_value *cv = coll(&f, e, "job");
    assert_int_equal(cv->n, 2);
    assert_string_equal(cv->elems[0].label, "Cook");
    assert_string_equal(member(&f, &cv->elems[0], "job.hourly_wage"), "$18.00/hour");
    assert_string_equal(cv->elems[1].label, "Host");
    e = read1(&f, "{\"employer\": \"A\", \"job\": {\"Cook\": {}, \"Cook\": {}}}");
    const struct jql_diag *dg = only_error(e, "duplicate job \"Cook\"", "t.jsonl:1:39");
    assert_string_equal(jql_loc_str(dg->notes[0].loc), "t.jsonl:1:27");
}

/* An empty array or object is the empty collection; [] is also an empty list of text. */
static void record__empty_containers__empty_collection_or_list(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read_ok(&f, "{\"employer\": \"A\", \"job\": [], \"langs\": []}");
    assert_true(coll(&f, e, "job")->known);
    assert_int_equal(coll(&f, e, "job")->n, 0);
    assert_string_equal(shown(&f, e, "langs"), "[]");
    e = read_ok(&f, "{\"employer\": \"A\", \"job\": { }}");
    assert_true(coll(&f, e, "job")->known);
    assert_int_equal(coll(&f, e, "job")->n, 0);
}

/* Groups nest, dotted keys work too, and one fact set both ways is set twice. */
static void record__group_and_dotted_key__same_fact(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read1(&f, "{\"employer\": \"A\", \"pay\": {\"bonus\": 1}, "
                                       "\"pay.bonus\": 2}");
    const struct jql_diag *dg = only_error(e, "fact 'pay.bonus' is set twice", "t.jsonl:1:40");
    assert_string_equal(jql_loc_str(dg->notes[0].loc), "t.jsonl:1:27");
    assert_string_equal(shown(&f, e, "pay.bonus"), "$1.00");
    /* an array where a group's members are expected is a list for an undeclared name */
    e = read1(&f, "{\"employer\": \"A\", \"pay\": [\"x\"]}");
    assert_false(e->failed);
    assert_string_equal(e->diags.v[0]->msg, "unknown fact 'pay'");
}

/* Escapes are decoded: \uXXXX, a surrogate pair taken whole, the one-letter escapes; a
   key with an escape still names its fact. */
static void record__escapes__decoded(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read_ok(&f, "{\"employer\": \"A\", \"industry\": "
                                         "\"\\u00e9\\u20AC\\ud83d\\ude00 \\\"q\\\" \\\\ \\/ "
                                         "\\b\\f\\n\\r\\t\\u0041\"}");
    const char *want = "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 \"q\" \\ / \b\f\n\r\tA";
    assert_string_equal(e->values[fact(&f, "industry")->slot].u.s, want);
    /* "pay.bonus" and pay { bonus } after decoding: the same fact, set twice */
    e = read1(&f, "{\"employer\": \"A\", \"pay\\u002ebonus\": 3, "
                  "\"p\\u0061y\": {\"b\\u006fnus\": 4}}");
    only_error(e, "fact 'pay.bonus' is set twice", "t.jsonl:1:53");
    assert_string_equal(shown(&f, e, "pay.bonus"), "$3.00");
}

/* A lone surrogate is no character: an invalid escape at its backslash. */
static void record__lone_surrogate__invalid_escape(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    static const char *const texts[] = {
        "{\"employer\": \"A\", \"industry\": \"x\\ud800\"}",
        "{\"employer\": \"A\", \"industry\": \"x\\ud800y\"}",
        "{\"employer\": \"A\", \"industry\": \"x\\udc00\\ud800\"}",
        "{\"employer\": \"A\", \"industry\": \"x\\ud83d\\u0041\"}",
    };
    for (int i = 0; i < JQL_COUNT(texts); i++) {
        struct jql_employer *e = read1(&f, texts[i]);
        only_error(e, "invalid JSON: invalid escape in a string", "t.jsonl:1:33");
        assert_string_equal(e->name, "A");
        assert_int_equal(e->values[fact(&f, "industry")->slot].kind, JQL_V_UNKNOWN);
    }
}

/* ---- syntax errors ---- */

/* Every syntax error: its message and the column of the byte it is reported at (`at`:
   the first occurrence of that text in the record; NULL: the end of the record). The
   first error ends the record, which is failed and still named when the name was read. */
static void record__syntax_errors__message_and_column(void **state)
{
    (void)state;
    static const struct {
        const char *text, *at, *msg;
    } cases[] = {
        {"{\"employer\": \"A\", \"employees\": 1,}", "}",
         "a ',' before '}' (JSON has no trailing commas)"},
        {"{\"employer\": \"A\" \"employees\": 1}", "\"employees", "expected ',' or '}'"},
        {"{\"employer\": \"A\", \"employees\" 1}", "1}", "expected ':' after a key"},
        {"{\"employer\": \"A\", 5: 1}", "5:", "expected a string"},
        {"{\"employer\": \"A\", \"employees\": tru}", "tru", "expected a value"},
        {"{\"employer\": \"A\", \"employees\": }", "}", "expected a value"},
        {"{\"employer\": \"A\", \"employees\": 1.2.3}", "1.2", "malformed number"},
        {"{\"employer\": \"A\", \"employees\": 012}", "012", "malformed number"},
        {"{\"employer\": \"A\", \"employees\": -}", "-}", "malformed number"},
        {"{\"employer\": \"A\", \"industry\": \"a\tb\"}", "\tb",
         "a control character in a string must be escaped"},
        {"{\"employer\": \"A\", \"industry\": \"a\\qb\"}", "\\q", "invalid escape in a string"},
        {"{\"employer\": \"A\", \"industry\": \"a\\u12G4\"}", "\\u", "invalid escape in a string"},
        {"{\"employer\": \"A\", \"industry\": \"abc", "\"abc", "a string is not closed"},
        {"{\"employer\": \"A\", \"employees\": 1", NULL, "the record ends too early"},
        {"{\"employer\": \"A\", \"employees\": 1} x", "x", "text after the employer's object"},
        {"{\"employer\": \"A\", \"job\": [1]}", "1]", "an element of a collection is an object"},
        {"{\"employer\": \"A\", \"job\": [{} {}]}", "{}]", "expected ',' or ']'"},
        {"{\"employer\": \"A\", \"job\": {\"x\": {} \"y\": {}}}", "\"y", "expected ',' or '}'"},
        {"{\"employer\": \"A\", \"job\": {\"x\" {}}}", "{}}", "expected ':'"},
        {"{\"employer\": \"A\", \"job\": {1: {}}}", "1:", "expected a string"},
        {"{\"employer\": \"A\", \"langs\": [\"a\" \"b\"]}", "\"b", "expected ',' or ']'"},
        {"{\"employer\": \"A\", \"langs\": [\"a\",", NULL, "expected a value"},
        {"[{\"employer\": \"A\"}]", "[", "an employer is a JSON object"},
        {"\"employer\"", "\"", "an employer is a JSON object"},
    };
    for (int i = 0; i < JQL_COUNT(cases); i++) {
        struct fx f = fx_new(false);
        const char *text = cases[i].text;
        size_t off = cases[i].at ? (size_t)(strstr(text, cases[i].at) - text) : strlen(text);
        struct jql_employer *e = read_at(&f, text, "employer", 6, 0);
        const char *where = jql_sprintf("t.jsonl:7:%zu", off + 1);
        if (e->diags.n != 1 || strcmp(jql_loc_str(e->diags.v[0]->loc), where) != 0)
            fprintf(stderr, "case %d: %s\n", i, text);
        only_error(e, jql_sprintf("invalid JSON: %s", cases[i].msg), where);
        if (text[0] == '{')
            assert_string_equal(e->name, "A");
    }
}

/* An array of text holding something else is valid JSON of the wrong kind: a wrong value,
   located at the array, not a syntax error. */
static void record__list_with_a_number__wrong_value(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    const char *text = "{\"employer\": \"A\", \"langs\": [\"a\", 1]}";
    struct jql_employer *e = read_at(&f, text, "employer", 6, 0);
    assert_true(e->failed);
    assert_int_equal(e->diags.n, 1);
    assert_string_equal(e->diags.v[0]->msg, "wrong value for 'langs': expected list of text, "
                                            "like [\"a\", \"b\"], got [\"a\", 1]");
    assert_string_equal(e->name, "A");
}

/* A record that is not an object has no name: it is named by the fallback, not by an
   object inside it (`[{"employer": "A"}]` is "(line 7)", not "A"). */
static void record__not_an_object__named_by_fallback(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read_at(&f, "[{\"employer\": \"A\"}]", "employer", 6, 0);
    only_error(e, "invalid JSON: an employer is a JSON object", "t.jsonl:7:1");
    assert_string_equal(e->name, "(line 7)");
    e = read_at(&f, "\"x\" {\"employer\": \"B\"}", "employer", 6, 0);
    assert_true(e->failed);
    assert_string_equal(e->name, "(line 7)");
}

/* An empty record, and a record that is only white space. */
static void record__empty__error(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read_at(&f, "", "employer", 1, 0);
    only_error(e, "invalid JSON: the record is empty", "t.jsonl:2:1");
    assert_string_equal(e->name, "(line 2)");
    e = read_at(&f, " \t ", "employer", 1, 0);
    only_error(e, "invalid JSON: the record is empty", "t.jsonl:2:4");
}

/* The record's place in its file: a line (JSON Lines) and, for an element of a JSON
   document, the columns before it on its first line; the later lines of a record that
   spans several count from the file's line. */
static void record__location__line_and_column_in_file(void **state)
{
    (void)state;
    struct fx f = fx_new(false);
    struct jql_employer *e = read_at(&f, "{\"employer\": \"A\", \"employees\": true}",
                                     "employer", 9, 4);
    only_error(e, "wrong value for 'employees': expected count, like 12, got true",
               "t.jsonl:10:36");
    assert_string_equal(jql_source_text(e->diags.v[0]->loc), "true");
    e = read_at(&f, "{\"employer\": \"A\",\n  \"industry\": 5}", "employer", 9, 4);
    only_error(e, "wrong value for 'industry': expected text, like \"text\", got 5",
               "t.jsonl:11:15");
    /* a string value is located with its quotes; an unknown key at the key */
    e = read_at(&f, "{\"employer\": \"A\", \"founded\": \"soon\", \"zzz\": 1}", "employer", 0, 0);
    assert_int_equal(e->diags.n, 2);
    assert_string_equal(jql_source_text(e->diags.v[0]->loc), "\"soon\"");
    assert_string_equal(e->diags.v[1]->msg, "unknown fact 'zzz'");
    assert_string_equal(jql_source_text(e->diags.v[1]->loc), "\"zzz\"");
    assert_string_equal(jql_loc_str(e->diags.v[1]->loc), "t.jsonl:1:38");
}

/* Undeclared keys in a file read per file are counted, not reported per employer. */
static void record__undeclared_keys_per_file__counted(void **state)
{
    (void)state;
    struct fx f = fx_new(true);
    struct jql_employer *a =
        read_at(&f, "{\"employer\": \"A\", \"zzz\": {\"x\": 1}}", "employer", 0, 0);
    struct jql_employer *b =
        read_at(&f, "{\"zzz\": {\"x\": 2}, \"employer\": \"B\"}", "employer", 1, 0);
    assert_int_equal(a->diags.n + b->diags.n, 0);
    struct jql_diags d = {0};
    jql_fb_file_end(f.fb, &d);
    assert_int_equal(d.n, 1);
    assert_string_equal(d.v[0]->msg, "unknown fact 'zzz.x' (in 2 employers)");
    assert_string_equal(jql_loc_str(d.v[0]->loc), "t.jsonl:1:27");
}

/* ---- the depth limit ---- */

/* `levels` objects nested inside the employer: {"a": {"a": ... {"b": 1} ...}}. */
static const char *nested(int levels)
{
    struct jql_buf b = {0};
    jql_buf_puts(&b, "{\"employer\": \"A\", ");
    for (int i = 0; i < levels - 1; i++)
        jql_buf_puts(&b, "\"a\": {");
    jql_buf_puts(&b, "\"b\": [\"x\"]");
    for (int i = 0; i < levels - 1; i++)
        jql_buf_putc(&b, '}');
    jql_buf_putc(&b, '}');
    return jql_buf_str(&b);
}

/* 256 levels (the list included) are read; the 257th is an error at its bracket. */
static void record__nesting__limit_256(void **state)
{
    (void)state;
    struct fx f = fx_new(true);
    struct jql_employer *e = read1(&f, nested(256));
    assert_int_equal(e->diags.n, 0);
    assert_false(e->failed);
    const char *deep = nested(257);
    e = read1(&f, deep);
    size_t bracket = (size_t)(strchr(deep, '[') - deep);
    only_error(e, "invalid JSON: nested too deeply", jql_sprintf("t.jsonl:1:%zu", bracket + 1));
    /* far past the limit: one error, no crash */
    e = read1(&f, nested(100000));
    assert_int_equal(e->diags.n, 1);
    assert_string_equal(e->diags.v[0]->msg, "invalid JSON: nested too deeply");
}

/* ---- jql_json_value_end ---- */

static void value_end__each_kind__end_offset_or_0(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t from, end;
    } cases[] = {
        {"\"a\\\"b\" , x", 0, 6},               /* a string, an escaped quote inside */
        {"  {\"a\": [1, \"]}\"]} tail", 0, 18},  /* brackets inside a string are text */
        {"123,", 0, 3},
        {"true]", 0, 4},
        {"-1.5e3}", 0, 6},
        {"42", 0, 2},                           /* a scalar up to the end of the text */
        {"[1] [2, [3]] x", 3, 12},              /* from an offset */
        {"{\"a\": \"\\\\\"} x", 0, 11},          /* an escaped backslash ends before '"' */
        {"{\"a\": [", 0, 0},                    /* the text ends first */
        {"\"abc", 0, 0},
        {"   \n\t", 0, 0},
        {"", 0, 0},
        {"[\"\\", 0, 0},
    };
    for (int i = 0; i < JQL_COUNT(cases); i++) {
        size_t got = jql_json_value_end(cases[i].text, strlen(cases[i].text), cases[i].from);
        if (got != cases[i].end)
            fprintf(stderr, "case %d: %s\n", i, cases[i].text);
        assert_int_equal(got, cases[i].end);
    }
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(record__object__facts_typed_by_key),
        cmocka_unit_test(record__name_key__other_key_names_the_employer),
        cmocka_unit_test(record__name_number_or_late__as_written),
        cmocka_unit_test(record__no_name__fallback_and_error),
        cmocka_unit_test(record__collection_array__labels_by_position),
        cmocka_unit_test(record__collection_object__keys_are_labels),
        cmocka_unit_test(record__empty_containers__empty_collection_or_list),
        cmocka_unit_test(record__group_and_dotted_key__same_fact),
        cmocka_unit_test(record__escapes__decoded),
        cmocka_unit_test(record__lone_surrogate__invalid_escape),
        cmocka_unit_test(record__syntax_errors__message_and_column),
        cmocka_unit_test(record__not_an_object__named_by_fallback),
        cmocka_unit_test(record__list_with_a_number__wrong_value),
        cmocka_unit_test(record__empty__error),
        cmocka_unit_test(record__location__line_and_column_in_file),
        cmocka_unit_test(record__undeclared_keys_per_file__counted),
        cmocka_unit_test(record__nesting__limit_256),
        cmocka_unit_test(value_end__each_kind__end_offset_or_0),
    };
    return cmocka_run_group_tests_name("read_json", tests, NULL, NULL);
}
