/*
** parse: drives the generated scanner and parser over one source, and
** holds the small helpers the grammar actions call, so parser.y stays a
** readable grammar.
*/
#include "parse.h"

#include "lex.h"
#include "limit.h"
#include "mem.h"
#include "parse_int.h"
#include "parser.h"
#include "lexer.h"

#include <string.h>

struct jql_diag *jql_parse_error(struct jql_parser *P, struct jql_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = jql_vsprintf(fmt, ap);
    va_end(ap);
    P->nerrors++;
    if (P->cur_emp)
        P->cur_emp->nsyntax_errors++;
    else if (P->rf)
        P->rf->nsyntax_errors++;
    else if (P->ff)
        P->ff->nsyntax_errors++;
    struct jql_diag *dg = jql_diag_error(P->diags, loc, "%s", msg);
    /* past this many the rest is mostly noise, and binary data would give millions */
    if (P->nerrors == JQL_LIMIT_SYNTAX_ERRORS && !P->fatal) {
        jql_diag_note(dg, (struct jql_loc){0},
                      "that is %d syntax errors in this file: the rest of it is not read",
                      JQL_LIMIT_SYNTAX_ERRORS);
        P->fatal = true;
    }
    return dg;
}

void jql_parse_fatal(struct jql_parser *P, struct jql_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = jql_vsprintf(fmt, ap);
    va_end(ap);
    bool was = P->fatal;
    P->fatal = true; /* first, so that the error cap adds no second note */
    struct jql_diag *dg = jql_parse_error(P, loc, "%s", msg);
    if (!was)
        jql_diag_note(dg, (struct jql_loc){0}, P->src->part ? "the rest of this employer's "
                      "record is not read" : "the rest of the file is not read");
}

/* A line longer than JQL_LIMIT_LINE: reported, and the file is not parsed. */
static void parse_check_lines(struct jql_parser *P)
{
    const struct jql_source *src = P->src;
    int nlines;
    const uint32_t *starts = jql_source_lines(src, &nlines);
    for (int i = 0; i < nlines; i++) {
        size_t n;
        jql_source_line(src, src->line0 + i + 1, &n); /* a record's lines are the file's */
        if (n <= JQL_LIMIT_LINE)
            continue;
        uint32_t at = starts[i] + JQL_LIMIT_LINE;
        struct jql_diag *dg = jql_parse_error(P, (struct jql_loc){src, at, at + 1},
                                              "line is too long (%zu bytes; the limit is %d)",
                                              n, JQL_LIMIT_LINE);
        jql_diag_note(dg, (struct jql_loc){0}, "the file is not read");
        P->fatal = true;
        return;
    }
}

/* The child on the deepest path below e. */
static const struct jql_expr *parse_deepest_child(const struct jql_expr *e)
{
    const struct jql_expr *best = NULL;
    struct jql_expr *buf[3];
    struct jql_expr *const *v;
    int n = jql_ast_children(e, buf, &v);
    for (int i = 0; i < n; i++)
        if (v[i] && (!best || v[i]->depth > best->depth))
            best = v[i];
    return best;
}

void jql_parse_expr_depth(struct jql_parser *P, const struct jql_expr *e)
{
    if (e->depth <= JQL_LIMIT_DEPTH)
        return;
    while (e->depth > JQL_LIMIT_DEPTH + 1)
        e = parse_deepest_child(e);
    jql_parse_error(P, e->oploc, "expression nested too deeply (the limit is %d levels)",
                    JQL_LIMIT_DEPTH);
}

static void parse_run(struct jql_parser *P)
{
    yyscan_t scanner;
    jql_yylex_init_extra(P, &scanner);
    P->off = P->src->body; /* after a byte-order mark */
    jql_yy_scan_bytes(P->src->text + P->off, (int)(P->src->len - P->off), scanner);
    jql_yyparse(scanner, P);
    jql_yylex_destroy(scanner);
}

