/*
** lex: keyword lookup and literal conversion for the generated scanner.
** Converting literal text here (not in the grammar) keeps the diagnostics
** for malformed numbers, dates and escapes at the exact token.
*/
#include "lex.h"

#include "limit.h"
#include "mem.h"
#include "parser.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

struct lex_kw {
    const char *word;
    int tok;
};

static const struct lex_kw lex_keywords[] = {
#define X(tok, word, name, member) {word, TOK_##tok},
    JQL_KEYWORDS(X)
#undef X
};

static const struct lex_kw lex_goal_words[] = {
#define X(tok, word, name, member) {word, TOK_##tok},
    JQL_GOAL_WORDS(X)
#undef X
};

/* A linear scan in token order (the list is not sorted): most identifiers differ from
   every keyword in the first byte, so this costs about what a binary search did. */
int jql_lex_keyword(const char *word)
{
    for (int i = 0; i < JQL_COUNT(lex_keywords); i++)
        if (lex_keywords[i].word[0] == word[0] && strcmp(lex_keywords[i].word, word) == 0)
            return lex_keywords[i].tok;
    return 0;
}

int jql_lex_goal_word(const char *word)
{
    for (int i = 0; i < JQL_COUNT(lex_goal_words); i++)
        if (strcmp(lex_goal_words[i].word, word) == 0)
            return lex_goal_words[i].tok;
    return 0;
}

int jql_lex_word(const struct jql_parser *P, const char *word)
{
    int kw = jql_lex_keyword(word);
    return kw || !P->goal_depth ? kw : jql_lex_goal_word(word);
}

bool jql_lex_is_unit(const char *word)
{
    enum jql_unit u;
    enum jql_dgroup g;
    return jql_unit_from_word(word, strlen(word), &u, &g);
}

bool jql_lex_is_reserved_name(const char *word)
{
    static const char *const builtins[] = {
#define X(id, name, least, most) name,
        JQL_BUILTINS(X)
#undef X
    };
    return jql_lex_keyword(word) || jql_lex_is_unit(word) || strcmp(word, JQL_WORD_TODAY) == 0 ||
           jql_str_index(builtins, JQL_COUNT(builtins), word) >= 0;
}

/* A comment's span excludes the line ending, CRLF included. */
/* The control character at s (n bytes there), as "0x1B" or "U+0085"; NULL when s starts
   none. Tab is no control here; DEL and C1 (U+0080..U+009F) are, as a terminal obeys
   them (docs/cli.md, Limits). */
static const char *lex_control(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    if ((c < 0x20 && c != '\t') || c == 0x7F)
        return jql_sprintf("0x%02X", c);
    if (c == 0xC2 && n > 1 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9F)
        return jql_sprintf("U+%04X", (unsigned char)s[1]);
    return NULL;
}

/* A span of one control character (1 or 2 bytes) at offset `at` of loc's source. */
static struct jql_loc lex_control_loc(struct jql_loc loc, uint32_t at)
{
    uint32_t k = (unsigned char)loc.src->text[at] == 0xC2 ? 2 : 1;
    return (struct jql_loc){loc.src, at, at + k};
}

void jql_lex_comment(struct jql_parser *P, struct jql_loc loc)
{
    const char *t = P->src->text;
    for (uint32_t i = loc.start; i < loc.end; i++) {
        const char *what = lex_control(t + i, loc.end - i);
        if (what) {
            struct jql_loc at = lex_control_loc(loc, i);
            jql_parse_error(P, at, "control character %s inside a comment", what);
            i = at.end - 1;
        }
    }
    struct jql_comment c = {.loc = loc};
    struct jql_comment **v = P->rf ? &P->rf->comments : &P->ff->comments;
    int *n = P->rf ? &P->rf->ncomments : &P->ff->ncomments;
    JQL_APPEND(*v, *n, c);
}

const char *jql_lex_abbrev(const char *s)
{
    return strlen(s) > 40 ? jql_sprintf("%.37s...", s) : s;
}

bool jql_lex_name_ok(struct jql_parser *P, size_t n, struct jql_loc loc)
{
    if (n <= JQL_LIMIT_NAME)
        return true;
    jql_parse_error(P, loc, "name is too long (%zu bytes; the limit is %d)", n, JQL_LIMIT_NAME);
    return false;
}

/* Digits, not '_': a long run of leading zeros is still a long number to read. */
static size_t lex_digits(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] >= '0' && s[i] <= '9';
    return k;
}

