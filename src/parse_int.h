/*
** parse_int: state shared by the generated scanner and parser (not a
** public interface). One struct per parse: no globals, fully reentrant.
*/
#ifndef JQL_PARSE_INT_H
#define JQL_PARSE_INT_H

#include "ast.h"
#include "diag.h"

/* A comma-separated expression list under construction. */
struct jql_exprlist {
    struct jql_expr **v;
    int n;
};

struct jql_parser {
    const struct jql_source *src;
    struct jql_diags *diags;
    int start_token;     /* returned once by the scanner to select the grammar */
    uint32_t off;        /* scanner position (byte offset) */
    struct jql_rulefile *rf;
    struct jql_factfile *ff;
    struct jql_femployer *cur_emp; /* syntax errors inside it make it fail */
    struct jql_value lit;          /* literal mode result */
    bool lit_ok;
    int nerrors;         /* syntax errors in this parse */
    bool bad_utf8;        /* the file has invalid UTF-8, first at bad_utf8_at */
    uint32_t bad_utf8_at; /* (reported once, before parsing) */
    struct jql_loc *open; /* unclosed '(' '[' '{' so far, innermost last */
    int nopen;
    bool mismatch;        /* the closing bracket at mismatch_at skipped an open one: */
    uint32_t mismatch_at; /* mismatch_open is the innermost one left unclosed */
    struct jql_loc mismatch_open;
    bool fatal;           /* a limit was passed: the scanner returns end of file from here */
    int emp_mark;         /* nerrors at the current employer's keyword (see employer_kw) */
    uint32_t *braces;     /* a fact file's '{' and '}' (offsets) since the employer keyword */
    int nbraces, braces_cap;
    bool resync;          /* the scanner is closing the blocks left open before a line */
    struct jql_loc resync_kw; /* starting `employer "` (its keyword); the '}' it returns */
    struct jql_loc resync_at; /* sit just after the last token before it */
    struct jql_loc last_number; /* the last plain number scanned */
    struct jql_loc last_word;   /* the last word (name or keyword) scanned */
    int goal_depth;       /* inside a goal's body: nopen with its '{' open; else 0. The
                             scanner returns the goal words (words.h) only there. */
};

/* A goal's `share of employers (reaching TIER | passing STANDARD) [weighted by FACT]`,
   up to its comparison (docs/language.md §4, "Goals"). */
struct jql_goal_share {
    bool passing;
    const char *target;
    struct jql_loc target_loc;
    const char *weight; /* NULL when not weighted */
    struct jql_loc weight_loc;
};