/* Invalid UTF-8 is reported once per file, at its first occurrence; the
   scanner then reports the other bytes it cannot use as tokens. */
static void parse_check_utf8(struct jql_parser *P)
{
    long bad = jql_source_invalid_utf8(P->src, 0);
    if (bad < 0)
        return;
    P->bad_utf8 = true;
    P->bad_utf8_at = (uint32_t)bad;
    struct jql_loc at = {P->src, (uint32_t)bad, (uint32_t)bad + 1};
    jql_diag_error(P->diags, at, "invalid UTF-8 in file (byte 0x%02X)",
                   (unsigned char)P->src->text[bad]);
}

/* Count the invalid UTF-8 error where it lies: in the rule file, or in the
   employer block that holds it (so that employer, and only it, fails). */
static void parse_count_utf8(struct jql_parser *P)
{
    if (!P->bad_utf8)
        return;
    P->nerrors++;
    if (P->rf) {
        P->rf->nsyntax_errors++;
        return;
    }
    for (int i = 0; i < P->ff->nemployers; i++) {
        struct jql_femployer *fe = P->ff->employers[i];
        if (P->bad_utf8_at >= fe->loc.start && P->bad_utf8_at < fe->loc.end) {
            fe->nsyntax_errors++;
            return;
        }
    }
    P->ff->nsyntax_errors++;
}

/* A whole rule or fact file: the checks before parsing, the parse, then the count of
   the invalid UTF-8 error (which needs the employer blocks). */
static void parse_file(struct jql_parser *P)
{
    parse_check_utf8(P);
    parse_check_lines(P);
    if (!P->fatal)
        parse_run(P);
    if (P->cur_emp) /* never closed: it owns everything to the end, end-of-file error included */
        P->cur_emp->loc.end = (uint32_t)P->src->len + 1;
    parse_count_utf8(P);
}

struct jql_rulefile *jql_parse_rules(const struct jql_source *src, struct jql_diags *d)
{
    struct jql_parser P = {.src = src, .diags = d, .start_token = TOK_START_RULES};
    P.rf = jql_alloc(sizeof *P.rf);
    P.rf->src = src;
    parse_file(&P);
    return P.rf;
}

struct jql_factfile *jql_parse_facts(const struct jql_source *src, struct jql_diags *d)
{
    struct jql_parser P = {.src = src, .diags = d, .start_token = TOK_START_FACTS};
    P.ff = jql_alloc(sizeof *P.ff);
    P.ff->src = src;
    parse_file(&P);
    return P.ff;
}

bool jql_parse_literal(const struct jql_source *src, struct jql_diags *d, struct jql_value *out)
{
    struct jql_parser P = {.src = src, .diags = d, .start_token = TOK_START_LITERAL};
    P.rf = jql_alloc(sizeof *P.rf); /* holds comments, if any */
    parse_run(&P);
    if (!P.lit_ok || P.nerrors)
        return false;
    *out = P.lit;
    return true;
}

/* ---- helpers for grammar actions ---- */

struct jql_rule *jql_parse_rule_new(void)
{
    struct jql_rule *r = jql_alloc(sizeof *r);
    r->level = JQL_LEVEL_REQUIRED;
    return r;
}

struct jql_str jql_parse_str(const char *s, struct jql_loc loc)
{
    return (struct jql_str){.s = s, .loc = loc};
}

/* A line that may appear once: true when it is the first, else the error (at the
   later one, with a note at the first). */
static bool parse_once(struct jql_parser *P, bool given, struct jql_loc first, const char *what,
                       struct jql_loc loc)
{
    if (!given)
        return true;
    struct jql_diag *dg = jql_parse_error(P, loc, "'%s' is given twice", what);
    jql_diag_note(dg, first, "first given here");
    return false;
}

void jql_parse_rule_text(struct jql_parser *P, struct jql_str *slot, const char *what,
                         struct jql_str s)
{
    if (parse_once(P, slot->s != NULL, slot->loc, what, s.loc))
        *slot = s;
}