/* Parse a decimal, reporting problems at the token. */
static bool lex_dec(struct jql_parser *P, const char *s, size_t n, jql_dec *out,
                    struct jql_loc loc)
{
    size_t ndig = lex_digits(s, n);
    enum jql_dec_status st = ndig <= JQL_LIMIT_DIGITS ? jql_dec_parse(s, n, out) : JQL_DEC_SYNTAX;
    if (st == JQL_DEC_OK)
        return true;
    const char *text = jql_lex_abbrev(jql_strndup(s, n));
    if (ndig > JQL_LIMIT_DIGITS) {
        jql_parse_error(P, loc, "number '%s' has too many digits (%zu; the limit is %d)", text,
                        ndig, JQL_LIMIT_DIGITS);
        return false;
    }
    if (st == JQL_DEC_TOO_PRECISE)
        jql_parse_error(P, loc, "'%s' has more than 6 decimal places", text);
    else if (st == JQL_DEC_OVERFLOW)
        jql_parse_error(P, loc, "number '%s' is too large (the limit is 10^18)", text);
    else
        jql_parse_error(P, loc, "malformed number '%s'", text);
    return false;
}

bool jql_lex_number(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                    struct jql_loc loc)
{
    jql_dec d;
    P->last_number = loc; /* for a unit on the next line: jql_parse_split_duration */
    if (!lex_dec(P, s, n, &d, loc))
        return false;
    v->TOK_NUMBER = jql_value_num(d, JQL_NUM_NUMBER);
    return true;
}

bool jql_lex_percent(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                     struct jql_loc loc)
{
    jql_dec d, q;
    if (!lex_dec(P, s, n - 1, &d, loc))
        return false;
    if (d.v % 100 != 0) {
        jql_parse_error(P, loc, "percent '%.*s' has more than 4 decimal places", (int)n, s);
        return false;
    }
    jql_dec_div(d, jql_dec_from_int(100), &q);
    v->TOK_LITERAL = jql_value_num(q, JQL_NUM_PERCENT);
    return true;
}

bool jql_lex_money(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                   struct jql_loc loc)
{
    jql_dec d;
    if (!lex_dec(P, s + 1, n - 1, &d, loc))
        return false;
    v->TOK_LITERAL = jql_value_money(d);
    return true;
}

static bool lex_period(struct jql_parser *P, const char *w, enum jql_period *out,
                       struct jql_loc loc)
{
    static const char *const names[] = {"hour", "week", "month", "year"};
    int i = jql_str_index(names, JQL_COUNT(names), w);
    if (i >= 0) {
        *out = (enum jql_period)i;
        return true;
    }
    struct jql_diag *dg = jql_parse_error(P, loc, "unknown pay period '%s'", jql_lex_abbrev(w));
    jql_diag_note(dg, (struct jql_loc){0}, "a rate is per hour, week, month or year, like $18.25/hour");
    return false;
}

bool jql_lex_rate(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                  struct jql_loc loc)
{
    const char *slash = memchr(s, '/', n);
    jql_dec d;
    enum jql_period per;
    if (!lex_dec(P, s + 1, (size_t)(slash - s - 1), &d, loc) || !lex_period(P, slash + 1, &per, loc))
        return false;
    v->TOK_LITERAL = jql_value_rate(d, per);
    return true;
}

bool jql_lex_rate_type(struct jql_parser *P, const char *period, union JQL_YYSTYPE *v,
                       struct jql_loc loc)
{
    enum jql_period per;
    if (!lex_period(P, period, &per, loc))
        return false;
    v->TOK_RATETYPE = jql_type_make(JQL_T_RATE, per);
    return true;
}

bool jql_lex_duration(struct jql_parser *P, const char *s, size_t numlen, const char *unit,
                      union JQL_YYSTYPE *v, struct jql_loc loc)
{
    jql_dec d;
    enum jql_unit u;
    enum jql_dgroup g;
    if (!lex_dec(P, s, numlen, &d, loc))
        return false;
    jql_unit_from_word(unit, strlen(unit), &u, &g);
    if (!jql_value_duration(d, u, &v->TOK_LITERAL)) {
        jql_parse_error(P, loc, "duration '%s' is too large or too precise",
                        jql_lex_abbrev(s));
        return false;
    }
    return true;
}

bool jql_lex_date(struct jql_parser *P, const char *s, union JQL_YYSTYPE *v, struct jql_loc loc)
{
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    int32_t days;
    if (!jql_date_from_ymd(y, m, d, &days)) {
        jql_parse_error(P, loc, "no such date '%.10s'", s);
        return false;
    }
    v->TOK_DATE = jql_value_date(days);
    return true;
}