/* Record a syntax-level error (lexer or parser) at loc. */
struct jql_diag *jql_parse_error(struct jql_parser *P, struct jql_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An error after which the rest of the file is not read (a limit was passed). */
void jql_parse_fatal(struct jql_parser *P, struct jql_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A complete expression (a rule line or a let): report it when it nests more than
   JQL_LIMIT_DEPTH levels, at the operator where it first does. */
void jql_parse_expr_depth(struct jql_parser *P, const struct jql_expr *e);

/* Grammar action helpers (parse.c). */
/* A rule with the defaults of a rule body that sets nothing (level required). */
struct jql_rule *jql_parse_rule_new(void);
/* Set a line that may appear once (version, source, cite, advice; effective, expires):
   a second one is an error at it, with a note at the first, and is dropped. */
void jql_parse_rule_text(struct jql_parser *P, struct jql_str *slot, const char *what,
                         struct jql_str s);
void jql_parse_date_line(struct jql_parser *P, struct jql_date_opt *slot, const char *what,
                         struct jql_value v, struct jql_loc loc);
struct jql_str jql_parse_str(const char *s, struct jql_loc loc);
/* Table body lines: `key NAME: TYPE` (word must be `key`), `from: date` and
   `value: TYPE`; a misplaced or repeated column is an error. */
void jql_parse_table_key(struct jql_parser *P, struct jql_table *t, const char *word,
                         struct jql_loc wloc, const char *name, struct jql_loc nloc,
                         struct jql_type type, struct jql_loc tloc);
void jql_parse_table_col(struct jql_parser *P, struct jql_table *t, const char *word,
                         struct jql_loc wloc, struct jql_type type, struct jql_loc tloc);
/* `from DATE` in a table row (word must be `from`). */
struct jql_date_opt jql_parse_from(struct jql_parser *P, const char *word, struct jql_loc wloc,
                                   struct jql_value date, struct jql_loc dloc);
/* The N of a tier's `requires N of`: a whole number of at least 1 (else an error, and 1). */
int jql_parse_n_of(struct jql_parser *P, struct jql_value v, struct jql_loc loc);
/* A standard's `requires N of recommended` line: N a whole number of at least 1 or a
   percent above 0% and at most 100%; a second line is an error. */
void jql_parse_kof(struct jql_parser *P, struct jql_kof *k, struct jql_value v,
                   struct jql_loc nloc, struct jql_loc line);
/* `requires PARAM of recommended` (the checker resolves PARAM). */
void jql_parse_kof_param(struct jql_parser *P, struct jql_kof *k, const char *name,
                         struct jql_loc nloc, struct jql_loc line);
/* A quantifier head; a weight on any quantifier but `share` is an error (and dropped). */
struct jql_expr *jql_parse_quant(struct jql_parser *P, int qkind, struct jql_loc kwloc,
                                 const char *var, struct jql_loc var_loc, const char *coll,
                                 struct jql_loc coll_loc, struct jql_expr *weight);
/* A comparison, `in` or `is known` node. `is known` is postfix, so precedence alone
   does not reject `a is known == b`; these check that the left operand is not an
   unparenthesised `is known`. */
struct jql_expr *jql_parse_cmp(struct jql_parser *P, int kind, int op, struct jql_loc oploc,
                               struct jql_expr *a, struct jql_expr *b);
struct jql_expr *jql_parse_known(struct jql_parser *P, int op, struct jql_loc oploc,
                                 struct jql_expr *a, struct jql_loc loc);
struct jql_fentry *jql_parse_fentry(int kind, const char *path, struct jql_loc path_loc);
/* ---- goals and tests (docs/language.md §4, "Goals"; §10) ---- */
/* Just after a goal's '{': from here to its '}' the scanner returns the goal words. */
void jql_parse_goal_open(struct jql_parser *P);
/* A goal with nothing set yet. */
struct jql_goal *jql_parse_goal_new(void);
/* The share line `SHARE (>= | >) PERCENT` (line: its span): the percent is checked (a
   bare number wants its '%'); a second share line is an error. */
void jql_parse_goal_share(struct jql_parser *P, struct jql_goal *g, struct jql_goal_share s,
                          bool strict, struct jql_value pct, struct jql_loc pct_loc,
                          struct jql_loc line);
/* `where EXPR` (kw: the keyword): once per goal. */
void jql_parse_goal_where(struct jql_parser *P, struct jql_goal *g, struct jql_expr *e,
                          struct jql_loc kw);
/* A test's `given` (name NULL for `given { ... }`; at: its name, or its '{'). */
void jql_parse_given(struct jql_test *t, const char *name, struct jql_loc at,
                     struct jql_femployer *body);
/* A test's `expect` line: kw the keyword, employer the `"Name"` or NULL, goal for
   `expect goal`; the status word must be one of the statuses of what it names. */
void jql_parse_expect(struct jql_parser *P, struct jql_test *t, struct jql_loc kw,
                      const char *employer, struct jql_loc employer_loc, bool goal,
                      const char *qid, struct jql_loc qid_loc, const char *status,
                      struct jql_loc status_loc);
/* `-literal` (params, fact values): only numbers, money, rates and durations negate. */
struct jql_value jql_parse_negate(struct jql_parser *P, struct jql_value v, struct jql_loc loc);
struct jql_expr *jql_parse_call(struct jql_loc loc, const char *fn, struct jql_loc fnloc,
                                struct jql_exprlist *args);
/* How a syntax error names the offending token: "'when'", "identifier 'x'", "end of file". */
const char *jql_parse_describe(const char *tokname, bool eof, struct jql_loc loc);
/* What the parser could have accepted where a syntax error was found. */
struct jql_parse_expect {
    bool after_operand; /* an expression could have continued with an operator */
    bool cmp_ok;        /* a comparison operator would have been accepted */
    bool ident_ok;      /* a name was expected: a reserved word there needs explaining */
    bool goal_cmp;      /* a goal's `>=` or `>` was expected (and no expression operator) */
};
/* A syntax error at `loc`, or just after it, at a unit word that starts a line right
   after a number (only blanks and comments between), as in `x = 5` with `days` on the
   next line: reported at the number, since a duration's unit must be on its number's
   line (docs/language.md §2). In a fact file the word is read as the next entry's name,
   so the error comes at the token after it. False when there is no such word: the
   caller reports the syntax error as usual. */
bool jql_parse_split_duration(struct jql_parser *P, struct jql_loc loc);
/* Add a note to a syntax error when a common mistake explains it. */
void jql_parse_hint(struct jql_parser *P, struct jql_diag *dg, bool eof, struct jql_loc loc,
                    struct jql_parse_expect ex);
/* A '{' that error recovery throws away (it was the unexpected token): in a fact file
   the scanner no longer counts it as open, so the blocks it closes before an employer
   line are the parser's. */
void jql_parse_drop_brace(struct jql_parser *P, struct jql_loc loc);
/* An employer's keyword: the braces of lex_unclosed_brace start again, and syntax
   errors from here to its name (a curly-quoted name) count towards that employer. */
void jql_parse_employer_kw(struct jql_parser *P);
/* Start an employer block: listed at once, so an unclosed block is still reported. */
struct jql_femployer *jql_parse_employer_begin(struct jql_parser *P, const char *name,
                                                struct jql_loc kwloc, struct jql_loc loc);

#endif