void jql_parse_date_line(struct jql_parser *P, struct jql_date_opt *slot, const char *what,
                         struct jql_value v, struct jql_loc loc)
{
    if (parse_once(P, slot->set, slot->loc, what, loc))
        *slot = (struct jql_date_opt){.set = true, .days = v.date, .loc = loc};
}

struct jql_expr *jql_parse_quant(struct jql_parser *P, int qkind, struct jql_loc kwloc,
                                 const char *var, struct jql_loc var_loc, const char *coll,
                                 struct jql_loc coll_loc, struct jql_expr *weight)
{
    struct jql_expr *e = jql_ast_expr(JQL_E_QUANT, kwloc);
    e->oploc = kwloc;
    e->u.quant.qkind = (uint8_t)qkind;
    e->u.quant.var = var;
    e->u.quant.var_loc = var_loc;
    e->u.quant.coll = coll;
    e->u.quant.coll_loc = coll_loc;
    if (weight && qkind != JQL_Q_SHARE) {
        jql_parse_error(P, weight->loc, "only 'share' can be weighted");
        weight = NULL;
    }
    e->u.quant.weight = weight;
    return e;
}

struct jql_expr *jql_parse_call(struct jql_loc loc, const char *fn, struct jql_loc fnloc,
                                struct jql_exprlist *args)
{
    struct jql_expr *e = jql_ast_expr(JQL_E_CALL, loc);
    e->oploc = fnloc;
    e->u.call.fn = fn;
    e->u.call.args = args->v;
    e->u.call.nargs = args->n;
    jql_ast_set_depth(e);
    return e;
}

/* A parenthesised operand's span ends at its ')'. */
static void parse_check_chain(struct jql_parser *P, const struct jql_expr *a,
                              struct jql_loc oploc)
{
    if (a->kind != JQL_E_KNOWN || P->src->text[a->loc.end - 1] == ')')
        return;
    struct jql_diag *dg = jql_parse_error(P, oploc, "unexpected '%s'", jql_source_text(oploc));
    jql_diag_note(dg, (struct jql_loc){0}, "comparisons do not chain: write 'a < b and b < c'");
}

struct jql_expr *jql_parse_cmp(struct jql_parser *P, int kind, int op, struct jql_loc oploc,
                               struct jql_expr *a, struct jql_expr *b)
{
    parse_check_chain(P, a, oploc);
    return jql_ast_binary((enum jql_expr_kind)kind, op, oploc, a, b);
}

struct jql_expr *jql_parse_known(struct jql_parser *P, int op, struct jql_loc oploc,
                                 struct jql_expr *a, struct jql_loc loc)
{
    parse_check_chain(P, a, oploc);
    return jql_ast_unary(JQL_E_KNOWN, op, oploc, a, loc);
}

struct jql_fentry *jql_parse_fentry(int kind, const char *path, struct jql_loc path_loc)
{
    struct jql_fentry *f = jql_alloc(sizeof *f);
    f->kind = (uint8_t)kind;
    f->path = path;
    f->path_loc = path_loc;
    return f;
}

struct jql_value jql_parse_negate(struct jql_parser *P, struct jql_value v, struct jql_loc loc)
{
    if (v.kind == JQL_V_NUM || v.kind == JQL_V_MONEY || v.kind == JQL_V_RATE ||
        v.kind == JQL_V_DUR) {
        v.u.d = jql_dec_neg(v.u.d);
        return v;
    }
    jql_parse_error(P, loc, "only numbers, money, rates and durations can be negative");
    return v;
}

/* Remove the last entry of v[0..*n) equal to x; the others keep their order. */
static void parse_remove_last(uint32_t *v, int *n, uint32_t x)
{
    int i = *n - 1;
    while (i >= 0 && v[i] != x)
        i--;
    if (i < 0)
        return;
    memmove(v + i, v + i + 1, (size_t)(*n - i - 1) * sizeof *v);
    (*n)--;
}