static int lex_hex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static void lex_put_utf8(struct jql_buf *b, unsigned long cp)
{
    char u[4];
    int n;
    if (cp < 0x80) {
        u[0] = (char)cp; n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    jql_buf_put(b, u, (size_t)n);
}

/* \u{HEX}: returns the bytes consumed after the backslash, or 0 when malformed. */
static size_t lex_unicode_escape(const char *p, const char *end, struct jql_buf *b)
{
    if (p + 2 >= end || p[1] != '{')
        return 0;
    unsigned long cp = 0;
    const char *q = p + 2;
    int digits = 0;
    for (; q < end && *q != '}'; q++, digits++) {
        int h = lex_hex(*q);
        if (h < 0 || digits >= 6)
            return 0;
        cp = cp * 16 + (unsigned long)h;
    }
    if (q >= end || digits == 0 || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    lex_put_utf8(b, cp);
    return (size_t)(q - p) + 1;
}

/* len bytes between the quotes: within JQL_LIMIT_TEXT, else the error. */
static bool lex_text_len_ok(struct jql_parser *P, size_t len, struct jql_loc loc)
{
    if (len <= JQL_LIMIT_TEXT)
        return true;
    jql_parse_error(P, loc, "text is too long (%zu bytes; the limit is %d)", len, JQL_LIMIT_TEXT);
    return false;
}

/* Text with no escape and no control character (C0 but tab, DEL, C1 as C2 80..9F). */
static bool lex_text_plain(const char *p, const char *end)
{
    for (; p < end; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\\' || c == 0x7F || (c < 0x20 && c != '\t') ||
            (c == 0xC2 && p + 1 < end && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x9F))
            return false;
    }
    return true;
}

bool jql_lex_text(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                  struct jql_loc loc)
{
    if (!lex_text_len_ok(P, n - 2, loc)) {
        v->TOK_STRING = "";
        return false;
    }
    const char *end = s + n - 1;
    if (lex_text_plain(s + 1, end)) { /* most text: nothing to decode or report */
        v->TOK_STRING = jql_strndup(s + 1, (size_t)(end - s - 1));
        return true;
    }
    struct jql_buf b = {0};
    bool ok = true;
    for (const char *p = s + 1; p < end; p++) {
        if (*p != '\\') {
            const char *what = lex_control(p, (size_t)(end - p));
            if (what) {
                struct jql_loc at = lex_control_loc(loc, loc.start + (uint32_t)(p - s));
                if (*p == '\0')
                    jql_parse_error(P, at, "NUL byte inside text");
                else
                    jql_parse_error(P, at, "control character %s inside text", what);
                ok = false;
            }
            jql_buf_putc(&b, *p);
            continue;
        }
        p++;
        size_t used = 1;
        switch (*p) {
        case '"': jql_buf_putc(&b, '"'); break;
        case '\\': jql_buf_putc(&b, '\\'); break;
        case 'n': jql_buf_putc(&b, '\n'); break;
        case 't': jql_buf_putc(&b, '\t'); break;
        case 'u': used = lex_unicode_escape(p, end, &b); break;
        default: used = 0; break;
        }
        if (used == 0) {
            struct jql_loc at = {loc.src, loc.start + (uint32_t)(p - 1 - s), loc.start + (uint32_t)(p + 1 - s)};
            struct jql_diag *dg = jql_parse_error(P, at, "invalid escape in text");
            jql_diag_note(dg, (struct jql_loc){0}, "escapes are \\\" \\\\ \\n \\t and \\u{1F600}");
            ok = false;
            continue;
        }
        p += used - 1;
    }
    v->TOK_STRING = jql_strdup(jql_buf_str(&b));
    return ok;
}

/* ---- curly quotes ---- */

/* Every curly quote is three bytes in UTF-8: E2 80, then 98 ‘ 99 ’ 9C “ 9D ”. */
enum { LEX_CURLY_LEN = 3 };

static bool lex_is_curly(const char *s, unsigned char last)
{
    return (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
           (unsigned char)s[2] == last;
}

static struct jql_diag *lex_curly_error(struct jql_parser *P, const char *quote, uint32_t at)
{
    struct jql_loc loc = {P->src, at, at + LEX_CURLY_LEN};
    return jql_parse_error(P, loc, "curly quote '%.3s' where '\"' is expected", quote);
}

/* The error for text closed or opened by a curly quote, with the text as it should be. */
static void lex_curly_text_error(struct jql_parser *P, const char *quote, uint32_t at,
                                 const char *text)
{
    struct jql_diag *dg = lex_curly_error(P, quote, at);
    jql_diag_note(dg, (struct jql_loc){0}, "use straight quotes: \"%s\"", jql_lex_abbrev(text));
}

bool jql_lex_curly_text(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                        struct jql_loc loc)
{
    size_t close = s[n - 1] == '"' ? 1 : LEX_CURLY_LEN;
    size_t len = n - LEX_CURLY_LEN - close;
    v->TOK_STRING = jql_strndup(s + LEX_CURLY_LEN, len);
    lex_curly_text_error(P, s, loc.start, v->TOK_STRING);
    return lex_text_len_ok(P, len, loc);
}

void jql_lex_curly_quote(struct jql_parser *P, const char *s, struct jql_loc loc)
{
    struct jql_diag *dg = lex_curly_error(P, s, loc.start);
    jql_diag_note(dg, (struct jql_loc){0}, "text goes between straight quotes, like \"this\"");
}

size_t jql_lex_curly_end(const char *s, size_t n)
{
    int open = 0;
    for (size_t i = 1; i + LEX_CURLY_LEN <= n; i++) {
        if (lex_is_curly(s + i, 0x9C))
            open++;
        else if (lex_is_curly(s + i, 0x9D) && open-- == 0)
            return i + LEX_CURLY_LEN;
    }
    return 0;
}

bool jql_lex_text_curly_end(struct jql_parser *P, const char *s, size_t n, union JQL_YYSTYPE *v,
                            struct jql_loc loc)
{
    /* jql_lex_text reads up to the byte before the last: give it the text up to the
       curly quote's first byte, as if that byte were the closing '"' */
    bool ok = jql_lex_text(P, s, n - (LEX_CURLY_LEN - 1), v, loc);
    lex_curly_text_error(P, s + n - LEX_CURLY_LEN, loc.start + (uint32_t)(n - LEX_CURLY_LEN),
                         v->TOK_STRING);
    return ok;
}

/* ---- an employer line closes the blocks left open ---- */

static bool lex_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Where the text before off ends: just after the last token or comment. */
static uint32_t lex_skip_space_back(const struct jql_parser *P, uint32_t off)
{
    while (off > 0 && lex_is_space(P->src->text[off - 1]))
        off--;
    return off;
}

static bool lex_at_line_start(const struct jql_parser *P, uint32_t off)
{
    while (off > 0 && (P->src->text[off - 1] == ' ' || P->src->text[off - 1] == '\t'))
        off--;
    return off == 0 || P->src->text[off - 1] == '\n';
}

/* Bytes of spaces and tabs that start the line holding off. */
static uint32_t lex_indent(const struct jql_parser *P, uint32_t off)
{
    while (off > 0 && P->src->text[off - 1] != '\n')
        off--;
    uint32_t n = 0;
    while (P->src->text[off + n] == ' ' || P->src->text[off + n] == '\t')
        n++;
    return n;
}

/* The '{' of this employer a '}' is missing for, as its indentation tells: a '}' that
   starts a line closes the innermost open '{' on a line indented as much, so the
   blocks inside that one are the unclosed ones (`pay {` left open, then the
   employer's own '}' at column 1). The innermost unclosed '{', or `innermost` (the
   bracket count's) when the indentation says nothing. */
static uint32_t lex_unclosed_brace(const struct jql_parser *P, uint32_t innermost)
{
    uint32_t *open = jql_alloc_atomic((size_t)P->nbraces * sizeof *open + 1);
    int top = 0;
    bool found = false;
    uint32_t best = 0;
    for (int i = 0; i < P->nbraces; i++) {
        uint32_t b = P->braces[i];
        if (P->src->text[b] == '{') {
            open[top++] = b;
            continue;
        }
        if (top == 0)
            continue;
        int j = top - 1;
        if (lex_at_line_start(P, b)) {
            uint32_t col = lex_indent(P, b);
            while (j >= 0 && lex_indent(P, open[j]) != col)
                j--;
            j = j < 0 ? top - 1 : j;
        }
        if (j < top - 1 && (!found || open[top - 1] > best)) {
            found = true;
            best = open[top - 1];
        }
        top = j;
    }
    if (top > 0 && (!found || open[top - 1] > best))
        return open[top - 1];
    return found ? best : innermost;
}

bool jql_lex_employer_line(struct jql_parser *P, struct jql_loc kw)
{
    if (!P->ff || !P->cur_emp || P->resync || !lex_at_line_start(P, kw.start))
        return false;
    int i = P->nopen - 1;
    while (i >= 0 && P->src->text[P->open[i].start] != '{')
        i--;
    if (i < 0)
        return false;
    uint32_t at = lex_unclosed_brace(P, P->open[i].start);
    struct jql_loc brace = {P->src, at, at + 1};
    struct jql_diag *dg = jql_parse_error(P, brace, "'{' is not closed before the next employer");
    jql_diag_note(dg, kw, "the next employer starts here");
    P->resync = true;
    P->resync_kw = kw;
    uint32_t end = lex_skip_space_back(P, kw.start);
    P->resync_at = (struct jql_loc){P->src, end, end};
    return true;
}

int jql_lex_resync(struct jql_parser *P, struct jql_loc *loc)
{
    while (P->cur_emp && P->nopen > 0) {
        char c = P->src->text[P->open[--P->nopen].start];
        if (c == '{') {
            *loc = P->resync_at;
            return '}';
        }
    }
    /* the employer is closed: what the scanner still counts as open was given up
       by the parser's error recovery */
    P->nopen = 0;
    P->resync = false;
    return 0;
}

void jql_lex_bad_number(struct jql_parser *P, const char *s, struct jql_loc loc)
{
    struct jql_diag *dg = jql_parse_error(P, loc, "malformed number '%s'", jql_lex_abbrev(s));
    const char *p = s + strspn(s, "0123456789_.");
    if (*p && strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", *p) &&
        jql_lex_is_unit(p))
        jql_diag_note(dg, (struct jql_loc){0}, "put a space between the number and the unit: '%.*s %s'",
                      (int)(p - s), s, p);
    else
        jql_diag_note(dg, (struct jql_loc){0},
                      "numbers look like 42, 3.5 or 1_000_000 ('_' only between digits)");
}

/* C-style logical operators get a note with the JQL word. */
static void lex_c_op_note(struct jql_diag *dg, char c)
{
    static const char *const words[] = {"&and", "|or", "!not"};
    for (int i = 0; i < 3; i++)
        if (words[i][0] == c)
            jql_diag_note(dg, (struct jql_loc){0}, "write '%s'%s", words[i] + 1,
                          c == '!' ? " (or '!=' to compare)" : "");
}

void jql_lex_bad_op(struct jql_parser *P, const char *s, struct jql_loc loc)
{
    lex_c_op_note(jql_parse_error(P, loc, "unexpected '%s'", s), s[0]);
}

void jql_lex_bad_char(struct jql_parser *P, unsigned char c, struct jql_loc loc)
{
    if (c == 0)
        jql_parse_error(P, loc, "unexpected NUL byte");
    else if (c < 0x20 || c == 0x7F)
        jql_parse_error(P, loc, "unexpected control character 0x%02X", c);
    else if (c >= 0x80 && !(P->bad_utf8 && loc.start == P->bad_utf8_at))
        jql_parse_error(P, loc, "invalid UTF-8 byte 0x%02X", c);
    else if (c < 0x80)
        lex_c_op_note(jql_parse_error(P, loc, "unexpected character '%c'", c), (char)c);
}

/* Keep a fact file's braces for lex_unclosed_brace. The list restarts at each employer,
   so it keeps its capacity rather than growing again from nothing. */
static void lex_note_brace(struct jql_parser *P, uint32_t off)
{
    if (!P->ff)
        return;
    if (P->nbraces == P->braces_cap) {
        P->braces_cap = P->braces_cap ? 2 * P->braces_cap : 16;
        P->braces = jql_realloc(P->braces, (size_t)P->braces_cap * sizeof *P->braces);
    }
    P->braces[P->nbraces++] = off;
}

bool jql_lex_bracket(struct jql_parser *P, char c, struct jql_loc loc)
{
    static const char pairs[] = "(){}[]";
    const char *at = strchr(pairs, c);
    if ((at - pairs) % 2 == 0) {
        if (P->nopen >= JQL_LIMIT_DEPTH) {
            jql_parse_fatal(P, loc, "%s nested too deeply (the limit is %d levels)",
                            c == '{' ? "blocks" : "expression", JQL_LIMIT_DEPTH);
            return false;
        }
        JQL_APPEND(P->open, P->nopen, loc);
        if (c == '{')
            lex_note_brace(P, loc.start);
        return true;
    }
    if (c == '}')
        lex_note_brace(P, loc.start);
    int i = P->nopen - 1;
    while (i >= 0 && P->src->text[P->open[i].start] != at[-1])
        i--;
    if (i < 0)
        return true; /* a stray closer: the parser reports it */
    if (i < P->nopen - 1) {
        P->mismatch = true;
        P->mismatch_at = loc.start;
        P->mismatch_open = P->open[P->nopen - 1];
    }
    P->nopen = i;
    if (P->nopen < P->goal_depth) /* the goal's body is closed: its words are names again */
        P->goal_depth = 0;
    return true;
}

uint32_t jql_lex_eof_offset(const struct jql_parser *P)
{
    return lex_skip_space_back(P, P->off);
}
