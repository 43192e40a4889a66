/* Unit tests for the word lists of words.h: the scanner's keyword lookup, reserved
   names and status names all follow the one table, and so do the fuzz dictionary and
   the keyword list of docs/language.md §11 (read from the source tree: the tests run
   from the top folder). */
#include "test_util.h"

#include "ast.h"
#include "lex.h"
#include "parser.h"
#include "words.h"

#include <stdio.h>
#include <string.h>

static void keyword__every_listed_word__its_token(void **state)
{
    (void)state;
#define X(tok, word, name, member) assert_int_equal(jql_lex_keyword(word), TOK_##tok);
    JQL_KEYWORDS(X)
#undef X
    assert_int_equal(jql_lex_keyword("table"), TOK_TABLE);
    assert_int_equal(jql_lex_keyword("default"), TOK_DEFAULT);
}

static void keyword__other_words__zero(void **state)
{
    (void)state;
    const char *const others[] = {"", "a", "tables", "defaults", "Rule", "rul", "rules",
                                  "not in", "today", "hour", "living_wage", "zzz"};
    for (int i = 0; i < JQL_COUNT(others); i++)
        assert_int_equal(jql_lex_keyword(others[i]), 0);
}

/* The goal words are tokens only inside a goal's body, and never reserved names. */
static void goal_word__a_token_only_in_a_goal_body(void **state)
{
    (void)state;
    struct jql_parser outside = {0}, inside = {.goal_depth = 1};
#define X(tok, word, name, member)                                \
    assert_int_equal(jql_lex_keyword(word), 0);                   \
    assert_int_equal(jql_lex_goal_word(word), TOK_##tok);         \
    assert_int_equal(jql_lex_word(&outside, word), 0);            \
    assert_int_equal(jql_lex_word(&inside, word), TOK_##tok);     \
    assert_false(jql_lex_is_reserved_name(word));
    JQL_GOAL_WORDS(X)
#undef X
    assert_int_equal(jql_lex_goal_word("goal"), 0);
    assert_int_equal(jql_lex_word(&outside, "goal"), TOK_GOAL);
    assert_int_equal(jql_lex_word(&inside, "share"), TOK_SHARE);
    assert_int_equal(jql_lex_word(&inside, "wheres"), 0);
}

static void reserved_name__keywords_builtins_units_today__reserved(void **state)
{
    (void)state;
#define X(tok, word, name, member) assert_true(jql_lex_is_reserved_name(word));
    JQL_KEYWORDS(X)
#undef X
#define X(id, name, least, most) assert_true(jql_lex_is_reserved_name(name));
    JQL_BUILTINS(X)
#undef X
    assert_true(jql_lex_is_reserved_name("today"));
    assert_true(jql_lex_is_reserved_name("weeks"));
    assert_false(jql_lex_is_reserved_name("living_wage"));
    assert_false(jql_lex_is_reserved_name("round_up"));
}

static void status__names__round_trip_in_order(void **state)
{
    (void)state;
    enum jql_status st;
#define X(id, name)                                    \
    assert_string_equal(jql_status_name(JQL_##id), name); \
    assert_true(jql_status_from_name(name, &st));      \
    assert_int_equal(st, JQL_##id);
    JQL_STATUSES(X)
#undef X
    assert_false(jql_status_from_name("passed", &st));
    assert_string_equal(jql_status_choices(), "pass, fail, untested, not_applicable or error");
    static const char *const goal_names[] = {"met", "not_met", "undecided"};
    int i = 0;
#define X(id, name) assert_string_equal(goal_names[i++], name);
    JQL_GOAL_STATUSES(X)
#undef X
    assert_int_equal(i, 3);
}

/* The whole file, or NULL. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct jql_buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        jql_buf_put(&b, chunk, n);
    fclose(f);
    return (char *)jql_buf_str(&b);
}

static bool has_word(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(text, word); p; p = strstr(p + 1, word)) {
        bool start = p == text || p[-1] == ' ' || p[-1] == '\n';
        bool end = p[n] == ' ' || p[n] == '\n';
        if (start && end)
            return true;
    }
    return false;
}

static void fuzz_dict__lists_every_keyword(void **state)
{
    (void)state;
    char *dict = slurp("tests/fuzz/jql.dict");
    assert_non_null(dict);
#define X(tok, word, name, member)                                     \
    if (!strstr(dict, "\n\"" word "\"\n"))                             \
        fail_msg("tests/fuzz/jql.dict does not list keyword '%s'", word);
    JQL_KEYWORDS(X)
    JQL_GOAL_WORDS(X)
#undef X
}

static void language_doc__keyword_list_has_every_keyword(void **state)
{
    (void)state;
    char *doc = slurp("docs/language.md");
    assert_non_null(doc);
    char *sec = strstr(doc, "\n## 11. Keywords");
    assert_non_null(sec);
    char *open = strstr(sec, "```\n"), *close = open ? strstr(open + 4, "```") : NULL;
    assert_non_null(close);
    *close = '\0';
#define X(tok, word, name, member)                                               \
    if (!has_word(open + 3, word))                                               \
        fail_msg("docs/language.md section 11 does not list keyword '%s'", word);
    JQL_KEYWORDS(X)
#undef X
    *close = '`';
    char *end = strstr(close, "\n## ");
    assert_non_null(end);
    *end = '\0';
    /* the words that are keywords only in a goal's body are named below the list */
#define X(tok, word, name, member)                                               \
    if (!strstr(close, "`" word "`"))                                            \
        fail_msg("docs/language.md section 11 does not name goal word '%s'", word);
    JQL_GOAL_WORDS(X)
#undef X
}

int main(void)
{
    JQL_TEST_INIT();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(keyword__every_listed_word__its_token),
        cmocka_unit_test(keyword__other_words__zero),
        cmocka_unit_test(goal_word__a_token_only_in_a_goal_body),
        cmocka_unit_test(reserved_name__keywords_builtins_units_today__reserved),
        cmocka_unit_test(status__names__round_trip_in_order),
        cmocka_unit_test(fuzz_dict__lists_every_keyword),
        cmocka_unit_test(language_doc__keyword_list_has_every_keyword),
    };
    return cmocka_run_group_tests_name("words", tests, NULL, NULL);
}