void jql_parse_drop_brace(struct jql_parser *P, struct jql_loc loc)
{
    if (!P->ff)
        return;
    int i = P->nopen - 1;
    while (i >= 0 && P->open[i].start != loc.start)
        i--;
    if (i >= 0) {
        memmove(P->open + i, P->open + i + 1, (size_t)(P->nopen - i - 1) * sizeof *P->open);
        P->nopen--;
    }
    parse_remove_last(P->braces, &P->nbraces, loc.start);
}

void jql_parse_employer_kw(struct jql_parser *P)
{
    P->cur_emp = NULL;
    P->emp_mark = P->nerrors;
    P->nbraces = 0;
}

struct jql_femployer *jql_parse_employer_begin(struct jql_parser *P, const char *name,
                                                struct jql_loc kwloc, struct jql_loc loc)
{
    struct jql_femployer *fe = jql_alloc(sizeof *fe);
    /* With no employer open those errors went to the file: they belong to this one. */
    int named = P->nerrors - P->emp_mark;
    fe->nsyntax_errors = named;
    P->ff->nsyntax_errors -= named;
    fe->name = name;
    fe->name_loc = loc;
    fe->loc = jql_loc_join(kwloc, loc);
    JQL_APPEND(P->ff->employers, P->ff->nemployers, fe);
    return fe;
}

const char *jql_parse_describe(const char *tokname, bool eof, struct jql_loc loc)
{
    if (eof)
        return "end of file";
    if (tokname[0] == '\'' || tokname[0] == '"')
        return tokname;
    const char *text = jql_lex_abbrev(jql_source_text(loc));
    if (strcmp(tokname, "identifier") == 0 || strcmp(tokname, "dotted name") == 0)
        return jql_sprintf("%s '%s'", tokname, text);
    if (strcmp(tokname, "text") == 0)
        return jql_sprintf("text %s", text);
    return jql_sprintf("'%s'", text);
}

static void parse_hint_eof(struct jql_parser *P, struct jql_diag *dg)
{
    if (P->nopen == 0)
        return;
    struct jql_loc open = P->open[P->nopen - 1];
    jql_diag_note(dg, open, "this '%c' is never closed", P->src->text[open.start]);
}

static bool parse_is_cmp(const char *text)
{
    static const char *const cmps[] = {"<", "<=", ">", ">=", "==", "!="};
    return jql_str_index(cmps, JQL_COUNT(cmps), text) >= 0;
}

/* Only blanks, comments and at least one line end in [from, to). */
static bool parse_only_line_breaks(const char *t, uint32_t from, uint32_t to)
{
    bool newline = false;
    for (uint32_t i = from; i < to; i++) {
        if (t[i] == '#')
            while (i + 1 < to && t[i + 1] != '\n' && t[i + 1] != '\r')
                i++;
        else if (t[i] == '\n' || t[i] == '\r')
            newline = true;
        else if (t[i] != ' ' && t[i] != '\t')
            return false;
    }
    return newline;
}

/* Only blanks and comments in [from, to). */
static bool parse_only_blanks(const char *t, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++) {
        if (t[i] == '#')
            while (i + 1 < to && t[i + 1] != '\n' && t[i + 1] != '\r')
                i++;
        else if (!strchr(" \t\r\n", t[i]))
            return false;
    }
    return true;
}

bool jql_parse_split_duration(struct jql_parser *P, struct jql_loc loc)
{
    struct jql_loc num = P->last_number, w = P->last_word;
    if (w.src && w.end <= loc.start && w.start >= num.end &&
        parse_only_blanks(P->src->text, w.end, loc.start))
        loc = w; /* the error is at the token after the word */
    if (!num.src || num.src != loc.src || num.end > loc.start)
        return false;
    const char *word = jql_source_text(loc);
    if (!jql_lex_is_unit(word) || !parse_only_line_breaks(P->src->text, num.end, loc.start))
        return false;
    const char *n = jql_source_text(num);
    struct jql_diag *dg = jql_parse_error(P, num, "number %s ends its line, and the unit '%s' "
                                          "starts the next", n, word);
    jql_diag_note(dg, loc, "a duration's unit must be on its number's line: '%s %s'", n, word);
    return true;
}

