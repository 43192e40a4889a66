/*
** dec: exact decimal arithmetic. A value is an integer count of millionths
** (6 fractional digits) held in 128 bits. Every operation checks for
** overflow and reports it instead of wrapping; results that need more than
** 6 fractional digits are rounded half-to-even.
** Limit: magnitudes up to JQL_DEC_MAX_INT (10^18 - 1) whole units.
*/
#ifndef JQL_DEC_H
#define JQL_DEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

__extension__ typedef __int128 jql_i128;

#define JQL_DEC_SCALE 1000000      /* 10^6 */
#define JQL_DEC_FRAC_DIGITS 6
#define JQL_DEC_MAX_INT 999999999999999999LL /* 10^18 - 1 */

typedef struct {
    jql_i128 v; /* value * 10^6 */
} jql_dec;

enum jql_dec_status {
    JQL_DEC_OK,
    JQL_DEC_OVERFLOW,   /* result magnitude >= 10^18 */
    JQL_DEC_DIVZERO,
    JQL_DEC_TOO_PRECISE, /* parse: more than 6 fractional digits */
    JQL_DEC_SYNTAX       /* parse: not a decimal */
};

jql_dec jql_dec_from_int(int64_t n);
/* Parse digits with optional '_' separators and one optional '.': "1_000.25".
   No sign, no exponent. */
enum jql_dec_status jql_dec_parse(const char *s, size_t len, jql_dec *out);

/* Parse a JSON number exactly from its text ("-12.5", "1.5e3"), never through binary
   floating point: more than 6 fractional digits is JQL_DEC_TOO_PRECISE, 10^18 or more
   JQL_DEC_OVERFLOW (docs/language.md §9, "Facts from JSON and CSV"). */
enum jql_dec_status jql_dec_parse_json(const char *s, size_t len, jql_dec *out);

enum jql_dec_status jql_dec_add(jql_dec a, jql_dec b, jql_dec *out);
enum jql_dec_status jql_dec_sub(jql_dec a, jql_dec b, jql_dec *out);
enum jql_dec_status jql_dec_mul(jql_dec a, jql_dec b, jql_dec *out);
enum jql_dec_status jql_dec_div(jql_dec a, jql_dec b, jql_dec *out);
/* a * b / k (k > 0) rounded once, half-to-even: exact unit conversions such as
   $20/hour * 90 minutes / 60. k <= 0 gives JQL_DEC_DIVZERO. */
enum jql_dec_status jql_dec_mul_div_int(jql_dec a, jql_dec b, int64_t k, jql_dec *out);
/* Round half-to-even to `places` fractional digits (0..6; more is a no-op). */
jql_dec jql_dec_round(jql_dec a, int places);
jql_dec jql_dec_neg(jql_dec a);
jql_dec jql_dec_abs(jql_dec a);
int jql_dec_cmp(jql_dec a, jql_dec b); /* -1, 0, 1 */
bool jql_dec_is_zero(jql_dec a);
bool jql_dec_is_whole(jql_dec a);
bool jql_dec_is_neg(jql_dec a);
/* The whole part when the value is whole and fits; false otherwise. */
bool jql_dec_to_int(jql_dec a, int64_t *out);

/* The text of jql_dec_format into `out` (NUL-terminated), its length returned: no
   allocation, for writers that print many numbers. */
enum { JQL_DEC_TEXT_MAX = 64 };
size_t jql_dec_text(jql_dec a, int min_frac, char out[JQL_DEC_TEXT_MAX]);
/* Canonical text: no trailing fractional zeros, at least `min_frac` fractional
   digits (money uses 2), optional '_' grouping off. Writes into a fresh string. */
char *jql_dec_format(jql_dec a, int min_frac);

const char *jql_dec_status_msg(enum jql_dec_status st);

#endif
