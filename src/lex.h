/*
** lex: helpers for the generated scanner (grammar/lexer.l): keyword
** lookup and the conversion of literal text to exact values, with
** located diagnostics for malformed literals.
*/
#ifndef JQL_LEX_H
#define JQL_LEX_H

#include "parse_int.h"

#include <stdbool.h>
#include <stddef.h>

union JQL_YYSTYPE;

/* Token code of a reserved word, or 0. */
int jql_lex_keyword(const char *word);
/* Token code of a word that is a keyword only inside a goal's body (JQL_GOAL_WORDS), or 0. */
int jql_lex_goal_word(const char *word);
/* Token code of `word` where the scanner is: a reserved word anywhere, a goal word only
   inside a goal's body (docs/language.md §4, "Goals"); 0 for a name. */
int jql_lex_word(const struct jql_parser *P, const char *word);
/* Is `word` (NUL-terminated) a unit word: hour(s), minute(s), day(s), ...? */
bool jql_lex_is_unit(const char *word);
/* Is `word` reserved: a keyword, a unit word or a built-in name? */
bool jql_lex_is_reserved_name(const char *word);

/* Keep a comment (its span, line ending excluded) with the file being parsed. */
void jql_lex_comment(struct jql_parser *P, struct jql_loc loc);
/* Literal tokens: convert the token text `s` (n bytes) to its value in *v. False, with
   the error reported at loc, when the literal is malformed or out of range. */
bool jql_lex_number(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                    struct jql_loc loc);
bool jql_lex_percent(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                     struct jql_loc loc);
bool jql_lex_money(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                   struct jql_loc loc);
bool jql_lex_rate(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                  struct jql_loc loc);
bool jql_lex_duration(struct jql_parser *P, const char *s, size_t numlen, const char *unit,
                      union JQL_YYSTYPE *v, struct jql_loc loc);
bool jql_lex_date(struct jql_parser *P, const char *s, union JQL_YYSTYPE *v, struct jql_loc loc);
bool jql_lex_text(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                  struct jql_loc loc);
bool jql_lex_rate_type(struct jql_parser *P, const char *period, union JQL_YYSTYPE *v,
                       struct jql_loc loc);
/* Text between curly quotes (“…”, ‘…’, or “…" closed by a straight quote): an error at
   the opening quote, and the text as written between them in *v (false when too long). */
bool jql_lex_curly_text(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                        struct jql_loc loc);
/* A curly quote that starts or ends no text: an error. */
void jql_lex_curly_quote(struct jql_parser *P, const char *s, struct jql_loc loc);
/* In unterminated text `s` (n bytes from its '"'): the bytes up to and including the
   first ” that closes no “ in it, or 0 when there is none. */
size_t jql_lex_curly_end(const char *s, size_t n);
/* Text opened by '"' and closed by ” (the n bytes jql_lex_curly_end gave): converted as
   text, with an error at the curly quote. */
bool jql_lex_text_curly_end(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                            struct jql_loc loc);
/* The keyword of `employer "` at the start of a line of a fact file, while an employer's
   blocks are open: an error at the '{' whose '}' is missing (by indentation, else the
   innermost open one), and true, after which jql_lex_resync returns a '}' for each
   block to close before the keyword is read again. */
bool jql_lex_employer_line(struct jql_parser *P, struct jql_loc kw);
/* The next '}' of that recovery (empty, just after the last token before the keyword),
   or 0 once the parser's employer is closed. */
int jql_lex_resync(struct jql_parser *P, struct jql_loc *loc);
/* A token that starts with a digit but is no number: an error, with a note when a unit
   is glued to the number ("40hours"). */
void jql_lex_bad_number(struct jql_parser *P, const char *s, struct jql_loc loc);
/* Track an opening or closing bracket for the "never closed" note at end of file.
   False when it opens one level more than JQL_LIMIT_DEPTH (a fatal error, reported). */
bool jql_lex_bracket(struct jql_parser *P, char c, struct jql_loc loc);
/* Where end of file is reported: just after the last token or comment. */
uint32_t jql_lex_eof_offset(const struct jql_parser *P);
/* `&&` or `||`: an error with a note naming `and` / `or`. */
void jql_lex_bad_op(struct jql_parser *P, const char *s, struct jql_loc loc);
/* A byte that starts no token. The first invalid UTF-8 byte of the file is not
   reported again: parsing reported it before the scanner ran. */
void jql_lex_bad_char(struct jql_parser *P, unsigned char c, struct jql_loc loc);
/* Report a name longer than JQL_LIMIT_NAME; true when it is within the limit. */
bool jql_lex_name_ok(struct jql_parser *P, size_t n, struct jql_loc loc);
/* s, or its first 37 bytes and "..." when longer than 40 (for echoing tokens). */
const char *jql_lex_abbrev(const char *s);

#endif