void jql_parse_hint(struct jql_parser *P, struct jql_diag *dg, bool eof, struct jql_loc loc,
                    struct jql_parse_expect ex)
{
    struct jql_loc none = {0};
    if (P->resync) { /* the parser met a '}' the scanner made up (jql_lex_employer_line) */
        jql_diag_note(dg, P->resync_kw, "the next employer starts here");
        return;
    }
    if (eof) {
        parse_hint_eof(P, dg);
        return;
    }
    const char *text = jql_source_text(loc);
    if (P->mismatch && loc.start == P->mismatch_at)
        jql_diag_note(dg, P->mismatch_open, "this '%c' is not closed",
                      P->src->text[P->mismatch_open.start]);
    else if (ex.goal_cmp && parse_is_cmp(text))
        jql_diag_note(dg, none, "a goal is a share to reach: compare with '>=' or '>'");
    else if (ex.after_operand && parse_is_cmp(text))
        jql_diag_note(dg, none, "comparisons do not chain: write 'a < b and b < c'");
    else if (ex.cmp_ok && strcmp(text, "=") == 0)
        jql_diag_note(dg, none, "to compare, write '=='");
    else if (ex.ident_ok && jql_lex_is_reserved_name(text))
        jql_diag_note(dg, none, "'%s' is a reserved word and cannot be used as a name here", text);
    else if (ex.ident_ok && P->goal_depth && jql_lex_goal_word(text))
        jql_diag_note(dg, none, "'%s' is a keyword inside a goal, and cannot name a fact "
                      "there", text);
}

int jql_parse_n_of(struct jql_parser *P, struct jql_value v, struct jql_loc loc)
{
    int64_t n = 0;
    if (jql_dec_to_int(v.u.d, &n) && n >= 1 && n <= 1000000)
        return (int)n;
    jql_parse_error(P, loc, "'requires N of' needs a whole number N of at least 1");
    return 1;
}

void jql_parse_kof(struct jql_parser *P, struct jql_kof *k, struct jql_value v,
                   struct jql_loc nloc, struct jql_loc line)
{
    if (k->set) {
        struct jql_diag *dg = jql_parse_error(P, line, "a standard has one "
                                              "'requires N of recommended' line");
        jql_diag_note(dg, k->loc, "the first is here");
        return;
    }
    *k = (struct jql_kof){.set = true, .loc = line, .n = 1};
    if (v.kind == JQL_V_NUM && v.sub == JQL_NUM_PERCENT) {
        k->percent = true;
        k->pct = v.u.d;
        if (jql_dec_cmp(v.u.d, jql_dec_from_int(0)) <= 0 ||
            jql_dec_cmp(v.u.d, jql_dec_from_int(1)) > 0)
            jql_parse_error(P, nloc, "'requires N of recommended' needs a percent above 0%% "
                            "and at most 100%%");
        return;
    }
    if (v.kind == JQL_V_NUM) {
        k->n = jql_parse_n_of(P, v, nloc);
        return;
    }
    jql_parse_error(P, nloc, "'requires N of recommended' needs a number of rules or a "
                    "percent, like 3 or 50%%");
}

/* `requires PARAM of recommended`: the param is resolved by the checker. */
void jql_parse_kof_param(struct jql_parser *P, struct jql_kof *k, const char *name,
                         struct jql_loc nloc, struct jql_loc line)
{
    if (k->set) {
        struct jql_diag *dg = jql_parse_error(P, line, "a standard has one "
                                              "'requires N of recommended' line");
        jql_diag_note(dg, k->loc, "the first is here");
        return;
    }
    *k = (struct jql_kof){.set = true, .loc = line, .n = 1, .param = name, .param_loc = nloc};
}

