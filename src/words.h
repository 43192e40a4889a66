/*
** words: the words JQL gives a meaning to, each list once, as X-macros: the
** keywords (scanner, grammar, member names), the built-in functions (checker,
** evaluator, reserved names) and the rule statuses (tests, reports). Every
** other place expands these lists, so adding a word is one line here
** (docs/HACKING.md, "Adding things").
*/
#ifndef JQL_WORDS_H
#define JQL_WORDS_H

/* Keywords: X(TOKEN, word, token name, member).
   - TOKEN is the grammar's token TOK_TOKEN; grammar/words.awk writes its %token
     declaration and its `mname` alternative into build/gen/parser.y from this list.
   - The token name is how syntax errors quote it ("expected 'rule'"); a word that is
     also a type's name says so ("number type"), to tell it from the literal token.
   - member is 1 when the word may name a member inside a fact-file group or element
     (docs/language.md §11); `source` may not: after a value it starts an annotation.
   Keep the order: bison numbers the tokens in it, and "expected ..." lists follow it.
   The one line the awk script reads per keyword must keep this shape. */
#define JQL_KEYWORDS(X)                                    \
    X(IMPORT,      "import",      "import",      1)        \
    X(FACTS,       "facts",       "facts",       1)        \
    X(COLLECTION,  "collection",  "collection",  1)        \
    X(PARAM,       "param",       "param",       1)        \
    X(LET,         "let",         "let",         1)        \
    X(STANDARD,    "standard",    "standard",    1)        \
    X(RULE,        "rule",        "rule",        1)        \
    X(TIER,        "tier",        "tier",        1)        \
    X(TEST,        "test",        "test",        1)        \
    X(GIVEN,       "given",       "given",       1)        \
    X(EXPECT,      "expect",      "expect",      1)        \
    X(VERSION,     "version",     "version",     1)        \
    X(SOURCE,      "source",      "source",      0)        \
    X(EFFECTIVE,   "effective",   "effective",   1)        \
    X(EXPIRES,     "expires",     "expires",     1)        \
    X(LEVEL,       "level",       "level",       1)        \
    X(REQUIRED,    "required",    "required",    1)        \
    X(RECOMMENDED, "recommended", "recommended", 1)        \
    X(WHEN,        "when",        "when",        1)        \
    X(UNLESS,      "unless",      "unless",      1)        \
    X(REQUIRE,     "require",     "require",     1)        \
    X(CITE,        "cite",        "cite",        1)        \
    X(ADVICE,      "advice",      "advice",      1)        \
    X(REQUIRES,    "requires",    "requires",    1)        \
    X(ALL,         "all",         "all",         1)        \
    X(ANY,         "any",         "any",         1)        \
    X(NONE,        "none",        "none",        1)        \
    X(COUNT,       "count",       "count",       1)        \
    X(SUM,         "sum",         "sum",         1)        \
    X(MIN,         "min",         "min",         1)        \
    X(MAX,         "max",         "max",         1)        \
    X(SHARE,       "share",       "share",       1)        \
    X(WEIGHTED,    "weighted",    "weighted",    1)        \
    X(BY,          "by",          "by",          1)        \
    X(IN,          "in",          "in",          1)        \
    X(IS,          "is",          "is",          1)        \
    X(KNOWN,       "known",       "known",       1)        \
    X(UNKNOWN,     "unknown",     "unknown",     1)        \
    X(NOT,         "not",         "not",         1)        \
    X(AND,         "and",         "and",         1)        \
    X(OR,          "or",          "or",          1)        \
    X(IMPLIES,     "implies",     "implies",     1)        \
    X(IF,          "if",          "if",          1)        \
    X(THEN,        "then",        "then",        1)        \
    X(ELSE,        "else",        "else",        1)        \
    X(TRUE,        "true",        "true",        1)        \
    X(FALSE,       "false",       "false",       1)        \
    X(ONE,         "one",         "one",         1)        \
    X(OF,          "of",          "of",          1)        \
    X(LIST,        "list",        "list",        1)        \
    X(BOOL,        "bool",        "bool",        1)        \
    X(NUMBERKW,    "number",      "number type", 1)        \
    X(PERCENT,     "percent",     "percent",     1)        \
    X(MONEY,       "money",       "money",       1)        \
    X(TEXT,        "text",        "text type",   1)        \
    X(DATEKW,      "date",        "date type",   1)        \
    X(HOURS,       "hours",       "hours",       1)        \
    X(DAYS,        "days",        "days",        1)        \
    X(MONTHS,      "months",      "months",      1)        \
    X(MINUTES,     "minutes",     "minutes",     1)        \
    X(WEEKS,       "weeks",       "weeks",       1)        \
    X(YEARS,       "years",       "years",       1)        \
    X(EMPLOYER,    "employer",    "employer",    1)        \
    X(TABLE,       "table",       "table",       1)        \
    X(DEFAULT,     "default",     "default",     1)        \
    X(GOAL,        "goal",        "goal",        1)

/* Words that are keywords only inside a goal's body (docs/language.md §4, "Goals"), in
   the shape of JQL_KEYWORDS (member 0: they are never keywords in a fact file). The
   scanner returns their tokens only between a goal's braces; everywhere else they are
   identifiers, so a fact or a rule may still be named `where` or `deadline`. */
#define JQL_GOAL_WORDS(X)                                  \
    X(EMPLOYERS,   "employers",   "employers",   0)        \
    X(REACHING,    "reaching",    "reaching",    0)        \
    X(PASSING,     "passing",     "passing",     0)        \
    X(WHERE,       "where",       "where",       0)        \
    X(DEADLINE,    "deadline",    "deadline",    0)

/* Built-in functions: X(ID, name, least, most arguments; -1: no most). ID is
   JQL_FN_ID of enum jql_builtin (ast.h); the checker types each one (check_expr.c)
   and the evaluator computes it (eval.c). The order is the one diagnostics list them in. */
#define JQL_BUILTINS(X)                 \
    X(ANNUAL,   "annual",   1, 1)       \
    X(HOURLY,   "hourly",   1, 1)       \
    X(MIN,      "min",      2, -1)      \
    X(MAX,      "max",      2, -1)      \
    X(ABS,      "abs",      1, 1)       \
    X(ROUND,    "round",    2, 2)       \
    X(LENGTH,   "length",   1, 1)       \
    X(CONTAINS, "contains", 2, 2)       \
    X(STARTS_WITH, "starts_with", 2, 2)

/* The one built-in name that is a value, not a function: the evaluation date. */
#define JQL_WORD_TODAY "today"

/* Statuses of a goal (docs/language.md §4, "Goals"): X(ID, name) is JQL_GOAL_ID of enum
   jql_goal_status (port.h), named so in reports and in `expect goal ID STATUS`. */
#define JQL_GOAL_STATUSES(X)               \
    X(MET,       "met")                    \
    X(NOT_MET,   "not_met")                \
    X(UNDECIDED, "undecided")

/* Statuses of rules, standards and employers: X(ID, name) is JQL_ID of enum jql_status
   (ast.h), named so in reports, JSON and `expect` lines; counts are listed in this order. */
#define JQL_STATUSES(X)                    \
    X(PASS,           "pass")              \
    X(FAIL,           "fail")              \
    X(UNTESTED,       "untested")          \
    X(NOT_APPLICABLE, "not_applicable")    \
    X(ERROR,          "error")

#endif