/* ---- table bodies ---- */

static bool parse_word_is(struct jql_parser *P, const char *word, struct jql_loc loc,
                          const char *want, const char *what)
{
    if (strcmp(word, want) == 0)
        return true;
    jql_parse_error(P, loc, "unexpected '%s' in a table, expected %s", word, what);
    return false;
}

void jql_parse_table_key(struct jql_parser *P, struct jql_table *t, const char *word,
                         struct jql_loc wloc, const char *name, struct jql_loc nloc,
                         struct jql_type type, struct jql_loc tloc)
{
    if (!parse_word_is(P, word, wloc, "key", "'key NAME: TYPE'"))
        return;
    if (t->nkeys == 2) {
        jql_parse_error(P, wloc, "a table has at most two key columns");
        return;
    }
    t->keys[t->nkeys++] = (struct jql_table_col){name, type, jql_loc_join(wloc, tloc), tloc};
    (void)nloc;
}

void jql_parse_table_col(struct jql_parser *P, struct jql_table *t, const char *word,
                         struct jql_loc wloc, struct jql_type type, struct jql_loc tloc)
{
    struct jql_loc line = jql_loc_join(wloc, tloc);
    bool from = strcmp(word, "from") == 0;
    if (!from && !parse_word_is(P, word, wloc, "value", "'key NAME: TYPE', 'from: date' or "
                                "'value: TYPE'"))
        return;
    if (from ? t->has_from : t->has_value) {
        struct jql_diag *dg = jql_parse_error(P, wloc, "a table has one '%s' column", word);
        jql_diag_note(dg, from ? t->from_loc : t->value.loc, "the first is here");
        return;
    }
    if (from && type.kind != JQL_T_DATE) {
        jql_parse_error(P, tloc, "the 'from' column of a table is a date, not %s",
                        jql_type_name(type));
        return;
    }
    if (from) {
        t->has_from = true;
        t->from_loc = line;
    } else {
        t->has_value = true;
        t->value = (struct jql_table_col){"value", type, line, tloc};
    }
}

struct jql_date_opt jql_parse_from(struct jql_parser *P, const char *word, struct jql_loc wloc,
                                   struct jql_value date, struct jql_loc dloc)
{
    if (!parse_word_is(P, word, wloc, "from", "'from DATE' or '=>'"))
        return (struct jql_date_opt){0};
    return (struct jql_date_opt){.set = date.kind == JQL_V_DATE, .days = date.date, .loc = dloc};
}

/* ---- goals and tests ---- */

void jql_parse_goal_open(struct jql_parser *P)
{
    P->goal_depth = P->nopen;
}

struct jql_goal *jql_parse_goal_new(void)
{
    struct jql_goal *g = jql_alloc(sizeof *g);
    g->target_index = -1;
    g->weight_fact = -1;
    return g;
}

/* The percent of a share line in percentage points, or false (reported). */
static bool parse_goal_pct(struct jql_parser *P, struct jql_value v, struct jql_loc loc,
                           jql_dec *pct)
{
    if (v.kind == JQL_V_ERROR)
        return false; /* a bad literal: the scanner reported it */
    const char *text = jql_lex_abbrev(jql_source_text(loc));
    if (v.kind == JQL_V_NUM && v.sub == JQL_NUM_PERCENT)
        return jql_dec_mul(v.u.d, jql_dec_from_int(100), pct) == JQL_DEC_OK;
    if (v.kind == JQL_V_NUM && v.sub == JQL_NUM_NUMBER) {
        struct jql_diag *dg = jql_parse_error(P, loc, "a goal's target is a percent, not the "
                                              "number %s", text);
        jql_diag_note(dg, (struct jql_loc){0}, "did you mean '%s%%'?", text);
        return false;
    }
    jql_parse_error(P, loc, "a goal's target is a percent, like 75%%, not '%s'", text);
    return false;
}

void jql_parse_goal_share(struct jql_parser *P, struct jql_goal *g, struct jql_goal_share s,
                          bool strict, struct jql_value pct, struct jql_loc pct_loc,
                          struct jql_loc line)
{
    if (g->share_loc.src) {
        struct jql_diag *dg = jql_parse_error(P, line, "a goal has one 'share of employers' "
                                              "line");
        jql_diag_note(dg, g->share_loc, "the first is here");
        return;
    }
    g->share_loc = line;
    g->passing = s.passing;
    g->target = s.target;
    g->target_loc = s.target_loc;
    g->weight = s.weight;
    g->weight_loc = s.weight_loc;
    g->strict = strict;
    g->pct_loc = pct_loc;
    if (!parse_goal_pct(P, pct, pct_loc, &g->pct))
        g->pct = jql_dec_from_int(0);
}

void jql_parse_goal_where(struct jql_parser *P, struct jql_goal *g, struct jql_expr *e,
                          struct jql_loc kw)
{
    if (!parse_once(P, g->where != NULL, g->where_loc, "where", kw))
        return;
    g->where = e;
    g->where_loc = kw;
}

void jql_parse_given(struct jql_test *t, const char *name, struct jql_loc at,
                     struct jql_femployer *body)
{
    body->name = name;
    body->name_loc = name ? at : (struct jql_loc){0};
    body->loc = at;
    JQL_APPEND(t->givens, t->ngivens, body);
    if (!t->given)
        t->given = body;
}

/* The status word of an expectation: a rule's or standard's, or a goal's. */
static bool parse_expect_status(struct jql_parser *P, bool goal, const char *word,
                                struct jql_loc loc, uint8_t *out)
{
    static const char *const goal_names[] = {
#define X(id, name) name,
        JQL_GOAL_STATUSES(X)
#undef X
    };
    enum jql_status st;
    if (!goal && jql_status_from_name(word, &st)) {
        *out = (uint8_t)st;
        return true;
    }
    int i = goal ? jql_str_index(goal_names, JQL_COUNT(goal_names), word) : -1;
    if (i >= 0) {
        *out = (uint8_t)i;
        return true;
    }
    if (goal) {
        struct jql_diag *dg = jql_parse_error(P, loc, "unknown goal status '%s' (expected "
                                              "met, not_met or undecided)", word);
        if (jql_status_from_name(word, &st))
            jql_diag_note(dg, (struct jql_loc){0}, "'%s' is the status of a rule or a "
                          "standard; a goal is met, not met or undecided", word);
        return false;
    }
    struct jql_diag *dg = jql_parse_error(P, loc, "unknown status '%s' (expected %s)", word,
                                          jql_status_choices());
    if (jql_str_index(goal_names, JQL_COUNT(goal_names), word) >= 0)
        jql_diag_note(dg, (struct jql_loc){0}, "'%s' is a goal's status: write "
                      "'expect goal ID %s'", word, word);
    return false;
}

void jql_parse_expect(struct jql_parser *P, struct jql_test *t, struct jql_loc kw,
                      const char *employer, struct jql_loc employer_loc, bool goal,
                      const char *qid, struct jql_loc qid_loc, const char *status,
                      struct jql_loc status_loc)
{
    struct jql_expect *ex = jql_alloc(sizeof *ex);
    ex->qid = qid;
    ex->loc = jql_loc_join(kw, status_loc);
    ex->qid_loc = qid_loc;
    ex->goal = goal;
    ex->employer = employer;
    ex->employer_loc = employer ? employer_loc : (struct jql_loc){0};
    ex->goal_index = -1;
    parse_expect_status(P, goal, status, status_loc, &ex->status);
    JQL_APPEND(t->expects, t->nexpects, ex);
}
